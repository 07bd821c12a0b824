"""Geometry of places: quarter cells, town outlines, areas held, display simplification.

Every input and output geometry is WGS 84 longitude/latitude (EPSG:4326). Areas and
buffers are computed in the UTM zone of each place (chosen with pyproj), never in degrees.

Where ``data/shapes.geojson`` has no drawn boundary for a place, one is derived and marked:

* quarters of a city: Voronoi cells of the city's quarter points, clipped to the hull of
  those points buffered by :data:`geo.settings.QUARTER_HULL_BUFFER_M`
  (``precision="approximate: Voronoi cell of quarter points"``);
* a city with quarters: the union of its quarter cells;
* a district (``east-aleppo``): the union of the cells of its city's quarters that the
  district's side held on the first day of their history (East Aleppo is the part rebels held);
* another city or town with a population: a circle of the area population / density
  (:data:`geo.settings.TOWN_DENSITY_PER_KM2`), ``precision="approximate: population circle"``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
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
from geo.parse.gazetteer import Gazetteer, Place

PRECISION_VORONOI = "approximate: Voronoi cell of quarter points"
PRECISION_UNION = "approximate: union of quarter cells"
PRECISION_CIRCLE = "approximate: population circle"
PRECISION_POINT = "point"


def quarter_cells(quarters: list[Place]) -> dict[str, Polygon]:
    """Voronoi cells of quarter points, clipped to the buffered hull of the points.

    Parameters
    ----------
    quarters : list of Place
        Quarters of one city (points in lon/lat).

    Returns
    -------
    dict
        Quarter id to its cell (lon/lat polygon).
    """
    if not quarters:
        return {}
    # Shapely geometries are immutable: the cells of the same points are shared between
    # builds (watch mode rebuilds them only when a quarter's point moves).
    return dict(_cells(tuple((q.id, q.lon, q.lat) for q in quarters)))


@lru_cache(maxsize=64)
def _cells(points_of: tuple[tuple[str, float, float], ...]) -> tuple[tuple[str, Polygon], ...]:
    ids = [pid for pid, _, _ in points_of]
    lon = sum(x for _, x, _ in points_of) / len(points_of)
    lat = sum(y for _, _, y in points_of) / len(points_of)
    points = [to_metric(Point(x, y), lon, lat) for _, x, y in points_of]
    extent = MultiPoint(points).convex_hull.buffer(settings.QUARTER_HULL_BUFFER_M)
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


def town_circle(place: Place) -> Polygon:
    """A circle of the built-up area implied by the population (lon/lat polygon)."""
    low, high = settings.TOWN_RADIUS_KM
    radius_km = math.sqrt(max(place.population, 1) / settings.TOWN_DENSITY_PER_KM2 / math.pi)
    radius_km = min(high, max(low, radius_km))
    centre = to_metric(Point(place.lon, place.lat), place.lon, place.lat)
    return to_geographic(centre.buffer(radius_km * 1000.0, quad_segs=16), place.lon, place.lat)


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
    geometry: dict[str, BaseGeometry] = {}
    precision: dict[str, str] = {}
    by_city: dict[str, list[Place]] = {}
    for place in places.values():
        if place.kind == "quarter" and place.parent:
            by_city.setdefault(place.parent, []).append(place)
    for city_id, quarters in sorted(by_city.items()):
        quarters.sort(key=lambda q: q.id)
        for quarter_id, cell in quarter_cells(quarters).items():
            geometry[quarter_id], precision[quarter_id] = cell, PRECISION_VORONOI
        if city_id in places:
            geometry[city_id] = shapely.union_all([geometry[q.id] for q in quarters])
            precision[city_id] = PRECISION_UNION
    first_side: dict[str, str] = {}
    for change in timeline.changes:
        first_side.setdefault(change.place_id, change.side)
    for place in places.values():
        if place.kind == "district" and place.parent in by_city:
            side = _district_side(place)
            members = [q.id for q in by_city[place.parent] if first_side.get(q.id) == side]
            if members:
                geometry[place.id] = shapely.union_all([geometry[m] for m in members])
                precision[place.id] = PRECISION_UNION
        elif place.kind in ("city", "town") and place.id not in geometry and place.population:
            geometry[place.id], precision[place.id] = town_circle(place), PRECISION_CIRCLE
    sources = {}
    for place_id, (drawn, drawn_precision, source) in shapes.items():
        geometry[place_id], precision[place_id], sources[place_id] = drawn, drawn_precision, source
    records = []
    for place in sorted(places.values(), key=lambda p: p.id):
        shape_ = geometry.get(place.id) or Point(place.lon, place.lat)
        records.append({
            "id": place.id, "name": place.name, "kind": place.kind,
            "precision": precision.get(place.id, PRECISION_POINT),
            "source": sources.get(place.id, place.source),
            "area_km2": round(area_km2(shape_), 3),
            "lat": place.lat, "lon": place.lon, "geometry": shape_,
        })
    columns = ["id", "name", "kind", "precision", "source", "area_km2", "lat", "lon", "geometry"]
    return gpd.GeoDataFrame(pd.DataFrame.from_records(records, columns=columns),
                            geometry="geometry", crs=settings.GEOGRAPHIC_CRS)


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
