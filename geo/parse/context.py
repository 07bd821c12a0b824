"""What a whole article says about where it is: the places it names without ambiguity,
and the countries and first-level units all its names point to (a vote of every name)."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from geo.parse.gazetteer import Gazetteer, Place
from geo.parse.mentions import Span
from geo.parse.names import fold_name
from geo.parse.world import unit_base

#: Kinds of place that are settlements or parts of one (for distances between mentions).
SETTLEMENT_KINDS = frozenset({"city", "town", "quarter", "district", "site"})


@dataclass
class DocumentContext:
    """The article's evidence for resolving each of its names.

    ``countries`` and ``units`` are votes: each name gives one vote, shared among the
    countries (first-level units) its candidates lie in, so that "Pokrovsk" (in Ukraine
    and in Russia) counts half for each and "Ukraine" and "Donetsk Oblast" tip it.
    """

    anchors: Counter
    countries: Counter
    units: Counter
    in_play: set[str]
    city_support: set[str]
    anchor_points: list[Place]
    #: The country votes of the spans of each candidate set (a name's own votes).
    own_votes: dict[frozenset[str], Counter] = field(default_factory=dict)
    nearest_memo: dict[str, float] = field(default_factory=dict)
    _anchor_xyz: list[tuple[float, float, float]] | None = None
    _anchor_ids: list[str] = field(default_factory=list)
    _anchor_index: dict[str, int] | None = None  # id -> position, when ids are distinct

    def nearest_anchor_km(self, place: Place) -> float:
        """Great-circle distance (km) from a place to the nearest other anchor (0 if none):
        the nearest settlement named without ambiguity, where there is one."""
        if self._anchor_xyz is None:
            # settlements, when the article names any: the point of a state or a country
            # says little of where in it a town lies (Amethi of Uttar Pradesh is the one
            # near Varanasi, not the one nearer the state's middle)
            points = [p for p in self.anchor_points if p.kind in SETTLEMENT_KINDS] or \
                self.anchor_points
            self._anchor_xyz = [_unit_vector(p.lat, p.lon) for p in points]
            self._anchor_ids = [p.id for p in points]
            index = {place_id: i for i, place_id in enumerate(self._anchor_ids)}
            self._anchor_index = index if len(index) == len(self._anchor_ids) else None
        x, y, z = _unit_vector(place.lat, place.lon)
        dots = [x * ax + y * ay + z * az for ax, ay, az in self._anchor_xyz]
        if self._anchor_index is not None:  # the place itself is no other anchor
            own = self._anchor_index.get(place.id)
            if own is not None:
                del dots[own]
        elif place.id in self._anchor_ids:
            dots = [d for d, i in zip(dots, self._anchor_ids, strict=True) if i != place.id]
        if not dots:
            return 0.0
        best = max(dots)
        return 6371.0088 * math.acos(max(-1.0, min(1.0, best)))

    def other_votes(self, country: str, span: Span) -> float:
        """The votes for a country from names other than this span's (and its repeats):
        "Abrah" is no town of Oman by itself."""
        own = self.own_votes.get(candidate_key(span))
        # .get: a country without votes is 0, as Counter's own (Python) __missing__ says
        return self.countries.get(country, 0) - (own.get(country, 0) if own is not None
                                                 else 0.0)

    @cached_property
    def country_total(self) -> float:
        return sum(self.countries.values()) or 1.0

    @cached_property
    def unit_total(self) -> float:
        return sum(self.units.values()) or 1.0

    @cached_property
    def top_country(self) -> str:
        if not self.countries:
            return ""
        return min(self.countries.items(), key=lambda item: (-item[1], item[0]))[0]


def document_context(spans: list[Span], gazetteer: Gazetteer) -> DocumentContext:
    """The context of the spans of one article (fuzzy spans do not vote)."""
    voting = [s for s in spans if not s.fuzzy]
    anchors = unambiguous_places(voting, gazetteer)
    countries: Counter = Counter()
    units: Counter = Counter()
    own_votes: dict[frozenset[str], Counter] = {}
    for span in voting:
        choices, span_units = _span_votes(span, gazetteer)
        if choices is None:
            continue
        _vote(countries, choices)
        key = candidate_key(span)
        own = own_votes.get(key)
        if own is None:
            own = own_votes[key] = Counter()
        _vote(own, choices)
        _vote(units, span_units)
    in_play = set(anchors)
    for place_id in list(anchors):
        in_play.update(gazetteer.ancestors(place_id))
    anchor_points = [p for p in (gazetteer.get(place_id) for place_id in anchors)
                     if p is not None]
    return DocumentContext(anchors, countries, units, in_play,
                           city_support(anchors, gazetteer), anchor_points, own_votes)


_Shares = tuple[tuple[str, float], ...]


def _span_votes(span: Span, gazetteer: Gazetteer) -> tuple[_Shares | None, _Shares]:
    """The countries and first-level units a span votes for, sorted, with the share of
    its vote each takes (``None``: it names no place). They depend on its entries only:
    memoised on the gazetteer."""
    key = tuple(span.entries)
    memo = gazetteer.vote_cache
    cached = memo.get(key)
    if cached is not None:
        return cached
    found = [gazetteer.get(e.place_id) for e in span.entries
             if e.role in ("place", "demonym") and e.place_id]
    places: list[Place] = list({p.id: p for p in found if p is not None}.values())
    if not places:
        votes: tuple[_Shares | None, _Shares] = (None, ())
    else:
        if len({p.id for p in places}) > 1 and any(p.origin == "local" for p in places):
            places = [p for p in places if p.origin == "local"]  # a local name wins
        country_weights: dict[str, float] = {}
        unit_weights: dict[str, float] = {}
        for p in places:
            weight = _vote_weight(p)
            country = gazetteer.country_of(p.id)
            if country:
                country_weights[country] = max(country_weights.get(country, 0.0), weight)
            unit = first_level_unit(p, gazetteer)
            if unit:  # within a country, units share alike: "Clarksville" of Texas
                unit_weights[unit] = 1.0
        votes = (_shares(country_weights), _shares(unit_weights))
    if len(memo) >= 200_000:
        memo.clear()
    memo[key] = votes
    return votes


def candidate_key(span: Span) -> frozenset[str]:
    """The ids a span may name (computed once per span)."""
    if span.key is None:
        span.key = frozenset(e.place_id for e in span.entries
                             if e.role in ("place", "demonym"))
    return span.key


@lru_cache(maxsize=100_000)
def _unit_vector(lat: float, lon: float) -> tuple[float, float, float]:
    phi, lam = math.radians(lat), math.radians(lon)
    return math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi)


def _vote(counter: Counter[str], choices: _Shares) -> None:
    """One vote shared among ``choices`` by their shares (sorted: insertion order decides
    ties, so it is kept reproducible)."""
    get = counter.get  # no call of Counter's Python __missing__ for a new choice
    for choice, share in choices:
        counter[choice] = get(choice, 0) + share  # type: ignore[assignment]  # float votes


#: The weight of a place without a population in a name's vote, by kind (a first-level
#: unit counts as a city of a million, a county as one of 250,000, a country as one of
#: ten million: GeoNames gives units no population).
_KIND_WEIGHTS = {"country": 3000.0, "continent": 3000.0, "governorate": 1000.0,
                 "region": 1000.0, "district": 500.0, "city": 300.0, "town": 30.0,
                 "quarter": 30.0, "site": 30.0}


def _vote_weight(place: Place) -> float:
    """How much a candidate draws its name's vote: the square root of its population
    ("Paris" votes mostly for France, not for the dozen small Parises of the United
    States, which a vote shared by country would make the article's country)."""
    if place.population > 0:
        return max(1.0, math.sqrt(place.population))
    return _KIND_WEIGHTS.get(place.kind, 30.0)


def _shares(weights: dict[str, float]) -> _Shares:
    total = sum(weights.values())
    return tuple((key, weights[key] / total) for key in sorted(weights)) if total else ()


def first_level_unit(place: Place, gazetteer: Gazetteer) -> str:
    """The id of the first-level unit (governorate, state, oblast) a place lies in or is."""
    cached = gazetteer.unit_cache.get(place.id)
    if cached is not None:
        return cached
    unit = ""
    if place.kind == "governorate":
        unit = place.id
    else:
        for ancestor in gazetteer.ancestors(place.id):
            found = gazetteer.get(ancestor)
            if found is not None and found.kind == "governorate":
                unit = found.id
                break
    gazetteer.unit_cache[place.id] = unit
    return unit


#: The most letters a unit's name adds to its seat's as an adjective ("Khersonska").
_SEAT_SUFFIX_LETTERS = 3


def names_its_unit(place: Place, gazetteer: Gazetteer) -> bool:
    """Whether a town gives its name to the first-level unit it lies in, as the seat of a
    unit usually does: Kherson of Khersonska oblast, Marib of Ma'rib, Idlib of Idlib.
    Such a town is known beyond its population (GeoNames counts 66,000 in Kherson)."""
    cached = gazetteer.seat_cache.get(place.id)
    if cached is not None:
        return cached
    seat = False
    unit = gazetteer.get(first_level_unit(place, gazetteer)) if place.kind in (
        "town", "city") else None
    if unit is not None:
        town = fold_name(place.name)
        name = fold_name(unit_base(unit.name))
        name = name[3:] if name.startswith("al ") else name
        seat = len(town) >= 4 and name.startswith(town) and \
            len(name) - len(town) <= _SEAT_SUFFIX_LETTERS and " " not in name[len(town):]
    gazetteer.seat_cache[place.id] = seat
    return seat


def unambiguous_places(spans: list[Span], gazetteer: Gazetteer) -> Counter:
    """Places named without ambiguity (one candidate, or one local candidate), counted."""
    anchors: Counter[str] = Counter()
    memo = gazetteer.anchor_cache
    for span in spans:
        key = tuple(span.entries)
        anchor = memo.get(key)
        if anchor is None:
            anchor = memo[key] = _anchor_of(span, gazetteer)
            if len(memo) >= 200_000:
                memo.clear()
        if anchor:
            anchors[anchor] = anchors.get(anchor, 0) + 1
    return anchors


def _anchor_of(span: Span, gazetteer: Gazetteer) -> str:
    """The place a span names without ambiguity, or ""."""
    places = [e.place_id for e in span.entries if e.role in ("place", "demonym")
              and e.place_id]
    local = [p for p in places if (found := gazetteer.get(p)) and found.origin == "local"]
    if len(set(places)) == 1:
        return places[0]
    if len(set(local)) == 1:
        return local[0]
    return ""


def city_support(anchors: Counter, gazetteer: Gazetteer) -> set[str]:
    """Places a quarter may belong to: those named (or containing a place named) other
    than through one of their own quarters, and cities with two or more quarters named."""
    support: set[str] = set()
    quarters_of: Counter = Counter()
    for place_id in anchors:
        place = gazetteer.get(place_id)
        if place is not None and place.kind == "quarter":
            quarters_of[place.parent] += 1
            continue
        support.add(place_id)
        support.update(gazetteer.ancestors(place_id))
    support.update(city for city, count in quarters_of.items() if count >= 2)
    return support
