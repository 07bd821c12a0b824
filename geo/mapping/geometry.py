"""Geometry of places: quarter cells, town outlines, regions, areas held, display simplification.

Every input and output geometry is WGS 84 longitude/latitude (EPSG:4326). Areas and
buffers are computed in the UTM zone of each place (chosen with pyproj), never in degrees.

Where ``data/shapes.geojson`` has no drawn boundary for a place, one is taken from the
packaged base geography or derived, and marked:

* quarters of a city: Voronoi cells of the city's quarter points, clipped to the city's
  extent (:func:`city_extent`: its built-up outline where one is packaged, else its
  population circle, at least :data:`geo.settings.MIN_CITY_RADIUS_KM` round, and always the
  hull of the points buffered by :data:`geo.settings.QUARTER_HULL_BUFFER_M`)
  (``precision="approximate: Voronoi cell of quarter points"``);
* a city with quarters: the union of its quarter cells;
* a district (``east-aleppo``): the union of the cells of its city's quarters that the
  district's side held on the first day of their history (East Aleppo is the part rebels held);
* a governorate, region or district of no city: its admin-1 unit or units
  (:mod:`geo.mapping.regions`; ``precision="unit: Natural Earth 1:10m admin-1 (SY-ID)"``,
  the area that of the unit before simplification);
* another city or town: its built-up outline where one is packaged
  (``precision="outline: Natural Earth 1:50m urban area"``), else, with a population, a
  circle of the area population / density (:data:`geo.settings.TOWN_DENSITY_PER_KM2`),
  ``precision="approximate: population circle"``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import MultiPoint, Point, Polygon
from shapely.geometry.base import BaseGeometry

from geo import settings
from geo.geodesy import area_km2, to_geographic, to_metric
from geo.inputs.timeline import Timeline
from geo.mapping.regions import (
    PRECISION_OUTLINE,
    REGION_KINDS,
    admin_units_for,
    built_up_outline,
)
from geo.parse.gazetteer import Gazetteer, Place

PRECISION_VORONOI = "approximate: Voronoi cell of quarter points"
PRECISION_UNION = "approximate: union of quarter cells"
PRECISION_CIRCLE = "approximate: population circle"
PRECISION_POINT = "point"


def quarter_cells(quarters: list[Place], extent: BaseGeometry | None = None
                  ) -> dict[str, BaseGeometry]:
    """Voronoi cells of quarter points, clipped to ``extent``.

    Parameters
    ----------
    quarters : list of Place
        Quarters of one city (points in lon/lat).
    extent : shapely geometry, optional
        The city's extent (lon/lat); by default the hull of the points buffered by
        :data:`geo.settings.QUARTER_HULL_BUFFER_M`. It is grown by that hull in any case,
        so that every quarter's cell holds its point.

    Returns
    -------
    dict
        Quarter id to its cell (lon/lat polygon).
    """
    if not quarters:
        return {}
    # Shapely geometries are immutable: the cells of the same points are shared between
    # builds (watch mode rebuilds them only when a quarter's point moves).
    return dict(_cells(tuple((q.id, q.lon, q.lat) for q in quarters),
                       None if extent is None else extent.wkb))


@lru_cache(maxsize=64)
def _cells(points_of: tuple[tuple[str, float, float], ...], extent_wkb: bytes | None
           ) -> tuple[tuple[str, BaseGeometry], ...]:
    ids = [pid for pid, _, _ in points_of]
    lon = sum(x for _, x, _ in points_of) / len(points_of)
    lat = sum(y for _, _, y in points_of) / len(points_of)
    points = [to_metric(Point(x, y), lon, lat) for _, x, y in points_of]
    extent: BaseGeometry = MultiPoint(points).convex_hull.buffer(settings.QUARTER_HULL_BUFFER_M)
    if extent_wkb is not None:
        extent = extent.union(to_metric(shapely.from_wkb(extent_wkb), lon, lat))
    if len(points) == 1:
        return ((ids[0], to_geographic(extent, lon, lat)),)
    cells = shapely.voronoi_polygons(MultiPoint(points), extend_to=extent, ordered=True)
    # ``ordered``: the i-th cell is the i-th point's, unless points coincide (then fewer
    # cells come back and each point's cell is searched for).
    ordered = len(cells.geoms) == len(points)
    result = []
    for index, (quarter_id, point) in enumerate(zip(ids, points, strict=True)):
        cell = cells.geoms[index] if ordered and cells.geoms[index].covers(point) else \
            next(c for c in cells.geoms if c.covers(point))
        result.append((quarter_id, cast(Polygon, to_geographic(cell.intersection(extent), lon,
                                                               lat))))
    return tuple(result)


def town_circle(place: Place, minimum_km: float = 0.0) -> Polygon:
    """A circle of the built-up area implied by the population (lon/lat polygon), of a
    radius in :data:`geo.settings.TOWN_RADIUS_KM` and at least ``minimum_km``."""
    low, high = settings.TOWN_RADIUS_KM
    low = max(low, minimum_km)
    radius_km = math.sqrt(max(place.population, 1) / settings.TOWN_DENSITY_PER_KM2 / math.pi)
    radius_km = min(high, max(low, radius_km))
    centre = to_metric(Point(place.lon, place.lat), place.lon, place.lat)
    return to_geographic(centre.buffer(radius_km * 1000.0, quad_segs=16), place.lon, place.lat)


def city_extent(city: Place | None, quarters: list[Place]) -> BaseGeometry:
    """The extent a city's quarter cells are clipped to (lon/lat).

    The city's built-up outline where one is packaged (:func:`regions.built_up_outline`),
    else its population circle, else a circle of :data:`geo.settings.MIN_CITY_RADIUS_KM`
    round the middle of its quarters; a circle is never smaller than that radius. The
    hull of the quarter points (buffered) is added by :func:`quarter_cells`.
    """
    low = settings.MIN_CITY_RADIUS_KM
    if city is not None:
        circle = town_circle(city, minimum_km=low)
        outline = built_up_outline(city, area_km2(circle) if city.population else 0.0)
        if outline is not None:
            return outline.geometry
        return circle
    lon = sum(q.lon for q in quarters) / len(quarters)
    lat = sum(q.lat for q in quarters) / len(quarters)
    centre = to_metric(Point(lon, lat), lon, lat)
    return to_geographic(centre.buffer(low * 1000.0, quad_segs=16), lon, lat)


def place_geometries(gazetteer: Gazetteer, timeline: Timeline, shapes: dict[str, tuple],
                     extra: Iterable[Place] = ()) -> gpd.GeoDataFrame:
    """One geometry per place: drawn, derived polygon or point, with its precision.

    Parameters
    ----------
    gazetteer : Gazetteer
        Its local places are all included.
    timeline : Timeline
        Its first control rows define districts such as East Aleppo.
    shapes : dict
        From :func:`read_shapes`.
    extra : iterable of Place
        Further places to include (world and derived places the articles mention).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``id, name, kind, precision, source, area_km2, geometry`` in EPSG:4326.
    """
    places = {p.id: p for p in gazetteer.places.values()}
    for place in extra:
        places.setdefault(place.id, place)
    derived = _DerivedShapes()
    by_city = _quarters_by_city(places)
    for city_id, quarters in sorted(by_city.items()):
        cells = quarter_cells(quarters, city_extent(places.get(city_id), quarters))
        for quarter_id, cell in cells.items():
            derived.set(quarter_id, cell, PRECISION_VORONOI)
        if city_id in places:
            derived.set(city_id, shapely.union_all(list(cells.values())), PRECISION_UNION)
    first_side: dict[str, str] = {}
    for change in timeline.changes:
        first_side.setdefault(change.place_id, change.side)
    for place in places.values():
        if place.id in shapes or place.id in derived.geometry:
            continue
        if place.kind == "district" and place.parent in by_city:
            side = _district_side(place)
            members = [q.id for q in by_city[place.parent] if first_side.get(q.id) == side]
            if members:
                derived.set(place.id, shapely.union_all(
                    [derived.geometry[m] for m in members]), PRECISION_UNION)
        elif place.kind in REGION_KINDS:
            _region(place, derived)
        elif place.kind in ("city", "town"):
            _town(place, derived)
    geometry, precision, sources = derived.geometry, derived.precision, derived.source
    for place_id, (drawn, drawn_precision, source) in shapes.items():
        geometry[place_id], precision[place_id], sources[place_id] = drawn, drawn_precision, source
        derived.area.pop(place_id, None)
    records = []
    for place in sorted(places.values(), key=lambda p: p.id):
        shape_ = geometry.get(place.id) or Point(place.lon, place.lat)
        records.append({
            "id": place.id, "name": place.name, "kind": place.kind,
            "precision": precision.get(place.id, PRECISION_POINT),
            "source": sources.get(place.id, place.source),
            "area_km2": round(derived.area.get(place.id, area_km2(shape_)), 3),
            "lat": place.lat, "lon": place.lon, "geometry": shape_,
        })
    columns = ["id", "name", "kind", "precision", "source", "area_km2", "lat", "lon", "geometry"]
    return gpd.GeoDataFrame(pd.DataFrame.from_records(records, columns=columns),
                            geometry="geometry", crs=settings.GEOGRAPHIC_CRS)


@dataclass
class _DerivedShapes:
    """The geometries derived so far, their precision, and where they come from."""

    geometry: dict[str, BaseGeometry] = field(default_factory=dict)
    precision: dict[str, str] = field(default_factory=dict)
    source: dict[str, str] = field(default_factory=dict)
    #: Areas known better than the simplified geometry gives them (admin-1 units).
    area: dict[str, float] = field(default_factory=dict)

    def set(self, place_id: str, geometry: BaseGeometry, precision: str, source: str = "",
            area: float | None = None) -> None:
        self.geometry[place_id], self.precision[place_id] = geometry, precision
        if source:
            self.source[place_id] = source
        if area is not None:
            self.area[place_id] = area


def _quarters_by_city(places: dict[str, Place]) -> dict[str, list[Place]]:
    by_city: dict[str, list[Place]] = {}
    for place in places.values():
        if place.kind == "quarter" and place.parent:
            by_city.setdefault(place.parent, []).append(place)
    for quarters in by_city.values():
        quarters.sort(key=lambda q: q.id)
    return by_city


def _region(place: Place, derived: _DerivedShapes) -> None:
    """A governorate's, region's or district's admin-1 unit or units, when it has any."""
    match = admin_units_for(place)
    if match is not None:
        derived.set(place.id, match.geometry, match.precision,
                    f"Natural Earth 1:10m admin-1 {', '.join(match.codes)} (public domain; "
                    f"matched by {match.rule})", match.area_km2)


