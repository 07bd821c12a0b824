"""Our map against a plain Folium map of the same data, in headless Chromium.

    python bench/browser_render.py [--runs 5] [--map out/map.html]

Measures, in one run:

* the size of map.html (ours inlines every script and style; plain Folium links CDNs);
* the requests each page attempts to anything but ``file://``, grouped by host, twice:
  with the network cut (every such request aborted: what an offline reader gets), and with
  a stubbed network (every request answered locally: Leaflet's files from xstatic-leaflet,
  a small PNG for tiles, an empty body for the rest; what a reader online would fetch);
* the time from navigation to ``html[data-warmap-ready]`` and to all layers drawn (every
  feature of every layer group in the DOM, the SVG path count > 0), measured in the page
  with ``performance.now()`` (milliseconds since navigation start), median of ``--runs``.
  The plain map has no ready mark; its "all layers" time is the first frame with its
  GeoJSON paths drawn (stubbed network).

Chromium is Debian's /usr/bin/chromium; only loopback is reachable.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
TILE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWk1v8QAAAABJRU5ErkJggg==")

# Records, in page time, when the map says it is ready and the first frame where every
# layer is drawn (ours: every feature of the warmap layer groups is in the DOM, or with the
# canvas renderer the canvas painted; plain Folium: at least one SVG path).
TIMING_SCRIPT = """
(() => {
  window.__timing = {};
  const mark = name => {
    if (!(name in window.__timing)) window.__timing[name] = performance.now();
  };
  new MutationObserver(() => {
    if (document.documentElement && document.documentElement.hasAttribute('data-warmap-ready'))
      mark('ready');
  }).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-warmap-ready']});
  let canvasFrames = 0;
  const drawn = () => {
    if (window.warmap && window.warmap.renderer === 'canvas') {
      // One canvas for every feature: Leaflet paints it on the animation frame after the
      // layers are added, so the second frame after ready has everything drawn.
      return document.querySelector('.leaflet-overlay-pane canvas') && ++canvasFrames >= 2;
    }
    const paths = document.querySelectorAll('svg path').length;
    if (!paths) return false;
    if (!window.warmap) return !document.querySelector('script#warmap-data');
    let all = true;
    const visit = layer => {
      if (layer.eachLayer) layer.eachLayer(visit);
      else if (layer.getElement && !(layer.getElement() && layer.getElement().isConnected))
        all = false;
    };
    Object.values(window.warmap.layers).forEach(visit);
    return all;
  };
  const frame = () => {
    if (!drawn()) { requestAnimationFrame(frame); return; }
    mark('layers');
    window.__timing.paths = document.querySelectorAll('svg path').length;
  };
  requestAnimationFrame(frame);
})();
"""


def plain_folium_map(geojson: Path, target: Path) -> Path:
    """A plain Folium map of the same features: default CDN assets and tiles."""
    import folium
    import geopandas as gpd

    frame = gpd.read_file(geojson)
    minx, miny, maxx, maxy = frame.total_bounds
    map_ = folium.Map(location=[(miny + maxy) / 2, (minx + maxx) / 2], zoom_start=7)
    folium.GeoJson(geojson.read_text(encoding="utf-8"), name="places",
                   tooltip=folium.GeoJsonTooltip(["name"])).add_to(map_)
    folium.LayerControl().add_to(map_)
    map_.save(str(target))
    return target


def _stub(route) -> None:
    """Answer a request locally (stubbed network)."""
    import xstatic.pkg.leaflet as leaflet

    url = urlsplit(route.request.url)
    name = url.path.rsplit("/", 1)[-1]
    base = Path(leaflet.BASE_DIR)
    if name in ("leaflet.js", "leaflet.css"):
        route.fulfill(status=200, body=(base / name).read_bytes(),
                      content_type="text/css" if name.endswith(".css") else
                      "application/javascript")
    elif name.endswith(".png") or route.request.resource_type == "image":
        route.fulfill(status=200, body=TILE_PNG, content_type="image/png")
    elif name.endswith(".css"):
        route.fulfill(status=200, body="", content_type="text/css")
    else:
        route.fulfill(status=200, body="", content_type="application/javascript")


def visit(browser, path: Path, stub: bool) -> dict:
    """Open ``path``; return the non-file requests by host and the page's timings."""
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    hosts: Counter = Counter()

    def route(route) -> None:
        url = urlsplit(route.request.url)
        if url.scheme in ("file", "data", "blob"):
            route.continue_()
            return
        hosts[url.netloc] += 1
        _stub(route) if stub else route.abort()

    context.route("**/*", route)
    page.add_init_script(TIMING_SCRIPT)
    page.goto(path.resolve().as_uri(), wait_until="load")
    # The plain map with the network cut never draws: no Leaflet.
    with contextlib.suppress(PlaywrightError):
        page.wait_for_function("() => window.__timing && 'layers' in window.__timing",
                               timeout=10000)
    page.wait_for_timeout(500)  # let late tile requests be counted
    timing = page.evaluate("window.__timing")
    paint = page.evaluate("""(performance.getEntriesByName('first-contentful-paint')[0]
                             || {}).startTime || null""")
    context.close()
    return {"hosts": hosts, "ready": timing.get("ready"), "layers": timing.get("layers"),
            "paths": timing.get("paths"), "fcp": paint}


