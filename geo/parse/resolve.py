"""Resolve each span to one gazetteer place (or none) by the document's context.

Resolution uses the document's context, in this order of weight: a kind word next to the
name ("Homs governorate"), the places already named that contain a candidate (quarters of
Aleppo when Aleppo is in play), the countries the article is about, the distance to the
other places named, then prominence. A mention with too little evidence is kept as
``unresolved`` rather than given a wrong place.

Directional qualifiers make derived regions: "east-Syria", "Syria's east" and
"west-Iraq" resolve to a region east of Syria's point etc. (``precision="derived"``);
"east of Aleppo" stays a mention of Aleppo.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from geo import settings
from geo.geodesy import great_circle_km
from geo.parse.casing import TextCasing
from geo.parse.context import (
    DocumentContext,
    candidate_key,
    document_context,
    first_level_unit,
    names_its_unit,
)
from geo.parse.evidence import KNOWN_TOWN, SMALL_TOWN, Placed, mark_containers, weigh_evidence
from geo.parse.gazetteer import KIND_WORDS, Gazetteer, Place
from geo.parse.mentions import DIRECTION_WORDS, NAME_PARTICLES, Mention, Parse, Span
from geo.parse.names import Token, fold_name, joinable, name_variants, spelling
from geo.parse.world import unit_base

DIRECTIONS = {
    "north": (0.0, 1.0), "south": (0.0, -1.0), "east": (1.0, 0.0), "west": (-1.0, 0.0),
    # A diagonal region is a quadrant: its centre lies a quarter of the extent off along
    # both axes (as "east" lies a quarter east), not on the unit circle.
    "northeast": (1.0, 1.0), "northwest": (-1.0, 1.0),
    "southeast": (1.0, -1.0), "southwest": (-1.0, -1.0),
    "central": (0.0, 0.0),
}
_POST_DIRECTION_RE = re.compile(
    r"['’]s\s+(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\b",
    re.IGNORECASE)
#: Capitalised words after a place name that make the whole an organisation's name.
ORG_HEADS = frozenset({
    "army", "forces", "front", "brigade", "brigades", "battalion", "council", "observatory",
    "media", "center", "centre", "shield", "movement", "party", "university", "times", "post",
    "news", "agency", "command", "committee", "network", "corps", "division", "regiment",
    "revolutionaries", "coalition", "ministry", "government", "club", "fc", "airways",
    "airlines", "company", "bank", "institute", "foundation", "association", "union",
    "declaration", "accord", "accords", "agreement", "talks", "conference", "process",
    "league", "staff", "security", "authority", "commission", "administration", "militia",
    "alliance", "bureau", "management", "service", "services", "police", "guard", "guards",
    "army's", "tv", "television", "radio", "channel", "press", "daily", "herald", "tribune",
    "journal", "gazette", "chronicle", "telegraph", "broadcasting", "office", "department",
    "federation", "organisation", "organization", "group", "fund", "trust", "society",
    "institution", "school", "college", "academy",
})
#: Kind-of-place ranking used as prominence when population is unknown.
_KIND_PROMINENCE = {"country": 1.5, "continent": 1.2, "region": 1.0, "governorate": 0.9,
                    "city": 0.8, "district": 0.7, "town": 0.5, "quarter": 0.4, "site": 0.3}
#: Kinds a settlement word ("city", "town", "village") names alike.
_SETTLEMENT_KINDS = frozenset({"city", "town"})
#: Words that call a place a village: no city of :data:`_VILLAGE_MAX_POPULATION` people or
#: more, which loses :data:`_CITY_AS_VILLAGE_PENALTY` of its score.
_VILLAGE_WORDS = frozenset({"village", "hamlet"})
_VILLAGE_MAX_POPULATION = 50_000
_CITY_AS_VILLAGE_PENALTY = 3.0
#: Words after a name that make it a part of a city ("the al-Manshiyah neighbourhood").
_QUARTER_WORDS = frozenset({"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
                            "quarter", "quarters"})
#: A world-layer town farther than this from every other place named is no quarter of them.
_QUARTER_TOWN_MAX_KM = 10.0
#: A small world town of several words, in a country no other mention names, needs another
#: place named within this distance ("Akcakale" across the border from "Tal Abyad").
_LONELY_TOWN_KM = 100.0
#: Unit words that end a unit's English name ("Kherson Oblast", "the Kherson region").
UNIT_WORDS_AFTER = frozenset({"oblast", "province", "state", "region", "governorate",
                              "county", "district", "prefecture", "krai", "raion",
                              "territory"})
#: A first-level unit by its bare name farther than this from every settlement named,
#: in a country no other name points to, is a namesake.
_LONELY_UNIT_KM = 1_000.0
#: A place named with a settlement's possessive ("Daraa's Manshiyah") lies within this.
_POSSESSED_MAX_KM = 25.0
_POSSESSIVE_GAP_RE = re.compile(r"['’]s?\s+")
#: Capitalised or particle words that may stand between a place name and the head word of
#: an organisation's name ("Fateh al-Sham Front", "Russian Defense Ministry").
_ORG_GAP_WORDS = 3


@dataclass
class _Resolution:
    """One article's resolution: its spans, context and what was resolved so far."""

    text: str
    tokens: list[Token]
    spans: list[Span]
    gazetteer: Gazetteer
    casing: TextCasing
    context: DocumentContext
    derived: dict[str, Place] = field(default_factory=dict)
    score_memo: dict[tuple[str, str, bool, frozenset, frozenset, frozenset], float] = field(
        default_factory=dict)
    resolved: dict[int, Place] = field(default_factory=dict)  # span position -> settlement
    #: Units named in full so far ("Ishikawa Prefecture"), by their folded bare name.
    units_named: dict[str, Place] = field(default_factory=dict)
    placed: list[Placed] = field(default_factory=list)
    near_memo: dict[tuple[str, float], bool] = field(default_factory=dict)
    #: Candidate sets with a first-level unit that a later "the state" refers to.
    unit_referred: dict[frozenset[str], bool] = field(default_factory=dict)
    #: Where the demonyms found so far end ("Amhara" of "Amhara and Fano militias").
    people_ends: set[int] = field(default_factory=set)

    def surface(self, span: Span) -> tuple[int, int, str]:
        start = span.qualifier_start if span.qualifier_start >= 0 else \
            self.tokens[span.first].start
        end = span.extend_end or self.tokens[span.last].end
        return start, end, self.text[start:end]


