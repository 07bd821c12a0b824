"""Choose a colour for a new side that stands apart from the sides already on the map.

Each candidate of :data:`CANDIDATES` is scored by its smallest CIEDE2000 difference from
the colours in use, under normal vision and under simulated protanopia, deuteranopia and
tritanopia (coloraide's Brettel/Viénot filters); the candidate whose worst case is largest
wins. The choice is deterministic: ties go to the earlier candidate.
"""

from __future__ import annotations

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


@lru_cache(maxsize=512)
def _seen(hex_colour: str, vision: str) -> Color:
    colour = Color(hex_colour)
    return colour if vision == "normal" else colour.filter(vision).convert("srgb")


@lru_cache(maxsize=8192)
def _difference(first: str, second: str) -> float:
    """The smallest CIEDE2000 difference of two colours over the visions (memoised)."""
    return min(_seen(first, vision).delta_e(_seen(second, vision), method="2000")
               for vision in VISIONS)


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
