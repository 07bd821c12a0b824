"""Words for readers: a movement as a headline writer would put it ("ISIS advance on
Palmyra from the north, 8-11 Dec, claimed") and spans of days ("30 Nov-2 Dec 2016")."""

from __future__ import annotations

import datetime as dt
import re

from geo.inputs.timeline import Movement, Side
from geo.parse.gazetteer import Gazetteer

COMPASS = ("north", "north-east", "east", "south-east", "south", "south-west", "west",
           "north-west")


def compass(bearing_deg: float) -> str:
    """The nearest of the eight compass points of a bearing (degrees from north)."""
    return COMPASS[round((bearing_deg % 360) / 45) % 8]


def date_span(start: dt.date, end: dt.date, year: bool = False) -> str:
    """``8–11 Dec``, ``30 Nov–2 Dec``, ``11 Dec`` (with the year when ``year`` or
    when the span crosses one).

    >>> date_span(dt.date(2016, 11, 30), dt.date(2016, 12, 2))
    '30 Nov–2 Dec'
    >>> date_span(dt.date(2016, 12, 30), dt.date(2017, 1, 2))
    '30 Dec 2016–2 Jan 2017'
    """
    def day(date: dt.date, with_month: bool = True, with_year: bool = False) -> str:
        text = f"{date.day}" + (f" {date:%b}" if with_month else "")
        return text + (f" {date.year}" if with_year else "")

    crosses = start.year != end.year
    if start == end:
        return day(start, with_year=year)
    if start.month == end.month and not crosses:
        return f"{day(start, with_month=False)}\u2013{day(end, with_year=year)}"
    return f"{day(start, with_year=crosses)}\u2013{day(end, with_year=year or crosses)}"


def short_side(side: Side | None, fallback: str) -> str:
    """A side's name without its parenthesis: "SDF / YPG (Kurdish-led)" -> "SDF / YPG"."""
    if side is None:
        return fallback
    return re.sub(r"\s*\([^)]*\)\s*$", "", side.name).strip() or side.name


def movement_label(movement: Movement, gazetteer: Gazetteer, sides: dict[str, Side],
                   derived: bool = False) -> str:
    """A movement for readers: who, what, where, when and how sure ("ISIS advance on
    Palmyra from the north, 8–11 Dec"; an end without a place is a compass point)."""
    def name(place_id: str) -> str:
        place = gazetteer.get(place_id)
        return place.name if place is not None else place_id

    who = short_side(sides.get(movement.side), movement.side)
    origin = name(movement.from_place) if movement.from_place else ""
    target = name(movement.to_place) if movement.to_place else ""
    away = f" from the {compass(movement.bearing_deg)}" \
        if movement.bearing_deg is not None and not origin else ""
    towards = f" towards the {compass(movement.bearing_deg)}" \
        if movement.bearing_deg is not None and not target else ""
    what = {
        "advance": f"advance on {target}{away}" if target else f"advance from {origin}{towards}",
        "retreat": f"retreat from {origin}" + (f" to {target}" if target else towards)
        if origin else f"retreat to {target}{away}",
        "reinforcement": "reinforcements" + (f" from {origin}" if origin else away) +
        (f" to {target}" if target else towards),
        "strike": f"strike on {target}{away}" if target else f"strike from {origin}{towards}",
    }.get(movement.kind, f"{movement.kind} {origin} to {target}".strip())
    if derived:
        what = f"advance into {target}"
    label = f"{who} {what}, {date_span(movement.start, movement.end)}"
    if movement.status in ("claimed", "planned"):
        label += f", {movement.status}"
    return label + (" (implied by the quarters changing hands)" if derived else "")
