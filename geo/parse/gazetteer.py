"""Gazetteer: places by id, and the automata that find their names in folded text.

Two layers are searched with Aho-Corasick automata (linear in the text):

* the *local* layer, from ``data/places.csv`` (places, aliases, Arabic names),
  ``data/demonyms.csv`` and ``data/non_places.csv`` (organisations and outlets whose names
  contain a place name), built by :func:`geo.inputs.places.load_gazetteer` on every load
  because users edit it;
* the *world* layer (:class:`WorldLayer`), compiled from GeoNames by :mod:`geo.parse.world`
  once and cached under :data:`geo.settings.CACHE_DIR`.

A local place whose ``source`` is ``geonames:<id>`` replaces the world entry of that id.
All coordinates are WGS 84 longitude/latitude (EPSG:4326).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

import ahocorasick

from geo.parse.names import fold_name, name_variants
from geo.vocab import PlaceKind

KINDS = PlaceKind.values()
#: Words that, after a name, say which kind of place is meant ("Homs governorate").
KIND_WORDS = {
    "governorate": "governorate", "governate": "governorate", "province": "governorate",
    "muhafazat": "governorate", "city": "city", "town": "town", "village": "town",
    "quarter": "quarter", "neighbourhood": "quarter", "neighborhood": "quarter",
    "district": "quarter", "area": "region", "region": "region", "countryside": "region",
    "dam": "site", "mosque": "site", "airport": "site", "airbase": "site",
}


@dataclass(frozen=True)
class Place:
    """A place of the gazetteer.

    ``lat``/``lon`` are WGS 84 degrees. ``origin`` is ``"local"`` for ``data/places.csv``
    and ``"world"`` for the GeoNames layer; ``country`` is an ISO 3166-1 alpha-2 code.
    """

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    source: str
    parent: str = ""
    country: str = ""
    population: int = 0
    aliases: tuple[str, ...] = ()
    arabic: str = ""
    origin: str = "local"
    area_km2: float = 0.0
    line: int = 0  # line in data/places.csv, for messages


class Entry(NamedTuple):
    """What a folded key stands for: a place, a demonym of a place, or a non-place name."""

    role: str  # "place", "demonym", "non-place"
    place_id: str = ""
    label: str = ""  # class of a non-place ("organisation", "outlet", "language" ...)


@dataclass
class WorldLayer:
    """The compiled world gazetteer in columns, cheap to unpickle (about 0.3 s).

    The automaton stores, for each padded folded key, an int: the index of its postings
    (a tuple of place row numbers). Places are built as :class:`Place` objects on demand.
    """

    index: ahocorasick.Automaton
    postings: list[tuple[int, ...]]
    key_lengths: list[int]
    ids: list[str]
    names: list[str]
    kinds: list[str]
    lats: list[float]
    lons: list[float]
    countries: list[str]
    parents: list[str]
    populations: list[int]
    areas: list[float]
    #: Lower-case frequent English words: a world name spelled like one needs support.
    common_words: frozenset[str] = frozenset()
    #: Ids of the national capitals ("Washington" is a common word but also the capital).
    capitals: frozenset[str] = frozenset()
    row_of: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.row_of = {place_id: row for row, place_id in enumerate(self.ids)}
        self._cache: dict[int, Place] = {}

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("row_of", None)
        state.pop("_cache", None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.__post_init__()

    def place(self, row: int) -> Place:
        """The place of a row number."""
        if row not in self._cache:
            self._cache[row] = Place(
                id=self.ids[row], name=self.names[row], kind=self.kinds[row],
                lat=self.lats[row], lon=self.lons[row], source=self.ids[row],
                parent=self.parents[row], country=self.countries[row],
                population=self.populations[row], origin="world", area_km2=self.areas[row])
        return self._cache[row]

    def get(self, place_id: str) -> Place | None:
        """The place of an id, or ``None``."""
        row = self.row_of.get(place_id)
        return None if row is None else self.place(row)

    def entries(self, key: str) -> list[Entry]:
        """Entries stored under a padded folded key."""
        key_id = self.index.get(key, None)
        return [] if key_id is None else self.entries_of(key_id)

    def entries_of(self, key_id: int) -> list[Entry]:
        """Entries of a key id, as the automaton reports it."""
        return [Entry("place", self.ids[row]) for row in self.postings[key_id]]


@dataclass
class Gazetteer:
    """Places by id and the automata that find their names in folded text."""

    places: dict[str, Place]
    local_index: ahocorasick.Automaton
    world: WorldLayer | None
    skeleton_index: dict[str, list[str]] = field(default_factory=dict)
    superseded: dict[str, str] = field(default_factory=dict)  # world id -> local id
    children: dict[str, list[str]] = field(default_factory=dict)
    _entry_cache: dict[int, list[Entry]] = field(default_factory=dict, repr=False)
    _ancestor_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def get(self, place_id: str) -> Place | None:
        """The place of an id (a superseded world id gives its local replacement)."""
        place_id = self.superseded.get(place_id, place_id)
        place = self.places.get(place_id)
        if place is None and self.world is not None:
            place = self.world.get(place_id)
        return place

    def lookup(self, name: str) -> list[Entry]:
        """Entries of a name, exactly as the automata would find it (local layer first)."""
        entries: list[Entry] = []
        for key in name_variants(name):
            entries.extend(self.entries_for(f" {key} ", world=False))
            entries.extend(self.entries_for(f" {key} ", world=True))
        return self._dedupe(entries)

    def entries_for(self, key: str, world: bool) -> list[Entry]:
        """Entries stored under an already padded folded key in one layer."""
        if world:
            return self._dedupe(self.world.entries(key)) if self.world is not None else []
        if key not in self.local_index:
            return []
        return self._dedupe(self.local_index.get(key)[1])

    def world_entries(self, key_id: int) -> list[Entry]:
        """Entries of a world-layer key id (memoised: names repeat within and across texts)."""
        cached = self._entry_cache.get(key_id)
        if cached is None:
            cached = self._dedupe(self.world.entries_of(key_id)) if self.world is not None \
                else []
            self._entry_cache[key_id] = cached
        return list(cached)

    def _dedupe(self, entries: Iterable[Entry]) -> list[Entry]:
        seen, unique = set(), []
        for entry in entries:
            if entry.role != "non-place":
                entry = Entry(entry.role, self.superseded.get(entry.place_id, entry.place_id),
                              entry.label)
            if entry not in seen:
                seen.add(entry)
                unique.append(entry)
        return unique

    def country_of(self, place_id: str) -> str:
        """ISO code of the country a place lies in ("" when unknown)."""
        place = self.get(place_id)
        for _ in range(8):
            if place is None:
                return ""
            if place.country:
                return place.country
            place = self.get(place.parent)
        return ""

    def ancestors(self, place_id: str) -> list[str]:
        """Ids of the parents of a place, nearest first (memoised: asked per mention)."""
        cached = self._ancestor_cache.get(place_id)
        if cached is None:
            chain, place = [], self.get(place_id)
            while place is not None and place.parent and place.parent not in chain:
                chain.append(place.parent)
                place = self.get(place.parent)
            cached = self._ancestor_cache[place_id] = tuple(chain)
        return list(cached)


def nearest_kind(word: str) -> str | None:
    """The place kind a word announces ("governate" -> "governorate"), or ``None``."""
    return KIND_WORDS.get(fold_name(word).replace(" ", "")) or KIND_WORDS.get(word.lower())
