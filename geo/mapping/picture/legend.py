"""The picture's legend, of what the picture shows: a swatch per side it draws (an area and a
town marker, as drawn), then a sample of each kind of mark it draws (how sure the control
is, arrows by status, approximate boundaries, named places), worded as the map's legend
(``style.json``'s ``legend``), in rows that wrap across the page."""

from __future__ import annotations

from dataclasses import dataclass

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
    INK,
    LAND,
    MARKER_RING,
    OUTLINE,
    PAGE,
    SCALE,
    PictureSize,
    SideStyle,
    over,
    rgb,
    side_style,
)
from geo.mapping.picture.states import kind_sample
from geo.mapping.picture.text import Fonts, fit_lines
from geo.mapping.picture.view import Canvas
from geo.mapping.style import STYLE

SWATCH = (28, 16)  # an area's fill and pattern, then a town marker (card pixels)
LEGEND_MARKER = 7
SAMPLE = 30
GAP = 18
ROW = 24
#: The key's entries that this module draws; the others (the map's kinds of control,
#: certainty, sites, regions, fronts) are :func:`~geo.mapping.picture.states.kind_sample`'s.
OWN_KEYS = ("unknown", "approximate", "done", "claimed", "planned", "derived", "mention")


@dataclass(frozen=True)
class LegendContent:
    """What the picture shows: its sides, in the sides' order, and the ids of its other
    entries (keys of ``style.json``'s ``legend``)."""

    sides: tuple[Side, ...]
    keys: tuple[str, ...]


@dataclass(frozen=True)
class _Item:
    side: Side | None
    key: str
    lines: tuple[str, ...]
    indent: float  # where the words start, after the swatch
    width: float


def _items(content: LegendContent, fonts: Fonts, size: PictureSize, width: float
           ) -> list[_Item]:
    """The entries, their words wrapped (two lines at most) to fit ``width``."""
    u = size.unit
    entries: list[tuple[Side | None, str, str, float]] = [
        (side, "", side.name, (SWATCH[0] + 4 + 2 * LEGEND_MARKER + 8) * u)
        for side in content.sides]
    order = list(STYLE.legend)
    entries += [(None, key, STYLE.legend[key], (SAMPLE + 6) * u)
                for key in sorted(content.keys, key=order.index)]
    items = []
    for side, key, words, indent in entries:
        font = fonts.legend if side is not None else fonts.note
        lines = tuple(fit_lines(words, font, width - indent, 2))
        items.append(_Item(side, key, lines, indent,
                           indent + max(font.getlength(line) for line in lines)))
    return items


def _rows(content: LegendContent, fonts: Fonts, size: PictureSize, width: float
          ) -> list[list[_Item]]:
    """The entries in rows ``width`` pixels wide: the sides first, then the key."""
    rows: list[list[_Item]] = [[]]
    gap = GAP * size.unit
    for item in _items(content, fonts, size, width):
        used = sum(i.width for i in rows[-1]) + gap * len(rows[-1])
        if rows[-1] and used + item.width > width:
            rows.append([])
        rows[-1].append(item)
    return [row for row in rows if row]


def _row_height(row: list[_Item], size: PictureSize) -> float:
    return ROW * size.unit * (1 + 0.7 * (max(len(item.lines) for item in row) - 1))


def legend_height_for(content: LegendContent, fonts: Fonts, size: PictureSize,
                      width: float) -> int:
    """The height of the legend of ``content`` in rows ``width`` wide (final pixels)."""
    return round(sum(_row_height(row, size) for row in _rows(content, fonts, size, width)))


def draw_legend(page: Image.Image, content: LegendContent, fonts: Fonts, size: PictureSize,
                left: int, top: int, width: float) -> None:
    """The legend's rows from (left, top), ``width`` wide (one entry a row in a narrow
    column), swatches drawn as the map draws them."""
    u = size.unit
    height = legend_height_for(content, fonts, size, width)
    canvas = Canvas(Image.new("RGB", (round(width) * SCALE, max(1, height) * SCALE), PAGE))
    texts: list[tuple[float, float, str, bool]] = []
    y = 0.0
    for row in _rows(content, fonts, size, width):
        x, middle = 0.0, y + ROW * u / 2
        for item in row:
            if item.side is not None:
                _side_swatch(canvas, item.side, x, middle, u)
            else:
                _sample(canvas, item.key, x, middle, u)
            for number, line in enumerate(item.lines):
                texts.append((x + item.indent, middle + number * 0.7 * ROW * u, line,
                              item.side is not None))
            x += item.width + GAP * u
        y += _row_height(row, size)
    page.paste(canvas.image.reduce(SCALE), (left, top))
    draw = ImageDraw.Draw(page)
    for x, y, text, is_side in texts:
        draw.text((left + x, top + y), text, font=fonts.legend if is_side else fonts.note,
                  fill=INK, anchor="lm")


