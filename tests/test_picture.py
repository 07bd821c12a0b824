"""The static picture (out/map.png): colours and patterns where the data puts them, the
legend, determinism, plain text from data, and no matplotlib."""

from __future__ import annotations

import datetime as dt
import io
import struct
import subprocess
import sys

import numpy as np
import pytest
import shapely
from PIL import Image
from shapely.ops import polylabel

from geo.mapping import picture
from geo.mapping.picture import draw, palette, text, view
from geo.mapping.style import STYLE
from geo.pipeline import build
from tests.conftest import ROOT

DAY = dt.date(2016, 12, 12)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The arguments the seed build passes to ``render_picture`` (captured in a build)."""
    captured = {}
    original = picture.render_picture

    def capture(*args, **kwargs):
        captured["args"] = args
        return original(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(picture, "render_picture", capture)
        build(ROOT / "data", ROOT / "seeds", tmp_path_factory.mktemp("out"))
    return captured["args"]


@pytest.fixture(scope="module")
def drawn(inputs):
    return picture.draw_picture(*inputs)


def _pixels(image: Image.Image, x: int, y: int, half: int) -> np.ndarray:
    """The RGB pixels of a square window around (x, y), as rows of three."""
    window = np.asarray(image.crop((x - half, y - half, x + half + 1, y + half + 1)))
    return window.reshape(-1, 3).astype(int)


def _near(pixels: np.ndarray, rgb, tolerance: int = 6) -> np.ndarray:
    return np.all(np.abs(pixels - np.array(rgb)) <= tolerance, axis=1)


def _largest_quarter(inputs, side: str):
    """The largest quarter ``side`` holds on the day, and its style (its holder's fill,
    lighter as the holding is less certain)."""
    geometries, timeline, _, day = inputs[:4]
    state = timeline.control_state_on(day)
    rows = geometries[(geometries["kind"] == "quarter")
                      & geometries["id"].map(lambda i: state.get(i) == side)]
    assert len(rows), side
    index = int(np.argmax(shapely.area(np.asarray(rows.geometry))))
    certainty = [c for c in timeline.history(rows["id"].iloc[index]) if c.date <= day][-1]
    return rows.geometry.iloc[index], palette.side_style(timeline.sides[side],
                                                         certainty.certainty)


@pytest.mark.parametrize("side", ["government", "sdf"])
def test_quarter_filled_with_its_sides_colour(inputs, drawn, side):
    assert inputs[3] == DAY
    quarter, style = _largest_quarter(inputs, side)
    centre = polylabel(quarter, tolerance=1e-5)
    x, y = drawn.pixel(centre.x, centre.y, panel="detail")
    window = _pixels(drawn.image, x, y, 4)
    assert _near(window, style.fill).mean() > 0.8, (side, window[:5])
    assert style.pattern == "solid"


def test_rebel_quarters_carry_the_dot_pattern(inputs, drawn):
    """Rebels are told from the government by pattern, not only by green against red: as on
    the map, dots of their colour over a wash of it."""
    quarter, style = _largest_quarter(inputs, "rebels")
    centre = polylabel(quarter, tolerance=1e-5)
    x, y = drawn.pixel(centre.x, centre.y, panel="detail")
    assert style.pattern == "dots"
    window = _pixels(drawn.image, x, y, 8)  # two tiles of the pattern wide
    wash = _near(window, style.fill).mean()
    dots = _near(window, style.mark, 12).sum()
    assert 0.4 < wash < 0.95, wash
    assert dots >= 4, dots
    # A government quarter of the same size is one plain fill.
    quarter, government = _largest_quarter(inputs, "government")
    centre = polylabel(quarter, tolerance=1e-5)
    x, y = drawn.pixel(centre.x, centre.y, panel="detail")
    assert _near(_pixels(drawn.image, x, y, 3), government.fill).all()


def test_palmyra_marker_shows_its_holder_on_the_day(inputs):
    """ISIS holds Palmyra on 12 December, the government two days before."""
    geometries, timeline, arrows, _, city, title, labels = inputs
    lon, lat = next((lon, lat) for name, lon, lat in labels if name == "Palmyra")
    for day, side in [(DAY, "isis"), (dt.date(2016, 12, 10), "government")]:
        assert timeline.control_state_on(day)["palmyra"] == side
        drawn = picture.draw_picture(geometries, timeline, arrows, day, city, title, labels)
        x, y = drawn.pixel(lon, lat)
        colour = palette.side_style(timeline.sides[side]).marker_fill
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
    row = [c for c in timeline.history("deir-ez-zor") if c.date <= DAY][-1]
    assert (row.side, row.state, row.by) == ("government", "besieged", ("isis",))
    x, y = drawn.pixel(lon, lat)
    fill = palette.side_style(timeline.sides["government"], row.certainty).marker_fill
    ring = palette.side_style(timeline.sides["isis"]).outline
    inside = _pixels(drawn.image, x + 5, y, 1)
    edge = np.concatenate([_pixels(drawn.image, x + dx, y + dy, 0) for dx, dy in
                           [(10, 0), (-10, 0), (0, 10), (0, -10)]])
    assert _near(inside, fill, 25).any(), inside
    assert _near(edge, ring, 40).sum() >= 2, edge


def test_legend_has_a_swatch_for_every_side_on_the_map(inputs, drawn):
    timeline = inputs[1]
    held = set(timeline.control_state_on(DAY).values())
    legend = np.asarray(drawn.image)[drawn.detail.box[3] + 24:].reshape(-1, 3).astype(int)
    for side in timeline.sides.values():
        found = _near(legend, palette.side_style(side).fill, 3).sum()
        if side.id in held:
            assert found >= 150, side.id
    assert {"government", "rebels", "isis", "sdf", "jfs"} <= held


def test_png_is_deterministic_and_has_no_metadata(inputs):
    first = picture.render_picture(*inputs)
    assert picture.render_picture(*inputs) == first
    assert first.startswith(b"\x89PNG\r\n\x1a\n")
    chunks, offset = [], 8
    while offset < len(first):
        length, kind = struct.unpack(">I4s", first[offset:offset + 8])
        chunks.append(kind.decode())
        offset += 12 + length
    assert set(chunks) == {"IHDR", "IDAT", "IEND"}, chunks  # no tEXt, no tIME
    image = Image.open(io.BytesIO(first))
    assert image.size == (picture.WIDTH, picture.HEIGHT) and image.mode == "RGB"


def test_strings_from_data_are_plain_text(inputs):
    """Mathtext, markup and newlines in names and titles are drawn as text, not parsed."""
    geometries, timeline, arrows, day, _, _, labels = inputs
    hostile = [("$\\frac{$ <b>x</b>", lon, lat) for _, lon, lat in labels]
    png = picture.render_picture(geometries, timeline, arrows, day, "{{city}}\n$x^2$",
                                 "Fighting: $\\frac{1 <script>alert(1)</script> ^_^ $$ %s {}",
                                 hostile)
    assert Image.open(io.BytesIO(png)).size == (picture.WIDTH, picture.HEIGHT)
    assert text.plain_text("a\nb\tc") == "a b c"
    font = text.load_font(16, bold=True)
    lines = text.fit_lines("$5 " * 200, font, 300, 2)
    assert len(lines) == 2 and lines[0].startswith("$5 $5") and lines[1].endswith("…")
    assert all(font.getlength(line) <= 300 for line in lines)


def test_without_quarters_the_overview_takes_the_page(inputs):
    geometries, *rest = inputs
    towns = geometries[geometries["kind"] != "quarter"]
    drawn = picture.draw_picture(towns, *rest)
    assert drawn.detail is None
    assert drawn.overview.box[2] == picture.WIDTH - picture.MARGIN
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


def test_ticks_are_round_degrees():
    assert text.round_ticks(36.14, 36.26, 5) == ([36.15, 36.175, 36.2, 36.225, 36.25], 3)
    assert text.round_ticks(36.3, 42.9, 7) == ([37.0, 38.0, 39.0, 40.0, 41.0, 42.0], 0)
    assert text.round_ticks(36.3, 42.9, 3) == ([37.5, 40.0, 42.5], 1)
    assert text.degrees_label(-3.5, 1, "EW") == "3.5°W"


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

def test_a_region_is_drawn_in_its_holders_colour_with_its_ring(inputs, drawn):
    """Idlib Governorate, partly held by Jabhat Fatah al-Sham (no share given): its fill,
    ringed dotted in the government's colour, as on the map."""
    timeline = inputs[1]
    x, y = drawn.pixel(36.45, 35.55)  # inside the governorate, away from Idlib city
    fill = palette.side_style(timeline.sides["jfs"]).fill
    assert _near(_pixels(drawn.image, x, y, 3), fill, 8).mean() > 0.8


