"""The build's drafts on the page, in a real browser: their own layer on map.html (hollow,
dashed, labelled DRAFT, in the legend), none in the embed's page; quotes as text; the
review list below the map, whose "Show on map" goes to the draft (fixtures in
conftest.py)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from geo.pipeline import build

ROOT = Path(__file__).resolve().parent.parent

#: A text whose quote holds markup: it must show as text, never run.
HOSTILE = ("Government forces captured Palmyra <img src=x onerror=alert(1)><script>alert(2)"
           "</script> on Sunday, the ministry said.\n")


def _drafts(page_path: Path) -> list[dict]:
    html = page_path.read_text(encoding="utf-8")
    found = re.search(r'id="warmap-drafts">(.*?)</script>', html)
    return json.loads(found.group(1))["drafts"] if found else []


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, tiles) -> Path:
    """The seed's data with one article whose quote holds markup, built."""
    folder = tmp_path_factory.mktemp("hostile")
    shutil.copytree(ROOT / "data", folder / "data")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    (folder / "seeds" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "seeds" / "hostile.json").write_text(json.dumps({
        "title": "<b>T</b>", "outlet": "X", "author": "", "published": "2016-11-21",
        "url": "javascript:alert(3)"}), encoding="utf-8")
    build(folder / "data", folder / "seeds", folder / "out", tiles=tiles, picture=False,
          drafts_dir=folder / "drafts")
    return folder / "out"


@pytest.mark.browser
def test_the_drafts_layer_is_on_in_the_full_map_and_absent_from_the_embed(visit, built):
    drafts = _drafts(built / "map.html")
    assert drafts and not _drafts(built / "map-embed.html")
    page = visit().open(built / "map.html", "2016-12-12")
    assert page.locator("path.warmap-draft").count() > 0
    assert page.locator(".warmap-label-draft").first.text_content().endswith("DRAFT") or \
        page.locator(".warmap-label-draft").first.text_content().endswith("DRAFTS")
    assert "draft" in page.evaluate("warmap.legendIds()")
    # Hollow and dashed, never a side's fill.
    style = page.locator("path.warmap-draft").first.evaluate(
        "p => [p.getAttribute('fill'), p.getAttribute('stroke-dasharray')]")
    assert style[0] == "none" and style[1]
    embed = visit().open(built / "map-embed.html", "2016-12-12")
    assert embed.locator(".warmap-draft, .warmap-review").count() == 0
    assert "draft" not in embed.evaluate("warmap.legendIds()")
    assert embed.evaluate("warmap.data.drafts.length") == 0


@pytest.mark.browser
def test_the_drafts_follow_the_date(visit, built):
    page = visit().open(built / "map.html", "2016-11-10")
    early = page.locator("path.warmap-draft").count()
    page.evaluate("warmap.show('2016-12-12')")
    assert page.locator("path.warmap-draft").count() > early


@pytest.mark.browser
def test_a_quote_with_markup_shows_as_text(visit, hostile):
    drafts = _drafts(hostile / "map.html")
    marked = [d for d in drafts if "<script>" in d["quote"] and d["lat"] is not None]
    assert marked
    v = visit()
    page = v.open(hostile / "map.html", "2016-11-20")
    page.locator(".warmap-review summary").click()
    assert page.locator(".warmap-review-item").count() == len(drafts)
    assert "<script>alert(2)</script>" in page.locator(".warmap-review").text_content()
    page.locator(f'.warmap-review-item[data-draft="{marked[0]["id"]}"] '
                 ".warmap-review-show").click()
    popup = page.locator(".leaflet-popup-content .warmap-draft-popup")
    popup.wait_for()
    text = popup.text_content()
    assert "<img src=x onerror=alert(1)><script>" in text
    assert "Draft, not reviewed: drafted by rule" in text and "warmap review accept d" in text
    assert page.locator(".warmap-draft-popup img, .warmap-draft-popup script, "
                        ".warmap-review img, .warmap-review script").count() == 0
    assert page.locator(".warmap-draft-popup a").count() == 0  # javascript: is no link
    assert "<b>T</b>" in text  # the article's title, as text
    assert v.dialogs == [] and v.page_errors == []


@pytest.mark.browser
def test_the_review_list_shows_a_draft_on_the_map(visit, built):
    drafts = [d for d in _drafts(built / "map.html") if d["lat"] is not None]
    page = visit().open(built / "map.html", "2016-11-10")
    box = page.locator(".warmap-review details")
    box.locator("summary").focus()
    page.keyboard.press("Enter")  # the keyboard opens it
    assert box.evaluate("d => d.open")
    assert page.locator(".warmap-review-item").count() == len(_drafts(built / "map.html"))
    target = max(drafts, key=lambda d: d["date"])
    item = page.locator(f'.warmap-review-item[data-draft="{target["id"]}"]')
    assert target["quote"][:40] in item.text_content()
    item.locator(".warmap-review-show").click()
    center = page.evaluate("[warmap.map.getCenter().lat, warmap.map.getCenter().lng]")
    assert abs(center[0] - target["lat"]) < 0.01 and abs(center[1] - target["lon"]) < 0.01
    assert page.evaluate("warmap.map.getZoom()") >= 11
    assert page.evaluate("warmap.date()") >= target["date"]
    assert target["id"] in page.locator(".leaflet-popup-content").text_content()
    # Only the day's drafts, on demand.
    page.locator(".warmap-review-filter input").check()
    assert 0 < page.locator(".warmap-review-item").count() <= len(drafts) + 5


@pytest.mark.browser
def test_the_review_list_fits_a_phone(visit, built):
    page = visit(viewport={"width": 375, "height": 667}).open(built / "map.html",
                                                              "2016-12-12")
    page.locator(".warmap-review summary").click()
    widths = page.evaluate("""() => [document.documentElement.scrollWidth,
        document.querySelector('.warmap-review').getBoundingClientRect().right]""")
    assert widths[0] <= 375 and widths[1] <= 375


_BOXES = """sel => Array.from(document.querySelectorAll(sel)).map(e => {
  const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, e.textContent];
})"""


def _inset(box: list, by: float = 1.5) -> list:
    """A mark's box less its anti-aliased edge (the placer's boxes are whole pixels)."""
    return [box[0] + by, box[1] + by, box[2] - by, box[3] - by]


def _overlap(a: list, b: list) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.browser
@pytest.mark.parametrize("width,height", [(375, 667), (600, 700)])
def test_draft_tags_are_placed_among_the_names_and_cover_none(visit, built, width, height):
    # The DRAFT tags are placed by the label placer after the city's and the towns' names:
    # none covers a name, and the city's own name shows on a phone.
    page = visit(viewport={"width": width, "height": height}).open(
        built / "map.html", "2016-12-12")
    tags = page.evaluate(_BOXES, ".warmap-label-draft")
    names = page.evaluate(_BOXES, ".warmap-label:not(.warmap-label-draft)")
    assert tags and all(t[4].endswith(("DRAFT", "DRAFTS")) for t in tags)
    assert "Aleppo" in [n[4] for n in names]
    assert not [(t[4], n[4]) for t in tags for n in names if _overlap(t, n)]
    # Nor does a name go under the day's event diamonds or the article's badges.
    marks = page.evaluate(_BOXES, "path.warmap-event, .warmap-badge-icon")
    assert marks
    assert not [n[4] for n in names for m in marks if _overlap(_inset(m), n)]
    # They follow the day: fewer drafts are shown at the start of the map.
    page.evaluate("warmap.show('2016-11-10')")
    assert len(page.evaluate(_BOXES, ".warmap-label-draft")) < len(tags)
