"""Raster primitives of the picture, on a supersampled canvas: areas with patterns and
dashed outlines, arrows, town markers, dashes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import numpy as np
import shapely
from PIL import Image, ImageChops, ImageDraw

from geo.inputs.lines import FrontLine
from geo.mapping.arrows import Arrow
from geo.mapping.picture.palette import OUTLINE, PAGE, RGB, SCALE, SideStyle, rgb, side_style
from geo.mapping.picture.states import StateLook, paint_bands
from geo.mapping.picture.view import Box, Canvas, View, circle_box
from geo.mapping.style import STYLE, Dash


@dataclass
class Area:
    """A place to fill: its rings, its holder's style, and the dashes of its outline
    (``None``: solid), by the precision of its boundary."""

    rings: list[np.ndarray]  # exterior rings, lon/lat
    style: SideStyle
    dash: Dash
    look: StateLook = field(default_factory=StateLook)


def visible_dash(dash: tuple[float, float], width: float) -> tuple[float, float]:
    """The dash and gap a line ``width`` wide shows with round caps, as SVG draws
    ``stroke-dasharray`` (each cap adds half the width to its dash)."""
    return dash[0] + width, max(0.0, dash[1] - width)


def draw_areas(canvas: Canvas, view: View, areas: list[Area], outline: float) -> None:
    """Fill ``areas`` (pattern over the fill where the side has one), then their outlines
    ``outline`` pixels wide: dashed where the style dashes the boundary's precision; each
    shared edge is drawn once."""
    rings = [(area, ring) for area in areas for ring in area.rings if len(ring) >= 3]
    if not rings:
        return
    draw = canvas.draw
    # One projection for all the rings; Pillow takes flat coordinate lists.
    pixels = np.split(view.pixels(np.concatenate([r for _, r in rings])) * SCALE,
                      np.cumsum([len(r) for _, r in rings])[:-1])
    for (area, _), points in zip(rings, pixels, strict=True):
        draw.polygon(points.ravel().tolist(), fill=area.style.fill)
    by_pattern: dict[tuple[str, RGB], list[np.ndarray]] = {}
    for (area, _), points in zip(rings, pixels, strict=True):
        if area.style.pattern != "solid":
            by_pattern.setdefault((area.style.pattern, area.style.mark), []).append(points)
    for (pattern, mark), shapes in sorted(by_pattern.items()):
        pattern_over(canvas.image, pattern, mark, polygons=shapes)
    for (area, _), points in zip(rings, pixels, strict=True):
        if area.look.bands:
            paint_bands(canvas.image, [points], area.look.bands, area.look.diagonal)
    _draw_rings(canvas, rings, pixels)
    if outline <= 0:
        return
    width = max(1, round(outline * SCALE))
    dashed: dict[tuple[float, float], list[np.ndarray]] = {}
    for (area, _), points in zip(rings, pixels, strict=True):
        if area.dash is not None:
            dashed.setdefault(area.dash, []).append(np.hstack((points[:-1], points[1:])))
        else:
            draw.line(points.ravel().tolist(), fill=OUTLINE, width=width, joint="curve")
    for dash, edges in sorted(dashed.items()):
        on, off = (d * SCALE for d in visible_dash(dash, outline))
        for piece in dashed_edges(np.concatenate(edges), on, off).tolist():
            draw.line(piece, fill=OUTLINE, width=width)


def _draw_rings(canvas: Canvas, rings: list[tuple[Area, np.ndarray]],
                pixels: list[np.ndarray]) -> None:
    """The rings of besieged (solid) and encircled (dashed) places, in the besieger's
    colour, inside their outline."""
    for (area, _), points in zip(rings, pixels, strict=True):
        if area.look.ring is None:
            continue
        colour, width, dash = area.look.ring
        pixels_wide = max(1, round(width * SCALE))
        if dash is None:
            canvas.draw.line(points.ravel().tolist(), fill=colour, width=pixels_wide,
                             joint="curve")
            continue
        on, off = (d * SCALE for d in visible_dash(dash, width))
        edges = np.hstack((points[:-1], points[1:]))
        for piece in dashed_edges(edges, on, off).tolist():
            canvas.draw.line(piece, fill=colour, width=pixels_wide)


def dashed_edges(edges: np.ndarray, on: float, off: float) -> np.ndarray:
    """Dashes (rows x0, y0, x1, y1) of straight edges (same rows); an edge that two
    polygons share is dashed once, from its lower end, so the dashes of both coincide."""
    forward = (edges[:, 0] < edges[:, 2]) | ((edges[:, 0] == edges[:, 2])
                                             & (edges[:, 1] <= edges[:, 3]))
    edges = np.where(forward[:, None], edges, edges[:, [2, 3, 0, 1]])
    _, first = np.unique(np.round(edges, 1), axis=0, return_index=True)
    edges = edges[np.sort(first)]
    lengths = np.hypot(edges[:, 2] - edges[:, 0], edges[:, 3] - edges[:, 1])
    edges, lengths = edges[lengths > 0], lengths[lengths > 0]
    counts = np.ceil(lengths / (on + off)).astype(int)
    edge = np.repeat(np.arange(len(edges)), counts)
    index = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    start = index * (on + off) / lengths[edge]
    end = np.minimum(index * (on + off) + on, lengths[edge]) / lengths[edge]
    x0, y0 = edges[edge, 0], edges[edge, 1]
    dx, dy = edges[edge, 2] - x0, edges[edge, 3] - y0
    return np.column_stack((x0 + dx * start, y0 + dy * start, x0 + dx * end, y0 + dy * end))


def pattern_over(image: Image.Image, pattern: str, mark: RGB,
                 polygons: Sequence[np.ndarray] = (), circles: Sequence[Box] = ()) -> None:
    """Paint ``pattern`` (dots or hatch lines) in ``mark`` inside ``polygons`` (rows of
    canvas pixels) and ``circles`` (boxes); the mask covers only their extent."""
    extents = [(p[:, 0].min(), p[:, 1].min(), p[:, 0].max(), p[:, 1].max()) for p in polygons]
    extents += list(circles)
    if not extents:
        return
    left = max(0, math.floor(min(e[0] for e in extents)))
    top = max(0, math.floor(min(e[1] for e in extents)))
    right = min(image.width, math.ceil(max(e[2] for e in extents)) + 1)
    bottom = min(image.height, math.ceil(max(e[3] for e in extents)) + 1)
    if right <= left or bottom <= top:
        return
    mask = Image.new("L", (right - left, bottom - top), 0)
    draw = ImageDraw.Draw(mask)
    for points in polygons:
        draw.polygon((points - (left, top)).ravel().tolist(), fill=255)
    for x0, y0, x1, y1 in circles:
        draw.ellipse((x0 - left, y0 - top, x1 - left, y1 - top), fill=255)
    marks = _pattern_mask(pattern, left, top, mask.size)
    image.paste(mark, (left, top, right, bottom), ImageChops.multiply(mask, marks))


def _pattern_mask(pattern: str, left: int, top: int, size: tuple[int, int]) -> Image.Image:
    """An 8-bit mask of the pattern over ``size`` pixels starting at (left, top) of the
    (supersampled) canvas; the pattern is aligned on the canvas, not on the region."""
    tile = _pattern_tile(pattern, SCALE)
    reps = (size[1] // tile.shape[0] + 2, size[0] // tile.shape[1] + 2)
    offset = (top % tile.shape[0], left % tile.shape[1])
    marks = np.tile(tile, reps)[offset[0]:offset[0] + size[1], offset[1]:offset[1] + size[0]]
    return Image.fromarray(marks, "L")


@lru_cache(maxsize=8)
def _pattern_tile(pattern: str, scale: int) -> np.ndarray:
    """One tile of the style's pattern at ``scale`` (the map's tile: "/" lines through its
    corners, or a dot at its centre), as a 0/255 mask."""
    spec = STYLE.pattern
    size = round(spec.tile * scale)
    y, x = np.mgrid[0:size, 0:size].astype(float) + 0.5
    if pattern == "hatch":  # the lines x + y = k * size, ``hatch`` wide across
        across = np.abs((x + y + size / 2) % size - size / 2) / math.sqrt(2)
        on = across <= spec.hatch * scale / 2
    else:
        on = (x - size / 2) ** 2 + (y - size / 2) ** 2 <= (spec.dot * scale) ** 2
    return np.where(on, 255, 0).astype(np.uint8)


def dashes(points: list[tuple[float, float]], on: float, off: float
           ) -> list[list[tuple[float, float]]]:
    """The pieces of a polyline drawn with dashes ``on`` long and gaps ``off`` long (a dash
    goes round a corner as one piece)."""
    pieces: list[list[tuple[float, float]]] = []
    current = list(points[:1])
    drawing, left = True, on
    for (x0, y0), (x1, y1) in pairwise(points):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while length - done >= left:  # the dash or gap ends on this segment
            done += left
            point = (x0 + (x1 - x0) * done / length, y0 + (y1 - y0) * done / length)
            if drawing:
                pieces.append([*current, point])
            current = [point]
            drawing = not drawing
            left = on if drawing else off
        left -= length - done
        if drawing and current[-1] != (x1, y1):
            current.append((x1, y1))
    if drawing and len(current) > 1:
        pieces.append(current)
    return pieces


@dataclass(frozen=True)
class ArrowPath:
    """An arrow in canvas pixels (supersampled), in its side's outline colour."""

    status: str
    colour: RGB
    shaft: list[tuple[float, float]]
    head: list[tuple[float, float]]
    kind: str = "advance"


