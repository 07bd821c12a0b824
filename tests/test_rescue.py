"""Small namesakes of everyday words come back in a list of an article's own state."""

from __future__ import annotations

from geo.parse.geoparse import geoparse

_TEXT = ("Snow fell across Massachusetts on Friday. Totals were highest in Charlemont, "
         "Greenfield, Orange, Barre, Fitchburg and Framingham in Massachusetts, and in "
         "Worcester, Massachusetts.")


def test_a_listed_everyday_word_is_the_town_of_the_articles_state(gazetteer):
    found = {m.text: m for m in geoparse(_TEXT, gazetteer).mentions if m.cls == "toponym"}
    assert abs(found["Orange"].lat - 42.59) < 0.1 and abs(found["Orange"].lon + 72.31) < 0.1


def test_an_everyday_word_outside_a_list_stays_a_word(gazetteer):
    text = _TEXT + " The orange glow of the streetlights was gone. Union workers cleared roads."
    found = [m.text for m in geoparse(text, gazetteer).mentions if m.cls == "toponym"]
    assert "Union" not in found and "orange" not in found
