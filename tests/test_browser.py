"""The map in a real browser: system Chromium, headless, driven by Playwright (the fixtures
are in conftest.py: the network is cut but for a local tile stub, and every request
elsewhere fails the test). The seed map is built once per session with its tiles pointed
at the stub."""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from geo.mapping.assets import read_asset
from geo.mapping.codec import decode_polyline, encode_polyline, read_map_payload
from geo.mapping.style import BASEMAP_LIGHT_COLOURS, SPEC_PATH, contrast_ratio, outline_colour
from geo.pipeline import build
from tests.conftest import ROOT

HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "</script><script>window.pwned=1</script>"


def _sides() -> dict[str, dict[str, str]]:
    with (ROOT / "data" / "sides.csv").open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def _palmyra_fill(page) -> str:
    return page.get_attribute("path.warmap-place-palmyra", "fill")


def _active(page) -> dict:
    return page.evaluate("""() => {
        const a = document.activeElement;
        const style = getComputedStyle(a);
        return {tag: a.tagName, id: a.id, cls: String(a.className), type: a.type || '',
                label: a.getAttribute('aria-label') || a.title || a.textContent.trim(),
                outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
                outlineColor: style.outlineColor};
    }""")


# --- loading, offline, network --------------------------------------------------------------

@pytest.mark.browser
def test_loads_without_errors_and_only_tiles_leave(visit, built, tile_host, tile_server):
    v = visit()
    page = v.open(built / "map.html")
    page.wait_for_function("() => document.querySelectorAll('.leaflet-tile-loaded').length > 0")
    assert v.page_errors == []
    assert v.console_errors == []
    assert v.blocked == [], "requests to hosts other than the tile server"
    external = [u for u in v.requests if urlsplit(u).scheme not in ("file", "data", "blob")]
    assert external, "no tile was requested"
    assert {urlsplit(u).netloc for u in external} == {tile_host}
    assert all(re.search(r"/\d+/\d+/\d+\.png$", u) for u in external)
    assert tile_server.paths, "tile requests did not reach the stub"
    # Every layer drew: control areas, town markers, arrows and mention markers.
    for selector in ["path.warmap-area", "path.warmap-town", "path.warmap-arrow",
                     "path.warmap-mention"]:
        assert page.locator(selector).count() > 0, selector


@pytest.mark.browser
def test_the_content_security_policy_holds_and_the_map_still_works(visit, built, tile_host):
    """The page's policy lets its own inline scripts and styles and the tiles through, and
    nothing else: a script, an image or a request to anywhere else is refused in the page."""
    v = visit()
    page = v.open(built / "map.html")
    policy = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
    assert "default-src 'none'" in policy and f"img-src data: blob: http://{tile_host}" in policy
    assert page.locator("path.warmap-area").count() > 50  # the inline scripts ran
    assert page.locator("#warmap-slider").is_visible()
    refused = page.evaluate("""async (tiles) => {
        const violations = [];
        document.addEventListener("securitypolicyviolation",
                                  e => violations.push(e.effectiveDirective));
        const script = document.createElement("script");
        script.src = "http://127.0.0.1:9/evil.js";
        document.head.appendChild(script);
        const image = new Image();
        image.src = "http://127.0.0.1:9/pixel.png";
        document.body.appendChild(image);
        let fetched = "sent";
        try { await fetch("http://" + tiles + "/1/1/1.png"); } catch (e) { fetched = "refused"; }
        await new Promise(resolve => setTimeout(resolve, 300));
        return {violations: violations.sort(), fetched: fetched};
    }""", tile_host)
    assert refused["fetched"] == "refused"
    assert {"script-src-elem", "img-src", "connect-src"} <= set(refused["violations"])
    assert v.blocked == []  # refused in the page: no request left it
    assert v.page_errors == []


@pytest.mark.browser
def test_offline_everything_but_tiles_renders(visit, built):
    v = visit(allow_host=None)  # tiles cut as well: a file:// page with no network at all
    page = v.open(built / "map.html")
    assert v.page_errors == []
    assert all("Failed to load resource" in e for e in v.console_errors), v.console_errors
    assert {urlsplit(u).scheme for u in v.blocked} <= {"http"}  # only the tiles were tried
    assert page.locator("path.warmap-area").count() > 50
    assert page.locator("path.warmap-mention").count() > 10
    assert page.locator(".warmap-legend li").count() > 5
    assert page.locator("#warmap-slider").is_visible()


@pytest.fixture(scope="session")
def canvas_built(tmp_path_factory, tiles) -> Path:
    """The seed map drawn on a canvas (what ``--renderer auto`` picks for large maps)."""
    out = tmp_path_factory.mktemp("browser-canvas")
    build(data_dir=ROOT / "data", seeds_dir=ROOT / "seeds", out_dir=out,
                    tiles=tiles, picture=False, renderer="canvas")
    return out


#: RGBA pixels of the map's vector canvas in a square around a place, the other layers
#: hidden so that only the control areas are drawn.
_CANVAS_PIXELS = """([lat, lon, zoom, dx, half]) => {
    for (const name of ['movements', 'events', 'places'])
        warmap.map.removeLayer(warmap.layers[name]);
    warmap.map.setView([lat, lon], zoom, {animate: false});
    warmap.show(warmap.date());  // redraw now
    const canvas = document.querySelector('.leaflet-overlay-pane canvas');
    const point = warmap.map.latLngToContainerPoint([lat, lon]);
    const box = canvas.getBoundingClientRect();
    const map = warmap.map.getContainer().getBoundingClientRect();
    const scale = canvas.width / box.width;
    const x = Math.round((point.x + dx + map.left - box.left) * scale);
    const y = Math.round((point.y + map.top - box.top) * scale);
    const data = canvas.getContext('2d').getImageData(x - half, y - half, 2 * half, 2 * half);
    return Array.from(data.data);
}"""


