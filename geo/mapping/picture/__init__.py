"""A static picture of the map for one day (no tiles): the social card (``map.png``, 1200 x
630) and the print picture (``map-print.png`` at 300 dpi, and ``map.pdf``).

Drawn with Pillow, which imports in a few hundredths of a second (matplotlib took most of a
second to import and as much again to draw). Shapes are drawn on a canvas ``SCALE`` times
larger than the picture and reduced with a box filter, which antialiases them; text is drawn
afterwards at the final size, antialiased by FreeType. Strings from data are drawn as plain
text (Pillow has no markup). The PNG carries no metadata (the print picture its resolution),
and the PDF is dated by the map's day, so two builds of the same data give the same bytes.
The PDF is Pillow's: one page holding the print raster, not vectors.

The subpackage: :mod:`.layout` lays out the page (:func:`draw_picture`), :mod:`.view`
projects lon/lat into a panel, :mod:`.base` draws the base geography and the scale bar,
:mod:`.draw` holds the raster primitives, :mod:`.text` the fonts and labels, :mod:`.legend`
the legend and :mod:`.palette` the sizes, colours and the look of a side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import geopandas as gpd

from geo.inputs.lines import FrontLine
from geo.inputs.timeline import Timeline
from geo.mapping.arrows import Arrow
from geo.mapping.base_geography import BaseGeography
from geo.mapping.masthead import Masthead
from geo.mapping.picture.layout import Label, Picture, draw_picture
from geo.mapping.picture.palette import CARD, HEIGHT, MARGIN, PRINT, WIDTH, PictureSize

__all__ = ["CARD", "HEIGHT", "MARGIN", "PRINT", "WIDTH", "Picture", "PictureSize",
           "draw_picture", "render_picture", "render_pictures"]


def render_picture(geometries: gpd.GeoDataFrame, timeline: Timeline, arrows: list[Arrow],
                   day: dt.date, city: str, title: str, labels: list[Label], *,
                   words: Masthead | None = None, base: BaseGeography | None = None,
                   quarters: list[Label] | None = None, lines: Sequence[FrontLine] = (),
                   note: str = "") -> bytes:
    """The social card (PNG) of the control state, movements and named places on ``day``.

    Parameters are those of :func:`draw_picture`.

    Returns
    -------
    bytes
        The PNG, byte-identical for identical inputs.
    """
    return draw_picture(geometries, timeline, arrows, day, city, title, labels, words=words,
                        base=base, quarters=quarters, lines=lines, note=note).png()


def render_pictures(geometries: gpd.GeoDataFrame, timeline: Timeline, arrows: list[Arrow],
                    day: dt.date, city: str, title: str, labels: list[Label], *,
                    words: Masthead | None = None, base: BaseGeography | None = None,
                    quarters: list[Label] | None = None, lines: Sequence[FrontLine] = (),
                    note: str = "") -> dict[str, bytes]:
    """The pictures of a build by file name: ``map.png`` (the social card),
    ``map-print.png`` (300 dpi) and ``map.pdf`` (the print picture as a PDF page)."""
    card = draw_picture(geometries, timeline, arrows, day, city, title, labels, words=words,
                        base=base, quarters=quarters, lines=lines, note=note)
    printed = draw_picture(geometries, timeline, arrows, day, city, title, labels, words=words,
                           base=base, quarters=quarters, size=PRINT, lines=lines, note=note)
    headline = words.headline if words is not None else title
    return {"map.png": card.png(), "map-print.png": printed.png(),
            "map.pdf": printed.pdf(headline, day)}
