"""Geoparser behaviours of round 9 (issue 11): general mechanisms found on the tuned wars
and world news texts of bench/gold_world (held-out 5 included), tested on small texts of
their own."""

from __future__ import annotations

from geoparsing import toponym_names as _names
from geoparsing import toponyms as _toponyms

from geo.parse.geoparse import geoparse

# --- a possessive ends a name: "X's al-Y" is no person's name opening with X -----------------

def test_a_city_before_a_possessive_and_an_article_is_kept(gazetteer):
    for mark in ("'", "’"):
        text = (f"Shells fell on Mukalla{mark}s al-Dis quarter late on Sunday, and two "
                "houses burned, residents told reporters.")
        found = _toponyms(text, gazetteer)
        assert any(name == "Mukalla" and status == "resolved" for name, status, _ in found), \
            found


def test_a_town_before_an_article_and_a_name_still_opens_a_persons_name(gazetteer):
    text = "The statement was signed by Ahmad al-Basheer on Sunday, officials said."
    assert not any(n.startswith("Ahmad") for n in _names(text, gazetteer))


# --- "north-central X" lies between X's north and its middle -----------------------------

def test_a_compass_word_joined_to_central_lies_between_the_side_and_the_middle(gazetteer):
    text = "Heavy storms crossed north-central Syria and northern Syria on Friday."
    mentions = [m for m in geoparse(text, gazetteer).mentions if m.cls == "toponym"]
    both = {m.text: m for m in mentions}
    between, side = both["north-central Syria"], both["northern Syria"]
    middle = next(m for m in geoparse("Storms crossed central Syria on Friday.",
                                      gazetteer).mentions if m.text == "central Syria")
    assert between.place_id.endswith("~north-central")
    assert min(side.lat, middle.lat) < between.lat < max(side.lat, middle.lat)
