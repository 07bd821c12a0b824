"""warmap draft, round 4: the rules added on the error mechanisms of groups 0-3 (one test
each; no rule names a place, side or outlet of the gold texts, nor do these tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafting import claims_of, kinds, one

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2025, 3, 12)  # a Wednesday


def drafts(text, gazetteer, book, day=DAY):
    return claims_of(text, gazetteer, book, day)


def test_an_attribution_that_opens_the_clause_is_not_its_subject(gazetteer, book):
    text = "According to the army, the rebels launched an attack on Aleppo on Tuesday."
    claim = one(drafts(text, gazetteer, book), "movement", "advance")
    assert claim.side_id == "rebels"


def test_a_participle_after_its_actor_is_that_actors_act(gazetteer, book):
    text = "The rebels said they were chasing army units retreating toward Homs on Tuesday."
    claim = one(drafts(text, gazetteer, book), "movement", "retreat")
    assert "army" in claim.side_text and claim.side_id != "rebels"


def test_a_siege_since_an_old_date_is_a_lasting_state_not_background(gazetteer, book):
    text = "ISIS has imposed a blockade on Deir ez-Zor since May 10, 2023."
    claim = one(drafts(text, gazetteer, book), "control", "besieged")
    assert (claim.date, claim.date_precision) == ("2023-05-10", "day")


def test_under_partial_siege_for_months_dates_its_start_and_keeps_the_apposed_place(
        gazetteer, book):
    text = ("Aleppo, the army's last major foothold in the north, has been under partial "
            "siege for more than 16 months.")
    claims = drafts(text, gazetteer, book)
    siege = one(claims, "control", "besieged")
    assert (siege.date, siege.date_precision) == ("2023-11", "month")
    assert [p.text for p in siege.places] == ["Aleppo"]
    held = one(claims, "control", "held")  # "foothold": a holding, like "stronghold"
    assert [p.text for p in held.places] == ["Aleppo"]


def test_lost_needs_a_place_as_its_object(gazetteer, book):
    text = "The rebels lost significant leverage after fighting in Homs on Tuesday."
    assert ("control", "taken") not in kinds(drafts(text, gazetteer, book))
    claim = one(drafts("The rebels lost Homs on Tuesday.", gazetteer, book), "control", "taken")
    assert claim.side_id != "rebels"


def test_a_sentence_that_goes_on_with_a_report_takes_its_date_across_paragraphs(
        gazetteer, book):
    text = ("The army said its forces on Monday repelled an attack on Homs.\n\n"
            "It added that an air strike hit Hama.")
    claim = one(drafts(text, gazetteer, book), "event", "strike")
    assert (claim.date, claim.date_from) == ("2025-03-10", "text")


def test_a_date_of_the_report_yields_to_the_acts_own_date(gazetteer, book):
    text = "A local outlet on Tuesday reported that rebels attacked Homs on Monday."
    claim = one(drafts(text, gazetteer, book), "movement", "advance")
    assert claim.date == "2025-03-10"


def test_an_attack_by_drones_launched_by_a_side_is_that_sides_strike(gazetteer, book):
    text = "Homs was subjected to an attack on Monday by drones launched by the rebels."
    claim = one(drafts(text, gazetteer, book), "event", "strike")
    assert claim.side_id == "rebels" and claim.date == "2025-03-10"


def test_a_weapon_launched_by_a_side_makes_that_side_the_subject(gazetteer, book):
    text = "On Monday a drone launched by the rebels targeted Homs."
    claim = one(drafts(text, gazetteer, book), "event", "strike")
    assert claim.side_id == "rebels"


@pytest.mark.parametrize("sentence,table,kind", [
    ("On Monday the rebels wrestled Homs from the army.", "control", "taken"),
    ("On Monday the rebels were heading towards Homs.", "movement", "advance"),
    ("On Monday the rebels escaped toward Homs.", "movement", "retreat"),
    ("On Monday nine people were killed by tank fire in Homs.", "event", "strike"),
    ("On Monday the rebels fired on Homs.", "event", "strike"),
    ("On Monday the rebels blew up houses in Homs.", "event", "other"),
])
def test_cue_words_of_round_4(gazetteer, book, sentence, table, kind):
    assert (table, kind) in kinds(drafts(sentence, gazetteer, book))


def test_a_holders_word_before_stronghold_holds_the_place_before_a_dash(gazetteer, book):
    text = "The rebels attacked Homs — the last army stronghold in the region."
    held = one(drafts(text, gazetteer, book), "control", "held")
    assert [p.text for p in held.places] == ["Homs"] and held.side_id != "rebels"


def test_the_subject_of_a_relative_clause_is_the_actor_who_follows(gazetteer, book):
    text = "Most of the dead were rebels, who have recently wrestled Homs from the army."
    claim = one(drafts(text, gazetteer, book), "control", "taken")
    assert claim.side_id == "rebels"


def test_repelled_attacks_are_two_attacks_the_repellers_and_its_opponents(gazetteer, book):
    text = ("ISIS attacked Palmyra on Sunday. On Monday the Syrian army said it had repulsed "
            "attacks on bases in Homs.")
    sides = {c.side_id for c in drafts(text, gazetteer, book)
             if (c.table, c.kind) == ("event", "attack") and c.date == "2025-03-10"}
    assert len(sides) == 2 and "isis" in sides


def test_a_leading_after_clause_takes_the_main_clauses_subject(gazetteer, book):
    text = "After repelling the attack on Homs on Monday, the rebels seized weapons."
    claim = one(drafts(text, gazetteer, book), "event", "attack")
    assert claim.side_id == "rebels"


def test_where_after_x_of_y_is_about_x_not_its_locator(gazetteer, book):
    text = ("ISIS seized a village in the Homs governorate of central Syria, where it has been "
            "making territorial gains.")
    advance = one(drafts(text, gazetteer, book), "movement", "advance")
    assert "Homs" in advance.places[0].text


def test_which_is_and_is_under_control_holds_the_place_before_which(gazetteer, book):
    text = ("The village lies near Homs, which is the main city of the region and is under "
            "ISIS control.")
    held = one(drafts(text, gazetteer, book), "control", "held")
    assert [p.text for p in held.places] == ["Homs"]


def test_a_demonym_between_a_holder_word_and_its_place_is_part_of_the_object(
        gazetteer, book):
    text = "Fighters moved on the ISIS-held Syrian city of Raqqa on Thursday."
    held = one(drafts(text, gazetteer, book), "control", "held")
    assert [p.text for p in held.places] == ["Raqqa"]