def _rgba(flat: list[int]) -> list[tuple[int, ...]]:
    return [tuple(flat[i:i + 4]) for i in range(0, len(flat), 4)]


def _close(pixel: tuple[int, ...], colour: str, tolerance: int = 12) -> bool:
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], rgb, strict=True))


@pytest.mark.browser
def test_canvas_renderer_draws_fills_and_patterns_by_date(visit, canvas_built):
    sides = _sides()
    v = visit()
    page = v.open(canvas_built / "map.html", "2016-12-10")
    assert v.page_errors == [] and v.console_errors == []
    assert page.evaluate("warmap.renderer") == "canvas"
    assert page.locator(".leaflet-overlay-pane canvas").count() == 1
    assert page.locator(".leaflet-overlay-pane path").count() == 0  # no element per feature
    palmyra = page.evaluate("warmap.data.areas.find(a => a.id === 'palmyra')")
    where = [palmyra["lat"], palmyra["lon"], 13, -40, 2]
    before = _rgba(page.evaluate(_CANVAS_PIXELS, where))
    assert all(_close(p, sides["government"]["colour"]) and p[3] > 100 for p in before)
    page.focus("#warmap-slider")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("warmap.date()") == "2016-12-11"
    after = _rgba(page.evaluate(_CANVAS_PIXELS, where))
    assert all(_close(p, sides["isis"]["colour"]) and p[3] > 100 for p in after)
    # A quarter the rebels hold whole is drawn with their dot pattern: a wash of the
    # colour with denser dots, lighter as the holder is less certain.
    assert sides["rebels"]["pattern"] == "dots"
    quarter = page.evaluate("""() => warmap.data.areas.find(a => {
        const row = a.changes.filter(c => c.date <= warmap.date()).slice(-1)[0];
        return a.kind === 'quarter' && row?.side === 'rebels' && row.state === 'whole'; })""")
    block = _rgba(page.evaluate(_CANVAS_PIXELS, [quarter["lat"], quarter["lon"], 16, 0, 8]))
    assert all(_close(p, sides["rebels"]["colour"], 16) for p in block if p[3] > 0)
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    certainty = page.evaluate("""(id) => warmap.data.areas.find(a => a.id === id).changes
        .filter(c => c.date <= warmap.date()).slice(-1)[0].certainty""", quarter["id"])
    lighter = 255 * spec["fill"]["opacity"] * spec["certainty"][certainty]
    alphas = sorted({p[3] for p in block})
    assert abs(alphas[-1] - lighter) <= 4, alphas  # the dots
    assert abs(alphas[0] - lighter * spec["pattern"]["wash"]) <= 4, alphas  # the wash


# --- date slider, permalink, summary ---------------------------------------------------------

@pytest.mark.browser
def test_slider_turns_palmyra_to_the_isis_colour(visit, built):
    sides = _sides()
    page = visit().open(built / "map.html", "2016-12-10")
    assert _palmyra_fill(page).lower() == sides["government"]["colour"].lower()
    page.focus("#warmap-slider")
    page.keyboard.press("ArrowRight")
    assert page.input_value("#warmap-slider") and page.evaluate("warmap.date()") == "2016-12-11"
    assert _palmyra_fill(page).lower() == sides["isis"]["colour"].lower()
    assert page.evaluate("location.hash") == "#2016-12-11"


@pytest.mark.browser
def test_permalink_opens_that_date_and_the_slider_updates_the_address(visit, built):
    page = visit().open(built / "map.html", "2016-12-11")
    data = page.evaluate("({start: warmap.data.start, date: warmap.date()})")
    assert data["date"] == "2016-12-11"
    days = (dt.date(2016, 12, 11) - dt.date.fromisoformat(data["start"])).days
    assert page.input_value("#warmap-slider") == str(days)
    assert "11 December 2016" in page.text_content(".warmap-date")
    assert page.get_attribute("#warmap-slider", "aria-valuetext").endswith("11 December 2016")
    page.focus("#warmap-slider")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("location.hash") == "#2016-12-12"
    assert "12 December 2016" in page.text_content(".warmap-date")
    assert page.input_value("#warmap-slider") == str(days + 1)


@pytest.mark.browser
def test_zoom_buttons_work_from_the_first_moment(visit, built):
    # The page opens on the whole story without an animation: Leaflet ignores a view change
    # asked while a zoom animates, so a click right after "ready" would be swallowed.
    page = visit().open(built / "map.html", "2016-12-11")
    assert page.evaluate("document.querySelector('.leaflet-zoom-anim') === null")
    overview = page.evaluate("warmap.map.getZoom()")
    menu = page.get_by_role("combobox", name="Zoom the map to")
    menu.select_option("aleppo")
    page.wait_for_function(f"() => warmap.map.getZoom() > {overview + 3}", timeout=3000)
    assert page.evaluate("warmap.map.getBounds().contains(L.latLng(36.2012, 37.1612))")
    assert page.evaluate("location.hash") == "#2016-12-11/aleppo"
    menu.select_option("overview")
    page.wait_for_function(f"() => warmap.map.getZoom() === {overview}", timeout=3000)
    # The zoom buttons, right after the page is ready: none of their clicks is lost.
    page.get_by_role("button", name="Zoom in").click()
    page.wait_for_function(f"() => warmap.map.getZoom() === {overview + 1}", timeout=3000)


