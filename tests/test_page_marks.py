"""What the map page draws, in a real browser: the base geography whether or not tiles load,
names that fit, arrows and events that leave the holder's fill and marker visible, no
marker for a country or a region, the legend of what the view shows, and sources shown as
outlet and title with http(s) links only (fixtures in conftest.py)."""

from __future__ import annotations

import pytest

#: The container boxes of the named labels shown.
_LABELS = """() => {
    const origin = warmap.map.getContainer().getBoundingClientRect();
    return [...document.querySelectorAll('.warmap-label')].map(l => {
        const r = l.getBoundingClientRect();
        return {text: l.textContent, kind: l.className.replace('warmap-label warmap-label-', ''),
                left: r.left - origin.left, top: r.top - origin.top,
                right: r.right - origin.left, bottom: r.bottom - origin.top};
    });
}"""


def _overlap(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] - 1 and b["left"] < a["right"] - 1 and \
        a["top"] < b["bottom"] - 1 and b["top"] < a["bottom"] - 1


@pytest.mark.browser
def test_the_base_geography_is_drawn_without_tiles(visit, built):
    v = visit(allow_host=None)  # no tile loads
    page = v.open(built / "map.html", "2016-12-12")
    for name in ("land", "coast", "borders", "admin1", "rivers"):
        assert page.locator(f"path.warmap-base-{name}").count() == 1, name
    assert page.evaluate("getComputedStyle(warmap.map.getContainer()).backgroundColor") == \
        "rgb(213, 227, 234)"  # the sea
    # Under the data: the land under the tiles' pane, the lines above it, both below areas.
    z = page.evaluate("""() => ['warmapLand', 'tilePane', 'warmapLines', 'overlayPane'].map(
        name => +getComputedStyle(warmap.map.getPane(name)).zIndex)""")
    assert z == sorted(z)
    assert page.locator(".warmap-base-land").evaluate("p => p.getAttribute('pointer-events')") \
        in (None, "none")
    labels = page.evaluate(_LABELS)
    kinds = {label["kind"] for label in labels}
    assert {"country", "region"} <= kinds  # "Syria", "Homs Governorate": English names
    assert {"Syria", "Iraq"} & {label["text"] for label in labels}
    assert v.page_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("view", ["overview", "aleppo", "palmyra"])
def test_names_never_overlap_and_quarters_are_named_where_they_fit(visit, built, view):
    page = visit().open(built / "map.html", f"2016-12-11/{view}")
    labels = page.evaluate(_LABELS)
    assert labels
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not _overlap(a, b), (a["text"], b["text"])
    texts = {label["text"] for label in labels}
    if view == "overview":
        assert {"Palmyra", "Raqqa", "Aleppo"} <= texts  # the towns and the main city
        assert not any(label["kind"].startswith("quarter") for label in labels)
    if view == "aleppo":
        quarters = [label for label in labels if label["kind"].startswith("quarter")]
        assert len(quarters) >= 10
        page.evaluate("warmap.map.setZoom(warmap.map.getZoom() + 1, {animate: false})")
        page.wait_for_timeout(200)
        more = [label for label in page.evaluate(_LABELS)
                if label["kind"].startswith("quarter")]
        assert len(more) > len(quarters)  # closer, more quarters hold their names
    # No name sits under a control.
    controls = page.evaluate("""() => {
        const origin = warmap.map.getContainer().getBoundingClientRect();
        return [...document.querySelectorAll('.leaflet-control')].map(c => {
            const r = c.getBoundingClientRect();
            return {left: r.left - origin.left, top: r.top - origin.top,
                    right: r.right - origin.left, bottom: r.bottom - origin.top};
        });
    }""")
    assert not [(a["text"]) for a in labels for c in controls if _overlap(a, c)]


@pytest.mark.browser
def test_no_marker_for_a_country_or_a_region(visit, built):
    page = visit().open(built / "map.html")
    kinds = page.evaluate("""() => {
        const areas = new Set(warmap.data.areas.map(a => a.id));
        return warmap.data.places.filter(p => !areas.has(p.id)).map(p => p.kind);
    }""")
    assert kinds and not {"country", "region", "governorate", "continent"} & set(kinds)
    assert page.evaluate("warmap.data.places.some(p => p.name === 'United States')") is False


