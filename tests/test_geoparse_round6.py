"""Geoparser behaviours of round 6 (issue 11, the world's places): general mechanisms
found on the wars and world news texts of bench/gold_world, tested on small texts of
their own."""

from __future__ import annotations

from geoparsing import toponyms as _toponyms

from geo.parse.geoparse import geoparse

# --- one place per name: a small town the text gives a reason for, wherever it recurs ----

def test_a_small_town_placed_once_is_that_place_where_it_recurs(gazetteer):
    text = ("Gangs struck the city of Mirebalais in central Haiti.\n\n"
            "Mirebalais officials could not be reached.\n\n"
            "“They tried to defend Mirebalais,” he said.")
    found = [(m.text, m.place_id) for m in geoparse(text, gazetteer).mentions
             if m.text == "Mirebalais"]
    assert found == [("Mirebalais", "geonames:3720811")] * 3


def test_a_recurring_small_town_without_any_reason_stays_out(gazetteer):
    # neither mention has a reason: repeating a name is none
    text = "Mirebalais officials met. They tried to defend Mirebalais."
    assert [t for t in _toponyms(text, gazetteer) if t[1] == "resolved"] == []


# --- names with inner particles, and towns joined by hyphens -------------------------------

def test_a_name_with_an_inner_particle_is_one_name(gazetteer):
    assert _toponyms("Gangs in Port-au-Prince attacked the prison.", gazetteer) == [
        ("Port-au-Prince", "resolved", "geonames:3718426")]
    assert ("Boulogne-sur-Mer", "resolved", "geonames:3031133") in _toponyms(
        "Ferries from Boulogne-sur-Mer to Paris were cancelled.", gazetteer)


def test_a_particle_alone_makes_no_name(gazetteer):
    # "au" inside a name only: lower-case words around it stay ordinary words
    assert _toponyms("They went au naturel on Monday.", gazetteer) == []


def test_a_big_city_after_a_hyphen_ends_a_road_not_a_persons_name(gazetteer):
    found = _toponyms("Northwest Axis: Masisi-Walikale-Lubutu-Kisangani", gazetteer)
    assert ("Kisangani", "resolved", "geonames:212730") in found


def test_a_hyphenated_given_name_still_hides_the_word_after_it(gazetteer):
    # "Pierre" folds like "Piraeus", but is no city spelled so: still a person's name
    assert _toponyms("Jean-Pierre Paris said the talks had failed.", gazetteer) == []


# --- English words among the name particles ------------------------------------------------

def test_at_between_two_names_is_a_preposition_not_an_article(gazetteer):
    text = "Flood warnings were issued for the River Erewash at Ilkeston in Derbyshire."
    assert ("Ilkeston", "resolved", "geonames:2646274") in _toponyms(text, gazetteer)


# --- a small town with one candidate, which the text puts as a place -----------------------

def test_a_unique_small_town_after_a_verb_of_war_is_placed(gazetteer):
    # Soledar (10,000 people in GeoNames) is the only place of its name
    assert _toponyms("Russian forces captured Soledar.", gazetteer) == [
        ("Soledar", "resolved", "geonames:706757")]
    assert _toponyms("Troops entered Soledar on Monday.", gazetteer) == [
        ("Soledar", "resolved", "geonames:706757")]


def test_a_small_town_at_one_end_of_a_route_from_a_place_of_its_country(gazetteer):
    assert _toponyms("Fighting spread from Kherson to Soledar.", gazetteer) == [
        ("Kherson", "resolved", "geonames:706448"), ("Soledar", "resolved", "geonames:706757")]


def test_a_weak_preposition_alone_places_no_small_town(gazetteer):
    # "to X" stands before people too: without a place of its country it stays set aside
    parse = geoparse("Fighting spread to Soledar.", gazetteer)
    assert [m for m in parse.mentions if m.cls == "toponym"] == []
    assert [m.text for m in parse.set_aside] == ["Soledar"]


def test_towns_announced_alone_in_two_countries_are_placed_neither(gazetteer):
    # nothing else ties either to the article: two countries, no choice between them
    found = _toponyms("Fires raged in Alberta. Bathers fled in Port St Johns.", gazetteer)
    assert [t[1] for t in found] == ["unresolved", "unresolved"]


