"""The map's style: colours and their contrast against the base map (WCAG 2.1)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

#: Light colours of the OpenStreetMap Carto base map that large areas of the map sit on
#: (land, sand/desert, white): outlines and arrows must reach 3:1 contrast against all of
#: them (WCAG 2.1, 1.4.11 non-text contrast).
BASEMAP_LIGHT_COLOURS = ("#f2efe9", "#f5e9c6", "#ffffff")
MIN_GRAPHIC_CONTRAST = 3.0


def rgb_luminance(rgb: Sequence[int]) -> float:
    """WCAG relative luminance of red, green and blue channels (0 to 255)."""
    channels = [c / 255 for c in rgb]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    return rgb_luminance([int(colour[i:i + 2], 16) for i in (1, 3, 5)])


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def outline_colour(colour: str, against: Iterable[str] = BASEMAP_LIGHT_COLOURS,
                   ratio: float = MIN_GRAPHIC_CONTRAST) -> str:
    """``colour``, darkened (same hue) until it has ``ratio`` contrast against every base-map
    colour in ``against``: the stroke of areas, markers and arrows of that side."""
    colour = colour.lower()
    if not re.fullmatch(r"#[0-9a-f]{6}", colour):
        return "#333333"
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    factor = 1.0
    while True:
        candidate = "#" + "".join(f"{round(c * factor):02x}" for c in rgb)
        if all(contrast_ratio(candidate, b) >= ratio for b in against) or factor <= 0:
            return candidate
        factor = round(factor - 0.02, 2)