@pytest.mark.browser
def test_events_sit_beside_the_holder_and_each_opens(visit, built):
    page = visit().open(built / "map.html", "2016-12-09/palmyra")
    state = page.evaluate("""() => {
        const town = document.querySelector('path.warmap-town-palmyra');
        const r = town.getBoundingClientRect();
        const cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2;
        // What a reader sees at points of the town's fill, round the named place's dot.
        const seen = [];
        for (let a = 0; a < 16; a++) {
            const x = cx + 6 * Math.cos(a * Math.PI / 8), y = cy + 6 * Math.sin(a * Math.PI / 8);
            seen.push(document.elementFromPoint(x, y).getAttribute('class'));
        }
        const events = [...document.querySelectorAll('path.warmap-event')].map(e => {
            const b = e.getBoundingClientRect();
            return {left: b.left, top: b.top, right: b.right, bottom: b.bottom};
        });
        return {seen: seen, events: events};
    }""")
    assert len(state["events"]) >= 2  # car bombs and the announced strike, that day
    assert all("warmap-town-palmyra" in seen for seen in state["seen"]), state["seen"]
    for i, event in enumerate(state["events"]):
        for other in state["events"][i + 1:]:
            assert not _overlap(event, other), "two events stack"
    # Each opens its own popup, from its own spot.
    titles = page.evaluate("""async () => {
        const titles = [], centre = warmap.map.getCenter(), zoom = warmap.map.getZoom();
        for (const path of document.querySelectorAll('path.warmap-event')) {
            warmap.map.closePopup();  // and back to the view before the last popup's pan
            warmap.map.setView(centre, zoom, {animate: false});
            await new Promise(done => setTimeout(done, 100));
            const r = path.getBoundingClientRect();
            const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
            document.elementFromPoint(x, y).dispatchEvent(
                new MouseEvent('click', {bubbles: true, clientX: x, clientY: y}));
            await new Promise(done => setTimeout(done, 50));
            // The popup just opened (a closed one fades out for a moment after it).
            const open = [...document.querySelectorAll('.leaflet-popup-content')];
            const box = open[open.length - 1];
            titles.push([box.querySelector('h3').textContent, box.textContent]);
        }
        return titles;
    }""")
    assert len({t for t, _ in titles}) == len(titles) == len(state["events"])
    # The rival claims about the announced strike (its date, the count of trucks) go with
    # it alone, not with the car bombs of the same place and day.
    rivals = {t: "the strike was on Thursday 8 December" in text for t, text in titles}
    assert sorted(rivals.values()) == [False, True], rivals
    assert rivals[next(t for t in rivals if t.startswith("CentCom"))]


@pytest.mark.browser
def test_arrowheads_keep_their_size_in_pixels_at_every_zoom(visit, built):
    page = visit().open(built / "map.html", "2016-12-11/palmyra")
    sizes = []
    for step in (0, -2, -2):
        if step:
            page.evaluate(f"warmap.map.setZoom(warmap.map.getZoom() + {step}, {{animate: false}})")
            page.wait_for_timeout(200)
        sizes.append(page.evaluate("""() => [...document.querySelectorAll('path.warmap-arrowhead')]
            .map(p => { const b = p.getBBox(); return Math.round(Math.hypot(b.width, b.height)); })
            .filter(s => s > 0).sort((a, b) => b - a)[0]"""))
    assert all(size and size <= 24 for size in sizes), sizes  # 15 x 13 pixels, never larger
    assert max(sizes) - min(sizes) <= 3, sizes
    label = page.evaluate("warmap.data.movements.find(m => m.id === 'isis-attack-palmyra').label")
    assert label == "ISIS advance on Palmyra from the north, 8\u201311 Dec"


@pytest.mark.browser
def test_the_legend_follows_the_day_and_the_view(visit, built):
    page = visit().open(built / "map.html", "2016-12-12")
    ids = set(page.evaluate("warmap.legendIds()"))
    assert "side.us" not in ids  # no US strike on 12 Dec
    page.evaluate("warmap.show('2016-12-09')")
    page.wait_for_function("() => warmap.legendIds().includes('side.us')")
    page.wait_for_function(
        "() => document.querySelector('.warmap-legend').textContent.includes('US-led coalition')")
    page.select_option("#warmap-view", "aleppo")
    page.wait_for_function("() => !warmap.legendIds().includes('side.us')")
    page.wait_for_function(
        "() => !document.querySelector('.warmap-legend').textContent.includes('US-led')")


@pytest.mark.browser
def test_sources_read_as_outlet_and_title_with_web_links_only(visit, built):
    page = visit().open(built / "map.html", "2016-12-12/aleppo")
    shown = page.evaluate("""() => new Promise(done => {
        warmap.layers.control.eachLayer(l => {
            if (String(l.options.className).includes('warmap-place-sheikh-saeed')) {
                warmap.map.once('popupopen', () => {
                    const source = document.querySelector('.leaflet-popup .warmap-source');
                    const links = [...document.querySelectorAll('.leaflet-popup a[href]')]
                        .filter(a => !a.classList.contains('leaflet-popup-close-button'));
                    done({source: source.textContent, article: source.classList.contains(
                            'warmap-source-article'),
                          links: links.map(a => [a.getAttribute('href'), a.textContent,
                                                 a.target, a.rel])});
                });
                l.openPopup();
            }
        });
    })""")
    assert shown["article"]
    assert shown["source"].startswith("Source: Information Clearing House, \u201cSyria:")
    assert "(the article this map is made from)" in shown["source"]
    assert "seed:" not in shown["source"]
    # Every link of the popup (the notes' addresses too) is http(s), opened apart.
    for href, text, target, rel in shown["links"]:
        assert href.startswith(("http://", "https://")) and text, href
        assert target == "_blank" and "noopener" in rel
    # A note's address becomes a link named by its site.
    linked = page.evaluate("""() => {
        const box = warmapModules.sources.noteNode(
            'see https://www.syriahr.com/en/?p=56561. and javascript:alert(1) too');
        return [box.textContent, [...box.querySelectorAll('a')].map(a => a.href)];
    }""")
    assert linked[0] == "see syriahr.com. and javascript:alert(1) too"
    assert linked[1] == ["https://www.syriahr.com/en/?p=56561"]