def _town(place: Place, derived: _DerivedShapes) -> None:
    """A town's built-up outline where one is packaged, else its population circle."""
    circle = town_circle(place) if place.population else None
    outline = built_up_outline(place, area_km2(circle) if circle is not None else 0.0)
    if outline is not None:
        derived.set(place.id, outline.geometry, PRECISION_OUTLINE,
                    f"Natural Earth 1:50m urban area{' ' + outline.name if outline.name else ''}"
                    " (public domain)", outline.area_km2)
    elif circle is not None:
        derived.set(place.id, circle, PRECISION_CIRCLE)


def _district_side(place: Place) -> str:
    """The side a district is named for: East Aleppo was the rebel-held part."""
    return "rebels" if place.id.startswith("east-") else "government"


def area_by_side(geometries: gpd.GeoDataFrame, state: dict[str, str],
                 parent: str, gazetteer: Gazetteer) -> dict[str, float]:
    """km² held by each side among the quarters of ``parent`` in a control ``state``."""
    totals: dict[str, float] = {}
    areas = dict(zip(geometries["id"], geometries["area_km2"], strict=True))
    for place_id, side in state.items():
        place = gazetteer.get(place_id)
        if place is not None and place.kind == "quarter" and place.parent == parent:
            totals[side] = totals.get(side, 0.0) + float(areas.get(place_id, 0.0))
    return {side: round(value, 2) for side, value in sorted(totals.items())}