@pytest.mark.browser
@pytest.mark.parametrize("view", ["Overview", "Aleppo", "Palmyra"])
def test_a_view_is_not_hidden_behind_the_controls(visit, built, view):
    page = visit().open(built / "map.html")
    if view != "Overview":  # the page opens on the overview: that first fit is tested as is
        page.evaluate("() => { window.moved = new Promise("
                      "done => warmap.map.once('moveend', () => done(true))); }")
        page.select_option("#warmap-view", view.lower())
        page.evaluate("window.moved")  # resolves when the view has stopped moving
    overlaps = page.evaluate("""(name) => {
        const view = warmap.data.views.find(v => v.name === name);
        const map = warmap.map, origin = map.getContainer().getBoundingClientRect();
        const a = map.latLngToContainerPoint(view.bounds[0]);
        const b = map.latLngToContainerPoint(view.bounds[1]);
        const box = {left: Math.min(a.x, b.x), right: Math.max(a.x, b.x),
                     top: Math.min(a.y, b.y), bottom: Math.max(a.y, b.y)};
        return ['.warmap-panel', '.warmap-legend', '.warmap-goto'].filter(selector => {
            const r = document.querySelector(selector).getBoundingClientRect();
            const left = r.left - origin.left, top = r.top - origin.top;
            return left < box.right - 1 && box.left + 1 < left + r.width &&
                   top < box.bottom - 1 && box.top + 1 < top + r.height;
        });
    }""", view)
    assert overlaps == [], f"{view} lies under {overlaps}"


@pytest.mark.browser
def test_play_shows_the_days_one_after_another_and_stops_at_the_end(visit, built):
    v = visit()
    v.page.clock.install()  # the page's timers run only when the test says so
    page = v.open(built / "map.html", "2016-12-29")
    end = page.evaluate("warmap.data.end")
    assert end == "2016-12-31"
    play = page.get_by_role("button", name="Play the days")
    play.focus()
    page.keyboard.press("Enter")
    pause = page.get_by_role("button", name="Pause")
    assert pause.get_attribute("aria-pressed") == "true"
    page.clock.run_for(700)
    assert page.evaluate("warmap.date()") == "2016-12-30"
    assert page.evaluate("location.hash") == "#2016-12-30"
    page.clock.run_for(700)
    assert page.evaluate("warmap.date()") == end
    # At the last day it stops by itself.
    assert play.get_attribute("aria-pressed") == "false"
    page.clock.run_for(3000)
    assert page.evaluate("warmap.date()") == end
    # Started on the last day, it starts over from the first; Pause and the slider stop it.
    play.click()
    start = page.evaluate("warmap.data.start")
    assert page.evaluate("warmap.date()") == start
    page.clock.run_for(1400)
    day = page.evaluate("warmap.date()")
    assert day == (dt.date.fromisoformat(start) + dt.timedelta(days=2)).isoformat()
    page.get_by_role("button", name="Pause").click()
    page.clock.run_for(3000)
    assert page.evaluate("warmap.date()") == day
    play.click()
    page.focus("#warmap-slider")
    page.keyboard.press("ArrowRight")
    moved = page.evaluate("warmap.date()")
    page.clock.run_for(3000)
    assert page.evaluate("warmap.date()") == moved
    assert v.page_errors == [] and v.console_errors == []


@pytest.mark.browser
def test_the_live_region_says_what_changed_on_the_day(visit, built):
    sides = _sides()
    page = visit().open(built / "map.html", "2016-12-10")
    summary = page.locator("#warmap-summary")
    assert summary.get_attribute("role") == "status"
    assert summary.get_attribute("aria-live") == "polite"
    before = summary.text_content()
    assert before.startswith("Saturday, 10 December 2016.")
    page.focus("#warmap-slider")
    page.keyboard.press("ArrowRight")
    after = summary.text_content()
    assert after.startswith("Sunday, 11 December 2016.")
    # What changed that day, in words: who lost it, who took it.
    assert f"Palmyra: {sides['government']['name']} \u2192 {sides['isis']['name']}." in after
    # Short: the day's news, not the whole map again (the review's paragraph was 600-800
    # characters, read out on every day of play).
    assert len(after) < 600, after
    page.keyboard.press("ArrowLeft")
    assert "Palmyra" not in summary.text_content()  # nothing changed hands there on 10 Dec


# --- keyboard, focus, labels, colours --------------------------------------------------------

#: The first Tab stops of the page, in order: the skip link, the map (Leaflet's keyboard
#: panning), the date panel, the view menu, the zoom buttons and the legend.
TAB_ORDER = ["Skip the map", "map", "Show the article\u2019s day", "Previous day", "slider",
             "Next day", "Play the days", "The article's figures", "view menu", "Zoom in",
             "Zoom out", "Legend"]


def _stop_name(active: dict) -> str:
    if active["id"] == "warmap-slider":
        return "slider"
    if active["id"] == "warmap-view":
        return "view menu"
    if "folium-map" in active["cls"]:
        return "map"
    return re.sub(r",.*$", "", active["label"])


