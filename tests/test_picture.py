"""The static pictures (out/map.png, the social card; map-print.png and map.pdf for print):
colours, patterns and certainty where the data puts them, the base geography and its
borders, the headline, the legend of what is drawn, the scale bar, the source line and
credit, determinism, plain text from data, and no matplotlib."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import subprocess
import sys

import numpy as np
import pytest
import shapely
from PIL import Image
from shapely.ops import polylabel

from geo.mapping import picture
from geo.mapping.picture import base as picture_base
from geo.mapping.picture import draw, palette, text, view
from geo.mapping.style import STYLE
from geo.pipeline import build
from tests.conftest import ROOT

DAY = dt.date(2016, 12, 12)


@pytest.fixture(scope="module")
def captured(tmp_path_factory):
    """The arguments the seed build passes to ``render_pictures``, and the files written."""
    seen = {}
    original = picture.render_pictures

    def capture(*args, **kwargs):
        seen["args"], seen["kwargs"] = args, kwargs
        return original(*args, **kwargs)

    out = tmp_path_factory.mktemp("out")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(picture, "render_pictures", capture)
        build(ROOT / "data", ROOT / "seeds", out)
    seen["out"] = out
    return seen


@pytest.fixture(scope="module")
def inputs(captured):
    return captured["args"]


@pytest.fixture(scope="module")
def options(captured):
    return captured["kwargs"]


@pytest.fixture(scope="module")
def drawn(inputs, options):
    return picture.draw_picture(*inputs, **options)


def _pixels(image: Image.Image, x: int, y: int, half: int) -> np.ndarray:
    """The RGB pixels of a square window around (x, y), as rows of three."""
    window = np.asarray(image.crop((x - half, y - half, x + half + 1, y + half + 1)))
    return window.reshape(-1, 3).astype(int)


def _near(pixels: np.ndarray, rgb, tolerance: int = 6) -> np.ndarray:
    return np.all(np.abs(pixels - np.array(rgb)) <= tolerance, axis=1)


def _row(timeline, place_id: str, day: dt.date = DAY):
    return [c for c in timeline.history(place_id) if c.date <= day][-1]


def _largest_quarter(inputs, side: str, certainty: str | None = None):
    geometries, timeline, _, day = inputs[:4]
    state = timeline.control_state_on(day)

    def wanted(place_id: str) -> bool:
        return state.get(place_id) == side and (
            certainty is None or _row(timeline, place_id, day).certainty == certainty)

    rows = geometries[(geometries["kind"] == "quarter") & geometries["id"].map(wanted)]
    assert len(rows), side
    best = int(np.argmax(shapely.area(np.asarray(rows.geometry))))
    return rows["id"].iloc[best], rows.geometry.iloc[best]


@pytest.mark.parametrize("side", ["government", "sdf"])
def test_quarter_filled_with_its_sides_colour_by_certainty(inputs, drawn, side):
    assert inputs[3] == DAY
    place_id, quarter = _largest_quarter(inputs, side)
    centre = polylabel(quarter, tolerance=1e-5)
    x, y = drawn.pixel(centre.x, centre.y, panel="detail")
    row = _row(inputs[1], place_id)
    style = palette.side_style(inputs[1].sides[side], row.certainty)
    window = _pixels(drawn.image, x, y, 4)
    if row.state == "whole":
        assert _near(window, style.fill).mean() > 0.8, (side, row.certainty)
    assert style.pattern == "solid"


def test_certainty_is_drawn_lighter_as_the_holder_is_less_sure(inputs):
    side = inputs[1].sides["government"]
    confirmed, claimed, approximate = (palette.side_style(side, c) for c in
                                       ("confirmed", "claimed", "approximate"))
    land = np.array(palette.LAND)
    distance = [np.abs(np.array(s.fill) - land).sum() for s in (confirmed, claimed,
                                                                approximate)]
    assert distance[0] > distance[1] > distance[2] > 0


def test_rebel_quarters_carry_the_dot_pattern(inputs, drawn):
    """Rebels are told from the government by pattern, not only by green against red: as on
    the map, dots of their colour over a wash of it (faded: the rows are approximate)."""
    _, quarter = _largest_quarter(inputs, "rebels", "approximate")
    centre = polylabel(quarter, tolerance=1e-5)
    x, y = drawn.pixel(centre.x, centre.y, panel="detail")
    style = palette.side_style(inputs[1].sides["rebels"], "approximate")
    assert style.pattern == "dots"
    window = _pixels(drawn.image, x, y, 8)  # two tiles of the pattern wide
    wash = _near(window, style.fill, 4).mean()
    dots = _near(window, style.mark, 12).sum()
    assert 0.4 < wash < 0.95, wash
    assert dots >= 4, dots


def test_palmyra_marker_shows_its_holder_on_the_day(inputs, options):
    """ISIS holds Palmyra on 12 December, the government two days before."""
    geometries, timeline, arrows, _, city, title, labels = inputs
    lon, lat = next((lon, lat) for name, lon, lat in labels if name == "Palmyra")
    for day, side in [(DAY, "isis"), (dt.date(2016, 12, 10), "government")]:
        assert timeline.control_state_on(day)["palmyra"] == side
        drawn = picture.draw_picture(geometries, timeline, arrows, day, city, title, labels,
                                     **options)
        x, y = drawn.pixel(lon, lat)
        colour = palette.side_style(timeline.sides[side],
                                    _row(timeline, "palmyra", day).certainty).marker_fill
        # Round the named place's dot at the centre, inside the ring; arrows stop at the ring.
        ring = np.concatenate([_pixels(drawn.image, x + dx, y + dy, 0)
                               for dx, dy in [(5, 0), (-5, 0), (0, 5), (0, -5), (4, 4),
                                              (-4, 4), (4, -4), (-4, -4)]])
        assert _near(ring, colour, 25).all(), (day, ring)


def test_besieged_marker_is_ringed_in_the_besiegers_colour(inputs, drawn):
    """Deir ez-Zor: the government's garrison, besieged by ISIS: a government fill inside
    an ISIS ring, as on the map."""
    labels = inputs[6]
    timeline = inputs[1]
    lon, lat = next((lon, lat) for name, lon, lat in labels if name == "Deir ez-Zor")
    row = _row(timeline, "deir-ez-zor")
    assert (row.side, row.state, row.by) == ("government", "besieged", ("isis",))
    x, y = drawn.pixel(lon, lat)
    fill = palette.side_style(timeline.sides["government"], row.certainty).marker_fill
    ring = palette.side_style(timeline.sides["isis"]).outline
    inside = _pixels(drawn.image, x + 5, y, 1)
    edge = np.concatenate([_pixels(drawn.image, x + dx, y + dy, 0) for dx, dy in
                           [(10, 0), (-10, 0), (0, 10), (0, -10)]])
    assert _near(inside, fill, 25).any(), inside
    assert _near(edge, ring, 40).sum() >= 2, edge


def test_the_legend_is_of_what_the_picture_draws(inputs, drawn):
    timeline, arrows = inputs[1], inputs[2]
    held = set(timeline.control_state_on(DAY).values())
    moving = {a.movement.side for a in arrows if a.movement.start <= DAY <= a.movement.end}
    fought = {s for r in timeline.changes for s in r.by
              if _row(timeline, r.place_id) is r}
    assert held | moving <= {s.id for s in drawn.legend.sides} <= held | moving | fought
    assert "us" not in held | moving and "russia" not in held | moving  # nothing of theirs
    assert {"claimedHolder", "approximateHolder", "done", "mention", "approximate",
            "besieged"} <= set(drawn.legend.keys)
    assert "claimed" not in drawn.legend.keys  # no claimed movement on 12 Dec
    # A swatch per side drawn, in the column at the right of the panels.
    right = drawn.detail.box[2]
    column = np.asarray(drawn.image)[:, right + 10:].reshape(-1, 3).astype(int)
    for side in drawn.legend.sides:
        assert _near(column, palette.side_style(side).fill, 3).sum() >= 150, side.id


def test_headline_date_source_line_and_credit_are_drawn(inputs, options, drawn):
    assert options["words"].headline.startswith("Syria: Government Liberates Aleppo")
    assert options["words"].source_line.startswith("Source: Information Clearing House")
    image = np.asarray(drawn.image).astype(int)
    top = drawn.overview.box[1]
    ink = np.all(image < 60, axis=2)
    assert ink[:top].sum() > 2000  # the headline's dark type above the panels
    grey = _near(image.reshape(-1, 3), palette.GREY, 30).reshape(ink.shape)
    assert grey[:top].sum() > 200  # "As of 12 December 2016"
    assert grey[drawn.overview.box[3] + 60:].sum() > 1000  # source line and credit below
    # Another headline, credit and source line are the editor's to set.
    words = options["words"].__class__("Aleppo falls", "Map: The Daily", "Source: SOHR")
    other = picture.draw_picture(*inputs, **{**options, "words": words})
    assert not np.array_equal(np.asarray(other.image)[:top], image[:top].astype(np.uint8))


def test_the_base_geography_is_drawn_with_its_borders(inputs, options, drawn):
    base = options["base"]
    assert base is not None and not base.borders.is_empty and not base.admin1.is_empty
    border = palette.rgb(STYLE.base.border.colour)
    left, top, right, bottom = drawn.overview.box
    hits = 0
    for line in shapely.get_parts(base.borders):
        for lon, lat in np.asarray(line.coords)[::3]:
            x, y = drawn.pixel(lon, lat)
            if left + 4 < x < right - 4 and top + 4 < y < bottom - 4:
                hits += int(_near(_pixels(drawn.image, x, y, 1), border, 40).any())
    assert hits >= 10, hits  # the Syrian borders with Turkey and Iraq cross the overview
    sea = palette.rgb(STYLE.base.sea)
    land = palette.rgb(STYLE.base.land)
    panel = np.asarray(drawn.image)[top:bottom, left:right].reshape(-1, 3).astype(int)
    assert _near(panel, land, 3).mean() > 0.3
    # Without the base geography the panel is a plain land colour: no sea, no borders.
    bare = picture.draw_picture(*inputs, **{**options, "base": None})
    plain = np.asarray(bare.image)[top:bottom, left:right].reshape(-1, 3).astype(int)
    assert _near(plain, border, 10).sum() < _near(panel, border, 10).sum()
    assert _near(plain, sea, 3).sum() == 0


def test_a_scale_bar_replaces_the_degree_ticks(inputs, drawn):
    """The bar is a round number of kilometres, as long as that many on the panel."""
    for panel in (drawn.overview, drawn.detail):
        left, _, right, bottom = panel.box
        km_per_px = picture_base.KM_PER_DEGREE / panel.scale
        km = picture_base.nice_length(0.2 * (right - left) * km_per_px)
        y = round(bottom - 12)
        row = np.asarray(drawn.image)[y, left:right].astype(int)
        dark = np.flatnonzero(np.all(row < 60, axis=1))
        assert len(dark), panel.box
        assert dark[-1] - dark[0] == pytest.approx(km / km_per_px, abs=3)
    assert picture_base.nice_length(170) == 100 and picture_base.nice_length(3.1) == 2.5


def test_sizes_card_print_and_pdf(captured):
    out = captured["out"]
    card = Image.open(out / "map.png")
    assert card.size == (1200, 630) == (picture.WIDTH, picture.HEIGHT)
    printed = Image.open(out / "map-print.png")
    assert printed.size == (3000, 1575)
    assert printed.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    pdf = (out / "map.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")
    box = re.search(rb"/MediaBox \[ 0 0 ([0-9.]+) ([0-9.]+) \]", pdf)
    assert (float(box[1]), float(box[2])) == (720, 378)  # 10 x 5.25 inches
    # The print picture is the card's layout, 2.5 times larger: the same panels.
    small = np.asarray(printed.resize(card.size, Image.Resampling.BOX)).astype(int)
    assert np.abs(small - np.asarray(card).astype(int)).mean() < 25


def test_pictures_are_deterministic_and_the_card_has_no_metadata(inputs, options):
    first = picture.render_pictures(*inputs, **options)
    assert picture.render_pictures(*inputs, **options) == first
    card = first["map.png"]
    assert card.startswith(b"\x89PNG\r\n\x1a\n")
    chunks, offset = [], 8
    while offset < len(card):
        length, kind = struct.unpack(">I4s", card[offset:offset + 8])
        chunks.append(kind.decode())
        offset += 12 + length
    assert set(chunks) == {"IHDR", "IDAT", "IEND"}, chunks  # no tEXt, no tIME
    image = Image.open(io.BytesIO(card))
    assert image.size == (picture.WIDTH, picture.HEIGHT) and image.mode == "RGB"


def test_strings_from_data_are_plain_text(inputs, options):
    """Mathtext, markup and newlines in names and titles are drawn as text, not parsed."""
    geometries, timeline, arrows, day, _, _, labels = inputs
    hostile = [("$\\frac{$ <b>x</b>", lon, lat) for _, lon, lat in labels]
    words = options["words"].__class__("Fighting: $\\frac{1 <script>alert(1)</script> ^_^",
                                       "{{credit}}\n%s", "<b>source</b> $$ {}")
    png = picture.render_picture(geometries, timeline, arrows, day, "{{city}}\n$x^2$",
                                 "Fighting: $\\frac{1 <script>alert(1)</script> ^_^ $$ %s {}",
                                 hostile, words=words, base=options["base"])
    assert Image.open(io.BytesIO(png)).size == (picture.WIDTH, picture.HEIGHT)
    assert text.plain_text("a\nb\tc") == "a b c"
    font = text.load_font(16, bold=True)
    lines = text.fit_lines("$5 " * 200, font, 300, 2)
    assert len(lines) == 2 and lines[0].startswith("$5 $5") and lines[1].endswith("…")
    assert all(font.getlength(line) <= 300 for line in lines)


def test_without_quarters_the_overview_takes_the_panels(inputs, options):
    geometries, *rest = inputs
    towns = geometries[geometries["kind"] != "quarter"]
    drawn = picture.draw_picture(towns, *rest, **options)
    assert drawn.detail is None
    assert drawn.overview.box[2] > picture.WIDTH * 0.7
    with pytest.raises(ValueError):
        drawn.pixel(38.0, 35.0, panel="detail")


def test_falls_back_to_pillows_font(inputs, monkeypatch):
    """Without DejaVu Sans (not installed), Pillow's own font draws the text."""
    monkeypatch.setattr(text, "FONT_FILES", {False: ("/nonexistent/a.ttf",),
                                                True: ("/nonexistent/b.ttf",)})
    text.load_font.cache_clear()
    try:
        png = picture.render_picture(*inputs)
    finally:
        text.load_font.cache_clear()
    assert Image.open(io.BytesIO(png)).size == (picture.WIDTH, picture.HEIGHT)


