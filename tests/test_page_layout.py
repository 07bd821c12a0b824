"""The map page's layout in a real browser at a phone's size, an article column's and a
laptop's: how much of the map the controls cover, that nothing overlaps, that popups fit
the screen and keep clear of the controls, touch targets, and motion for readers who ask
for less (fixtures in conftest.py)."""

from __future__ import annotations

import pytest

#: Phone (touch), an article column, a laptop.
SIZES = {
    "phone": {"viewport": {"width": 375, "height": 667}, "is_mobile": True, "has_touch": True},
    "column": {"viewport": {"width": 600, "height": 560}},
    "laptop": {"viewport": {"width": 1280, "height": 800}},
}
#: The share of the map the controls may cover when the page opens, by size.
MAX_SHARE = {"phone": 0.20, "column": 0.20, "laptop": 0.40}

#: Boxes (container pixels) of every visible control, with a name for messages.
_CONTROL_BOXES = """() => {
    const origin = warmap.map.getContainer().getBoundingClientRect();
    return [...document.querySelectorAll('.leaflet-control')].map(c => {
        const r = c.getBoundingClientRect();
        return {name: String(c.className).split(' ').filter(n => n.startsWith('warmap') ||
                    n.startsWith('leaflet-control-')).join(' '),
                left: r.left - origin.left, top: r.top - origin.top,
                right: r.right - origin.left, bottom: r.bottom - origin.top};
    }).filter(b => b.right > b.left && b.bottom > b.top);
}"""

#: The share of the map's area under the union of the controls' boxes (a 2-pixel grid).
_SHARE = """(boxes) => {
    const size = warmap.map.getSize();
    let covered = 0, all = 0;
    for (let y = 1; y < size.y; y += 2) for (let x = 1; x < size.x; x += 2) {
        all += 1;
        if (boxes.some(b => x >= b.left && x < b.right && y >= b.top && y < b.bottom)) {
            covered += 1;
        }
    }
    return covered / all;
}"""


