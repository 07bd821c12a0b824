"""How fast the map changes its date, and how its memory grows as days are shown, at the
seed's size and at generated 1x and 10x inputs, in headless Chromium.

    python bench/date_change_bench.py [--scales 1 10] [--no-seed] [--views Overview]

For each map (built here, without the picture), in each view: every day of the slider is
shown once, in order, then in a random order, by the slider's own ``input`` event; a date
change is timed in the page from that event to the next animation frame and the task after
it (so it includes Leaflet's redraw of the frame; its floor is one frame, 16.7 ms). The JS
heap (Chromium's ``Runtime.getHeapUsage`` after a forced garbage collection) is read after
the first day is shown and after the sweeps. Prints one table: median, p95 and max of the
date change, the heap on the first day and after every day, and their ratio.

Chromium is Debian's /usr/bin/chromium; the network is cut (tiles fail, as offline).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]

# Shows each day of ``order`` (slider positions) by the slider's input event and returns
# the time of each change: from the event to the task after the next animation frame.
SWEEP = """async (order) => {
  const slider = document.getElementById('warmap-slider');
  const times = [];
  for (const position of order) {
    const started = performance.now();
    slider.value = String(position);
    slider.dispatchEvent(new Event('input'));
    await new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
    times.push(performance.now() - started);
  }
  return times;
}"""


def _heap(session) -> float:
    session.send("HeapProfiler.collectGarbage")
    return session.send("Runtime.getHeapUsage")["usedSize"] / 1e6


def measure(browser, path: Path, view: str) -> dict:
    """Date-change times and heap of one map in one view."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
        ("file:", "data:", "blob:")) else route.abort())
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("html[data-warmap-ready]", state="attached", timeout=120_000)
    if view != "Overview":
        page.select_option("#warmap-view", label=view)
        page.wait_for_timeout(1500)
    session = page.context.new_cdp_session(page)
    days = int(page.get_attribute("#warmap-slider", "max")) + 1
    page.evaluate(SWEEP, [0])
    first = _heap(session)
    forward = list(range(days))
    shuffled = sorted(forward, key=lambda d: (d * 7919) % days)
    times = page.evaluate(SWEEP, forward) + page.evaluate(SWEEP, shuffled)
    after = _heap(session)
    renderer = page.evaluate("warmap.renderer")
    page.close()
    times.sort()
    return {"days": days, "renderer": renderer, "median": statistics.median(times),
            "p95": times[int(0.95 * (len(times) - 1))], "max": times[-1],
            "first_mb": first, "after_mb": after, "ratio": after / first}


def build_maps(scales: list[int], seed: bool, folder: Path) -> dict[str, Path]:
    from generate import generate

    from geo.pipeline import build

    maps = {}
    if seed:
        build(ROOT / "data", ROOT / "seeds", folder / "seed", picture=False)
        maps["seed"] = folder / "seed" / "map.html"
    for scale in scales:
        inputs = folder / f"x{scale}"
        generate(inputs, scale)
        build(inputs / "data", inputs / "seeds", inputs / "out", picture=False)
        maps[f"{scale}x"] = inputs / "out" / "map.html"
    return maps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scales", type=int, nargs="*", default=[1, 10])
    parser.add_argument("--no-seed", action="store_true")
    parser.add_argument("--views", nargs="*", default=["Overview"],
                        help="view menu entries to measure in (Overview, or a city's name)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="warmap-dates-") as tmp:
        maps = build_maps(args.scales, not args.no_seed, Path(tmp))
        rows = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, path in maps.items():
                size = path.stat().st_size / 1e6
                for view in args.views:
                    result = measure(browser, path, view)
                    rows.append((name, view, size, result))
            browser.close()
    print(f"{'map':>5} {'view':>9} {'MB':>5} {'render':>6} {'days':>4} {'median':>7} "
          f"{'p95':>7} {'max':>7} {'heap 1st':>8} {'heap end':>8} {'ratio':>5}")
    for name, view, size, r in rows:
        print(f"{name:>5} {view:>9} {size:5.2f} {r['renderer']:>6} {r['days']:4d} "
              f"{r['median']:6.1f}ms {r['p95']:6.1f}ms {r['max']:6.1f}ms "
              f"{r['first_mb']:6.1f}MB {r['after_mb']:6.1f}MB {r['ratio']:5.2f}")


if __name__ == "__main__":
    main()
