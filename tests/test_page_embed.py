"""The map in an article (embed.html's snippet in a host page), without JavaScript, and
through its address: the iframe takes the height of the page inside and keeps a sensible
one without its script, the page inside carries the editor's words, a link to the full
map and a full-screen button; without scripts the picture stands in the map's place; the
address carries the day and the view and says when its day is wrong (fixtures in
conftest.py)."""

from __future__ import annotations

import functools
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from geo.mapping.embed import DEFAULT_HEIGHT

FILLER = "<p>" + "Paragraph of the article around the map. " * 40 + "</p>"


def _article(folder, snippet: str, name: str = "article.html"):
    page = folder / name
    page.write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"><title>Article</title>'
        "<style>body{margin:0 auto;max-width:680px;padding:0 12px}</style></head><body>"
        f"<h1>An article</h1><div id=column>{snippet}</div>{FILLER}</body></html>",
        encoding="utf-8")
    return page


def _frame_height(page):
    """The height the page inside the iframe has (its body), and the iframe's own."""
    frame = page.locator("iframe").element_handle().content_frame()
    frame.wait_for_selector("html[data-warmap-ready]", state="attached")
    inside = frame.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
    return frame, inside


@pytest.mark.browser
def test_the_iframe_takes_the_height_of_the_page_inside_and_follows_a_resize(visit, built):
    snippet = (built / "embed.html").read_text(encoding="utf-8")
    v = visit(viewport={"width": 704, "height": 900})
    page = v.page
    page.goto(_article(built, snippet).as_uri())
    frame, inside = _frame_height(page)
    page.wait_for_function(f"() => document.querySelector('iframe').offsetHeight === {inside}",
                           timeout=5000)
    wide = page.locator("iframe").bounding_box()
    assert wide["width"] == pytest.approx(680, abs=1)
    # The map inside is a landscape in a column: as wide as the column, 0.62 as tall.
    assert frame.evaluate("warmap.map.getSize().y") == round(680 * 0.62)
    # A phone: the column narrows, the map grows taller than wide, the iframe follows.
    page.set_viewport_size({"width": 375, "height": 740})
    page.wait_for_function("""(before) => {
        const frame = document.querySelector('iframe');
        return frame.offsetWidth < 360 && frame.offsetHeight !== before;
    }""", arg=inside, timeout=5000)
    frame, inside = _frame_height(page)
    page.wait_for_function(f"() => document.querySelector('iframe').offsetHeight === {inside}",
                           timeout=5000)
    narrow = page.locator("iframe").bounding_box()
    assert frame.evaluate("warmap.map.getSize().y") > narrow["width"]
    assert v.page_errors == [] and v.blocked == []


@pytest.mark.browser
def test_without_its_script_the_iframe_keeps_a_sensible_height(visit, built):
    snippet = re.sub(r"<script>.*?</script>", "", (built / "embed.html").read_text(
        encoding="utf-8"), flags=re.S)
    v = visit(viewport={"width": 704, "height": 900})
    v.page.goto(_article(built, snippet, "plain.html").as_uri())
    frame, _ = _frame_height(v.page)
    assert v.page.locator("iframe").bounding_box()["height"] == DEFAULT_HEIGHT
    assert frame.evaluate("warmap.map.getSize().y") >= 300


@pytest.mark.browser
def test_the_page_in_the_iframe_carries_the_editors_words_and_its_links(visit, built):
    snippet = (built / "embed.html").read_text(encoding="utf-8")
    v = visit(viewport={"width": 704, "height": 900})
    v.page.goto(_article(built, snippet, "words.html").as_uri())
    frame, _ = _frame_height(v.page)
    headline = frame.locator(".warmap-headline")
    assert headline.is_visible() and headline.text_content().startswith("Syria: Government")
    footer = frame.locator("#warmap-after")
    assert footer.is_visible()
    assert frame.text_content(".warmap-source-line").startswith(
        "Source: Information Clearing House, 12 Dec 2016")
    assert "Natural Earth" in frame.text_content(".warmap-credit")
    full = frame.get_by_role("link", name="Open the full map")
    assert full.is_visible() and full.get_attribute("target") == "_blank"
    # the full map without the unreviewed drafts, as the embed shows it
    assert full.get_attribute("href").startswith("map-embed.html#2016-12-12")
    frame.evaluate("warmap.show('2016-12-09')")
    assert full.get_attribute("href").startswith("map-embed.html#2016-12-09")
    assert frame.get_by_role("button", name="Full screen").is_visible()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(seed_build):
    """The seed build (with its picture) published on a local web server: its address."""
    handler = functools.partial(_Quiet, directory=str(seed_build))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def frames_in_process(browser, chromium):
    """A second Chromium whose frames share the page's process: Playwright disables
    JavaScript per process, so the sandboxed iframe (another origin, another process under
    site isolation) would still run scripts where a reader's browser would not."""
    from conftest import CHROMIUM_ARGS

    instance = browser.browser_type.launch(
        executable_path=str(chromium),
        args=[*CHROMIUM_ARGS, "--disable-site-isolation-trials",
              "--disable-features=IsolateOrigins,site-per-process"])
    yield instance
    instance.close()


