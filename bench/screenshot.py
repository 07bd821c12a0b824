"""Screenshot out/map.html in headless Chromium (Playwright driving /usr/bin/chromium).

    python bench/screenshot.py [--date 2016-12-12] [--view Aleppo] [--out shot.png]
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
    parser.add_argument("--view", default="", help="a zoom button's name, e.g. Aleppo")
    parser.add_argument("--click", default="", help="CSS selector to click after loading")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "screenshot.png")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.route("**/*", lambda route: route.abort() if not route.request.url.startswith(
            "file://") else route.continue_())
        started = time.perf_counter()
        url = args.map.resolve().as_uri() + (f"#{args.date}" if args.date else "")
        page.goto(url)
        page.wait_for_selector("html[data-warmap-ready]")
        print(f"ready in {time.perf_counter() - started:.2f} s")
        if args.view:
            page.get_by_role("button", name=f"Zoom to {args.view}").click()
            page.wait_for_timeout(1500)
        if args.click:
            page.click(args.click, force=True)
            page.wait_for_timeout(300)
        page.screenshot(path=str(args.out))
        browser.close()
    print(args.out)


if __name__ == "__main__":
    main()