def resolve_spans(text: str, tokens: list[Token], spans: list[Span], gazetteer: Gazetteer,
                  casing: TextCasing | None = None) -> Parse:
    """Resolve ``spans`` (sorted by first token) to the mentions of ``text``.

    Each span first gets the kind word, directional qualifier and containing place ("X,
    Donetsk region") around it, then becomes a non-place (an organisation's, outlet's or
    language's name), a demonym, or a toponym: its best-scoring candidate when the
    confidence reaches ``settings.MIN_CONFIDENCE``, else unresolved. A small world town
    the text gives no reason to read as a place is dropped, and a place far from every
    other place of the article is flagged (:mod:`geo.parse.evidence`). Returns the
    mentions sorted by offset and the derived regions.
    """
    casing = casing or TextCasing(text, tokens)
    _annotate(text, tokens, spans)
    mark_containers(text, tokens, spans, gazetteer)
    state = _Resolution(text, tokens, spans, gazetteer, casing,
                        document_context(spans, gazetteer))
    mentions: list[Mention] = []
    for position, span in enumerate(spans):
        mention = _non_toponym(state, position, span)
        if mention is None:
            mention = _toponym(state, position, span)
        if mention is not None:
            mentions.append(mention)
    set_aside: list[Mention] = []
    mentions = weigh_evidence(mentions, state.placed, casing, state.context, gazetteer,
                              set_aside)
    mentions.sort(key=lambda m: m.start)
    mentions = _joined_unresolved(text, mentions)
    mentions = _placed_by_relation(text, mentions, state.derived, gazetteer)
    mentions = _repeat_derived(text, mentions)
    promoted = {(m.start, m.end) for m in mentions}
    return Parse(mentions, state.derived,
                 sorted((m for m in set_aside if (m.start, m.end) not in promoted),
                        key=lambda m: m.start))


#: "X near Y", "X, outside Y", "X, 10 km south of Y", "X on the outskirts of Y", "X in
#: Y": what stands between a place and the settlement or county it lies by or in.
_RELATION_RE = re.compile(
    r"[,‚]?\s+(?:(?:just|some|about|around|roughly|nearly|approximately)\s+)?"
    r"(?:(?P<km>\d+(?:\.\d+)?)\s*(?P<unit>km|kilometres|kilometers|miles|mi)\s+)?"
    r"(?:(?P<direction>north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)\s+of|near|outside|on\s+the\s+outskirts\s+of|in|(?:from|of))\s+"
    r"(?:the\s+(?:city|town|village)\s+of\s+)?", re.IGNORECASE)
#: A place named by its relation to a settlement farther than this from it (or than twice
#: the distance given) is a namesake ("between Cardwell and Bowen, near Townsville": 170 km).
_RELATION_MAX_KM = 300.0


