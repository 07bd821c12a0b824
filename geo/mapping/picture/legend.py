"""The picture's legend: a swatch per side on the map (an area and a town marker, as drawn),
then a key of arrow and outline styles."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from geo.inputs.timeline import Side
from geo.mapping.picture.draw import (
    dashed_edges,
    draw_markers,
    draw_mention,
    pattern_over,
    styled_line,
    visible_dash,
)
from geo.mapping.picture.palette import (
    GREY,
    INK,
    MARGIN,
    MARKER_RING,
    OUTLINE,
    PAGE,
    SCALE,
    WIDTH,
    side_style,
)
from geo.mapping.picture.states import kind_sample
from geo.mapping.picture.text import Fonts, plain_text
from geo.mapping.picture.view import Canvas
from geo.mapping.style import STYLE

SWATCH = (28, 16)  # an area's fill and pattern, then a town marker
LEGEND_MARKER = 7
SWATCH_WIDTH = SWATCH[0] + 4 + 2 * LEGEND_MARKER
LEGEND_GAP = 26
SAMPLE = 28  # the width of a sample in the key, as in the page's legend
KEY_GAP = 18


def _legend_rows(used: list[Side], fonts: Fonts) -> list[list[tuple[Side, float]]]:
    """The sides' legend entries (side, width) in rows that fit the page."""
    rows: list[list[tuple[Side, float]]] = [[]]
    room = WIDTH - 2 * MARGIN
    for side in used:
        width = SWATCH_WIDTH + 8 + fonts.legend.getlength(plain_text(side.name))
        row_width = sum(w for _, w in rows[-1]) + LEGEND_GAP * len(rows[-1])
        if rows[-1] and row_width + width > room:
            rows.append([])
        rows[-1].append((side, width))
    return [row for row in rows if row]


#: The key entries every picture has: arrows by status, approximate outlines, named places.
BASE_KEYS = ("done", "claimed", "planned", "approximate", "mention")
KEY_ROW = 18  # the height of a row of the key (final pixels)


def _key_rows(keys: list[str], fonts: Fonts) -> list[list[str]]:
    """The key's entries (the base ones, then ``keys``) in rows that fit the page."""
    rows: list[list[str]] = [[]]
    room = WIDTH - 2 * MARGIN
    for key in [*BASE_KEYS, *keys]:
        width = SAMPLE + 6 + fonts.note.getlength(STYLE.legend[key]) + KEY_GAP
        if rows[-1] and sum(_key_width(k, fonts) for k in rows[-1]) + width > room:
            rows.append([])
        rows[-1].append(key)
    return rows


def _key_width(key: str, fonts: Fonts) -> float:
    return SAMPLE + 6 + fonts.note.getlength(STYLE.legend[key]) + KEY_GAP


def legend_height_for(used: list[Side], fonts: Fonts, keys: list[str] | None = None) -> int:
    """The height of the legend of ``used`` and the key entries ``keys`` (final pixels)."""
    key_rows = len(_key_rows(keys or [], fonts))
    return round(len(_legend_rows(used, fonts)) * (SWATCH[1] + 10) + fonts.note.size + 8
                 + (key_rows - 1) * KEY_ROW)


def draw_legend(page: Image.Image, used: list[Side], fonts: Fonts, top: int,
                keys: list[str] | None = None) -> None:
    """Swatches of the sides on the map (an area and a town marker, as drawn), then the
    key of arrows, outlines and named places, and of the map's own kinds in ``keys``
    (states of control, certainties, regions, sites, evacuations: the style's legend keys)."""
    rows = _legend_rows(used, fonts)
    height = legend_height_for(used, fonts, keys)
    canvas = Canvas(Image.new("RGB", (WIDTH * SCALE, height * SCALE), PAGE))
    swatches: list[tuple[float, float, Side]] = []
    y = 0
    for row in rows:
        x = (WIDTH - sum(w for _, w in row) - LEGEND_GAP * (len(row) - 1)) / 2
        for side, width in row:
            swatches.append((x, y, side))
            x += width + LEGEND_GAP
        y += SWATCH[1] + 10
    for sx, sy, side in swatches:
        style = side_style(side)
        box = (sx * SCALE, sy * SCALE, (sx + SWATCH[0]) * SCALE, (sy + SWATCH[1]) * SCALE)
        canvas.draw.rectangle(box, fill=style.fill)
        if style.pattern != "solid":
            corners = np.array([box[:2], (box[2], box[1]), box[2:], (box[0], box[3])])
            pattern_over(canvas.image, style.pattern, style.mark, polygons=[corners])
        canvas.draw.rectangle(box, outline=OUTLINE, width=SCALE)
    draw_markers(canvas, [(sx + SWATCH_WIDTH - LEGEND_MARKER, sy + SWATCH[1] / 2,
                           side_style(side)) for sx, sy, side in swatches],
                 LEGEND_MARKER, MARKER_RING)
    texts = _key(canvas, fonts, y + fonts.note.size / 2 + 2, keys or [])
    page.paste(canvas.image.reduce(SCALE), (0, top))
    draw = ImageDraw.Draw(page)
    for sx, sy, side in swatches:
        draw.text((sx + SWATCH_WIDTH + 8, top + sy + SWATCH[1] / 2), plain_text(side.name),
                  font=fonts.legend, fill=INK, anchor="lm")
    for tx, ty, text in texts:
        draw.text((tx, top + ty), text, font=fonts.note, fill=GREY, anchor="lm")


def _key(canvas: Canvas, fonts: Fonts, y: float, keys: list[str]
         ) -> list[tuple[float, float, str]]:
    """The key, in rows from ``y``: samples of the arrows by status, of an approximate
    boundary, of a named place and of ``keys``, drawn and worded as on the map (the style's
    legend); returns where its words go."""
    texts = []
    for row in _key_rows(keys, fonts):
        x = (WIDTH - sum(_key_width(k, fonts) for k in row) + KEY_GAP) / 2
        for entry in row:
            text = STYLE.legend[entry]
            _sample(canvas, entry, x, y)
            texts.append((x + SAMPLE + 6, y, text))
            x += _key_width(entry, fonts)
        y += KEY_ROW
    return texts


def _sample(canvas: Canvas, entry: str, x: float, y: float) -> None:
    """A sample of a key entry, ``SAMPLE`` pixels wide from (x, y) on its left middle."""
    if entry not in BASE_KEYS:
        kind_sample(canvas, entry, x, y, SAMPLE)
    elif entry == "mention":
        draw_mention(canvas, x + SAMPLE / 2, y)
    elif entry == "approximate":
        dash = STYLE.outline.dash_for(entry)
        width = STYLE.outline.width
        left, top, right, bottom = ((x + 2) * SCALE, (y - 5) * SCALE, (x + SAMPLE - 2) * SCALE,
                                    (y + 5) * SCALE)
        canvas.draw.rectangle((left, top, right, bottom), fill=PAGE)
        edges = np.array([[left, top, right, top], [right, top, right, bottom],
                          [left, bottom, right, bottom], [left, top, left, bottom]])
        on, off = (d * SCALE for d in visible_dash(dash, width)) if dash else (1e9, 0)
        for piece in dashed_edges(edges, on, off).tolist():
            canvas.draw.line(piece, fill=OUTLINE, width=max(1, round(width * SCALE)))
    else:
        line = [((x + 4) * SCALE, y * SCALE), ((x + SAMPLE - 4) * SCALE, y * SCALE)]
        styled_line(canvas.draw, line, STYLE.arrow.dashes.get(entry), OUTLINE,
                    max(1, round(STYLE.arrow.width * SCALE)))
