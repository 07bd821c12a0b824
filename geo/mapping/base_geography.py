"""The base geography under a story's map: land and sea, coastlines, country and first-level
borders, major rivers and lakes, and the names of countries, regions and capitals, cut from
the packaged Natural Earth layers (:mod:`geo.mapping.basemap`) to the story's extent.

The page draws it under the data whether or not tiles load, and the picture draws it as its
background. Every geometry is lon/lat (EPSG:4326). Borders are lines, each edge once: a
border two countries share is not drawn twice, and a polygon cut at the edge of the extent
draws no line along that edge.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
import shapely
import shapely.ops
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geo.mapping import basemap
from geo.parse.gazetteer import Gazetteer, Place

Bounds = tuple[float, float, float, float]  # west, south, east, north (degrees)

#: The story's extent is grown by these shares of its larger side (east-west, then
#: north-south) and at least by ``MIN_MARGIN_DEG``: a phone, taller than wide, shows the
#: overview with far more land above and below it than its bounds hold.
MARGIN_SHARE = (0.5, 1.0)
MIN_MARGIN_DEG = 2.0
#: The widest and the tallest map a story is shown on (width / height: a laptop's map, a
#: phone's), and how much more than the overview's bounds such a map shows across and
#: along them (the view's padding, its zoom steps and, across, the legend that moves the
#: view aside): the extent reaches the edges of both.
WIDEST_ASPECT, TALLEST_ASPECT = 2.0, 375 / 667
VIEW_PADDING = (1.8, 1.5)
#: Extents are rounded out to this grid (degrees), so that a small edit of the data
#: reuses the cut geography (watch mode) and two builds give the same bytes.
GRID_DEG = 0.5
#: First-level edges closer than this (degrees, about 3 km) to a coastline or a country
#: border are that line, not another border along it.
SNAP_DEG = 0.03
#: The lines are simplified to this tolerance (degrees, about 3 km, two pixels at the
#: zoom of a country): base lines are drawn at regional scale, under a city they are far
#: away or irrelevant.
LINE_TOLERANCE_DEG = 0.03
#: Regions smaller than this share of the extent's area get no label.
REGION_LABEL_SHARE = 0.004
#: Cities of at least this population are named beside the capitals, and no two of them
#: closer than ``CITY_SPACING_KM``.
LARGE_CITY_POPULATION = 1_000_000
CITY_SPACING_KM = 25.0
#: Countries smaller than this get no name (sovereign base areas, enclaves).
MIN_COUNTRY_KM2 = 3000.0


@dataclass(frozen=True)
class BaseLabel:
    """A name of the base map: ``kind`` is country, region, capital or city; ``rank`` orders
    labels that collide (lower wins)."""

    name: str
    lon: float
    lat: float
    kind: str
    rank: int
    place_id: str = ""


@dataclass(frozen=True)
class BaseGeography:
    """The base layers of one extent (lon/lat). ``land`` and ``lakes`` are polygons to fill;
    ``coast``, ``borders`` (between countries), ``admin1`` (between first-level units) and
    ``rivers`` are lines."""

    bounds: Bounds
    land: BaseGeometry
    lakes: BaseGeometry
    coast: BaseGeometry
    borders: BaseGeometry
    admin1: BaseGeometry
    rivers: BaseGeometry
    labels: tuple[BaseLabel, ...] = ()

    def lines(self) -> dict[str, BaseGeometry]:
        """The line layers by name, drawn in this order."""
        return {"rivers": self.rivers, "admin1": self.admin1, "borders": self.borders,
                "coast": self.coast}


def story_extent(bounds: Bounds) -> Bounds:
    """The extent the base geography covers for a story of ``bounds``: grown by
    :data:`MARGIN_SHARE` of its larger side (at least :data:`MIN_MARGIN_DEG`), and to the
    edges of the widest and the tallest map that shows it (:data:`WIDEST_ASPECT`,
    :data:`TALLEST_ASPECT`), rounded out to :data:`GRID_DEG` and kept on the globe.

    >>> story_extent((36.6, 34.4, 43.5, 36.5))
    (33.0, 27.5, 47.0, 43.5)
    >>> story_extent((32.5, 13.1, 33.9, 15.6))  # tall: wide screens show its sides
    (28.5, 10.5, 38.0, 18.5)
    """
    west, south, east, north = bounds
    side = max(east - west, north - south)
    across, along = (max(MIN_MARGIN_DEG, share * side) for share in MARGIN_SHARE)
    # A tall story on a wide screen (or a wide one on a phone) shows more on its sides
    # than its larger side's share: a degree of longitude is cos(latitude) as long.
    stretch = max(0.1, math.cos(math.radians((south + north) / 2)))
    shown_across = VIEW_PADDING[0] * max(east - west,
                                         (north - south) * WIDEST_ASPECT / stretch)
    shown_along = VIEW_PADDING[1] * max(north - south,
                                        (east - west) * stretch / TALLEST_ASPECT)
    across = max(across, (shown_across - (east - west)) / 2)
    along = max(along, (shown_along - (north - south)) / 2)

    def out(value: float, up: bool) -> float:
        step = value / GRID_DEG
        return (math.ceil(step) if up else math.floor(step)) * GRID_DEG

    return (max(-180.0, out(west - across, False)), max(-85.0, out(south - along, False)),
            min(180.0, out(east + across, True)), min(85.0, out(north + along, True)))


def base_geography(bounds: Bounds, gazetteer: Gazetteer | None = None,
                   countries: Iterable[str] = ()) -> BaseGeography:
    """The base geography around a story of ``bounds`` (lon/lat), with its labels named as
    the gazetteer names them where it has the place (its own name before Natural Earth's).

    First-level borders and region names are those of the story's ``countries`` (by
    default, those its bounds reach); country borders, coasts, rivers, lakes and the names
    of countries and capitals cover the whole extent (:func:`story_extent`).

    Parameters
    ----------
    bounds : tuple of float
        West, south, east, north of the story's features (degrees).
    gazetteer : Gazetteer, optional
        For the capitals and large cities and for the names of countries and regions.
    countries : iterable of str
        ISO 3166-1 alpha-2 codes of the countries the story's places are in.
    """
    extent = story_extent(bounds)
    story = tuple(sorted(set(countries))) or _story_countries(bounds)
    land, lakes, coast, borders, admin1, rivers = _cut_layers(extent, story)
    labels = _labels(extent, story, gazetteer) if gazetteer is not None else ()
    return BaseGeography(extent, land, lakes, coast, borders, admin1, rivers, labels)


def _story_countries(bounds: Bounds) -> tuple[str, ...]:
    """ISO codes of the countries that the story's bounds reach."""
    countries = basemap.near("countries", bounds, margin_deg=0.0)
    return tuple(sorted(str(code) for code in countries["iso_a2"]))