def _placed_by_relation(text: str, mentions: list[Mention], derived: dict[str, Place],
                        gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Toponyms placed by the settlement they are said to lie by ("Chatsworth, south of
    Durban", "the village of X, 10 km north of Y", "X near Y"): one left unresolved, or
    resolved farther than :data:`_RELATION_MAX_KM` from it (a namesake elsewhere) and
    with no more confidence than the settlement (which may be the namesake), is a
    derived place at the settlement's point, moved by the distance and direction given.
    "From" and "of" count only after a distance ("X, 10 km from Y"). A name said to lie
    in a first-level unit of the world layer ("the town of Al-Khuwayyi in West Kordofan",
    "the village of Illinka in Donetsk region") is so placed at the unit's point when it
    was left unresolved or resolved outside that unit (a namesake elsewhere)."""
    out = list(mentions)
    for index, (mention, following) in enumerate(pairwise(mentions)):
        if mention.cls != "toponym" or following.cls != "toponym" or \
                mention.text.rsplit(" ", 1)[-1].lower() in _FEATURE_WORDS or \
                following.status != "resolved" or following.lat is None or \
                following.lon is None:
            continue
        if following.kind not in _RELATION_KINDS:
            if _in_unit(text, mention, following, gazetteer):
                match = _IN_RE.fullmatch(text, mention.end, following.start)
                assert match is not None
                out[index] = _related(mention, following, match, derived)
            continue
        match = _RELATION_RE.fullmatch(text, mention.end, following.start)
        if match is None or (not match.group("km") and not match.group("direction") and
                             re.search(r"\b(?:from|of)\s+", match.group(), re.IGNORECASE)
                             and not re.search(r"\b(?:near|outside|outskirts)\b",
                                               match.group(), re.IGNORECASE)):
            continue
        if mention.status == "resolved" and (
                mention.kind not in _RELATION_KINDS or _named_as_unit(mention) or
                mention.confidence >
                following.confidence or mention.lat is None or
                mention.lon is None or great_circle_km(
                    mention.lat, mention.lon, following.lat, following.lon) <= max(
                    _RELATION_MAX_KM, 2.0 * float(match.group("km") or 0.0))):
            continue  # a country or unit is no namesake of a town ("Russia in Palmyra")
        out[index] = _related(mention, following, match, derived)
    return out


def _joined_unresolved(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two unresolved toponyms a single space apart, both capitalised, as one name the
    gazetteer lacks: "in Adan Yabaal" is no "Adan" (Aden, far away) then "Yabaal"."""
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if last is not None and last.cls == mention.cls == "toponym" and \
                last.status == mention.status == "unresolved" and \
                text[last.end:mention.start] == " " and last.text[:1].isupper() and \
                mention.text[:1].isupper():
            out[-1] = replace(last, end=mention.end, text=text[last.start:mention.end])
            continue
        out.append(mention)
    return out


def _named_as_unit(mention: Mention) -> bool:
    """A resolved unit of the world layer named with its unit word ("Plymouth County"): no
    namesake of a town, whatever town it is said to lie by."""
    return mention.kind == "district" and mention.place_id.startswith("geonames:") and \
        "~" not in mention.place_id and \
        mention.text.rsplit(" ", 1)[-1].lower() in UNIT_WORDS_AFTER


#: "X in Y" alone, for a first-level unit Y (its groups are those of _RELATION_RE).
_IN_RE = re.compile(r"\s+in\s+(?P<km>)?(?P<unit>)?(?P<direction>)?")


def _in_unit(text: str, mention: Mention, unit: Mention, gazetteer: Gazetteer | None
             ) -> bool:
    """Whether a mention is a settlement's name said to lie in a first-level unit of the
    world layer ("X in West Kordofan") and is unresolved, or resolved to a town or city
    outside that unit."""
    if gazetteer is None or unit.kind != "governorate" or unit.label or \
            not unit.place_id.startswith("geonames:") or "~" in unit.place_id or \
            _IN_RE.fullmatch(text, mention.end, unit.start) is None or \
            not mention.text[:1].isupper():
        return False
    if mention.status != "resolved":
        return mention.place_id == ""
    if mention.kind not in ("city", "town") or not mention.place_id.startswith("geonames:") \
            or "~" in mention.place_id:
        return False
    ancestors = gazetteer.ancestors(mention.place_id)
    return bool(ancestors) and unit.place_id not in ancestors


def _repeat_derived(text: str, mentions: list[Mention]) -> list[Mention]:
    """One place per name: a name placed by what the text says around it ("the village
    of Zarivka near Pokrovsk", "the al-Morur neighbourhood") is that derived place wherever
    else the text writes it, as a word of its own in the same case, where nothing else was
    found or only an unresolved mention of the same name."""
    derived: dict[str, Mention] = {}
    for mention in mentions:
        if mention.precision == "derived" and mention.place_id and "~" in mention.place_id \
                and mention.text[:1].isupper() and len(mention.text) > 3:
            derived.setdefault(mention.text, mention)
    if not derived:
        return mentions
    at = {(m.start, m.end): i for i, m in enumerate(mentions)}
    starts = sorted((m.start, m.end) for m in mentions)
    out = list(mentions)
    for name, model in sorted(derived.items()):
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
            span = match.span()
            index = at.get(span)
            if index is not None:
                if out[index].status == "unresolved" and out[index].cls == "toponym":
                    out[index] = replace(model, start=span[0], end=span[1])
                continue
            if any(s < span[1] and span[0] < e for s, e in starts):
                continue  # inside another name
            out.append(replace(model, start=span[0], end=span[1]))
    return sorted(out, key=lambda m: m.start)


_RELATION_KINDS = frozenset({"city", "town", "quarter", "district"})
#: Last words of natural features, which a relation does not move to a settlement ("the
#: Dnipro River near Kherson" runs far beyond it).
_FEATURE_WORDS = frozenset({"river", "lake", "lagoon", "sea", "gulf", "bay", "mountains",
                            "hills", "valley", "canal", "strait", "peninsula", "desert",
                            "highway", "parkway", "island", "islands", "coast"})


def _related(mention: Mention, anchor: Mention, match: re.Match, derived: dict[str, Place]
             ) -> Mention:
    """The mention as a derived place by ``anchor`` (see :func:`_placed_by_relation`)."""
    assert anchor.lat is not None and anchor.lon is not None
    lat, lon = anchor.lat, anchor.lon
    direction = (match.group("direction") or "").lower().replace("-", "")
    km = float(match.group("km") or 0.0)
    if km and (match.group("unit") or "").lower() in ("miles", "mi"):
        km *= 1.609344
    if direction and km:
        dx, dy = DIRECTIONS[direction]
        norm = math.hypot(dx, dy) or 1.0
        lat += dy / norm * km / 111.32
        lon += dx / norm * km / (111.32 * max(0.1, math.cos(math.radians(anchor.lat))))
    place_id = f"{anchor.place_id}~by:{fold_name(mention.text)}"
    place = derived.get(place_id)
    if place is None:
        place = Place(id=place_id, name=f"{mention.text}, by {anchor.name}", kind="town",
                      lat=round(lat, 5), lon=round(lon, 5),
                      source=f"derived: the text places it {match.group().strip(' ,‚')} "
                             f"{anchor.name}",
                      parent=anchor.place_id, origin="derived")
        derived[place_id] = place
    return replace(_mention(mention.start, mention.end, mention.text, "toponym", place, 0.5),
                   label=mention.label)


def _non_toponym(state: _Resolution, position: int, span: Span) -> Mention | None:
    """The span as a non-place or a demonym, or ``None`` for a toponym."""
    start, end, surface = state.surface(span)
    non_place = [e for e in span.entries if e.role == "non-place"]
    if non_place or _organisation(state.text, state.tokens, span):
        label = non_place[0].label if non_place else "organisation"
        return Mention(start, end, surface, "non-place", "not-a-place", label=label)
    demonyms = [e for e in span.entries if e.role == "demonym"]
    if not demonyms:
        return _people_of_name(state, span, start, end, surface)
    if _language_list(state.text, state.tokens, state.spans, position):
        return Mention(start, end, surface, "non-place", "not-a-place", label="language")
    place = state.gazetteer.get(demonyms[0].place_id) if demonyms[0].place_id else None
    return _mention(start, end, surface, "demonym", place, 0.9 if place else 0.0)


#: Lower-case nouns of a people's government, forces or community, which a demonym
#: stands before ("Somali government forces", "Amhara and Fano militias").
_ARMED_NOUNS = frozenset({
    "forces", "troops", "army", "military", "militia", "militias", "fighters", "soldiers",
    "rebels", "insurgents", "commanders", "armed", "gunmen", "combatants", "paramilitaries"})
#: Nouns a unit's name stands before too ("the Kerala government"): a demonym only where
#: the name is also a country's people's ("the Somali government").
_CIVIL_NOUNS = frozenset({"government", "people", "community", "communities", "elders",
                          "clan", "clans"})
_GROUP_NOUNS = _ARMED_NOUNS | _CIVIL_NOUNS
#: "X <noun>", "X and Y <noun>": the words between a name and its group noun.
_GROUP_NOUN_RE = re.compile(r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*)?\s+([a-z]+)\b")
#: What stands between two peoples' names coordinated before a group noun.
_PEOPLE_AND_RE = re.compile(r"\s+and\s+")
#: The kinds of place whose bare name is often a people's ("Somali", "Amhara", "Kokang").
_PEOPLE_NAMED_KINDS = frozenset({"governorate", "region"})


def _people_of_name(state: _Resolution, span: Span, start: int, end: int, surface: str
                    ) -> Mention | None:
    """A one-word name before a noun of government, forces or people: a region's name is
    its people's ("Somali government forces", "Amhara and Fano militias", "Kokang armed
    group"), a demonym of the country whose name it begins ("Somali" of Somalia); a small
    town of a country nothing else in the article points to is an armed group's name
    ("Fano militias" of Ethiopia are no town of Italy). ``None`` otherwise."""
    if span.first != span.last or span.cue or span.kind_hint or span.direction or \
            span.containers:
        return None
    match = _GROUP_NOUN_RE.match(state.text, state.tokens[span.last].end)
    if match is None or match.group(1) not in _GROUP_NOUNS:
        return None
    gazetteer = state.gazetteer
    places = [p for p in (gazetteer.get(e.place_id) for e in span.entries
                          if e.role == "place") if p is not None]
    if not places or any(p.kind == "country" for p in places):
        return None
    if all(p.kind in _PEOPLE_NAMED_KINDS for p in places):
        country = _country_named_from(state, surface)
        if country is None and match.group(1) not in _ARMED_NOUNS:
            return None
        state.people_ends.add(end)
        return _mention(start, end, surface, "demonym", country, 0.9)
    if len(match.group(0).split()) > 1:
        return None  # a town's name only right before the noun
    after_people = any(_PEOPLE_AND_RE.fullmatch(state.text, e, start) for e in
                       state.people_ends if start - 8 <= e < start)
    if all(p.origin == "world" and p.kind in ("city", "town") and p.population < SMALL_TOWN
           and (after_people or state.context.other_votes(p.country, span) < 0.5)
           for p in places):
        return Mention(start, end, surface, "non-place", "not-a-place", label="organisation")
    return None


def _country_named_from(state: _Resolution, surface: str) -> Place | None:
    """The country whose name is the people's name and one more letter ("Somalia")."""
    for entry in state.gazetteer.lookup(surface + "a"):
        place = state.gazetteer.get(entry.place_id)
        if place is not None and place.kind == "country":
            return place
    return None


def _toponym(state: _Resolution, position: int, span: Span) -> Mention | None:
    """The span as a toponym: resolved, unresolved, or ``None`` (not a place after all)."""
    start, end, surface = state.surface(span)
    gazetteer = state.gazetteer
    found_places = [gazetteer.get(e.place_id) for e in span.entries if e.role == "place"]
    candidates: list[Place] = list({c.id: c for c in found_places if c is not None}.values())
    if not candidates:
        if not span.cue:
            return None
        return _quarter_of_city(state, position, span) or \
            Mention(start, end, surface, "toponym", "unresolved")
    named_unit = _unit_named_before(state, span, candidates)
    if named_unit is not None:
        candidates = [named_unit]
    scored = sorted(((_memo_score(state, c, span), c) for c in candidates),
                    key=lambda pair: (-pair[0], pair[1].id)) if len(candidates) > 1 else \
        [(_memo_score(state, candidates[0], span), candidates[0])]
    if len(scored) > 1 and scored[0][1].origin == "world":
        scored = _by_own_names(state, span, scored)
        scored = _by_unit_reference(state, span, scored)
        after = state.spans[position + 1] if position + 1 < len(state.spans) else None
        if after is not None and after.direction and after.qualifier_start >= 0 and \
                state.text[state.tokens[span.last].end:after.qualifier_start] == ", ":
            scored = _by_side(state, after, scored)
    best_score, best = scored[0]
    confidence = _confidence(best_score, scored[1][0] if len(scored) > 1 else None,
                             span.fuzzy)
    checked = _checked_confidence(state, position, span, best, confidence)
    if checked is None:
        return None
    confidence = checked
    if confidence < settings.MIN_CONFIDENCE:
        quarter = _quarter_of_city(state, position, span)
        if quarter is not None:  # "Mosul's Old City" is no quarter of Aleppo
            return quarter
        mention = Mention(start, end, surface, "toponym", "unresolved",
                          confidence=round(confidence, 2))
        if all(c.origin == "world" for c in candidates):
            state.placed.append(Placed(mention, span, best, resolved=False))
        return mention
    found = best
    _remember_unit(state, span, best)
    if span.direction:
        best = _directional(best, span.direction, gazetteer, state.derived)
    elif best.kind in ("city", "town", "quarter", "district"):
        state.resolved[position] = best
    capital_of = ""
    if best.kind == "country" and gazetteer.world is not None:
        capital = gazetteer.world.capital_of(best.source if best.origin == "local" else best.id)
        if capital is not None:
            capital_of = f"{capital.name} {capital.lat:.5f} {capital.lon:.5f}"
    mention = _mention(start, end, surface, "toponym", best, confidence, label=span.direction,
                       capital=capital_of)
    state.placed.append(Placed(mention, span, found))
    return mention


#: Names of a city's old quarter, which a text uses of the city it is about.
_OLD_CITY_NAMES = frozenset({"old city", "the old city", "old town", "the old town",
                             "old quarter", "the old quarter"})
#: Place words that announce quarters of a city ("the al-Morur neighbourhood", "the
#: neighbourhoods of al-Bareed and al-Nahda"); "district" may be a unit and is left out.
_CITY_PART_WORDS = _QUARTER_WORDS | {"suburb", "suburbs"}
#: A city whose quarters a text may name without saying so again.
_QUARTER_CITY_POPULATION = 50_000


def _quarter_of_city(state: _Resolution, position: int, span: Span) -> Mention | None:
    """A quarter the gazetteer lacks (or holds for another city), announced as one ("the
    al-Morur neighbourhood", "the neighbourhoods of al-Bareed and al-Nahda", "the Old
    City"), as a derived place at the point of the city it is in: the city whose
    possessive stands before it ("Mosul's Old City"), else the city named most often
    before it (``precision="derived"``); ``None`` when no city was named before or the
    words announce no quarter."""
    start, end, surface = state.surface(span)
    tokens = state.tokens
    if surface.lower() not in _OLD_CITY_NAMES and not _announced_as_quarter(state, span):
        return None
    city = None
    owner = state.resolved.get(position - 1)
    if owner is not None and _POSSESSIVE_GAP_RE.fullmatch(
            state.text, tokens[state.spans[position - 1].last].end, tokens[span.first].start):
        city = owner
    if city is None:
        city = _city_in_play(state, position)
    if city is None or not _quarter_city(city):
        return None
    place_id = f"{city.id}~quarter:{fold_name(surface)}"
    place = state.derived.get(place_id)
    if place is None:
        place = Place(id=place_id, name=f"{surface}, {city.name}", kind="quarter",
                      lat=city.lat, lon=city.lon,
                      source=f"derived from {city.source}: a quarter the text names in "
                             f"{city.name}, at the city's point",
                      parent=city.id, country=city.country, origin="derived")
        state.derived[place_id] = place
    return _mention(start, end, surface, "toponym", place, 0.5)


def _quarter_city(place: Place) -> bool:
    return place.kind in ("city", "town") and (
        place.origin != "world" or place.population >= _QUARTER_CITY_POPULATION)


def _city_in_play(state: _Resolution, position: int) -> Place | None:
    """The city named most often before ``position`` (the latest of the most named): the
    city a text names quarters of."""
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    for at, place in state.resolved.items():
        if at < position and _quarter_city(place):
            counts[place.id] = counts.get(place.id, 0) + 1
            latest[place.id] = max(latest.get(place.id, -1), at)
    if not counts:
        return None
    best = max(counts, key=lambda pid: (counts[pid], latest[pid]))
    return state.resolved[latest[best]]


def _announced_as_quarter(state: _Resolution, span: Span) -> bool:
    """Whether a quarter word follows the name ("the al-Morur neighbourhood") or opens
    the list it stands in ("the neighbourhoods of al-Bareed and al-Nahda")."""
    tokens, text = state.tokens, state.text
    after = tokens[span.last + 1] if span.last + 1 < len(tokens) else None
    if after is not None and joinable(text, tokens[span.last], after) and \
            after.text.lower() in _CITY_PART_WORDS:
        return True
    index = span.first - 1
    for _ in range(40):
        if index < 1:
            return False
        token = tokens[index]
        gap = text[token.end:tokens[index + 1].start]
        if token.text == "of" and gap == " ":
            return tokens[index - 1].text.lower() in _CITY_PART_WORDS
        if gap not in (" ", ", ", "-") or not (token.text[:1].isupper() or
                                              token.text in ("and", "al", "el")):
            return False
        index -= 1
    return False


def _unit_named_before(state: _Resolution, span: Span, candidates: list[Place]
                       ) -> Place | None:
    """The unit an earlier mention named in full ("Ishikawa Prefecture") when this bare
    name is its base ("Ishikawa") and none of the name's candidates lies in it: they are
    namesakes elsewhere (a town of Chiba), while a seat in its unit keeps its name
    ("Kherson" after "Kherson region")."""
    if not state.units_named:
        return None
    unit = state.units_named.get(fold_name(
        state.text[state.tokens[span.first].start:state.tokens[span.last].end]))
    if unit is None or any(c.id == unit.id or unit.id in state.gazetteer.ancestors(c.id)
                           for c in candidates):
        return None
    return unit


def _remember_unit(state: _Resolution, span: Span, place: Place) -> None:
    """Note a unit named with its kind word, for the bare repeats of its name."""
    if place.kind not in ("governorate", "district") or place.origin != "world":
        return
    surface = fold_name(state.text[state.tokens[span.first].start:
                                   state.tokens[span.last].end])
    base = fold_name(unit_base(place.name))
    if span.kind_hint == place.kind or surface != base:
        state.units_named.setdefault(base, place)


def _memo_score(state: _Resolution, place: Place, span: Span) -> float:
    # A candidate's score depends on the document, the span's kind word and its
    # containers only.
    key = (place.id, span.kind_hint, span.village, span.containers, span.contained,
           candidate_key(span))
    if key not in state.score_memo:
        state.score_memo[key] = _score(place, span, state.gazetteer, state.context)
    return state.score_memo[key]


def _checked_confidence(state: _Resolution, position: int, span: Span, best: Place,
                        confidence: float) -> float | None:
    """The confidence after the document's checks; ``None`` to drop the span."""
    context, tokens, text = state.context, state.tokens, state.text
    capitals = state.gazetteer.world.capitals if state.gazetteer.world is not None \
        else frozenset()
    lonely = best.origin == "world" and best.kind not in ("country", "continent") and \
        context.other_votes(best.country, span) < 0.5
    if lonely and best.id in capitals and best.population < \
            settings.COMMON_WORD_KEEP_POPULATION and span.first == span.last and \
            not state.casing.placed_before(span.first) and not span.containers:
        return None  # "Washington said" when the US is named, not "Male fighters"
    surface = text[tokens[span.first].start:tokens[span.last].end]
    if best.origin == "world" and best.kind in ("city", "town") and \
            best.population < KNOWN_TOWN and span.first == span.last and not span.cue and \
            state.gazetteer.world is not None and \
            surface.lower() in state.gazetteer.world.ordinary_words and \
            not _primary_name(surface, best):
        return None  # "rival Victory": an English word that only a small town's other name is
    if lonely and best.kind in ("city", "town") and not _primary_name(surface, best):
        # named by an alternate name only, in a country nothing else points to: "Hamas"
        # is no Hamm
        confidence = min(confidence, 0.3)
    if lonely and best.kind == "governorate" and best.origin == "world" and \
            not span.kind_hint and tokens[span.last].text.lower() not in UNIT_WORDS_AFTER \
            and context.anchor_points and not _near_anchor(state, best, _LONELY_UNIT_KM):
        # a unit by its bare name, in a country nothing else points to, far from every
        # settlement named: "St Lawrence" of Queensland is no council of Malta
        confidence = min(confidence, 0.3)
    if lonely and best.population < 100_000 and best.kind != "region" and \
            not (best.kind == "governorate" and span.kind_hint == "governorate") and \
            not names_its_unit(best, state.gazetteer) and (
            span.first == span.last or (best.kind in ("city", "town", "district") and
                                        not _near_anchor(state, best, _LONELY_TOWN_KM))):
        # a small far-away namesake: no other place named lies in its country (its own
        # mentions do not count: "Abrah" is no town of Oman by itself); a name of several
        # words also lies far from every other place named ("Kafr Batikh" of Idlib is no
        # town of Egypt)
        confidence = min(confidence, 0.3)
    if best.kind == "quarter" and best.parent not in context.city_support:
        confidence = min(confidence, 0.2)  # a quarter only when its city is in play
    if best.origin == "world" and best.kind in ("city", "town") and \
            _quarter_word_after(text, tokens, span) and \
            not _near_anchor(state, best, _QUARTER_TOWN_MAX_KM):
        # "the al-Manshiyah neighborhood" of Daraa is not a town of that name in Jordan
        confidence = min(confidence, 0.3)
    owner = state.resolved.get(position - 1)
    if owner is not None and _POSSESSIVE_GAP_RE.fullmatch(
            text, tokens[state.spans[position - 1].last].end, tokens[span.first].start) and \
            _distance_km(owner, best) > _POSSESSED_MAX_KM:
        # "Daraa's Manshiyah district" lies in Daraa, whatever else is called Manshiyah
        confidence = min(confidence, 0.3)
    return confidence


#: What a world candidate loses when the text names it only by an alternate name while
#: another candidate, as prominent or a unit, bears that name as its own.
_ALTERNATE_NAME_PENALTY = 3.0
#: What a candidate that bears the name exactly as its own gains over the others.
_OWN_NAME_BONUS = 0.25
#: What a first-level unit bearing the name gains when the towns of its country bearing
#: it too have under :data:`_SMALL_NAMESAKE` people (GeoNames gives units no population,
#: so a village of 10,000 would outweigh "California" or "Florida").
_UNIT_OVER_TOWN_BONUS = 1.5
_SMALL_NAMESAKE = 15_000
_UNIT_KINDS = frozenset({"country", "governorate", "district"})


def _by_own_names(state: _Resolution, span: Span, scored: list[tuple[float, Place]]
                  ) -> list[tuple[float, Place]]:
    """The scores with a penalty for the world candidates the name is only an alternate
    name of (not words of their own name: "New York" is New York City's), when another
    candidate bears it as its own name and is more populous or is an administrative
    unit: "Paris" in an article on Ukraine is the capital of France, not a village of
    Odesa oblast once called so; "Rio Grande do Sul" is the state, not the city of Rio
    Grande."""
    surface = spelling(state.text[state.tokens[span.first].start:state.tokens[span.last].end])
    names = [spelling(place.name) for _, place in scored]
    owners = [place for (_, place), name in zip(scored, names, strict=True) if name == surface]
    if not owners:
        return scored
    words = set(surface.split(" "))
    adjusted = []
    for (value, place), name in zip(scored, names, strict=True):
        if name == surface:
            value += _OWN_NAME_BONUS  # "Ohio" is the state before Ohio County
            if place.kind == "governorate" and place.origin == "world" and all(
                    o.population < _SMALL_NAMESAKE for o in owners
                    if o.country == place.country and o.kind in _SETTLEMENT_KINDS):
                value += _UNIT_OVER_TOWN_BONUS  # "California" before the town of Maryland
        elif not words <= set(name.split(" ")) and place.origin == "world" and any(
                o.kind in _UNIT_KINDS or o.population > place.population for o in owners):
            value -= _ALTERNATE_NAME_PENALTY
        adjusted.append((value, place))
    return sorted(adjusted, key=lambda pair: (-pair[0], pair[1].id))


#: "the state", "the province's": a reference back to a first-level unit just named
#: ("across Victoria as firefighters face a blaze in the state's west"); not "the state of
#: emergency", "the state media".
_UNIT_REFERENCE_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:state|province|territory)(?:['’]s)?\b(?!['’-])"
    r"(?!\s+(?:of|department|media|news|broadcaster|television|tv|run|owned|capital|"
    r"visit|funeral|dinner|banquet|secretary|council|apparatus)\b)", re.IGNORECASE)
