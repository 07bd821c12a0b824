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

import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import filterfalse
from typing import NamedTuple

import ahocorasick
import numpy as np

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
    note: str = ""  # the places.csv note (ISO 3166-2 codes of a region are read from it)


class Entry(NamedTuple):
    """What a folded key stands for: a place, a demonym of a place, or a non-place name."""

    role: str  # "place", "demonym", "non-place"
    place_id: str = ""
    label: str = ""  # class of a non-place ("organisation", "outlet", "language" ...)


def key_hash(key: str) -> int:
    """The 64-bit hash under which the world layer stores a folded key (stable across
    processes, unlike ``hash``): CRC-32 and Adler-32 of its UTF-8 bytes."""
    data = key.encode("utf-8")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


#: The most folded keys :meth:`WorldLayer.lookup_keys` remembers.
KEY_MEMO_SIZE = 300_000


@dataclass
class WorldLayer:
    """The compiled world gazetteer as flat arrays, cheap to load (no dictionary of its
    million keys is built: keys are looked up by hash in a sorted array).

    A folded name (words joined by single spaces) hashes (:func:`key_hash`) to an entry of
    ``key_hashes``; ``key_postings`` gives the index of its postings, the rows
    ``posting_rows[posting_offsets[i]:posting_offsets[i + 1]]`` (-1 when the key is only
    the first words of longer names), and ``key_prefixes`` whether longer names start with
    it (the matcher reads on). Places are built as :class:`Place` objects on demand.
    Coordinates are WGS 84 degrees.
    """

    key_hashes: np.ndarray  # uint64, sorted
    key_postings: np.ndarray  # int32
    key_prefixes: np.ndarray  # bool
    posting_offsets: np.ndarray  # int32, one more than the keys with postings
    posting_rows: np.ndarray  # int32
    geonameids: np.ndarray  # int64, 0 for a row whose id is no GeoNames id
    other_ids: dict[int, str]  # row -> id of the rows that are not GeoNames features
    name_bytes: np.ndarray  # uint8, UTF-8 names one after another
    name_offsets: np.ndarray  # int64, rows + 1
    kind_codes: np.ndarray  # int8 into KINDS
    country_codes: np.ndarray  # int16 into country_vocabulary (-1: none)
    country_vocabulary: list[str]
    lats: np.ndarray
    lons: np.ndarray
    parent_rows: np.ndarray  # int32: row of the unit or country a place lies in, or -1
    populations: np.ndarray  # int64
    areas: np.ndarray  # float32, km²
    capital_rows: dict[int, int]  # country row -> its capital's row
    #: Lower-case frequent English words (the most frequent ``COMMON_WORDS_TOP_N``).
    common_words: frozenset[str] = frozenset()
    #: The ordinary words among them (Zipf frequency of ``COMMON_WORD_ZIPF`` or more: "most",
    #: "nice", "orange"): a world name spelled like one needs the text to treat it as a name.
    ordinary_words: frozenset[str] = frozenset()
    #: The most frequent of those (``EVERYDAY_WORD_ZIPF``: "nice", "reading", "split").
    everyday_words: frozenset[str] = frozenset()
    #: Ids of the national capitals ("Washington" is a common word but also the capital).
    capitals: frozenset[str] = frozenset()
    #: Row -> the abbreviation a place is also written as, dot included ("S.D.", "Calif.").
    abbreviations: dict[int, str] = field(default_factory=dict)
    #: Row -> the ISO 3166-2 code of a first-level unit, country prefix aside ("RS", "UP").
    unit_codes: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._cache: dict[int, Place] = {}
        self._rows: dict[str, int] = {place_id: row for row, place_id in self.other_ids.items()}
        self._id_order = np.argsort(self.geonameids, kind="stable")
        self._sorted_ids = self.geonameids[self._id_order]
        self._key_memo: dict[str, tuple[int, bool]] = {}
        self.abbreviated = frozenset(self.id_of(row) for row in self.abbreviations)
        self._coded: dict[str, list[str]] | None = None

    def __len__(self) -> int:
        return len(self.geonameids)

    def id_of(self, row: int) -> str:
        """The id of a row ("geonames:<id>", or the id of a region of ``regions.csv``)."""
        other = self.other_ids.get(row)
        return other if other is not None else f"geonames:{int(self.geonameids[row])}"

    def row(self, place_id: str) -> int:
        """The row of an id, or -1."""
        row = self._rows.get(place_id)
        if row is not None:
            return row
        row = -1
        prefix, _, number = place_id.partition(":")
        if prefix == "geonames" and number.isdigit():
            at = int(np.searchsorted(self._sorted_ids, int(number)))
            if at < len(self._sorted_ids) and int(self._sorted_ids[at]) == int(number):
                row = int(self._id_order[at])
        if len(self._rows) < 1_000_000:
            self._rows[place_id] = row
        return row

    def __contains__(self, place_id: object) -> bool:
        return isinstance(place_id, str) and self.row(place_id) >= 0

    def place(self, row: int) -> Place:
        """The place of a row number."""
        place = self._cache.get(row)
        if place is None:
            parent = int(self.parent_rows[row])
            code = int(self.country_codes[row])
            name = self.name_bytes[self.name_offsets[row]:self.name_offsets[row + 1]]
            place = self._cache[row] = Place(
                id=self.id_of(row), name=name.tobytes().decode("utf-8"),
                kind=KINDS[int(self.kind_codes[row])], lat=float(self.lats[row]),
                lon=float(self.lons[row]), source=self.id_of(row),
                parent=self.id_of(parent) if parent >= 0 else "",
                country=self.country_vocabulary[code] if code >= 0 else "",
                population=int(self.populations[row]), origin="world",
                area_km2=float(self.areas[row]))
        return place

    def get(self, place_id: str) -> Place | None:
        """The place of an id, or ``None``."""
        row = self.row(place_id)
        return None if row < 0 else self.place(row)

    def abbreviation(self, place_id: str) -> str:
        """The abbreviation of a place ("S.D."), or "" (one set look-up for most ids)."""
        if place_id not in self.abbreviated:
            return ""
        return self.abbreviations.get(self.row(place_id), "")

    def units_coded(self, code: str) -> list[str]:
        """Ids of the first-level units whose ISO 3166-2 code ends in ``code`` ("RS":
        Rio Grande do Sul, Republika Srpska's "SRP" aside); the table is built when first
        asked."""
        if self._coded is None:
            self._coded = {}
            for row, unit_code in self.unit_codes.items():
                self._coded.setdefault(unit_code, []).append(self.id_of(row))
        return self._coded.get(code, [])

    def capital_of(self, place_id: str) -> Place | None:
        """The capital of a country of the layer, or ``None``."""
        capital = self.capital_rows.get(self.row(place_id), -1)
        return self.place(capital) if capital >= 0 else None

    def find_keys(self, keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """For each folded key, its postings index (-1: none) and whether longer names
        start with it, in one vectorised search."""
        if not keys:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=bool)
        hashes = np.array([key_hash(k) for k in keys], dtype=np.uint64)
        order = np.argsort(hashes)  # sorted needles search the table with locality
        at = np.empty(len(keys), dtype=np.int64)
        at[order] = self.key_hashes.searchsorted(hashes[order])
        at[at >= len(self.key_hashes)] = 0
        found = self.key_hashes[at] == hashes
        postings = np.where(found, self.key_postings[at], -1)
        return postings, found & self.key_prefixes[at]

    def lookup_keys(self, keys: list[str]) -> list[tuple[int, bool]]:
        """:meth:`find_keys` as (postings index, prefix) pairs, memoised per key: words
        repeat within and across texts, so most keys are never hashed again (the memo is
        emptied past :data:`KEY_MEMO_SIZE` keys)."""
        memo = self._key_memo
        missing = list(filterfalse(memo.__contains__, keys))
        if missing:
            missing = list(dict.fromkeys(missing))
            if len(memo) + len(missing) > KEY_MEMO_SIZE:
                memo.clear()
            postings, prefixes = self.find_keys(missing)
            memo.update(zip(missing, zip(postings.tolist(), prefixes.tolist(), strict=True),
                            strict=True))
        return list(map(memo.__getitem__, keys))

    def entries(self, key: str) -> list[Entry]:
        """Entries stored under a folded key (padding spaces are ignored)."""
        postings, _ = self.find_keys([key.strip(" ")])
        return [] if postings[0] < 0 else self.entries_of(int(postings[0]))

    def entries_of(self, key_id: int) -> list[Entry]:
        """Entries of a postings index, as :meth:`find_keys` reports it."""
        start, end = self.posting_offsets[key_id], self.posting_offsets[key_id + 1]
        return [Entry("place", self.id_of(row)) for row in self.posting_rows[start:end].tolist()]


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
    _local_entry_cache: dict[str, list[Entry]] = field(default_factory=dict, repr=False)
    _local_words: tuple[frozenset[str], frozenset[str]] | None = field(default=None,
                                                                        repr=False)
    _ancestor_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _place_cache: dict[str, Place | None] = field(default_factory=dict, repr=False)
    #: Place id -> id of the first-level unit it lies in (geo.parse.context memoises here).
    unit_cache: dict[str, str] = field(default_factory=dict, repr=False)
    #: Place id -> whether the town names its first-level unit (geo.parse.context).
    seat_cache: dict[str, bool] = field(default_factory=dict, repr=False)
    #: A span's entries -> the countries and units it votes for (geo.parse.context).
    vote_cache: dict[tuple, tuple] = field(default_factory=dict, repr=False)
    #: A span's entries -> the place it names without ambiguity, or "" (geo.parse.context).
    anchor_cache: dict[tuple, str] = field(default_factory=dict, repr=False)
    #: Frequent words and their entries -> the entries they keep (geo.parse.geoparse).
    word_cache: dict[tuple, list[Entry]] = field(default_factory=dict, repr=False)
    #: Place id -> what its score takes from the gazetteer alone (geo.parse.resolve).
    score_cache: dict[str, tuple] = field(default_factory=dict, repr=False)

    def get(self, place_id: str) -> Place | None:
        """The place of an id (a superseded world id gives its local replacement)."""
        try:
            return self._place_cache[place_id]
        except KeyError:
            pass
        found = self.superseded.get(place_id, place_id)
        place = self.places.get(found)
        if place is None and self.world is not None:
            place = self.world.get(found)
        if len(self._place_cache) < 500_000:
            self._place_cache[place_id] = place
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
        if world:  # through the layer's memo of keys and of their entries
            if self.world is None:
                return []
            posting, _ = self.world.lookup_keys([key.strip(" ")])[0]
            return [] if posting < 0 else self.world_entries(posting)
        cached = self._local_entry_cache.get(key)
        if cached is None:
            cached = self._dedupe(self.local_index.get(key)[1]) if key in self.local_index \
                else []
            if len(self._local_entry_cache) < 100_000:
                self._local_entry_cache[key] = cached
        return list(cached)

    def local_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The local layer's folded keys (without their padding spaces) and the first
        words of its keys of several words ("syrian" of "syrian army"), computed once."""
        if self._local_words is None:
            keys = frozenset(k.strip(" ") for k in self.local_index.keys())  # noqa: SIM118
            keys = keys if self.local_index.kind != ahocorasick.EMPTY else frozenset()
            prefixes = frozenset(" ".join(k.split(" ")[:end]) for k in keys if " " in k
                                 for end in range(1, k.count(" ") + 1))
            self._local_words = (keys, prefixes)
        return self._local_words

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
