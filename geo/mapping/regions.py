"""Regions and towns drawn from the packaged base geography: which admin-1 unit (or units) a
place of kind governorate, region or district is, and which built-up outline a town has.

A place is matched to first-level units (Natural Earth 1:10m admin-1, in
:mod:`geo.mapping.basemap`) by the first of these rules that finds one:

1. its ``source`` is ``geonames:<id>`` and a unit has that GeoNames id;
2. it names ISO 3166-2 codes: in its ``note`` after the words "ISO 3166-2"
   (``ISO 3166-2: SY-DY, SY-RA`` draws the union of both units), or as an alias that is a
   code (``SY-ID``);
3. its name or one of its aliases, without the words governorate, province, oblast, region
   and the like, is a unit's name (or its GeoNames name) in the country whose unit holds the
   place's point (spellings folded as the geoparser folds them, so that "Deir ez-Zor
   Governorate" is "Dayr Az Zawr" and "Raqqa Governorate" is "Ar Raqqah").

A town or city gets the built-up outline (Natural Earth 1:50m urban areas) whose GeoNames id
is its ``source``'s, else the outline that holds its point when that outline's name is the
town's, or its area is at most :data:`MAX_OUTLINE_TO_CIRCLE` times the town's population
circle (so that a suburb does not take its city's outline). All geometries are lon/lat
(EPSG:4326); areas are km².
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geo.mapping import basemap
from geo.parse.gazetteer import Place
from geo.parse.names import fold_name, skeleton_name

#: Kinds of place that are matched to admin-1 units.
REGION_KINDS = ("governorate", "region", "district")
#: Words that say what kind of unit a name is, left out when names are compared.
UNIT_WORDS = ("governorate", "governate", "province", "oblast", "region", "state",
              "district", "prefecture", "county", "muhafazat", "wilayah", "wilayat",
              "of", "the", "autonomous", "republic")
#: How much larger than the population circle a built-up outline that holds a town's point
#: (but carries another name) may be before it is taken for a larger neighbour's.
MAX_OUTLINE_TO_CIRCLE = 6.0
_ISO_CODE = r"[A-Z]{2}-[A-Z0-9]{1,3}"
_ISO_IN_NOTE = re.compile(r"ISO\s*3166-2\s*:?\s*((?:" + _ISO_CODE
                          + r"(?:\s*[,+&/]\s*|\s+and\s+)?)+)")
_ISO_ALONE = re.compile(_ISO_CODE)
_PARENTHESES = re.compile(r"\s*\(([^)]*)\)")

PRECISION_UNIT = "unit: Natural Earth 1:10m admin-1"
PRECISION_OUTLINE = "outline: Natural Earth 1:50m urban area"


@dataclass(frozen=True)
class UnitMatch:
    """The admin-1 units a place is, the rule that found them, their union (lon/lat,
    simplified at about 2 km) and their area in km² (computed before simplification)."""

    codes: tuple[str, ...]  # ISO 3166-2 codes (or HASC ids where a unit has none)
    names: tuple[str, ...]
    rule: str
    geometry: BaseGeometry
    area_km2: float

    @property
    def precision(self) -> str:
        """The precision the map gives the region: ``unit: ... (SY-ID)``."""
        return f"{PRECISION_UNIT} ({', '.join(self.codes)})"


@dataclass(frozen=True)
class Outline:
    """A town's built-up outline (lon/lat) and its area in km²."""

    name: str
    geometry: BaseGeometry
    area_km2: float


def iso_codes(place: Place, note: str = "") -> list[str]:
    """The ISO 3166-2 codes a place names: in ``note`` (after "ISO 3166-2") or as aliases."""
    codes: list[str] = []
    for match in _ISO_IN_NOTE.finditer(note or getattr(place, "note", "") or ""):
        codes += _ISO_ALONE.findall(match.group(1))
    codes += [alias for alias in place.aliases if _ISO_ALONE.fullmatch(alias)]
    return list(dict.fromkeys(codes))


def _geonames_id(place: Place) -> int | None:
    match = re.fullmatch(r"geonames:(\d+)", place.source.strip())
    return int(match.group(1)) if match else None


