"""An ISO 3166-2 code is its first-level unit where the article is about its country."""

from __future__ import annotations

from geo.parse.geoparse import geoparse

_BRAZIL = ("The rescue of flood victims in Porto Alegre (RS) was interrupted. Canoas and "
           "Pelotas in Brazil were flooded too; Brazil sent troops.")


def _found(text, gazetteer):
    return {m.text: m for m in geoparse(text, gazetteer).mentions if m.cls == "toponym"}


def test_a_code_in_brackets_after_a_town_is_its_state(gazetteer):
    found = _found(_BRAZIL, gazetteer)
    assert found["RS"].name == "Rio Grande do Sul"


def test_a_code_of_another_country_or_not_as_a_place_stays_a_word(gazetteer):
    text = _BRAZIL + " The MP said UP was next, and RS officials agreed."
    found = _found(text, gazetteer)
    assert "UP" not in found and "MP" not in found


def test_the_layer_knows_the_codes_of_first_level_units(gazetteer):
    assert gazetteer.world.units_coded("UP") == ["geonames:1253626"]  # Uttar Pradesh
