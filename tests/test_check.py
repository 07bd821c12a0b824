"""Bad input: every class is reported naming file, line (or feature) and field, and a failed
build leaves out/ byte-for-byte as it was; repaired polygons only warn; builds are
byte-identical; a new article needs no code change."""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from geo.cli import main
from geo.mapping.codec import read_map_payload
from geo.pipeline import BuildCache, build

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_9675cb4a4e2b07e4"


# --- helpers -----------------------------------------------------------------------------

def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a folder and its subfolders (out/drafts/; temporary files included)
    and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if not p.is_dir()}


def _append(path: Path, row: str) -> int:
    """Append a row to a CSV file; returns its line number. A control row written in the
    columns up to certainty, then quote, source, note gets empty state, by and share; an
    event row written up to its source gets an empty note."""
    if path.name == "control.csv" and row.count(",") >= 5:
        head = row.split(",", 5)
        row = ",".join([*head[:5], "", "", "", head[5]])
    if path.name == "events.csv":
        row += ","
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + row + "\n", encoding="utf-8")
    return text.count("\n") + 1


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` by ``new``; returns the line where it was."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:text.index(old)].count("\n") + 1


def _replace_bytes(path: Path, old: bytes, new: bytes) -> int:
    data = path.read_bytes()
    assert old in data, old
    path.write_bytes(data.replace(old, new, 1))
    return data[:data.index(old)].count(b"\n") + 1


def _write(path: Path, text: str) -> int:
    """Write a file; returns its number of lines (the last, where a cut-off file fails)."""
    path.write_text(text, encoding="utf-8")
    return text.count("\n") + 1


def _shapes(path: Path, *features: dict) -> int:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}),
                    encoding="utf-8")
    return len(features) - 1


def _feature(place_id: str, ring: list[list[float]], **properties) -> dict:
    return {"type": "Feature",
            "properties": {"place_id": place_id, "precision": "drawn",
                           "source": "https://example.org/outline", **properties},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


#: A square around Palmyra (lon, lat), and the same ring with latitude first.
PALMYRA_RING = [[38.26, 34.55], [38.30, 34.55], [38.30, 34.58], [38.26, 34.58], [38.26, 34.55]]
SWAPPED_RING = [[lat, lon] for lon, lat in PALMYRA_RING]
#: An outline that crosses itself (a bow tie).
BOWTIE_RING = [[38.26, 34.55], [38.30, 34.58], [38.30, 34.55], [38.26, 34.58], [38.26, 34.55]]
CONTROL_ROW = ("2016-12-11,palmyra,isis,taken,confirmed,Palmyra and the surrounding areas "
               f"fell again to ISIS.,seed:{SEED},")
#: The line of data/control.csv that says ISIS took Palmyra on 11 December.
PALMYRA_TAKEN_LINE = next(
    number for number, line in enumerate(
        (ROOT / "data" / "control.csv").read_text(encoding="utf-8").splitlines(), start=1)
    if line.startswith("2016-12-11,palmyra,isis,taken,"))


@dataclass
class Case:
    """One bad edit: ``edit(base)`` changes ``base/data`` or ``base/seeds`` and returns the
    line (or, for GeoJSON, the feature index) the message must name."""

    edit: Callable[[Path], int | None]
    file: str
    field: str | None
    fragments: list[str] = field(default_factory=list)
    where: str = "line"


CASES = {
    "unknown place, with a suggestion": Case(
        lambda b: _append(b / "data/control.csv", "2016-12-14,sheik-saeed,government,taken,"
                                                  "confirmed,q,https://example.org,"),
        "control.csv", "place_id", ["unknown place", "'sheik-saeed'",
                                    "did you mean 'sheikh-saeed'?"]),
    "unknown side, with a suggestion": Case(
        lambda b: _append(b / "data/control.csv", "2016-12-14,palmyra,goverment,taken,"
                                                  "confirmed,q,https://example.org,"),
        "control.csv", "side", ["unknown side", "did you mean 'government'?"]),
    "unknown place in movements": Case(
        lambda b: _edit(b / "data/movements.csv", "isis-from-deir-ez-zor,2016-12-08,2016-12-11,"
                        "isis,reinforcement,claimed,deir-ez-zor,",
                        "isis-from-deir-ez-zor,2016-12-08,2016-12-11,isis,reinforcement,"
                        "claimed,deir-ez-zorr,"),
        "movements.csv", "from_place", ["unknown place", "did you mean 'deir-ez-zor'?"]),
    "unknown side in movements": Case(
        lambda b: _edit(b / "data/movements.csv", "isis-renewed-attack,2016-12-11,2016-12-11,"
                        "isis,", "isis-renewed-attack,2016-12-11,2016-12-11,daesh,"),
        "movements.csv", "side", ["unknown side", "'daesh'"]),
    "unknown place in events": Case(
        lambda b: _append(b / "data/events.csv", "x-1,2016-12-10,palmira,strike,us,claimed,l,"
                                                 "q,https://example.org"),
        "events.csv", "place_id", ["unknown place", "did you mean 'palmyra'?"]),
    "impossible date": Case(
        lambda b: _append(b / "data/events.csv", "x-1,2016-02-30,palmyra,strike,us,claimed,l,"
                                                 "q,https://example.org"),
        "events.csv", "date", ["impossible date", "'2016-02-30'", "YYYY-MM-DD"]),
    "date in another format": Case(
        lambda b: _append(b / "data/control.csv", "12/14/2016,palmyra,isis,held,confirmed,q,"
                                                  "https://example.org,"),
        "control.csv", "date", ["bad or impossible date", "'12/14/2016'", "YYYY-MM-DD"]),
    "movement ends before it starts": Case(
        lambda b: _edit(b / "data/movements.csv", "isis-renewed-attack,2016-12-11,2016-12-11",
                        "isis-renewed-attack,2016-12-11,2016-12-01"),
        "movements.csv", "end", ["ends before it starts (2016-12-11)", "'2016-12-01'"]),
    "two contradicting control changes on one day": Case(
        lambda b: _append(b / "data/control.csv", CONTROL_ROW.replace(",isis,", ",rebels,")),
        "control.csv", "side", [f"contradicts line {PALMYRA_TAKEN_LINE}", "'isis'", "'rebels'"]),
    "empty quote": Case(
        lambda b: _append(b / "data/control.csv", "2016-12-14,palmyra,isis,held,confirmed,,"
                                                  "https://example.org,"),
        "control.csv", "quote", ["empty quote", "the exact words of the source"]),
    "empty quote (only spaces)": Case(
        lambda b: _append(b / "data/events.csv", 'x-1,2016-12-10,palmyra,strike,us,claimed,l,'
                                                 '"   ",https://example.org'),
        "events.csv", "quote", ["empty quote"]),
    "empty source": Case(
        lambda b: _append(b / "data/events.csv", "x-2,2016-12-10,palmyra,strike,us,claimed,l,"
                                                 "q,"),
        "events.csv", "source", ["empty source", "a URL"]),
    "empty source of a place": Case(
        lambda b: _edit(b / "data/places.csv", "35.95283,39.00788,geonames:172955",
                        "35.95283,39.00788,"),
        "places.csv", "source", ["empty source"]),
    "duplicate id in places.csv": Case(
        lambda b: _append(b / "data/places.csv", "palmyra,Palmyra,,,town,homs-governorate,"
                                                 "34.56,38.28,geonames:163808,,"),
        "places.csv", "id", ["duplicate id (first at line", "'palmyra'"]),
    "duplicate id in movements.csv": Case(
        lambda b: _append(b / "data/movements.csv", "isis-renewed-attack,2016-12-11,2016-12-11,"
                                                    "isis,advance,done,,palmyra,0,15,q,"
                                                    "https://example.org,"),
        "movements.csv", "id", ["duplicate id (first at line 4)", "'isis-renewed-attack'"]),
    "duplicate id in events.csv": Case(
        lambda b: _append(b / "data/events.csv", "russian-air-attacks,2016-12-10,palmyra,"
                                                 "strike,russia,reported,l,q,"
                                                 "https://example.org"),
        "events.csv", "id", ["duplicate id (first at line 5)"]),
    "duplicate id in sides.csv": Case(
        lambda b: _append(b / "data/sides.csv", "isis,IS,#000000,solid,d,https://example.org,"),
        "sides.csv", "id", ["duplicate id (first at line"]),
    "latitude and longitude swapped (quarter)": Case(
        lambda b: _edit(b / "data/places.csv", "36.16462,37.15581", "37.15581,36.16462"),
        "places.csv", "lat,lon", ["from its parent 'aleppo'", "look swapped",
                                  "'37.15581, 36.16462'"]),
    "latitude and longitude swapped (city, against GeoNames)": Case(
        lambda b: _edit(b / "data/places.csv", "35.95283,39.00788", "39.00788,35.95283"),
        "places.csv", "lat,lon", ["from the GeoNames point of geonames:172955",
                                  "look swapped"]),
    "a quarter of Aleppo placed in Iraq": Case(
        lambda b: _edit(b / "data/places.csv", "36.16462,37.15581", "36.34,43.13"),
        "places.csv", "lat,lon", ["from its parent 'aleppo'", "within 15 km"]),
    "latitude out of range": Case(
        lambda b: _edit(b / "data/places.csv", "36.16462,37.15581", "136.16462,37.15581"),
        "places.csv", "lat", ["bad coordinate", "±90"]),
    "malformed CSV: unbalanced quote": Case(
        lambda b: _append(b / "data/movements.csv", 'bad,2016-12-11,2016-12-11,isis,advance,'
                                                    'done,,palmyra,0,5,"unclosed quote,s,'),
        "movements.csv", "quote", ["malformed CSV", "unbalanced quote"]),
    "malformed CSV: text after a closing quote": Case(
        lambda b: _append(b / "data/control.csv", '2016-12-14,palmyra,isis,held,confirmed,'
                                                  '"q" and more,https://example.org,'),
        "control.csv", "quote", ["malformed CSV", "text after the closing quote"]),
    "malformed CSV: unquoted comma": Case(
        lambda b: _append(b / "data/events.csv", "x-1,2016-12-10,palmyra,strike,us,claimed,l,"
                                                 "q, with a comma,https://example.org,n"),
        "events.csv", "note", ["12 fields, header has 10"]),
    "missing column": Case(
        lambda b: _edit(b / "data/control.csv", "share,quote,source", "share,qoute,source"),
        "control.csv", "quote", ["missing column(s) quote"]),
    "not UTF-8": Case(
        lambda b: _replace_bytes(b / "data/events.csv", b"Palmyra", b"Palm\xffra"),
        "events.csv", None, ["not UTF-8"]),
    "bad colour": Case(
        lambda b: _edit(b / "data/sides.csv", "#a31207", "red"),
        "sides.csv", "colour", ["bad colour", "#rrggbb"]),
    "quote not in the article": Case(
        lambda b: _edit(b / "data/events.csv", "A large ISIS attack on Saturday",
                        "A small ISIS attack on Saturday"),
        "events.csv", "quote", ["quote not found in the article"]),
    "unknown article, with a suggestion": Case(
        lambda b: _edit(b / "data/events.csv", f"seed:{SEED}", "seed:000_9675cb4a4e2b07e5"),
        "events.csv", "source", ["unknown article", f"did you mean 'seed:{SEED}'?"]),
    "bad article metadata date": Case(
        lambda b: _edit(b / f"seeds/{SEED}.json", '"2016-12-12"', '"12/12/2016"'),
        f"{SEED}.json", "published", ["bad or impossible date", "'12/12/2016'", "YYYY-MM-DD"]),
    "impossible article metadata date": Case(
        lambda b: _edit(b / f"seeds/{SEED}.json", '"2016-12-12"', '"2016-02-30"'),
        f"{SEED}.json", "published", ["impossible date"]),
    "malformed article metadata": Case(
        lambda b: _edit(b / f"seeds/{SEED}.json", '"outlet":', '"outlet"'),
        f"{SEED}.json", None, ["not valid JSON"]),
    "article without metadata": Case(
        lambda b: (b / f"seeds/{SEED}.json").unlink(),
        f"{SEED}.json", "published", ["no publication date"], where="none"),
    "malformed GeoJSON": Case(
        lambda b: _write(b / "data/shapes.geojson", '{"type": "FeatureCollection",\n'
                                                    '"features": [}'),
        "shapes.geojson", None, ["not valid JSON", "column 14"]),
    "GeoJSON that is not a FeatureCollection": Case(
        lambda b: (b / "data/shapes.geojson").write_text('[1, 2]', encoding="utf-8"),
        "shapes.geojson", "type", ["not a GeoJSON FeatureCollection"], where="none"),
    "GeoJSON feature of an unknown place": Case(
        lambda b: _shapes(b / "data/shapes.geojson", _feature("palmyra", PALMYRA_RING),
                          _feature("palmira", PALMYRA_RING)),
        "shapes.geojson", "properties.place_id", ["unknown place", "did you mean 'palmyra'?"],
        where="feature"),
    "GeoJSON duplicate place": Case(
        lambda b: _shapes(b / "data/shapes.geojson", _feature("palmyra", PALMYRA_RING),
                          _feature("palmyra", PALMYRA_RING)),
        "shapes.geojson", "properties.place_id", ["duplicate place (first at feature 0)"],
        where="feature"),
    "GeoJSON coordinates swapped": Case(
        lambda b: _shapes(b / "data/shapes.geojson", _feature("palmyra", SWAPPED_RING)),
        "shapes.geojson", "geometry.coordinates", ["km from the point of 'palmyra'",
                                                   "look swapped"], where="feature"),
    "GeoJSON feature without a source": Case(
        lambda b: _shapes(b / "data/shapes.geojson", _feature("palmyra", PALMYRA_RING,
                                                              source="")),
        "shapes.geojson", "properties.source", ["empty source"], where="feature"),
    "GeoJSON polygon that cannot be repaired": Case(
        lambda b: _shapes(b / "data/shapes.geojson", _feature(
            "palmyra", [[38.26, 34.55], [38.30, 34.55], [38.26, 34.55], [38.30, 34.55],
                        [38.26, 34.55]])),
        "shapes.geojson", "geometry.coordinates", ["cannot be repaired safely"],
        where="feature"),
    # --- the red-team report's classes (issue 16) ---------------------------------------
    **{f"quote {quote!r} quotes nothing": Case(
        lambda b, quote=quote: _append(b / "data/control.csv", f'2016-12-12,palmyra,government,'
                                       f'taken,confirmed,"{quote}",seed:{SEED},'),
        "control.csv", "quote", ["the quote has no words", "the exact words of the source"])
       for quote in ("…", "[...]", ".", "...")},
    "source 'Seed:' in capitals, with a quote not in the article": Case(
        lambda b: _append(b / "data/control.csv", "2016-12-12,palmyra,government,taken,"
                                                  f"confirmed,Words never written,Seed:{SEED},"),
        "control.csv", "source", ["bad source", "in lower case", f"did you mean 'seed:{SEED}'?"]),
    "source with a typo in its prefix": Case(
        lambda b: _edit(b / "data/events.csv", f"seed:{SEED}", f"sed:{SEED}"),
        "events.csv", "source", ["bad source", f"did you mean 'seed:{SEED}'?"]),
    "source in no documented form": Case(
        lambda b: _append(b / "data/control.csv", "2016-12-12,palmyra,government,taken,"
                                                  "confirmed,q,trust me,"),
        "control.csv", "source", ["bad source: not a documented source form",
                                  "geonames:<id>, wikidata:Q<id>"]),
    "source of a place in no documented form": Case(
        lambda b: _edit(b / "data/places.csv", "35.95283,39.00788,geonames:172955",
                        "35.95283,39.00788,geonames:Raqqa"),
        "places.csv", "source", ["bad source: not a geonames:<id> reference"]),
    "empty certainty": Case(
        lambda b: _append(b / "data/control.csv", "2016-12-12,palmyra,government,taken,,q,"
                                                  "https://example.org,"),
        "control.csv", "certainty", ["empty certainty", "one of confirmed, claimed, "
                                     "approximate"]),
    "empty change": Case(
        lambda b: _append(b / "data/control.csv", "2016-12-12,palmyra,government,,claimed,q,"
                                                  "https://example.org,"),
        "control.csv", "change", ["empty change", "one of taken, handed, held"]),
    "side id with a space and a parenthesis": Case(
        lambda b: _replace_all(b / "data", ",sdf,", ",con tested) x,"),
        "sides.csv", "id", ["bad id", "'con tested) x'", "lowercase letters, digits and "
                            "hyphens"]),
    "a quarter without a parent": Case(
        lambda b: _edit(b / "data/places.csv", "quarter,aleppo,36.19645,37.15420",
                        "quarter,,36.19645,37.15420"),
        "places.csv", "parent", ["a quarter without a parent", "not drawn"]),
    "two quarters at the same point": Case(
        lambda b: _edit(b / "data/places.csv", "36.19645,37.15420", "36.18703,37.15080"),
        "places.csv", "lat,lon", ["same point as 'ferdous'", "each quarter at its own point"]),
    "publication year typed 2061": Case(
        lambda b: _edit(b / f"seeds/{SEED}.json", '"2016-12-12"', '"2061-12-13"'),
        f"{SEED}.json", "published", ["more than a year after today", "'2061-12-13'"]),
    "publication in year 1": Case(
        lambda b: _edit(b / f"seeds/{SEED}.json", '"2016-12-12"', '"0001-01-01"'),
        f"{SEED}.json", "published", ["before 1800", "'0001-01-01'"]),
    "control row dated 2061": Case(
        lambda b: _append(b / "data/control.csv", "2061-12-11,palmyra,isis,held,confirmed,q,"
                                                  "https://example.org,"),
        "control.csv", "date", ["more than a year after today"]),
    "movement from a place to itself": Case(
        lambda b: _append(b / "data/movements.csv", "self,2016-12-11,2016-12-11,isis,advance,"
                                                    "done,palmyra,palmyra,,,q,"
                                                    "https://example.org,"),
        "movements.csv", "to_place", ["starts and ends at the same place"]),
    "movement over a distance of 0": Case(
        lambda b: _append(b / "data/movements.csv", "zero,2016-12-11,2016-12-11,isis,advance,"
                                                    "done,,palmyra,90,0,q,https://example.org,"),
        "movements.csv", "distance_km", ["bad number", "a number above 0, at most 5000"]),
    "NaN in a GeoJSON coordinate": Case(
        lambda b: _write(b / "data/shapes.geojson", '{"type": "FeatureCollection",\n'
                         '"features": [{"type": "Feature", "properties": {"place_id": '
                         '"palmyra", "precision": "drawn", "source": "https://example.org"},\n'
                         '"geometry": {"type": "Polygon", "coordinates": [[[38.26, NaN], '
                         '[38.3, 34.55], [38.3, 34.58], [38.26, 34.55]]]}}]}'),
        "shapes.geojson", None, ["not valid JSON: NaN is not a JSON number"]),
    "GeoJSON in EPSG:3857 metres without a crs member": Case(
        lambda b: _shapes(b / "data/shapes.geojson", _feature(
            "palmyra", [[4259000.0, 4105000.0], [4263000.0, 4105000.0],
                        [4263000.0, 4109000.0], [4259000.0, 4105000.0]])),
        "shapes.geojson", "geometry.coordinates", ["outside lon/lat ranges",
                                                   "EPSG:3857", "EPSG:4326"], where="feature"),
    "GeoJSON with a crs pyproj does not know": Case(
        lambda b: (b / "data/shapes.geojson").write_text(json.dumps(
            {"type": "FeatureCollection", "features": [],
             "crs": {"type": "name", "properties": {"name": "EPSG:999999"}}})),
        "shapes.geojson", "crs.properties.name", ["unknown CRS", "EPSG:4326"], where="none"),
    "GeoJSON precision null": Case(
        lambda b: _shapes(b / "data/shapes.geojson", _feature("palmyra", PALMYRA_RING,
                                                              precision=None)),
        "shapes.geojson", "properties.precision", ["unknown precision", "'null'",
                                                   "one of surveyed, drawn, approximate"],
        where="feature"),
    "GeoJSON source in no documented form": Case(
        lambda b: _shapes(b / "data/shapes.geojson", _feature("palmyra", PALMYRA_RING,
                                                              source="my notes")),
        "shapes.geojson", "properties.source", ["bad source"], where="feature"),
    "a folder named like an article": Case(
        lambda b: (b / "seeds/001_dir.txt").mkdir(),
        "001_dir.txt", None, ["a folder, not a text file"], where="none"),
    "semicolon-separated CSV (European Excel)": Case(
        lambda b: _rewrite(b / "data/events.csv", lambda t: t.replace(",", ";")),
        "events.csv", "id", ["missing column(s)", "separated by semicolons", "Comma "
                             "delimited"]),
    "Excel's sep= line naming another separator": Case(
        lambda b: _rewrite(b / "data/sides.csv", lambda t: "sep=;\n" + t),
        "sides.csv", None, ["the file says its separator is ';'"]),
    "a column without a name between named ones": Case(
        lambda b: _edit(b / "data/sides.csv", "id,name,colour", "id,,colour"),
        "sides.csv", None, ["column 2 has no name"]),
    "a column named twice": Case(
        lambda b: _edit(b / "data/sides.csv", "id,name,colour,pattern,description,source",
                        "id,name,colour,pattern,name,source"),
        "sides.csv", "name", ["duplicate column", "each column once"]),
    "population in words": Case(
        lambda b: _edit(b / "data/places.csv", "geonames:163808,51015,", "geonames:163808,"
                        "many,"),
        "places.csv", "population", ["bad population", "a whole number"]),
}


def _replace_all(folder: Path, old: str, new: str) -> int:
    """Replace ``old`` in every CSV of a folder; returns the line of its first use in
    sides.csv."""
    line = _edit(folder / "sides.csv", old.strip(",") + ",", new.strip(",") + ",")
    for path in folder.glob("*.csv"):
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return line


def _rewrite(path: Path, change: Callable[[str], str]) -> int:
    """Rewrite a file's text; returns line 1 (where a header problem is reported)."""
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 1


def _location(case: Case, base: Path, at: int | None) -> str:
    """The 'FILE line N' / 'FILE feature N' fragment the message must hold."""
    if case.where == "none" or at is None:
        return case.file
    return f"{case.file} {case.where} {at}"


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """Copies of data/ and seeds/ and an out/ built from them (the last good map)."""
    base = tmp_path_factory.mktemp("good")
    shutil.copytree(ROOT / "data", base / "data")
    shutil.copytree(ROOT / "seeds", base / "seeds")
    assert main(_args(base)) == 0
    return base


def _args(base: Path, command: str = "build") -> list[str]:
    story = ["--data", str(base / "data"), "--seeds", str(base / "seeds")]
    if command == "build":
        return [command, *story, "--out", str(base / "out"), "--no-picture"]
    return [command, *story]


def _copy(good: Path, tmp_path: Path) -> Path:
    for name in ("data", "seeds", "out"):
        shutil.copytree(good / name, tmp_path / name)
    return tmp_path


# --- every class of bad input ------------------------------------------------------------

@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_reported_and_out_is_unchanged(name, good, tmp_path, capsys):
    case = CASES[name]
    base = _copy(good, tmp_path)
    before = _snapshot(base / "out")
    at = case.edit(base)
    status = main(_args(base))
    err = capsys.readouterr().err
    assert status == 2, err
    location = _location(case, base, at)
    assert re.search(re.escape(location) + r"\b", err), (location, err)
    if case.field:
        assert f"field '{case.field}'" in err, err
    for fragment in case.fragments:
        assert fragment in err, (fragment, err)
    assert "Traceback" not in err and "internal error" not in err
    assert "nothing was written" in err
    assert _snapshot(base / "out") == before  # byte for byte, no temporary file left

    # `check` finds the same problem without building, and exits non-zero.
    assert main(_args(base, "check")) == 1
    checked = capsys.readouterr().err
    assert re.search(re.escape(location) + r"\b", checked), checked
    for fragment in case.fragments:
        assert fragment in checked, (fragment, checked)
    assert _snapshot(base / "out") == before


def test_one_problem_line_names_file_line_field_value_and_suggestion(good, tmp_path, capsys):
    base = _copy(good, tmp_path)
    line = _append(base / "data/control.csv", "2016-12-14,sheik-saeed,government,taken,"
                                              "confirmed,q,https://example.org,")
    assert main(_args(base, "check")) == 1
    lines = [x for x in capsys.readouterr().err.splitlines() if "sheik-saeed" in x]
    assert len(lines) == 1
    assert re.fullmatch(rf"error: \S*data/control\.csv line {line}, field 'place_id': unknown "
                        r"place \(got 'sheik-saeed'; expected an id from the place table\); "
                        r"did you mean 'sheikh-saeed'\?", lines[0]), lines[0]


def test_check_reports_every_problem_at_once(good, tmp_path, capsys):
    base = _copy(good, tmp_path)
    edits = [CASES[n] for n in ("duplicate id in places.csv", "unknown side, with a suggestion",
                                "impossible date", "movement ends before it starts",
                                "bad article metadata date", "GeoJSON coordinates swapped",
                                "malformed CSV: text after a closing quote")]
    expected = [_location(case, base, case.edit(base)) for case in edits]
    assert main(_args(base, "check")) == 1
    err = capsys.readouterr().err
    for location in expected:
        assert location in err, (location, err)
    assert re.search(r"^\d+ error\(s\), 0 warning\(s\)$", err, re.M), err


def test_bad_rows_do_not_hide_the_rest_of_the_file(good, tmp_path, capsys):
    """A malformed record is reported and reading goes on: later rows are still checked."""
    base = _copy(good, tmp_path)
    first = _append(base / "data/control.csv", '2016-12-14,palmyra,isis,held,confirmed,'
                                               '"unclosed,https://example.org,')
    second = _append(base / "data/control.csv", "2016-12-15,palmyra,isiss,held,confirmed,q,"
                                                "https://example.org,")
    assert main(_args(base, "check")) == 1
    err = capsys.readouterr().err
    assert f"control.csv line {first}, field 'quote': malformed CSV" in err
    assert f"control.csv line {second}, field 'side': unknown side" in err


#: The editors' reports of geo/inputs/audit.py that the seed's data still draws: sources on
#: mirrors whose rows do not say what they copy, and rows sourced only to the article where
#: data/ holds other sources. The data audit decides on each; nothing else may be reported.
AUDIT_REPORTS = ("a source on a mirror", "sourced only to the article")


def test_good_inputs_check_clean(capsys):
    assert main(["check", "--data", str(ROOT / "data"), "--seeds", str(ROOT / "seeds")]) == 0
    captured = capsys.readouterr()
    assert "0 error(s)" in captured.out
    others = [line for line in captured.err.splitlines()
              if not any(report in line for report in AUDIT_REPORTS)]
    assert others == []


# --- warnings: repaired, and the build goes on -------------------------------------------

def test_self_intersecting_polygon_is_repaired_with_a_warning(good, tmp_path, capsys):
    base = _copy(good, tmp_path)
    _shapes(base / "data/shapes.geojson", _feature("palmyra", BOWTIE_RING))
    before = _snapshot(base / "out")
    assert main(_args(base)) == 0
    err = capsys.readouterr().err
    assert re.search(r"warning: \S*shapes\.geojson feature 0, field 'geometry': invalid "
                     r"polygon repaired \(Self-intersection", err), err
    assert "error:" not in err
    after = _snapshot(base / "out")
    assert after["map.html"] != before["map.html"]
    places = json.loads(after["places.geojson"])
    palmyra = next(f for f in places["features"] if f["properties"]["id"] == "palmyra")
    assert palmyra["geometry"]["type"] == "MultiPolygon"  # the bow tie's two triangles
    assert palmyra["properties"]["precision"] == "drawn"
    assert main(_args(base, "check")) == 0
    captured = capsys.readouterr()
    assert "0 error(s)" in captured.out
    assert len([line for line in captured.err.splitlines()
                if "shapes.geojson feature" in line]) == 1


def test_a_far_away_place_only_warns(good, tmp_path, capsys):
    """A place with no parent far from all the others (here, in Libya) may be right: warn."""
    base = _copy(good, tmp_path)
    line = _append(base / "data/places.csv", "sirte,Sirte,,,city,,31.2,16.6,"
                                             "https://example.org/sirte,,")
    assert main(_args(base, "check")) == 0
    out = capsys.readouterr()
    assert f"warning: {base / 'data/places.csv'} line {line}, field 'lat,lon': point is" in \
        out.err
    assert "from the middle of the other places" in out.err


# --- determinism and new articles ----------------------------------------------------------

def test_builds_are_byte_identical(tmp_path):
    """Two builds (picture on) give the same bytes; so does a watch-mode build (cached world
    layer, deferred picture)."""
    for name in ("a", "b"):
        build(ROOT / "data", ROOT / "seeds", tmp_path / name)
    first, second = _snapshot(tmp_path / "a"), _snapshot(tmp_path / "b")
    assert sorted(first) == ["control.csv", "dates.csv", "drafts/control.csv",
                             "drafts/events.csv", "drafts/movements.csv", "drafts/sides.csv",
                             "embed.html", "map-embed.html", "map-print.png", "map.html",
                             "map.pdf", "map.png", "mentions.csv", "mentions_detail.csv",
                             "places.geojson"]
    for name in first:
        assert first[name] == second[name], name
    cache = BuildCache()
    for _ in range(2):
        result = build(ROOT / "data", ROOT / "seeds", tmp_path / "c", cache=cache,
                                 defer_picture=True)
        result.picture()
    assert _snapshot(tmp_path / "c") == first
    assert result.changed == []  # the second build changed nothing


def test_new_article_needs_no_code_change(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    text = "Fighting was reported in Manbij and near Deir ez-Zor on Tuesday."
    (seeds / "001_test.txt").write_text(text, encoding="utf-8")
    (seeds / "001_test.json").write_text(json.dumps(
        {"title": "Test dispatch", "outlet": "Test", "published": "2016-12-13"}),
        encoding="utf-8")
    build(ROOT / "data", seeds, tmp_path / "out", picture=False)
    with (tmp_path / "out" / "mentions.csv").open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["article"] == "001_test.txt"]
    assert {r["text"] for r in rows} >= {"Manbij", "Deir ez-Zor"}
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["text"]
    assert {"deir-ez-zor"} <= {r["place_id"] for r in rows}
    html = (tmp_path / "out" / "map.html").read_text(encoding="utf-8")
    payload = read_map_payload(html)
    quoted = {p["name"]: [q["article"] for q in p["quotes"]] for p in payload["places"]}
    assert "Test dispatch" in quoted["Manbij"]
    assert "Test dispatch" in quoted["Deir ez-Zor"]
    assert "Test dispatch" in [a["title"] for a in payload["articles"]]


# --- what spreadsheets and editors write is read as they mean it (issue 16) -------------------

def _builds_clean(base: Path, capsys) -> str:
    """Build; the exit status must be 0 with no error; returns standard error."""
    status = main(_args(base))
    err = capsys.readouterr().err
    assert status == 0, err
    assert "error:" not in err and "Traceback" not in err, err
    return err


def _palmyra_polygon(base: Path) -> dict:
    places = json.loads((base / "out/places.geojson").read_text(encoding="utf-8"))
    return next(f for f in places["features"] if f["id"] == "palmyra")


@pytest.mark.parametrize("edit", [
    pytest.param(lambda b: _rewrite(b / "data/sides.csv", lambda t: "sep=,\n" + t),
                 id="Excel's sep=, line"),
    pytest.param(lambda b: _rewrite(b / "data/control.csv", lambda t: t.replace("\n", ",,\n")),
                 id="two trailing empty columns"),
    pytest.param(lambda b: _edit(b / "data/sides.csv", "source,aliases\n",
                                 "source,aliases,,\n"),
                 id="a header ending in two empty columns"),
    pytest.param(lambda b: (b / f"seeds/{SEED}.json").write_bytes(
        b"\xef\xbb\xbf" + (b / f"seeds/{SEED}.json").read_bytes()), id="BOM in metadata"),
])
def test_spreadsheet_and_editor_habits_build_the_same_map(edit, good, tmp_path, capsys):
    base = _copy(good, tmp_path)
    before = _snapshot(base / "out")
    edit(base)
    _builds_clean(base, capsys)
    assert _snapshot(base / "out") == before  # the same map, byte for byte


def test_qgis_heights_and_a_bom_are_read(good, tmp_path, capsys):
    base = _copy(good, tmp_path)
    ring = [[x, y, 400.0] for x, y in PALMYRA_RING]
    text = json.dumps({"type": "FeatureCollection", "features": [_feature("palmyra", ring)]})
    (base / "data/shapes.geojson").write_bytes(b"\xef\xbb\xbf" + text.encode())
    _builds_clean(base, capsys)
    polygon = _palmyra_polygon(base)
    assert polygon["properties"]["precision"] == "drawn"
    assert all(len(point) == 2 for point in polygon["geometry"]["coordinates"][0])


def test_a_feature_without_geometry_warns_and_is_left_out(good, tmp_path, capsys):
    base = _copy(good, tmp_path)
    empty = {"type": "Feature", "properties": {"place_id": "jallum", "precision": "drawn",
                                               "source": "https://example.org"},
             "geometry": None}
    _shapes(base / "data/shapes.geojson", _feature("palmyra", PALMYRA_RING), empty)
    err = _builds_clean(base, capsys)
    assert "shapes.geojson feature 1, field 'geometry': no geometry (null)" in err
    assert _palmyra_polygon(base)["properties"]["precision"] == "drawn"


def test_epsg_3857_with_its_crs_member_is_reprojected_with_a_warning(good, tmp_path, capsys):
    from pyproj import Transformer

    base = _copy(good, tmp_path)
    to_metres = Transformer.from_crs(4326, 3857, always_xy=True)
    ring = [list(to_metres.transform(x, y)) for x, y in PALMYRA_RING]
    (base / "data/shapes.geojson").write_text(json.dumps(
        {"type": "FeatureCollection", "features": [_feature("palmyra", ring)],
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}}))
    err = _builds_clean(base, capsys)
    assert "warning:" in err and "reprojected to longitude/latitude" in err
    assert "EPSG:4326" in err
    coordinates = _palmyra_polygon(base)["geometry"]["coordinates"][0]
    for (x, y), (lon, lat) in zip(coordinates, PALMYRA_RING, strict=True):
        assert abs(x - lon) < 1e-5 and abs(y - lat) < 1e-5


def test_an_article_with_a_space_in_its_name_is_cited_and_a_txt_in_capitals_read(
        good, tmp_path, capsys):
    base = _copy(good, tmp_path)
    (base / "seeds/my article.TXT").write_text("Rebels shelled Manbij on Monday.",
                                               encoding="utf-8")
    (base / "seeds/my article.json").write_text('{"published": "2016-12-12"}')
    _append(base / "data/events.csv", "x-1,2016-12-12,manbij,strike,rebels,reported,l,"
                                      "Rebels shelled Manbij,seed:my article")
    _builds_clean(base, capsys)
    mentions = (base / "out/mentions.csv").read_text(encoding="utf-8")
    assert "my article.TXT" in mentions


def test_offsets_index_a_crlf_article_as_saved(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    path = seeds / f"{SEED}.txt"
    text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))
    result = build(ROOT / "data", seeds, None, picture=False)
    saved = path.read_bytes().decode("utf-8")  # the file's text, \r\n kept
    assert len(result.mentions) > 50
    for row in result.mentions.itertuples():
        assert saved[row.start:row.end] == row.text


def test_a_place_beyond_the_utm_latitudes_builds(good, tmp_path, capsys):
    base = _copy(good, tmp_path)
    _append(base / "data/places.csv", "longyear,Longyearbyen,,,town,,85.2,15.6,"
                                      "https://example.org/l,2000,")
    _append(base / "data/control.csv", "2016-12-12,longyear,government,held,confirmed,q,"
                                       "https://example.org,")
    status = main(_args(base))
    err = capsys.readouterr().err
    assert status == 0, err
    assert "Traceback" not in err and "internal error" not in err


@pytest.mark.parametrize("place", ["syria", "middle-east"])
def test_control_the_map_cannot_draw_is_a_warning_naming_the_place(place, good, tmp_path,
                                                                    capsys):
    base = _copy(good, tmp_path)
    line = _append(base / "data/control.csv", f"2016-12-12,{place},government,held,"
                                              "confirmed,q,https://example.org,")
    err = _builds_clean(base, capsys)
    assert re.search(rf"warning: \S*control\.csv line {line}, field 'place_id': the control "
                     rf"of '{place}' \(\w+, 1 row\(s\)\) is not drawn on the map", err), err


def test_a_broken_sides_header_is_one_cause_not_a_cascade(good, tmp_path, capsys):
    base = _copy(good, tmp_path)
    _edit(base / "data/sides.csv", "id,name,colour", "id,name,id")
    assert main(_args(base, "check")) == 1
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "sides.csv line 1, field 'id': duplicate column" in errors[0]


def test_an_article_dated_years_from_the_others_warns(good, tmp_path, capsys):
    base = _copy(good, tmp_path)
    (base / "seeds/001_old.txt").write_text("Fighting near Palmyra.", encoding="utf-8")
    (base / "seeds/001_old.json").write_text('{"published": "2006-12-13"}')
    (base / "seeds/002_new.txt").write_text("Fighting near Manbij.", encoding="utf-8")
    (base / "seeds/002_new.json").write_text('{"published": "2016-12-13"}')
    assert main(_args(base, "check")) == 0
    err = capsys.readouterr().err
    assert re.search(r"warning: \S*001_old\.json, field 'published': published \d+ years from "
                     r"the other articles .* the map's slider spans \d+ days", err), err


def test_a_cell_that_starts_like_a_formula_warns_and_exports_are_neutralised(good, tmp_path,
                                                                           capsys):
    base = _copy(good, tmp_path)
    line = _edit(base / "data/places.csv", "palmyra,Palmyra,", 'palmyra,"=HYPERLINK(""x"")",')
    err = _builds_clean(base, capsys)
    assert f"places.csv line {line}, field 'name': starts like a spreadsheet formula" in err
    for name in ("mentions.csv", "mentions_detail.csv"):
        with (base / "out" / name).open(encoding="utf-8", newline="") as handle:
            names = {row["name"] for row in csv.DictReader(handle)}
        assert not any(n.startswith("=") for n in names) and "'=HYPERLINK(\"x\")" in names


def test_a_story_schema_that_is_not_this_versions_warns(good, tmp_path, capsys):
    base = _copy(good, tmp_path)
    (base / "data/datapackage.json").write_text('{"version": "0.1"}')
    assert main(_args(base, "check")) == 0
    assert "datapackage.json: not the schema of this version of warmap" in \
        capsys.readouterr().err


@pytest.mark.parametrize(("option", "value", "fragments"), [
    ("--tiles", "https://tiles.example.org/{z}/{x}/{y}.png?key={apikey}",
     ["unknown placeholder(s) {apikey}", "{s} {z} {x} {y} {-y} {r}"]),
    ("--tiles", "javascript://{z}/{x}/{y}", ["not an http:// or https:// tile address"]),
    ("--base-url", "https://editor:s3cret@staging.example.org/maps/",
     ["user name or password", "would be published"]),
])
def test_options_that_would_break_or_leak_the_map_are_refused(option, value, fragments, good,
                                                              tmp_path, capsys):
    base = _copy(good, tmp_path)
    before = _snapshot(base / "out")
    assert main([*_args(base), option, value]) == 2
    err = capsys.readouterr().err
    assert f"error: {option}: " in err
    for fragment in fragments:
        assert fragment in err, err
    assert "s3cret" not in "".join(p.read_text(encoding="utf-8", errors="replace")
                                   for p in (base / "out").rglob("*") if p.is_file())
    assert _snapshot(base / "out") == before
