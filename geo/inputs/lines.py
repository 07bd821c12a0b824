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
from typing import Any

from shapely.geometry.base import BaseGeometry

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