@pytest.mark.browser
def test_the_controls_come_first_in_a_few_tab_stops_with_visible_focus(visit, built):
    page = visit().open(built / "map.html")
    stops = []
    for _ in range(len(TAB_ORDER)):
        page.keyboard.press("Tab")
        active = _active(page)
        stops.append(_stop_name(active))
        if stops[-1] != "map":  # the map's own ring is inset (warmap.css)
            assert active["outlineStyle"] not in ("none", "") and \
                active["outlineWidth"] >= 2, stops[-1]
    assert stops == TAB_ORDER
    assert page.get_by_role("slider", name=re.compile("Date shown")).count() == 1
    # The legend's switches come next; Space on "Movements" hides the arrows.
    page.keyboard.press("Enter")  # opens the legend (it is open at this width already)
    if not page.evaluate("document.querySelector('.warmap-legend').open"):
        page.keyboard.press("Enter")
    assert page.locator("path.warmap-arrow").count() > 0
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('label')?.textContent.trim()") == \
                "Movements":
            break
    focused = _active(page)
    assert focused["type"] == "checkbox" and focused["outlineStyle"] != "none"
    page.keyboard.press("Space")
    _wait_for_arrows(page, shown=False)
    page.keyboard.press("Space")
    _wait_for_arrows(page, shown=True)


@pytest.mark.browser
def test_the_skip_link_jumps_past_the_map(visit, built):
    page = visit().open(built / "map.html")
    page.keyboard.press("Tab")
    skip = page.locator(".warmap-skip")
    assert _active(page)["label"] == "Skip the map"
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["height"] >= 44  # shown on focus, a full touch target
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "warmap-after"
    assert "Source:" in page.text_content("#warmap-after")
    page.keyboard.press("Tab")  # on past the map, not back into it
    assert page.evaluate("!document.activeElement.closest('.folium-map')")


def _wait_for_arrows(page, shown: bool) -> None:
    """Wait (up to 5 s: CI machines are slow) until the arrows are drawn or gone; on a
    timeout, say where the focus was and what the Movements switch said."""
    # Functions, not expressions: the page's Content-Security-Policy forbids eval.
    condition = "() => document.querySelectorAll('path.warmap-arrow').length " + \
        ("> 0" if shown else "=== 0")
    try:
        page.wait_for_function(condition, timeout=5000)
    except Exception:
        state = page.evaluate("""() => ({
            active: document.activeElement.outerHTML.slice(0, 120),
            switches: [...document.querySelectorAll('.warmap-switch')]
                .map(l => l.textContent.trim() + '=' + l.querySelector('input').checked),
            arrows: document.querySelectorAll('path.warmap-arrow').length})""")
        pytest.fail(f"arrows {'not drawn' if shown else 'still drawn'}: {state}")


@pytest.mark.browser
def test_colours_contrast_and_text_not_colour_alone(visit, built):
    sides = _sides()
    page = visit().open(built / "map.html", "2016-12-12")
    strokes = page.evaluate("""() => [...document.querySelectorAll(
        'path.warmap-area, path.warmap-town, path.warmap-arrow')]
        .map(p => p.getAttribute('stroke'))""")
    assert strokes
    for stroke in set(strokes):
        for background in BASEMAP_LIGHT_COLOURS:
            assert contrast_ratio(stroke, background) >= 3.0, (stroke, background)
    # Approximate boundaries are dashed.
    dashed = page.evaluate("""() => warmap.data.areas.filter(
        a => a.precision.startsWith('approximate')).map(a => document.querySelector(
        'path.warmap-place-' + a.id).getAttribute('stroke-dasharray'))""")
    assert dashed and all(dashed)
    # The legend names every side the view shows, and no other; the tooltip of an area
    # names its holder in words.
    legend = page.text_content(".warmap-legend")
    shown = {i.split(".", 1)[1] for i in page.evaluate("warmap.legendIds()")
             if i.startswith("side.")}
    assert shown and shown < set(sides)
    for side in sides:
        assert (sides[side]["name"] in legend) == (side in shown), side
    page.evaluate("""() => { warmap.layers.control.eachLayer(l => {
        if (l.options.className && l.options.className.includes('warmap-place-ferdous'))
            l.openTooltip(l.getCenter()); }); }""")
    assert page.text_content(".leaflet-tooltip-pane").count(
        f"Ferdous: held by {sides['government']['name']}") == 1


def _dash(dash: list[float] | None) -> str | None:
    """A dash pattern of style.json as SVG's stroke-dasharray."""
    return " ".join(f"{d:g}" for d in dash) if dash else None