def _side_swatch(canvas: Canvas, side: Side, x: float, y: float, u: float) -> None:
    style = side_style(side)
    top = y - SWATCH[1] * u / 2
    box = (x * SCALE, top * SCALE, (x + SWATCH[0] * u) * SCALE, (top + SWATCH[1] * u) * SCALE)
    _box(canvas, box, style, u)
    draw_markers(canvas, [(x + (SWATCH[0] + 4 + LEGEND_MARKER) * u, y, style)],
                 LEGEND_MARKER * u, MARKER_RING * u, u)


def _box(canvas: Canvas, box: tuple[float, float, float, float], style: SideStyle,
         u: float) -> None:
    canvas.draw.rectangle(box, fill=style.fill)
    corners = np.array([box[:2], (box[2], box[1]), box[2:], (box[0], box[3])])
    if style.pattern != "solid":
        pattern_over(canvas.image, style.pattern, style.mark, polygons=[corners], unit=u)
    canvas.draw.rectangle(box, outline=OUTLINE, width=max(1, round(SCALE * u)))


def _kind(canvas: Canvas, key: str, x: float, y: float, u: float) -> None:
    """A sample of one of the map's own kinds, ``u`` times its card size: drawn at the
    card's size, then scaled onto the canvas."""
    if u == 1:
        kind_sample(canvas, key, x, y, SAMPLE)
        return
    small = Canvas(Image.new("RGB", (SAMPLE * SCALE, 20 * SCALE), PAGE))
    kind_sample(small, key, 0, 10, SAMPLE)
    size = (round(SAMPLE * SCALE * u), round(20 * SCALE * u))
    canvas.image.paste(small.image.resize(size, Image.Resampling.BICUBIC),
                       (round(x * SCALE), round((y - 10 * u) * SCALE)))


def _sample(canvas: Canvas, key: str, x: float, y: float, u: float) -> None:
    """A sample of a key entry, ``SAMPLE`` wide from (x, y) on its left middle."""
    box = ((x + 2 * u) * SCALE, (y - 6 * u) * SCALE, (x + (SAMPLE - 2) * u) * SCALE,
           (y + 6 * u) * SCALE)
    if key not in OWN_KEYS:
        _kind(canvas, key, x, y, u)
    elif key == "unknown":
        unknown = STYLE.unknown
        canvas.draw.rectangle(box, fill=over(rgb(unknown.fill), LAND, unknown.opacity),
                              outline=rgb(unknown.outline), width=max(1, round(SCALE * u)))
    elif key == "mention":
        draw_mention(canvas, x + SAMPLE * u / 2, y, u)
    elif key == "approximate":
        canvas.draw.rectangle(box, fill=PAGE)
        dash, width = STYLE.outline.dash_for("approximate"), STYLE.outline.width
        left, top, right, bottom = box
        edges = np.array([[left, top, right, top], [right, top, right, bottom],
                          [left, bottom, right, bottom], [left, top, left, bottom]])
        on, off = (d * SCALE * u for d in visible_dash(dash, width)) if dash else (1e9, 0)
        for piece in dashed_edges(edges, on, off).tolist():
            canvas.draw.line(piece, fill=OUTLINE, width=max(1, round(width * SCALE * u)))
    else:
        line = [((x + 4 * u) * SCALE, y * SCALE), ((x + (SAMPLE - 4) * u) * SCALE, y * SCALE)]
        width = STYLE.arrow.derived if key == "derived" else STYLE.arrow.width
        dash = STYLE.arrow.dashes.get(key)
        styled_line(canvas.draw, line, (dash[0] * u, dash[1] * u) if dash else None, OUTLINE,
                    max(1, round(width * SCALE * u)))
