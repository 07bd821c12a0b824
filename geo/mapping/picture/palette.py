"""The picture's sizes and colours, and the look of each side (fills, outline, pattern marks,
lighter as the control is less certain), from the map's style
(:data:`geo.mapping.style.STYLE`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageColor

from geo.inputs.timeline import Side
from geo.mapping.style import STYLE, outline_colour


@dataclass(frozen=True)
class PictureSize:
    """A size the picture is drawn at: ``width`` by ``height`` pixels, every length of the
    layout (type, marks, margins) times ``unit``, and its resolution for print (``dpi``)."""

    name: str
    width: int
    height: int
    unit: float
    dpi: int

    def px(self, length: float) -> int:
        """A length of the layout (pixels of the social card) at this size."""
        return round(length * self.unit)


#: The social card (Open Graph and Twitter's large image: 1200 x 630), which is map.png,
#: and the print picture (10 x 5.25 inches at 300 dpi), which is map-print.png and map.pdf.
CARD = PictureSize("card", 1200, 630, 1.0, 144)
PRINT = PictureSize("print", 3000, 1575, 2.5, 300)
WIDTH, HEIGHT = CARD.width, CARD.height
#: Shapes are drawn this many times larger, then reduced: the antialiasing.
SCALE = 2
MARGIN = 20
PAGE = (255, 255, 255)
LAND = (244, 241, 234)  # the land of the base map, under the areas' fills
INK = (26, 26, 26)
GREY = (77, 77, 77)  # 8.4:1 on white
OUTLINE = (51, 51, 51)  # areas' outlines: one colour, so that a shared edge is drawn once
#: A town marker: its radius and the width of its ring (pixels of the card), as on the map.
MARKER_RADIUS = STYLE.town.radius
MARKER_RING = STYLE.town.weight

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class SideStyle:
    """How a side's areas, markers and arrows are drawn: the map's fills composed over the
    land (a patterned fill is the wash of the colour under its marks)."""

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


def over(colour: RGB, background: RGB, opacity: float) -> RGB:
    """``colour`` at ``opacity`` over ``background``."""
    red, green, blue = (round(opacity * c + (1 - opacity) * b)
                        for c, b in zip(colour, background, strict=True))
    return red, green, blue


@lru_cache(maxsize=128)
def _style_of(colour: str, outline: str, pattern: str, opacity: float, marker: float
              ) -> SideStyle:
    side = rgb(colour)
    wash = STYLE.pattern.wash if pattern != "solid" else 1.0
    return SideStyle(side, rgb(outline), pattern,
                     fill=over(side, LAND, opacity * wash), mark=over(side, LAND, opacity),
                     marker_fill=over(side, LAND, marker * wash),
                     marker_mark=over(side, LAND, marker))


def side_style(side: Side | None, certainty: str = "confirmed") -> SideStyle:
    """How the picture draws ``side`` (``None``: a place whose holder is unknown), lighter
    as the ``certainty`` of its holding drops (the style's ``certainty``), as on the map."""
    if side is None:
        unknown = STYLE.unknown
        return _style_of(unknown.fill, unknown.outline, "solid", unknown.opacity,
                         unknown.opacity)
    factor = STYLE.certainty.get(certainty, 1.0)
    return _style_of(side.colour, outline_colour(side.colour), side.pattern,
                     STYLE.fill.opacity * factor, STYLE.town.opacity * factor)
