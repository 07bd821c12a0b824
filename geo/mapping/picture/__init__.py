"""A static picture of the map for one day (PNG, no tiles): for print, social cards, fallback.

Drawn with Pillow, which imports in a few hundredths of a second (matplotlib took most of a
second to import and as much again to draw). Shapes are drawn on a canvas ``SCALE`` times
larger than the picture and reduced with a box filter, which antialiases them; text is drawn
afterwards at the final size, antialiased by FreeType. Strings from data are drawn as plain
text (Pillow has no markup). The PNG carries no metadata, so two builds of the same data give
the same bytes.

The subpackage: :mod:`.layout` lays out the page (:func:`draw_picture`), :mod:`.view`
projects lon/lat into a panel, :mod:`.draw` holds the raster primitives, :mod:`.text` the
fonts and labels, :mod:`.legend` the legend and :mod:`.palette` the colours and sizes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import geopandas as gpd

from geo.inputs.lines import FrontLine
from geo.inputs.timeline import Timeline
from geo.mapping.arrows import Arrow
from geo.mapping.picture.layout import Picture, draw_picture
from geo.mapping.picture.palette import HEIGHT, MARGIN, WIDTH

__all__ = ["HEIGHT", "MARGIN", "WIDTH", "Picture", "draw_picture", "render_picture"]


def render_picture(geometries: gpd.GeoDataFrame, timeline: Timeline, arrows: list[Arrow],
                   day: dt.date, city: str, title: str, labels: list[tuple[str, float, float]],
                   *, lines: Sequence[FrontLine] = (), note: str = "") -> bytes:
    """A PNG of the control state, movements and named places on ``day``.

    Parameters are those of :func:`draw_picture`.

    Returns
    -------
    bytes
        The PNG, byte-identical for identical inputs.
    """
    return draw_picture(geometries, timeline, arrows, day, city, title, labels, lines=lines,
                        note=note).png()