@pytest.mark.browser
def test_svg_dashes_patterns_and_legend_are_the_style_spec(visit, built):
    """The page draws from style.json, the file the static picture reads too."""
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    page = visit().open(built / "map.html", "2016-12-12")
    drawn = page.evaluate("""() => {
        const attrs = (selector, name) => [...document.querySelectorAll(selector)]
            .map(e => e.getAttribute(name));
        const sample = k => document.querySelector('.warmap-sample-' + k);
        return {
            done: attrs('path.warmap-arrow-done', 'stroke-dasharray'),
            claimed: attrs('path.warmap-arrow-claimed', 'stroke-dasharray'),
            planned: attrs('path.warmap-arrow-planned', 'stroke-dasharray'),
            widths: attrs('path.warmap-arrow', 'stroke-width'),
            approximate: warmap.data.areas.filter(a => a.precision.startsWith('approximate') &&
                !window.warmapModules.styles.ringFor(warmap.data,
                    window.warmapModules.timeline.stateOn(a.changes, '2016-12-12')))
                .map(a => document.querySelector('path.warmap-place-' + a.id)
                .getAttribute('stroke-dasharray')),
            solid: warmap.data.areas.filter(a => !a.precision.startsWith('approximate'))
                .map(a => document.querySelector('path.warmap-place-' + a.id)
                .getAttribute('stroke-dasharray')),
            samples: Object.fromEntries(['done', 'claimed', 'planned', 'approximate']
                .filter(sample).map(k => [k, sample(k).getAttribute('stroke-dasharray')])),
            tile: attrs('pattern[id^="warmap-pattern-"]', 'width'),
            dot: attrs('pattern circle', 'r'),
            hatch: attrs('pattern[id^="warmap-pattern-"] path', 'stroke-width'),
            used: warmap.legendIds(),
        };
    }""")
    arrows = spec["arrow"]["dashes"]
    assert drawn["claimed"] and set(drawn["claimed"]) == {_dash(arrows["claimed"])} == {"8 6"}
    assert drawn["planned"] and set(drawn["planned"]) == {_dash(arrows["planned"])}
    assert drawn["done"] and set(drawn["done"]) == {None}
    assert set(drawn["widths"]) <= {f"{spec['arrow'][k]:g}" for k in ("width", "derived")}
    # Dashes are for approximate boundaries only: drawn and surveyed ones are solid.
    approximate = _dash(spec["outline"]["dashes"]["approximate"])
    assert drawn["approximate"] and set(drawn["approximate"]) == {approximate}
    # (a ring of an encircled or partly held place is the state's own dashes)
    rings = {_dash(spec["state"][k]) for k in ("part", "encircled")}
    assert drawn["solid"] and None in set(drawn["solid"]) and \
        set(drawn["solid"]) <= {None} | rings
    expected = {"done": None, "claimed": _dash(arrows["claimed"]),
                "planned": _dash(arrows["planned"]), "approximate": approximate}
    assert drawn["samples"] and all(expected[k] == v for k, v in drawn["samples"].items())
    assert set(drawn["tile"]) == {f"{spec['pattern']['tile']:g}"}
    assert set(drawn["dot"]) == {f"{spec['pattern']['dot']:g}"}
    # No side of the seed is hatched since the fake side "contested" became a state.
    assert set(drawn["hatch"]) <= {f"{spec['pattern']['hatch']:g}"}
    # The legend words every entry the view uses, as the style words it, and no other.
    legend = page.text_content(".warmap-legend")
    for entry, words in spec["legend"].items():
        assert (words in legend) == (entry in drawn["used"]), entry


# --- embedding -------------------------------------------------------------------------------

@pytest.mark.browser
def test_embed_snippet_fills_a_phone_and_does_not_hijack_scrolling(visit, built):
    snippet = (built / "embed.html").read_text(encoding="utf-8")
    assert 'title="' in snippet and "<figcaption" in snippet and "Palmyra" in snippet
    filler = "<p>" + "Paragraph of the article around the map. " * 40 + "</p>"
    article = built / "article.html"
    article.write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"><title>Article</title></head><body>'
        f"<h1>An article</h1><div id=column>{snippet}</div>{filler}{filler}</body></html>",
        encoding="utf-8")
    v = visit(viewport={"width": 375, "height": 740}, is_mobile=False)
    page = v.page
    page.goto(article.as_uri())
    iframe = page.locator("iframe")
    assert iframe.get_attribute("sandbox") == "allow-scripts allow-popups " \
        "allow-popups-to-escape-sandbox"  # and the map works inside the sandbox (below)
    assert iframe.get_attribute("referrerpolicy") == "strict-origin-when-cross-origin"
    box, column = iframe.bounding_box(), page.locator("#column").bounding_box()
    assert abs(box["width"] - column["width"]) <= 1
    assert box["height"] >= 400
    assert iframe.get_attribute("title")
    frame = iframe.element_handle().content_frame()
    frame.wait_for_selector("html[data-warmap-ready]", state="attached")
    zoom = frame.evaluate("warmap.map.getZoom()")
    # A point of the map that no control covers (the legend starts closed this narrow).
    assert frame.evaluate("document.querySelector('.warmap-legend').open") is False
    spot = frame.evaluate("""() => {
        for (let y = 0.3; y < 0.9; y += 0.05) for (let x = 0.2; x < 0.9; x += 0.1) {
            const px = innerWidth * x, py = innerHeight * y;
            const hit = document.elementFromPoint(px, py);
            if (hit && !hit.closest('.leaflet-control')) return [px, py];
        }
    }""")
    page.mouse.move(box["x"] + spot[0], box["y"] + spot[1])
    page.mouse.wheel(0, 240)
    page.wait_for_timeout(400)
    assert frame.evaluate("warmap.map.getZoom()") == zoom
    assert frame.locator(".warmap-hint").evaluate(
        "h => h.classList.contains('warmap-hint-on')")
    assert page.evaluate("window.scrollY") > 0, "the page did not scroll"
    # With Ctrl the wheel zooms the map.
    page.evaluate("window.scrollTo(0, 0)")
    box = iframe.bounding_box()
    page.mouse.move(box["x"] + spot[0], box["y"] + spot[1])
    page.keyboard.down("Control")
    page.mouse.wheel(0, -240)
    page.keyboard.up("Control")
    frame.wait_for_function(f"() => warmap.map.getZoom() !== {zoom}", timeout=3000)
    assert v.page_errors == [] and v.blocked == []


