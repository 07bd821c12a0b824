"""Which of a name's namesakes a text means: by the name as spelled, the kind word next to
it and the name a place bears as its own (issue 11, round 5)."""

from __future__ import annotations

from geo.inputs.places import load_gazetteer
from geo.parse.geoparse import geoparse
from geo.tools.story import create_story


def _toponyms(text, gazetteer):
    return {m.text: m for m in geoparse(text, gazetteer).mentions if m.cls == "toponym"}


def test_st_spells_saint_in_a_name_of_frequent_words(gazetteer):
    # "Port", "St" and "Johns" are all frequent words: the name is kept as spelled
    found = _toponyms("At Port St Johns, 300 people were evacuated, while Durban and "
                      "KwaZulu-Natal counted the dead.", gazetteer)
    assert "Port" not in found and "St Johns" not in found
    assert "Port St Johns" in found


def test_city_word_admits_a_town_of_geonames(gazetteer):
    # GeoNames counts Pokrovsk of Donetsk oblast as a town; "city" is no population threshold
    found = _toponyms("Russian forces advanced in Donetsk Oblast, Ukraine. The order covers "
                      "not only Pokrovsk city but the whole community.", gazetteer)
    assert found["Pokrovsk"].place_id == "geonames:704422"


def test_a_name_of_its_own_beats_an_alternate_name(gazetteer):
    # a village of Odesa oblast once called Paris does not take the capital's name
    found = _toponyms("Russian troops left Kherson in Ukraine at 5 a.m. (3 a.m. in Paris).",
                      gazetteer)
    assert found["Paris"].place_id == "geonames:2988507"
    # the state, not the city of Rio Grande that GeoNames also calls so
    found = _toponyms("Floods hit Rio Grande do Sul, Brazil, and Porto Alegre.", gazetteer)
    assert found["Rio Grande do Sul"].place_id == "geonames:3451133"


def test_portuguese_particles_stand_inside_a_name(gazetteer):
    found = _toponyms("In the capital of Mato Grosso do Sul, water ran out. Tourists left "
                      "Foz do Iguaçu.", gazetteer)
    assert found["Mato Grosso do Sul"].kind == "governorate"
    assert found["Foz do Iguaçu"].place_id == "geonames:3463030"


def test_directional_parts_lie_where_that_side_s_towns_are(gazetteer):
    # "northern Queensland" is the coast of Townsville and Cairns, not Cape York;
    # "eastern Ukraine" the Donbas, east of the middle of the country's outline
    found = _toponyms("A cyclone off northern Queensland, Australia, intensified.", gazetteer)
    north = found["northern Queensland"]
    assert -21.0 < north.lat < -17.0 and 144.0 < north.lon < 147.0
    found = _toponyms("Russian forces advanced in eastern Ukraine.", gazetteer)
    east = found["eastern Ukraine"]
    assert 47.5 < east.lat < 49.5 and east.lon > 36.5


def test_a_natural_feature_is_not_the_town_inside_its_name(gazetteer):
    # "Patos Lagoon" is no town of Patos (Minas Gerais); "Sea of Japan" is not Japan
    found = _toponyms("Rain fell on the Patos Lagoon in Brazil. Tsunami advisories were "
                      "issued to Sea of Japan areas.", gazetteer)
    assert found["Patos Lagoon"].status == "unresolved"
    assert found["Sea of Japan"].status == "unresolved"
    assert "Patos" not in found and "Japan" not in found
    # a sea the gazetteer has keeps it, a lake named after its region keeps the region
    found = _toponyms("Ships crossed the Red Sea off Yemen.", gazetteer)
    assert found["Red Sea"].place_id == "region:red-sea"
    found = _toponyms("M23 advanced along Lake Kivu from Goma.", gazetteer)
    assert found["Kivu"].place_id == "region:kivu"


def test_a_road_or_beach_word_announces_a_name(gazetteer):
    found = _toponyms("The fire closed the Icefields Parkway in Alberta. Bathers left "
                      "Second Beach in Port St Johns.", gazetteer)
    assert found["Icefields Parkway"].status == "unresolved"
    assert found["Second Beach"].status == "unresolved"


def test_a_mountain_word_keeps_a_town_of_that_name(gazetteer):
    found = _toponyms("In KwaBhaca (Mount Frere,) bridges washed away, in the Eastern Cape.",
                      gazetteer)
    assert found["Mount Frere"].place_id == "geonames:973525"


