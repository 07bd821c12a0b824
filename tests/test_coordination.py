"""A plural unit word distributes over the names listed before it."""

from __future__ import annotations

from geo.parse.geoparse import geoparse


def _toponyms(text, gazetteer):
    return {m.text: m for m in geoparse(text, gazetteer).mentions if m.cls == "toponym"}


def test_counties_word_makes_each_listed_name_its_county(gazetteer):
    text = ("About 5,000 jobs are being created in Bulloch, Chatham and Effingham counties "
            "of Georgia, officials said.")
    found = _toponyms(text, gazetteer)
    for name in ("Bulloch", "Chatham", "Effingham"):
        assert found[name].name == f"{name} County"
        assert found[name].kind == "district"
        assert abs(found[name].lat - 32.3) < 0.5 and abs(found[name].lon + 81.5) < 0.6


def test_regions_word_makes_each_listed_name_its_oblast(gazetteer):
    found = _toponyms("Russia annexed the Kherson and Zaporizhzhia regions in 2022.", gazetteer)
    assert found["Kherson"].kind == found["Zaporizhzhia"].kind == "governorate"