@pytest.mark.browser
def test_on_a_phone_one_finger_scrolls_the_page_and_two_move_the_map(visit, built):
    v = visit(viewport={"width": 375, "height": 700}, is_mobile=True, has_touch=True,
              user_agent="Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                         "(KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36")
    page = v.open(built / "map.html")
    state = page.evaluate("""() => ({
        dragging: warmap.map.dragging.enabled(), pinch: warmap.map.touchZoom.enabled(),
        touchAction: getComputedStyle(warmap.map.getContainer()).touchAction,
        legendOpen: document.querySelector('.warmap-legend').open,
        height: warmap.map.getContainer().getBoundingClientRect().height})""")
    # One-finger pans are left to the browser (page scroll); pinch and two-finger moves go
    # to Leaflet's touch zoom.
    assert state == {"dragging": False, "pinch": True, "touchAction": "pan-x pan-y",
                     "legendOpen": False, "height": 700}
    assert v.page_errors == []


# --- hostile strings -------------------------------------------------------------------------

def _rewrite_csv(path: Path, change) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    for row in rows:
        change(row)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fields, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory, tiles) -> Path:
    """The seed map with hostile strings in a control row, an event, a side, a place and
    the article's title."""
    base = tmp_path_factory.mktemp("hostile")
    data, seeds, out = base / "data", base / "seeds", base / "out"
    shutil.copytree(ROOT / "data", data)
    shutil.copytree(ROOT / "seeds", seeds)

    def control(row):
        # A row citing a web page: the checker wants seed-cited quotes verbatim in the seed.
        if row["place_id"] == "palmyra" and row["date"] == "2016-03-27":
            row["quote"] += " " + HOSTILE_IMG
            row["note"] += " " + HOSTILE_SCRIPT

    def event(row):
        if row["id"] == "russian-air-attacks":
            row["label"] += " " + HOSTILE_IMG + " " + HOSTILE_SCRIPT

    def side(row):
        if row["id"] == "isis":
            row["name"] += " " + HOSTILE_IMG
            row["description"] += " " + HOSTILE_SCRIPT

    def place(row):
        if row["id"] == "al-bab":
            row["aliases"] = "|".join(filter(None, [row["aliases"], row["name"]]))
            row["name"] += " " + HOSTILE_SCRIPT + HOSTILE_IMG

    _rewrite_csv(data / "control.csv", control)
    _rewrite_csv(data / "events.csv", event)
    _rewrite_csv(data / "sides.csv", side)
    _rewrite_csv(data / "places.csv", place)
    meta = next(seeds.glob("*.json"))
    article = json.loads(meta.read_text(encoding="utf-8"))
    article["title"] += " " + HOSTILE_IMG + " {{ 7 * 7 }}"
    meta.write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    build(data_dir=data, seeds_dir=seeds, out_dir=out, tiles=tiles, picture=False)
    return out


@pytest.mark.browser
def test_hostile_strings_are_shown_as_text_and_run_nothing(visit, hostile_build):
    html = (hostile_build / "map.html").read_text(encoding="utf-8")
    assert HOSTILE_IMG not in html and "</script><script>window.pwned" not in html
    embed = (hostile_build / "embed.html").read_text(encoding="utf-8")
    assert HOSTILE_IMG not in embed and "&lt;img src=x onerror=alert(1)&gt;" in embed
    v = visit()
    page = v.open(hostile_build / "map.html", "2016-12-10")
    # Open every popup and tooltip of every layer, on the event's day and the day after.
    seen = page.evaluate("""() => {
        const texts = [];
        const pane = name => document.querySelector('.leaflet-' + name + '-pane').textContent;
        for (const day of ['2016-12-10', '2016-12-11']) {
            warmap.show(day);
            for (const group of Object.values(warmap.layers)) {
                group.eachLayer(layer => {
                    if (layer.getPopup()) { layer.openPopup(); texts.push(pane('popup')); }
                    if (layer.getTooltip()) {
                        layer.openTooltip(); texts.push(pane('tooltip'));
                    }
                });
            }
            texts.push(document.getElementById('warmap-summary').textContent);
        }
        texts.push(document.querySelector('.warmap-legend').textContent);
        texts.push(document.querySelector('.warmap-panel').textContent);
        texts.push(document.title);
        return texts.join('\\n');
    }""")
    page.wait_for_timeout(300)
    assert v.dialogs == []
    assert v.page_errors == []
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator('img[src="x"]').count() == 0
    assert page.locator("img[onerror]").count() == 0
    # The string is in the JSON data block (escaped, inert), in no script that runs.
    assert page.evaluate("""[...document.scripts].filter(s => s.type !== 'application/json'
        && s.textContent.includes('window.pwned=1')).length""") == 0
    # The hostile strings are on the page, literally, as text.
    assert f"Over 60 Russian air attacks repulse an ISIS attack {HOSTILE_IMG} " \
           f"{HOSTILE_SCRIPT}" in seen  # event label (tooltip, popup)
    assert f"ISIS {HOSTILE_IMG}" in seen  # side name (legend, popups, summary)
    assert f"recaptured on 27 March. {HOSTILE_IMG}" in seen  # control quote (popup)
    assert HOSTILE_SCRIPT in seen  # control note, place name
    assert f"al-Bab {HOSTILE_SCRIPT}{HOSTILE_IMG}" in seen  # place name (label, tooltip)
    assert f"{HOSTILE_IMG} {{{{ 7 * 7 }}}}" in page.title()  # article title, not a template
    legend = page.text_content(".warmap-legend")
    assert f"ISIS {HOSTILE_IMG}" in legend


# --- the page's decoder against the Python encoder --------------------------------------------

def _polylines() -> list[list[list[float]]]:
    """Lines to encode: Google's example, the corners of the world, one point, none, and
    random walks with steps from a metre to across the globe."""
    rng = random.Random(10)
    lines = [[], [[0.0, 0.0]], [[38.5, -120.2], [40.7, -120.95], [43.252, -126.453]],
             [[-90.0, -180.0], [90.0, 180.0], [-90.0, 180.0], [0.00001, -0.00001]]]
    for step in (0.00001, 0.003, 0.7, 90.0):
        lat, lon, line = rng.uniform(-60, 60), rng.uniform(-170, 170), []
        for _ in range(200):
            lat = min(90.0, max(-90.0, lat + rng.uniform(-step, step)))
            lon = min(180.0, max(-180.0, lon + rng.uniform(-step, step)))
            line.append([round(lat, 5), round(lon, 5)])
        lines.append(line)
    return lines


@pytest.fixture
def blank_page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_content("<!doctype html><html><head><title>codec</title></head></html>")
    yield page
    context.close()


@pytest.mark.browser
def test_js_decoder_reads_what_the_python_encoder_writes(blank_page):
    page = blank_page
    page.add_script_tag(content=read_asset("codec.js"))  # codec.js uses no other module
    encoded = [encode_polyline(line) for line in _polylines()]
    decoded = page.evaluate("lines => lines.map(warmapModules.codec.decodeLine)", encoded)
    assert decoded == [decode_polyline(text) for text in encoded]
    assert decoded[2] == [[38.5, -120.2], [40.7, -120.95], [43.252, -126.453]]


@pytest.mark.browser
def test_js_unpack_gives_the_seed_payload_that_python_reads(blank_page, built):
    html = (built / "map.html").read_text(encoding="utf-8")
    packed = re.search(r'id="warmap-data">(.*?)</script>', html, re.S).group(1)
    page = blank_page
    page.add_script_tag(content=read_asset("codec.js"))
    unpacked = page.evaluate("text => warmapModules.codec.unpack(JSON.parse(text))", packed)
    expected = read_map_payload(html)
    for name in ("events", "places"):
        assert unpacked[name] == expected[name], name
    for js, py in zip(unpacked["areas"], expected["areas"], strict=True):
        polygons = [py["geometry"]["coordinates"]] if py["geometry"]["type"] == "Polygon" \
            else py["geometry"]["coordinates"]
        rings = [[[[lat, lon] for lon, lat in ring[:-1]] for ring in polygon]
                 for polygon in polygons]
        assert js["latlngs"] == (rings[0] if len(rings) == 1 else rings), py["id"]
        assert {k: v for k, v in js.items() if k not in ("geometry", "latlngs")} == \
            {k: v for k, v in py.items() if k != "geometry"}, py["id"]
    for js, py in zip(unpacked["movements"], expected["movements"], strict=True):
        assert js == {**py, "head": py["head"][:-1]}, py["id"]


# --- size ------------------------------------------------------------------------------------

def test_map_is_small_and_grows_with_changes_not_days(built):
    # The page without the drafts (map-embed.html: map.html less its drafts' element).
    html = (built / "map-embed.html").read_bytes()
    # 461 KB: the 120 drawn CSR quarters, the regions, sites, rival claims and published
    # figures, the sources that confirm each change of hands (the audit of issue 12, 14 KB
    # of notes), the base geography (17 KB) and the page's script; 146 KB gzipped.
    assert len(html) < 475_000, len(html)
    # The seed's 21 drafts, with their quotes: 11 KB.
    assert len((built / "map.html").read_bytes()) - len(html) < 20_000
    payload = read_map_payload(html.decode("utf-8"))
    days = (dt.date.fromisoformat(payload["end"]) - dt.date.fromisoformat(payload["start"])).days
    changes = sum(len(a["changes"]) for a in payload["areas"])
    assert len(payload["areaByDay"]) <= len({c["date"] for a in payload["areas"]
                                              for c in a["changes"]}) + 1
    assert changes < len(payload["areas"]) * days  # one entry per change, not per day
    # No per-day list anywhere: the longest list is far shorter than areas x days.
    longest = max(len(a["changes"]) for a in payload["areas"])
    assert longest < days


# --- the map model: regions, sites, states of control, front lines, disputes, figures -------

FRONT_LINE = {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [
    [37.30, 36.45], [37.45, 36.42], [37.60, 36.45]]},
    "properties": {"line_id": "al-bab-north", "start": "2016-12-10", "end": "2016-12-12",
                   "sides": "turkey|isis", "precision": "approximate",
                   "source": "https://example.org/front", "quote": "the front north of al-Bab"}}


