"""Arrows of movements, and the advances implied by quarters changing hands (lon/lat).

A movement with both ends is an arrow between their points; with one end and a bearing and
distance, the other end is placed along the bearing. A movement with only its target (an
attack "on Palmyra", its origin not given) is drawn from the nearest place that its side
held, whole, on the day before it started (a town's, a quarter's or a site's point) when
one lies within :data:`MAX_ORIGIN_KM` of the target; otherwise it is drawn as a ring round
its target (``Arrow.ring``), never from a made-up origin.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shapely.geometry import LineString, Point, Polygon

from geo.geodesy import GEOD
from geo.inputs.timeline import Movement, Timeline
from geo.parse.gazetteer import Gazetteer, Place
from geo.vocab import Certainty, MovementKind, MovementStatus

#: How far (km) from its target the nearest place of a side may be for a movement of that
#: side without an origin to be drawn from it.
MAX_ORIGIN_KM = 60.0
#: Place kinds whose points can be the origin of such a movement.
ORIGIN_KINDS = ("city", "town", "quarter", "site", "district")


@dataclass(frozen=True)
class Arrow:
    """A movement drawn as a shaft and a triangular head (lon/lat, EPSG:4326); or, for a
    movement whose origin is not known (``ring``), as a ring round its target, whose shaft
    and head are then that point."""

    movement: Movement
    shaft: LineString
    head: Polygon | Point
    derived: bool = False
    ring: bool = False
    #: Where the origin came from, when the movement gives none ("" otherwise).
    origin_note: str = ""

    @property
    def head_points(self) -> list[tuple[float, float]]:
        """The head's outline (lon/lat), closed; empty for a ring."""
        if isinstance(self.head, Polygon):
            return [(x, y) for x, y, *_ in self.head.exterior.coords]
        return []


def nearest_held_origin(movement: Movement, timeline: Timeline, gazetteer: Gazetteer,
                        max_km: float = MAX_ORIGIN_KM) -> Place | None:
    """The nearest place (of :data:`ORIGIN_KINDS`) that the movement's side held whole on
    the day before it started, within ``max_km`` of its target; ``None`` if there is none."""
    target = gazetteer.get(movement.to_place) if movement.to_place else None
    if target is None:
        return None
    day = movement.start - dt.timedelta(days=1)
    best, best_km = None, max_km
    for place_id in timeline.places():
        rows = [c for c in timeline.history(place_id) if c.date <= day]
        place = gazetteer.get(place_id)
        if not rows or place is None or place.kind not in ORIGIN_KINDS or place_id == target.id:
            continue
        if rows[-1].side != movement.side or rows[-1].state not in ("whole", "besieged"):
            continue
        km = GEOD.inv(place.lon, place.lat, target.lon, target.lat)[2] / 1000.0
        if km < best_km:
            best, best_km = place, km
    return best


def _endpoint(place: Place, movement: Movement) -> tuple[float, float]:
    """The end ``movement.distance_km`` along ``movement.bearing_deg`` from ``place``."""
    if movement.bearing_deg is None or movement.distance_km is None:
        raise ValueError(f"movement {movement.id!r}: an end without a place needs a bearing "
                         "and a distance (inputs not checked?)")
    lon, lat, _ = GEOD.fwd(place.lon, place.lat, movement.bearing_deg,
                           movement.distance_km * 1000.0)
    return lon, lat


def movement_arrow(movement: Movement, gazetteer: Gazetteer, derived: bool = False,
                   timeline: Timeline | None = None) -> Arrow:
    """The arrow of a movement: from its origin to its destination.

    A missing end is placed ``distance_km`` along ``bearing_deg`` from the other: for an
    arrival the bearing says where the attackers came from; for a departure, where to. An
    arrival with neither origin nor bearing comes from :func:`nearest_held_origin` (given
    the ``timeline``), or is a ring round its target.
    """
    origin = gazetteer.get(movement.from_place) if movement.from_place else None
    target = gazetteer.get(movement.to_place) if movement.to_place else None
    note = ""
    if origin is None and target is not None and movement.bearing_deg is None:
        origin = nearest_held_origin(movement, timeline, gazetteer) \
            if timeline is not None else None
        if origin is None:
            point = Point(target.lon, target.lat)
            return Arrow(movement, LineString([point, point]), point, derived, ring=True,
                         origin_note="origin not given: drawn as a ring at its target")
        note = (f"origin not given: drawn from {origin.name}, the nearest place "
                f"{movement.side} held the day before")
    if origin is not None and target is not None:
        start, end = (origin.lon, origin.lat), (target.lon, target.lat)
    elif target is not None:
        start, end = _endpoint(target, movement), (target.lon, target.lat)
    elif origin is not None:
        start, end = (origin.lon, origin.lat), _endpoint(origin, movement)
    else:
        raise ValueError(f"movement {movement.id!r}: neither end is a known place "
                         "(inputs not checked?)")
    forward, _, length = GEOD.inv(start[0], start[1], end[0], end[1])
    head_m = min(max(length * 0.22, 120.0), 9000.0)
    back = forward + 180.0
    left = GEOD.fwd(end[0], end[1], back - 24.0, head_m)[:2]
    right = GEOD.fwd(end[0], end[1], back + 24.0, head_m)[:2]
    neck = GEOD.fwd(end[0], end[1], back, head_m * 0.8)[:2]
    shaft = LineString([start, neck])
    head = Polygon([end, left, right, end])
    return Arrow(movement, shaft, head, derived, origin_note=note)


def derived_advances(timeline: Timeline, gazetteer: Gazetteer, max_km: float = 3.0
                     ) -> list[Movement]:
    """Advances implied by quarters changing hands: an arrow from the nearest quarter of
    the same city that the taking side held the day before. Marked ``derived``."""
    movements = []
    # One sweep over the rows (sorted by date): ``held`` is the control state of the day
    # before the current row, split by the places' parent so that only the quarters of the
    # same city are searched (each city's dict keeps the state's order, hence its ties).
    held: dict[str, dict[str, str]] = {}
    applied = 0
    changes = timeline.changes
    for change in changes:
        while applied < len(changes) and changes[applied].date < change.date:
            row = changes[applied]
            known = gazetteer.get(row.place_id)
            if known is not None:
                held.setdefault(known.parent, {})[row.place_id] = row.side
            applied += 1
        place = gazetteer.get(change.place_id)
        # A handover by agreement (an evacuation) is no advance; nor is a place that is
        # only contested, besieged or encircled.
        if change.change != "taken" or change.state not in ("whole", "partial") or \
                place is None or place.kind != "quarter":
            continue
        best, best_km = None, max_km
        for other_id, side in held.get(place.parent, {}).items():
            other = gazetteer.get(other_id)
            if side != change.side or other is None or other.parent != place.parent or \
                    other.id == place.id:
                continue
            km = GEOD.inv(other.lon, other.lat, place.lon, place.lat)[2] / 1000.0
            if km < best_km:
                best, best_km = other, km
        if best is None:
            continue
        status = MovementStatus.CLAIMED if change.certainty == Certainty.CLAIMED else \
            MovementStatus.DONE
        movements.append(Movement(
            id=f"derived-{change.place_id}-{change.date.isoformat()}", start=change.date,
            end=change.date, side=change.side, kind=MovementKind.ADVANCE, status=status,
            from_place=best.id, to_place=place.id, bearing_deg=None, distance_km=None,
            quote=change.quote, source=change.source,
            note=f"derived: {change.side} took {place.name}; drawn from the nearest quarter "
                 f"it held the day before ({best.name})", line=change.line))
    return movements
