"""Geoparser behaviours of round 7 (issue 11): general mechanisms found on the tuned wars
and world news texts of bench/gold_world, tested on small texts of their own."""

from __future__ import annotations

from geoparsing import toponyms as _toponyms

from geo.parse.geoparse import geoparse


def _mentions(text, gazetteer):
    return [(m.text, m.cls, m.status, m.place_id) for m in geoparse(text, gazetteer).mentions]


# --- a region's name before a noun of government, forces or people is its people's -------

def test_a_regions_name_before_armed_forces_is_a_demonym(gazetteer):
    text = "Amhara militias clashed with Tigrayan forces near Mekele in Ethiopia."
    found = _mentions(text, gazetteer)
    assert ("Amhara", "demonym", "unresolved", "") in found
    assert not any(m[0] == "Amhara" and m[1] == "toponym" for m in found)


def test_a_countrys_people_named_like_a_region_is_a_demonym_of_the_country(gazetteer):
    text = "Al-Shabaab fighters attacked the Somali government in Mogadishu."
    found = _mentions(text, gazetteer)
    assert ("Somali", "demonym", "resolved", "geonames:51537") in found


def test_a_units_government_stays_the_unit(gazetteer):
    # "the Kerala government" is the state's: no people named Kerala, no country Kerala-a
    found = _toponyms("India assured the Kerala government of all possible help.", gazetteer)
    assert "Kerala" in [t[0] for t in found]
    assert all(t[1] == "resolved" for t in found)


def test_the_region_itself_stays_a_place(gazetteer):
    found = _toponyms("Fighting spread across the Amhara region of Ethiopia.", gazetteer)
    assert "Amhara region" in [t[0] for t in found] or "Amhara" in [t[0] for t in found]


def test_a_small_town_coordinated_with_a_people_before_militias_is_a_group(gazetteer):
    text = ("Eritrean troops advanced, supported by Amhara and Fano militias on the "
            "southern front in Ethiopia.")
    found = _mentions(text, gazetteer)
    assert ("Fano", "non-place", "not-a-place", "") in found
    assert not any(m[0] == "Fano" and m[1] == "toponym" for m in found)


def test_a_town_named_as_such_before_a_noun_stays_the_town(gazetteer):
    # Fano itself, with Italy named: "Fano people" are its people
    found = _toponyms("The town of Fano in Italy held a festival.", gazetteer)
    assert ("Fano", "resolved", "geonames:3177219") in found


# --- "the state" refers back to a first-level unit, not to a namesake city abroad ----------

def test_the_state_after_a_name_makes_it_the_state(gazetteer):
    text = ("A total fire ban has been issued across Victoria as firefighters face a "
            "growing blaze in the state's west.\n"
            "A fire ban was issued across Victoria for Boxing Day.")
    found = [t for t in _toponyms(text, gazetteer) if t[0] == "Victoria"]
    assert found == [("Victoria", "resolved", "geonames:2145234")] * 2


def test_without_the_state_a_name_keeps_its_city(gazetteer):
    text = "A fire ban has been issued across Victoria as firefighters face a blaze."
    found = [t for t in _toponyms(text, gazetteer) if t[0] == "Victoria"]
    assert found and found[0][2] != "geonames:2145234"


def test_the_state_of_emergency_refers_to_no_unit(gazetteer):
    text = "Officials in Victoria declared the state of emergency after the floods."
    found = [t for t in _toponyms(text, gazetteer) if t[0] == "Victoria"]
    assert found and found[0][2] != "geonames:2145234"


def test_the_state_refers_to_the_nearest_unit_named_before_it(gazetteer):
    # Texas stands between Victoria and "the state": the state is Texas
    text = "Crews from Victoria drove to Texas, where the state opened shelters."
    found = [t for t in _toponyms(text, gazetteer) if t[0] == "Victoria"]
    assert found and found[0][2] != "geonames:2145234"


# --- small namesakes far from the article's places do not vouch for one another ----------

_IOWA = ("Tornadoes struck northwest Iowa on Friday. The storm moved from Sioux Falls, "
         "S.D., into Plymouth County and Woodbury County, and damaged farms in Cherokee "
         "County.\n\nHomes were destroyed in Moville, near Floyd, in Sloan and in Pierson.")


def test_small_namesakes_far_from_every_other_place_are_not_placed(gazetteer):
    found = {t[0]: t for t in _toponyms(_IOWA, gazetteer)}
    # the layer has no Floyd, Sloan or Pierson of Iowa: those of Virginia, New York and
    # Florida lie within 1,000 km of one another but not of Iowa
    for name in ("Floyd", "Sloan", "Pierson"):
        assert found[name][1] == "unresolved", found[name]
    assert found["Moville"][1] == "resolved"


def test_a_small_town_near_the_articles_places_stays(gazetteer):
    text = ("Floods hit Roanoke and Blacksburg in Virginia and closed roads in Radford, "
            "with damage near Floyd.")
    found = {t[0]: t for t in _toponyms(text, gazetteer)}
    assert found["Floyd"] == ("Floyd", "resolved", "geonames:4759446")


# --- of two namesakes, the one nearer the settlements named, not the state's middle -------

def test_of_two_namesakes_the_one_near_the_towns_named(gazetteer):
    text = ("The BJP swept Uttar Pradesh. It won Varanasi and Ghosi, and the Congress "
            "lost even in Amethi.")
    found = {t[0]: t for t in _toponyms(text, gazetteer)}
    # Amethi of Amethi district (26.16, 81.81), not the town nearer the state's point
    assert found["Amethi"] == ("Amethi", "resolved", "geonames:1278806")
