"""Rival claims (``data/disputes.csv``): each row contradicts one row of ``control.csv``,
``events.csv`` or ``movements.csv``, which keeps the best-supported version and says why in
its note; the map shows both.

A row is ``id,table,date,place_id,side,claim,quote,source,note``. The rivalled row is the
row of ``table`` with that ``date`` (a movement's ``start``) and ``place_id`` (a movement's
``to_place`` or ``from_place``); ``claim`` says what differs (another date, holder, extent,
count or figure); ``side`` is the side the rival claim gives or names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from geo.errors import Problem, display_path
from geo.inputs.tables import parse_date, read_rows
from geo.inputs.timeline import Timeline

TABLES = ("control", "events", "movements")
COLUMNS = ("id", "table", "date", "place_id", "side", "claim", "quote", "source", "note")


@dataclass(frozen=True)
class Dispute:
    """A rival claim about one row of the timeline."""

    id: str
    table: str
    date: dt.date
    place_id: str
    side: str
    claim: str
    quote: str
    source: str
    note: str = ""
    line: int = 0


def rivalled_rows(timeline: Timeline, table: str, day: dt.date, place_id: str) -> list:
    """The rows of ``table`` (control, events or movements) that a dispute names."""
    if table == "control":
        return [c for c in timeline.history(place_id) if c.date == day]
    if table == "events":
        return [e for e in timeline.events if e.date == day and e.place_id == place_id]
    return [m for m in timeline.movements
            if m.start == day and place_id in (m.to_place, m.from_place)]


def read_disputes(path: Path, places: set[str] | None = None, sides: set[str] | None = None,
                  timeline: Timeline | None = None) -> tuple[list[Dispute], list[Problem]]:
    """The disputes of ``path`` (none when it does not exist) and every problem of its rows:
    a missing or repeated id, an unknown table, place or side, a bad date, an empty claim,
    quote or source, and a rivalled row that is not in ``timeline``.

    Raises
    ------
    InputError
        When the file cannot be read at all (see :func:`geo.inputs.tables.read_rows`).
    """
    if not path.exists():
        return [], []
    rows, problems = read_rows(path, COLUMNS)
    name = display_path(path)
    disputes: list[Dispute] = []
    seen: set[str] = set()

    def problem(line: int, field: str, value: str, message: str, expected: str) -> None:
        problems.append(Problem(name, message, line=line, field=field, value=value,
                                expected=expected))

    for row in rows:
        bad = len(problems)
        if not row["id"] or row["id"] in seen:
            problem(row.line, "id", row["id"], "missing or duplicate id", "a unique id")
        seen.add(row["id"])
        if row["table"] not in TABLES:
            problem(row.line, "table", row["table"], "unknown table", "one of " +
                    ", ".join(TABLES))
        try:
            day = parse_date(row["date"])
        except ValueError:
            problem(row.line, "date", row["date"], "bad date", "a date YYYY-MM-DD")
            day = None
        if places is not None and row["place_id"] not in places:
            problem(row.line, "place_id", row["place_id"], "unknown place",
                    "an id of places.csv")
        if sides is not None and row["side"] and row["side"] not in sides:
            problem(row.line, "side", row["side"], "unknown side", "an id of sides.csv")
        for column in ("claim", "quote", "source"):
            if not row[column]:
                problem(row.line, column, "", f"empty {column}", "a non-empty value")
        if len(problems) == bad and day is not None and timeline is not None and \
                not rivalled_rows(timeline, row["table"], day, row["place_id"]):
            what = "start" if row["table"] == "movements" else "date"
            problem(row.line, "date", row["date"], f"no row of {row['table']}.csv with this "
                    f"{what} and place", f"the {what} and place of the row the claim rivals")
        if len(problems) == bad and day is not None:
            disputes.append(Dispute(row["id"], row["table"], day, row["place_id"], row["side"],
                                    row["claim"], row["quote"], row["source"], row["note"],
                                    row.line))
    return disputes, problems
