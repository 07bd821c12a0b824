"""Geoparser behaviours of round 8 (issue 11): general mechanisms found on the tuned wars
and world news texts of bench/gold_world (held-out 4 included), tested on small texts of
their own."""

from __future__ import annotations

from geoparsing import toponym_names as _names
from geoparsing import toponyms as _toponyms

from geo.parse.geoparse import geoparse

# --- a unit word after an unknown name announces it -----------------------------------------

def test_a_township_territory_or_locality_after_a_name_announces_it(gazetteer):
    text = ("The army shelled villages in the Kyunpin township and the Bolakwa territory, "
            "and fighting spread to the Um Hadid locality, officials said on Monday.")
    names = _names(text, gazetteer)
    assert "Kyunpin" in names and "Bolakwa" in names and "Um Hadid" in names


def test_a_capitalised_unit_word_after_a_name_announces_it(gazetteer):
    text = ("Soldiers burned houses at Thitkyin Village on Tuesday, and the residents of "
            "Wunbo Township fled, while Kudhaawo District was quiet, locals said.")
    names = _names(text, gazetteer)
    assert any(n.startswith("Thitkyin") for n in names)
    assert any(n.startswith("Wunbo") for n in names)
    assert any(n.startswith("Kudhaawo") for n in names)


def test_a_unit_word_inside_a_longer_name_announces_nothing(gazetteer):
    text = ("A member of the Kyunpin District People's Defence Force said that the "
            "column had left, residents said on Monday.")
    assert not any("Kyunpin" in n for n in _names(text, gazetteer))


def test_an_adjective_of_a_people_before_a_unit_word_is_no_name(gazetteer):
    text = ("Fighting went on within Tigrayan territory, and the quakes were felt across "
            "the Andean region, the reports said on Monday.")
    names = _names(text, gazetteer)
    assert not any("Tigrayan" in n or "Andean" in n for n in names)


# --- roads and facilities named by a capitalised head word ---------------------------------

def test_a_capitalised_road_or_facility_word_ends_a_site_name(gazetteer):
    text = ("Police said that floodwater closed Brockley Lane and Wembury Road, and that "
            "evacuees went to the Dunmoor Showground and to Kellowmere High School overnight.")
    names = _names(text, gazetteer)
    assert "Brockley Lane" in names and "Wembury Road" in names
    assert "Dunmoor Showground" in names and "Kellowmere High School" in names


def test_a_site_head_inside_a_longer_name_does_not_cut_it(gazetteer):
    text = ("The river was flowing above its danger level at the old Brockley Road "
            "Crossing, said the bulletin issued on Monday evening.")
    assert "Brockley Road Crossing" in _names(text, gazetteer)


def test_a_site_head_in_a_heading_announces_nothing(gazetteer):
    text = "Russian Troops Drive Back Ukrainian Units Near Border Road\n\nThe text follows."
    assert not any(n.endswith("Drive") for n in _names(text, gazetteer))


def test_a_facility_named_after_its_town_keeps_the_town(gazetteer):
    text = ("Wildfires burned near Jasper National Park in Alberta, Canada, officials "
            "said, and the town of Jasper was evacuated.")
    found = _toponyms(text, gazetteer)
    assert any(t[0] == "Jasper" and t[1] == "resolved" for t in found)


# --- a name announced once is a place wherever the text repeats it -----------------------

def test_a_name_announced_as_a_village_is_a_place_where_it_is_repeated(gazetteer):
    text = ("Troops advanced to the Thitkyin village on Tuesday. On Wednesday a helicopter "
            "fired at Thitkyin again, and Thitkyin was burned, residents said.")
    found = [t for t in _toponyms(text, gazetteer) if t[0] == "Thitkyin"]
    assert len(found) == 3


def test_a_repeat_without_its_unit_word_is_the_same_place(gazetteer):
    text = ("Fighting spread across Wunbo Township on Monday, residents said. Wunbo is "
            "one of the strongholds of the resistance.")
    names = _names(text, gazetteer)
    assert names.count("Wunbo") + names.count("Wunbo Township") == 2


def test_a_repeat_inside_a_longer_capitalised_name_is_not_taken(gazetteer):
    text = ("Troops entered the Thitkyin village on Tuesday. Officials of the Thitkyin "
            "Farmers Union said that the harvest was lost.")
    assert _names(text, gazetteer).count("Thitkyin") == 1


def test_a_lower_case_part_word_belongs_to_the_announced_name(gazetteer):
    text = "The town lies in the lower Wabiyo region of Somalia, officials said on Monday."
    assert "lower Wabiyo" in _names(text, gazetteer)


