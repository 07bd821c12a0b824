"""Dated front lines: ``LineString`` and ``MultiLineString`` features of
``data/shapes.geojson``, drawn only where a source gives them.

A line's ``properties`` are ``line_id`` (unique), ``start`` and ``end`` (``YYYY-MM-DD``: the
days the source says the line held; ``end`` may be empty for one day), ``sides`` (the two
side ids it separates, ``|``-separated), ``precision`` (surveyed, drawn or approximate),
``source`` and ``quote`` (the source's words for it), and an optional ``note``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shapely
import shapely.errors
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from geo.errors import Problem, display_path
from geo.inputs.tables import parse_date

LINE_TYPES = ("LineString", "MultiLineString")
LINE_PRECISIONS = ("surveyed", "drawn", "approximate")


@dataclass(frozen=True)
class FrontLine:
    """A front line a source gives, from ``start`` to ``end`` (lon/lat, EPSG:4326)."""

    id: str
    start: dt.date
    end: dt.date
    sides: tuple[str, ...]
    precision: str
    source: str
    quote: str
    geometry: BaseGeometry
    note: str = ""
    feature: int = 0


def front_line(properties: Mapping[str, Any], geometry: BaseGeometry, feature: int,
               sides: Iterable[str] | None = None) -> tuple[FrontLine | None, list[tuple]]:
    """The front line of one feature, or ``None``, and its problems as ``(message, field,
    value, expected)``."""
    problems: list[tuple] = []

    def text(key: str) -> str:
        value = properties.get(key, "")
        return value.strip() if isinstance(value, str) else ""

    line_id = text("line_id")
    if not line_id:
        problems.append(("missing line id", "properties.line_id", "", "a unique line_id"))
    days = []
    for key in ("start", "end"):
        try:
            days.append(parse_date(text(key)) if text(key) else None)
        except ValueError:
            problems.append(("bad date", f"properties.{key}", text(key), "a date YYYY-MM-DD"))
            days.append(None)
    start, end = days[0], days[1] or days[0]
    if start is None and not any(p[1] == "properties.start" for p in problems):
        problems.append(("missing start date", "properties.start", "", "a date YYYY-MM-DD"))
    if start is not None and end is not None and end < start:
        problems.append(("ends before it starts", "properties.end", text("end"),
                         "an end on or after the start"))
    known = None if sides is None else set(sides)
    line_sides = tuple(s.strip() for s in text("sides").split("|") if s.strip())
    if len(line_sides) < 2 or (known is not None and not set(line_sides) <= known):
        problems.append(("a front line needs the two sides it separates", "properties.sides",
                         text("sides"), "two side ids of sides.csv, |-separated"))
    precision = text("precision") or "drawn"
    if precision not in LINE_PRECISIONS:
        problems.append(("unknown precision", "properties.precision", precision,
                         "one of " + ", ".join(LINE_PRECISIONS)))
    for key in ("source", "quote"):
        if not text(key):
            problems.append((f"empty {key}", f"properties.{key}", "",
                             "the source that gives the line, and its words"))
    if problems or start is None or end is None:
        return None, problems
    return FrontLine(line_id, start, end, line_sides, precision, text("source"), text("quote"),
                     geometry, text("note"), feature), problems


def read_front_lines(path: Path, sides: Iterable[str] | None = None
                     ) -> tuple[list[FrontLine], list[Problem]]:
    """The front lines of ``shapes.geojson`` (lon/lat, two-dimensional) and their problems,
    each naming the feature and the property. The file's polygons are
    :func:`geo.inputs.shapes.read_shapes`'s.

    Raises
    ------
    InputError
        When the file is not a GeoJSON FeatureCollection (as ``read_shapes``).
    """
    from geo.inputs.shapes import _read_collection, _reprojection, is_line_feature

    if not path.exists():
        return [], []
    name = display_path(path)
    collection = _read_collection(path, name)
    problems: list[Problem] = []
    reproject = _reprojection(collection, name, [])
    lines: list[FrontLine] = []
    seen: dict[str, int] = {}
    for index, feature in enumerate(collection["features"]):
        if not is_line_feature(feature):
            continue
        found = _line_geometry(feature["geometry"], reproject)
        properties = feature.get("properties") if isinstance(feature.get("properties"),
                                                              dict) else {}
        if found is None:
            problems.append(Problem(name, "bad line geometry", feature=index,
                                    field="geometry", expected="a LineString or "
                                    "MultiLineString of [longitude, latitude] positions"))
            continue
        line, reported = front_line(properties, found, index, sides)
        problems += [Problem(name, message, feature=index, field=field, value=value or None,
                             expected=expected) for message, field, value, expected in reported]
        if line is not None and line.id in seen:
            problems.append(Problem(name, f"duplicate line id (first at feature "
                                    f"{seen[line.id]})", feature=index,
                                    field="properties.line_id", value=line.id,
                                    expected="a unique line_id"))
        elif line is not None:
            seen[line.id] = index
            lines.append(line)
    return lines, problems


def _line_geometry(data: Any, reproject: Any) -> BaseGeometry | None:
    """A two-dimensional lon/lat line from a feature's geometry, or ``None``."""
    try:
        geometry = shapely.force_2d(shape(data))
        if reproject is not None:
            geometry = reproject(geometry)
    except (AttributeError, TypeError, ValueError, KeyError, IndexError,
            shapely.errors.ShapelyError):
        return None
    minx, miny, maxx, maxy = geometry.bounds if not geometry.is_empty else (0, 0, 999, 999)
    if geometry.is_empty or not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        return None
    return geometry
