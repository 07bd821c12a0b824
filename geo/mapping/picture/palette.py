"""The picture's page size, colours and sizes, and the look of each side (fill, pattern,
marks)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageColor

from geo.inputs.timeline import Side
from geo.mapping.style import rgb_luminance

WIDTH, HEIGHT = 1430, 715
#: Shapes are drawn this many times larger, then reduced: the antialiasing.
SCALE = 2
MARGIN = 14
PAGE = (255, 255, 255)
LAND = (244, 241, 234)  # panel background: no tiles, a plain paper colour
INK = (26, 26, 26)
GREY = (85, 85, 85)
OUTLINE = (51, 51, 51)
UNKNOWN_SIDE = "#bdbdbd"
#: Areas are filled with their side's colour at this opacity over the panel background.
FILL_OPACITY = 0.7
#: Pixels (final size) of one period of the dot and hatch patterns.
PATTERN_PERIOD = 7
MARKER_RADIUS = 9
ARROW_DASHES = {"done": None, "claimed": (5.0, 3.0), "planned": (1.0, 3.0)}  # x line width
OUTLINE_DASH = (4.0, 2.5)

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class SideStyle:
    """The colours and pattern of a side in the picture."""

    colour: RGB  # the side's own colour (markers, arrows)
    fill: RGB  # the colour at FILL_OPACITY over the panel background (areas)
    pattern: str  # "solid", "dots" or "hatch"
    mark: RGB  # colour of the pattern's dots or lines over ``fill``
    mark_on_colour: RGB  # ... and over ``colour`` (markers)


@lru_cache(maxsize=64)
def _style_of(colour: str, pattern: str) -> SideStyle:
    red, green, blue = ImageColor.getrgb(colour)[:3]
    rgb = (red, green, blue)
    fill = _over(rgb, LAND, FILL_OPACITY)
    return SideStyle(rgb, fill, pattern, _contrasting(fill), _contrasting(rgb))


def _over(colour: RGB, background: RGB, opacity: float) -> RGB:
    """``colour`` at ``opacity`` over ``background``."""
    red, green, blue = (round(opacity * c + (1 - opacity) * b)
                        for c, b in zip(colour, background, strict=True))
    return red, green, blue


def side_style(side: Side | None) -> SideStyle:
    """How the picture draws ``side`` (``None``: a place whose holder is unknown)."""
    if side is None:
        return _style_of(UNKNOWN_SIDE, "solid")
    return _style_of(side.colour, side.pattern)


def _contrasting(rgb: RGB) -> RGB:
    """Near-black on light colours, white on dark ones (relative luminance, WCAG)."""
    return (255, 255, 255) if rgb_luminance(rgb) < 0.12 else (30, 30, 30)
