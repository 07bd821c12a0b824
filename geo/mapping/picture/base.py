"""The base geography of a panel of the picture (the sea, land and lakes, coasts, borders
and rivers, from :mod:`geo.mapping.base_geography`), its names, and its scale bar, in the
colours and widths of the map's style (``style.json``'s ``base``)."""

from __future__ import annotations

import math

import numpy as np
import shapely
from PIL import ImageDraw, ImageFont
from shapely.geometry.base import BaseGeometry

from geo.mapping.base_geography import BaseGeography, BaseLabel
from geo.mapping.picture.palette import INK, PAGE, SCALE, rgb
from geo.mapping.picture.text import overlaps, plain_text
from geo.mapping.picture.view import Box, Canvas, View, exterior_rings
from geo.mapping.style import STYLE

#: Scale bars are a round number of kilometres: these times a power of ten.
NICE = (1, 2, 2.5, 5)
#: Kilometres in a degree of latitude (the WGS 84 mean).
KM_PER_DEGREE = 111.32


def _rings(view: View, geometry: BaseGeometry) -> list[np.ndarray]:
    return [view.pixels(ring) * SCALE for ring in exterior_rings(geometry) if len(ring) >= 3]


def _holes(view: View, geometry: BaseGeometry) -> list[np.ndarray]:
    polygons = [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon"]
    return [view.pixels(np.asarray(hole.coords)[:, :2]) * SCALE
            for polygon in polygons for hole in polygon.interiors]


def draw_base(canvas: Canvas, view: View, base: BaseGeography, unit: float = 1.0) -> None:
    """The sea (the panel's background), the land, the lakes and the base lines, under the
    data."""
    style = STYLE.base
    canvas.draw.rectangle((0, 0, *canvas.image.size), fill=rgb(style.sea))
    for ring in _rings(view, base.land):
        canvas.draw.polygon(ring.ravel().tolist(), fill=rgb(style.land))
    for ring in _holes(view, base.land) + _rings(view, base.lakes):
        canvas.draw.polygon(ring.ravel().tolist(), fill=rgb(style.lake))
    looks = {"rivers": style.river, "admin1": style.admin1, "borders": style.border,
             "coast": style.coast}
    for name, lines in base.lines().items():
        look = looks[name]
        width = max(1, round(look.width * unit * SCALE))
        for part in shapely.get_parts(lines):
            points = view.pixels(np.asarray(part.coords)[:, :2]) * SCALE
            if len(points) > 1:
                canvas.draw.line(points.ravel().tolist(), fill=rgb(look.colour), width=width,
                                 joint="curve")


def draw_base_labels(draw: ImageDraw.ImageDraw, view: View, labels: tuple[BaseLabel, ...],
                     taken: list[Box], fonts: dict[str, ImageFont.FreeTypeFont],
                     skip: set[str], unit: float = 1.0) -> None:
    """The names of countries, capitals, large cities and regions inside the panel, by rank,
    centred on their points (a capital's beside its dot), where they overlap nothing in
    ``taken`` (page pixels; the boxes drawn are added); names in ``skip`` are the story's."""
    left, top, right, bottom = view.box
    colour = rgb(STYLE.base.label.colour)
    for label in labels:
        if label.name in skip:
            continue
        x, y = view.point(label.lon, label.lat)
        x, y = left + x, top + y
        font = fonts[label.kind]
        text = plain_text(label.name.upper() if label.kind == "country" else label.name)
        x0, y0, x1, y1 = font.getbbox(text, anchor="ls")
        width, ascent, descent = x1 - x0, -y0, y1
        dot = label.kind in ("capital", "city")
        cx = x + 6 * unit if dot else x - width / 2
        cy = y + ascent / 2
        box = (cx - 2, cy - ascent - 2, cx + width + 2, cy + descent + 2)
        inside = box[0] >= left and box[2] <= right and box[1] >= top and box[3] <= bottom
        if not inside or any(overlaps(box, other) for other in taken):
            continue
        taken.append(box)
        if dot:
            r = 2.5 * unit
            draw.ellipse((x - r, y - r, x + r, y + r), fill=INK)
        draw.text((cx, cy), text, font=font, fill=INK if dot else colour, anchor="ls",
                  stroke_width=max(2, round(2 * unit)), stroke_fill=PAGE)


def nice_length(km: float) -> float:
    """The round length (1, 2, 2.5 or 5 times a power of ten, km) at most ``km``.

    >>> nice_length(37.0), nice_length(0.9), nice_length(260.0)
    (25.0, 0.5, 250.0)
    """
    power = 10 ** math.floor(math.log10(km))
    return max(m * power for m in NICE if m * power <= km)


def draw_scale_bar(draw: ImageDraw.ImageDraw, view: View, font: ImageFont.FreeTypeFont,
                   unit: float = 1.0) -> Box:
    """A scale bar at the panel's bottom left: a round number of kilometres, about a
    fifth of the panel wide, measured at the panel's middle latitude; its box."""
    left, _, right, bottom = view.box
    km_per_px = KM_PER_DEGREE / view.scale
    km = nice_length(0.2 * (right - left) * km_per_px)
    length = km / km_per_px
    x, y = left + 10 * unit, bottom - 12 * unit
    label = f"{km:g} km"
    text_width = font.getlength(label)
    box = (x - 4 * unit, y - font.size - 10 * unit, x + max(length, text_width) + 6 * unit,
           y + 6 * unit)
    draw.rectangle(box, fill=PAGE)
    tick = 5 * unit
    width = max(1, round(2 * unit))
    draw.line((x, y, x + length, y), fill=INK, width=width)
    for end in (x, x + length):
        draw.line((end, y - tick, end, y), fill=INK, width=width)
    draw.text((x, y - tick - 2 * unit), label, font=font, fill=INK, anchor="ls")
    return box
