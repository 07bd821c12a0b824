"""The picture's kinds of control beyond one whole holder, drawn as the page draws them:
contested places in stripes of the sides' colours at 45 degrees, partly held ones in bands
of the holder's share, besieged and encircled ones ringed in the besieger's colour; and
sites as symbols (a disc in the holder's colour with the glyph of the site's kind)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from geo.inputs.timeline import ControlChange, Side
from geo.mapping.picture.palette import LAND, RGB, SCALE, rgb, side_style
from geo.mapping.picture.view import Canvas, circle_box
from geo.mapping.style import STYLE, Dash, ink_on

#: A fill of bands: (colour, share of the period) in turn.
Bands = tuple[tuple[RGB, float], ...]


@dataclass(frozen=True)
class StateLook:
    """How a place's state of control changes its look: ``bands`` (with ``diagonal``
    stripes when contested) instead of the holder's fill; a ``ring`` (colour, width in
    final pixels, dashes) instead of its outline when besieged or encircled."""

    bands: Bands = ()
    diagonal: bool = False
    ring: tuple[RGB, float, Dash] | None = None


def _fill_of(side: Side | None, opacity: float) -> RGB:
    colour = rgb(side.colour) if side is not None else rgb(STYLE.unknown.fill)
    return tuple(round(opacity * c + (1 - opacity) * b)  # type: ignore[return-value]
                 for c, b in zip(colour, LAND, strict=True))


def certainty_factor(row: ControlChange | None) -> float:
    """How much of the fill's opacity a holder of the row's certainty keeps."""
    return STYLE.certainty.get(row.certainty, 1.0) if row is not None else 1.0


def state_look(row: ControlChange | None, sides: dict[str, Side]) -> StateLook:
    """The look of a place held as ``row`` says (``None``: no known holder)."""
    if row is None or row.state == "whole":
        return StateLook()
    opacity = STYLE.fill.opacity * certainty_factor(row)
    if row.state == "contested":
        ids = [row.side, *(row.by or ("",))]
        return StateLook(tuple((_fill_of(sides.get(i), opacity), 1 / len(ids)) for i in ids),
                         diagonal=True)
    other = sides.get(row.by[0]) if row.by else None
    if row.state == "partial" and row.share is not None:
        share = row.share / 100
        return StateLook(((_fill_of(sides.get(row.side), opacity), share),
                          (_fill_of(other, opacity), 1 - share)))
    dash = {"encircled": STYLE.state.encircled, "partial": STYLE.state.part}.get(row.state)
    return StateLook(ring=(side_style(other).outline, STYLE.state.ring, dash))


def paint_bands(image: Image.Image, polygons: Sequence[np.ndarray], bands: Bands,
                diagonal: bool) -> None:
    """Fill ``polygons`` (rows of canvas pixels) with ``bands``: stripes of
    ``STYLE.state.stripe`` pixels per colour at 45 degrees, or horizontal bands splitting
    each stripe by the shares; aligned on the canvas, as the page's patterns are."""
    if not polygons or not bands:
        return
    left = max(0, math.floor(min(p[:, 0].min() for p in polygons)))
    top = max(0, math.floor(min(p[:, 1].min() for p in polygons)))
    right = min(image.width, math.ceil(max(p[:, 0].max() for p in polygons)) + 1)
    bottom = min(image.height, math.ceil(max(p[:, 1].max() for p in polygons)) + 1)
    if right <= left or bottom <= top:
        return
    size = STYLE.state.stripe * SCALE
    y, x = np.mgrid[top:bottom, left:right].astype(float) + 0.5
    if diagonal:
        period = size * len(bands)
        position = ((x - y) / math.sqrt(2)) % period / period
    else:
        position = y % size / size
    edges = np.cumsum([share for _, share in bands])
    index = np.minimum(np.searchsorted(edges, position, side="right"), len(bands) - 1)
    colours = np.array([colour for colour, _ in bands], dtype=np.uint8)
    fill = Image.fromarray(colours[index], "RGB")
    mask = Image.new("L", fill.size, 0)
    draw = ImageDraw.Draw(mask)
    for points in polygons:
        draw.polygon((points - (left, top)).ravel().tolist(), fill=255)
    image.paste(fill, (left, top), mask)


