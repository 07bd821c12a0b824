"""Packaged base geography: countries, first-level units, rivers, lakes, built-up areas.

The layers are Natural Earth (public domain): 1:10m countries (v5.1.1) and admin-1 states
and provinces, 1:50m rivers, lakes and urban areas, converted by
``scripts/build_basemap.py`` into the GeoParquet files beside this module (EPSG:4326,
simplified at 0.02°, about 2 km, for maps at regional scale; areas in km² computed before
simplification). Admin-1 units carry ISO 3166-2 codes and GeoNames ids where GeoNames has
them. Nothing is downloaded: the map's base geography, its regions and its town outlines
work offline.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geo.geodesy import km_from

DATA_DIR = Path(__file__).resolve().parent
LAYERS = ("countries", "admin1", "rivers", "lakes", "urban")
#: The credit the page and the picture give for these layers.
ATTRIBUTION = "Base geography: Natural Earth"

Bounds = tuple[float, float, float, float]  # west, south, east, north (degrees)


@lru_cache(maxsize=8)
def layer(name: str) -> gpd.GeoDataFrame:
    """One whole layer (``countries``, ``admin1``, ``rivers``, ``lakes`` or ``urban``).

    Raises
    ------
    ValueError
        For a name that is not one of :data:`LAYERS`.
    """
    if name not in LAYERS:
        raise ValueError(f"unknown base layer {name!r}: expected one of {', '.join(LAYERS)}")
    return gpd.read_parquet(DATA_DIR / f"{name}.parquet")


def near(name: str, bounds: Bounds, margin_deg: float = 0.5) -> gpd.GeoDataFrame:
    """The features of a layer that meet ``bounds`` grown by ``margin_deg``, cut to it."""
    west, south, east, north = bounds
    box = (max(west - margin_deg, -180.0), max(south - margin_deg, -90.0),
           min(east + margin_deg, 180.0), min(north + margin_deg, 90.0))
    frame = layer(name)
    picked = frame.iloc[np.sort(frame.sindex.query(shapely.box(*box), predicate="intersects"))]
    clipped = shapely.clip_by_rect(picked.geometry.to_numpy(), *box)
    keep = ~shapely.is_empty(clipped)
    return picked.set_geometry(clipped, crs=frame.crs)[keep].reset_index(drop=True)


def admin_unit_containing(lon: float, lat: float, max_km: float = 5.0
                          ) -> gpd.GeoSeries | None:
    """The first-level unit (a row of ``admin1``) whose polygon holds the point, else the
    nearest within ``max_km`` (a coastal or riverside town beside the simplified outline),
    else ``None``."""
    units = layer("admin1")
    point = Point(lon, lat)
    hits = units.sindex.query(point, predicate="intersects")
    if len(hits):
        return units.iloc[int(hits[0])]
    index, distance = units.sindex.nearest(point, return_distance=True)
    nearest = units.iloc[int(index[1][0])]
    close = distance[0] < max_km / 60 and km_from(nearest.geometry, lon, lat) <= max_km
    return nearest if close else None


def urban_outline(lon: float, lat: float, max_km: float = 5.0) -> BaseGeometry | None:
    """The built-up outline holding ``(lon, lat)``, else the nearest within ``max_km``, else
    ``None`` (1:50m urban areas: large towns only; Aleppo has one, Palmyra has none)."""
    urban = layer("urban")
    reach = max_km / 111.0 / max(np.cos(np.radians(lat)), 0.01)
    candidates = urban.iloc[urban.sindex.query(
        shapely.box(lon - reach, lat - reach, lon + reach, lat + reach),
        predicate="intersects")]
    if candidates.empty:
        return None
    distances = [km_from(shape, lon, lat) for shape in candidates.geometry]
    best = int(np.argmin(distances))
    return candidates.geometry.iloc[best] if distances[best] <= max_km else None