#: A reference is to a unit named this many sentence ends before it at most.
_UNIT_REFERENCE_SENTENCES = 2
_SENTENCE_END_RE = re.compile(r"[.!?]['’”\"]?\s|\n")
#: What a first-level unit bearing the name gains when "the state" refers back to it.
_UNIT_REFERENCE_BONUS = 3.0


def _by_unit_reference(state: _Resolution, span: Span, scored: list[tuple[float, Place]]
                       ) -> list[tuple[float, Place]]:
    """The scores with :data:`_UNIT_REFERENCE_BONUS` for the first-level units bearing the
    name exactly, when "the state" or "the province" follows one of the name's mentions
    within its sentence or the next with no other unit named between: Victoria of
    Australia, not the city of Texas, in "a fire ban across Victoria ... in the state's
    west"; a repeat of the name takes it too."""
    units = [place for _, place in scored if place.kind == "governorate" and
             place.origin == "world" and not span.kind_hint]
    if not units:
        return scored
    surface = spelling(state.text[state.tokens[span.first].start:state.tokens[span.last].end])
    owned = {p.id for p in units if spelling(p.name) == surface}
    if not owned:
        return scored
    key = candidate_key(span)
    referred = state.unit_referred.get(key)
    if referred is None:
        referred = state.unit_referred[key] = any(
            _referred_to(state, other) for other in state.spans
            if candidate_key(other) == key)
    if not referred:
        return scored
    span.kind_hint = "governorate"  # as "Victoria state" would say: no lonely namesake
    adjusted = [(value + (_UNIT_REFERENCE_BONUS if place.id in owned else 0.0), place)
                for value, place in scored]
    return sorted(adjusted, key=lambda pair: (-pair[0], pair[1].id))


