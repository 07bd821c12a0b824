"""Screenshot out/map.html in headless Chromium (Playwright driving /usr/bin/chromium).

    python bench/screenshot.py [--date 2016-12-12] [--view Aleppo] [--out shot.png]
    python bench/screenshot.py --phone --date 2016-12-11 --out docs/screenshot-phone.png
    python bench/screenshot.py --width 1280 --height 800 --date 2016-12-11 --view Aleppo \
        --out docs/screenshot-laptop.png

``--phone`` is a 375 x 667 touch screen (a phone's user agent, touch, no hover). The
network is cut: no tile loads, and the map shows its own base geography.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--map", type=Path, default=ROOT / "out" / "map.html")
    parser.add_argument("--date", default="")
    parser.add_argument("--view", default="", help="a view of the view menu, e.g. Aleppo")
    parser.add_argument("--phone", action="store_true", help="a 375 x 667 touch screen")
    parser.add_argument("--click", default="", help="CSS selector to click after loading")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "screenshot.png")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=CHROMIUM_ARGS)
        if args.phone:
            page = browser.new_page(viewport={"width": 375, "height": 667}, is_mobile=True,
                                    has_touch=True, device_scale_factor=2)
        else:
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.route("**/*", lambda route: route.abort() if not route.request.url.startswith(
            "file://") else route.continue_())
        started = time.perf_counter()
        fragment = "/".join(part for part in (args.date, args.view.lower()) if part)
        url = args.map.resolve().as_uri() + (f"#{fragment}" if fragment else "")
        page.goto(url)
        page.wait_for_selector("html[data-warmap-ready]")
        print(f"ready in {time.perf_counter() - started:.2f} s")
        page.wait_for_timeout(500)
        if args.click:
            page.click(args.click, force=True)
            page.wait_for_timeout(300)
        page.screenshot(path=str(args.out))
        browser.close()
    print(args.out)


if __name__ == "__main__":
    main()
