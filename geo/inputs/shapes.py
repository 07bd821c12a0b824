"""Reading and checking ``data/shapes.geojson``: the drawn boundaries of places.

The file is RFC 7946 GeoJSON: WGS 84 longitude/latitude. What editors write besides is read
as they mean it: a byte-order mark, heights (QGIS keeps a third coordinate from GPS or
DEM-draped layers; it is dropped), a ``"geometry": null`` feature (allowed by RFC 7946; it
draws nothing and is reported) and a ``crs`` member naming another CRS, such as a QGIS
export left in EPSG:3857 (reprojected to longitude/latitude with pyproj, with a warning
to save the file as EPSG:4326).
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import shapely
import shapely.errors
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from geo.errors import InputError, Problem, display_path
from geo.geodesy import km_from as _km_from
from geo.geodesy import polygonal as _polygonal
from geo.inputs import sources
from geo.inputs.jsonfile import read_json
from geo.vocab import Severity, ShapePrecision

SHAPE_PRECISIONS = ShapePrecision.values()

#: How far (km) a drawn boundary may lie from its place's point before it is suspect.
MAX_KM_SHAPE_FROM_POINT = 25.0
#: A repaired polygon must keep at least this share of the area of the drawn outline's hull.
MIN_REPAIRED_SHARE = 0.01
_GEOMETRY_ERRORS = (AttributeError, TypeError, ValueError, KeyError, IndexError,
                    shapely.errors.ShapelyError)
#: ``crs`` names that mean GeoJSON's own longitude/latitude.
_LONLAT_CRS = re.compile(r"(CRS84|CRS:84|EPSG:+4326|EPSG::4326)$", re.IGNORECASE)
_EPSG_RE = re.compile(r"EPSG:+(\d+)$", re.IGNORECASE)
#: Half the width of the EPSG:3857 (web Mercator) plane, in metres.
_WEB_MERCATOR_HALF = 20037508.35

Report = Callable[..., None]
_NO_VALUE = object()  # a problem without a value to show (``None`` shows as ``null``)


def read_shapes(path: Path, place_ids: Iterable[str]) -> tuple[dict[str, tuple], list[Problem]]:
    """Read drawn boundaries: ``{place_id: (geometry, precision, source)}`` and warnings.

    ``place_ids`` are the known place ids; when it is a mapping of ids to
    :class:`~geo.parse.gazetteer.Place` (``gazetteer.places``), each boundary is also checked
    against its place's point (far away, or latitude and longitude swapped). Geometries are
    returned in WGS 84 longitude/latitude (EPSG:4326), two-dimensional.

    Invalid polygons are repaired with ``shapely.make_valid`` and reported as warnings when
    the repair keeps a polygon (a self-intersecting outline becomes its parts); unknown or
    duplicate places, non-polygons, outlines that cannot be repaired and coordinates outside
    lon/lat ranges or far from the place are errors. Never raises for malformed content
    other than a file that is not a GeoJSON FeatureCollection.
    """
    if not path.exists():
        return {}, []
    name = display_path(path)
    collection = _read_collection(path, name)
    problems: list[Problem] = []
    reproject = _reprojection(collection, name, problems)
    places = place_ids if isinstance(place_ids, Mapping) else {}
    known = set(place_ids)
    shapes: dict[str, tuple] = {}
    first_feature: dict[str, int] = {}
    for index, feature in enumerate(collection["features"]):
        def problem(message: str, field: str | None = None, value: Any = _NO_VALUE,
                    expected: str | None = None, severity: Severity = Severity.ERROR,
                    suggestion: str | None = None, index: int = index) -> None:
            problems.append(Problem(name, message, feature=index, field=field,
                                    value=None if value is _NO_VALUE else _shown(value),
                                    expected=expected, suggestion=suggestion,
                                    severity=severity))

        found = _feature_shape(feature, known, first_feature, index, reproject, problem)
        if found is None:
            continue
        place_id, geometry, precision, source = found
        place = places.get(place_id)
        if place is not None and hasattr(place, "lat") and \
                _far_from_point(geometry, place, place_id, problem):
            continue
        shapes[place_id] = (geometry, precision, source)
    return shapes, problems


def is_line_feature(feature: Any) -> bool:
    """Whether a feature is a front line (a LineString or MultiLineString)."""
    return isinstance(feature, dict) and feature.get("type") == "Feature" and \
        isinstance(feature.get("geometry"), dict) and \
        feature["geometry"].get("type") in ("LineString", "MultiLineString")


def _shown(value: Any) -> str:
    """A value for a message: JSON's own spelling of ``null``, numbers and strings."""
    if value is None or isinstance(value, bool | int | float | list | dict):
        return json.dumps(value, allow_nan=True)[:80]
    return str(value)[:80]


