"""Small towns that the text shows to be people's surnames are no places."""

from __future__ import annotations

from geo.parse.geoparse import geoparse


def _toponyms(text, gazetteer):
    return [m.text for m in geoparse(text, gazetteer).mentions if m.cls == "toponym"]


def test_surname_after_title_and_given_name_is_a_person_throughout(gazetteer):
    text = ("Gov. Brian Kemp announced the plant in Bryan County, Georgia. The jobs were "
            "counted according to Kemp's office.")
    found = _toponyms(text, gazetteer)
    assert "Kemp" not in found
    assert "Bryan County" in found and "Georgia" in found


def test_surname_before_a_verb_of_speech_is_a_person(gazetteer):
    text = "Jenn Campbell of Edmonton drove for hours. Campbell said the smoke was thick."
    found = _toponyms(text, gazetteer)
    assert "Campbell" not in found and "Edmonton" in found


def test_a_town_after_a_line_break_is_no_surname(gazetteer):
    text = "By Jeff Whitten, Special to the Herald\nPOOLER – The plant in Bryan County grew."
    assert "POOLER" in _toponyms(text, gazetteer)
