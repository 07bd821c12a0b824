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
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from geo.errors import InputError, Problem, display_path
from geo.inputs.tables import Row, parse_date, read_rows

CHANGES = ("taken", "held")
CERTAINTIES = ("confirmed", "claimed", "approximate")
MOVEMENT_KINDS = ("advance", "retreat", "reinforcement", "strike")
MOVEMENT_STATUSES = ("done", "claimed", "planned")
EVENT_STATUSES = ("reported", "claimed", "confirmed")
PATTERNS = ("solid", "hatch", "dots")
_COLOUR_RE = re.compile(r"#[0-9a-fA-F]{6}")
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
    pattern: str
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
    change: str
    certainty: str
    quote: str
    source: str
    note: str = ""
    line: int = 0
    state: str = "whole"
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
    kind: str
    status: str
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
    status: str
    label: str
    quote: str
    source: str
    line: int = 0


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
        candidates = [c.date for c in self.changes if c.change == "taken"]
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
        records = []
        for day in days:
            state = self.control_state_on(day)
            records.extend((day.isoformat(), place_id, state.get(place_id, ""))
                           for place_id in places)
        return pd.DataFrame.from_records(records, columns=["date", "place_id", "faction"])


# --- loading and checking ---------------------------------------------------------------

_EXPECTED_TEXT = {
    "quote": "the exact words of the source, in quotes if they hold a comma",
    "source": "a URL, a geonames:/wikidata:/osm: id or seed:<article file stem>",
    "label": "a short label for the map",
    "name": "the name shown on the map",
}


def _suggest(value: str, choices: Iterable[str]) -> str | None:
    matches = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


class _RowChecker:
    """Collects the problems of one file's rows."""

    def __init__(self, path: Path):
        self.name = display_path(path)
        self.problems: list[Problem] = []

    def problem(self, row: Row, field_name: str, message: str, expected: str | None = None,
                suggestion: str | None = None, severity: str = "error") -> None:
        self.problems.append(Problem(self.name, message, line=row.line, field=field_name,
                                     value=row[field_name], expected=expected,
                                     suggestion=suggestion, severity=severity))

    def date(self, row: Row, field_name: str) -> dt.date | None:
        try:
            return parse_date(row[field_name])
        except ValueError as error:
            self.problem(row, field_name, f"bad or impossible date: {error}",
                         "a date YYYY-MM-DD")
            return None

    def unique_id(self, row: Row, seen: dict[str, int], what: str) -> None:
        """Report a missing id, or an id already used on an earlier line; remember it."""
        if not row["id"]:
            self.problem(row, "id", "missing id", f"a unique id per {what}")
        elif row["id"] in seen:
            self.problem(row, "id", f"duplicate id (first at line {seen[row['id']]})",
                         f"a unique id per {what}")
        else:
            seen[row["id"]] = row.line

    def choice(self, row: Row, field_name: str, choices: Iterable[str] | None, what: str
               ) -> bool:
        """Whether the field holds one of ``choices`` (``None``: unknown, so not checked)."""
        if choices is None:
            return bool(row[field_name])
        choices = list(choices)
        if row[field_name] in choices:
            return True
        self.problem(row, field_name, f"unknown {what}", "one of " + ", ".join(sorted(choices))
                     if len(choices) <= 12 else f"an id from the {what} table",
                     suggestion=_suggest(row[field_name], choices))
        return False

    def text(self, row: Row, *field_names: str) -> None:
        for field_name in field_names:
            if not row[field_name]:
                self.problem(row, field_name, f"empty {field_name}", _EXPECTED_TEXT.get(
                    field_name, "a non-empty value"))

    def number(self, row: Row, field_name: str, low: float, high: float) -> float | None:
        if not row[field_name]:
            return None
        try:
            value = float(row[field_name])
            if not low <= value <= high:
                raise ValueError
            return value
        except ValueError:
            self.problem(row, field_name, "bad number", f"a number from {low:g} to {high:g}")
            return None


def read_sides(path: Path) -> dict[str, Side]:
    """Read ``sides.csv``: id, name, colour (#rrggbb), pattern, description, source."""
    return _read_sides(path)[0]


def _read_sides(path: Path) -> tuple[dict[str, Side], list[Problem]]:
    """:func:`read_sides` and its warnings."""
    rows, problems = read_rows(path, ("id", "name", "colour", "pattern", "description",
                                      "source"), ("aliases",))
    check = _RowChecker(path)
    check.problems += problems
    sides: dict[str, Side] = {}
    first_lines: dict[str, int] = {}
    for row in rows:
        check.unique_id(row, first_lines, "side")
        if not _COLOUR_RE.fullmatch(row["colour"]):
            check.problem(row, "colour", "bad colour", "#rrggbb")
        check.choice(row, "pattern", PATTERNS, "pattern")
        check.text(row, "name", "source")
        sides[row["id"]] = Side(row["id"], row["name"], row["colour"].lower(), row["pattern"],
                                row["description"], row["source"])
    if any(p.severity == "error" for p in check.problems):
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
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(problems)
    changes.sort(key=lambda c: c.date)  # stable: same-day rows keep file order
    movements.sort(key=lambda m: (m.start, m.id))
    events.sort(key=lambda e: (e.date, e.id))
    return Timeline(sides, changes, movements, events, warnings=problems)