def _referred_to(state: _Resolution, span: Span) -> bool:
    """Whether "the state" follows the span within its sentence or the next, with no
    other name of a first-level unit between."""
    start = state.tokens[span.last].end
    end = start
    for _ in range(_UNIT_REFERENCE_SENTENCES):
        found = _SENTENCE_END_RE.search(state.text, end)
        if found is None:
            end = len(state.text)
            break
        end = found.end()
    match = _UNIT_REFERENCE_RE.search(state.text, start, end)
    if match is None:
        return False
    gazetteer = state.gazetteer
    for other in state.spans:
        other_start = state.tokens[other.first].start
        if start <= other_start < match.start() and other is not span and any(
                (p := gazetteer.get(e.place_id)) is not None and p.kind == "governorate"
                for e in other.entries if e.role == "place"):
            return False
    return True


#: What a candidate gains for lying in the part of its container the text names
#: ("Nagasaki, southwestern Japan" is the city of Kyushu, not a quarter of Tokyo).
_SIDE_BONUS = 2.0


def _by_side(state: _Resolution, after: Span, scored: list[tuple[float, Place]]
             ) -> list[tuple[float, Place]]:
    """The scores with :data:`_SIDE_BONUS` for the candidates in the country or unit
    named right after them with a direction ("X, southwestern Japan") that lie nearer its
    part that way than its middle (the world layer's ``~direction`` and ``~central``)."""
    gazetteer = state.gazetteer
    for container in sorted(e.place_id for e in after.entries if e.role == "place"):
        part = gazetteer.get(f"{container}~{after.direction}")
        middle = gazetteer.get(f"{container}~central")
        if part is None or middle is None:
            continue
        adjusted = [(value + (_SIDE_BONUS if container in gazetteer.ancestors(place.id) and
                              _distance_km(place, part) < _distance_km(place, middle)
                              else 0.0), place)
                    for value, place in scored]
        return sorted(adjusted, key=lambda pair: (-pair[0], pair[1].id))
    return scored


