"""warmap draft, round 6: rules added on the error mechanisms of groups 0-4 (one test each;
no rule names a place, side or outlet of the gold texts, nor do these tests)."""

from __future__ import annotations

import datetime as dt

from drafting import claims_of, kinds, one

DAY = dt.date(2025, 3, 12)  # a Wednesday


def drafts(text, gazetteer, book, day=DAY):
    return claims_of(text, gazetteer, book, day)


def test_an_attributive_retreat_participle_is_its_nouns_not_the_chasers(gazetteer, book):
    for text in ("Government forces had been chasing away ISIS's fleeing forces toward Palmyra.",
                 "Government forces chased the fleeing ISIS fighters toward Palmyra."):
        assert one(drafts(text, gazetteer, book), "movement", "retreat").side_id == "isis"
    # a participle after its actor keeps that actor
    claim = one(drafts("ISIS fighters retreating toward Palmyra were hit.", gazetteer, book),
                "movement", "retreat")
    assert claim.side_id == "isis"
    assert ("movement", "retreat") in kinds(
        drafts("Government forces retreated toward Palmyra.", gazetteer, book))


def test_a_body_named_by_its_of_phrase_is_not_the_storys_government(gazetteer, book):
    text = ("Army units under the command of the Government of National Unity have seized "
            "full control of Homs.")
    claim = one(drafts(text, gazetteer, book), "control", "taken")
    assert claim.side_id != "government"
    assert "National Unity" in claim.side
    # the generic body keeps its side
    claim = one(drafts("The government forces seized full control of Homs.", gazetteer, book),
                "control", "taken")
    assert claim.side_id == "government"


def test_an_attack_against_a_sides_positions_is_not_that_sides(gazetteer, book):
    text = ("Rebels said the province was freed. Government forces retook the base on Monday. "
            "There were attacks against government checkpoints in Homs province.")
    claims = [c for c in drafts(text, gazetteer, book) if (c.table, c.kind) == ("event", "attack")]
    assert claims and all(c.side_id != "government" for c in claims)
    assert claims[-1].side_id == "rebels"


def test_an_indefinite_act_dated_otherwise_is_not_the_later_named_one(gazetteer, book):
    text = ("ISIS has launched attacks in recent weeks. On March 3, ISIS claimed it killed 40 "
            "soldiers during an attack on a base in Palmyra. ISIS claimed attacks on army "
            "outposts and the town of Homs in early March.")
    attacks = [c for c in drafts(text, gazetteer, book) if (c.table, c.kind) == ("event", "attack")]
    assert sorted((c.date, c.places[0].text) for c in attacks) == [
        ("2025-03", "Homs"), ("2025-03-03", "Palmyra")]


def test_a_strike_on_a_sides_stronghold_of_a_place_strikes_that_place(gazetteer, book):
    claims = drafts("Rebels shelled the ISIS stronghold of Homs on Monday.", gazetteer, book)
    strike = one(claims, "event", "strike")
    assert [p.text for p in strike.places] == ["Homs"] and strike.side_id == "rebels"
    assert one(claims, "control", "held").side_id == "isis"