@lru_cache(maxsize=8)
def _cut_layers(extent: Bounds, story: tuple[str, ...]
                ) -> tuple[BaseGeometry, BaseGeometry, BaseGeometry, BaseGeometry,
                           BaseGeometry, BaseGeometry]:
    """Land, lakes, coast, borders, first-level borders (of the ``story`` countries) and
    rivers of ``extent``."""
    frame = shapely.box(*extent).exterior
    countries = basemap.near("countries", extent, margin_deg=0.0)
    shapes = shapely.set_precision(countries.geometry.to_numpy(), 1e-5)
    land = shapely.union_all(shapes)
    # The cut edges of the land lie on the extent's frame: they are not coastline.
    coast = _lines(shapely.difference(land.boundary, frame.buffer(1e-6, quad_segs=1)))
    shared = shapely.union_all(shapely.boundary(shapes))
    borders = _lines(shapely.difference(shared, shapely.union_all([coast, frame])))
    units = basemap.near("admin1", extent, margin_deg=0.0)
    units = units[units["country_iso2"].isin(story)]
    unit_edges = shapely.union_all(shapely.boundary(units.geometry.to_numpy()))
    # The first-level layer is another survey than the countries': its edges along a
    # border or a coast are a few hundred metres off them.
    admin1 = _lines(shapely.difference(unit_edges, shapely.union_all(
        [shared, frame]).buffer(SNAP_DEG, quad_segs=1)))
    lakes = shapely.union_all(basemap.near("lakes", extent, margin_deg=0.0).geometry
                              .to_numpy())
    rivers = _lines(shapely.union_all(basemap.near("rivers", extent, margin_deg=0.0)
                                      .geometry.to_numpy()))
    coast, borders, admin1, rivers = shapely.simplify([coast, borders, admin1, rivers],
                                                      LINE_TOLERANCE_DEG)
    return land, lakes, coast, borders, admin1, rivers


def _lines(geometry: BaseGeometry) -> BaseGeometry:
    """The line parts of ``geometry``, merged where they meet end to end."""
    parts = [part for part in shapely.get_parts(geometry)
             if part.geom_type in ("LineString", "LinearRing") and part.length > 0]
    for part in shapely.get_parts(geometry):
        if part.geom_type == "MultiLineString":
            parts.extend(shapely.get_parts(part))
    if not parts:
        return shapely.MultiLineString()
    return shapely.line_merge(shapely.MultiLineString(parts))


def _inside(extent: Bounds, lon: float, lat: float) -> bool:
    west, south, east, north = extent
    return west <= lon <= east and south <= lat <= north