def draw_site(canvas: Canvas, x: float, y: float, symbol: str, row: ControlChange | None,
              sides: dict[str, Side]) -> None:
    """A site's symbol at (x, y) (final pixels): a disc in the holder's colour (its right
    half in the other side's when contested or partly held), ringed in the holder's outline
    colour (the besieger's when besieged or encircled), with the glyph of ``symbol``."""
    spec = STYLE.site
    holder = sides.get(row.side) if row is not None else None
    other = sides.get(row.by[0]) if row is not None and row.by and row.state in (
        "contested", "partial") else holder
    left = rgb(holder.colour) if holder is not None else rgb(STYLE.unknown.fill)
    right = rgb(other.colour) if other is not None else left
    box = circle_box(x * SCALE, y * SCALE, spec.radius * SCALE)
    canvas.draw.pieslice(box, 90, 270, fill=left)
    canvas.draw.pieslice(box, 270, 90, fill=right)
    look = state_look(row, sides)
    ring = look.ring[0] if look.ring else side_style(holder).outline
    width = look.ring[1] if look.ring else spec.weight
    canvas.draw.ellipse(box, outline=ring, width=max(1, round(width * SCALE)))
    ink = rgb(ink_on(holder.colour)) if holder is not None else rgb("#1a1a1a")
    scale = spec.radius * 0.62 * SCALE
    for ring_points in spec.symbols.get(symbol, spec.symbols["other"]):
        canvas.draw.polygon([(x * SCALE + px * scale, y * SCALE + py * scale)
                             for px, py in ring_points], fill=ink)


_DARK, _LIGHT = rgb("#555555"), rgb("#bdbdbd")
_CERTAINTY_KEYS = {"confirmed": "confirmed", "claimedHolder": "claimed",
                   "approximateHolder": "approximate"}


def kind_sample(canvas: Canvas, key: str, x: float, y: float, width: float) -> None:
    """A sample of one of the map's own kinds (a key of the style's legend), ``width``
    pixels wide from (x, y) on its left middle, in greys as the page's legend draws it."""
    draw = canvas.draw
    box = ((x + 2) * SCALE, (y - 5) * SCALE, (x + width - 2) * SCALE, (y + 5) * SCALE)
    corners = np.array([box[:2], (box[2], box[1]), box[2:], (box[0], box[3]), box[:2]])
    if key in ("contested", "partial"):
        bands = ((_DARK, 0.5), (_LIGHT, 0.5)) if key == "contested" else \
            ((_DARK, 0.6), (_LIGHT, 0.4))
        paint_bands(canvas.image, [corners], bands, diagonal=key == "contested")
    elif key in ("besieged", "encircled", "region"):
        draw.rectangle(box, fill=_LIGHT)
        ring = STYLE.state.ring if key != "region" else STYLE.outline.width
        dash = STYLE.state.encircled if key == "encircled" else None
        pieces = [corners.ravel().tolist()] if dash is None else [
            p for p in _dash_ring(corners, dash, ring)]
        for piece in pieces:
            draw.line(piece, fill=_DARK, width=max(1, round(ring * SCALE)))
    elif key in _CERTAINTY_KEYS:
        opacity = STYLE.fill.opacity * STYLE.certainty[_CERTAINTY_KEYS[key]]
        draw.rectangle(box, fill=tuple(round(opacity * c + (1 - opacity) * 255)
                                       for c in _DARK), outline=rgb("#333333"), width=SCALE)
    elif key == "site":
        draw_site(canvas, x + width / 2, y, "other", None, {})
    elif key == "target":
        draw.ellipse(circle_box((x + width / 2) * SCALE, y * SCALE, 5 * SCALE),
                     outline=_DARK, width=2 * SCALE)
    else:  # front lines and evacuations: a line (with a white core for an evacuation)
        line = [((x + 3) * SCALE, y * SCALE), ((x + width - 3) * SCALE, y * SCALE)]
        wide = STYLE.front.width if key == "front" else STYLE.arrow.width
        draw.line(line, fill=rgb(STYLE.front.colour) if key == "front" else _DARK,
                  width=max(1, round(wide * SCALE)))
        if key == "evacuation":
            draw.line(line, fill=(255, 255, 255),
                      width=max(1, round(STYLE.arrow.evacuation * SCALE)))


def _dash_ring(corners: np.ndarray, dash: tuple[float, float], width: float
               ) -> list[list[float]]:
    from geo.mapping.picture.draw import dashed_edges, visible_dash

    on, off = (d * SCALE for d in visible_dash(dash, width))
    return dashed_edges(np.hstack((corners[:-1], corners[1:])), on, off).tolist()
