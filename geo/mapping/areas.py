"""The area each side holds of a city or district on a day, with its states of control, and
numbers rounded to what the geometry supports.

A place held whole, besieged or encircled counts for its holder; a partly held place counts
its ``share`` for its holder (and the rest for the side holding the rest, when one is
named), or, with no share given, goes to the holder's ``partly`` total (some of it is held,
how much is not known); a contested place goes to the ``contested`` total. A figure is
*approximate* when any place it counts has an approximate boundary, an approximate holder,
or a share; it is then rounded to two significant digits, otherwise to three.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

import geopandas as gpd

from geo.inputs.timeline import ControlChange, Timeline
from geo.parse.gazetteer import Gazetteer


@dataclass(frozen=True)
class HeldAreas:
    """km² by side in one place on one day (unrounded)."""

    held: dict[str, float] = field(default_factory=dict)
    partly: dict[str, float] = field(default_factory=dict)
    contested: float = 0.0
    approximate: bool = False
    #: Quarters each side holds whole (or besieged), and those it holds part of.
    quarters: dict[str, int] = field(default_factory=dict)

    def rounded(self) -> tuple[dict[str, float], dict[str, float], float]:
        """``held``, ``partly`` and ``contested``, each rounded as :func:`round_area`."""
        def each(values: dict[str, float]) -> dict[str, float]:
            return {side: round_area(km2, self.approximate)
                    for side, km2 in sorted(values.items()) if km2 > 0}
        return each(self.held), each(self.partly), round_area(self.contested, self.approximate)


def round_area(km2: float, approximate: bool) -> float:
    """``km2`` to two significant digits when approximate, else three (0 stays 0)."""
    if km2 <= 0:
        return 0.0
    digits = (2 if approximate else 3) - 1 - math.floor(math.log10(km2))
    return round(km2, digits) if digits > 0 else float(round(km2, digits))


def rows_on(timeline: Timeline, day: dt.date, place_ids: Iterable[str]
            ) -> dict[str, ControlChange]:
    """The control row in force on ``day`` for each of ``place_ids`` that has one."""
    rows = {}
    for place_id in place_ids:
        history = [c for c in timeline.history(place_id) if c.date <= day]
        if history:
            rows[place_id] = history[-1]
    return rows


def held_areas(rows: dict[str, ControlChange], areas: dict[str, float],
               precisions: dict[str, str]) -> HeldAreas:
    """What each side holds of the places of ``rows`` (their areas in ``areas``, km²)."""
    held: dict[str, float] = {}
    partly: dict[str, float] = {}
    quarters: dict[str, int] = {}
    contested, approximate = 0.0, False
    for place_id, row in rows.items():
        km2 = float(areas.get(place_id, 0.0))
        approximate |= precisions.get(place_id, "").startswith("approximate") or \
            row.certainty == "approximate"
        if row.state == "contested":
            contested += km2
        elif row.state == "partial" and row.share is None:
            partly[row.side] = partly.get(row.side, 0.0) + km2
        elif row.state == "partial":
            approximate = True
            share = float(row.share or 0.0)
            held[row.side] = held.get(row.side, 0.0) + km2 * share / 100
            if row.by:
                held[row.by[0]] = held.get(row.by[0], 0.0) + km2 * (100 - share) / 100
        else:
            held[row.side] = held.get(row.side, 0.0) + km2
            quarters[row.side] = quarters.get(row.side, 0) + 1
    return HeldAreas(held, partly, contested, approximate, quarters)


def members_of(place_id: str, gazetteer: Gazetteer, timeline: Timeline) -> list[str]:
    """The quarters a city or district is made of: a city's quarters; a district's, those of
    its city that the district's side held first (East Aleppo: the quarters rebels held when
    their history starts). Empty for any other place."""
    place = gazetteer.get(place_id)
    if place is None:
        return []
    city = place_id if place.kind == "city" else place.parent if place.kind == "district" \
        else ""
    quarters = sorted(p.id for p in gazetteer.places.values()
                      if p.kind == "quarter" and p.parent == city and city)
    if place.kind != "district":
        return quarters
    side = "rebels" if place_id.startswith("east-") else "government"
    return [q for q in quarters if timeline.history(q) and timeline.history(q)[0].side == side]


def areas_of(geometries: gpd.GeoDataFrame) -> tuple[dict[str, float], dict[str, str]]:
    """Every place's area (km²) and boundary precision, by id."""
    return (dict(zip(geometries["id"], geometries["area_km2"], strict=True)),
            dict(zip(geometries["id"], geometries["precision"], strict=True)))