def _labels(extent: Bounds, story: tuple[str, ...], gazetteer: Gazetteer
            ) -> tuple[BaseLabel, ...]:
    labels = _country_labels(extent, gazetteer) + _region_labels(extent, story, gazetteer)
    labels += _city_labels(extent, gazetteer)
    return tuple(sorted(labels, key=lambda label: (label.rank, label.name)))


def _local_name(gazetteer: Gazetteer, place_id: str, fallback: str) -> str:
    place = gazetteer.get(place_id)
    return place.name if place is not None else fallback


def _country_labels(extent: Bounds, gazetteer: Gazetteer) -> list[BaseLabel]:
    """A country's name at Natural Earth's label point, or, when that point is outside the
    extent, at the middle of the part inside."""
    labels = []
    countries = basemap.near("countries", extent, margin_deg=0.0)
    for name, geonames_id, lon, lat, area, shape in zip(
            countries["name"], countries["geonames_id"], countries["label_lon"],
            countries["label_lat"], countries["area_km2"], countries.geometry, strict=True):
        if area < MIN_COUNTRY_KM2:
            continue
        if not _inside(extent, lon, lat):
            largest = max(shapely.get_parts(shape), key=lambda part: part.area)
            point = largest.representative_point()
            lon, lat = point.x, point.y
        own = str(name) if pd.isna(geonames_id) else \
            _local_name(gazetteer, f"geonames:{int(geonames_id)}", str(name))
        labels.append(BaseLabel(own, round(lon, 4), round(lat, 4), "country", 1))
    return labels


def _region_labels(extent: Bounds, story: tuple[str, ...], gazetteer: Gazetteer
                   ) -> list[BaseLabel]:
    """First-level units of the story's countries large enough on the map, named as the
    gazetteer's governorate inside them is named (Natural Earth's name otherwise)."""
    governorates = [p for p in gazetteer.places.values() if p.kind == "governorate"]
    units = basemap.near("admin1", extent, margin_deg=0.0)
    units = units[units["country_iso2"].isin(story)]
    smallest = REGION_LABEL_SHARE * shapely.box(*extent).area
    labels = []
    for name, shape in zip(units["name"], units.geometry, strict=True):
        if not isinstance(name, str) or shape.area < smallest:
            continue
        own = next((p.name for p in governorates if shape.contains(Point(p.lon, p.lat))), name)
        point = shapely.ops.polylabel(max(shapely.get_parts(shape), key=lambda g: g.area),
                                      tolerance=0.05)
        labels.append(BaseLabel(own, round(point.x, 4), round(point.y, 4), "region", 4))
    return labels


def _city_labels(extent: Bounds, gazetteer: Gazetteer) -> list[BaseLabel]:
    """National capitals and cities of a million people inside the extent; of two within
    :data:`CITY_SPACING_KM` of each other (a city and its suburb), the gazetteer's own,
    else the more populous."""
    world = gazetteer.world
    if world is None:
        return []
    lons, lats = np.asarray(world.lons), np.asarray(world.lats)
    west, south, east, north = extent
    inside = (lons >= west) & (lons <= east) & (lats >= south) & (lats <= north)
    rows = np.nonzero(inside & (np.asarray(world.populations) >= LARGE_CITY_POPULATION))[0]
    places = [world.place(int(row)) for row in rows]
    capitals = [world.get(place_id) for place_id in sorted(world.capitals)]
    places += [p for p in capitals if p is not None and _inside(extent, p.lon, p.lat)]
    picked = {p.id: p for p in places if p.kind in ("city", "town")}
    # The story's own places first (the gazetteer's Mosul before GeoNames' New Mosul).
    order = sorted(picked.values(), key=lambda p: (p.id not in gazetteer.superseded,
                                                   -p.population, p.id))
    kept: list[Place] = []
    for place in order:
        if all(_km(place.lon, place.lat, other.lon, other.lat) > CITY_SPACING_KM
               for other in kept):
            kept.append(place)
    labels = []
    for place in kept:
        capital = place.id in world.capitals
        own = gazetteer.get(place.id) or place
        labels.append(BaseLabel(own.name, round(place.lon, 4), round(place.lat, 4),
                                "capital" if capital else "city", 2 if capital else 3,
                                own.id))
    return labels


def _km(lon0: float, lat0: float, lon1: float, lat1: float) -> float:
    """Distance in km, equirectangular (enough to tell a suburb from a city)."""
    x = math.radians(lon1 - lon0) * math.cos(math.radians((lat0 + lat1) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat1 - lat0))


def bounds_of(geometries: Iterable[BaseGeometry]) -> Bounds:
    """West, south, east, north of some lon/lat geometries."""
    west, south, east, north = shapely.total_bounds(list(geometries))
    return (float(west), float(south), float(east), float(north))