def name_keys(name: str) -> set[str]:
    """Folded forms of a unit's or a place's name, without the words of :data:`UNIT_WORDS`,
    the Arabic article and any part in parentheses (which is a name too): "Homs (Hims)" gives
    the keys of "Homs" and of "Hims"."""
    names = [_PARENTHESES.sub("", name), *_PARENTHESES.findall(name)]
    keys: set[str] = set()
    for text in names:
        words = [w for w in re.split(r"[\s\-–_’'`]+", text) if w.lower() not in UNIT_WORDS]
        if not words:
            continue
        for key in (fold_name(" ".join(words)), skeleton_name(" ".join(words))):
            key = re.sub(r"^al ", "", key).replace(" ", "")
            if key:
                keys.add(key)
    return keys


def _units_by(column: str, values: list) -> list[int]:
    units = basemap.layer("admin1")
    hits = np.flatnonzero(units[column].isin(values).to_numpy())
    if column == "iso_3166_2":  # keep the order the place gives
        order = {code: i for i, code in enumerate(values)}
        hits = np.array(sorted(hits, key=lambda i: order[units.iloc[i][column]]), dtype=int)
    return [int(i) for i in hits]


def _units_by_name(place: Place) -> list[int]:
    holder = basemap.admin_unit_containing(place.lon, place.lat, max_km=25.0)
    if holder is None:
        return []
    wanted: set[str] = set()
    for name in (place.name, *place.aliases):
        wanted |= name_keys(name)
    found = [index for index, keys in _unit_keys(str(holder["country_iso2"])) if keys & wanted]
    # Two units of one name (a city and its province): the one holding the point.
    return [int(holder.name)] if int(holder.name) in found else found[:1]


@lru_cache(maxsize=64)
def _unit_keys(country: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The folded name keys of each admin-1 unit of a country (row number, keys), once."""
    units = basemap.layer("admin1")
    rows = []
    for index in np.flatnonzero((units["country_iso2"] == country).to_numpy()):
        row = units.iloc[int(index)]
        keys = name_keys(str(row["name"]))
        if isinstance(row["geonames_name"], str):
            keys |= name_keys(row["geonames_name"])
        rows.append((int(index), frozenset(keys)))
    return tuple(rows)


def admin_units_for(place: Place, note: str = "") -> UnitMatch | None:
    """The admin-1 unit or units ``place`` is, by the rules of this module, or ``None``.

    Parameters
    ----------
    place : Place
        A place of kind governorate, region or district (lon/lat point).
    note : str
        Its ``places.csv`` note, when the place does not carry it.
    """
    return _match(place, note or getattr(place, "note", "") or "")


@lru_cache(maxsize=256)
def _match(place: Place, note: str) -> UnitMatch | None:
    geonames = _geonames_id(place)
    rows: list[int] = []
    rule = ""
    if geonames is not None:
        rows, rule = _units_by("geonames_id", [geonames]), "GeoNames id"
    if not rows:
        named = iso_codes(place, note)
        rows, rule = (_units_by("iso_3166_2", named), "ISO 3166-2 code") if named else ([], "")
    if not rows:
        rows, rule = _units_by_name(place), "name and country"
    if not rows:
        return None
    units = basemap.layer("admin1").iloc[rows]
    codes = tuple(str(c) if isinstance(c, str) else str(h)
                  for c, h in zip(units["iso_3166_2"], units["hasc"], strict=True))
    geometry = shapely.union_all(units.geometry.to_numpy())
    return UnitMatch(codes, tuple(str(n) for n in units["name"]), rule, geometry,
                     round(float(units["area_km2"].sum()), 1))


def built_up_outline(place: Place, circle_km2: float = 0.0) -> Outline | None:
    """The built-up outline of a town or city, by the rules of this module, or ``None``.

    ``circle_km2`` is the area of the town's population circle (0: no population known, so
    an outline with another name is not taken).
    """
    urban = basemap.layer("urban")
    point = Point(place.lon, place.lat)
    geonames = _geonames_id(place)
    if geonames is not None:
        same = np.flatnonzero((urban["geonames_id"] == geonames).fillna(False).to_numpy())
        if len(same):
            row = urban.iloc[int(same[0])]
            return Outline(str(row["name"]), row.geometry, float(row["area_km2"]))
    for index in urban.sindex.query(point, predicate="intersects"):
        row = urban.iloc[int(index)]
        named = isinstance(row["name"], str) and bool(name_keys(row["name"]) & set().union(
            *(name_keys(n) for n in (place.name, *place.aliases))))
        plausible = circle_km2 > 0 and row["area_km2"] <= MAX_OUTLINE_TO_CIRCLE * circle_km2
        if named or plausible:
            return Outline(str(row["name"]) if isinstance(row["name"], str) else "",
                           row.geometry, float(row["area_km2"]))
    return None
