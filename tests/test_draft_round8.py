"""warmap draft, round 8: rules added on the error mechanisms of groups 0-5 (all tuned on; one
test each; no rule names a place, side or outlet of the gold texts, nor do these tests)."""

from __future__ import annotations

import datetime as dt

from drafting import claims_of, kinds

DAY = dt.date(2025, 3, 12)  # a Wednesday


def drafts(text, gazetteer, book, day=DAY):
    return claims_of(text, gazetteer, book, day)


def test_a_capital_letter_check_in_a_cue_is_case_sensitive(gazetteer, book):
    # "strikes began": "began" is no capitalised place after the verb "strikes"
    text = ("Residents of Kupiansk had begun to leave their houses before the Russian strikes "
            "began.")
    assert kinds(drafts(text, gazetteer, book)) == []
    # a place's name after the verb is still the target
    strikes = [c for c in drafts("Russian troops shelled Kupiansk.", gazetteer, book)]
    assert [(c.kind, c.side_id, c.places[0].text) for c in strikes] == [
        ("strike", "russia", "Kupiansk")]
    # "striking the northwestern enclave's X": a possessive before the name
    text = "Turkish jets resumed their campaign, striking the enclave's Jinderes on Monday."
    assert ("event", "strike") in kinds(drafts(text, gazetteer, book))


def test_a_holder_in_lower_case_and_a_bare_flight(gazetteer, book):
    # "under rebel control": the capital check no longer has to match "rebel" by accident
    held = drafts("The town of Kupiansk remained under rebel control on Tuesday.", gazetteer,
                  book)
    assert kinds(held) == [("control", "held")]
    # fighters that "fled or were killed" withdrew from the place the text spoke of
    claims = drafts("Most Islamic State fighters in Ramadi fled or were killed.", gazetteer, book)
    assert [(c.kind, c.side_id) for c in claims] == [("withdrawn", "isis")]
    # civilians who flee withdraw from nothing
    assert kinds(drafts("In Ramadi, people fled and hid.", gazetteer, book)) == []


def test_the_town_of_the_region_is_an_anaphor(gazetteer, book):
    # "of the" after the noun is no name ("the town of Bakhmut"): the town the text spoke of
    text = ("Russian forces attacked Kupiansk on Monday. Fighting in the town of the region "
            "continued on Tuesday.")
    tuesday = [c for c in drafts(text, gazetteer, book) if c.date == "2025-03-11"]
    assert [(c.kind, c.places[0].text) for c in tuesday] == [("attack", "Kupiansk")]


def test_an_anti_actor_is_the_opponent_of_the_side_it_names(gazetteer, book):
    # "anti-jihadist operations" are the army's, not the jihadists'
    text = ("In Niger, the army said jihadists attacked Timbuktu. Anti-jihadist operations are "
            "deployed in Tillaberi.")
    deployed = [c for c in drafts(text, gazetteer, book) if c.kind == "deployment"]
    assert [c.side_id for c in deployed] == ["army"]
    # "anti-Houthi forces" are no Houthis
    claims = drafts("Anti-Houthi forces attacked Hodeidah on Monday.", gazetteer, book)
    assert claims and all(c.side_id != "houthis" for c in claims)
    # "anti-government" is no "government": the generic side it names is the rebels'
    from geo.draft.actors import find_actors

    actor, = find_actors("Anti-government fighters attacked Timbuktu.")
    assert (actor.identity, actor.generic) == ((), "rebels")


def test_the_accused_is_the_doer_of_the_act(gazetteer, book):
    # "X accused Y of attacking Z": Y's act, claimed
    claims = drafts("The army accused the RSF of attacking El Fasher on Monday.", gazetteer, book)
    assert [(c.side_id, c.certainty) for c in claims] == [("rsf", "claimed")]
    # a country accused is an actor, not a place
    claims = drafts("Ukraine accused Russia of shelling Kherson on Monday.", gazetteer, book)
    assert [(c.kind, c.side_id, c.certainty, c.places[0].text) for c in claims] == [
        ("strike", "russia", "claimed", "Kherson")]
    # "blamed X for", and a weapon after the verb: still the accused's
    claims = drafts("The RSF blamed the army for bombing Nyala on Monday.", gazetteer, book)
    assert [(c.side_id, c.certainty) for c in claims] == [("army", "claimed")]
    text = ("The TNLA said on Wednesday that it accused the junta of attacking Kyaukme with "
            "airstrikes.")
    assert [c.side_id for c in drafts(text, gazetteer, book)] == ["junta"]
    # the accuser's own act is its own
    claims = drafts("The army, which accused the RSF of lying, attacked Bara on Monday.",
                    gazetteer, book)
    assert [c.side_id for c in claims] == ["army"]
