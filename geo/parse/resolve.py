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
from dataclasses import dataclass, field

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
from geo.parse.evidence import Placed, mark_containers, weigh_evidence
from geo.parse.gazetteer import KIND_WORDS, Gazetteer, Place
from geo.parse.mentions import DIRECTION_WORDS, NAME_PARTICLES, Mention, Parse, Span
from geo.parse.names import Token, fold_name, joinable, name_variants
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
#: Words after a name that make it a part of a city ("the al-Manshiyah neighbourhood").
_QUARTER_WORDS = frozenset({"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
                            "quarter", "quarters"})
#: A world-layer town farther than this from every other place named is no quarter of them.
_QUARTER_TOWN_MAX_KM = 10.0
#: A small world town of several words, in a country no other mention names, needs another
#: place named within this distance ("Akcakale" across the border from "Tal Abyad").
_LONELY_TOWN_KM = 100.0
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
    score_memo: dict[tuple[str, str, frozenset, frozenset, frozenset], float] = field(
        default_factory=dict)
    resolved: dict[int, Place] = field(default_factory=dict)  # span position -> settlement
    #: Units named in full so far ("Ishikawa Prefecture"), by their folded bare name.
    units_named: dict[str, Place] = field(default_factory=dict)
    placed: list[Placed] = field(default_factory=list)
    near_memo: dict[tuple[str, float], bool] = field(default_factory=dict)

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
    promoted = {(m.start, m.end) for m in mentions}
    return Parse(mentions, state.derived,
                 sorted((m for m in set_aside if (m.start, m.end) not in promoted),
                        key=lambda m: m.start))


def _non_toponym(state: _Resolution, position: int, span: Span) -> Mention | None:
    """The span as a non-place or a demonym, or ``None`` for a toponym."""
    start, end, surface = state.surface(span)
    non_place = [e for e in span.entries if e.role == "non-place"]
    if non_place or _organisation(state.text, state.tokens, span):
        label = non_place[0].label if non_place else "organisation"
        return Mention(start, end, surface, "non-place", "not-a-place", label=label)
    demonyms = [e for e in span.entries if e.role == "demonym"]
    if not demonyms:
        return None
    if _language_list(state.text, state.tokens, state.spans, position):
        return Mention(start, end, surface, "non-place", "not-a-place", label="language")
    place = state.gazetteer.get(demonyms[0].place_id) if demonyms[0].place_id else None
    return _mention(start, end, surface, "demonym", place, 0.9 if place else 0.0)


def _toponym(state: _Resolution, position: int, span: Span) -> Mention | None:
    """The span as a toponym: resolved, unresolved, or ``None`` (not a place after all)."""
    start, end, surface = state.surface(span)
    gazetteer = state.gazetteer
    found_places = [gazetteer.get(e.place_id) for e in span.entries if e.role == "place"]
    candidates: list[Place] = list({c.id: c for c in found_places if c is not None}.values())
    if not candidates:
        return Mention(start, end, surface, "toponym", "unresolved") if span.cue else None
    named_unit = _unit_named_before(state, span, candidates)
    if named_unit is not None:
        candidates = [named_unit]
    scored = [(_memo_score(state, candidates[0], span), candidates[0])] \
        if len(candidates) == 1 else sorted(((_memo_score(state, c, span), c)
                                             for c in candidates),
                                            key=lambda pair: (-pair[0], pair[1].id))
    best_score, best = scored[0]
    confidence = _confidence(best_score, scored[1][0] if len(scored) > 1 else None,
                             span.fuzzy)
    checked = _checked_confidence(state, position, span, best, confidence)
    if checked is None:
        return None
    confidence = checked
    if confidence < settings.MIN_CONFIDENCE:
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
    key = (place.id, span.kind_hint, span.containers, span.contained, candidate_key(span))
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
    if lonely and best.kind in ("city", "town") and not _primary_name(
            text[tokens[span.first].start:tokens[span.last].end], best):
        # named by an alternate name only, in a country nothing else points to: "Hamas"
        # is no Hamm
        confidence = min(confidence, 0.3)
    if lonely and best.population < 100_000 and best.kind != "region" and \
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


def _primary_name(surface: str, place: Place) -> bool:
    """Whether a surface is, folded, the place's own name or words of it ("New York" of
    "New York City"), not one of its alternate names."""
    if name_variants(surface) & name_variants(place.name):
        return True
    words = set(fold_name(place.name).split(" "))
    return set(fold_name(surface).split(" ")) <= words


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
    for span in spans:
        after = tokens[span.last + 1] if span.last + 1 < len(tokens) else None
        before = tokens[span.first - 1] if span.first > 0 else None
        if after and joinable(text, tokens[span.last], after):
            word = after.text.lower().rstrip("s") if after.text.lower() != "countryside" \
                else "countryside"
            span.kind_hint = KIND_WORDS.get(word, KIND_WORDS.get(after.text.lower(), ""))
        if not span.kind_hint and span.first >= 2 and tokens[span.first - 1].text.lower() == "of":
            span.kind_hint = KIND_WORDS.get(tokens[span.first - 2].text.lower(), "")
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
        if match:
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
    return DIRECTION_WORDS[word], tokens[first - 1].start


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
    if span.kind_hint and span.kind_hint == place.kind:
        score += 3.0
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
    (``east-aleppo``), else a point offset from ``base`` by a quarter of its extent."""
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
