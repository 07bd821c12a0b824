"""Helpers shared by the drafting tests: the claims of a text, their kinds, the one claim
of a kind (the side book of data/ is the `book` fixture of conftest.py)."""

from __future__ import annotations

import datetime as dt

from geo.draft.claims import draft_text


def claims_of(text: str, gazetteer, book, day: dt.date) -> list:
    """The claims ``warmap draft`` makes of ``text`` published on ``day``."""
    return draft_text(text, day, gazetteer, book, "t").claims


def kinds(claims) -> list[tuple[str, str]]:
    return [(c.table, c.kind) for c in claims]


def one(claims, table: str, kind: str):
    """The only claim of ``table`` and ``kind`` (the test fails when there are more)."""
    found = [c for c in claims if (c.table, c.kind) == (table, kind)]
    assert len(found) == 1, kinds(claims)
    return found[0]
