"""Helpers shared by the geoparser's round tests: the toponyms a text's mentions hold."""

from __future__ import annotations

from geo.parse.geoparse import geoparse


def toponyms(text: str, gazetteer) -> list[tuple[str, str, str]]:
    """(text, status, place id) of each toponym the geoparser finds in ``text``, in order."""
    return [(m.text, m.status, m.place_id) for m in geoparse(text, gazetteer).mentions
            if m.cls == "toponym"]


def toponym_names(text: str, gazetteer) -> list[str]:
    """The words of each toponym found in ``text``, in order."""
    return [found[0] for found in toponyms(text, gazetteer)]
