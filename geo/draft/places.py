"""Choose the places of a claim among the geoparser's mentions around its cue.

The places of a cue are the toponyms of its window (its clause, on the side its voice
says), less those that only locate another place: a qualifier ("Ukraine's Avdiivka",
"Mosul in Iraq", "in the Donetsk region"), a landmark ("north-west of Raqqa", "10 km
southwest of Kurakhove"), a country beside a smaller place, or a name inside an actor
("Sudan army"). A movement's places get their role from the word before them ("from" a
start, "to", "towards", "into" … an end). "The city", "the area" or "there" stand for a
place named before (:func:`anaphor_places`): of a kind the noun admits, in the sentence
before the word, else the first of each sentence before it; "those three towns" for the
places of the claim before.
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
_OWNER_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:capital|city|town|outskirts|suburbs?|"
                       r"centre|center|airport|port|border|province|region|district|villages?|"
                       r"towns|cities)\b", re.I)
_LOCATING = re.compile(r"^,?\s*(?:in|of|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$")
_NEAR = re.compile(r"^,\s*(?:near|outside)\b")
_LANDMARK = re.compile(
    r"(?:(?<!the )\b(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?|\b(?:km|kilometres?|"
    r"kilometers?|miles?|edges?|border)|\bfrom\s+the\s+\w+\s+of)\s+(?:of|from|with)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|capital)\s+(?:of\s+)?)?(?:(?-i:[A-Z])\w+\s+)?$|"
    r"\b(?:km|miles?)\)?\s*(?:\w+\s+)?(?:of|from)\s+$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_TOWARDS = re.compile(r"\b(?:to|towards?|toward|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_TO = re.compile(r"\b(?:to|towards?|into|on|onto|at|in|inside|near|around|against|"
                 r"reach(?:ed|ing)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
ANAPHOR = re.compile(
    r"\b(?:(?:the|this|that|these|those|both|all(?:\s+the)?)\s+(?:(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|"
    r"\d+)\s+)?(?:(?:regional|provincial|state|besieged|embattled|key|strategic|nearby|"
    r"neighbou?ring|adjacent|same|whole|entire|main|holy|border|port|southern|northern|eastern|"
    r"western|[a-z]+-(?:held|controlled|occupied|besieged|run))\s+){0,2}"
    r"(?P<noun>city|cities|town|towns|village|"
    r"villages|area|areas|region|capital|settlement|settlements|enclave|district|districts|"
    r"quarter|quarters|neighbou?rhoods?|camp|base|airport|province|localit(?:y|ies)|front|"
    r"outpost|post|positions)"
    r"(?!\s+of\s+(?-i:[A-Z]))|(?P<there>there))\b", re.I)
#: The kinds of place an anaphor's noun may stand for, in order of preference.
_NOUN_KINDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "city": (("city", "town"),), "capital": (("city", "town"),),
    "town": (("town", "city", ""),), "village": (("town", "village", ""),),
    "settlement": (("town", "village", ""),), "locality": (("town", "village", ""),),
    "district": (("quarter", "district", ""), ("town", "city")),
    "quarter": (("quarter", ""),), "neighbourhood": (("quarter", ""),),
    "neighborhood": (("quarter", ""),), "province": (("governorate", "region", "district"),),
    "region": (("governorate", "region", "district"),),
}
_ANY_KIND = (("site", "quarter", "town", "village", "city", "district", "region",
              "governorate", ""),)
#: How many sentences back an anaphor may look, and how many claims back for the place
#: the story is about.
ANAPHOR_SENTENCES = 3
SALIENT_CLAIMS = 6
DIRECTIONS = {"north": 0.0, "north-east": 45.0, "northeast": 45.0, "east": 90.0,
              "south-east": 135.0, "southeast": 135.0, "south": 180.0, "south-west": 225.0,
              "southwest": 225.0, "west": 270.0, "north-west": 315.0, "northwest": 315.0}
_DIRECTION = re.compile(r"\b(?:to|towards?)\s+the\s+(north|south|east|west)(?:[\s-]?(east|"
                        r"west))?(?:\s+and\s+(?:the\s+)?(north|south|east|west))?\b", re.I)


def _rank(mention: Mention) -> int:
    # a name no gazetteer knows is most often a village or a quarter
    return KIND_RANK.get(mention.kind, 3) if mention.kind else 1


def window_places(text: str, mentions: Sequence[Mention], start: int, end: int,
                  blocked: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """The toponyms inside ``[start, end)`` that are places of a claim, not qualifiers."""
    inside = [m for m in mentions if start <= m.start and m.end <= end and
              not any(s <= m.start < e for s, e in blocked)]
    kept: list[Mention] = []
    dropped: Mention | None = None  # the qualifier just before, if the last one was one
    for index, mention in enumerate(inside):
        after = inside[index + 1] if index + 1 < len(inside) else None
        if _is_qualifier(text, start, mention, after, kept, dropped):
            dropped = mention
            continue
        dropped = None
        kept.append(mention)
    if any(m.kind != "country" for m in kept):
        kept = [m for m in kept if m.kind != "country"]
    return kept


def _is_qualifier(text: str, floor: int, mention: Mention, after: Mention | None,
                  kept: list[Mention], dropped: Mention | None) -> bool:
    if _LANDMARK.search(text[max(floor, mention.start - 40):mention.start]):
        return True
    if after is not None and _POSSESSIVE.match(text[mention.end:after.start]):
        return True  # "Ukraine's Avdiivka": the country qualifies the town
    if _OWNER_OF.match(text, mention.end):
        return True  # "Tigray's regional capital": the place is the capital, named elsewhere
    locating = _LOCATING.match(text[kept[-1].end:mention.start]) if kept else None
    if locating and (_rank(mention) > _rank(kept[-1]) or _NEAR.match(locating.group()) or
                     (not mention.place_id and not kept[-1].place_id)):
        return True  # "Kostiantynopolske in the Donetsk region", "Villa Nueva, near Guamalito"
    # "in the town of Shaykh al-Hadid, western Afrin": a qualifier's own qualifier
    return dropped is not None and re.fullmatch(r"\s*,\s*(?:(?:in|near|of)\s+(?:the\s+)?)?",
                                                text[dropped.end:mention.start]) \
        is not None and _rank(mention) >= _rank(dropped)


def _kinds(match: re.Match[str]) -> tuple[tuple[str, ...], ...]:
    noun = (match.group("noun") or "").lower()
    return _NOUN_KINDS.get(noun, _ANY_KIND)


def is_plural(match: re.Match[str]) -> bool:
    """Whether an anaphor stands for several places ("those three towns")."""
    noun = (match.group("noun") or "").lower()
    return (noun.endswith(("s", "ies")) and noun not in ("areas",)) or noun == "cities"


def anaphor_places(text: str, match: re.Match[str], mentions: Sequence[Mention],
                   sentences: Sequence[tuple[int, int]], blocked: Sequence[tuple[int, int]],
                   claimed: Sequence[Sequence[Mention]]) -> list[Mention]:
    """The places an anaphor stands for: a place of a kind its noun admits named before it
    in its sentence, else the place the last claims (``claimed``, their places in order)
    name most often, else the first such place of each sentence before; "those three
    towns" for the places of the last claim. ``sentences`` are the bounds of the
    sentences up to and including the anaphor's."""
    if is_plural(match):
        last = list(claimed[-1]) if claimed else []
        return last if len(last) > 1 else []
    if match.group("there"):  # the place named last, in this sentence or the one before
        for start, end in (sentences[-1], *reversed(sentences[-2:-1])):
            named = [m for m in window_places(text, mentions, start, min(end, match.start()),
                                              blocked) if m.kind in _ANY_KIND[0]]
            if named:
                return named[-1:]
    for kinds in _kinds(match):
        current = [m for m in window_places(text, mentions, sentences[-1][0], match.start(),
                                            blocked) if m.kind in kinds]
        if current:
            return current[-1:]
        salient = _most_named([m for places in claimed[-SALIENT_CLAIMS:] for m in places
                               if m.kind in kinds])
        if salient is not None:
            return [salient]
        for start, end in reversed(sentences[-1 - ANAPHOR_SENTENCES:-1]):
            found = [m for m in window_places(text, mentions, start, end, blocked)
                     if m.kind in kinds]
            if found:
                return found[:1]
    return []


def _most_named(places: list[Mention]) -> Mention | None:
    """The place named most often, the latest of equals."""
    counts: dict[str, int] = {}
    for mention in places:
        key = mention.place_id or mention.text.lower()
        counts[key] = counts.get(key, 0) + 1
    best = None
    for mention in places:
        key = mention.place_id or mention.text.lower()
        if best is None or counts[key] >= counts[best.place_id or best.text.lower()]:
            best = mention
    return best


def role_of(text: str, mention: Mention, table: str, floor: int) -> str:
    """``from`` or ``to`` for a movement's place, from the words before it; else ``at``."""
    if table != "movement":
        return "at"
    before = text[max(floor, mention.start - 40):mention.start]
    came = _FROM.search(before)
    if came and not _TOWARDS.search(before, came.start() + 4):
        return "from"  # not "from Nyala towards El Fasher": the nearer word says where to
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