def simplify_for_display(geometries: gpd.GeoDataFrame, gazetteer: Gazetteer,
                         tolerance: float = settings.SIMPLIFY_TOLERANCE_DEG) -> gpd.GeoSeries:
    """Area geometries simplified for the map at ``tolerance`` degrees (about 5 m).

    The quarters of a city tile it, so they are simplified together as a coverage
    (``shapely.coverage_simplify``): a shared edge stays shared, with no gap or overlap
    between neighbours. Every other polygon is simplified alone, keeping its topology.
    Leaflet simplifies again in the browser at each zoom (``smoothFactor``); this step only
    drops the vertices no zoom of the map can show.
    """
    simplified = geometries.geometry.copy()
    polygonal = simplified.geom_type.isin(["Polygon", "MultiPolygon"])
    def city_of_quarter(place_id: str) -> str:
        place = gazetteer.get(place_id)
        return place.parent if place is not None and place.kind == "quarter" else ""

    parents = geometries["id"].map(city_of_quarter)
    for parent in sorted(set(parents[polygonal & (parents != "")])):
        rows = polygonal & (parents == parent)
        cells = simplified[rows].to_numpy()
        if shapely.coverage_is_valid(cells):
            simplified[rows] = shapely.coverage_simplify(cells, tolerance)
        else:  # drawn quarters that overlap: simplify each alone
            simplified[rows] = shapely.simplify(cells, tolerance, preserve_topology=True)
    alone = polygonal & (parents == "")
    simplified[alone] = shapely.simplify(simplified[alone].to_numpy(), tolerance,
                                         preserve_topology=True)
    return simplified
