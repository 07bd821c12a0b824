"""The picture's page size and colours, and the look of each side (fills, outline, pattern
marks), from the map's style (:data:`geo.mapping.style.STYLE`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageColor

from geo.inputs.timeline import Side
from geo.mapping.style import STYLE, outline_colour

WIDTH, HEIGHT = 1430, 715
#: Shapes are drawn this many times larger, then reduced: the antialiasing.
SCALE = 2
MARGIN = 14
PAGE = (255, 255, 255)
LAND = (244, 241, 234)  # panel background: no tiles, a plain paper colour
INK = (26, 26, 26)
GREY = (85, 85, 85)
OUTLINE = (51, 51, 51)  # areas' outlines: one colour, so that a shared edge is drawn once
#: A town marker: its radius and the width of its ring (final pixels), as on the map.
MARKER_RADIUS = STYLE.town.radius
MARKER_RING = STYLE.town.weight

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class SideStyle:
    """How a side's areas, markers and arrows are drawn: the map's fills composed over the
    panel's background (a patterned fill is the wash of the colour under its marks)."""

    colour: RGB  # the side's own colour
    outline: RGB  # its outline colour: arrows and the rings of town markers
    pattern: str  # "solid", "dots" or "hatch"
    fill: RGB  # an area's fill (for a pattern, the wash under the marks)
    mark: RGB  # the pattern's dots or lines in an area
    marker_fill: RGB  # a town marker's fill (for a pattern, the wash)
    marker_mark: RGB  # the pattern's marks in a town marker


def rgb(colour: str) -> RGB:
    """``#rrggbb`` (or any colour Pillow knows) as red, green, blue."""
    red, green, blue = ImageColor.getrgb(colour)[:3]
    return red, green, blue


def _over(colour: RGB, background: RGB, opacity: float) -> RGB:
    """``colour`` at ``opacity`` over ``background``."""
    red, green, blue = (round(opacity * c + (1 - opacity) * b)
                        for c, b in zip(colour, background, strict=True))
    return red, green, blue


@lru_cache(maxsize=64)
def _style_of(colour: str, outline: str, pattern: str, opacity: float) -> SideStyle:
    side = rgb(colour)
    wash = STYLE.pattern.wash if pattern != "solid" else 1.0
    marker = STYLE.town.opacity
    return SideStyle(side, rgb(outline), pattern,
                     fill=_over(side, LAND, opacity * wash), mark=_over(side, LAND, opacity),
                     marker_fill=_over(side, LAND, marker * wash),
                     marker_mark=_over(side, LAND, marker))


def side_style(side: Side | None, certainty: str = "confirmed") -> SideStyle:
    """How the picture draws ``side`` (``None``: a place whose holder is unknown), lighter
    as the ``certainty`` of its holding drops (the style's ``certainty``)."""
    if side is None:
        unknown = STYLE.unknown
        return _style_of(unknown.fill, unknown.outline, "solid", unknown.opacity)
    return _style_of(side.colour, outline_colour(side.colour), side.pattern,
                     STYLE.fill.opacity * STYLE.certainty.get(certainty, 1.0))