@lru_cache(maxsize=100_000)


def _primary_name(surface: str, place: Place) -> bool:
    """Whether a surface is, folded, the place's own name or words of it ("New York" of
    "New York City"), not one of its alternate names."""
    if name_variants(surface) & name_variants(place.name):
        return True
    words = set(fold_name(place.name).split(" "))
    return {_SAINT_KEYS.get(w, w) for w in fold_name(surface).split(" ")} <= words


#: Folded abbreviations of name words and the folded words they stand for ("Port St Johns"
#: is "Port Saint John's" by its own name).
_SAINT_KEYS = {fold_name(a): fold_name(b) for a, b in (
    ("St", "Saint"), ("Ste", "Sainte"), ("Ft", "Fort"), ("Mt", "Mount"))}


def _quarter_word_after(text: str, tokens: list[Token], span: Span) -> bool:
    """Whether the name is followed by "neighbourhood" or "quarter"."""
    after = tokens[span.last + 1] if span.last + 1 < len(tokens) else None
    return after is not None and joinable(text, tokens[span.last], after) and \
        after.text.lower() in _QUARTER_WORDS


def _near_anchor(state: _Resolution, place: Place, max_km: float) -> bool:
    """:func:`_near_other_place` of the article's anchors, memoised by place."""
    key = (place.id, max_km)
    if key not in state.near_memo:
        state.near_memo[key] = _near_other_place(place, state.context.anchor_points, max_km)
    return state.near_memo[key]