@pytest.mark.browser
def test_without_javascript_the_picture_takes_the_maps_place(frames_in_process, seed_build,
                                                             site):
    snippet = (seed_build / "embed.html").read_text(encoding="utf-8")
    _article(seed_build, snippet, "nojs.html")
    context = frames_in_process.new_context(java_script_enabled=False,
                                            viewport={"width": 704, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{site}/map.html")
        picture = page.locator(".warmap-noscript img")
        assert picture.is_visible() and picture.get_attribute("src") == "map.png"
        page.wait_for_function("document.querySelector('.warmap-noscript img').complete")
        box = picture.bounding_box()
        assert box["height"] > 200 and box["y"] < 200  # at the top, where the map would be
        assert page.evaluate("document.querySelector('.folium-map').offsetHeight") == 0
        assert page.locator(".warmap-headline").is_visible()
        assert "Map of 12 December 2016." in picture.get_attribute("alt")
        # In an article, the iframe shows the same: no blank box.
        page.goto(f"{site}/nojs.html")
        loaded = "document.querySelector('.warmap-noscript img')?.naturalWidth || 0"

        def width() -> int:  # the frame asked afresh: it navigates from about:blank
            frame = page.locator("iframe").element_handle().content_frame()
            page_names = ("map.html", "map-embed.html")  # the embed's page: without drafts
            return frame.evaluate(loaded) if frame and any(
                name in frame.url for name in page_names) else 0

        for _ in range(300):  # no page script runs: poll from the test (30 s at most; a
            if width():       # loaded 2-core machine once took over 15)
                break
            page.wait_for_timeout(100)
        assert width() > 0
    finally:
        context.close()


@pytest.mark.browser
def test_the_address_carries_the_day_and_the_view(visit, built):
    page = visit().open(built / "map.html", "2016-12-11/aleppo")
    assert page.evaluate("[warmap.date(), warmap.view()]") == ["2016-12-11", "aleppo"]
    assert page.input_value("#warmap-view") == "aleppo"
    assert page.evaluate("""warmap.map.getBounds().contains(
        warmap.data.views.find(v => v.name === 'Aleppo').bounds)""")
    assert page.locator(".warmap-notice").is_hidden()
    page.focus("#warmap-slider")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("location.hash") == "#2016-12-12/aleppo"
    page.select_option("#warmap-view", "palmyra")
    assert page.evaluate("location.hash") == "#2016-12-12/palmyra"


@pytest.mark.browser
def test_an_address_of_a_view_alone_opens_that_view_on_the_opening_day(visit, built):
    page = visit().open(built / "map.html", "aleppo")
    assert page.evaluate("[warmap.date(), warmap.view()]") == ["2016-12-12", "aleppo"]
    assert page.locator(".warmap-notice").is_hidden()
    assert page.evaluate("""warmap.map.getBounds().contains(
        warmap.data.views.find(v => v.name === 'Aleppo').bounds)""")


@pytest.mark.browser
@pytest.mark.parametrize(("fragment", "day", "says"), [
    ("2016-13-45", "2016-12-12", "\u201c2016-13-45\u201d, which is not a date"),
    ("2015-01-01", "2016-11-06", "The map has no Thursday, 1 January 2015"),
    ("2016-12-11/nowhere", "2016-12-11", "no view \u201cnowhere\u201d"),
])
def test_a_bad_address_says_what_is_wrong(visit, built, fragment, day, says):
    v = visit()
    page = v.open(built / "map.html", fragment)
    assert page.evaluate("warmap.date()") == day
    notice = page.locator(".warmap-notice")
    assert notice.is_visible() and says in notice.text_content()
    assert notice.get_attribute("role") == "alert"
    assert page.evaluate("location.hash") == f"#{day}"  # the address now says what is shown
    page.focus("#warmap-slider")
    page.keyboard.press("ArrowRight")
    assert notice.is_hidden()  # until the reader picks a day
    assert v.page_errors == []