def _overlap(a: dict, b: dict) -> float:
    width = min(a["right"], b["right"]) - max(a["left"], b["left"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return max(0.0, width) * max(0.0, height)


def _open(visit, built, size: str, fragment: str = "2016-12-11"):
    v = visit(**SIZES[size])
    page = v.open(built / "map.html", fragment)
    return v, page


@pytest.mark.browser
@pytest.mark.parametrize("size", list(SIZES))
def test_the_controls_cover_little_of_the_map_and_never_each_other(visit, built, size):
    v, page = _open(visit, built, size)
    boxes = page.evaluate(_CONTROL_BOXES)
    names = {b["name"] for b in boxes}
    assert {"warmap-panel", "warmap-goto", "warmap-legend"} <= names, names
    share = page.evaluate(_SHARE, boxes)
    print(f"{size}: controls cover {share:.1%} of the map")
    assert share <= MAX_SHARE[size], f"{size}: {share:.1%}"
    legend_open = page.evaluate("document.querySelector('.warmap-legend').open")
    assert legend_open == (size == "laptop")  # closed below 800 pixels
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert _overlap(a, b) == 0, (a["name"], b["name"])
    size_px = page.evaluate("[warmap.map.getSize().x, warmap.map.getSize().y]")
    for box in boxes:  # inside the map
        assert box["left"] >= 0 and box["top"] >= 0, box
        assert box["right"] <= size_px[0] + 0.5 and box["bottom"] <= size_px[1] + 0.5, box
    assert v.page_errors == [] and v.console_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("size", list(SIZES))
def test_every_control_is_a_44_pixel_touch_target(visit, built, size):
    _, page = _open(visit, built, size)
    page.evaluate("document.querySelector('.warmap-legend').open = true")
    small = page.evaluate("""() => {
        const targets = document.querySelectorAll(
            '.leaflet-control button, .leaflet-control select, .leaflet-control input,' +
            '.leaflet-control summary, .leaflet-control-zoom a, .warmap-footer a,' +
            '.warmap-footer button');
        return [...targets].filter(t => t.offsetParent !== null).map(t => {
            // A checkbox's target is its label.
            const r = (t.type === 'checkbox' ? t.closest('label') : t).getBoundingClientRect();
            return {what: t.tagName + ' ' + (t.getAttribute('aria-label') || t.id ||
                    t.textContent.trim()).slice(0, 30), width: r.width, height: r.height};
        }).filter(t => t.width < 44 || t.height < 44);
    }""")
    assert small == []


@pytest.mark.browser
@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize(("place", "view"), [("palmyra", "palmyra"), ("sheikh-saeed", "aleppo")])
def test_a_popup_fits_the_screen_clear_of_the_controls(visit, built, size, place, view):
    v, page = _open(visit, built, size, f"2016-12-11/{view}")
    page.evaluate("""(id) => new Promise(done => {
        let layer = null;
        warmap.layers.control.eachLayer(l => {
            const name = String(l.options.className || '');
            if (name.includes('warmap-town-' + id) ||
                (!layer && name.includes('warmap-place-' + id))) { layer = l; }
        });
        warmap.map.once('popupopen', () => setTimeout(done, 700));  // and its pan
        layer.openPopup();
    })""", place)
    popup = page.evaluate("""() => {
        const origin = warmap.map.getContainer().getBoundingClientRect();
        const r = document.querySelector('.leaflet-popup').getBoundingClientRect();
        return {left: r.left - origin.left, top: r.top - origin.top,
                right: r.right - origin.left, bottom: r.bottom - origin.top,
                text: document.querySelector('.leaflet-popup-content').textContent};
    }""")
    width, height = SIZES[size]["viewport"]["width"], SIZES[size]["viewport"]["height"]
    assert popup["left"] >= 0 and popup["top"] >= 0, popup
    assert popup["right"] <= width and popup["bottom"] <= height, popup
    for box in page.evaluate(_CONTROL_BOXES):
        assert _overlap(box, popup) == 0, (box["name"], popup)
    assert "held by" in popup["text"]
    assert v.page_errors == []


@pytest.mark.browser
def test_an_open_popup_follows_the_date(visit, built):
    _, page = _open(visit, built, "laptop", "2016-12-12/aleppo")
    text = page.evaluate("""() => new Promise(done => {
        warmap.layers.control.eachLayer(l => {
            if (String(l.options.className).includes('warmap-place-sheikh-saeed')) {
                warmap.map.once('popupopen', () => done(
                    document.querySelector('.leaflet-popup-content').textContent));
                l.openPopup();
            }
        });
    })""")
    assert text.startswith("Sheikh Saeed12 Dec 2016: held by")
    page.evaluate("warmap.show('2016-11-20')")
    after = page.text_content(".leaflet-popup-content")
    assert "20 Nov 2016: held by" in after and "12 Dec 2016: held by" not in after
    # The popup lists who held the quarter over time, with dates and sources.
    history = page.locator(".warmap-history li").all_text_contents()
    assert len(history) >= 2 and all("2016" in line and " · " in line for line in history)


@pytest.mark.browser
def test_reduced_motion_gets_no_play_and_no_animation(visit, built):
    v = visit(viewport={"width": 1280, "height": 800}, reduced_motion="reduce")
    page = v.open(built / "map.html", "2016-12-11")
    assert page.evaluate("matchMedia('(prefers-reduced-motion: reduce)').matches")
    assert page.locator(".warmap-play").is_hidden()
    assert page.evaluate("warmap.map._zoomAnimated") is False
    assert page.evaluate("warmap.map.options.fadeAnimation") is False
    zoom = page.evaluate("warmap.map.getZoom()")
    # A view is shown at once: the zoom has changed before any frame is drawn.
    changed = page.evaluate("""() => {
        const menu = document.getElementById('warmap-view');
        menu.value = 'aleppo';
        menu.dispatchEvent(new Event('change'));
        return warmap.map.getZoom();
    }""")
    assert changed > zoom + 3
    assert page.evaluate("document.querySelector('.leaflet-zoom-anim') === null")
    # Without the preference, play is there and views fly.
    other = visit(viewport={"width": 1280, "height": 800}).open(built / "map.html")
    assert other.locator(".warmap-play").is_visible()
    assert other.evaluate("warmap.map._zoomAnimated") is True
    assert v.page_errors == []