def test_a_quarter_the_gazetteer_lacks_lies_in_the_city_in_play(gazetteer):
    found = _toponyms("Clashes in Raqqa were concentrated in the neighborhood of al-Morur "
                      "and the neighborhoods of al-Bareed and al-Nahda.", gazetteer)
    raqqa = found["Raqqa"]
    for name in ("al-Morur", "al-Bareed", "al-Nahda"):
        assert found[name].status == "resolved" and found[name].kind == "quarter"
        assert (found[name].lat, found[name].lon) == (raqqa.lat, raqqa.lon)
        assert found[name].precision == "derived"
    # "the Old City" of a text on Mosul is Mosul's, not Aleppo's
    found = _toponyms("Iraqi forces battling Islamic State in Mosul advanced into the Old "
                      "City and around the mosque.", gazetteer)
    assert found["Old City"].place_id.startswith("mosul~")
    # no city named: left unresolved
    found = _toponyms("Fighting reached the neighborhood of al-Morur.", gazetteer)
    assert found["al-Morur"].status == "unresolved"


def test_a_place_said_to_lie_by_a_settlement_is_placed_by_it(gazetteer):
    from geo.geodesy import great_circle_km

    # a namesake 1,200 km away gives way to the settlement the text places it by
    found = _toponyms("In Chatsworth, south of Durban, rescue workers recovered nine "
                      "bodies.", gazetteer)
    durban = found["Durban"]
    assert found["Chatsworth"].precision == "derived"
    assert great_circle_km(found["Chatsworth"].lat, found["Chatsworth"].lon,
                           durban.lat, durban.lon) < 1
    # a village the gazetteer lacks, moved by the distance and direction given
    found = _toponyms("Troops entered the village of Zarivka, 10 km west of Donetsk.",
                      gazetteer)
    village, donetsk = found["Zarivka"], found["Donetsk"]
    assert village.status == "resolved" and village.lon < donetsk.lon
    assert 8 < great_circle_km(village.lat, village.lon, donetsk.lat, donetsk.lon) < 12
    # a place near the settlement keeps its own point
    found = _toponyms("Troops entered Krasnohorivka, 10 km west of Donetsk.", gazetteer)
    assert found["Krasnohorivka"].place_id == "geonames:704393"


def test_a_name_votes_for_the_country_of_its_prominent_candidates(gazetteer):
    # the small Parises, Londons and Berlins of North America lie near one another; a vote
    # shared by country alone made the United States the article's country
    found = _toponyms("Fighting spread from Paris to London and Berlin.", gazetteer)
    assert [found[n].place_id for n in ("Paris", "London", "Berlin")] == [
        "geonames:2988507", "geonames:2643743", "geonames:2950159"]


def test_a_unit_bearing_the_name_is_taken_before_a_county_named_after_it(gazetteer):
    found = _toponyms("The Ohio towns of Mason and Dayton closed schools.", gazetteer)
    assert found["Ohio"].place_id == "geonames:5165418"


def test_a_place_the_gazetteer_lacks_in_a_town_lies_there_but_no_country_moves(gazetteer):
    found = _toponyms("Shelling hit the village of Zarivka in Pokrovsk, Ukraine.", gazetteer)
    assert found["Zarivka"].precision == "derived"
    assert (found["Zarivka"].lat, found["Zarivka"].lon) == (found["Pokrovsk"].lat,
                                                              found["Pokrovsk"].lon)
    # a country is no namesake of the town it acts in
    found = _toponyms("The role of Russia in Palmyra grew.", gazetteer)
    assert found["Russia"].kind == "country"


def test_a_number_makes_frequent_words_a_name(gazetteer):
    # every word of "Shan State Special Region 1" is frequent; the number makes it a name
    found = _toponyms("Scams thrive in the Kokang region, also known as Shan State Special "
                      "Region 1, the group said.", gazetteer)
    assert found["Shan State Special Region 1"].place_id == "region:kokang"


def test_a_small_town_far_from_all_the_article_names_is_left_unresolved(gazetteer):
    text = ("Hyundai will build the plant in Bryan County near Savannah, Georgia. Workers "
            "from Statesboro and Pooler will drive to the Megasite in Black Creek.")
    found = _toponyms(text, gazetteer)
    assert found["Black Creek"].status == "unresolved"  # not the Black Creek of Wisconsin
    assert found["Statesboro"].status == "resolved"


def test_feature_words_inside_longer_names_announce_nothing(gazetteer):
    found = _toponyms("Officials in Salt Lake City, Utah, said so.", gazetteer)
    assert set(found) == {"Salt Lake City", "Utah"}
    assert not _toponyms("During Operation Desert Storm troops massed.", gazetteer)
    found = _toponyms("Ships sailed the Gulf of Aden.", gazetteer)
    assert set(found) == {"Gulf of Aden"}