# --- a unit named after a river ------------------------------------------------------------

def test_a_county_named_after_its_river_is_the_county(gazetteer):
    text = ("Floods hit Kenya. More water could flow to parts of Garissa and Tana River "
            "counties. Hundreds are stranded in Tana River county.")
    found = [(m.text, m.place_id) for m in geoparse(text, gazetteer).mentions
             if m.text == "Tana River"]
    assert found == [("Tana River", "geonames:179585")] * 2  # the county of Kenya


def test_a_river_cue_takes_no_town_of_its_first_word(gazetteer):
    # "Tana" alone is a town of Madagascar and of India: the river is none of them
    found = [m for m in geoparse("The Tana River burst its banks.", gazetteer).mentions
             if m.text.startswith("Tana")]
    assert all(m.place_id in ("", "geonames:179585") for m in found)


# --- a direction and a country, where small towns bear the two words as one name ------------

def test_south_and_a_country_is_the_south_of_the_country(gazetteer):
    # South Lebanon is also a town of Ohio and one of Oregon
    assert _toponyms("Ground incursions in South Lebanon continued.", gazetteer) == [
        ("South Lebanon", "resolved", "lebanon~south")]
    assert _toponyms("Airstrikes hit Qana village, south Lebanon, on Wednesday.",
                     gazetteer)[-1] == ("south Lebanon", "resolved", "lebanon~south")


def test_names_that_open_with_a_direction_and_are_no_small_towns_stand(gazetteer):
    found = _toponyms("Refugees fled South Sudan and North Korea for East London.", gazetteer)
    assert [(t, p) for t, _, p in found] == [("South Sudan", "geonames:7909807"),
                                             ("North Korea", "geonames:1873107"),
                                             ("East London", "geonames:1006984")]


# --- an English word the text uses as a place's name, also where a heading writes it --------

def test_a_word_written_as_a_name_elsewhere_is_a_name_in_a_heading(gazetteer):
    text = ("Severe flood warnings are still in place in areas of Rugby and some villages "
            "in Warwickshire.\n- River Swift at Rugby, including Brownsover Road and Swift "
            "Park.")
    found = [(m.start, m.place_id) for m in geoparse(text, gazetteer).mentions
             if m.text == "Rugby"]
    assert [p for _, p in found] == ["geonames:2638978"] * 2
    assert found[1][0] == text.index("Rugby,")


def test_a_word_never_written_as_a_name_stays_a_word_in_a_heading(gazetteer):
    # "Rugby" only in a title-case line: the game, no town
    text = "Rugby World Cup Tickets On Sale Now\nFans queued for hours on Monday."
    assert [m for m in geoparse(text, gazetteer).mentions if m.text == "Rugby"] == []


# --- a settlement said to lie in a first-level unit ---------------------------------------

def test_a_town_the_layer_lacks_lies_in_the_unit_the_text_puts_it_in(gazetteer):
    parse = geoparse("RSF forces had retaken the town of Al-Khuwayyi in West Kordofan, "
                     "reversing gains.", gazetteer)
    town, unit = [m for m in parse.mentions if m.cls == "toponym"]
    assert (unit.text, unit.place_id) == ("West Kordofan", "geonames:408659")
    assert town.text == "Al-Khuwayyi" and town.status == "resolved"
    assert town.place_id.startswith("geonames:408659~by:")
    assert (town.lat, town.lon) == (unit.lat, unit.lon)


def test_a_namesake_outside_the_unit_gives_way_to_the_unit(gazetteer):
    # the Illinka of GeoNames lie in Russia, Crimea and Odesa oblast, none in Donetsk
    parse = geoparse("Russian forces had seized the village of Illinka in Donetsk region.",
                     gazetteer)
    village = next(m for m in parse.mentions if m.text == "Illinka")
    assert village.place_id.startswith("geonames:709716~by:")  # by Donetsk oblast


