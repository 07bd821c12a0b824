"""Sites (airbases, dams, hospitals, bridges, mosques): the symbol each is drawn with.

A site's kind is read from the words of its name, its aliases and its id (``places.csv``
has no column for it): "airbase", "air base", "airport" or "airfield" make an airbase;
"dam" a dam; "hospital" a hospital; "bridge" a bridge; "mosque" a mosque; anything else
is drawn with the generic symbol. The glyphs are the style's (``style.json`` ``site``).
"""

from __future__ import annotations

import re

from geo.parse.gazetteer import Place

SITE_SYMBOLS = ("airbase", "dam", "hospital", "bridge", "mosque", "other")
_WORDS = (
    ("airbase", re.compile(r"\b(air\s*base|airbase|airport|airfield|air\s*field)s?\b", re.I)),
    ("dam", re.compile(r"\bdams?\b", re.I)),
    ("hospital", re.compile(r"\bhospitals?\b", re.I)),
    ("bridge", re.compile(r"\bbridges?\b", re.I)),
    ("mosque", re.compile(r"\bmosques?\b", re.I)),
)


def site_symbol(place: Place) -> str:
    """The symbol of a site: one of :data:`SITE_SYMBOLS`.

    >>> from geo.parse.gazetteer import Place
    >>> site_symbol(Place("tabqa-dam", "Tabqa Dam", "site", 35.87, 38.57, "test"))
    'dam'
    >>> site_symbol(Place("t4", "Tiyas Military Airbase", "site", 34.52, 37.63, "test"))
    'airbase'
    """
    text = " ".join((place.name, *place.aliases, place.id.replace("-", " ")))
    return next((symbol for symbol, words in _WORDS if words.search(text)), "other")