# --- "at X, said the bulletin": the speaker follows the verb ------------------------------

def test_a_town_after_a_preposition_before_comma_said_is_no_speaker(gazetteer):
    text = ("The river is flowing above its danger level at Karimganj, said the bulletin. "
            "The affected districts include Jorhat, Karimganj and Nagaon.")
    found = [t for t in _toponyms(text, gazetteer) if t[0] == "Karimganj"]
    assert found and all(t[1] == "resolved" for t in found)


def test_a_surname_before_said_is_still_a_person(gazetteer):
    text = "Campbell said the roads were closed across Iowa on Monday."
    assert "Campbell" not in _names(text, gazetteer)


# --- an Arabic article before a world name takes the candidates named with one -----------

def test_an_article_before_a_name_keeps_the_town_named_with_an_article(gazetteer):
    text = "The army carried out raids in Nablus, Tulkarm, Ramallah and Al-Bireh on Monday."
    found = _toponyms(text, gazetteer)
    assert ("Al-Bireh", "resolved", "geonames:285108") in found


def test_an_article_before_a_name_no_candidate_bears_is_still_no_place(gazetteer):
    assert not _names("Fighters of Jaysh al-Amin attacked the base on Monday.", gazetteer)


# --- GeoNames names written with the ayn as a left quotation mark ------------------------

def test_a_name_opening_with_an_ayn_mark_is_usable():
    from geo.parse.world import usable_name

    assert usable_name("‘Arrābah", primary=True)
    assert usable_name("Ra’s al ‘Ayn", primary=True)


def test_a_name_opening_with_an_ayn_mark_and_a_fused_article_is_found_in_a_sentence(
        gazetteer):
    text = ("Israeli forces also raided Arraba, Kafr Ra'i, Silat al-Dhahr and Fahma in "
            "Jenin governorate.")
    assert ("Arraba", "resolved", "geonames:284893") in _toponyms(text, gazetteer)


# --- a village is no city --------------------------------------------------------------------

def test_the_village_of_a_name_is_no_city_of_that_name(gazetteer):
    text = "Russian troops in Ukraine pushed into the village of Shevchenko on Monday."
    found = _toponyms(text, gazetteer)
    assert not any(t[2] == "geonames:13561779" for t in found)  # Poltava's city district


def test_a_city_named_without_a_village_word_keeps_its_weight(gazetteer):
    text = "Russian troops in Ukraine shelled the city of Shevchenko on Monday."
    assert any(t[2] == "geonames:13561779" for t in _toponyms(text, gazetteer))


def test_a_capitalised_list_or_address_line_is_no_heading_for_site_names(gazetteer):
    text = ("Flood warnings are in place for:\n"
            "- River Swift at Rugby, including Brockley Road, Dunmoor Park and Kellowmere Lane.\n"
            "Dunmoor Showground, 19 Mill Street, Kellowmere\n")
    names = _names(text, gazetteer)
    assert "Brockley Road" in names and "Kellowmere Lane" in names
    assert "Dunmoor Showground" in names


# --- roads by their number ---------------------------------------------------------------

def test_a_number_said_once_to_be_a_roads_names_the_road_throughout(gazetteer):
    text = ("Police closed the A71 bridge at Dunmoor on Friday. The A71 in the town "
            "reopened later, and the B4012 between Dunmoor and Kellowmere stayed shut.")
    names = _names(text, gazetteer)
    assert sum(n.startswith("A71") for n in names) == 2 and "B4012" in names


def test_a_number_never_said_to_be_a_roads_is_no_place(gazetteer):
    text = ("M23 rebels attacked the town, and the M23 in Walikale said that F-16 jets "
            "and MI-35 helicopters were seen over Goma on Monday.")
    names = _names(text, gazetteer)
    assert not any(n in ("M23", "F-16", "MI-35") for n in names)


# --- a list after a preposition of place or a strike, one of whose names is known ----------

def test_a_struck_list_with_one_known_place_is_a_list_of_places(gazetteer):
    text = ("Airstrikes also hit Naqoura, Thitkyin, Kudhaawo and Wunbo in southern Lebanon "
            "on Monday, the agency said.")
    names = _names(text, gazetteer)
    assert {"Thitkyin", "Kudhaawo", "Wunbo"} <= set(names)


def test_a_struck_list_with_no_known_place_announces_nothing(gazetteer):
    text = "Critics also hit Thitkyin, Kudhaawo and Wunbo over the plan, the agency said."
    assert not {"Thitkyin", "Kudhaawo", "Wunbo"} & set(_names(text, gazetteer))


