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


def test_a_subject_that_engages_in_clashes_is_the_acting_side(gazetteer, book):
    text = "The Syrian army engaged in clashes with ISIS fighters in Palmyra on Monday."
    assert one(drafts(text, gazetteer, book), "event", "attack").side_id == "government"


def test_forces_under_the_command_of_a_side_are_that_sides(gazetteer, book):
    text = "Rebel forces under the command of the Turkish army have seized full control of Manbij."
    assert one(drafts(text, gazetteer, book), "control", "taken").side_id == "turkey"


def test_reinforcements_are_read_as_a_noun_of_the_actor_before_them(gazetteer, book):
    text = "Russian warplanes targeted ISIS military reinforcements before they reached Palmyra."
    assert one(drafts(text, gazetteer, book), "movement", "reinforcement").side_id == "isis"


def test_its_stronghold_is_held_by_the_actor_the_possessive_stands_for(gazetteer, book):
    text = "The rebels fought ISIS in its stronghold of Raqqa."
    assert one(drafts(text, gazetteer, book), "control", "held").side_id == "isis"


def test_the_side_driven_out_withdrew_unless_it_is_only_an_aim(gazetteer, book):
    claims = drafts("Turkish-backed rebels pushed ISIS fighters from al-Bab on Monday.",
                    gazetteer, book)
    assert one(claims, "control", "taken").side_id == "turkey"
    withdrawn = one(claims, "control", "withdrawn")
    assert withdrawn.side_id == "isis" and [p.text for p in withdrawn.places] == ["al-Bab"]
    for text in ("The army plans to drive ISIS out of Palmyra.",
                 "The army is working to push ISIS fighters away from Palmyra."):
        assert ("control", "withdrawn") not in kinds(drafts(text, gazetteer, book))


def test_an_act_so_long_after_another_is_dated_back_and_has_its_own_subject(gazetteer, book):
    text = ("Rebels attacked Quneitra on Thursday, a day after Syrian forces and Hezbollah "
            "fighters seized control of Qusayr.")
    claim = one(drafts(text, gazetteer, book, dt.date(2013, 6, 6)), "control", "taken")
    assert (claim.date, claim.date_precision) == ("2013-06-05", "day")
    assert claim.side_id == "government"
    text = "ISIS shelled Homs on Saturday, less than two weeks after it captured Palmyra."
    claim = one(drafts(text, gazetteer, book, dt.date(2025, 11, 8)), "control", "taken")
    assert (claim.date, claim.date_precision) == ("2025-10", "month")


def test_positions_held_by_a_side_in_a_place_are_the_seizures_place(gazetteer, book):
    text = "The Syrian army said it seized several forward positions held by ISIS in Palmyra."
    claim = one(drafts(text, gazetteer, book), "control", "taken")
    assert [p.text for p in claim.places] == ["Palmyra"]


def test_new_cues_of_taking_holding_contest_advance_and_deployment(gazetteer, book):
    claim = one(drafts("There was a report that ISIS forces were close to controlling the airport "
                       "in Palmyra.", gazetteer, book), "control", "taken")
    assert (claim.side_id, claim.certainty, claim.date) == ("isis", "planned", "")
    claim = one(drafts("Russian forces retained control of Palmyra on Monday.", gazetteer, book),
                "control", "held")
    assert claim.side_id == "russia"
    claims = drafts("Violent clashes are still taking place between the SDF and ISIS in areas "
                    "in the city of Raqqa.", gazetteer, book)
    assert [p.text for p in one(claims, "control", "contested").places] == ["Raqqa"]
    claim = one(drafts("Last month, ISIS expanded eastward in the Homs region.", gazetteer, book),
                "movement", "advance")
    assert claim.side_id == "isis" and claim.date == "2025-02"
    claim = one(drafts("Around 200 armed vehicles were dispatched by ISIS from the city of Palmyra "
                       "towards the area of Homs.", gazetteer, book), "movement", "advance")
    assert claim.side_id == "isis"
    assert [(p.text, p.role) for p in claim.places] == [("Palmyra", "from"), ("Homs", "to")]
    claim = one(drafts("The army defended Homs, a town under recent Russian pressure.", gazetteer,
                       book), "movement", "advance")
    assert claim.side_id == "russia" and [p.text for p in claim.places] == ["Homs"]
    claim = one(drafts("Russian forces kept up pressure on Homs.", gazetteer, book), "movement",
                "advance")
    assert claim.side_id == "russia"
    assert ("event", "deployment") in kinds(drafts("The rebels repositioned in the area of Homs.",
                                                   gazetteer, book))