def test_a_site_is_a_symbol_in_its_holders_colour(inputs, drawn):
    timeline = inputs[1]
    x, y = drawn.pixel(37.62972, 34.5225)  # the T4 airbase, held by the government
    colour = palette.rgb(timeline.sides["government"].colour)
    disc = np.concatenate([_pixels(drawn.image, x + dx, y + dy, 0)
                           for dx, dy in [(-7, 0), (7, 0), (0, -7), (0, 7)]])
    assert _near(disc, colour, 30).sum() >= 3, disc


def test_a_share_is_drawn_as_bands_of_both_sides(inputs):
    geometries, timeline, arrows, _, city, title, labels = inputs
    day = dt.date(2016, 11, 30)
    drawn = picture.draw_picture(geometries, timeline, arrows, day, city, title, labels)
    quarter = geometries.set_index("id").loc["sheikh-saeed"].geometry
    centre = polylabel(quarter, tolerance=1e-5)
    x, y = drawn.pixel(centre.x, centre.y, panel="detail")
    window = _pixels(drawn.image, x, y, 6)
    row = [c for c in timeline.history("sheikh-saeed") if c.date <= day][-1]
    assert (row.state, row.share) == ("partial", 67)
    opacity = STYLE.fill.opacity * STYLE.certainty[row.certainty]
    for side in ("government", "rebels"):
        colour = palette.rgb(timeline.sides[side].colour)
        expected = tuple(round(opacity * c + (1 - opacity) * b)
                         for c, b in zip(colour, palette.LAND, strict=True))
        assert _near(window, expected, 10).sum() >= 6, side


