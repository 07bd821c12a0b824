"""Fuzz: no content of any data file or of an article's metadata makes check or the build
raise. Every example edits one file of a copy of the example story (a cell replaced by a
hostile or random value, a column dropped or added, the file cut short, or random content),
then runs the checks; when they find no error, it builds the map and its exports in memory.

Bounded for CI: 12 derandomised examples a file, 10-20 s on two cores. Set
``WARMAP_FUZZ_EXAMPLES`` (and ``WARMAP_FUZZ_RANDOM=1``) to search longer and elsewhere.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo import outputs
from geo.inputs.check import load_inputs
from geo.mapping.embed import published_urls
from geo.pipeline import BuildCache, _make_map

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_9675cb4a4e2b07e4"
EXAMPLES = int(os.environ.get("WARMAP_FUZZ_EXAMPLES", "12"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                derandomize=not os.environ.get("WARMAP_FUZZ_RANDOM"),
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
CSV_FILES = ["places.csv", "sides.csv", "control.csv", "movements.csv", "events.csv",
             "demonyms.csv", "non_places.csv"]
#: Values the red-team report and spreadsheets produce.
HOSTILE = ["", " ", "nan", "NaN", "inf", "-inf", "1e999", "-1", "0", "-0", "361", "91", "181",
           "85.5", "1.5", "2,5", "2016-02-30", "0001-01-01", "2061-12-13", "12/12/2016",
           "2016-12-11 00:00:00", "…", "[...]", "...", ".", '=HYPERLINK("x","y")', "@SUM(1)",
           "seed:nope", f"Seed:{SEED}", f"seed:{SEED}", "sed:x", "trust me", "geonames:x",
           "wikidata:Q1", "osm:node/1", "https://", "https://example.org/a b", '"', "a,b",
           "\n", "\r\n", "\x00", "\ufeff", "palmyra", "aleppo", "jallum", "ferdous", "syria",
           "tiyas-airbase", "middle-east", "government", "contested", "isis", "quarter",
           "governorate", "site", "region", "town", "held", "taken", "claimed", "confirmed",
           "x" * 2000, "con tested) x", "#zzzzzz", "#C62828", "hatch", "advance", "done",
           "__proto__", "<script>alert(1)</script>"]
VALUES = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12))


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(ROOT / "data", base / "data")
    shutil.copytree(ROOT / "seeds", base / "seeds")
    return base


@pytest.fixture(scope="module")
def cache() -> BuildCache:
    cache = BuildCache()
    cache.world_layer()
    return cache


def _check_and_build(story: Path, cache: BuildCache) -> None:
    """Check; without errors, build the map and its exports in memory. Never raises."""
    inputs = load_inputs(story / "data", story / "seeds", world=cache.world_layer(),
                         gazetteer_loader=cache.gazetteer)
    if inputs.errors:
        for problem in inputs.errors:
            assert problem.path and problem.message, problem
        return
    made = _make_map(inputs, cache, tiles="none", attribution="", renderer="auto",
                     picture_url="", page_url="")
    outputs.output_files(made, published_urls(""))


def _with(path: Path, content: bytes, story: Path, cache: BuildCache) -> None:
    original = path.read_bytes() if path.exists() else None
    path.write_bytes(content)
    try:
        _check_and_build(story, cache)
    finally:
        if original is None:
            path.unlink()
        else:
            path.write_bytes(original)


# --- CSV tables ---------------------------------------------------------------------------

def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


@st.composite
def csv_edits(draw, rows: list[list[str]]) -> bytes:
    """One edit of a table: cells replaced, a column dropped or added, a row repeated, the
    file cut short, or random bytes."""
    kind = draw(st.sampled_from(["cells", "cells", "cells", "drop column", "add column",
                                 "repeat row", "cut", "bytes"]))
    rows = [list(r) for r in rows]
    if kind == "cells":
        for _ in range(draw(st.integers(1, 3))):
            row = draw(st.integers(0, len(rows) - 1))
            column = draw(st.integers(0, max(0, len(rows[row]) - 1)))
            if rows[row]:
                rows[row][column] = draw(VALUES)
    elif kind == "drop column":
        column = draw(st.integers(0, len(rows[0]) - 1))
        rows = [r[:column] + r[column + 1:] for r in rows]
    elif kind == "add column":
        rows = [[*r, draw(VALUES)] for r in rows]
    elif kind == "repeat row":
        rows.append(list(rows[draw(st.integers(0, len(rows) - 1))]))
    data = _csv(rows)
    if kind == "cut":
        return data[:draw(st.integers(0, len(data)))]
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    return data


@pytest.mark.parametrize("name", CSV_FILES)
def test_no_table_content_makes_check_or_build_raise(name, story, cache):
    path = story / "data" / name
    rows = _rows(path)

    @FUZZ
    @given(content=csv_edits(rows))
    def run(content: bytes) -> None:
        _with(path, content, story, cache)

    run()


# --- GeoJSON and metadata ------------------------------------------------------------------

NUMBERS = st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                    st.sampled_from([38.26, 34.55, 38.30, 34.58, 400.0, 4259000.0]),
                    st.integers(-200, 200))
JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), NUMBERS, st.sampled_from(HOSTILE), st.text(max_size=8)),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=6), inner, max_size=4)),
    max_leaves=12)
RING = [[38.26, 34.55], [38.30, 34.55], [38.30, 34.58], [38.26, 34.58], [38.26, 34.55]]


@st.composite
def features(draw) -> dict:
    """A feature near a valid one: each member kept, replaced or dropped."""
    ring = [list(p) for p in RING]
    if draw(st.booleans()):
        ring[draw(st.integers(0, 4))] = draw(st.lists(NUMBERS, min_size=0, max_size=4))
    geometry = {"type": draw(st.sampled_from(["Polygon", "MultiPolygon", "Point",
                                              "GeometryCollection", "polygon"])),
                "coordinates": draw(st.sampled_from([[ring], [[ring]], ring, []]))}
    properties = {"place_id": draw(st.sampled_from(["palmyra", "jallum", "aleppo", "nope"])),
                  "precision": draw(st.sampled_from(["drawn", "surveyed", None, "x"])),
                  "source": draw(st.sampled_from(["https://example.org", "", "trust me"]))}
    feature = {"type": "Feature", "properties": properties, "geometry": geometry}
    for key in draw(st.lists(st.sampled_from(["type", "properties", "geometry"]),
                             max_size=2)):
        feature[key] = draw(JSON_VALUES)
    return feature


@st.composite
def collections(draw) -> bytes:
    kind = draw(st.sampled_from(["features", "features", "json", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind == "json":
        return json.dumps(draw(JSON_VALUES)).encode()
    collection = {"type": "FeatureCollection", "features": draw(st.lists(features(),
                                                                          max_size=3))}
    if draw(st.booleans()):
        collection["crs"] = {"type": "name", "properties": {"name": draw(st.sampled_from(
            ["EPSG:3857", "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:999999", "nonsense"]))}}
    return json.dumps(collection).encode()


def test_no_shapes_geojson_makes_check_or_build_raise(story, cache):
    path = story / "data" / "shapes.geojson"

    @FUZZ
    @given(content=collections())
    def run(content: bytes) -> None:
        _with(path, content, story, cache)

    run()


@st.composite
def metadata(draw) -> bytes:
    good = json.loads((ROOT / "seeds" / f"{SEED}.json").read_text(encoding="utf-8"))
    kind = draw(st.sampled_from(["fields", "fields", "json", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind == "json":
        return json.dumps(draw(JSON_VALUES)).encode()
    for key in draw(st.lists(st.sampled_from([*good, "extra"]), min_size=1, max_size=3)):
        good[key] = draw(st.one_of(JSON_VALUES, st.sampled_from(
            ["2016-12-12", "2016-12-13", "2061-12-13", "0001-01-01", "2006-12-12"])))
    return json.dumps(good).encode()


def test_no_article_metadata_makes_check_or_build_raise(story, cache):
    path = story / "seeds" / f"{SEED}.json"

    @FUZZ
    @given(content=metadata())
    def run(content: bytes) -> None:
        _with(path, content, story, cache)

    run()