def test_dashes_cover_the_line_in_turns():
    pieces = draw.dashes([(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)], 5, 2)
    assert pieces == [[(0.0, 0.0), (5.0, 0.0)],
                      [(7.0, 0.0), (10.0, 0.0), (10.0, 2.0)],  # round the corner
                      [(10.0, 4.0), (10.0, 9.0)]]
    assert draw.dashes([(0.0, 0.0), (0.0, 3.0)], 5, 2) == [[(0.0, 0.0), (0.0, 3.0)]]
    edges = np.array([[0.0, 0.0, 10.0, 0.0], [10.0, 0.0, 0.0, 0.0]])  # one edge, twice
    dashed = draw.dashed_edges(edges, 4, 2)
    assert dashed.tolist() == [[0, 0, 4, 0], [6, 0, 10, 0]]


def test_picture_does_not_import_matplotlib():
    """The picture's import is part of every cold build: Pillow, not matplotlib."""
    code = "import sys, geo.mapping.picture; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "False"


def test_dashes_are_the_styles_as_svg_draws_them():
    """A claimed arrow of the picture shows the style's dash pattern with round caps, as
    the page's SVG does: dashes of dash + width, gaps of gap - width."""
    dash = STYLE.arrow.dashes["claimed"]
    width = STYLE.arrow.width
    canvas = view.Canvas(Image.new("RGB", (400, 40), (255, 255, 255)))
    draw.styled_line(canvas.draw, [(20.0, 20.0), (380.0, 20.0)], dash, (0, 0, 0),
                     round(width * palette.SCALE))
    row = np.asarray(canvas.image)[20, :, 0] < 128
    edges = np.flatnonzero(np.diff(row.astype(int)))
    runs = np.diff(edges)
    inked, gaps = runs[::2], runs[1::2]  # from the first dash's start
    scale = palette.SCALE
    assert abs(np.median(inked) - (dash[0] + width) * scale) <= 1, inked
    assert abs(np.median(gaps) - (dash[1] - width) * scale) <= 1, gaps
    assert draw.visible_dash(dash, width) == (dash[0] + width, dash[1] - width)