def _read_collection(path: Path, name: str) -> dict[str, Any]:
    """The FeatureCollection of the file, with a list of features.

    Raises
    ------
    InputError
        When the file is not UTF-8 JSON, or not a FeatureCollection.
    """
    collection = read_json(path, "a GeoJSON FeatureCollection", kind="GeoJSON")
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        raise InputError([Problem(name, "not a GeoJSON FeatureCollection", field="type",
                                  value=str(collection.get("type"))[:40]
                                  if isinstance(collection, dict) else type(collection).__name__,
                                  expected="\"FeatureCollection\"")])
    if not isinstance(collection.get("features"), list):
        raise InputError([Problem(name, "no list of features", field="features",
                                  value=str(collection.get("features"))[:40],
                                  expected="\"features\": [...]")])
    return collection


def _reprojection(collection: dict[str, Any], name: str, problems: list[Problem]
                  ) -> Callable[[BaseGeometry], BaseGeometry] | None:
    """A transformation to longitude/latitude when the ``crs`` member names another CRS
    (a warning says so), else ``None``.

    Raises
    ------
    InputError
        When the ``crs`` member names a CRS pyproj does not know.
    """
    crs = collection.get("crs")
    crs_name = crs.get("properties", {}).get("name") if isinstance(crs, dict) and \
        isinstance(crs.get("properties"), dict) else None
    if not isinstance(crs_name, str) or _LONLAT_CRS.search(crs_name.strip()):
        return None
    from pyproj import CRS, Transformer
    from pyproj.exceptions import CRSError

    epsg = _EPSG_RE.search(crs_name.strip())
    try:
        source = CRS.from_epsg(int(epsg.group(1))) if epsg else CRS.from_user_input(crs_name)
    except CRSError:
        raise InputError([Problem(name, "unknown CRS", field="crs.properties.name",
                                  value=crs_name, expected="GeoJSON in longitude/latitude "
                                  "(EPSG:4326, RFC 7946)")]) from None
    transformer = Transformer.from_crs(source, "EPSG:4326", always_xy=True)
    function: Any = transformer.transform  # pyproj's overloads are wider than shapely's type
    problems.append(Problem(name, f"coordinates in {crs_name} were reprojected to "
                            "longitude/latitude", field="crs", value=crs_name,
                            expected="GeoJSON in EPSG:4326 (RFC 7946; in QGIS: Export, "
                            "Save Features As, CRS EPSG:4326)", severity=Severity.WARNING))

    def reproject(geometry: BaseGeometry) -> BaseGeometry:
        return shapely.transform(geometry, function, interleaved=False)

    return reproject


def _feature_shape(feature: Any, known: set[str], first_feature: dict[str, int], index: int,
                   reproject: Callable[[BaseGeometry], BaseGeometry] | None, problem: Report
                   ) -> tuple[str, BaseGeometry, str, str] | None:
    """The place id, geometry, precision and source of one feature, or ``None`` (its
    problems reported). A line feature is a front line (:mod:`geo.inputs.lines` reads it)."""
    if is_line_feature(feature):
        return None
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        problem("not a GeoJSON Feature", "type", feature.get("type") if isinstance(
            feature, dict) else type(feature).__name__, "\"Feature\"")
        return None
    properties = feature.get("properties")
    if not isinstance(properties, dict):
        problem("no properties", "properties", expected="an object with place_id, "
                "precision and source")
        return None
    place_id = properties.get("place_id", "")
    if not isinstance(place_id, str) or place_id not in known:
        close = difflib.get_close_matches(str(place_id), sorted(known), n=1)
        problem("unknown place", "properties.place_id", place_id,
                "an id of data/places.csv", suggestion=close[0] if close else None)
        return None
    if place_id in first_feature:
        problem(f"duplicate place (first at feature {first_feature[place_id]})",
                "properties.place_id", place_id, "one boundary per place")
        return None
    first_feature[place_id] = index
    precision, source = _precision_and_source(properties, problem)
    if feature.get("geometry") is None:
        problem("no geometry (null): the feature draws nothing and is left out", "geometry",
                expected="a GeoJSON Polygon or MultiPolygon", severity=Severity.WARNING)
        return None
    geometry = _geometry(feature["geometry"], reproject, problem)
    if geometry is None or precision is None or source is None:
        return None
    return place_id, geometry, precision, source