def arrow_paths(view: View, arrows: list[Arrow], sides: dict,
                stops: Sequence[tuple[float, float]] = (), radius: float = 0
                ) -> list[ArrowPath]:
    """The arrows in the panel's canvas pixels. An arrow whose tip is on a marker (one of
    ``stops``, final pixels, ``radius`` wide) is drawn back to the marker's edge, so that
    its head does not hide the colour of the town's holder."""
    paths = []
    for arrow in arrows:
        shaft = view.pixels(np.asarray(arrow.shaft.coords)[:, :2]) * SCALE
        head = view.pixels(np.asarray(arrow.head_points)) * SCALE
        tip, neck = head[0], shaft[-1]
        length = float(np.hypot(*(tip - neck)))
        for x, y in stops:
            if length > 0 and math.hypot(tip[0] - x * SCALE, tip[1] - y * SCALE) \
                    < radius * SCALE:
                back = (tip - neck) / length * (radius * SCALE + SCALE)
                shaft[-1] -= back
                head -= back
                break
        colour = side_style(sides.get(arrow.movement.side)).outline
        paths.append(ArrowPath(arrow.movement.status, colour,
                               [tuple(p) for p in shaft.tolist()],
                               [tuple(p) for p in head.tolist()], arrow.movement.kind))
    return paths