def test_between_two_names_after_a_route_word_are_places(gazetteer):
    text = ("The highway remains closed in both directions between Thitkyin and Wunbo, "
            "and the railway between Kudhaawo and Dunmoor reopened, officials said.")
    assert {"Thitkyin", "Wunbo", "Kudhaawo", "Dunmoor"} <= set(_names(text, gazetteer))


def test_between_two_names_without_a_route_word_are_no_places(gazetteer):
    text = "Talks between Thitkyin and Wunbo went on, their lawyers said on Monday."
    assert not {"Thitkyin", "Wunbo"} & set(_names(text, gazetteer))


# --- rivers by what they do --------------------------------------------------------------

def test_a_name_that_flows_is_a_river(gazetteer):
    text = ("The Thitkyin is flowing above its danger level at Tezpur, while the Wunbo "
            "(South) overflowed at Sivasagar, said the bulletin.")
    names = _names(text, gazetteer)
    assert "Thitkyin" in names and "Wunbo" in names


def test_a_river_named_like_a_small_town_is_the_river(gazetteer):
    text = "The Barak is flowing above its danger level at Badarpurghat, said the bulletin."
    found = [t for t in _toponyms(text, gazetteer) if t[0] == "Barak"]
    assert found == [("Barak", "unresolved", "")]


def test_a_place_and_a_name_after_a_comma_are_no_list(gazetteer):
    text = "Speaking in Tezpur, Thitkyin said the talks had failed."
    assert "Thitkyin" not in _names(text, gazetteer)


# --- one name, one sense: an unresolved name kept once is kept where it is repeated -------

def test_a_long_name_kept_unresolved_once_is_kept_where_it_is_repeated(gazetteer):
    # Petite Rivière is a town of Mauritius in the gazetteer, none of Haiti
    text = ("Farmers fled the rural areas of Petite Rivière in Haiti on Sunday. Police "
            "said gangs held Petite Rivière by night, and aid reached Petite Rivière late.")
    assert _names(text, gazetteer).count("Petite Rivière") == 3


def test_between_an_unknown_name_and_a_known_town_are_two_places(gazetteer):
    text = "Gales are expected to develop between Thitkyin and Mackay on Sunday."
    assert "Thitkyin" in _names(text, gazetteer)


def test_a_chain_of_towns_joined_by_hyphens_is_a_chain_of_places(gazetteer):
    text = "Northwest Axis: Masisi-Wunbo-Thitkyin-Kisangani\n\nNothing to report."
    names = _names(text, gazetteer)
    assert "Wunbo" in names and "Thitkyin" in names


def test_a_name_set_off_after_a_village_word_and_placed_is_a_place(gazetteer):
    text = ("On Sunday the fighters attacked another village, Thitkyin, in Middle Shabelle. "
            "Residents said Thitkyin fell by night.")
    assert _names(text, gazetteer).count("Thitkyin") == 2


def test_a_name_set_off_after_a_town_word_without_a_place_is_no_place(gazetteer):
    text = "We reached the town, Thitkyin said, before the rain began on Sunday."
    assert "Thitkyin" not in _names(text, gazetteer)


# --- a far namesake's word that runs on into another capitalised word ----------------------

def test_two_unresolved_names_a_space_apart_are_one_name(gazetteer):
    text = ("Captain Olow, a military officer in Adan Wunbo, told reporters that troops had "
            "left Mogadishu for Somalia's Middle Shabelle region.")
    names = _names(text, gazetteer)
    assert "Adan Wunbo" in names and "Adan" not in names


def test_a_word_that_begins_a_longer_name_is_not_set_aside(gazetteer):
    text = ("The town attacked on Wednesday, Adan Wunbo, lies north of Mogadishu in "
            "Somalia, soldiers said.")
    assert "Adan" not in [m.text for m in geoparse(text, gazetteer).set_aside]


def test_a_place_before_a_plural_possessive_stays_out_of_a_facilitys_name(gazetteer):
    text = "Fighting went on.\n\nAt Khan Younis’ Kellowmere Hospital, people slept on floors."
    found = _toponyms(text, gazetteer)
    assert ("Khan Younis", "resolved", "geonames:281124") in found
    assert "Kellowmere Hospital" in [t[0] for t in found]


def test_a_capitalised_preposition_is_no_part_of_a_facilitys_name(gazetteer):
    text = "Fighting went on.\n\nAt Kellowmere Hospital, some people slept on the floor."
    assert "Kellowmere Hospital" in _names(text, gazetteer)