def test_an_act_named_only_as_what_is_to_be_avoided_or_sought_is_no_claim(gazetteer, book):
    for text in ("“They’re retreating to avoid fighting in populated areas of Homs,” one said.",
                 "There is no political process to bring about a ceasefire in Homs."):
        assert drafts(text, gazetteer, book) == []


def test_a_subordinate_clause_keeps_its_own_date_and_lends_none(gazetteer, book):
    text = ("Last month, ISIS expanded eastward in the Homs region, after they took control of "
            "the city of Palmyra, the last stronghold of the army, in late February.")
    claims = drafts(text, gazetteer, book, dt.date(2025, 4, 6))
    assert one(claims, "movement", "advance").date == "2025-03"
    text = ("The government said its forces on Thursday had thwarted ISIS attacks in Homs, while "
            "making progress in the city of Aleppo, where fighting resumed on Tuesday.\n\n"
            "The army thwarted an ISIS attack on Palmyra, the army said.")
    claims = drafts(text, gazetteer, book, dt.date(2025, 3, 14))
    dates = {(c.kind, c.places[0].text): c.date for c in claims}
    assert dates[("advance", "Aleppo")] == "2025-03-13"  # the main clause's Thursday
    assert dates[("attack", "Aleppo")] == "2025-03-11"  # the relative clause's own Tuesday
    assert dates[("attack", "Palmyra")] == "2025-03-13"  # not the relative clause's


def test_two_sides_that_fight_have_no_one_acting_side(gazetteer, book):
    claim = one(drafts("ISIS fighters and government forces fought in Palmyra on Friday.",
                       gazetteer, book), "event", "attack")
    assert claim.side_id == ""
    claim = one(drafts("ISIS fighters and their allies fought in Palmyra on Friday.", gazetteer,
                       book), "event", "attack")
    assert claim.side_id == "isis"


def test_the_fighting_a_definite_noun_refers_back_to_keeps_its_side(gazetteer, book):
    text = ("The Syrian army engaged in clashes with ISIS fighters in Palmyra on Monday. "
            "The recent clashes occurred near Homs over two days.")
    sides = {c.places[0].text: c.side_id for c in drafts(text, gazetteer, book)}
    assert sides == {"Palmyra": "government", "Homs": "government"}
    text = "Clashes between ISIS and the army went on in Palmyra. The clashes spread to Homs."
    assert {c.side_id for c in drafts(text, gazetteer, book)} == {""}


def test_responding_to_an_assault_is_the_responders_attack(gazetteer, book):
    text = ("Images showed ISIS launching an attack on an army detachment in Palmyra, with the "
            "army responding to the assault.")
    claims = drafts(text, gazetteer, book)
    assert one(claims, "movement", "advance").side_id == "isis"
    assert one(claims, "event", "attack").side_id == "army"


def test_which_is_under_the_control_of_holds_the_place_its_region_locates(gazetteer, book):
    text = "The army shelled the city of Homs in Homs province, which is under the control of ISIS."
    claim = one(drafts(text, gazetteer, book), "control", "held")
    assert claim.side_id == "isis" and [p.text for p in claim.places] == ["Homs"]


def test_fighting_with_no_place_side_or_date_of_its_own_is_no_claim(gazetteer, book):
    text = "ISIS captured Palmyra on Monday. Fighting has displaced thousands, officials said."
    assert kinds(drafts(text, gazetteer, book)) == [("control", "taken")]
    text = "ISIS captured Palmyra on Monday. Heavy fighting went on there on Tuesday."
    attack = one(drafts(text, gazetteer, book), "event", "attack")  # a date of its own
    assert [p.text for p in attack.places] == ["Palmyra"]


def test_a_withdrawal_with_no_place_is_from_the_place_the_text_spoke_of(gazetteer, book):
    text = ("ISIS fought the army in Palmyra on Monday. “We had to withdraw to avoid civilian "
            "casualties,” he said.")
    claim = one(drafts(text, gazetteer, book), "control", "withdrawn")
    assert [p.text for p in claim.places] == ["Palmyra"]
    assert ("movement", "retreat") not in kinds(drafts(text, gazetteer, book))  # "to avoid"
    text = "ISIS attacked Palmyra on Monday. The last army soldiers abandoned their positions."
    claim = one(drafts(text, gazetteer, book), "control", "withdrawn")
    assert [p.text for p in claim.places] == ["Palmyra"] and "army" in claim.side_text
    assert drafts("Russia withdrew from the deal on Monday.", gazetteer, book) == []


