"""Geometry of places and movements: quarter cells, town outlines, arrows, areas.

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

import difflib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import shapely
import shapely.errors
import shapely.ops
from pyproj import CRS, Geod, Transformer
from pyproj.aoi import AreaOfInterest
from pyproj.database import query_utm_crs_info
from shapely.geometry import LineString, MultiPoint, MultiPolygon, Point, Polygon, shape

from geo import settings
from geo.errors import InputError, Problem, display_path
from geo.inputs.timeline import Movement, Timeline
from geo.parse.gazetteer import Gazetteer, Place

GEOD = Geod(ellps="WGS84")
PRECISION_VORONOI = "approximate: Voronoi cell of quarter points"
PRECISION_UNION = "approximate: union of quarter cells"
PRECISION_CIRCLE = "approximate: population circle"
PRECISION_POINT = "point"
SHAPE_PRECISIONS = ("surveyed", "drawn", "approximate")


@dataclass(frozen=True)
class Arrow:
    """A movement drawn as a shaft and a triangular head (lon/lat, EPSG:4326)."""

    movement: Movement
    shaft: LineString
    head: Polygon
    derived: bool = False


@lru_cache(maxsize=256)
def utm_crs(lon: float, lat: float) -> CRS:
    """The UTM CRS of the zone holding a point (lon/lat degrees).

    The EPSG code is computed: the first (lowest-code) WGS 84 UTM zone whose area of use
    holds the point, which is what ``query_utm_crs_info`` answers, without its database
    scan (about 0.1 s a call). Outside the UTM latitudes the database is asked.
    """
    code = _utm_epsg(lon, lat)
    if code is None:
        infos = query_utm_crs_info(datum_name="WGS 84",
                                   area_of_interest=AreaOfInterest(lon, lat, lon, lat))
        code = int(infos[0].code)
    return CRS.from_epsg(code)


def _utm_epsg(lon: float, lat: float) -> int | None:
    """EPSG code of the WGS 84 UTM zone of (lon, lat): 326zz north of the equator
    (0°..84°N, the equator included), 327zz south (80°S..0°); on a zone edge the western
    zone. ``None`` outside those latitudes or longitudes."""
    if not -180.0 <= lon <= 180.0:
        return None
    if 0.0 <= lat <= 84.0:
        base = 32600
    elif -80.0 <= lat < 0.0:
        base = 32700
    else:
        return None
    zone = math.floor((lon + 180.0) / 6.0) + 1
    if lon > -180.0 and (lon + 180.0) % 6.0 == 0.0:
        zone -= 1  # on the edge of two zones: the lower code, as the database lists it
    return base + min(60, max(1, zone))


@lru_cache(maxsize=256)
def _transformers(lon: float, lat: float) -> tuple[Transformer, Transformer]:
    crs = utm_crs(round(lon, 0), round(lat, 0))
    return (Transformer.from_crs(settings.GEOGRAPHIC_CRS, crs, always_xy=True),
            Transformer.from_crs(crs, settings.GEOGRAPHIC_CRS, always_xy=True))


def to_metric(geometry, lon: float, lat: float):
    """Project a lon/lat geometry to the UTM zone of (lon, lat); metres."""
    forward, _ = _transformers(round(lon, 0), round(lat, 0))
    return shapely.transform(geometry, forward.transform, interleaved=False)


def to_geographic(geometry, lon: float, lat: float):
    """Inverse of :func:`to_metric`."""
    _, backward = _transformers(round(lon, 0), round(lat, 0))
    return shapely.transform(geometry, backward.transform, interleaved=False)


def area_km2(geometry) -> float:
    """Area of a lon/lat polygon in km², computed in its UTM zone."""
    if geometry is None or geometry.is_empty or geometry.geom_type not in (
            "Polygon", "MultiPolygon"):
        return 0.0
    centre = geometry.centroid
    return to_metric(geometry, centre.x, centre.y).area / 1e6


#: How far (km) a drawn boundary may lie from its place's point before it is suspect.
MAX_KM_SHAPE_FROM_POINT = 25.0
#: A repaired polygon must keep at least this share of the area of the drawn outline's hull.
MIN_REPAIRED_SHARE = 0.01
_GEOMETRY_ERRORS = (AttributeError, TypeError, ValueError, KeyError, IndexError,
                    shapely.errors.ShapelyError)


def read_shapes(path: Path, place_ids: Iterable[str]) -> tuple[dict[str, tuple], list[Problem]]:
    """Read drawn boundaries: ``{place_id: (geometry, precision, source)}`` and warnings.

    ``place_ids`` are the known place ids; when it is a mapping of ids to
    :class:`~geo.parse.gazetteer.Place` (``gazetteer.places``), each boundary is also checked
    against its place's point (far away, or latitude and longitude swapped).

    Invalid polygons are repaired with ``shapely.make_valid`` and reported as warnings when
    the repair keeps a polygon (a self-intersecting outline becomes its parts); unknown or
    duplicate places, non-polygons, outlines that cannot be repaired and coordinates outside
    lon/lat ranges or far from the place are errors. Never raises for malformed content
    other than a file that is not a GeoJSON FeatureCollection.
    """
    if not path.exists():
        return {}, []
    name = display_path(path)
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise InputError([Problem(name, f"not UTF-8 text (byte {error.start})",
                                  expected="a UTF-8 encoded GeoJSON file")]) from None
    except json.JSONDecodeError as error:
        raise InputError([Problem(name, f"not valid JSON: {error.msg} (column {error.colno})",
                                  line=error.lineno,
                                  expected="a GeoJSON FeatureCollection")]) from None
    except RecursionError:
        raise InputError([Problem(name, "not valid JSON: nested too deeply",
                                  expected="a GeoJSON FeatureCollection")]) from None
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        raise InputError([Problem(name, "not a GeoJSON FeatureCollection", field="type",
                                  value=str(collection.get("type"))[:40]
                                  if isinstance(collection, dict) else type(collection).__name__,
                                  expected="\"FeatureCollection\"")])
    features = collection.get("features")
    if not isinstance(features, list):
        raise InputError([Problem(name, "no list of features", field="features",
                                  value=str(features)[:40], expected="\"features\": [...]")])
    places = place_ids if isinstance(place_ids, Mapping) else {}
    known = set(place_ids)
    shapes: dict[str, tuple] = {}
    first_feature: dict[str, int] = {}
    problems: list[Problem] = []
    for index, feature in enumerate(features):
        def problem(message: str, field: str | None = None, value=None, expected=None,
                    severity: str = "error", suggestion: str | None = None,
                    index: int = index) -> None:
            problems.append(Problem(name, message, feature=index, field=field,
                                    value=None if value is None else str(value)[:80],
                                    expected=expected, suggestion=suggestion,
                                    severity=severity))

        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            problem("not a GeoJSON Feature", "type", feature.get("type") if isinstance(
                feature, dict) else type(feature).__name__, "\"Feature\"")
            continue
        properties = feature.get("properties")
        if not isinstance(properties, dict):
            problem("no properties", "properties", expected="an object with place_id, "
                    "precision and source")
            continue
        place_id = properties.get("place_id", "")
        if not isinstance(place_id, str) or place_id not in known:
            close = difflib.get_close_matches(str(place_id), sorted(known), n=1)
            problem("unknown place", "properties.place_id", place_id,
                    "an id of data/places.csv", suggestion=close[0] if close else None)
            continue
        if place_id in first_feature:
            problem(f"duplicate place (first at feature {first_feature[place_id]})",
                    "properties.place_id", place_id, "one boundary per place")
            continue
        first_feature[place_id] = index
        precision = properties.get("precision", "drawn")
        if precision not in SHAPE_PRECISIONS:
            problem("unknown precision", "properties.precision", precision,
                    "one of " + ", ".join(SHAPE_PRECISIONS))
        source = properties.get("source")
        if not isinstance(source, str) or not source.strip():
            problem("empty source", "properties.source", source,
                    "a URL, a geonames:/wikidata:/osm: id or seed:<article>")
        try:
            geometry = shape(feature.get("geometry"))
            bounds = geometry.bounds
        except _GEOMETRY_ERRORS as error:
            problem(f"bad geometry ({error})", "geometry", expected="a GeoJSON Polygon")
            continue
        if geometry.geom_type not in ("Polygon", "MultiPolygon"):
            problem("not a polygon", "geometry.type", geometry.geom_type,
                    "Polygon or MultiPolygon")
            continue
        if geometry.is_empty:
            problem("empty polygon", "geometry.coordinates", expected="a closed ring of at "
                    "least 4 [longitude, latitude] positions")
            continue
        minx, miny, maxx, maxy = bounds
        if not all(map(math.isfinite, bounds)) or not (
                -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
            problem("coordinates outside lon/lat ranges (swapped?)", "geometry.coordinates",
                    f"{minx:g}, {miny:g} .. {maxx:g}, {maxy:g}",
                    "[longitude, latitude] pairs (RFC 7946)")
            continue
        if not geometry.is_valid:
            reason = shapely.is_valid_reason(geometry)
            repaired = _polygonal(shapely.make_valid(geometry))
            hull = geometry.convex_hull.area
            if repaired is None or repaired.area < MIN_REPAIRED_SHARE * hull:
                problem(f"invalid polygon that cannot be repaired safely ({reason})",
                        "geometry.coordinates", expected="a simple closed ring (no crossing "
                        "edges), outer ring first")
                continue
            geometry = repaired
            problem(f"invalid polygon repaired ({reason}); check the outline", "geometry",
                    severity="warning")
        place = places.get(place_id)
        if place is not None and hasattr(place, "lat"):
            far = _km_from(geometry, place.lon, place.lat)
            if far > MAX_KM_SHAPE_FROM_POINT:
                swapped = shapely.transform(geometry, lambda xy: xy[:, ::-1])
                looks_swapped = _km_from(swapped, place.lon, place.lat) \
                    <= MAX_KM_SHAPE_FROM_POINT
                problem(f"boundary is {far:.0f} km from the point of '{place_id}'"
                        + (" (longitude and latitude look swapped)" if looks_swapped else ""),
                        "geometry.coordinates", f"centre {geometry.centroid.x:.5f}, "
                        f"{geometry.centroid.y:.5f}",
                        f"[longitude, latitude] pairs within {MAX_KM_SHAPE_FROM_POINT:g} km "
                        f"of {place.lon}, {place.lat}")
                continue
        shapes[place_id] = (geometry, precision, source)
    return shapes, problems


def _polygonal(geometry):
    """The polygons of a geometry (a repaired outline may add lines or points), or ``None``."""
    parts, polygons = [geometry], []
    while parts:
        part = parts.pop()
        if part.geom_type == "Polygon" and not part.is_empty:
            polygons.append(part)
        elif part.geom_type in ("MultiPolygon", "GeometryCollection"):
            parts.extend(shapely.get_parts(part))
    if not polygons:
        return None
    polygons.sort(key=lambda p: p.bounds)  # a stable order, whatever GEOS returned
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)


def _km_from(geometry, lon: float, lat: float) -> float:
    """Geodesic distance (km) from a lon/lat point to the nearest point of a geometry."""
    point = Point(lon, lat)
    if geometry.covers(point):
        return 0.0
    nearest = shapely.ops.nearest_points(geometry, point)[0]
    return GEOD.inv(lon, lat, nearest.x, nearest.y)[2] / 1000.0


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
        result.append((quarter_id, to_geographic(cell.intersection(extent), lon, lat)))
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
    geometry: dict[str, object] = {}
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
    first_side = {}
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
    return gpd.GeoDataFrame(records, geometry="geometry", crs=settings.GEOGRAPHIC_CRS)


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


def _endpoint(place: Place, bearing: float, distance_km: float) -> tuple[float, float]:
    lon, lat, _ = GEOD.fwd(place.lon, place.lat, bearing, distance_km * 1000.0)
    return lon, lat


def movement_arrow(movement: Movement, gazetteer: Gazetteer, derived: bool = False) -> Arrow:
    """The arrow of a movement: from its origin to its destination.

    A missing end is placed ``distance_km`` along ``bearing_deg`` from the other: for an
    arrival the bearing says where the attackers came from; for a departure, where to.
    """
    origin = gazetteer.get(movement.from_place) if movement.from_place else None
    target = gazetteer.get(movement.to_place) if movement.to_place else None
    if origin is not None and target is not None:
        start, end = (origin.lon, origin.lat), (target.lon, target.lat)
    elif target is not None:
        start, end = _endpoint(target, movement.bearing_deg, movement.distance_km), \
            (target.lon, target.lat)
    else:
        start = (origin.lon, origin.lat)
        end = _endpoint(origin, movement.bearing_deg, movement.distance_km)
    forward, _, length = GEOD.inv(start[0], start[1], end[0], end[1])
    head_m = min(max(length * 0.22, 120.0), 9000.0)
    back = forward + 180.0
    left = GEOD.fwd(end[0], end[1], back - 24.0, head_m)[:2]
    right = GEOD.fwd(end[0], end[1], back + 24.0, head_m)[:2]
    neck = GEOD.fwd(end[0], end[1], back, head_m * 0.8)[:2]
    shaft = LineString([start, neck])
    head = Polygon([end, left, right, end])
    return Arrow(movement, shaft, head, derived)


def derived_advances(timeline: Timeline, gazetteer: Gazetteer, max_km: float = 3.0
                     ) -> list[Movement]:
    """Advances implied by quarters changing hands: an arrow from the nearest quarter of
    the same city that the taking side held the day before. Marked ``derived``."""
    movements = []
    # One sweep over the rows (sorted by date): ``held`` is the control state of the day
    # before the current row, split by the places' parent so that only the quarters of the
    # same city are searched (each city's dict keeps the state's order, hence its ties).
    held: dict[str, dict[str, str]] = {}
    applied = 0
    changes = timeline.changes
    for change in changes:
        while applied < len(changes) and changes[applied].date < change.date:
            row = changes[applied]
            known = gazetteer.get(row.place_id)
            if known is not None:
                held.setdefault(known.parent, {})[row.place_id] = row.side
            applied += 1
        place = gazetteer.get(change.place_id)
        if change.change != "taken" or place is None or place.kind != "quarter":
            continue
        best, best_km = None, max_km
        for other_id, side in held.get(place.parent, {}).items():
            other = gazetteer.get(other_id)
            if side != change.side or other is None or other.parent != place.parent or \
                    other.id == place.id:
                continue
            km = GEOD.inv(other.lon, other.lat, place.lon, place.lat)[2] / 1000.0
            if km < best_km:
                best, best_km = other, km
        if best is None:
            continue
        status = "claimed" if change.certainty == "claimed" else "done"
        movements.append(Movement(
            id=f"derived-{change.place_id}-{change.date.isoformat()}", start=change.date,
            end=change.date, side=change.side, kind="advance", status=status,
            from_place=best.id, to_place=place.id, bearing_deg=None, distance_km=None,
            quote=change.quote, source=change.source,
            note=f"derived: {change.side} took {place.name}; drawn from the nearest quarter "
                 f"it held the day before ({best.name})", line=change.line))
    return movements


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
    parents = geometries["id"].map(lambda pid: (gazetteer.get(pid).parent
                                                if gazetteer.get(pid) is not None and
                                                gazetteer.get(pid).kind == "quarter" else ""))
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
