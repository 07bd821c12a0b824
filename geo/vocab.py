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
    """``control.csv`` ``change``: ``taken`` (changed hands that day) or ``held`` (a
    statement of who held the place then, a baseline)."""

    TAKEN = "taken"
    HELD = "held"


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


class Severity(Vocabulary):
    """How bad a :class:`~geo.errors.Problem` is: an error stops a build, a warning is
    reported and the build goes on."""

    ERROR = "error"
    WARNING = "warning"


#: Every vocabulary of the data files, by the name the schema uses for it.
VOCABULARIES: dict[str, type[Vocabulary]] = {
    "kind": PlaceKind, "change": Change, "certainty": Certainty,
    "movement_kind": MovementKind, "movement_status": MovementStatus,
    "event_status": EventStatus, "pattern": SidePattern, "precision": ShapePrecision,
}

__all__ = ["VOCABULARIES", "Certainty", "Change", "EventStatus", "MovementKind",
           "MovementStatus", "PlaceKind", "Severity", "ShapePrecision", "SidePattern",
           "Vocabulary"]