def test_both_towns_stands_for_the_towns_of_the_last_claim(gazetteer, book):
    text = ("Russian troops attacked Palmyra and Homs on Monday. Russian forces remained in "
            "control of both towns, the ministry said.")
    claim = one(drafts(text, gazetteer, book), "control", "held")
    assert [p.text for p in claim.places] == ["Palmyra", "Homs"]


def test_targets_after_a_strike_verb_are_its_object(gazetteer, book):
    claim = one(drafts("US warplanes struck ISIS targets in Raqqa on Tuesday.", gazetteer, book),
                "event", "strike")
    assert [p.text for p in claim.places] == ["Raqqa"] and claim.side_id == "us"


def test_a_launched_missile_attack_is_a_strike_and_a_country_that_acts_is_an_actor(gazetteer,
                                                                                   book):
    claims = drafts("Russia launched a missile attack on Aleppo overnight.", gazetteer, book)
    assert kinds(claims) == [("event", "strike")] and claims[0].side_id == "russia"
    claim = one(drafts("Turkey carried out airstrikes on Afrin on Monday.", gazetteer, book),
                "event", "strike")
    assert claim.side_id == "turkey"


def test_handed_over_takes_the_place_inside_the_phrase(gazetteer, book):
    text = "The rebels handed over the town of Manbij to the army under a ceasefire."
    claim = one(drafts(text, gazetteer, book), "control", "taken")
    assert [p.text for p in claim.places] == ["Manbij"] and claim.side_id == "army"


def test_an_attempt_named_by_its_side_is_that_sides(gazetteer, book):
    text = "Rebel fighters repelled Russian attempts to advance towards Homs."
    claim = one(drafts(text, gazetteer, book), "movement", "advance")
    assert claim.side_id == "russia" and claim.certainty == "planned"


def test_more_verbs_of_war_and_weapons_named_by_their_side(gazetteer, book):
    claim = one(drafts("Turkish tanks rolled into Afrin on Tuesday.", gazetteer, book),
                "movement", "advance")
    assert claim.side_id == "turkey"
    claim = one(drafts("Turkish troops raided Afrin on Tuesday.", gazetteer, book), "event",
                "attack")
    assert claim.side_id == "turkey"
    claim = one(drafts("ISIS launched drones at army positions in Palmyra.", gazetteer, book),
                "event", "strike")
    assert claim.side_id == "isis"
    claim = one(drafts("Russian missiles struck Aleppo overnight, killing three people.",
                       gazetteer, book), "event", "strike")
    assert claim.side_id == "russia"
    for text in ("Drone strikes hit Aleppo on Sunday.",
                 "With shells falling near Aleppo, residents fled."):
        assert all(c.side_id == "" for c in drafts(text, gazetteer, book))


def test_advanced_to_within_a_distance_of_a_place_is_an_advance_on_it(gazetteer, book):
    claim = one(drafts("Russian forces advanced to within 5 km of Homs, the ministry said.",
                       gazetteer, book), "movement", "advance")
    assert [p.text for p in claim.places] == ["Homs"] and claim.side_id == "russia"


def test_a_withdrawal_towards_a_place_did_not_leave_it(gazetteer, book):
    claims = drafts("ISIS fighters retreated from Palmyra towards Raqqa on Monday.", gazetteer,
                    book)
    assert [p.text for p in one(claims, "control", "withdrawn").places] == ["Palmyra"]
    retreat = one(claims, "movement", "retreat")
    assert [(p.text, p.role) for p in retreat.places] == [("Palmyra", "from"), ("Raqqa", "to")]


def test_weapons_that_attack_strike_and_a_claim_to_have_acted_keeps_its_subject(gazetteer,
                                                                                book):
    claim = one(drafts("Turkish drones attacked an oil depot in Afrin overnight.", gazetteer,
                       book), "event", "strike")
    assert claim.side_id == "turkey"
    claim = one(drafts("ISIS claimed to have shot down a Russian jet over Palmyra.", gazetteer,
                       book), "event", "attack")
    assert claim.side_id == "isis" and claim.certainty == "claimed"
    claim = one(drafts("Homs has been under ISIS siege since May 2024.", gazetteer, book),
                "control", "besieged")
    assert claim.side_id == "isis" and claim.date == "2024-05"


