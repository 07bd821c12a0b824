"""warmap draft, round 5: the rules added on the error mechanisms of groups 0-3 (one test
each; no rule names a place, side or outlet of the gold texts, nor do these tests)."""

from __future__ import annotations

import datetime as dt

from drafting import claims_of, kinds, one

DAY = dt.date(2025, 3, 12)  # a Wednesday


def drafts(text, gazetteer, book, day=DAY):
    return claims_of(text, gazetteer, book, day)


def test_a_background_date_of_the_same_class_is_not_borrowed(gazetteer, book):
    text = ("The city has served as a base for government forces since they were pushed out "
            "of Homs in January. The rebels captured Hama.")
    claim = one(drafts(text, gazetteer, book, dt.date(2025, 12, 10)), "control", "taken")
    assert [p.text for p in claim.places] == ["Hama"]
    assert claim.date == "2025-12-10"


def test_a_noun_cue_whose_long_subject_goes_on_with_would_is_hypothetical(gazetteer, book):
    for text in ("The capture of Homs province's capital would represent a blow to Damascus.",
                 "The capture of Homs, the capital of Homs province, would be a blow."):
        assert ("control", "taken") not in kinds(drafts(text, gazetteer, book))
    claim = one(drafts("The capture of Homs by the rebels on Monday was a blow.", gazetteer,
                       book), "control", "taken")
    assert [p.text for p in claim.places] == ["Homs"]


def test_a_month_named_may_is_no_modal(gazetteer, book):
    text = "ISIS has imposed a blockade on Deir ez-Zor since May 10, 2024, despite warnings."
    claim = one(drafts(text, gazetteer, book), "control", "besieged")
    assert claim.date == "2024-05-10"


def test_taken_refuge_is_no_taking_and_reclaimed_is(gazetteer, book):
    assert ("control", "taken") not in kinds(
        drafts("Families have taken refuge in the city of Homs.", gazetteer, book))
    claim = one(drafts("The army reclaimed Homs on Monday.", gazetteer, book), "control",
                "taken")
    assert claim.side_id == "army" or "army" in claim.side.lower()