def draw_shafts(canvas: Canvas, paths: list[ArrowPath], width: float) -> None:
    """Arrow shafts ``width`` pixels wide, dashed by status as the style says (solid =
    done, dashed = claimed, dotted = planned); on a white halo, so that an arrow over an
    area of its own side's colour stays visible."""
    pixels = max(1, round(width * SCALE))
    core = max(1, round(STYLE.arrow.evacuation * SCALE))
    for path in paths:
        dash = STYLE.arrow.dashes.get(path.status)
        for ink, extra in ((PAGE, 2 * SCALE), (path.colour, 0)):
            styled_line(canvas.draw, path.shaft, dash, ink, pixels, extra)
        if path.kind == "evacuation":  # a white core: a corridor, not an assault
            styled_line(canvas.draw, path.shaft, None, PAGE, core)


def draw_rings(canvas: Canvas, view: View, arrows: list[Arrow], sides: dict) -> None:
    """Movements whose origin is not known: a ring round the target, in the side's outline
    colour, the arrow's width and its status's dashes, on a white halo."""
    spec = STYLE.arrow
    for arrow in arrows:
        x, y = view.point(*arrow.head.coords[0])
        colour = side_style(sides.get(arrow.movement.side)).outline
        steps = 48
        points = [((x + spec.target * math.cos(2 * math.pi * k / steps)) * SCALE,
                   (y + spec.target * math.sin(2 * math.pi * k / steps)) * SCALE)
                  for k in range(steps + 1)]
        dash = spec.dashes.get(arrow.movement.status)
        for ink, extra in ((PAGE, 2 * SCALE), (colour, 0)):
            styled_line(canvas.draw, points, dash, ink, max(1, round(spec.width * SCALE)),
                        extra)


