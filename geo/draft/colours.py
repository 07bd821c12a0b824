"""Choose a colour for a new side that stands apart from the sides already on the map.

Each candidate of :data:`CANDIDATES` is scored by its smallest CIEDE2000 difference from
the colours in use, under normal vision and under simulated protanopia, deuteranopia and
tritanopia (coloraide's Brettel/Viénot filters); the candidate whose worst case is largest
wins. The choice is deterministic: ties go to the earlier candidate.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

from coloraide import Color

#: Saturated and mid-tone colours that read on light tiles (a Glasbey-like spread).
CANDIDATES = (
    "#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6",
    "#bfef45", "#469990", "#9a6324", "#800000", "#808000", "#000075", "#a9a9a9", "#e6beff",
    "#aaffc3", "#ffd8b1", "#00897b", "#5d4037", "#d81b60", "#1e88e5", "#fdd835", "#43a047",
    "#6a1b9a", "#ef6c00", "#00acc1", "#c0ca33", "#8d6e63", "#3949ab",
)
VISIONS = ("normal", "protan", "deutan", "tritan")


Lab = tuple[float, float, float]


@lru_cache(maxsize=1024)
def _seen(hex_colour: str, vision: str) -> Lab:
    """A colour as seen under a vision, as CIE Lab (D65) coordinates, converted once."""
    colour = Color(hex_colour)
    seen = colour if vision == "normal" else colour.filter(vision).convert("srgb")
    lightness, a, b = seen.convert("lab-d65").coords(nans=False)
    return lightness, a, b


def ciede2000(first: Lab, second: Lab) -> float:
    """The CIEDE2000 colour difference of two CIE Lab colours (Sharma, Wu and Dalal 2005;
    the same as coloraide's ``delta_e(method="2000")``, without its conversions)."""
    l1, a1, b1 = first
    l2, a2, b2 = second
    c7 = ((math.hypot(a1, b1) + math.hypot(a2, b2)) / 2) ** 7
    g = 0.5 * (1 - math.sqrt(c7 / (c7 + 25 ** 7)))
    ap1, ap2 = (1 + g) * a1, (1 + g) * a2
    cp1, cp2 = math.hypot(ap1, b1), math.hypot(ap2, b2)
    hp1 = math.degrees(math.atan2(b1, ap1)) % 360 if ap1 or b1 else 0.0
    hp2 = math.degrees(math.atan2(b2, ap2)) % 360 if ap2 or b2 else 0.0
    hdiff = hp2 - hp1
    if cp1 * cp2 == 0:
        dh = 0.0
    else:
        dh = hdiff if abs(hdiff) <= 180 else hdiff - 360 if hdiff > 180 else hdiff + 360
    big_dh = 2 * math.sqrt(cp1 * cp2) * math.sin(math.radians(dh / 2))
    lpm, cpm = (l1 + l2) / 2, (cp1 + cp2) / 2
    if cp1 * cp2 == 0:
        hpm = hp1 + hp2
    elif abs(hp1 - hp2) <= 180:
        hpm = (hp1 + hp2) / 2
    else:
        hpm = (hp1 + hp2 + 360) / 2 if hp1 + hp2 < 360 else (hp1 + hp2 - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hpm - 30)) + 0.24 * math.cos(math.radians(2 * hpm))
         + 0.32 * math.cos(math.radians(3 * hpm + 6)) - 0.2 * math.cos(math.radians(4 * hpm - 63)))
    sl = 1 + 0.015 * (lpm - 50) ** 2 / math.sqrt(20 + (lpm - 50) ** 2)
    sc, sh = 1 + 0.045 * cpm, 1 + 0.015 * cpm * t
    cpm7 = cpm ** 7
    rt = -2 * math.sqrt(cpm7 / (cpm7 + 25 ** 7)) * math.sin(
        math.radians(60 * math.exp(-(((hpm - 275) / 25) ** 2))))
    dl, dc, dhs = (l2 - l1) / sl, (cp2 - cp1) / sc, big_dh / sh
    return math.sqrt(dl ** 2 + dc ** 2 + dhs ** 2 + rt * dc * dhs)


@lru_cache(maxsize=16384)
def _difference(first: str, second: str) -> float:
    """The smallest CIEDE2000 difference of two colours over the visions (memoised)."""
    return min(ciede2000(_seen(first, vision), _seen(second, vision)) for vision in VISIONS)


def worst_difference(colour: str, others: Iterable[str]) -> float:
    """The smallest CIEDE2000 difference between ``colour`` and ``others`` in any vision."""
    return min((_difference(*sorted((colour.lower(), other.lower()))) for other in others),
               default=float("inf"))


def contrasting_colour(used: Iterable[str]) -> str:
    """The candidate that differs most from every colour in ``used`` (``#rrggbb``)."""
    used = [u.lower() for u in used]
    best, best_score = CANDIDATES[0], -1.0
    for candidate in CANDIDATES:
        if candidate in used:
            continue
        score = worst_difference(candidate, used) if used else 100.0
        if score > best_score:
            best, best_score = candidate, score
    return best
