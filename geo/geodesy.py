"""Distances, areas and projections on the WGS 84 ellipsoid (lon/lat in, metres or km out).

Every geometry given to or returned by this module is WGS 84 longitude/latitude
(EPSG:4326) unless a function says it returns metres. Areas and buffers are computed in the
UTM zone of each place (chosen with pyproj), never in degrees.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any, TypeVar

import shapely
import shapely.ops
from pyproj import CRS, Geod, Transformer
from pyproj.aoi import AreaOfInterest
from pyproj.database import query_utm_crs_info
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from geo import settings

GEOD = Geod(ellps="WGS84")
G = TypeVar("G", bound=BaseGeometry)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (km) between two WGS 84 points in degrees, on a sphere of the
    Earth's mean radius: close enough to compare places (the map's lengths and areas use
    pyproj)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=256)
def utm_crs(lon: float, lat: float) -> CRS:
    """The UTM CRS of the zone holding a point (lon/lat degrees); beyond the UTM latitudes
    (north of 84°N, south of 80°S), the Universal Polar Stereographic CRS of that pole.

    The EPSG code is computed: the first (lowest-code) WGS 84 UTM zone whose area of use
    holds the point, which is what ``query_utm_crs_info`` answers, without its database
    scan (about 0.1 s a call). Where that computation gives none, the database is asked.
    """
    code = _utm_epsg(lon, lat)
    if code is None and -180.0 <= lon <= 180.0:
        code = UPS_NORTH if lat > 0 else UPS_SOUTH
    if code is None:
        infos = query_utm_crs_info(datum_name="WGS 84",
                                   area_of_interest=AreaOfInterest(lon, lat, lon, lat))
        if not infos:
            raise ValueError(f"no projected CRS for longitude {lon}, latitude {lat}: "
                             "expected WGS 84 degrees")
        code = int(infos[0].code)
    return CRS.from_epsg(code)


#: WGS 84 / UPS North (N,E) and UPS South (N,E): the polar caps UTM leaves out.
UPS_NORTH = 32661
UPS_SOUTH = 32761


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


def to_metric(geometry: G, lon: float, lat: float) -> G:
    """Project a lon/lat geometry to the UTM zone of (lon, lat); metres."""
    forward, _ = _transformers(round(lon, 0), round(lat, 0))
    return _transformed(geometry, forward)


def to_geographic(geometry: G, lon: float, lat: float) -> G:
    """Inverse of :func:`to_metric`."""
    _, backward = _transformers(round(lon, 0), round(lat, 0))
    return _transformed(geometry, backward)


def _transformed(geometry: G, transformer: Transformer) -> G:
    function: Any = transformer.transform  # pyproj's overloads are wider than shapely's type
    return shapely.transform(geometry, function, interleaved=False)


def area_km2(geometry: BaseGeometry | None) -> float:
    """Area of a lon/lat polygon in km², computed in its UTM zone."""
    if geometry is None or geometry.is_empty or geometry.geom_type not in (
            "Polygon", "MultiPolygon"):
        return 0.0
    centre = geometry.centroid
    return to_metric(geometry, centre.x, centre.y).area / 1e6


def polygonal(geometry: BaseGeometry) -> Polygon | MultiPolygon | None:
    """The polygons of a geometry (a repaired outline may add lines or points), or ``None``."""
    parts: list[BaseGeometry] = [geometry]
    polygons: list[Polygon] = []
    while parts:
        part = parts.pop()
        if isinstance(part, Polygon) and not part.is_empty:
            polygons.append(part)
        elif part.geom_type in ("MultiPolygon", "GeometryCollection"):
            parts.extend(shapely.get_parts(part))
    if not polygons:
        return None
    polygons.sort(key=lambda p: p.bounds)  # a stable order, whatever GEOS returned
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)


def km_from(geometry: BaseGeometry, lon: float, lat: float) -> float:
    """Geodesic distance (km) from a lon/lat point to the nearest point of a geometry."""
    point = Point(lon, lat)
    if geometry.covers(point):
        return 0.0
    nearest = shapely.ops.nearest_points(geometry, point)[0]
    return GEOD.inv(lon, lat, nearest.x, nearest.y)[2] / 1000.0