def styled_line(draw: ImageDraw.ImageDraw, points: list[tuple[float, float]], dash: Dash,
                ink: RGB, width: int, extra: int = 0) -> None:
    """A line with round caps, ``width`` canvas pixels wide plus ``extra`` (for a halo),
    solid or dashed with ``dash`` (pixels of the final size, as SVG dashes a line of
    ``width``: the halo keeps the line's dashes)."""
    pieces = [points] if dash is None else \
        dashes(points, dash[0] * SCALE, dash[1] * SCALE)
    full = width + extra
    for piece in pieces:
        if len(piece) > 1:
            draw.line(piece, fill=ink, width=full, joint="curve")
        for end in (piece[0], piece[-1]):
            draw.ellipse(circle_box(*end, full / 2), fill=ink)


def draw_heads(canvas: Canvas, paths: list[ArrowPath]) -> None:
    """Arrow heads, filled where the movement is done, white otherwise; on a white halo."""
    for path in paths:
        canvas.draw.polygon(path.head, fill=PAGE, outline=PAGE, width=3 * SCALE)
        canvas.draw.polygon(path.head, fill=path.colour if path.status == "done" else PAGE,
                            outline=path.colour, width=max(1, round(STYLE.arrow.head * SCALE)))


def draw_markers(canvas: Canvas, centres: list[tuple[float, float, SideStyle]], radius: float,
                 ring: float) -> list[Box]:
    """Town markers at ``centres`` (final pixels of the canvas), as the map draws them: the
    holder's fill (or pattern) inside a ring ``ring`` wide, centred on ``radius``, in its
    outline colour; their boxes."""
    patterned: dict[tuple[str, RGB], list[Box]] = {}
    for x, y, style in centres:
        circle = circle_box(x * SCALE, y * SCALE, (radius + ring / 2) * SCALE)
        canvas.draw.ellipse(circle, fill=style.marker_fill, outline=style.outline,
                            width=round(ring * SCALE))
        if style.pattern != "solid":
            inner = circle_box(x * SCALE, y * SCALE, (radius - ring / 2) * SCALE)
            patterned.setdefault((style.pattern, style.marker_mark), []).append(inner)
    for (pattern, mark), circles in sorted(patterned.items()):
        pattern_over(canvas.image, pattern, mark, circles=circles)
    return [circle_box(x, y, radius + ring / 2) for x, y, _ in centres]


def draw_mention(canvas: Canvas, x: float, y: float) -> None:
    """The dot of a place the article names, as the map draws it on a town's marker, at
    (x, y) (final pixels of the canvas)."""
    mention = STYLE.mention
    radius, weight = mention.on_town_radius, mention.on_town_weight
    canvas.draw.ellipse(circle_box(x * SCALE, y * SCALE, (radius + weight / 2) * SCALE),
                        fill=rgb(mention.fill), outline=rgb(mention.stroke),
                        width=max(1, round(weight * SCALE)))


def draw_fronts(canvas: Canvas, view: View, fronts: Sequence[FrontLine]) -> None:
    """Front lines as the map draws them: the style's line on a white casing, dashed by
    the line's precision."""
    spec = STYLE.front
    for line in fronts:
        parts = list(shapely.get_parts(line.geometry))
        dash = next((d for key, d in spec.dashes.items() if line.precision.startswith(key)),
                    None)
        for part in parts:
            points = [tuple(p) for p in (view.pixels(np.asarray(part.coords)[:, :2])
                                         * SCALE).tolist()]
            styled_line(canvas.draw, points, None, PAGE, max(1, round(spec.casing * SCALE)))
            styled_line(canvas.draw, points, dash, rgb(spec.colour),
                        max(1, round(spec.width * SCALE)))
