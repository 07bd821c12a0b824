"""The map's style: one specification (``style.json``) that the page and the picture both
draw from, and colours' contrast against the base map (WCAG 2.1).

The page gets the document itself in its payload (``payload["style"]``, read by
``assets/styles.js``, ``patterns.js``, ``layers.js`` and ``legend.js``); the picture reads the
same values through :data:`STYLE`. Lengths are CSS pixels (the picture's pixels at its final
size); a dash pattern is ``[dash, gap]`` as SVG's ``stroke-dasharray`` takes it, for a line
with round caps, so a dash shows ``dash + width`` long and a gap ``gap - width``. The sides'
colours and patterns are data (``data/sides.csv``), not style.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, get_type_hints

SPEC_PATH = Path(__file__).resolve().with_name("style.json")

#: A dash pattern, ``(dash, gap)`` in pixels, or ``None`` for a solid line.
Dash = tuple[float, float] | None
#: A site's glyph: polygons of (x, y) points in a square from -1 to 1, y down (as SVG).
Glyph = tuple[tuple[tuple[float, float], ...], ...]


@dataclass(frozen=True)
class ContrastStyle:
    """Light colours of the OpenStreetMap Carto base map that large areas of the map sit on
    (land, sand/desert, white), and the contrast ratio that outlines and arrows must reach
    against all of them (WCAG 2.1, 1.4.11 non-text contrast)."""

    basemap: tuple[str, ...]
    minimum: float


@dataclass(frozen=True)
class FillStyle:
    """The fill of an area (a side's colour, or its pattern) over the map."""

    opacity: float


@dataclass(frozen=True)
class UnknownStyle:
    """How a place is drawn whose holder is not a known side."""

    fill: str
    outline: str
    opacity: float


@dataclass(frozen=True)
class PatternStyle:
    """A patterned side's fill: a square tile of ``tile`` pixels, washed with the side's
    colour at ``wash`` opacity, under marks in the side's colour: "/" lines ``hatch``
    pixels wide through the tile's corners, or a dot of radius ``dot`` at its centre."""

    tile: float
    wash: float
    hatch: float
    dot: float


@dataclass(frozen=True)
class OutlineStyle:
    """An area's outline: ``width`` (``taken`` on the day it changes hands), dashed by the
    precision of its boundary (the key a precision starts with)."""

    width: float
    taken: float
    dashes: Mapping[str, Dash]

    def dash_for(self, precision: str) -> Dash:
        """The dash pattern of a boundary of ``precision`` (``None``: solid)."""
        return next((d for key, d in self.dashes.items() if precision.startswith(key)), None)


@dataclass(frozen=True)
class StateStyle:
    """How control beyond one whole holder looks. Contested: stripes ``stripe`` pixels wide
    in turn in the colours of the sides fighting over the place, at 45 degrees. Partly held:
    horizontal bands, the holder's colour over its share of each ``stripe``, the rest in the
    colour of the side holding the rest (or the unknown fill); where no share is given, the
    holder's fill with an outline ``ring`` wide in the other side's colour, dotted ``part``.
    Besieged: the outline ``ring`` pixels wide in the besieger's outline colour; encircled:
    the same, dashed ``encircled``."""

    stripe: float
    ring: float
    encircled: Dash
    part: Dash


@dataclass(frozen=True)
class ArrowStyle:
    """A movement's arrow: shaft ``width`` (``derived`` for advances derived from quarters
    changing hands), ``opacity``, head outline ``head`` wide, dashes by status. The head,
    ``head_length`` by ``head_width`` pixels at any zoom, is filled with the colour when the
    movement is done, white otherwise. An evacuation's shaft has a white core
    ``evacuation`` pixels wide. A movement with no origin is a ring of radius ``target``
    round its target, in the shaft's width and dashes."""

    width: float
    derived: float
    opacity: float
    head: float
    head_length: float
    head_width: float
    dashes: Mapping[str, Dash]
    evacuation: float
    target: float


@dataclass(frozen=True)
class SiteStyle:
    """A site's marker: a disc of ``radius`` in its holder's colour, ringed ``weight`` wide
    in the holder's outline colour, with the glyph of its kind (``symbols``) in the ink
    that contrasts with the fill."""

    radius: float
    weight: float
    symbols: Mapping[str, Glyph]


@dataclass(frozen=True)
class FrontStyle:
    """A front line: ``width`` pixels of ``colour`` on a white casing ``casing`` wide,
    dashed by the precision of the line (the key a precision starts with)."""

    colour: str
    width: float
    casing: float
    dashes: Mapping[str, Dash]


@dataclass(frozen=True)
class TownStyle:
    """A town's marker: a circle in its holder's fill (``opacity``, lighter as the holder
    is less certain, as the areas), ringed ``weight`` wide in the holder's outline colour
    (a state's ring when besieged or encircled)."""

    radius: float
    weight: float
    opacity: float


@dataclass(frozen=True)
class EventStyle:
    """An event's marker: a diamond ``size`` pixels across in the side's colour (white
    inside when the event is only claimed), its ring ``weight`` wide; set ``offset`` pixels
    above and left of its place (its name is on the right), the events of one place and
    day ``spacing`` apart, so that none hides the place's holder."""

    size: float
    weight: float
    offset: float
    spacing: float


@dataclass(frozen=True)
class DraftStyle:
    """A draft no one has reviewed: a hollow circle of ``radius`` with a dashed ring
    (``dash``) ``weight`` wide in ``colour``, a neutral magenta no side is given, and the
    word ``label`` beside it on a ``halo``; never a side's fill."""

    colour: str
    weight: float
    dash: Dash
    radius: float
    label: str
    halo: str


@dataclass(frozen=True)
class BadgeStyle:
    """The mark of control as the article reports it: ``letter`` in ``text`` on a ``fill``
    square ``size`` pixels wide, beside the place."""

    fill: str
    text: str
    size: float
    letter: str


@dataclass(frozen=True)
class MentionStyle:
    """The marker of a place the article names: ``radius`` plus ``radius_per_root_count``
    times the square root of its mentions, at most ``max_radius``; on a town's marker a
    small dot (``on_town_radius``, ``on_town_weight``) so that the town's fill shows."""

    stroke: str
    fill: str
    opacity: float
    radius: float
    radius_per_root_count: float
    max_radius: float
    weight: float
    on_town_radius: float
    on_town_weight: float


@dataclass(frozen=True)
class LineStyle:
    """A line of the base map: its colour and width."""

    colour: str
    width: float


@dataclass(frozen=True)
class LabelStyle:
    """The names of the base map: dark grey text on a white halo."""

    colour: str
    halo: str


@dataclass(frozen=True)
class BaseStyle:
    """The base geography under the data (Natural Earth, :mod:`geo.mapping.base_geography`):
    the sea (the map's background), land and lakes, and the lines of coasts, borders between
    countries and between first-level units, and rivers."""

    sea: str
    land: str
    lake: str
    coast: LineStyle
    border: LineStyle
    admin1: LineStyle
    river: LineStyle
    label: LabelStyle


@dataclass(frozen=True)
class MapStyle:
    """The whole specification. ``certainty`` scales the fill's opacity by the certainty
    of the holder (``confirmed``, ``claimed``, ``approximate``); ``legend`` holds the
    legend's words of each entry, by the entry's id (the ids of ``assets/key.js`` and of
    the picture's legend): the arrows by status (``done``, ``claimed``, ``planned``,
    ``derived``), ``approximate`` boundaries, ``event`` and ``eventClaimed`` markers,
    ``mention``, the kinds of control, certainty, sites, regions, front lines, evacuations
    and disputes, ``unknown`` holders, ``taken`` on the day, the ``article``'s reports and
    ``draft``s no one has reviewed."""

    about: str
    contrast: ContrastStyle
    fill: FillStyle
    certainty: Mapping[str, float]
    unknown: UnknownStyle
    pattern: PatternStyle
    outline: OutlineStyle
    state: StateStyle
    arrow: ArrowStyle
    town: TownStyle
    site: SiteStyle
    front: FrontStyle
    event: EventStyle
    draft: DraftStyle
    badge: BadgeStyle
    mention: MentionStyle
    legend: Mapping[str, str]
    base: BaseStyle


def _json_key(name: str) -> str:
    """``radius_per_root_count`` -> ``radiusPerRootCount`` (the payload's spelling)."""
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


_MAPPINGS: dict[Any, Any] = {Mapping[str, Dash]: Dash, Mapping[str, str]: str,
                             Mapping[str, float]: float, Mapping[str, Glyph]: Glyph}


def _value(hint: Any, value: Any, where: str) -> Any:
    if is_dataclass(hint) and isinstance(hint, type):
        return _record(hint, value, where)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected text, got {value!r}")
        return value
    if hint == tuple[str, ...]:
        return tuple(_value(str, v, f"{where}[{i}]") for i, v in enumerate(value))
    if hint == Dash:
        if value is None:
            return None
        if not isinstance(value, list) or len(value) != 2:
            raise ValueError(f"{where}: expected [dash, gap] or null, got {value!r}")
        return (_value(float, value[0], where), _value(float, value[1], where))
    if hint == Glyph:
        if not isinstance(value, list) or not all(
                isinstance(ring, list) and len(ring) >= 3 and all(
                    isinstance(p, list) and len(p) == 2 for p in ring) for ring in value):
            raise ValueError(f"{where}: expected polygons of [x, y] points, got {value!r}")
        return tuple(tuple((_value(float, x, where), _value(float, y, where))
                           for x, y in ring) for ring in value)
    if hint in _MAPPINGS:
        if not isinstance(value, dict):
            raise ValueError(f"{where}: expected an object, got {value!r}")
        inner = _MAPPINGS[hint]
        return MappingProxyType({k: _value(inner, v, f"{where}.{k}") for k, v in value.items()})
    raise TypeError(f"{where}: no reader for {hint!r}")


def _record(cls: type, data: Any, where: str) -> Any:
    """``cls`` from a JSON object with exactly its fields (camelCase keys)."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected an object, got {data!r}")
    hints = get_type_hints(cls)
    keys = {_json_key(f.name): f.name for f in fields(cls)}
    unknown, missing = sorted(set(data) - set(keys)), sorted(set(keys) - set(data))
    if unknown or missing:
        raise ValueError(f"{where}: unknown keys {unknown}, missing keys {missing}")
    return cls(**{name: _value(hints[name], data[key], f"{where}.{key}")
                  for key, name in keys.items()})


@lru_cache(maxsize=4)
def _spec_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def style_document(path: Path = SPEC_PATH) -> dict:
    """The specification as the page gets it: the JSON document of ``style.json``."""
    return json.loads(_spec_text(path))


def load_style(path: Path = SPEC_PATH) -> MapStyle:
    """The specification, checked: every key of every record there, and nothing else.

    Raises
    ------
    ValueError
        Naming the key that is missing, unknown or of the wrong type.
    """
    return _record(MapStyle, style_document(path), path.name)


#: The map's style (from ``style.json``).
STYLE: MapStyle = load_style()
BASEMAP_LIGHT_COLOURS = STYLE.contrast.basemap
MIN_GRAPHIC_CONTRAST = STYLE.contrast.minimum


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


def ink_on(colour: str) -> str:
    """Near-black or white, whichever contrasts more with ``colour``: the ink of a glyph or
    a label drawn on a fill of that colour."""
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        return "#ffffff"
    dark, light = "#1a1a1a", "#ffffff"
    return dark if contrast_ratio(colour, dark) >= contrast_ratio(colour, light) else light


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