@pytest.fixture(scope="session")
def model_build(tmp_path_factory, tiles) -> Path:
    """The seed with a front line and a movement that gives only its target."""
    base = tmp_path_factory.mktemp("model")
    data, seeds, out = base / "data", base / "seeds", base / "out"
    shutil.copytree(ROOT / "data", data)
    shutil.copytree(ROOT / "seeds", seeds)
    shapes = json.loads((data / "shapes.geojson").read_text(encoding="utf-8"))
    shapes["features"].append(FRONT_LINE)
    (data / "shapes.geojson").write_text(json.dumps(shapes), encoding="utf-8")
    with (data / "movements.csv").open("a", encoding="utf-8") as handle:
        handle.write("turkey-on-al-bab,2016-12-10,2016-12-12,turkey,advance,claimed,,al-bab,,,"
                     "q,https://example.org/a,\n")
    build(data_dir=data, seeds_dir=seeds, out_dir=out, tiles=tiles, picture=False)
    return out


def _style_of(page, selector: str) -> dict:
    return page.evaluate("""s => { const e = document.querySelector(s); return e && {
        fill: e.getAttribute('fill'), stroke: e.getAttribute('stroke'),
        width: e.getAttribute('stroke-width'), dash: e.getAttribute('stroke-dasharray')}; }""",
                         selector)