def _near_other_place(place: Place, anchor_points: list[Place],
                      max_km: float = _QUARTER_TOWN_MAX_KM) -> bool:
    """Whether another settlement or quarter named in the text lies within ``max_km`` of
    ``place`` (a suburb may be called a neighbourhood)."""
    return any(_distance_km(place, other) <= max_km for other in anchor_points
               if other.id != place.id and other.kind in ("city", "town", "quarter",
                                                            "district", "site"))


def _annotate(text: str, tokens: list[Token], spans: list[Span]) -> None:
    """Attach kind words and directional qualifiers found around each span."""
    starts = {span.first for span in spans}
    for span in spans:
        after = tokens[span.last + 1] if span.last + 1 < len(tokens) else None
        before = tokens[span.first - 1] if span.first > 0 else None
        if after and joinable(text, tokens[span.last], after):
            word = after.text.lower().rstrip("s") if after.text.lower() != "countryside" \
                else "countryside"
            span.kind_hint = KIND_WORDS.get(word, KIND_WORDS.get(after.text.lower(), ""))
            span.village = word in _VILLAGE_WORDS
        if not span.kind_hint and span.first >= 2 and tokens[span.first - 1].text.lower() == "of":
            word = tokens[span.first - 2].text.lower()
            span.kind_hint = KIND_WORDS.get(word, "")
            span.village = word.rstrip("s") in _VILLAGE_WORDS
        first_word = tokens[span.first].text.lower()
        if DIRECTION_WORDS.get(first_word) and span.first < span.last:
            continue  # the gazetteer itself has the qualified name ("east-Aleppo")
        if before and joinable(text, before, tokens[span.first]):
            direction, qualifier_start = _direction_before(text, tokens, span.first)
            if direction:
                span.direction, span.qualifier_start = direction, qualifier_start
                continue
        # match(text, pos) rather than a slice: a slice copies the rest of the text per span.
        match = _POST_DIRECTION_RE.match(text, tokens[span.last].end)
        if match and span.last + 1 not in starts:
            # not when the direction opens the next name ("Sudan's North Kordofan State")
            span.direction = match.group(1).lower().replace("-", "")
            span.extend_end = match.end()


def _direction_before(text: str, tokens: list[Token], first: int) -> tuple[str, int]:
    """The direction word(s) right before a name ("north-west Syria"), and where they start."""
    word = tokens[first - 1].text.lower()
    if word not in DIRECTION_WORDS:
        return "", -1
    if first >= 2 and word in ("east", "west") and joinable(text, tokens[first - 2],
                                                            tokens[first - 1]) \
            and tokens[first - 2].text.lower() in ("north", "south"):
        return tokens[first - 2].text.lower() + word, tokens[first - 2].start
    if first >= 2 and word == "central" and \
            text[tokens[first - 2].end:tokens[first - 1].start] == "-" and \
            DIRECTION_WORDS.get(tokens[first - 2].text.lower()) in _COMPASS:
        # "north-central Texas": between the north and the middle, not the middle
        return f"{DIRECTION_WORDS[tokens[first - 2].text.lower()]}-central", \
            tokens[first - 2].start
    return DIRECTION_WORDS[word], tokens[first - 1].start


#: The four compass directions, which "-central" may follow ("north-central", "west-central").
_COMPASS = frozenset({"north", "south", "east", "west"})


def _organisation(text: str, tokens: list[Token], span: Span) -> bool:
    """A place name inside an organisation's name: "Aleppo Media Center", "Bank Of X",
    and with a few name words between: "Fateh al-Sham Front", "Syrian Arab Coalition";
    or after one: "Russian Reconciliation Center for Syria", "Operation Olive Branch"."""
    index = span.last
    for _ in range(_ORG_GAP_WORDS + 1):
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is None or not joinable(text, tokens[index], after):
            break
        word = after.text
        if word[:1].isupper() and word.lower() in ORG_HEADS:
            return True
        if not (word[:1].isupper() and not word.isupper()) and word not in NAME_PARTICLES:
            break  # an ordinary word or an acronym ends the name
        if "-" in text[tokens[index].end:after.start] and \
                tokens[index].text not in NAME_PARTICLES:
            break  # "U.S.-Backed Syrian Forces": a compound, not one name
        index += 1
    # "Operation Olive Branch" names an operation
    if span.first >= 1 and tokens[span.first - 1].text == "Operation" and \
            joinable(text, tokens[span.first - 1], tokens[span.first]):
        return True
    # "Lutheran University of Brazil", "Bureau of Meteorology of X": an organisation's head
    if span.first >= 2 and tokens[span.first - 1].text == "of" and \
            tokens[span.first - 2].text[:1].isupper() and \
            tokens[span.first - 2].text.lower() in ORG_HEADS:
        return True
    # Title Case "X Of Y" names a work or an outlet
    if span.first >= 2 and tokens[span.first - 1].text == "Of" and \
            tokens[span.first - 2].text[:1].isupper():
        return True
    # "Russian Reconciliation Center for Syria": a capitalised name whose head is an
    # organisation's, then "for" and the place
    if span.first >= 3 and tokens[span.first - 1].text == "for":
        head, before = tokens[span.first - 2], tokens[span.first - 3]
        return (head.text[:1].isupper() and head.text.lower() in ORG_HEADS
                and before.text[:1].isupper() and joinable(text, before, head))
    return False


def _language_list(text: str, tokens: list[Token], spans: list[Span], position: int) -> bool:
    """Demonyms in a comma list of three or more ("Spanish, German, Dutch") are languages."""
    def demonym(index: int) -> bool:
        return 0 <= index < len(spans) and any(e.role == "demonym"
                                               for e in spans[index].entries)

    run = 1
    index = position
    while demonym(index - 1) and re.fullmatch(
            r",\s*(and\s+)?", text[tokens[spans[index - 1].last].end:
                                   tokens[spans[index].first].start]):
        run += 1
        index -= 1
    index = position
    while demonym(index + 1) and re.fullmatch(
            r",\s*(and\s+)?", text[tokens[spans[index].last].end:
                                   tokens[spans[index + 1].first].start]):
        run += 1
        index += 1
    return run >= 3


