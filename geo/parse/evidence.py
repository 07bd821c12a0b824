"""Whether the text gives a reason to read a small world town as a place, and which
resolved places lie far from every other place of their article.

GeoNames has a town for many a surname and word ("Davison", "Rami", "Gales"), so a world
town of fewer than :data:`SMALL_TOWN` people is kept only with a reason: a preposition of
place or a place word next to it ("in Soledar", "Kherson region"), a containing place
named after it ("Seversk, Donetsk region"), another place of the article near it, a list
of places it stands in, or, for a town of :data:`KNOWN_TOWN` people or more, its country
named elsewhere. Without one a one-word name is dropped and a longer one left unresolved.
Places are compared through a grid of cells, so the cost stays linear in the places named.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from itertools import pairwise

from geo.geodesy import great_circle_km
from geo.parse.casing import TextCasing
from geo.parse.context import DocumentContext, names_its_unit
from geo.parse.gazetteer import Gazetteer, Place
from geo.parse.mentions import Mention, Span
from geo.parse.names import Token, spelling

#: World towns under this population need a reason in the text to be places.
SMALL_TOWN = 100_000
#: A town of this population or more is a place when its country is named.
KNOWN_TOWN = 15_000
#: Another place of the article this near (km) makes a small town plausible.
NEAR_KM = 150.0
#: A town of this many people or more, the only place of its name, is placed on a reason
#: alone ("troops took Albu Kamal"), though nothing else in the text is in its country.
UNIQUE_TOWN = 20_000
#: A resolved place farther than this (km) from every other place of its article is flagged.
FAR_KM = 1_500.0
_CONTAINER_GAP_RE = re.compile(r",\s*|\s+in\s+|\s+of\s+|\s*\(\s*")
_LIST_GAP_RE = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_CONTAINER_KINDS = frozenset({"country", "governorate", "district", "region"})
_CELL_DEG = 2.0


@dataclass(frozen=True)
class Placed:
    """A resolved toponym, its span, and the place found (before any direction)."""

    mention: Mention
    span: Span
    place: Place
    resolved: bool = True  # else the best of the candidates of an unresolved toponym
    announced: bool = False  # a place word stands next to it ("the villages of X")


def mark_containers(text: str, tokens: list[Token], spans: list[Span],
                    gazetteer: Gazetteer) -> None:
    """Note, on each pair of neighbouring spans ("Seversk, Donetsk region", "Black Creek
    in Bryan County"), the places of the second that may contain the first's candidates,
    and on the second the units that contain the first's candidates."""
    for left, right in pairwise(spans):
        gap = text[tokens[left.last].end:tokens[right.first].start]
        if not _CONTAINER_GAP_RE.fullmatch(gap):
            continue
        outer = {e.place_id for e in right.entries if e.role == "place"
                 and (p := gazetteer.get(e.place_id)) is not None
                 and p.kind in _CONTAINER_KINDS}
        inner = {a for e in left.entries if e.role == "place"
                 for a in gazetteer.ancestors(e.place_id)}
        if outer & inner:
            left.containers = frozenset(outer & inner)
            right.contained = frozenset(outer & inner)


def _mark_announced(placed: list[Placed], casing: TextCasing) -> None:
    """Record, in place, whether the text announces each name as a place."""
    for i, p in enumerate(placed):
        announced = casing.placed_before(p.span.first) or casing.placed_after(p.span.last) or \
            casing.in_announced_list(p.span.first)
        if announced != p.announced:  # most are not: the record stands as it is
            placed[i] = Placed(p.mention, p.span, p.place, p.resolved, announced)


def weigh_evidence(mentions: list[Mention], placed: list[Placed], casing: TextCasing,
                   context: DocumentContext, gazetteer: Gazetteer,
                   set_aside: list[Mention] | None = None) -> list[Mention]:
    """Drop (or leave unresolved) the small world towns the text gives no reason for, and
    flag the places far from every other place of the article. The dropped one-word
    names go to ``set_aside`` when it is given."""
    grid = _Grid([p.place for p in placed if p.resolved])
    _mark_announced(placed, casing)
    changed: dict[int, Mention | None] = {}
    resolved_in = _resolved_by_country(placed)
    ordered = sorted(placed, key=lambda p: p.span.first)
    neighbours = {id(p): (ordered[i - 1] if i else None,
                          ordered[i + 1] if i + 1 < len(ordered) else None)
                  for i, p in enumerate(ordered)}
    reasons = {id(item): _has_reason(item, casing, context, grid, neighbours)
               for item in placed if _needs_reason(item, gazetteer)}
    vouched = _vouched_names(placed, reasons)
    # the small towns placed on their announcement alone must agree on one country with
    # every place resolved in the article ("in Alberta ... in Port St Johns" places neither)
    announced_alone = {id(p) for p in placed if not p.resolved and id(p) in reasons
                       and _only_place_of_its_name(p) and _strongly_announced(p, casing)}
    if len(set(resolved_in) | {p.place.country for p in placed
                               if id(p) in announced_alone}) > 1:
        announced_alone = set()
    # names of several words left unresolved that the text gives a reason for: their other
    # mentions stay unresolved places too
    kept_unresolved = {spelling(p.mention.text) for p in placed
                       if not p.resolved and reasons.get(id(p)) and p.span.first < p.span.last}
    for item in placed:
        place = item.place
        if id(item) not in reasons:
            continue
        # one place per name: a name written the same way as a mention of the article that
        # the text does give a reason for ("the city of Mirebalais ... to defend Mirebalais")
        reason = reasons[id(item)] or (place.id in vouched and spelling(item.mention.text)
                                       in vouched[place.id]) or \
            _paired(item, neighbours, casing)
        if not item.resolved and reason and _only_place_of_its_name(item) and \
                (place.population >= UNIQUE_TOWN or id(item) in announced_alone) and \
                set(resolved_in) <= {place.country}:
            # "troops took Albu Kamal": a town of some size, the world's only place of that
            # name, that the text treats as a place, is placed when no other place of the
            # article lies in another country
            changed[id(item.mention)] = _promoted(item.mention, place)
            continue
        if not item.resolved and (reason or place.kind in ("governorate", "region")) and \
                _country_resolved_elsewhere(item, resolved_in):
            # the whole article's second look: "Texas" left unresolved at first is the state
            # once "Houston" has been placed in the United States
            changed[id(item.mention)] = _promoted(item.mention, place)
            continue
        if reason:
            continue
        span = item.span
        if not item.resolved and spelling(item.mention.text) in kept_unresolved:
            continue  # "areas of Petite Rivière ... attacked Petite Rivière": one name, one sense
        if not item.resolved:
            changed[id(item.mention)] = None
            if set_aside is not None and span.first == span.last and \
                    not _runs_on(casing, span.last):
                set_aside.append(item.mention)
            continue
        changed[id(item.mention)] = None if span.first == span.last else replace(
            item.mention, status="unresolved", place_id="", name="", kind="", lat=None,
            lon=None, precision="", confidence=0.3, label="")
    _promote_repeats(placed, changed)
    kept = [p for p in placed if (p.resolved and changed.get(id(p.mention), p.mention)
                                  is p.mention) or (not p.resolved and
                                                    changed.get(id(p.mention)) is not None)]
    far = _far_places(kept)
    stray = _stray_towns(kept, gazetteer)
    out = []
    for mention in mentions:
        mention = changed.get(id(mention), mention)  # type: ignore[assignment]
        if mention is None:
            continue
        if mention.place_id in stray:
            mention = replace(mention, status="unresolved", place_id="", name="", kind="",
                              lat=None, lon=None, precision="", confidence=0.3, label="")
        elif mention.place_id in far:
            mention = replace(mention, warning=far[mention.place_id])
        out.append(mention)
    return out


#: A small world town this far (km) from every other settlement or unit of its article is
#: a namesake of a place the gazetteer lacks.
STRAY_KM = 1_000.0
#: A world city of fewer people than this, found by a spelling that is not its own name,
#: is as open to the stray test as a small town.
RESPELT_CITY = 500_000


def _runs_on(casing: TextCasing, index: int) -> bool:
    """Whether a capitalised word follows the token a space apart: the token begins a
    longer name ("Adan Yabaal"), no name of its own to set aside."""
    tokens = casing.tokens
    return index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper() and \
        casing.text[tokens[index].end:tokens[index + 1].start] == " "


def _stray_towns(placed: list[Placed], gazetteer: Gazetteer) -> set[str]:
    """Ids of the world towns that lie farther than :data:`STRAY_KM` from every other
    settlement and unit the article names, when it names at least two, and that no
    containing place vouches for: the small ones (under :data:`KNOWN_TOWN` people: "Black
    Creek" of Wisconsin in a story of Bryan County, Georgia; "Mariann" of Pennsylvania in
    one of Durban), and those under :data:`RESPELT_CITY` that the text spells otherwise than
    their own name ("Shia" matched to Chía of Colombia through a folded spelling, in a
    story of Syria)."""
    open_ = [item for item in placed if _open_to_stray_test(item, gazetteer)]
    if not open_:
        return set()
    # the open towns do not vouch for one another: namesakes of three villages of Iowa in
    # Virginia, New York and Florida lie within 1,000 km of each other, far from the rest
    named = [p for p in placed if p.resolved and p.place.kind not in ("country", "continent")]
    if len({p.place.id for p in named}) < 3:
        return set()
    tested = {id(item) for item in open_}
    grid = _Grid([p.place for p in named if id(p) not in tested], cell_deg=STRAY_KM / 111.0)
    return {item.place.id for item in open_ if not grid.near(item.place, STRAY_KM)}


def _open_to_stray_test(item: Placed, gazetteer: Gazetteer) -> bool:
    """Whether a placed name is a world town :func:`_stray_towns` may set aside."""
    place = item.place
    if not item.resolved or place.origin != "world" or place.kind not in ("town", "city") \
            or item.span.containers or names_its_unit(place, gazetteer):
        return False
    return place.population < KNOWN_TOWN or (
        place.population < RESPELT_CITY and
        spelling(item.mention.text) != spelling(place.name))


def _needs_reason(item: Placed, gazetteer: Gazetteer) -> bool:
    """Whether a placed name is one the evidence weighs: a world settlement or unit, not
    announced by a cue, unresolved or a small town (under :data:`SMALL_TOWN`) that does
    not name its unit."""
    place = item.place
    if place.origin != "world" or item.span.cue or place.kind in ("country", "continent"):
        return False
    return not item.resolved or (place.kind in ("town", "city") and
                                 place.population < SMALL_TOWN and
                                 not names_its_unit(place, gazetteer))


class _Vouched(dict):
    """Place id -> the spellings of its resolved mentions that the text gives a reason for
    (or that need none), spelt only when asked (most towns have no unplaced repeat)."""

    def __init__(self, placed: list[Placed], reasons: dict[int, bool]) -> None:
        super().__init__()
        self.mentions: dict[str, list[str]] = {}
        for p in placed:
            if p.resolved and p.place.kind in ("town", "city") and \
                    p.place.origin == "world" and not p.span.cue and reasons.get(id(p), True):
                self.mentions.setdefault(p.place.id, []).append(p.mention.text)
                self[p.place.id] = None

    def __getitem__(self, place_id: str) -> set[str]:
        spelt = dict.__getitem__(self, place_id)
        if spelt is None:
            spelt = {spelling(text) for text in self.mentions[place_id]}
            dict.__setitem__(self, place_id, spelt)
        return spelt


def _vouched_names(placed: list[Placed], reasons: dict[int, bool]) -> _Vouched:
    """The resolved world towns the text gives a reason for (or that need none), with the
    spellings of those mentions: its other mentions written the same way are that place
    too."""
    return _Vouched(placed, reasons)


def _promote_repeats(placed: list[Placed], changed: dict[int, Mention | None]) -> None:
    """One place per name in an article: once a mention of a world town is placed by the
    evidence, its other mentions that the evidence left out are that place too."""
    promoted = {m.place_id for m in changed.values() if m is not None and
                m.status == "resolved"}
    for item in placed:
        current = changed.get(id(item.mention), item.mention)
        if not item.resolved and item.place.id in promoted and (
                current is None or current is item.mention):
            changed[id(item.mention)] = _promoted(item.mention, item.place)


def _only_place_of_its_name(item: Placed) -> bool:
    """Whether the name's span stands for one place of the gazetteers and nothing else."""
    entries = item.span.entries
    return len(entries) == 1 and entries[0].role == "place"


def _country_resolved_elsewhere(item: Placed, resolved_in: dict[str, set[str]]) -> bool:
    """Whether another name of the article was resolved to a place of the same country
    (``resolved_in``: country -> up to two ids of the places resolved in it)."""
    return bool(resolved_in.get(item.place.country, set()) - {item.place.id})


def _resolved_by_country(placed: list[Placed]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for other in placed:
        if other.resolved and other.place.kind != "continent":
            ids = found.setdefault(other.place.country, set())
            if len(ids) < 2:
                ids.add(other.place.id)
    return found


def _promoted(mention: Mention, place: Place) -> Mention:
    precision = "region" if place.kind in ("region", "continent", "country",
                                           "governorate") else "point"
    return replace(mention, status="resolved", place_id=place.id, name=place.name,
                   kind=place.kind, lat=place.lat, lon=place.lon, precision=precision,
                   confidence=0.5)


def _has_reason(item: Placed, casing: TextCasing, context: DocumentContext, grid: _Grid,
                neighbours: dict[int, tuple[Placed | None, Placed | None]]) -> bool:
    span, place = item.span, item.place
    if item.announced or span.containers:
        return True
    if grid.near(place, NEAR_KM):
        return True
    if place.population >= KNOWN_TOWN and context.other_votes(place.country, span) >= 0.5:
        return True
    return _in_list(item, neighbours, casing) or _possessed(item, neighbours, casing)


def _strongly_announced(item: Placed, casing: TextCasing) -> bool:
    """A preposition of place or a verb of war right before a name ("in Soledar", "Russian
    forces captured Soledar"), or a place word right after it ("Soledar district"): with
    a single candidate in the gazetteers, the town is placed whatever its size."""
    span = item.span
    return item.announced and (casing.placed_before(span.first) or
                               casing.placed_after(span.last))


#: "from Kherson to Soledar", "between Sloan and Bronson": the words of a route or a stretch.
_PAIR_WORDS = {"from": "to", "between": "and"}


def _paired(item: Placed, neighbours: dict[int, tuple[Placed | None, Placed | None]],
            casing: TextCasing) -> bool:
    """Whether a name is one end of "from X to Y" or "between X and Y" whose other end is a
    resolved place of the same country."""
    text, tokens = casing.text, casing.tokens
    before, after = neighbours[id(item)]
    for left, right in ((before, item), (item, after)):
        if left is None or right is None:
            continue
        other = right if left is item else left
        if not other.resolved or other.place.country != item.place.country:
            continue
        first = left.span.first
        if first == 0:
            continue
        opener = tokens[first - 1].text.lower()
        joiner = _PAIR_WORDS.get(opener)
        if joiner is not None and text[tokens[first - 1].end:tokens[first].start] == " " and \
                text[tokens[left.span.last].end:tokens[right.span.first].start] == \
                f" {joiner} ":
            return True
    return False


def _possessed(item: Placed, neighbours: dict[int, tuple[Placed | None, Placed | None]],
               casing: TextCasing) -> bool:
    """A name after a place's possessive ("Lebanon's Qaa", "Donetsk's Avdiivka")."""
    before = neighbours[id(item)][0]
    if before is None or not before.resolved:
        return False
    gap = casing.text[casing.tokens[before.span.last].end:casing.tokens[item.span.first].start]
    return gap in ("'s ", "’s ", "' ", "’ ")


def _in_list(item: Placed, neighbours: dict[int, tuple[Placed | None, Placed | None]],
             casing: TextCasing) -> bool:
    """Whether a name stands in a list next to a place of the same country ("Cairns,
    Mackay and Bowen")."""
    text, tokens, span = casing.text, casing.tokens, item.span
    before, after = neighbours[id(item)]
    if before is not None and _listed(before, item) and \
            _LIST_GAP_RE.fullmatch(text[tokens[before.span.last].end:tokens[span.first].start]):
        return True
    return after is not None and _listed(after, item) and \
        bool(_LIST_GAP_RE.fullmatch(text[tokens[span.last].end:tokens[after.span.first].start]))


def _listed(other: Placed, item: Placed) -> bool:
    """Whether a neighbour in a list supports a name: a resolved place of the same country,
    any place of the local gazetteer (a list of villages near known ones), or a name that
    a place word announces ("the villages of Nesriyya, Dukkan and Iskan")."""
    if other.announced:
        return True
    return other.resolved and (other.place.country == item.place.country
                               or other.place.origin == "local")


class _Grid:
    """Distinct places in cells of ``cell_deg`` degrees, for neighbour queries."""

    def __init__(self, places: list[Place], cell_deg: float = _CELL_DEG) -> None:
        self.cell_deg = cell_deg
        self._near: dict[tuple[str, float, bool], bool] = {}
        self.cells: dict[tuple[int, int], list[Place]] = {}
        seen: set[str] = set()
        for place in places:
            if place.id in seen or place.kind == "continent":
                continue
            seen.add(place.id)
            self.cells.setdefault(self._cell(place.lat, place.lon), []).append(place)
        self.count = len(seen)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / self.cell_deg), math.floor(lon / self.cell_deg)

    def near(self, place: Place, km: float, countries: bool = False) -> bool:
        """Whether another place (a country only when ``countries``) lies within ``km``
        (memoised by place: a long text names the same places again and again)."""
        key = (place.id, km, countries)
        if key not in self._near:
            self._near[key] = self._search(place, km, countries)
        return self._near[key]

    def _search(self, place: Place, km: float, countries: bool) -> bool:
        reach = max(1, math.ceil(km / (111.0 * self.cell_deg)))
        lat_cell, lon_cell = self._cell(place.lat, place.lon)
        widen = min(180, math.ceil(reach / max(0.05, math.cos(math.radians(place.lat)))))
        if len(self.cells) < (2 * reach + 1) * (2 * widen + 1):
            # fewer cells hold places than the square has: those cells, read in the square
            for (cell_lat, cell_lon), others in self.cells.items():
                if abs(cell_lat - lat_cell) > reach or abs(cell_lon - lon_cell) > widen:
                    continue
                for other in others:
                    if other.id != place.id and (countries or other.kind != "country") and \
                            great_circle_km(place.lat, place.lon, other.lat, other.lon) <= km:
                        return True
            return False
        for dy in range(-reach, reach + 1):
            for dx in range(-widen, widen + 1):
                for other in self.cells.get((lat_cell + dy, lon_cell + dx), ()):
                    if other.id != place.id and (countries or other.kind != "country") and \
                            great_circle_km(place.lat, place.lon, other.lat, other.lon) <= km:
                        return True
        return False


def _far_places(placed: list[Placed]) -> dict[str, str]:
    """Place id -> warning, for each settlement or unit farther than :data:`FAR_KM` from
    every other place of the article (countries count as other places; continents not)."""
    grid = _Grid([p.place for p in placed], cell_deg=FAR_KM / 111.0)
    if grid.count < 2:
        return {}
    far, checked = {}, set()
    for item in placed:
        place = item.place
        if place.kind in ("continent", "country", "region") or place.id in checked:
            continue  # a country or a sea is far from the towns of any other
        checked.add(place.id)
        if not grid.near(place, FAR_KM, countries=True):
            far[place.id] = f"far: over {FAR_KM:,.0f} km from every other place named"
    return far