# --- the map model: regions, sites, states, front lines -----------------------------------

def test_a_region_is_drawn_in_its_holders_colour(inputs, drawn):
    """Idlib Governorate, partly held by Jabhat Fatah al-Sham (no share given): its fill,
    ringed dotted in the government's colour, as on the map."""
    geometries, timeline = inputs[0], inputs[1]
    region = geometries.set_index("id").loc["idlib-governorate"].geometry
    city = geometries.set_index("id").loc["idlib"]
    inner = region.buffer(-0.05).difference(shapely.Point(city.lon, city.lat).buffer(0.2))
    centre = polylabel(max(getattr(inner, "geoms", [inner]), key=lambda g: g.area), 1e-4)
    x, y = drawn.pixel(centre.x, centre.y)  # inside the governorate, away from Idlib city
    row = _row(timeline, "idlib-governorate")
    fill = palette.side_style(timeline.sides["jfs"], row.certainty).fill
    assert _near(_pixels(drawn.image, x, y, 3), fill, 8).mean() > 0.8


def test_a_site_is_a_symbol_in_its_holders_colour(inputs, drawn):
    timeline = inputs[1]
    x, y = drawn.pixel(37.62972, 34.5225)  # the T4 airbase, held by the government
    colour = palette.rgb(timeline.sides["government"].colour)
    disc = np.concatenate([_pixels(drawn.image, x + dx, y + dy, 0)
                           for dx, dy in [(-7, 0), (7, 0), (0, -7), (0, 7)]])
    assert _near(disc, colour, 30).sum() >= 3, disc