def _distance_km(a: Place, b: Place) -> float:
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def _score(place: Place, span: Span, gazetteer: Gazetteer, context: DocumentContext) -> float:
    score = 2.0 if place.origin == "local" else 0.0
    code, ancestors, ancestor_set, unit, prominence = _place_facts(place, gazetteer)
    if code and context.countries:
        others = context.other_votes(code, span)  # a name does not vote for itself
        score += 2.0 * others / context.country_total
        if code == context.top_country and others > 0:
            score += 1.0
    if unit and context.units and place.kind != "governorate":
        score += 1.5 * context.units.get(unit, 0) / context.unit_total
    if place.kind in ("quarter", "district") and place.origin == "local":
        score += 3.0 if ancestors and ancestors[0] in context.in_play else -3.0
    elif not context.in_play.isdisjoint(ancestor_set):
        score += 0.5
    if span.containers and not span.containers.isdisjoint(ancestor_set):
        score += 4.0  # "Seversk, Donetsk region"
    if span.contained and place.id in span.contained:
        score += 2.0  # the "Donetsk region" of "Seversk, Donetsk region"
    if span.kind_hint and (span.kind_hint == place.kind or (
            span.kind_hint in _SETTLEMENT_KINDS and place.kind in _SETTLEMENT_KINDS)):
        score += 3.0  # "Pokrovsk city" may be a town of GeoNames: English has no threshold
    if span.village and place.population >= _VILLAGE_MAX_POPULATION:
        score -= _CITY_AS_VILLAGE_PENALTY  # "the village of Shevchenko" is no city district
    score += _nearness(place, context)
    score += prominence
    if place.kind == "country":
        score += 1.5
    elif place.kind == "region" and place.id.startswith("region:"):
        score += 1.5  # a well-known region of regions.csv ("the Black Sea", "Darfur")
    return score


def _place_facts(place: Place, gazetteer: Gazetteer
                 ) -> tuple[str, tuple[str, ...], frozenset[str], str, float]:
    """What a place's score takes from the gazetteer alone (memoised on it): its country,
    its ancestors (as a tuple and a set), its first-level unit and its prominence."""
    facts = gazetteer.score_cache.get(place.id)
    if facts is None:
        ancestors = tuple(gazetteer.ancestors(place.id))
        if place.population:
            prominence = min(2.5, 2.5 * math.log10(place.population + 1) / 7.0)
        else:
            prominence = _KIND_PROMINENCE.get(place.kind, 0.3) * 0.7
        facts = (gazetteer.country_of(place.id), ancestors, frozenset(ancestors),
                 first_level_unit(place, gazetteer), prominence)
        if len(gazetteer.score_cache) >= 200_000:
            gazetteer.score_cache.clear()
        gazetteer.score_cache[place.id] = facts
    return facts


def _nearness(place: Place, context: DocumentContext) -> float:
    """Up to 1.5 for a place near the places the article names without ambiguity."""
    points = context.anchor_points
    if not points or place.kind in ("country", "continent", "region"):
        return 0.0
    nearest = context.nearest_memo.get(place.id)
    if nearest is None:
        nearest = context.nearest_memo[place.id] = context.nearest_anchor_km(place)
    return 1.5 * math.exp(-nearest / 250.0)


def _confidence(best: float, second: float | None, fuzzy: bool) -> float:
    """Map scores to 0-1: high when the best candidate is strong and well ahead."""
    strength = 1.0 / (1.0 + math.exp(-(best - 1.5)))
    if second is not None:
        strength *= 1.0 / (1.0 + math.exp(-2.0 * (best - second)))
        strength = min(1.0, strength * 1.3)
    if fuzzy:
        strength *= 0.75
    return strength


def _directional(base: Place, direction: str, gazetteer: Gazetteer,
                 derived: dict[str, Place]) -> Place:
    """The region on the ``direction`` side of ``base``: a local place when one exists
    (``east-aleppo``), else a point offset from ``base`` by a quarter of its extent.
    "north-central" and the like are the midpoint of the compass side's region and the
    central one."""
    if direction.endswith("-central"):
        side = _directional(base, direction.split("-")[0], gazetteer, derived)
        middle = _directional(base, "central", gazetteer, derived)
        place_id = f"{base.id}~{direction}"
        if place_id not in derived:
            derived[place_id] = Place(
                id=place_id, name=f"{direction.capitalize()} {base.name}", kind="region",
                lat=round((side.lat + middle.lat) / 2, 5),
                lon=round((side.lon + middle.lon) / 2, 5),
                source=f"derived from {base.source}: midway between its {side.name} and "
                       f"its {middle.name}",
                parent=base.id, country=base.country or gazetteer.country_of(base.id),
                origin="derived")
        return derived[place_id]
    stem = base.id.split(":")[-1]
    for candidate in (f"{direction}-{stem}", f"{stem}-{direction}"):
        local = gazetteer.get(candidate)
        if local is not None:
            return local
    if base.origin == "world":  # a local place keeps the offset its data implies
        part = gazetteer.get(f"{base.id}~{direction}")
        if part is not None:
            return part  # the world layer's part, from the towns lying that way
    place_id = f"{base.id}~{direction}"
    if place_id in derived:
        return derived[place_id]
    if base.area_km2:
        extent_km = math.sqrt(base.area_km2) / 4.0
    elif base.kind in ("country",):
        extent_km = 150.0
    elif base.kind in ("governorate", "region"):
        extent_km = 60.0
    else:
        extent_km = max(2.0, math.sqrt(max(base.population, 1) / settings.TOWN_DENSITY_PER_KM2))
    dx, dy = DIRECTIONS.get(direction, (0.0, 0.0))
    lat = base.lat + dy * extent_km / 111.32
    lon = base.lon + dx * extent_km / (111.32 * max(0.1, math.cos(math.radians(base.lat))))
    place = Place(id=place_id, name=f"{direction.capitalize()} {base.name}", kind="region",
                  lat=round(lat, 5), lon=round(lon, 5),
                  source=f"derived from {base.source}: {direction} of the place, offset by a "
                         f"quarter of its extent ({extent_km:.0f} km)",
                  parent=base.id, country=base.country or gazetteer.country_of(base.id),
                  origin="derived")
    derived[place_id] = place
    return place


def _mention(start: int, end: int, surface: str, cls: str, place: Place | None,
             confidence: float, label: str = "", capital: str = "") -> Mention:
    if place is None:
        return Mention(start, end, surface, cls, "unresolved", confidence=round(confidence, 2),
                       label=label)
    precision = "derived" if place.origin == "derived" else (
        "region" if place.kind in ("region", "continent", "country", "governorate") else "point")
    return Mention(start, end, surface, cls, "resolved", place.id, place.name, place.kind,
                   place.lat, place.lon, precision, round(confidence, 2), label,
                   capital=capital)
