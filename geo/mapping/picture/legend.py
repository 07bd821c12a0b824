"""The picture's legend: a swatch per side on the map (an area and a town marker, as drawn),
then a key of arrow and outline styles."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from geo.inputs.timeline import Side
from geo.mapping.picture.draw import draw_markers, pattern_over, styled_line
from geo.mapping.picture.palette import GREY, INK, MARGIN, OUTLINE, PAGE, SCALE, WIDTH, side_style
from geo.mapping.picture.text import Fonts, plain_text
from geo.mapping.picture.view import Canvas

SWATCH = (28, 16)  # an area's fill and pattern, then a town marker
LEGEND_MARKER = 7
SWATCH_WIDTH = SWATCH[0] + 4 + 2 * LEGEND_MARKER
LEGEND_GAP = 26


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


def legend_height_for(used: list[Side], fonts: Fonts) -> int:
    """The height of the legend of ``used`` (final pixels)."""
    return round(len(_legend_rows(used, fonts)) * (SWATCH[1] + 10) + fonts.note.size + 8)


def draw_legend(page: Image.Image, used: list[Side], fonts: Fonts, top: int) -> None:
    """Swatches of the sides on the map (an area and a town marker, as drawn), then a key
    of arrow and outline styles."""
    rows = _legend_rows(used, fonts)
    height = legend_height_for(used, fonts)
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
    draw_markers(canvas, [(sx + SWATCH_WIDTH - LEGEND_MARKER, sy + SWATCH[1] / 2, side_style(side))
                      for sx, sy, side in swatches], LEGEND_MARKER, ring=1.5)
    # The key: line samples drawn in the arrows' styles, then the outlines' meaning.
    key_y = y + fonts.note.size / 2 + 2
    sample, room = 34, 18
    intro, note = "Arrows:", "Dashed outlines: approximate boundaries"
    statuses = ["done", "claimed", "planned"]
    total = (fonts.note.getlength(intro) + 8 + fonts.note.getlength(note)
             + sum(sample + 6 + fonts.note.getlength(s) + room for s in statuses))
    x = (WIDTH - total) / 2
    texts = [(x, intro)]
    x += fonts.note.getlength(intro) + 8
    for status in statuses:
        line = [(x * SCALE, key_y * SCALE), ((x + sample) * SCALE, key_y * SCALE)]
        styled_line(canvas.draw, line, status, GREY, 2 * SCALE)
        texts.append((x + sample + 6, status))
        x += sample + 6 + fonts.note.getlength(status) + room
    texts.append((x, note))
    page.paste(canvas.image.reduce(SCALE), (0, top))
    draw = ImageDraw.Draw(page)
    for sx, sy, side in swatches:
        draw.text((sx + SWATCH_WIDTH + 8, top + sy + SWATCH[1] / 2), plain_text(side.name),
                  font=fonts.legend, fill=INK, anchor="lm")
    for tx, text in texts:
        draw.text((tx, top + key_y), text, font=fonts.note, fill=GREY, anchor="lm")
