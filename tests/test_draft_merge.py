"""warmap draft: restatements merged, weapons that tell an assault, acts that refer back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from geo.draft.claims import draft_text
from geo.draft.merge import merge_restatements, restates
from geo.draft.records import Claim, ClaimPlace

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2016, 12, 12)


def _place(place_id):
    return ClaimPlace("at", place_id, place_id, place_id, "town", 34.5, 38.3, 0, 1)


def _claim(kind="taken", table="control", places=("palmyra",), side="isis", date="2016-12-11",
           date_from="own", certainty="fact", start=0, **more):
    return Claim("t", table, kind, start, start + 10, "quote", date, "day",
                 tuple(_place(p) for p in places), side, side, side, certainty, "rules:x",
                 trigger=(start, start + 5), date_from=date_from, places_from="own", **more)


def test_a_restatement_is_merged_into_its_first_statement():
    first = _claim(date="2016-12-12", date_from="publication")
    later = _claim(start=50)
    (merged,) = merge_restatements([first, later])
    assert (merged.start, merged.date, merged.date_from) == (0, "2016-12-11", "restated")


@pytest.mark.parametrize("later", [
    _claim(start=50, places=("palmyra", "raqqa")),       # adds a place
    _claim(start=50, side="government"),                # another side
    _claim(start=50, certainty="denied"),               # a denial
    _claim(start=50, date="2016-12-09"),                # a day of its own
    _claim(start=50, kind="withdrawn"),                 # another kind
])
def test_what_is_no_restatement(later):
    assert not restates(later, _claim())


def test_an_advance_and_an_attack_are_one_class():
    attack = _claim(table="event", kind="attack", start=50, date_from="publication")
    assert restates(attack, _claim(table="movement", kind="advance"))


def test_a_weapon_tells_an_assault():
    attack = _claim(table="event", kind="attack")
    strike = _claim(table="event", kind="strike", start=0)
    assert merge_restatements([attack, strike]) == [strike]


def test_an_act_that_refers_back_restates_the_last_of_its_class():
    first = _claim(table="event", kind="attack", places=("boulikessi",))
    back = replace(_claim(table="event", kind="attack", start=90, side="ansarul-islam",
                          date="2019-06-11"), refers_back=True)
    assert merge_restatements([first, back]) == [first]


def test_restatements_in_a_text(gazetteer, book):
    text = ("Palmyra fell to ISIS on Sunday. ISIS took Palmyra, the army said. "
            "The Houthis made new advances amid ongoing clashes near Marib on Tuesday.")
    claims = draft_text(text, DAY, gazetteer, book, "t").claims
    assert [(c.table, c.kind) for c in claims] == [("control", "taken"),
                                                   ("movement", "advance")]


def test_a_definite_act_without_a_place_restates_the_one_before(gazetteer, book):
    text = ("Assailants attacked an army camp in the community of Boulikessi on Sunday. "
            "The attack on the camp caused heavy losses, the government said.")
    claims = draft_text(text, DAY, gazetteer, book, "t").claims
    assert len(claims) == 1 and claims[0].places[0].text == "Boulikessi"