def _precision_and_source(properties: dict[str, Any], problem: Report
                          ) -> tuple[str | None, str | None]:
    precision = properties.get("precision", "drawn")
    if precision not in SHAPE_PRECISIONS:
        problem("unknown precision", "properties.precision", precision,
                ShapePrecision.expected(),
                suggestion=ShapePrecision.suggest(precision) if isinstance(precision, str)
                else None)
        precision = None
    source = properties.get("source")
    if not isinstance(source, str) or not source.strip():
        problem("empty source", "properties.source", source, sources.EXPECTED)
        return precision, None
    try:
        sources.parse_source(source)
    except ValueError as error:
        problem(f"bad source: {error}", "properties.source", source, sources.EXPECTED,
                suggestion=sources.source_suggestion(source))
        return precision, None
    return precision, source


def _geometry(data: Any, reproject: Callable[[BaseGeometry], BaseGeometry] | None,
              problem: Report) -> BaseGeometry | None:
    """A valid two-dimensional lon/lat polygon from a feature's geometry, or ``None``."""
    try:
        geometry = shape(data)
        if geometry.has_z:
            geometry = shapely.force_2d(geometry)  # heights from QGIS, GPS or a DEM
        if reproject is not None:
            geometry = reproject(geometry)
        bounds = geometry.bounds
    except _GEOMETRY_ERRORS as error:
        kind = data.get("type") if isinstance(data, dict) else type(data).__name__
        problem(f"bad geometry ({type(error).__name__}: {error})", "geometry", kind,
                "a GeoJSON Polygon or MultiPolygon with [longitude, latitude] positions")
        return None
    if geometry.geom_type not in ("Polygon", "MultiPolygon"):
        problem("not a polygon", "geometry.type", geometry.geom_type,
                "Polygon or MultiPolygon")
        return None
    if geometry.is_empty:
        problem("empty polygon", "geometry.coordinates", expected="a closed ring of at "
                "least 4 [longitude, latitude] positions")
        return None
    if not _lon_lat_bounds(bounds, problem):
        return None
    return _repaired(geometry, problem)


def _lon_lat_bounds(bounds: tuple[float, float, float, float], problem: Report) -> bool:
    minx, miny, maxx, maxy = bounds
    if not all(map(math.isfinite, bounds)):
        problem("coordinates that are not finite numbers", "geometry.coordinates",
                f"{minx:g}, {miny:g} .. {maxx:g}, {maxy:g}", "[longitude, latitude] numbers")
        return False
    if -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90:
        return True
    metres = max(map(abs, bounds)) <= _WEB_MERCATOR_HALF
    problem("coordinates outside lon/lat ranges" + (
        " (metres of a projected CRS such as EPSG:3857?)" if metres else " (swapped?)"),
        "geometry.coordinates", f"{minx:g}, {miny:g} .. {maxx:g}, {maxy:g}",
        "[longitude, latitude] pairs (RFC 7946)" + (
            "; in QGIS, export the layer with CRS EPSG:4326" if metres else ""))
    return False


def _repaired(geometry: BaseGeometry, problem: Report) -> BaseGeometry | None:
    """The geometry, repaired when invalid (with a warning), or ``None`` if it cannot be."""
    if geometry.is_valid:
        return geometry
    reason = shapely.is_valid_reason(geometry)
    repaired = _polygonal(shapely.make_valid(geometry))
    if repaired is None or repaired.area < MIN_REPAIRED_SHARE * geometry.convex_hull.area:
        problem(f"invalid polygon that cannot be repaired safely ({reason})",
                "geometry.coordinates", expected="a simple closed ring (no crossing "
                "edges), outer ring first")
        return None
    problem(f"invalid polygon repaired ({reason}); check the outline", "geometry",
            severity=Severity.WARNING)
    return repaired


def _far_from_point(geometry: BaseGeometry, place: Any, place_id: str, problem: Report
                    ) -> bool:
    """Whether the boundary lies far from its place's point (reported)."""
    far = _km_from(geometry, place.lon, place.lat)
    if far <= MAX_KM_SHAPE_FROM_POINT:
        return False
    swapped = shapely.transform(geometry, lambda xy: xy[:, ::-1])
    looks_swapped = _km_from(swapped, place.lon, place.lat) <= MAX_KM_SHAPE_FROM_POINT
    problem(f"boundary is {far:.0f} km from the point of '{place_id}'"
            + (" (longitude and latitude look swapped)" if looks_swapped else ""),
            "geometry.coordinates", f"centre {geometry.centroid.x:.5f}, "
            f"{geometry.centroid.y:.5f}",
            f"[longitude, latitude] pairs within {MAX_KM_SHAPE_FROM_POINT:g} km "
            f"of {place.lon}, {place.lat}")
    return True