def test_a_state_keeps_its_bare_name_from_small_namesakes_elsewhere(gazetteer):
    # California, Maryland and Florida, New York are small towns; Kherson stays the city
    found = _toponyms("Wildfires spread across California and Nevada.", gazetteer)
    assert found["California"].place_id == "geonames:5332921"
    assert found["Nevada"].kind == "governorate"
    found = _toponyms("Storms battered Georgia and Florida on Sunday.", gazetteer)
    assert found["Florida"].place_id == "geonames:4155751"
    found = _toponyms("Russian troops left Kherson.", gazetteer)
    assert found["Kherson"].place_id == "geonames:706448"


def test_a_far_unit_by_its_bare_name_in_a_country_nothing_else_names_is_no_place(gazetteer):
    # Saint Lawrence is a local council of Malta, 15,000 km from Queensland
    found = _toponyms("Gales could reach as far south as St Lawrence, Queensland said, and "
                      "Cairns too.", gazetteer)
    assert "St Lawrence" not in found or found["St Lawrence"].status == "unresolved"
    # a unit alone in its text is still one
    found = _toponyms("Floods hit Rio Grande do Sul.", gazetteer)
    assert found["Rio Grande do Sul"].place_id == "geonames:3451133"


def test_a_directional_part_named_after_a_place_picks_its_namesake(gazetteer):
    # Nagasaki is also a quarter of Tokyo, near the capital the story also names
    found = _toponyms("Advisories went from Hokkaido, northernmost Japan, to Nagasaki, "
                      "southwestern Japan. Tokyo was calm.", gazetteer)
    assert found["Nagasaki"].place_id == "geonames:1856177"


def test_a_storm_word_before_a_given_name_is_no_town(gazetteer):
    found = _toponyms("Hurricane Ian slammed into southwest Florida near Fort Myers.",
                      gazetteer)
    assert "Hurricane" not in found
    assert found["southwest Florida"].place_id == "geonames:4155751~southwest"
    found = _toponyms("The town of Hurricane, Utah, flooded.", gazetteer)
    assert found["Hurricane"].place_id == "geonames:5540831"
    found = _toponyms("The governor of Virginia met officials in Richmond.", gazetteer)
    assert found["Virginia"].place_id == "geonames:6254928"


def test_a_demonym_before_a_known_sea_does_not_hide_it(gazetteer):
    found = _toponyms("Drones hit the Ukrainian Black Sea port of Odesa. Strikes hit "
                      "Hodeidah on the Yemeni Red Sea coast.", gazetteer)
    assert found["Black Sea"].place_id == "region:black-sea"
    assert found["Red Sea"].place_id == "region:red-sea"
    # a river said to lie near a city is not moved to the city
    found = _toponyms("Ukrainian forces crossed the Dnipro River near Kherson.", gazetteer)
    assert found["Dnipro River"].status == "unresolved"


def test_a_road_named_after_the_towns_it_joins_keeps_them(gazetteer):
    found = _toponyms("Fighting raged along the Lashio-Muse Highway in northern Shan State.",
                      gazetteer)
    assert found["Lashio"].status == "resolved" and found["Muse"].status == "resolved"


def test_a_place_placed_only_by_its_relation_is_still_looked_up(gazetteer):
    from geo.tools.geocode import missing_place_candidates

    text = "Government forces shelled the town of Jirah, east of Aleppo, on Monday."
    parse = geoparse(text, gazetteer)
    assert [c.name for c in missing_place_candidates(text, parse)] == ["Jirah"]


def test_a_city_found_by_another_spelling_far_from_the_story_is_left_unplaced(tmp_path):
    # A new story (no places of its own): the seed's "Shia crescent" folds to Chía
    # (Colombia, 130,000 people). Far from every other place of a story of Syria, and not
    # spelled as its own name, it is no place there; the towns of the story keep theirs.
    create_story(tmp_path / "story", [])
    world_only = load_gazetteer(tmp_path / "story" / "data")
    found = _toponyms("Kurdish forces hold Manbij and Hasakah, and ISIS holds Raqqa. The "
                      "entity interrupts the \"Shia crescent\" from Iran over Iraq and Syria "
                      "to Lebanon.", world_only)
    assert found["Raqqa"].lat is not None and found["Manbij"].lat is not None
    shia = found.get("Shia")
    assert shia is None or shia.lat is None


def test_a_derived_place_is_that_place_wherever_the_text_writes_its_name(gazetteer):
    parse = geoparse("Russian forces captured the village of Zorvetsk near Homs on Sunday. "
                     "Rebel troops withdrew from Zorvetsk towards Homs.", gazetteer)
    found = [(m.start, m.place_id) for m in parse.mentions if m.text == "Zorvetsk"]
    assert len(found) == 2 and found[0][1] == found[1][1] and "~by:" in found[0][1]