def test_two_own_dates_of_different_precision_are_two_happenings(gazetteer, book):
    text = ("Fighting has raged in Palmyra in recent weeks, officials said. The clashes on "
            "Tuesday in Palmyra were the fiercest in months.")
    dates = sorted(c.date for c in drafts(text, gazetteer, book))
    assert dates == ["2025-03", "2025-03-11"]


def test_holders_named_in_their_participle_and_in_control_phrases(gazetteer, book):
    claim = one(drafts("Residents of Russian-occupied Aleppo reported explosions overnight.",
                       gazetteer, book), "control", "held")
    assert claim.side_id == "russia"
    claims = drafts("The ISIS-run town of Raqqa was bombed by army aircraft.", gazetteer, book)
    assert one(claims, "control", "held").side_id == "isis"
    assert one(claims, "event", "strike").side_id not in ("", "isis")
    text = ("Homs, which Russian forces have been trying to capture for months, remains under "
            "Turkish control.")
    claims = drafts(text, gazetteer, book)
    held = one(claims, "control", "held")
    assert (held.side_id, held.certainty) == ("turkey", "fact")
    assert one(claims, "control", "taken").certainty == "planned"


def test_troops_stationed_somewhere_deploy_there(gazetteer, book):
    claim = one(drafts("Turkish troops are stationed in five positions near Afrin.", gazetteer,
                       book), "event", "deployment")
    assert claim.side_id == "turkey"


def test_glide_bombs_strike_and_a_ceasefire_in_a_country_is_there(gazetteer, book):
    claim = one(drafts("Russian glide bombs hit residential buildings in Aleppo.", gazetteer,
                       book), "event", "strike")
    assert claim.side_id == "russia"
    claim = one(drafts("A ceasefire took effect in Lebanon on Wednesday.", gazetteer, book),
                "event", "ceasefire")
    assert [p.text for p in claim.places] == ["Lebanon"]
    text = "Mediators from Egypt and Qatar proposed a ceasefire on Wednesday."
    assert drafts(text, gazetteer, book) == []


def test_the_leads_act_takes_the_date_the_next_sentence_gives(gazetteer, book):
    text = ("The Syrian army has said that it seized several positions held by ISIS in "
            "Palmyra. According to the army, ISIS fighters launched an attack on Palmyra on "
            "Tuesday.")
    claim = one(drafts(text, gazetteer, book), "control", "taken")
    assert (claim.date, claim.date_from) == ("2025-03-11", "text")


def test_the_lead_looks_two_sentences_on_for_its_date(gazetteer, book):
    text = ("ISIS fighters attacked Palmyra, officials said. Nine people were rescued. "
            "The clash took place on Monday near the town.")
    claim = next(c for c in drafts(text, gazetteer, book) if c.start == 0)
    assert claim.date == "2025-03-10"


def test_moves_from_one_place_towards_another_and_counts_of_a_side(gazetteer, book):
    claim = one(drafts("ISIS fighters moved from Palmyra towards Homs on Sunday.", gazetteer,
                       book), "movement", "advance")
    assert [(p.text, p.role) for p in claim.places] == [("Palmyra", "from"), ("Homs", "to")]
    claims = drafts("Turkish troops pushed south from Afrin towards Aleppo.", gazetteer, book)
    assert kinds(claims) == [("movement", "advance")]
    claim = one(drafts("Thousands of ISIS fighters marched on Palmyra from the north.",
                       gazetteer, book), "movement", "advance")
    assert claim.side_id == "isis"


def test_an_unplaced_name_is_a_place_wherever_the_text_writes_it(gazetteer, book):
    text = ("Russian forces captured the village of Zorvetsk near Homs on Sunday. Rebel troops "
            "withdrew from Zorvetsk towards Homs.")
    claims = drafts(text, gazetteer, book)
    assert [p.text for p in one(claims, "control", "withdrawn").places] == ["Zorvetsk"]


def test_a_jihadist_group_is_an_actor_and_holds_its_hub(gazetteer, book):
    claim = one(drafts("Raqqa, the jihadist group's largest Syrian hub, was hit by airstrikes.",
                       gazetteer, book), "control", "held")
    assert "jihadist group" in claim.side_text
