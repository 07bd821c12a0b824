"""warmap draft, round 10: rules added on the error mechanisms of groups 0-7 (all tuned on; one
test each; no rule names a place, side or outlet of the gold texts, nor do these tests)."""

from __future__ import annotations

import datetime as dt

from drafting import claims_of

DAY = dt.date(2025, 3, 12)  # a Wednesday


def drafts(text, gazetteer, book, day=DAY):
    return claims_of(text, gazetteer, book, day)


def test_a_present_perfect_without_a_time_is_dated_at_publication(gazetteer, book):
    # "have captured" in a sentence giving no time: the state at the story's day, not
    # Monday's, the day an earlier sentence told
    text = ("Russian forces shelled Kupiansk on Monday. Russian forces have also captured "
            "Izium, officials said.")
    dates = {(c.table, c.kind): c.date for c in drafts(text, gazetteer, book)}
    assert dates[("event", "strike")] == "2025-03-10"
    assert dates[("control", "taken")] == "2025-03-12"
    # a past tense still borrows Monday (rule 7), and so does a perfect infinitive
    for verb in ("also captured", "are thought to have captured"):
        text = f"Russian forces shelled Kupiansk on Monday. Russian forces {verb} Izium."
        dates = {(c.table, c.kind): c.date for c in drafts(text, gazetteer, book)}
        assert dates[("control", "taken")] == "2025-03-10", verb


def test_an_ongoing_act_without_a_time_is_dated_at_publication(gazetteer, book):
    # "ongoing shelling" in a sentence giving no time: the story's day, not Monday's
    text = ("Russian forces captured Izium on Monday. Civilians in Kupiansk continue to "
            "suffer from ongoing Russian shelling, officials said.")
    dates = {(c.table, c.kind): c.date for c in drafts(text, gazetteer, book)}
    assert dates[("control", "taken")] == "2025-03-10"
    assert dates[("event", "strike")] == "2025-03-12"
    # without "ongoing" the shelling still borrows Monday (rule 7)
    text = ("Russian forces captured Izium on Monday. Civilians in Kupiansk suffered from "
            "Russian shelling, officials said.")
    dates = {(c.table, c.kind): c.date for c in drafts(text, gazetteer, book)}
    assert dates[("event", "strike")] == "2025-03-10"