def test_a_share_is_drawn_as_bands_of_both_sides(inputs, options):
    geometries, timeline, arrows, _, city, title, labels = inputs
    day = dt.date(2016, 11, 30)
    drawn = picture.draw_picture(geometries, timeline, arrows, day, city, title, labels,
                                 **options)
    quarter = geometries.set_index("id").loc["sheikh-saeed"].geometry
    centre = polylabel(quarter, tolerance=1e-5)
    x, y = drawn.pixel(centre.x, centre.y, panel="detail")
    window = _pixels(drawn.image, x, y, 6)
    row = _row(timeline, "sheikh-saeed", day)
    assert (row.state, row.share) == ("partial", 67)
    opacity = STYLE.fill.opacity * STYLE.certainty[row.certainty]
    for side in ("government", "rebels"):
        colour = palette.rgb(timeline.sides[side].colour)
        expected = tuple(round(opacity * c + (1 - opacity) * b)
                         for c, b in zip(colour, palette.LAND, strict=True))
        assert _near(window, expected, 10).sum() >= 6, side


def test_front_lines_are_drawn_on_their_days(inputs, options):
    from shapely.geometry import LineString

    from geo.inputs.lines import FrontLine

    geometries, timeline, arrows, day, city, title, labels = inputs
    line = FrontLine("f", day, day, ("turkey", "isis"), "drawn", "https://example.org/f", "q",
                     LineString([(37.2, 36.0), (38.8, 35.0)]))
    drawn = picture.draw_picture(geometries, timeline, arrows, day, city, title, labels,
                                 **{**options, "lines": [line]})
    x, y = drawn.pixel(38.0, 35.5)
    assert _near(_pixels(drawn.image, x, y, 2), palette.rgb(STYLE.front.colour), 30).any()
    before = picture.draw_picture(geometries, timeline, arrows, day - dt.timedelta(days=1),
                                  city, title, labels, **{**options, "lines": [line]})
    x, y = before.pixel(38.0, 35.5)
    assert not _near(_pixels(before.image, x, y, 2), palette.rgb(STYLE.front.colour), 30).any()


def test_a_contested_quarter_is_drawn_in_stripes_of_its_sides(inputs, options):
    geometries, timeline, arrows, _, city, title, labels = inputs
    day = dt.date(2016, 12, 4)
    row = _row(timeline, "karm-al-myassar", day)
    assert (row.state, row.by) == ("contested", ("rebels",))
    drawn = picture.draw_picture(geometries, timeline, arrows, day, city, title, labels,
                                 **options)
    quarter = geometries.set_index("id").loc["karm-al-myassar"].geometry
    centre = polylabel(quarter, tolerance=1e-5)
    x, y = drawn.pixel(centre.x, centre.y, panel="detail")
    window = _pixels(drawn.image, x, y, 8)
    opacity = STYLE.fill.opacity * STYLE.certainty[row.certainty]
    for side in ("government", "rebels"):
        colour = palette.rgb(timeline.sides[side].colour)
        expected = tuple(round(opacity * c + (1 - opacity) * b)
                         for c, b in zip(colour, palette.LAND, strict=True))
        assert _near(window, expected, 10).sum() >= 10, side