@pytest.mark.browser
def test_regions_sites_and_states_are_drawn_as_the_style_says(visit, model_build):
    sides, spec = _sides(), json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    page = visit().open(model_build / "map.html", "2016-12-12")
    # A region of admin-1 units, partly held with no share: its holder's fill, ringed dotted
    # in the other side's colour.
    idlib = _style_of(page, "path.warmap-place-idlib-governorate")
    assert idlib["fill"] == sides["jfs"]["colour"]
    assert idlib["stroke"] == outline_colour(sides["government"]["colour"])
    assert idlib["dash"] == _dash(spec["state"]["part"])
    # Besieged: Deir ez-Zor's garrison ringed in the besieger's colour.
    deir = _style_of(page, "path.warmap-town-deir-ez-zor")
    assert deir["stroke"] == outline_colour(sides["isis"]["colour"])
    assert float(deir["width"]) == spec["state"]["ring"] and deir["dash"] in (None, "none")
    # Contested: al-Bab's fill is the stripes of ISIS and Turkey.
    fill = _style_of(page, "path.warmap-place-al-bab")["fill"]
    assert fill.startswith("url(#warmap-state-contested-")
    stripes = page.evaluate("""id => [...document.querySelectorAll('#' + id + ' rect')]
        .map(r => r.getAttribute('fill'))""", fill[5:-1])
    assert set(stripes) == {sides["isis"]["colour"], sides["turkey"]["colour"]}
    # A site: the T4 airbase as a symbol in its holder's colour.
    site = page.evaluate("""() => [...document.querySelectorAll(
        '.warmap-site-tiyas-airbase path')].map(p => p.getAttribute('fill'))""")
    assert site == [sides["government"]["colour"]] * 2
    # The tooltip says the state in words.
    texts = page.evaluate("""() => { const a = warmap.data.areas.find(x => x.id === 'al-bab');
        return window.warmapModules.timeline.holderText(warmap.data, a, '2016-12-12'); }""")
    assert "contested by ISIS and Turkey" in texts


@pytest.mark.browser
def test_a_share_is_drawn_as_bands_and_a_handover_with_no_advance(visit, model_build):
    sides = _sides()
    page = visit().open(model_build / "map.html", "2016-11-30")
    fill = _style_of(page, "path.warmap-place-sheikh-saeed")["fill"]
    assert fill.startswith("url(#warmap-state-partial-")
    bands = page.evaluate("""id => [...document.querySelectorAll('#' + id + ' rect')]
        .map(r => [r.getAttribute('fill'), Number(r.getAttribute('height'))])""", fill[5:-1])
    assert [b[0] for b in bands] == [sides["government"]["colour"], sides["rebels"]["colour"]]
    assert bands[0][1] / (bands[0][1] + bands[1][1]) == pytest.approx(0.67, abs=0.01)
    page.evaluate("warmap.show('2016-12-22')")
    derived = page.evaluate("""() => warmap.data.movements.filter(m => m.derived &&
        m.start === '2016-12-22').length""")
    assert derived == 0  # handed over by agreement: no advance into the pocket
    page.evaluate("warmap.show('2016-12-16')")
    assert page.locator(".warmap-arrow-evacuation").count() == 1
    assert page.locator(".warmap-arrow-core").count() == 1


@pytest.mark.browser
def test_front_lines_and_target_rings_show_on_their_days(visit, model_build):
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    page = visit().open(model_build / "map.html", "2016-12-09")
    assert page.locator("path.warmap-front").count() == 0
    assert page.locator("path.warmap-arrow-ring").count() == 0
    page.evaluate("warmap.show('2016-12-11')")
    front = _style_of(page, "path.warmap-front")
    assert front["stroke"] == spec["front"]["colour"]
    assert front["dash"] == _dash(spec["front"]["dashes"]["approximate"])
    assert page.locator("path.warmap-front-casing").count() == 1
    assert page.locator("path.warmap-arrow-ring").count() == 1
    # The legend has the kinds the view shows that day (a moment after the frame).
    page.wait_for_function("() => ['front', 'target'].every(k => warmap.legendIds().includes(k))")
    page.wait_for_function("""(words) => document.querySelector('.warmap-legend').textContent
        .includes(words)""", arg=spec["legend"]["front"])
    legend, used = page.text_content(".warmap-legend"), page.evaluate("warmap.legendIds()")
    for key in ("front", "target", "contested", "partial", "besieged", "region", "site"):
        assert (spec["legend"][key] in legend) == (key in used), key
    page.evaluate("warmap.show('2016-12-13')")
    assert page.locator("path.warmap-front").count() == 0


@pytest.mark.browser
def test_disputes_and_figures_are_shown_as_text(visit, built):
    page = visit().open(built / "map.html", "2016-12-12")
    panel = page.text_content(".warmap-areas")
    summary = page.text_content(".warmap-figures summary")
    assert summary.startswith("The article's figures, checked: some 5 km²: map ")
    assert "about 2%: map" in summary and "some 18,000 km²: 95% of all of Aleppo" in summary
    assert "some 5 km²: the map computes" in panel and "approximate" in panel
    page.evaluate("""() => warmap.layers.control.eachLayer(l => {
        if (l.options.className && l.options.className.includes('warmap-place-sheikh-saeed'))
            l.openPopup(l.getCenter()); })""")
    popup = page.text_content(".leaflet-popup-content")
    assert "Also reported:" in popup and "Why the map draws this:" in popup
