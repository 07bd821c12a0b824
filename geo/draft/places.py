"""Choose the places of a claim among the geoparser's mentions around its cue.

The places of a cue are the toponyms of its window (its clause, on the side its voice
says), less those that only locate another place: a qualifier ("Ukraine's Avdiivka",
"Mosul in Iraq", "in the Donetsk region"), a landmark ("north-west of Raqqa", "10 km
southwest of Kurakhove"), a country beside a smaller place, or a name inside an actor
("Sudan army"). A movement's places get their role from the word before them ("from" a
start, "to", "towards", "into" … an end). "The city", "the area" or "there" stand for the
last place the text named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.draft.records import ClaimPlace
from geo.parse.geoparse import Mention

#: How coarse each kind of place is: a finer place makes a coarser one a qualifier.
KIND_RANK = {"site": 0, "quarter": 1, "town": 2, "village": 2, "city": 3, "district": 4,
             "region": 5, "governorate": 5, "country": 7, "continent": 8}
_POSSESSIVE = re.compile(r"^(?:'s|’s|')\s*$")
_LOCATING = re.compile(r"^,?\s*(?:in|of|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$")
_LANDMARK = re.compile(
    r"(?:(?<!the )\b(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?|\b(?:km|kilometres?|"
    r"kilometers?|miles?|outskirts)|\bfrom\s+the\s+\w+\s+of)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$|\b(?:km|miles?)\)?\s*(?:\w+\s+)?(?:of|from)\s+$",
    re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_TO = re.compile(r"\b(?:to|towards?|into|on|onto|at|in|inside|near|around|against|"
                 r"reach(?:ed|ing)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
ANAPHOR = re.compile(
    r"\b(?:(?:the|this|that)\s+(?:(?:regional|provincial|state|besieged|embattled|key|"
    r"strategic)\s+)?(?:city|town|village|area|region|capital|settlement|enclave|district|"
    r"quarter|neighbou?rhood|camp|base|airport|province)|there)\b", re.I)
DIRECTIONS = {"north": 0.0, "north-east": 45.0, "northeast": 45.0, "east": 90.0,
              "south-east": 135.0, "southeast": 135.0, "south": 180.0, "south-west": 225.0,
              "southwest": 225.0, "west": 270.0, "north-west": 315.0, "northwest": 315.0}
_DIRECTION = re.compile(r"\b(?:to|towards?)\s+the\s+(north|south|east|west)(?:[\s-]?(east|"
                        r"west))?(?:\s+and\s+(?:the\s+)?(north|south|east|west))?\b", re.I)


def _rank(mention: Mention) -> int:
    return KIND_RANK.get(mention.kind, 3)


def window_places(text: str, mentions: Sequence[Mention], start: int, end: int,
                  blocked: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """The toponyms inside ``[start, end)`` that are places of a claim, not qualifiers."""
    inside = [m for m in mentions if start <= m.start and m.end <= end and
              not any(s <= m.start < e for s, e in blocked)]
    kept: list[Mention] = []
    for index, mention in enumerate(inside):
        if _LANDMARK.search(text[max(start, mention.start - 40):mention.start]):
            continue
        after = inside[index + 1] if index + 1 < len(inside) else None
        if after is not None and _POSSESSIVE.match(text[mention.end:after.start]):
            continue  # "Ukraine's Avdiivka": the country qualifies the town
        if kept and _LOCATING.match(text[kept[-1].end:mention.start]) and \
                _rank(mention) > _rank(kept[-1]):
            continue  # "Kostiantynopolske in the Donetsk region"
        kept.append(mention)
    if any(m.kind != "country" for m in kept):
        kept = [m for m in kept if m.kind != "country"]
    return kept


def role_of(text: str, mention: Mention, table: str, floor: int) -> str:
    """``from`` or ``to`` for a movement's place, from the words before it; else ``at``."""
    if table != "movement":
        return "at"
    before = text[max(floor, mention.start - 40):mention.start]
    if _FROM.search(before):
        return "from"
    return "to"


def bearing_of(text: str) -> float | None:
    """The bearing (degrees from north) of "towards the south and the west" in ``text``."""
    match = _DIRECTION.search(text)
    if match is None:
        return None
    first = match.group(1).lower() + ("-" + match.group(2).lower() if match.group(2) else "")
    bearing = DIRECTIONS[first]
    if match.group(3):
        other = DIRECTIONS[match.group(3).lower()]
        if abs(other - bearing) > 180:
            other += 360 if other < bearing else -360
        bearing = ((bearing + other) / 2) % 360
    return bearing


def claim_place(mention: Mention, role: str, stand_in: Mention | None = None) -> ClaimPlace:
    """A claim's place from a mention (``stand_in``: the place whose point an unplaced name
    borrows, the nearest placed one of its sentence)."""
    lat, lon, point_of = mention.lat, mention.lon, ""
    if lat is None and stand_in is not None:
        lat, lon, point_of = stand_in.lat, stand_in.lon, stand_in.place_id
    return ClaimPlace(role, mention.text, mention.place_id, mention.name or mention.text,
                      mention.kind, lat, lon, mention.start, mention.end, point_of)