def test_front_lines_are_drawn_on_their_days(inputs):
    from shapely.geometry import LineString

    from geo.inputs.lines import FrontLine

    geometries, timeline, arrows, day, city, title, labels = inputs
    line = FrontLine("f", day, day, ("turkey", "isis"), "drawn", "https://example.org/f", "q",
                     LineString([(37.2, 36.0), (38.8, 35.0)]))
    drawn = picture.draw_picture(geometries, timeline, arrows, day, city, title, labels,
                                 lines=[line])
    x, y = drawn.pixel(38.0, 35.5)
    assert _near(_pixels(drawn.image, x, y, 2), palette.rgb(STYLE.front.colour), 30).any()
    before = picture.draw_picture(geometries, timeline, arrows, day - dt.timedelta(days=1),
                                  city, title, labels, lines=[line])
    x, y = before.pixel(38.0, 35.5)
    assert not _near(_pixels(before.image, x, y, 2), palette.rgb(STYLE.front.colour), 30).any()


def test_a_contested_quarter_is_drawn_in_stripes_of_its_sides(inputs):
    geometries, timeline, arrows, _, city, title, labels = inputs
    day = dt.date(2016, 12, 4)
    row = [c for c in timeline.history("karm-al-myassar") if c.date <= day][-1]
    assert (row.state, row.by) == ("contested", ("rebels",))
    drawn = picture.draw_picture(geometries, timeline, arrows, day, city, title, labels)
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
