"""Scaling benchmark: the build on generated inputs at 1x and 10x; prints each cost and
its growth factor (10 means linear).

    python bench/scale_bench.py [--scales 1 10] [--no-picture] [--no-browser]

1x is 100 articles, 200 quarter polygons, 500 events and 500 movements; 10x is 1,000
articles, 2,000 polygons and 10,000 events and movements (see ``bench/generate.py``). Each
build runs in a fresh process; its stages are timed as in ``bench/build_bench.py``; then
each map is opened in headless Chromium (``bench/browser_render.py``, median of 3).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import ROOT, STAGE_ORDER, print_table
from generate import generate, sizes


def run(scale: int, tmp: Path, picture: bool, browser: bool) -> dict:
    folder = tmp / f"x{scale}"
    generate(folder, scale)
    command = [sys.executable, str(ROOT / "bench" / "_timing.py"), str(folder / "data"),
               str(folder / "seeds"), str(folder / "out")] + ([] if picture else
                                                              ["--no-picture"])
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    measured["process"] = time.perf_counter() - started
    html = (folder / "out" / "map.html").read_bytes()
    measured["html_gzip"] = len(gzip.compress(html))
    if browser:
        from browser_render import render_times

        measured["browser"] = render_times(folder / "out" / "map.html")
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scales", type=int, nargs=2, default=[1, 10])
    parser.add_argument("--no-picture", action="store_true")
    parser.add_argument("--no-browser", action="store_true",
                        help="skip the render times in headless Chromium")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args()
    low, high = args.scales
    with tempfile.TemporaryDirectory(prefix="warmap-scale-") as tmp:
        results = {scale: run(scale, Path(tmp), not args.no_picture, not args.no_browser)
                   for scale in (low, high)}
    a, b = results[low], results[high]
    factor = high / low

    def row(name: str, x: float, y: float, unit: str = "s") -> list[str]:
        growth = y / x if x else float("nan")
        verdict = "linear" if growth <= factor * 1.25 else "SUPERLINEAR"
        if unit == "s":
            return [name, f"{x:.2f} s", f"{y:.2f} s", f"{growth:.1f}x", verdict]
        return [name, f"{x / 1e6:.2f} MB", f"{y / 1e6:.2f} MB", f"{growth:.1f}x", verdict]

    rows = [row(f"  {stage}", a["runs"][0]["stages"].get(stage, 0.0),
                b["runs"][0]["stages"].get(stage, 0.0))
            for stage in STAGE_ORDER if stage in a["runs"][0]["stages"]]
    rows = [row("whole process (cold)", a["process"], b["process"]),
            row("imports", a["imports"], b["imports"]),
            row("build's own work", a["runs"][0]["total"], b["runs"][0]["total"]),
            *rows,
            row("map.html size", a["html_bytes"], b["html_bytes"], "MB"),
            row("map.html gzip", a["html_gzip"], b["html_gzip"], "MB")]
    rows += [row(f"  {name}", a["files"][name], b["files"][name], "MB")
             for name in ("control.csv", "places.geojson", "mentions_detail.csv")]
    if "browser" in a:
        for key, label in (("ready", "browser: to ready"), ("layers", "browser: all layers")):
            rows.append(row(label, a["browser"][key] / 1000, b["browser"][key] / 1000))
    size_a, size_b = sizes(low), sizes(high)
    inputs = ", ".join(f"{size_a[k]:,}→{size_b[k]:,} {k}" for k in size_a)
    print_table(f"Build at {low}x and {high}x input ({inputs})",
                ["cost", f"{low}x", f"{high}x", "growth", f"(linear ≤ {factor * 1.25:g}x)"],
                rows)
    if args.json:
        args.json.write_text(json.dumps({str(k): v for k, v in results.items()}, indent=1))


if __name__ == "__main__":
    main()
