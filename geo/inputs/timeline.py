"""Sides, control changes, movements and events by date: who holds what on any day.

Reads ``data/sides.csv``, ``data/control.csv``, ``data/movements.csv`` and
``data/events.csv``, checks every row (all problems are reported at once, each naming the
file, line and field), and answers :meth:`Timeline.control_state_on`.

A control row says that from its ``date`` on, ``place_id`` is held by ``side``; ``change``
is ``taken`` (it changed hands that day) or ``held`` (a statement of who held it then, used
as a baseline). The state of a place on a day is given by its latest row on or before that
day; before its first row the place has no known holder.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from geo.errors import InputError, Problem
from geo.inputs.checker import RowChecker, suggest
from geo.inputs.tables import Row, read_rows
from geo.vocab import (
    Certainty,
    Change,
    ControlState,
    EventStatus,
    MovementKind,
    MovementStatus,
    SidePattern,
)

#: The vocabularies, as tuples of strings (:mod:`geo.vocab` holds them).
CHANGES = Change.values()
CERTAINTIES = Certainty.values()
MOVEMENT_KINDS = MovementKind.values()
MOVEMENT_STATUSES = MovementStatus.values()
EVENT_STATUSES = EventStatus.values()
PATTERNS = SidePattern.values()
#: Rows further than this from every article's publication date stay out of the map's
#: default window (they still set the state inside it).
WINDOW_BEFORE = dt.timedelta(days=45)
WINDOW_AFTER = dt.timedelta(days=30)


@dataclass(frozen=True)
class Side:
    """A party to the conflict and how the map draws it."""

    id: str
    name: str
    colour: str
    pattern: SidePattern
    description: str
    source: str


@dataclass(frozen=True)
class ControlChange:
    """From ``date`` on, ``place_id`` is held by ``side``, in a ``state``: ``whole`` (the
    side holds all of it), ``partial`` (a ``share`` of it, in percent, or an unknown part
    when ``share`` is ``None``; ``by`` holds the rest), ``contested`` (fought over with the
    sides of ``by``), ``besieged`` or ``encircled`` (held, and cut off by the sides of
    ``by``)."""

    date: dt.date
    place_id: str
    side: str
    change: Change
    certainty: Certainty
    quote: str
    source: str
    note: str = ""
    line: int = 0
    state: ControlState = ControlState.WHOLE
    by: tuple[str, ...] = ()
    share: float | None = None


@dataclass(frozen=True)
class Movement:
    """A move of a side's forces over ``start``..``end`` (inclusive).

    It goes from ``from_place`` to ``to_place``; either end may instead be given by a
    bearing (degrees clockwise from north) and a distance (km) from the other end: towards
    the place for an arrival ("attack on Palmyra from the north-east"), away from it for a
    departure ("retreat towards the south-west").
    """

    id: str
    start: dt.date
    end: dt.date
    side: str
    kind: MovementKind
    status: MovementStatus
    from_place: str
    to_place: str
    bearing_deg: float | None
    distance_km: float | None
    quote: str
    source: str
    note: str = ""
    line: int = 0


@dataclass(frozen=True)
class Event:
    """Something that happened at a place on a day (a strike, an attack, a claim)."""

    id: str
    date: dt.date
    place_id: str
    kind: str
    side: str
    status: EventStatus
    label: str
    quote: str
    source: str
    line: int = 0
    note: str = ""


@dataclass
class _ChangeIndex:
    """What :class:`Timeline` precomputes from its control rows."""

    key: tuple[int, int]
    dates: list[dt.date]
    history: dict[str, list[ControlChange]]
    #: Rows applied so far, and the state they give (continued by later days).
    last: tuple[int, dict[str, str]] = field(default_factory=lambda: (0, {}))


@dataclass
class Timeline:
    """Everything dated: sides, control changes, movements and events."""

    sides: dict[str, Side]
    changes: list[ControlChange]
    movements: list[Movement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: Non-fatal problems found while loading (unknown columns ...), for the build to report.
    warnings: list[Problem] = field(default_factory=list, compare=False, repr=False)
    _change_index: _ChangeIndex | None = field(default=None, init=False, repr=False,
                                               compare=False)

    def places(self) -> list[str]:
        """Ids of the places with a control history, in first-seen order."""
        return list(dict.fromkeys(c.place_id for c in self.changes))

    def control_state_on(self, day: dt.date) -> dict[str, str]:
        """The side holding each place on ``day`` (places with no row yet are left out).

        Successive calls for later days cost only the rows in between (plus a copy of the
        state): the last state computed is kept and continued, so a day-by-day loop is
        linear in the rows, not quadratic.
        """
        index = self._index()
        end = bisect.bisect_right(index.dates, day)  # rows on or before ``day``
        done, state = index.last
        if done > end:
            done, state = 0, {}
        for change in self.changes[done:end]:  # sorted by date, then file order
            state[change.place_id] = change.side
        index.last = (end, state)
        return dict(state)

    def history(self, place_id: str) -> list[ControlChange]:
        """The control rows of one place, by date."""
        return list(self._index().history.get(place_id, ()))

    def _index(self) -> _ChangeIndex:
        """Dates and per-place rows of :attr:`changes`, rebuilt when the list changes."""
        key = (id(self.changes), len(self.changes))
        if self._change_index is None or self._change_index.key != key:
            history: dict[str, list[ControlChange]] = {}
            for change in self.changes:
                history.setdefault(change.place_id, []).append(change)
            self._change_index = _ChangeIndex(key, [c.date for c in self.changes], history)
        return self._change_index

    def movements_on(self, day: dt.date) -> list[Movement]:
        """Movements under way on ``day``."""
        return [m for m in self.movements if m.start <= day <= m.end]

    def events_on(self, day: dt.date) -> list[Event]:
        """Events of ``day``."""
        return [e for e in self.events if e.date == day]

    def window(self, publications: Iterable[dt.date] = ()) -> tuple[dt.date, dt.date]:
        """First and last day the map's slider shows.

        The span of the changes of hands, movements and events that lie near an article's
        publication date (45 days before to 30 after), and the publication dates themselves.
        """
        publications = sorted(publications)
        dates: list[dt.date] = list(publications)
        candidates = [c.date for c in self.changes if c.change is Change.TAKEN]
        for movement in self.movements:
            candidates += [movement.start, movement.end]
        candidates += [e.date for e in self.events]
        for day in candidates:
            # Near a publication p when p - WINDOW_BEFORE <= day <= p + WINDOW_AFTER, i.e.
            # some p lies in [day - WINDOW_AFTER, day + WINDOW_BEFORE] (a bisection).
            first = bisect.bisect_left(publications, day - WINDOW_AFTER)
            if not publications or (first < len(publications)
                                    and publications[first] <= day + WINDOW_BEFORE):
                dates.append(day)
        if not dates:
            dates = [c.date for c in self.changes] or [dt.date.today()]
        return min(dates), max(dates)

    def change_days(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """The days of ``start``..``end`` on which the map can change: ``start`` itself and
        each day with a control row (a bisection of the sorted rows, whatever the span)."""
        dates = self._index().dates
        first, last = bisect.bisect_right(dates, start), bisect.bisect_right(dates, end)
        return [start, *sorted(set(dates[first:last]))] if start <= end else []

    def control_table(self, start: dt.date, end: dt.date, daily: bool = False
                      ) -> pd.DataFrame:
        """``date,place_id,faction`` for every place with a history, on the days that matter.

        By default the days are :meth:`change_days`: the first day, then each day a control
        row falls on, every place on each (a place holds its side until its next date in
        the table). With ``daily`` every day from ``start`` to ``end`` is listed.
        """
        places = self.places()
        days = self.change_days(start, end) if not daily else \
            [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
        records: list[tuple[str, str, str]] = []
        for day in days:
            state = self.control_state_on(day)
            records.extend((day.isoformat(), place_id, state.get(place_id, ""))
                           for place_id in places)
        return pd.DataFrame.from_records(records, columns=["date", "place_id", "faction"])


# --- loading and checking ---------------------------------------------------------------

def read_sides(path: Path) -> dict[str, Side]:
    """Read ``sides.csv``: id, name, colour (#rrggbb), pattern, description, source."""
    return _read_sides(path)[0]


def _read_sides(path: Path) -> tuple[dict[str, Side], list[Problem]]:
    """:func:`read_sides` and its warnings."""
    rows, check = RowChecker.open(path, "sides")
    sides: dict[str, Side] = {}
    first_lines: dict[str, int] = {}
    for row in rows:
        ok = check.identifier(row, first_lines, "side")
        if not re.fullmatch(check.table.field("colour").pattern or "", row["colour"]):
            check.problem(row, "colour", "bad colour", "#rrggbb")
        pattern = check.choice(row, "pattern", SidePattern)
        check.text(row, "name")
        check.source(row)
        if ok and pattern is not None:
            sides[row["id"]] = Side(row["id"], row["name"], row["colour"].lower(), pattern,
                                    row["description"], row["source"])
    if check.failed:
        raise InputError(check.problems)
    return sides, check.problems


def load_timeline(data_dir: Path, place_ids: Iterable[str] | None) -> Timeline:
    """Read and check the dated tables of ``data_dir``.

    Parameters
    ----------
    data_dir : Path
        Folder with ``sides.csv``, ``control.csv`` and, optionally, ``movements.csv`` and
        ``events.csv``.
    place_ids : iterable of str or None
        The known place ids (``data/places.csv``), for checking references; ``None`` when
        they cannot be read (references are then not checked).

    Raises
    ------
    InputError
        With every problem of every file.
    """
    places = None if place_ids is None else set(place_ids)
    problems: list[Problem] = []
    side_ids: Iterable[str] | None
    try:
        sides, problems = _read_sides(data_dir / "sides.csv")
        side_ids = sides
    except InputError as error:
        problems += error.problems
        sides = {}
        side_ids = _ids(data_dir / "sides.csv")  # check references against what is there
    changes, change_problems = _read_control(data_dir / "control.csv", places, side_ids)
    problems += change_problems
    movements: list[Movement] = []
    events: list[Event] = []
    if (data_dir / "movements.csv").exists():
        movements, more = _read_movements(data_dir / "movements.csv", places, side_ids)
        problems += more
    if (data_dir / "events.csv").exists():
        events, more = _read_events(data_dir / "events.csv", places, side_ids)
        problems += more
    if any(p.is_error for p in problems):
        raise InputError(problems)
    changes.sort(key=lambda c: c.date)  # stable: same-day rows keep file order
    movements.sort(key=lambda m: (m.start, m.id))
    events.sort(key=lambda e: (e.date, e.id))
    return Timeline(sides, changes, movements, events, warnings=problems)


def _ids(path: Path) -> set[str] | None:
    """The ids a table holds, even when some of its rows are bad; ``None`` when its header
    is broken (other tables are then not checked against it: one cause, one message)."""
    try:
        return {row["id"] for row in read_rows(path, ("id",))[0] if row["id"]}
    except InputError:
        return None


def _read_control(path: Path, places: set[str] | None, sides: Iterable[str] | None
                  ) -> tuple[list[ControlChange], list[Problem]]:
    try:
        rows, check = RowChecker.open(path, "control")
    except InputError as error:
        return [], error.problems
    changes: list[ControlChange] = []
    seen: dict[tuple[dt.date, str], tuple[str, int]] = {}
    for row in rows:
        day = check.date(row, "date")
        place_ok = check.reference(row, "place_id", places, "place")
        side_ok = check.reference(row, "side", sides, "side")
        change = check.choice(row, "change", Change)
        certainty = check.choice(row, "certainty", Certainty)
        state = _control_state(check, row, sides)
        check.quote(row)
        check.source(row)
        if day is None or not place_ok or not side_ok or change is None or certainty is None \
                or state is None:
            continue
        key = (day, row["place_id"])
        if key in seen and seen[key][0] != row["side"]:
            check.problem(row, "side", f"contradicts line {seen[key][1]}, which gives "
                          f"'{seen[key][0]}' for the same place on the same day",
                          "one row per place per day (a place fought over is one row with "
                          "state contested and the other sides in by; rival reports go to "
                          "disputes.csv)")
            continue
        seen[key] = (row["side"], row.line)
        changes.append(ControlChange(day, row["place_id"], row["side"], change, certainty,
                                     row["quote"], row["source"], row["note"], row.line,
                                     *state))
    return changes, check.problems


def _control_state(check: RowChecker, row: Row, sides: Iterable[str] | None
                   ) -> tuple[ControlState, tuple[str, ...], float | None] | None:
    """A control row's ``state``, ``by`` and ``share``, or ``None`` (problems reported):
    contested, besieged and encircled need the sides of ``by``; a share goes with a
    partial (or contested) state; ``by`` names other sides than the row's own."""
    state = check.choice(row, "state", ControlState) if row["state"] else ControlState.WHOLE
    others = tuple(s.strip() for s in row["by"].split("|") if s.strip())
    share = check.number(row, "share")
    if state is None or (row["share"] and share is None):
        return None
    known = None if sides is None else set(sides)
    ok = True
    for other in others:
        if (known is not None and other not in known) or other == row["side"]:
            check.problem(row, "by", "unknown side, or the row's own side",
                          "other side ids of sides.csv, |-separated",
                          suggestion=suggest(other, known) if known else None)
            ok = False
    if state in (ControlState.CONTESTED, ControlState.BESIEGED,
                 ControlState.ENCIRCLED) and not others:
        check.problem(row, "by", f"a {state} place needs the sides that "
                      f"{'contest' if state == ControlState.CONTESTED else state[:-1]} it",
                      "side ids of sides.csv, |-separated")
        ok = False
    if state == ControlState.WHOLE and others:
        check.problem(row, "by", "by names other sides, but the state is whole",
                      "a state (partial, contested, besieged, encircled), or no by")
        ok = False
    if share is not None and state not in (ControlState.PARTIAL, ControlState.CONTESTED):
        check.problem(row, "share", f"a share, but the state is {state}",
                      "state partial (the side holds that share), or no share")
        ok = False
    return (state, others, share) if ok else None


def _read_movements(path: Path, places: set[str] | None, sides: Iterable[str] | None
                    ) -> tuple[list[Movement], list[Problem]]:
    try:
        rows, check = RowChecker.open(path, "movements")
    except InputError as error:
        return [], error.problems
    movements: list[Movement] = []
    ids: dict[str, int] = {}
    for row in rows:
        movement = _movement(check, row, ids, places, sides)
        if movement is not None:
            movements.append(movement)
    return movements, check.problems


def _movement(check: RowChecker, row: Row, ids: dict[str, int], places: set[str] | None,
              sides: Iterable[str] | None) -> Movement | None:
    """The movement of one row, or ``None`` (its problems reported)."""
    check.identifier(row, ids, "movement")
    start, end = check.date(row, "start"), check.date(row, "end")
    if start is not None and end is not None and end < start:
        check.problem(row, "end", f"ends before it starts ({row['start']})",
                      "an end date on or after the start date")
    ok = check.reference(row, "side", sides, "side")
    kind = check.choice(row, "kind", MovementKind)
    status = check.choice(row, "status", MovementStatus)
    for end_field in ("from_place", "to_place"):
        if row[end_field]:
            ok &= check.reference(row, end_field, places, "place")
    bearing = check.number(row, "bearing_deg")
    distance = check.number(row, "distance_km")
    ok &= _movement_ends(check, row, bearing, distance)
    check.quote(row)
    check.source(row)
    if not ok or start is None or end is None or end < start or kind is None or \
            status is None:
        return None
    return Movement(row["id"], start, end, row["side"], kind, status, row["from_place"],
                    row["to_place"], bearing, distance, row["quote"], row["source"],
                    row["note"], row.line)


def _movement_ends(check: RowChecker, row: Row, bearing: float | None,
                   distance: float | None) -> bool:
    """Whether the row gives both ends of its movement, and two different ones."""
    if row["from_place"] and row["to_place"]:
        if row["from_place"] == row["to_place"]:
            check.problem(row, "to_place", "the movement starts and ends at the same place",
                          "another place than from_place, or one end given by "
                          "bearing_deg and distance_km")
            return False
        return True
    if not (row["from_place"] or row["to_place"]):
        check.problem(row, "to_place", "movement has neither end", "from_place and/or to_place")
        return False
    if row["to_place"] and not (row["bearing_deg"] or row["distance_km"]):
        return True  # no origin given: drawn from the side's nearest held place, or a ring
    if bearing is None or distance is None:
        if not (row["bearing_deg"] and row["distance_km"]):  # else already reported as bad
            check.problem(row, "bearing_deg", "one end is missing and no bearing and "
                          "distance replace it", "bearing_deg and distance_km")
        return False
    return True


def _read_events(path: Path, places: set[str] | None, sides: Iterable[str] | None
                 ) -> tuple[list[Event], list[Problem]]:
    try:
        rows, check = RowChecker.open(path, "events")
    except InputError as error:
        return [], error.problems
    events: list[Event] = []
    ids: dict[str, int] = {}
    for row in rows:
        check.identifier(row, ids, "event")
        day = check.date(row, "date")
        ok = check.reference(row, "place_id", places, "place")
        if row["side"]:  # an event of no one side (a ceasefire) leaves it empty
            ok &= check.reference(row, "side", sides, "side")
        status = check.choice(row, "status", EventStatus)
        check.text(row, "label", "kind")
        check.quote(row)
        check.source(row)
        if ok and day and status is not None:
            events.append(Event(row["id"], day, row["place_id"], row["kind"], row["side"],
                                status, row["label"], row["quote"], row["source"], row.line,
                                row["note"]))
    return events, check.problems
