"""The input model: vocabularies, the data package schema (and its copies: data/, the
README's table), sources in their documented forms, and the error classes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geo import vocab
from geo.errors import InputError, OutputError, Problem, WarmapError
from geo.inputs import schema
from geo.inputs.sources import parse_source, source_suggestion

ROOT = Path(__file__).resolve().parent.parent

#: The columns of the schema that hold a vocabulary, and which.
VOCABULARY_COLUMNS = {
    ("places", "kind"): vocab.PlaceKind, ("control", "change"): vocab.Change,
    ("control", "certainty"): vocab.Certainty, ("movements", "kind"): vocab.MovementKind,
    ("movements", "status"): vocab.MovementStatus, ("events", "status"): vocab.EventStatus,
    ("sides", "pattern"): vocab.SidePattern, ("control", "state"): vocab.ControlState,
    ("figures", "quantity"): vocab.FigureQuantity, ("figures", "unit"): vocab.FigureUnit,
    ("figures", "qualifier"): vocab.FigureQualifier, ("disputes", "table"): vocab.DisputeTable,
}


@pytest.mark.parametrize("vocabulary", [*vocab.VOCABULARIES.values(), vocab.Severity])
def test_a_vocabulary_takes_its_strings_and_lists_them_when_refusing(vocabulary):
    for value in vocabulary.values():
        member = vocabulary.parse(value)
        assert member == value and str(member) == value and json.dumps(member) == f'"{value}"'
    with pytest.raises(InputError) as raised:
        vocabulary.parse("no-such-value")
    assert isinstance(raised.value, ValueError)
    assert vocabulary.expected() in str(raised.value)


def test_a_close_miss_gets_a_suggestion():
    with pytest.raises(InputError, match="did you mean 'reinforcement'"):
        vocab.MovementKind.parse("reinforcment")


@pytest.mark.parametrize(("table", "column"), sorted(VOCABULARY_COLUMNS))
def test_the_schema_enums_are_the_vocabularies(table, column):
    assert schema.table(table).field(column).enum == VOCABULARY_COLUMNS[table, column].values()


def test_the_story_copy_is_the_packaged_schema():
    assert (ROOT / "data/datapackage.json").read_bytes() == schema.SCHEMA_PATH.read_bytes()


def test_every_table_of_the_example_story_is_described_and_keys_are_consistent():
    package = json.loads(schema.SCHEMA_PATH.read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d+\.\d+\.\d+", package["version"])
    described = {r["path"] for r in package["resources"]}
    assert {p.name for p in (ROOT / "data").iterdir() if p.suffix == ".csv"} <= described
    tables = schema.schema().tables
    for spec in tables.values():
        for column in spec.primary_key:
            assert spec.field(column).constraints.get("unique"), (spec.name, column)
        for column, referenced in spec.foreign_keys:
            spec.field(column)
            assert "id" in tables[referenced].columns
    with (ROOT / "data/control.csv").open(encoding="utf-8") as handle:
        assert handle.readline().strip().split(",") == list(schema.table("control").columns)


def _readme_columns() -> dict[str, list[str]]:
    """``file -> columns`` from the README's table of data files."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = {}
    for match in re.finditer(r"^\| `(\w+)\.csv` \|[^|]*\| `([^`]+)`", text, re.M):
        found[match.group(1)] = match.group(2).split(",")
    return found


def test_the_readme_table_lists_the_schema_columns():
    listed = _readme_columns()
    assert set(listed) == set(schema.schema().tables)
    for name, columns in listed.items():
        assert columns == list(schema.table(name).columns), name


@pytest.mark.parametrize(("value", "kind", "reference"), [
    ("seed:000_9675cb4a4e2b07e4", "seed", "000_9675cb4a4e2b07e4"),
    ("seed:000_9675cb4a4e2b07e4 (outlet name)", "seed", "000_9675cb4a4e2b07e4"),
    ("seed:my article", "seed", "my article"),
    ("geonames:163808", "geonames", "163808"),
    ("wikidata:Q2471", "wikidata", "Q2471"),
    ("osm:relation/184840", "osm", "relation/184840"),
    ("https://example.org/a?b=c (feature Id 5, NAME \"x\")", "https", "https://example.org/a?b=c"),
    ("http://127.0.0.1:8000/x", "http", "http://127.0.0.1:8000/x"),
    ('https://example.org/n.geojson (feature Id 115, NAME "as-Siryan (Syriac Quarter)")',
     "https", "https://example.org/n.geojson"),
])
def test_the_documented_source_forms(value, kind, reference):
    source = parse_source(value)
    assert (source.kind, source.reference) == (kind, reference)


@pytest.mark.parametrize(("value", "suggestion"), [
    ("Seed:000_abc", "seed:000_abc"), ("sed:000_abc", "seed:000_abc"),
    ("GeoNames:163808", "geonames:163808"), ("wikidat:Q1", "wikidata:Q1"),
    ("trust me", None), ("geonames:Raqqa", None), ("osm:street/5", None),
    ("https://", None), ("https://example.org/a b", None), ("javascript:alert(1)", None),
])
def test_other_sources_are_refused_with_a_suggestion_where_one_fits(value, suggestion):
    with pytest.raises(ValueError):
        parse_source(value)
    assert source_suggestion(value) == suggestion


def test_an_article_whose_name_ends_in_parentheses_is_found_in_whole():
    assert parse_source("seed:report (2)", {"report (2)"}).article == "report (2)"
    assert parse_source("seed:report (2)").article == "report"


def test_one_root_error_class_and_the_builtins():
    assert issubclass(InputError, WarmapError) and issubclass(InputError, ValueError)
    assert issubclass(OutputError, WarmapError) and issubclass(OutputError, OSError)
    error = OutputError.from_os_error(OSError(28, "No space left on device", "out/map.html"))
    assert str(error) == "out/map.html: no space left on the device" and error.errno == 28
    problem = Problem("x.csv", "bad", severity="warning")
    assert problem.severity is vocab.Severity.WARNING and not problem.is_error
    with pytest.raises(InputError, match="unknown severity"):
        Problem("x.csv", "bad", severity="fatal")