def _median(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} ms"


def _hosts(counter: Counter) -> str:
    if not counter:
        return "none"
    return ", ".join(f"{host} {n}" for host, n in sorted(counter.items(), key=lambda i: -i[1]))


def render_times(path: Path, runs: int = 3) -> dict:
    """Median time to ready and to all layers drawn of ``path`` (stubbed network), in ms."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        visits = [visit(browser, path, stub=True) for _ in range(runs)]
        browser.close()
    return {"ready": _median([v["ready"] for v in visits]),
            "layers": _median([v["layers"] for v in visits])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--map", type=Path, help="an existing map.html (default: build the "
                        "seed map with the default tiles into a temporary folder)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from geo.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.map:
            ours, geojson = args.map, args.map.parent / "places.geojson"
        else:
            build(ROOT / "data", ROOT / "seeds", tmp / "out", picture=False)
            ours, geojson = tmp / "out" / "map.html", tmp / "out" / "places.geojson"
        plain = plain_folium_map(geojson, tmp / "plain.html")
        results: dict[str, dict] = {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, path in [("warmap", ours), ("plain Folium", plain)]:
                cut = visit(browser, path, stub=False)
                runs = [visit(browser, path, stub=True) for _ in range(args.runs)]
                results[name] = {
                    "size": path.stat().st_size, "cut": cut["hosts"],
                    "stubbed": runs[0]["hosts"],
                    "ready_offline": cut["ready"], "layers_offline": cut["layers"],
                    "ready": _median([r["ready"] for r in runs]),
                    "layers": _median([r["layers"] for r in runs]),
                    "fcp": _median([r["fcp"] for r in runs]),
                    "paths": runs[0]["paths"],
                }
            browser.close()

    rows = [
        ("HTML size", lambda r: f"{r['size'] / 1000:.1f} kB"),
        ("requests, network cut", lambda r: f"{sum(r['cut'].values())}: {_hosts(r['cut'])}"),
        ("requests, network stubbed",
         lambda r: f"{sum(r['stubbed'].values())}: {_hosts(r['stubbed'])}"),
        ("first contentful paint", lambda r: _ms(r["fcp"])),
        ("to data-warmap-ready", lambda r: _ms(r["ready"])),
        ("to all layers drawn", lambda r: _ms(r["layers"]) + (
            f" ({r['paths']} paths)" if r["paths"] else "")),
        ("offline: ready / all layers",
         lambda r: f"{_ms(r['ready_offline'])} / {_ms(r['layers_offline'])}"),
    ]
    width = max(len(label) for label, _ in rows)
    print(f"browser render, median of {args.runs} runs (times from navigation start)")
    for name, result in results.items():
        print(f"\n{name}")
        for label, cell in rows:
            print(f"  {label:<{width}}  {cell(result)}")


if __name__ == "__main__":
    main()
