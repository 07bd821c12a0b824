"""Shared fixtures: the real gazetteer and one build of the seed map per test session; and
for the browser tests, system Chromium (headless, driven by Playwright), a local tile stub
and the seed map built with its tiles on the stub.

The network is cut in the browser: Chromium resolves no host name but 127.0.0.1, and every
request a page makes is routed: ``file://`` and the local tile stub go through, anything
else is aborted and recorded. Without /usr/bin/chromium the browser tests are skipped,
except in CI (``CI`` set), where they fail.
"""

from __future__ import annotations

import base64
import contextlib
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions",
                 # The network is cut at name resolution too: only loopback resolves.
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
#: A 1x1 grey PNG: every tile the stub serves.
TILE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWk1v8QAAAABJRU5ErkJggg==")


@pytest.fixture(scope="session")
def gazetteer():
    from geo.inputs.places import load_gazetteer

    return load_gazetteer(ROOT / "data")


@pytest.fixture(scope="session")
def timeline(gazetteer):
    from geo.inputs.timeline import load_timeline

    return load_timeline(ROOT / "data", [*gazetteer.places])


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """Build the seed map once into a temporary out/ folder; returns that folder."""
    from geo.pipeline import build

    out = tmp_path_factory.mktemp("out")
    build(ROOT / "data", ROOT / "seeds", out, tiles="OpenStreetMap.Mapnik")
    return out


# --- the browser ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium() -> Path:
    """System Chromium; missing means skip, or fail in CI."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} not found (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


class _TileHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.paths.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(TILE_PNG)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # page moved on
            self.wfile.write(TILE_PNG)

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture(scope="session")
def tile_server():
    """A local tile server: a small PNG for any path; ``.paths`` lists what was asked."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _TileHandler)
    server.handle_error = lambda request, address: None  # closed connections, quietly
    server.paths = []
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def tile_host(tile_server) -> str:
    return f"127.0.0.1:{tile_server.server_address[1]}"


@pytest.fixture(scope="session")
def tiles(tile_host) -> str:
    return f"http://{tile_host}/{{z}}/{{x}}/{{y}}.png"


@pytest.fixture(scope="session")
def built(tmp_path_factory, tiles) -> Path:
    """The seed map, built once, with its tiles on the local stub."""
    out = tmp_path_factory.mktemp("browser-out")
    from geo.pipeline import build

    build(data_dir=ROOT / "data", seeds_dir=ROOT / "seeds", out_dir=out,
                    tiles=tiles, picture=False, attribution="Test tiles")
    return out


@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(chromium),
                                              args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class Visit:
    """A page with the network cut but for ``allow_host``, recording what happened."""

    def __init__(self, browser, allow_host: str | None, **context_options):
        self.context = browser.new_context(**context_options)
        self.page = self.context.new_page()
        self.allow_host = allow_host
        self.blocked: list[str] = []
        self.allowed: list[str] = []
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type == "error" and
                     self.console_errors.append(message.text))
        self.page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.context.route("**/*", self._route)

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _route(self, route):
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("file", "data", "blob", "about"):
            route.continue_()
        elif self.allow_host and parts.scheme == "http" and parts.netloc == self.allow_host:
            self.allowed.append(url)
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def open(self, path: Path, fragment: str = ""):
        self.page.goto(path.resolve().as_uri() + (f"#{fragment}" if fragment else ""))
        self.page.wait_for_selector("html[data-warmap-ready]", state="attached")
        return self.page

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, tile_host):
    visits: list[Visit] = []

    def make(allow_host: str | None = tile_host, **options) -> Visit:
        options.setdefault("viewport", {"width": 1280, "height": 860})
        made = Visit(browser, allow_host, **options)
        visits.append(made)
        return made

    yield make
    for made in visits:
        made.close()


@pytest.fixture(scope="session")
def book(gazetteer):
    """The sides of data/sides.csv as the drafter names them."""
    from geo.draft.sides import side_book

    return side_book(ROOT / "data", gazetteer)
