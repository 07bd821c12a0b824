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

from geo.errors import Problem
from geo.inputs import schema
from geo.inputs.checker import RowChecker
from geo.inputs.tables import read_schema_rows
from geo.inputs.timeline import Timeline
from geo.vocab import DisputeTable


@dataclass(frozen=True)
class Dispute:
    """A rival claim about one row of the timeline."""

    id: str
    table: DisputeTable
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
    each value against the schema (``disputes`` of ``geo/inputs/datapackage.json``), places
    and sides against their tables, and the rivalled row against ``timeline``.

    Raises
    ------
    InputError
        When the file cannot be read at all (see :func:`geo.inputs.tables.read_rows`).
    """
    if not path.exists():
        return [], []
    table = schema.table("disputes")
    rows, problems = read_schema_rows(path, table)
    check = RowChecker(path, table)
    check.problems += problems
    disputes: list[Dispute] = []
    seen: dict[str, int] = {}
    for row in rows:
        before = len(check.problems)
        check.identifier(row, seen, "rival claim")
        rivalled = check.choice(row, "table", DisputeTable)
        day = check.date(row, "date")
        check.reference(row, "place_id", places, "place")
        if row["side"]:
            check.reference(row, "side", sides, "side")
        check.text(row, "claim")
        check.quote(row)
        check.source(row)
        if len(check.problems) > before or day is None or rivalled is None:
            continue
        if timeline is not None and not rivalled_rows(timeline, rivalled, day, row["place_id"]):
            what = "start" if rivalled == DisputeTable.MOVEMENTS else "date"
            check.problem(row, "date", f"no row of {rivalled}.csv with this {what} and place",
                          f"the {what} and place of the row the claim rivals")
            continue
        disputes.append(Dispute(row["id"], rivalled, day, row["place_id"], row["side"],
                                row["claim"], row["quote"], row["source"], row["note"],
                                row.line))
    return disputes, check.problems
