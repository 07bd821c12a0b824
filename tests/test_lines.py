"""Dated front lines from shapes.geojson (geo/inputs/lines.py): read, checked, and left out
of the boundaries."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geo.inputs.lines import read_front_lines
from geo.inputs.shapes import read_shapes

LINE = {"type": "Feature", "geometry": {"type": "LineString",
                                        "coordinates": [[37.0, 36.5], [37.5, 36.45]]},
        "properties": {"line_id": "north-front", "start": "2016-12-01", "end": "2016-12-10",
                       "sides": "turkey|isis", "precision": "approximate",
                       "source": "https://example.org/front", "quote": "the front runs"}}
SQUARE = {"type": "Feature", "properties": {"place_id": "p", "precision": "drawn",
                                            "source": "https://example.org/p"},
          "geometry": {"type": "Polygon", "coordinates": [[[37.0, 36.0], [37.1, 36.0],
                                                           [37.1, 36.1], [37.0, 36.0]]]}}


def _write(tmp_path, *features):
    path = tmp_path / "shapes.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}),
                    encoding="utf-8")
    return path


def test_a_front_line_is_read_with_its_days_sides_and_source(tmp_path):
    path = _write(tmp_path, SQUARE, LINE)
    lines, problems = read_front_lines(path, {"turkey", "isis"})
    assert problems == [] and len(lines) == 1
    line = lines[0]
    assert (line.id, line.start, line.end, line.sides) == (
        "north-front", dt.date(2016, 12, 1), dt.date(2016, 12, 10), ("turkey", "isis"))
    assert line.precision == "approximate" and line.feature == 1
    shapes, shape_problems = read_shapes(path, {"p"})
    assert set(shapes) == {"p"} and shape_problems == []  # the line is not a boundary


def _with(**changes):
    feature = json.loads(json.dumps(LINE))
    feature["properties"].update(changes)
    return feature


@pytest.mark.parametrize(("feature", "field", "message"), [
    (_with(line_id=""), "properties.line_id", "missing line id"),
    (_with(start="12/01/2016"), "properties.start", "bad date"),
    (_with(end="2016-11-01"), "properties.end", "ends before it starts"),
    (_with(sides="turkey"), "properties.sides", "the two sides it separates"),
    (_with(sides="turkey|nobody"), "properties.sides", "the two sides it separates"),
    (_with(precision="guessed"), "properties.precision", "unknown precision"),
    (_with(quote=""), "properties.quote", "empty quote"),
])
def test_a_bad_front_line_is_named_by_feature_and_property(tmp_path, feature, field, message):
    lines, problems = read_front_lines(_write(tmp_path, feature), {"turkey", "isis"})
    assert lines == [] and problems
    assert problems[0].field == field and message in problems[0].message
    assert problems[0].feature == 0


def test_one_day_lines_and_duplicate_ids(tmp_path):
    one_day = _with(end="")
    lines, problems = read_front_lines(_write(tmp_path, one_day, LINE), {"turkey", "isis"})
    assert lines[0].start == lines[0].end == dt.date(2016, 12, 1)
    assert problems and "duplicate line id" in problems[0].message