def _ids(path: Path) -> list[str] | None:
    """The ids a table holds, even when some of its rows are bad; ``None`` if unreadable."""
    try:
        return [row["id"] for row in read_rows(path, ("id",))[0] if row["id"]]
    except InputError:
        return None


def _read_control(path: Path, places: set[str] | None, sides: Iterable[str] | None
                  ) -> tuple[list[ControlChange], list[Problem]]:
    try:
        rows, problems = read_rows(path, ("date", "place_id", "side", "quote", "source"),
                                   ("change", "certainty", "note"))
    except InputError as error:
        return [], error.problems
    check = _RowChecker(path)
    check.problems += problems
    changes: list[ControlChange] = []
    seen: dict[tuple[dt.date, str], tuple[str, int]] = {}
    for row in rows:
        day = check.date(row, "date")
        place_ok = check.choice(row, "place_id", places, "place")
        side_ok = check.choice(row, "side", sides, "side")
        change = row["change"] or "taken"
        certainty = row["certainty"] or "confirmed"
        if row["change"]:
            check.choice(row, "change", CHANGES, "change")
        if row["certainty"]:
            check.choice(row, "certainty", CERTAINTIES, "certainty")
        check.text(row, "quote", "source")
        if day is None or not place_ok or not side_ok:
            continue
        key = (day, row["place_id"])
        if key in seen and seen[key][0] != row["side"]:
            check.problem(row, "side", f"contradicts line {seen[key][1]}, which gives "
                          f"'{seen[key][0]}' for the same place on the same day",
                          "one side per place per day (put a contested place under "
                          "'contested')")
            continue
        seen[key] = (row["side"], row.line)
        changes.append(ControlChange(day, row["place_id"], row["side"], change, certainty,
                                     row["quote"], row["source"], row["note"], row.line))
    return changes, check.problems


def _read_movements(path: Path, places: set[str] | None, sides: Iterable[str] | None
                    ) -> tuple[list[Movement], list[Problem]]:
    try:
        rows, problems = read_rows(path, ("id", "start", "end", "side", "kind", "status",
                                          "from_place", "to_place", "quote", "source"),
                                   ("bearing_deg", "distance_km", "note"))
    except InputError as error:
        return [], error.problems
    check = _RowChecker(path)
    check.problems += problems
    movements: list[Movement] = []
    ids: dict[str, int] = {}
    for row in rows:
        check.unique_id(row, ids, "movement")
        start, end = check.date(row, "start"), check.date(row, "end")
        if start and end and end < start:
            check.problem(row, "end", f"ends before it starts ({row['start']})",
                          "an end date on or after the start date")
        ok = check.choice(row, "side", sides, "side")
        ok &= check.choice(row, "kind", MOVEMENT_KINDS, "movement kind")
        ok &= check.choice(row, "status", MOVEMENT_STATUSES, "movement status")
        for end_field in ("from_place", "to_place"):
            if row[end_field]:
                ok &= check.choice(row, end_field, places, "place")
        bearing = check.number(row, "bearing_deg", 0.0, 360.0)
        distance = check.number(row, "distance_km", 0.0, 5000.0)
        if not (row["from_place"] and row["to_place"]):
            if not (row["from_place"] or row["to_place"]):
                check.problem(row, "to_place", "movement has neither end",
                              "from_place and/or to_place")
                ok = False
            elif bearing is None or distance is None:
                check.problem(row, "bearing_deg", "one end is missing and no bearing and "
                              "distance replace it", "bearing_deg and distance_km")
                ok = False
        check.text(row, "quote", "source")
        if ok and start and end and end >= start:
            movements.append(Movement(row["id"], start, end, row["side"], row["kind"],
                                      row["status"], row["from_place"], row["to_place"],
                                      bearing, distance, row["quote"], row["source"],
                                      row["note"], row.line))
    return movements, check.problems


def _read_events(path: Path, places: set[str] | None, sides: Iterable[str] | None
                 ) -> tuple[list[Event], list[Problem]]:
    try:
        rows, problems = read_rows(path, ("id", "date", "place_id", "kind", "side", "status",
                                          "label", "quote", "source"))
    except InputError as error:
        return [], error.problems
    check = _RowChecker(path)
    check.problems += problems
    events: list[Event] = []
    ids: dict[str, int] = {}
    for row in rows:
        check.unique_id(row, ids, "event")
        day = check.date(row, "date")
        ok = check.choice(row, "place_id", places, "place")
        ok &= check.choice(row, "side", sides, "side")
        ok &= check.choice(row, "status", EVENT_STATUSES, "event status")
        check.text(row, "quote", "source", "label")
        if ok and day:
            events.append(Event(row["id"], day, row["place_id"], row["kind"], row["side"],
                                row["status"], row["label"], row["quote"], row["source"],
                                row.line))
    return events, check.problems
