"""The drafts a build carries: every article drafted, less what was decided or data/ holds.

``warmap build`` drafts the articles of ``seeds/`` as ``warmap draft`` does, leaves out
the drafts ``drafts/decisions.csv`` accepted or rejected, and those about what a row of
``data/`` already says: the same table, kind, place and day (:func:`row_key`). What is
left are the unreviewed drafts the map shows apart and ``out/drafts/`` lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geo.draft.records import Drafts, ProposedSide
from geo.draft.rows import claim_rows
from geo.draft.store import DraftRow, DraftStore, drafts_csv, undecided_rows
from geo.inputs.timeline import Timeline
from geo.parse.gazetteer import Gazetteer

#: What identifies a row of control.csv, movements.csv or events.csv for the build:
#: ``(table, kind, place, day)``.
RowKey = tuple[str, str, str, str]


@dataclass(frozen=True)
class PendingDraft:
    """A draft no one has decided on: its row, and how sure its claim is (``fact``,
    ``claimed``, ``planned``, ``denied``; empty for a side)."""

    row: DraftRow
    certainty: str = ""


@dataclass
class BuildDrafts:
    """The drafts of a build: the pending ones, the proposed sides they name, and how many
    were left out as decided before or as rows ``data/`` already holds."""

    pending: list[PendingDraft] = field(default_factory=list)
    sides: list[ProposedSide] = field(default_factory=list)
    decided: int = 0
    in_data: int = 0

    def files(self) -> dict[str, str]:
        """``control.csv``, ``movements.csv``, ``events.csv`` and ``sides.csv`` as
        ``warmap draft`` writes them, by name."""
        return drafts_csv([p.row for p in self.pending])


def _control_kind(state: str, change: str) -> str:
    return state if state not in ("", "whole") else change


def row_key(table: str, fields: dict[str, str]) -> RowKey | None:
    """What a row is about: its table, kind (a control row's state, else its change), place
    (a movement's destination, else its start) and day; ``None`` without a place or day."""
    if table == "control":
        key = (_control_kind(fields.get("state", ""), fields.get("change", "")),
               fields.get("place_id", ""), fields.get("date", ""))
    elif table == "movement":
        key = (fields.get("kind", ""), fields.get("to_place") or fields.get("from_place", ""),
               fields.get("start", ""))
    elif table == "event":
        key = (fields.get("kind", ""), fields.get("place_id", ""), fields.get("date", ""))
    else:
        return None
    return (table, *key) if key[1] and key[2] else None


def data_keys(timeline: Timeline) -> set[RowKey]:
    """The :func:`row_key` of every control, movement and event row of the story's checked
    tables."""
    keys = {("control", _control_kind(str(c.state), str(c.change)), c.place_id,
             c.date.isoformat()) for c in timeline.changes}
    keys |= {("movement", str(m.kind), m.to_place or m.from_place, m.start.isoformat())
             for m in timeline.movements}
    keys |= {("event", e.kind, e.place_id, e.date.isoformat()) for e in timeline.events}
    return keys


def pending_drafts(drafts: Drafts, decided: dict[str, str], in_data: set[RowKey]
                   ) -> BuildDrafts:
    """The drafts neither decided (``decided``: key -> decision) nor in ``in_data``."""
    certainty = {key: claim.certainty for claim in drafts.claims
                 for key, _fields in claim_rows(claim)}
    rows, skipped = undecided_rows(drafts, decided)
    result = BuildDrafts(decided=skipped)
    for row in rows:
        if row_key(row.table, row.fields) in in_data:
            result.in_data += 1
        else:
            result.pending.append(PendingDraft(row, certainty.get(row.key, "")))
    named = {p.row.fields.get("side", "") for p in result.pending}
    result.sides = [s for s in drafts.sides if s.id in named]
    return result


def build_drafts(articles: Iterable, gazetteer: Gazetteer, timeline: Timeline, data_dir: Path,
                 drafts_dir: Path, method: str = "rules") -> BuildDrafts:
    """Draft ``articles`` (``geo.inputs.articles.Article``) with the story's places and
    sides, as ``warmap draft`` does, and keep what :func:`pending_drafts` keeps against the
    checked ``timeline`` of ``data_dir`` (``drafts_dir`` holds the decisions)."""
    from geo.draft.claims import draft_articles
    from geo.draft.sides import side_book

    drafts = draft_articles(articles, gazetteer, side_book(data_dir, gazetteer), method)
    decided = DraftStore(drafts_dir, data_dir).decisions()
    return pending_drafts(drafts, decided, data_keys(timeline))


__all__ = ["BuildDrafts", "PendingDraft", "build_drafts", "data_keys", "pending_drafts",
           "row_key"]