def test_a_town_inside_the_unit_it_is_said_to_lie_in_stays_itself(gazetteer):
    parse = geoparse("Fighting went on in Kherson in Kherson Oblast.", gazetteer)
    assert [(m.text, m.place_id) for m in parse.mentions] == [
        ("Kherson", "geonames:706448"), ("Kherson Oblast", "geonames:706442")]


# --- an English word that only a small town's other name is --------------------------------

def test_an_english_word_that_is_only_a_small_towns_alternate_name_is_no_place(gazetteer):
    # "Victory" is an alternate name of Juneau, Wisconsin (2,700 people): the team here
    text = "Melbourne City earned bragging rights against crosstown rival Victory."
    assert "Victory" not in [m.text for m in geoparse(text, gazetteer).mentions]


def test_a_small_town_whose_own_name_is_an_english_word_stays(gazetteer):
    found = _toponyms("A tornado hit the town of Hope in Arkansas on Monday.", gazetteer)
    assert found[0] == ("Hope", "resolved", "geonames:4115181")


# --- a unit named with its unit word is no namesake of a town ------------------------------

def test_a_county_named_as_such_stays_the_county_whatever_town_it_lies_by(gazetteer):
    # Hinton of Iowa is no town of the world layer (under 1,000 people); Hinton of West
    # Virginia is: the county must not follow it there
    text = ("Tornadoes touched down in Iowa, Nebraska and South Dakota. Four were in Iowa "
            "- in rural Plymouth County, near Hinton in Plymouth County.")
    found = [(m.text, m.place_id) for m in geoparse(text, gazetteer).mentions
             if m.text in ("Plymouth County", "Hinton")]
    assert found[0] == ("Plymouth County", "geonames:4871708")  # Iowa's
    assert found[2] == ("Plymouth County", "geonames:4871708")
    assert found[1][1].startswith("geonames:4871708~by:")  # Hinton lies in it


# --- a name the gazetteer lacks after "in", "into", "around" or a verb of war ----------------

def test_an_unknown_name_after_in_is_an_unresolved_place(gazetteer):
    assert _toponyms("Militants reported control of a military outpost in Barsalogho on "
                     "August 24.", gazetteer) == [("Barsalogho", "unresolved", "")]
    assert ("Nur Dugle", "unresolved", "") in _toponyms(
        "Al-Shabaab seized Nur Dugle after a brief but intense battle.", gazetteer)


def test_in_before_english_words_a_heading_or_a_possessor_announces_no_place(gazetteer):
    for text in ("Hundreds Killed in Jihadist Attack in Burkina Faso",
                 "The minister confirms in Twitter Dmytro Koleba.",
                 "It was said in Parliament on Monday.",
                 "The vote in Kabamba's council was close."):
        names = [m.text for m in geoparse(text, gazetteer).mentions]
        assert not {"Jihadist Attack", "Twitter Dmytro Koleba", "Parliament",
                    "Kabamba"} & set(names), text


# --- a river named in the British order -----------------------------------------------------

def test_river_before_its_name_is_a_river(gazetteer):
    found = _toponyms("Flood warnings were issued for the River Erewash at Ilkeston in "
                      "Derbyshire.", gazetteer)
    assert found[0] == ("River Erewash", "unresolved", "")
    assert ("Ilkeston", "resolved", "geonames:2646274") in found


def test_river_after_a_name_is_still_that_names_river_or_unit(gazetteer):
    # "River" after a capitalised name opens no name of its own
    found = _toponyms("Water could flow to parts of Garissa and Tana River counties.",
                      gazetteer)
    assert ("Tana River", "resolved", "geonames:179585") in found
    assert "River" not in [t for t, _, _ in found]


# --- a possessive direction that opens the next name --------------------------------------

def test_a_direction_after_a_possessive_that_opens_a_name_belongs_to_that_name(gazetteer):
    found = [(m.text, m.place_id) for m in
             geoparse("Fighting raged in Sudan's North Kordofan State.", gazetteer).mentions]
    assert found == [("Sudan", "geonames:366755"), ("North Kordofan State", "geonames:408667")]
    # a direction that opens no name still qualifies the place before it
    assert [(m.text, m.place_id) for m in geoparse("An occupation of Syria's east is feared.",
                                                  gazetteer).mentions] == [
        ("Syria's east", "syria~east")]
