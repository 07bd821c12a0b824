"""The fixed vocabularies of the data files, as Enums that accept strings at the boundary.

Each vocabulary is a :class:`enum.StrEnum`, so a member compares equal to its string
(``Certainty.CLAIMED == "claimed"``) and prints, formats and serialises as it (JSON, CSV).
:meth:`Vocabulary.parse` turns a string from a file or an argument into a member and, for
anything else, raises an error that lists the valid values (shapely's ``ParamEnum``):

>>> Certainty.parse("claimed")
<Certainty.CLAIMED: 'claimed'>
>>> Certainty.parse("claimd")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
geo.errors.InputError: error: certainty: unknown certainty (got 'claimd'; expected one of ...
>>> Certainty.expected()
'one of confirmed, claimed, approximate'

The values are also written in the data schema (``geo/inputs/datapackage.json``); a test
keeps the two the same.
"""

from __future__ import annotations

import difflib
from enum import StrEnum
from typing import Self


class Vocabulary(StrEnum):
    """A closed list of words; members are their own string values."""

    @classmethod
    def label(cls) -> str:
        """What the vocabulary names, for messages (``MovementKind`` -> ``movement kind``)."""
        words, word = [], ""
        for char in cls.__name__:
            if char.isupper() and word:
                words.append(word)
                word = ""
            word += char.lower()
        return " ".join([*words, word])

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """The valid values, in their documented order."""
        return tuple(member.value for member in cls)

    @classmethod
    def expected(cls) -> str:
        """``one of a, b, c``: the valid values for a message."""
        return "one of " + ", ".join(cls.values())

    @classmethod
    def suggest(cls, value: str) -> str | None:
        """The valid value closest to a wrong one, if any is close."""
        close = difflib.get_close_matches(str(value).strip().lower(), cls.values(), n=1,
                                          cutoff=0.6)
        return close[0] if close else None

    @classmethod
    def parse(cls, value: str | Self) -> Self:
        """The member for ``value``.

        Raises
        ------
        geo.errors.InputError
            (a ``ValueError``) naming the vocabulary, the value and the valid values.
        """
        if isinstance(value, cls):
            return value
        try:
            return cls(value)
        except ValueError:
            from geo.errors import InputError, Problem

            raise InputError([Problem(cls.label(), f"unknown {cls.label()}",
                                      value=str(value), expected=cls.expected(),
                                      suggestion=cls.suggest(str(value)))]) from None


class PlaceKind(Vocabulary):
    """``places.csv`` ``kind``."""

    CONTINENT = "continent"
    COUNTRY = "country"
    REGION = "region"
    GOVERNORATE = "governorate"
    DISTRICT = "district"
    CITY = "city"
    TOWN = "town"
    QUARTER = "quarter"
    SITE = "site"


class Change(Vocabulary):
    """``control.csv`` ``change``: ``taken`` (changed hands that day, by force),
    ``handed`` (handed over that day by agreement, or left in an evacuation: no advance) or
    ``held`` (a statement of who held the place then, a baseline)."""

    TAKEN = "taken"
    HANDED = "handed"
    HELD = "held"


class ControlState(Vocabulary):
    """``control.csv`` ``state``: how the row's side holds the place. ``whole`` (the
    default); ``partial``: a share of it (``share``, or an unknown part), the sides of
    ``by`` holding the rest; ``contested``: fought over with the sides of ``by``;
    ``besieged`` and ``encircled``: held, and cut off by the sides of ``by``."""

    WHOLE = "whole"
    PARTIAL = "partial"
    CONTESTED = "contested"
    BESIEGED = "besieged"
    ENCIRCLED = "encircled"


class Certainty(Vocabulary):
    """``control.csv`` ``certainty``."""

    CONFIRMED = "confirmed"
    CLAIMED = "claimed"
    APPROXIMATE = "approximate"


class MovementKind(Vocabulary):
    """``movements.csv`` ``kind``."""

    ADVANCE = "advance"
    RETREAT = "retreat"
    REINFORCEMENT = "reinforcement"
    STRIKE = "strike"
    EVACUATION = "evacuation"


class MovementStatus(Vocabulary):
    """``movements.csv`` ``status``."""

    DONE = "done"
    CLAIMED = "claimed"
    PLANNED = "planned"


class EventStatus(Vocabulary):
    """``events.csv`` ``status``."""

    REPORTED = "reported"
    CLAIMED = "claimed"
    CONFIRMED = "confirmed"


class SidePattern(Vocabulary):
    """``sides.csv`` ``pattern``: how the side's areas are filled."""

    SOLID = "solid"
    HATCH = "hatch"
    DOTS = "dots"


class ShapePrecision(Vocabulary):
    """``shapes.geojson`` ``properties.precision``."""

    SURVEYED = "surveyed"
    DRAWN = "drawn"
    APPROXIMATE = "approximate"


class FigureQuantity(Vocabulary):
    """``figures.csv`` ``quantity``: what a published figure measures."""

    AREA_TOTAL = "area_total"
    AREA_HELD = "area_held"
    AREA_RETAKEN = "area_retaken"
    SHARE_HELD = "share_held"
    SHARE_RETAKEN = "share_retaken"
    QUARTERS_HELD = "quarters_held"


class FigureUnit(Vocabulary):
    """``figures.csv`` ``unit``: km2 for areas, percent for shares, quarters for counts."""

    KM2 = "km2"
    PERCENT = "percent"
    QUARTERS = "quarters"


class FigureQualifier(Vocabulary):
    """``figures.csv`` ``qualifier``: the source's hedge (empty: the figure as given)."""

    SOME = "some"
    ABOUT = "about"
    LESS_THAN = "less than"
    MORE_THAN = "more than"
    AT_MOST = "at most"


class DisputeTable(Vocabulary):
    """``disputes.csv`` ``table``: the table of the row a rival claim contradicts."""

    CONTROL = "control"
    EVENTS = "events"
    MOVEMENTS = "movements"


class Severity(Vocabulary):
    """How bad a :class:`~geo.errors.Problem` is: an error stops a build, a warning is
    reported and the build goes on."""

    ERROR = "error"
    WARNING = "warning"


#: Every vocabulary of the data files, by the name the schema uses for it.
VOCABULARIES: dict[str, type[Vocabulary]] = {
    "kind": PlaceKind, "change": Change, "certainty": Certainty, "state": ControlState,
    "movement_kind": MovementKind, "movement_status": MovementStatus,
    "event_status": EventStatus, "pattern": SidePattern, "precision": ShapePrecision,
    "quantity": FigureQuantity, "unit": FigureUnit, "qualifier": FigureQualifier,
    "table": DisputeTable,
}

__all__ = ["VOCABULARIES", "Certainty", "Change", "ControlState", "DisputeTable",
           "EventStatus", "FigureQualifier", "FigureQuantity", "FigureUnit", "MovementKind",
           "MovementStatus", "PlaceKind", "Severity", "ShapePrecision", "SidePattern",
           "Vocabulary"]
