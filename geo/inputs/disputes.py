"""Rival claims (``data/disputes.csv``): each row contradicts one row of ``control.csv``,
``events.csv`` or ``movements.csv``, which keeps the best-supported version and says why in
its note; the map shows both.

A row is ``id,table,date,place_id,side,claim,quote,source,note,rivals``. The rivalled row
is the row of ``table`` with that ``date`` (a movement's ``start``) and ``place_id`` (a
movement's ``to_place`` or ``from_place``), and with the id ``rivals`` where several events
or movements share them; ``claim`` says what differs (another date, holder, extent, count or
figure); ``side`` is the side the rival claim gives or names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from geo.errors import Problem
from geo.inputs.checker import RowChecker
from geo.inputs.tables import Row
from geo.inputs.timeline import Timeline
from geo.vocab import DisputeTable, Severity


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
    #: The id of the rivalled row of events.csv or movements.csv ("" for control rows).
    rivals: str = ""


def rivalled_rows(timeline: Timeline, table: str, day: dt.date, place_id: str) -> list:
    """The rows of ``table`` (control, events or movements) of a dispute's date and place."""
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
    rows, check = RowChecker.open(path, "disputes")
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
        rivals = row["rivals"].strip() if timeline is None else \
            _rivalled(check, row, timeline, rivalled, day)
        if rivals is None:
            continue
        disputes.append(Dispute(row["id"], rivalled, day, row["place_id"], row["side"],
                                row["claim"], row["quote"], row["source"], row["note"],
                                row.line, rivals))
    return disputes, check.problems


def _rivalled(check: RowChecker, row: Row, timeline: Timeline, table: DisputeTable,
              day: dt.date) -> str | None:
    """The id of the row a dispute rivals ("" for a control row, or for every row of its date
    and place when several share them and ``rivals`` does not say which: a warning), or
    ``None`` (a problem reported)."""
    what = "start" if table == DisputeTable.MOVEMENTS else "date"
    named = row["rivals"].strip()
    if table == DisputeTable.CONTROL and named:
        check.problem(row, "rivals", "a control row has no id to name",
                      "rivals left empty for table control (the date and place name the row)")
        return None
    rows = rivalled_rows(timeline, table, day, row["place_id"])
    if not rows:
        check.problem(row, "date", f"no row of {table}.csv with this {what} and place",
                      f"the {what} and place of the row the claim rivals")
        return None
    if table == DisputeTable.CONTROL:
        return ""
    ids = [r.id for r in rows]
    if named and named not in ids:
        check.problem(row, "rivals", f"no row of {table}.csv with this id, {what} and place",
                      f"one of the ids of that {what} and place: {', '.join(ids)}")
        return None
    if not named and len(ids) > 1:  # shown with each of them until it says which
        check.problem(row, "rivals", f"{len(ids)} rows of {table}.csv have this {what} and "
                      f"place ({', '.join(ids)}); the map shows the claim with each",
                      "the id of the one the claim rivals", severity=Severity.WARNING)
        return ""
    return named or ids[0]
