"""Reading and checking ``data/shapes.geojson``: the drawn boundaries of places."""

from __future__ import annotations

import difflib
import json
import math
from collections.abc import Iterable, Mapping
from pathlib import Path

import shapely
import shapely.errors
from shapely.geometry import shape

from geo.errors import InputError, Problem, display_path
from geo.geodesy import km_from as _km_from
from geo.geodesy import polygonal as _polygonal

SHAPE_PRECISIONS = ("surveyed", "drawn", "approximate")

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
