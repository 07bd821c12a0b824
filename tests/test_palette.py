"""The sides' colours (data/sides.csv): every two sides on the map stay apart for readers
with deuteranopia and protanopia, and keep the hues readers of war maps expect."""

from __future__ import annotations

import csv
import itertools

import pytest
from coloraide import Color

from tests.conftest import ROOT

#: CIEDE2000 difference every two sides keep, in every vision below.
MIN_DIFFERENCE = 20.0
#: Simulations of colour vision deficiency, at full severity: Viénot 1999 and Machado 2009
#: (the review's method), as coloraide implements them.
VISIONS = [("normal", None)] + [(vision, method) for vision in ("deutan", "protan")
                                 for method in ("vienot", "machado")]


def _sides() -> dict[str, str]:
    with (ROOT / "data" / "sides.csv").open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row["colour"] for row in csv.DictReader(handle)}


def _seen(colour: str, vision: str, method: str | None) -> Color:
    shown = Color(colour)
    return shown if vision == "normal" else shown.filter(vision, method=method)


@pytest.mark.parametrize(("vision", "method"), VISIONS)
def test_every_two_sides_stay_apart(vision, method):
    sides = _sides()
    close = []
    for first, second in itertools.combinations(sorted(sides), 2):
        difference = _seen(sides[first], vision, method).delta_e(
            _seen(sides[second], vision, method), method="2000")
        if difference < MIN_DIFFERENCE:
            close.append((first, second, round(difference, 1)))
    assert close == [], f"{vision} ({method}): {close}"


@pytest.mark.parametrize(("side", "hues", "lightness", "chroma"), [
    ("government", (15, 40), (0.3, 0.7), (0.15, 1)),    # red
    ("rebels", (125, 160), (0.45, 0.9), (0.1, 1)),      # green
    ("isis", None, (0, 0.3), (0, 0.03)),                # black or dark grey
    ("sdf", (75, 110), (0.78, 1), (0.12, 1)),           # yellow
    ("jfs", (200, 260), (0.35, 0.75), (0.03, 0.1)),     # grey-blue
    ("turkey", (105, 180), (0, 1), (0.08, 1)),          # a green of its own
])
def test_sides_keep_their_conventional_hues(side, hues, lightness, chroma):
    l_, c, h = Color(_sides()[side]).convert("oklch").coords(nans=False)
    assert lightness[0] <= l_ <= lightness[1] and chroma[0] <= c <= chroma[1], (side, l_, c)
    if hues:
        assert hues[0] <= h <= hues[1], (side, h)
