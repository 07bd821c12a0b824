"""A static picture of the map for one day (PNG, no tiles): for print, social cards, fallback.

Drawn with Pillow, which imports in a few hundredths of a second (matplotlib took most of a
second to import and as much again to draw). Shapes are drawn on a canvas ``SCALE`` times
larger than the picture and reduced with a box filter, which antialiases them; text is drawn
afterwards at the final size, antialiased by FreeType. Strings from data are drawn as plain
text (Pillow has no markup). The PNG carries no metadata, so two builds of the same data give
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import geopandas as gpd
import numpy as np
from PIL import Image, ImageChops, ImageColor, ImageDraw, ImageFont

from geo.inputs.timeline import Timeline
from geo.mapping.arrows import Arrow

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
#: Where DejaVu Sans is on Debian (package fonts-dejavu-core); otherwise Pillow's own font.
FONT_FILES = {False: ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVuSans.ttf"),
              True: ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                     "DejaVuSans-Bold.ttf")}

RGB = tuple[int, int, int]
Box = tuple[float, float, float, float]


def render_picture(geometries: gpd.GeoDataFrame, timeline: Timeline, arrows: list[Arrow],
                   day: dt.date, city: str, title: str, labels: list[tuple[str, float, float]]
                   ) -> bytes:
    """A PNG of the control state, movements and named places on ``day``.

    Parameters are those of :func:`draw_picture`.

    Returns
    -------
    bytes
        The PNG, byte-identical for identical inputs.
    """
    return draw_picture(geometries, timeline, arrows, day, city, title, labels).png()


@dataclass(frozen=True)
class Picture:
    """A drawn picture and where its panels put lon/lat."""

    image: Image.Image
    overview: _View
    detail: _View | None

    def pixel(self, lon: float, lat: float, panel: str = "overview") -> tuple[int, int]:
        """The pixel of the page where a lon/lat point is drawn.

        Parameters
        ----------
        lon, lat : float
            Degrees (EPSG:4326).
        panel : {"overview", "detail"}
            The whole story (left) or the city's quarters (right).

        Returns
        -------
        tuple of int
            (x, y) from the page's top left.
        """
        view = self.overview if panel == "overview" else self.detail
        if view is None:
            raise ValueError("this picture has no detail panel (no quarters)")
        x, y = view.point(lon, lat)
        return int(view.box[0] + x), int(view.box[1] + y)

    def png(self) -> bytes:
        """The picture as PNG bytes, with no metadata (no time, no software name).

        Returns
        -------
        bytes
            The same bytes for the same picture.
        """
        buffer = io.BytesIO()
        # Level 1 is about twice as fast to write as the default 6, for a tenth more bytes.
        self.image.save(buffer, format="PNG", compress_level=1)
        return buffer.getvalue()


def draw_picture(geometries: gpd.GeoDataFrame, timeline: Timeline, arrows: list[Arrow],
                 day: dt.date, city: str, title: str, labels: list[tuple[str, float, float]]
                 ) -> Picture:
    """Draw the control state, movements and named places on ``day``.

    Left: the whole story (towns, arrows, labelled places); right: the city's quarters
    (left out when no place is a quarter). Geometries are in lon/lat (EPSG:4326), drawn
    equirectangular with an aspect corrected for the panel's middle latitude.

    Parameters
    ----------
    geometries : geopandas.GeoDataFrame
        Columns ``id, kind, precision, lon, lat, geometry``; places with no control row on
        ``day`` are not drawn.
    timeline : Timeline
        The sides (colour, pattern) and the control state on ``day``.
    arrows : list of Arrow
        Movements; those whose dates include ``day`` are drawn (derived ones on the city).
    day : datetime.date
        The day pictured.
    city : str
        Name of the city whose quarters the right panel shows.
    title : str
        Title of the picture (from the article: drawn as plain text).
    labels : list of (str, float, float)
        Places to label: name, lon, lat.

    Returns
    -------
    Picture
        The image (``WIDTH`` x ``HEIGHT``, RGB) and its panels.
    """
    state = timeline.control_state_on(day)
    sides = timeline.sides
    frame = geometries[geometries["id"].isin(state)]
    quarters: list[_Area] = []
    towns: list[_Area] = []
    markers: list[tuple[float, float, _Style]] = []
    for place_id, kind, precision, lon, lat, geometry in zip(
            frame["id"], frame["kind"], frame["precision"], frame["lon"], frame["lat"],
            frame.geometry, strict=True):
        style = _style(sides.get(state[place_id]))
        rings = _rings(geometry)
        area = _Area(rings, style, str(precision).startswith("approximate"))
        (quarters if kind == "quarter" else towns).append(area)
        if kind in ("city", "town"):
            # A town is a few pixels wide at this scale: a marker carries its holder's colour.
            markers.append((lon, lat, style))
    current = [a for a in arrows if a.movement.start <= day <= a.movement.end]
    used = [side for side in sides.values() if side.id in set(state.values())]

    page = Image.new("RGB", (WIDTH, HEIGHT), PAGE)
    draw = ImageDraw.Draw(page)
    fonts = _Fonts()
    legend_height = _legend_height(used, fonts)
    top = MARGIN + 2 * fonts.title.size + 3 * fonts.subtitle.size // 2 + 10
    bottom = HEIGHT - MARGIN - legend_height - fonts.tick.size - 16
    left = MARGIN + _tick_label_width(fonts)
    gap = 30 + _tick_label_width(fonts)
    usable = WIDTH - MARGIN - left
    overview_width = round((usable - gap) * 1.35 / 2.35) if quarters else usable
    overview_box = (left, top, left + overview_width, bottom)
    detail_box = (left + overview_width + gap, top, WIDTH - MARGIN, bottom)

    bounds = tuple(geometries.total_bounds) if len(geometries) else (-1.0, -1.0, 1.0, 1.0)
    if towns:
        minx, miny, maxx, maxy = _bounds([r for a in towns for r in a.rings])
        for arrow in current:
            if not arrow.derived:
                ax0, ay0, ax1, ay1 = arrow.shaft.bounds
                minx, miny = min(minx, ax0), min(miny, ay0)
                maxx, maxy = max(maxx, ax1), max(maxy, ay1)
        bounds = (minx - 0.3, miny - 0.3, maxx + 0.3, maxy + 0.3)
    overview = _View.fit(overview_box, bounds)
    panel = overview.canvas()
    _areas(panel, overview, towns, outline=0.8)
    _areas(panel, overview, quarters, outline=0.0)
    centres = [(*overview.point(lon, lat), style) for lon, lat, style in markers]
    paths = _paths(overview, [a for a in current if not a.derived], sides,
                   [(x, y) for x, y, _ in centres], MARKER_RADIUS)
    _shafts(panel, paths, 2.4)
    obstacles = _markers(panel, centres, MARKER_RADIUS)
    _heads(panel, paths)
    dots = [overview.point(lon, lat) for _, lon, lat in labels]
    for x, y in dots:
        panel.draw.ellipse(_circle(x * SCALE, y * SCALE, 2.2 * SCALE), fill=PAGE,
                           outline=OUTLINE, width=SCALE // 2)
    overview.paste(page, panel)
    detail = None
    if quarters:
        detail = _View.fit(detail_box, _bounds([r for a in quarters for r in a.rings]))
        panel = detail.canvas()
        _areas(panel, detail, quarters, outline=0.5)
        paths = _paths(detail, [a for a in current if a.derived], sides)
        _shafts(panel, paths, 2.0)
        _heads(panel, paths)
        detail.paste(page, panel)

    # Text, at the final size.
    _labels(draw, overview, labels, dots, obstacles, fonts.label)
    for view in (overview, detail):
        if view is not None:
            _frame_and_ticks(draw, view, fonts.tick)
    heading = _fit_lines(title, fonts.title, overview_box[2] - overview_box[0] + left - MARGIN,
                         2)
    y = MARGIN
    for line in heading:
        draw.text((MARGIN, y), line, font=fonts.title, fill=INK)
        y += fonts.title.size + 4
    draw.text((MARGIN, y + 2), day.strftime("%d %B %Y"), font=fonts.subtitle, fill=GREY)
    if detail is not None:
        text = _fit_lines(f"{city}: quarters by side (approximate boundaries)", fonts.title,
                          detail_box[2] - detail_box[0], 1)[0]
        draw.text((detail_box[0], top - fonts.title.size - 10), text, font=fonts.title,
                  fill=INK)
    _legend(page, used, fonts, HEIGHT - MARGIN - legend_height)
    return Picture(page, overview, detail)


# --- styles and geometry ---------------------------------------------------------------------

@dataclass(frozen=True)
class _Style:
    colour: RGB  # the side's own colour (markers, arrows)
    fill: RGB  # the colour at FILL_OPACITY over the panel background (areas)
    pattern: str  # "solid", "dots" or "hatch"
    mark: RGB  # colour of the pattern's dots or lines over ``fill``
    mark_on_colour: RGB  # ... and over ``colour`` (markers)


@lru_cache(maxsize=64)
def _style_of(colour: str, pattern: str) -> _Style:
    rgb = ImageColor.getrgb(colour)[:3]
    fill = tuple(round(FILL_OPACITY * c + (1 - FILL_OPACITY) * b)
                 for c, b in zip(rgb, LAND, strict=True))
    return _Style(rgb, fill, pattern, _contrasting(fill), _contrasting(rgb))


def _style(side) -> _Style:
    if side is None:
        return _style_of(UNKNOWN_SIDE, "solid")
    return _style_of(side.colour, side.pattern)


def _contrasting(rgb: RGB) -> RGB:
    """Near-black on light colours, white on dark ones (relative luminance, WCAG)."""
    def linear(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    luminance = sum(w * linear(c) for w, c in zip((0.2126, 0.7152, 0.0722), rgb, strict=True))
    return (255, 255, 255) if luminance < 0.12 else (30, 30, 30)


@dataclass
class _Area:
    rings: list[np.ndarray]  # exterior rings, lon/lat
    style: _Style
    approximate: bool


def _rings(geometry) -> list[np.ndarray]:
    if geometry is None or geometry.is_empty:
        return []
    parts = geometry.geoms if geometry.geom_type == "MultiPolygon" else [geometry]
    return [np.asarray(p.exterior.coords)[:, :2] for p in parts if p.geom_type == "Polygon"]


def _bounds(rings: list[np.ndarray]) -> Box:
    if not rings:
        return (-1.0, -1.0, 1.0, 1.0)
    points = np.concatenate(rings)
    (minx, miny), (maxx, maxy) = points.min(axis=0), points.max(axis=0)
    return (float(minx), float(miny), float(maxx), float(maxy))


def _circle(x: float, y: float, radius: float) -> Box:
    return (x - radius, y - radius, x + radius, y + radius)


# --- panels ----------------------------------------------------------------------------------

@dataclass
class _Canvas:
    image: Image.Image
    draw: ImageDraw.ImageDraw = field(init=False)

    def __post_init__(self) -> None:
        self.draw = ImageDraw.Draw(self.image)


@dataclass(frozen=True)
class _View:
    """A panel of the page and the lon/lat it shows (equirectangular at its middle)."""

    box: tuple[int, int, int, int]  # left, top, right, bottom on the page (final pixels)
    lon0: float
    lat0: float
    cos: float
    scale: float  # pixels per degree of latitude

    @classmethod
    def fit(cls, box: tuple[int, int, int, int], bounds: Box) -> _View:
        """The view that shows ``bounds`` (lon/lat) whole and centred in ``box``."""
        minx, miny, maxx, maxy = bounds
        lat0 = (miny + maxy) / 2
        cos = max(0.2, math.cos(math.radians(lat0)))
        width, height = box[2] - box[0], box[3] - box[1]
        spans = (max((maxx - minx) * cos, 1e-6), max(maxy - miny, 1e-6))
        scale = min(width / spans[0], height / spans[1])
        return cls(box, (minx + maxx) / 2, lat0, cos, scale)

    @property
    def size(self) -> tuple[int, int]:
        return self.box[2] - self.box[0], self.box[3] - self.box[1]

    def pixels(self, coords: np.ndarray) -> np.ndarray:
        """Panel pixels (final size, from the panel's top left) of lon/lat rows."""
        width, height = self.size
        return np.column_stack((width / 2 + (coords[:, 0] - self.lon0) * self.cos * self.scale,
                                height / 2 - (coords[:, 1] - self.lat0) * self.scale))

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        """Panel pixels (final size) of one lon/lat point."""
        width, height = self.size
        return (width / 2 + (lon - self.lon0) * self.cos * self.scale,
                height / 2 - (lat - self.lat0) * self.scale)

    def extent(self) -> Box:
        """The lon/lat shown by the whole panel: min lon, min lat, max lon, max lat."""
        width, height = self.size
        half_lon = width / 2 / (self.cos * self.scale)
        half_lat = height / 2 / self.scale
        return (self.lon0 - half_lon, self.lat0 - half_lat, self.lon0 + half_lon,
                self.lat0 + half_lat)

    def canvas(self) -> _Canvas:
        """A blank panel, ``SCALE`` times larger than its place on the page."""
        width, height = self.size
        return _Canvas(Image.new("RGB", (width * SCALE, height * SCALE), LAND))

    def paste(self, page: Image.Image, canvas: _Canvas) -> None:
        """Reduce the panel to its final size (antialiasing it) and put it on the page."""
        page.paste(canvas.image.reduce(SCALE), self.box[:2])


def _areas(canvas: _Canvas, view: _View, areas: list[_Area], outline: float) -> None:
    """Fill ``areas`` (pattern over the fill where the side has one), then their outlines:
    dashed where the boundary is approximate; each shared edge is drawn once."""
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
        _pattern_over(canvas.image, pattern, mark, polygons=shapes)
    if outline <= 0:
        return
    width = max(1, round(outline * SCALE))
    approximate = []
    for (area, _), points in zip(rings, pixels, strict=True):
        if area.approximate:
            approximate.append(np.hstack((points[:-1], points[1:])))
        else:
            draw.line(points.ravel().tolist(), fill=OUTLINE, width=width, joint="curve")
    if approximate:
        on, off = (d * SCALE for d in OUTLINE_DASH)
        for piece in _dashed_edges(np.concatenate(approximate), on, off).tolist():
            draw.line(piece, fill=OUTLINE, width=width)


def _dashed_edges(edges: np.ndarray, on: float, off: float) -> np.ndarray:
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


def _pattern_over(image: Image.Image, pattern: str, mark: RGB,
                  polygons: list[np.ndarray] = (), circles: list[Box] = ()) -> None:
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
    period = PATTERN_PERIOD * SCALE
    tile = _pattern_tile(pattern, period)
    reps = (size[1] // tile.shape[0] + 2, size[0] // tile.shape[1] + 2)
    offset = (top % tile.shape[0], left % tile.shape[1])
    marks = np.tile(tile, reps)[offset[0]:offset[0] + size[1], offset[1]:offset[1] + size[0]]
    return Image.fromarray(marks, "L")


@lru_cache(maxsize=8)
def _pattern_tile(pattern: str, period: int) -> np.ndarray:
    y, x = np.mgrid[0:2 * period, 0:2 * period].astype(float) + 0.5
    if pattern == "hatch":  # "/" lines: x + y constant
        on = (x + y) % period < 0.25 * period
    else:  # dots, every other row shifted by half a period
        shift = (y // period % 2) * period / 2
        dx = (x + shift) % period - period / 2
        dy = y % period - period / 2
        on = dx * dx + dy * dy <= (0.22 * period) ** 2
    return np.where(on, 255, 0).astype(np.uint8)


def _dashes(points: list[tuple[float, float]], on: float, off: float
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
class _Path:
    """An arrow in canvas pixels (supersampled)."""

    status: str
    colour: RGB
    shaft: list[tuple[float, float]]
    head: list[tuple[float, float]]


def _paths(view: _View, arrows: list[Arrow], sides: dict,
           stops: list[tuple[float, float]] = (), radius: float = 0) -> list[_Path]:
    """The arrows in the panel's canvas pixels. An arrow whose tip is on a marker (one of
    ``stops``, final pixels, ``radius`` wide) is drawn back to the marker's edge, so that
    its head does not hide the colour of the town's holder."""
    paths = []
    for arrow in arrows:
        shaft = view.pixels(np.asarray(arrow.shaft.coords)[:, :2]) * SCALE
        head = view.pixels(np.asarray(arrow.head.exterior.coords)[:, :2]) * SCALE
        tip, neck = head[0], shaft[-1]
        length = float(np.hypot(*(tip - neck)))
        for x, y in stops:
            if length > 0 and math.hypot(tip[0] - x * SCALE, tip[1] - y * SCALE) \
                    < radius * SCALE:
                back = (tip - neck) / length * (radius * SCALE + SCALE)
                shaft[-1] -= back
                head -= back
                break
        paths.append(_Path(arrow.movement.status, _style(sides.get(arrow.movement.side)).colour,
                           [tuple(p) for p in shaft.tolist()],
                           [tuple(p) for p in head.tolist()]))
    return paths


def _shafts(canvas: _Canvas, paths: list[_Path], width: float) -> None:
    """Arrow shafts: solid = done, dashed = claimed, dotted = planned; on a white halo, so
    that an arrow over an area of its own side's colour stays visible."""
    pixels = max(1, round(width * SCALE))
    for path in paths:
        for ink, extra in ((PAGE, 2 * SCALE), (path.colour, 0)):
            _styled_line(canvas.draw, path.shaft, path.status, ink, pixels, extra)


def _styled_line(draw: ImageDraw.ImageDraw, points: list[tuple[float, float]], status: str,
                 ink: RGB, width: int, extra: int = 0) -> None:
    """A line in a movement's style, ``width`` pixels wide plus ``extra`` (for a halo)."""
    dash = ARROW_DASHES.get(status)
    if dash is None:
        draw.line(points, fill=ink, width=width + extra, joint="curve")
    elif dash[0] <= 1:  # dotted: round dots
        for piece in _dashes(points, width * dash[0], width * dash[1]):
            draw.ellipse(_circle(*piece[0], (width + extra) / 2), fill=ink)
    else:
        for piece in _dashes(points, width * dash[0], width * dash[1]):
            draw.line(piece, fill=ink, width=width + extra, joint="curve")


def _heads(canvas: _Canvas, paths: list[_Path]) -> None:
    """Arrow heads, filled where the movement is done, white otherwise; on a white halo."""
    for path in paths:
        canvas.draw.polygon(path.head, fill=PAGE, outline=PAGE, width=3 * SCALE)
        canvas.draw.polygon(path.head, fill=path.colour if path.status == "done" else PAGE,
                            outline=path.colour, width=SCALE)


def _markers(canvas: _Canvas, centres: list[tuple[float, float, _Style]], radius: float,
             ring: float = 2) -> list[Box]:
    """Town markers (side colour, white ring, pattern) at ``centres`` (final pixels of the
    canvas); their boxes."""
    patterned: dict[tuple[str, RGB], list[Box]] = {}
    for x, y, style in centres:
        circle = _circle(x * SCALE, y * SCALE, radius * SCALE)
        canvas.draw.ellipse(circle, fill=style.colour, outline=PAGE,
                            width=round(ring * SCALE))
        if style.pattern != "solid":
            inner = _circle(x * SCALE, y * SCALE, (radius - ring) * SCALE)
            patterned.setdefault((style.pattern, style.mark_on_colour), []).append(inner)
    for (pattern, mark), circles in sorted(patterned.items()):
        _pattern_over(canvas.image, pattern, mark, circles=circles)
    return [_circle(x, y, radius) for x, y, _ in centres]


# --- text ------------------------------------------------------------------------------------

class _Fonts:
    """The picture's fonts: DejaVu Sans where installed, Pillow's own font otherwise."""

    def __init__(self) -> None:
        self.title = _font(16, bold=True)
        self.subtitle = _font(14)
        self.label = _font(13)
        self.legend = _font(13)
        self.tick = _font(11)
        self.note = _font(12)


@lru_cache(maxsize=16)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    for name in FONT_FILES[bold]:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    # Pillow's own font (Aileron), a FreeType font since Pillow 10.1 wherever Pillow was
    # built with FreeType, as its wheels are.
    return ImageFont.load_default(size)


def _plain(text: str) -> str:
    """Data text on one line: control characters (newlines, tabs) become spaces."""
    return "".join(" " if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in str(text)).strip()


def _fit_lines(text: str, font, width: float, lines: int) -> list[str]:
    """``text`` wrapped at spaces into at most ``lines`` lines of ``width`` pixels; the last
    line ends in an ellipsis if the text does not fit."""
    words = _plain(text).split(" ")
    result: list[str] = []
    while words and len(result) < lines:
        line = words.pop(0)
        while words and font.getlength(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        result.append(line)
    if words or (result and font.getlength(result[-1]) > width):
        last = result[-1] if result else ""
        while last and font.getlength(last + "…") > width:
            last = last[:-1]
        result[-1:] = [last.rstrip() + "…"]
    return result or [""]


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _labels(draw: ImageDraw.ImageDraw, view: _View, labels: list[tuple[str, float, float]],
            dots: list[tuple[float, float]], obstacles: list[Box], font) -> None:
    """Place names beside their points, on a white halo: the first of eight positions that
    overlaps no marker, no other label and stays in the panel."""
    left, top, right, bottom = view.box
    taken = [(left + b[0], top + b[1], left + b[2], top + b[3]) for b in obstacles]
    taken += [(left + x - 3, top + y - 3, left + x + 3, top + y + 3) for x, y in dots]
    for (name, _, _), (x, y) in zip(labels, dots, strict=True):
        if not (0 <= x <= right - left and 0 <= y <= bottom - top):
            continue  # outside the panel
        text = _plain(name)
        x0, y0, x1, y1 = font.getbbox(text, anchor="ls")
        width, ascent, descent = x1 - x0, -y0, y1
        x, y = left + x, top + y
        room = MARKER_RADIUS + 3
        candidates = [(x + room, y - 4), (x + room, y + ascent + 2),
                      (x - room - width, y - 4), (x - room - width, y + ascent + 2),
                      (x - width / 2, y - room - descent), (x - width / 2, y + room + ascent),
                      (x + room, y + ascent / 2), (x - room - width, y + ascent / 2)]
        chosen = None
        for cx, cy in candidates:
            box = (cx - 2, cy - ascent - 2, cx + width + 2, cy + descent + 2)
            inside = box[0] >= left and box[2] <= right and box[1] >= top and box[3] <= bottom
            if inside and not any(_overlaps(box, other) for other in taken):
                chosen = (cx, cy, box)
                break
        if chosen is None:  # everything overlaps: the first place that stays in the panel
            cx = min(max(candidates[0][0], left + 2), right - width - 2)
            cy = min(max(candidates[0][1], top + ascent + 2), bottom - descent - 2)
            chosen = (cx, cy, (cx - 2, cy - ascent - 2, cx + width + 2, cy + descent + 2))
        cx, cy, box = chosen
        taken.append(box)
        draw.text((cx, cy), text, font=font, fill=INK, anchor="ls", stroke_width=2,
                  stroke_fill=PAGE)


def _tick_label_width(fonts: _Fonts) -> int:
    return round(fonts.tick.getlength("00.00°N")) + 8


def _ticks(low: float, high: float, count: int = 5) -> tuple[list[float], int]:
    """Round values between ``low`` and ``high`` (about ``count``) and their decimals."""
    raw = (high - low) / max(1, count)
    if raw <= 0:
        return [], 0
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) + (1 if step / magnitude == 2.5
                                                               else 0)
    first = math.ceil(low / step - 1e-9)
    values = [round(i * step, 10) for i in range(first, math.floor(high / step + 1e-9) + 1)]
    return values, decimals


def _frame_and_ticks(draw: ImageDraw.ImageDraw, view: _View, font) -> None:
    """The panel's frame and its longitudes (below) and latitudes (left) in degrees."""
    left, top, right, bottom = view.box
    draw.rectangle((left - 1, top - 1, right, bottom), outline=OUTLINE, width=1)
    minx, miny, maxx, maxy = view.extent()
    lons, decimals = _ticks(minx, maxx, max(2, (right - left) // 110))
    for lon in lons:
        x = left + view.point(lon, view.lat0)[0]
        draw.line((x, bottom, x, bottom + 4), fill=OUTLINE)
        draw.text((x, bottom + 6), _degrees(lon, decimals, "EW"), font=font, fill=GREY,
                  anchor="mt")
    lats, decimals = _ticks(miny, maxy, max(2, (bottom - top) // 80))
    for lat in lats:
        y = top + view.point(view.lon0, lat)[1]
        draw.line((left - 5, y, left - 1, y), fill=OUTLINE)
        draw.text((left - 7, y), _degrees(lat, decimals, "NS"), font=font, fill=GREY,
                  anchor="rm")


def _degrees(value: float, decimals: int, hemispheres: str) -> str:
    return f"{abs(value):.{decimals}f}°{hemispheres[0] if value >= 0 else hemispheres[1]}"


# --- legend ----------------------------------------------------------------------------------

SWATCH = (28, 16)  # an area's fill and pattern, then a town marker
LEGEND_MARKER = 7
SWATCH_WIDTH = SWATCH[0] + 4 + 2 * LEGEND_MARKER
LEGEND_GAP = 26


def _legend_rows(used: list, fonts: _Fonts) -> list[list[tuple[object, float]]]:
    """The sides' legend entries (side, width) in rows that fit the page."""
    rows: list[list[tuple[object, float]]] = [[]]
    room = WIDTH - 2 * MARGIN
    for side in used:
        width = SWATCH_WIDTH + 8 + fonts.legend.getlength(_plain(side.name))
        row_width = sum(w for _, w in rows[-1]) + LEGEND_GAP * len(rows[-1])
        if rows[-1] and row_width + width > room:
            rows.append([])
        rows[-1].append((side, width))
    return [row for row in rows if row]


def _legend_height(used: list, fonts: _Fonts) -> int:
    return len(_legend_rows(used, fonts)) * (SWATCH[1] + 10) + fonts.note.size + 8


def _legend(page: Image.Image, used: list, fonts: _Fonts, top: int) -> None:
    """Swatches of the sides on the map (an area and a town marker, as drawn), then a key
    of arrow and outline styles."""
    rows = _legend_rows(used, fonts)
    height = len(rows) * (SWATCH[1] + 10) + fonts.note.size + 8
    canvas = _Canvas(Image.new("RGB", (WIDTH * SCALE, height * SCALE), PAGE))
    swatches: list[tuple[float, float, object]] = []
    y = 0
    for row in rows:
        x = (WIDTH - sum(w for _, w in row) - LEGEND_GAP * (len(row) - 1)) / 2
        for side, width in row:
            swatches.append((x, y, side))
            x += width + LEGEND_GAP
        y += SWATCH[1] + 10
    for sx, sy, side in swatches:
        style = _style(side)
        box = (sx * SCALE, sy * SCALE, (sx + SWATCH[0]) * SCALE, (sy + SWATCH[1]) * SCALE)
        canvas.draw.rectangle(box, fill=style.fill)
        if style.pattern != "solid":
            corners = np.array([box[:2], (box[2], box[1]), box[2:], (box[0], box[3])])
            _pattern_over(canvas.image, style.pattern, style.mark, polygons=[corners])
        canvas.draw.rectangle(box, outline=OUTLINE, width=SCALE)
    _markers(canvas, [(sx + SWATCH_WIDTH - LEGEND_MARKER, sy + SWATCH[1] / 2, _style(side))
                      for sx, sy, side in swatches], LEGEND_MARKER, ring=1.5)
    # The key: line samples drawn in the arrows' styles, then the outlines' meaning.
    key_y = y + fonts.note.size / 2 + 2
    sample, room = 34, 18
    intro, note = "Arrows:", "Dashed outlines: approximate boundaries"
    statuses = ["done", "claimed", "planned"]
    total = (fonts.note.getlength(intro) + 8 + fonts.note.getlength(note)
             + sum(sample + 6 + fonts.note.getlength(s) + room for s in statuses))
    x = (WIDTH - total) / 2
    texts = [(x, intro)]
    x += fonts.note.getlength(intro) + 8
    for status in statuses:
        line = [(x * SCALE, key_y * SCALE), ((x + sample) * SCALE, key_y * SCALE)]
        _styled_line(canvas.draw, line, status, GREY, 2 * SCALE)
        texts.append((x + sample + 6, status))
        x += sample + 6 + fonts.note.getlength(status) + room
    texts.append((x, note))
    page.paste(canvas.image.reduce(SCALE), (0, top))
    draw = ImageDraw.Draw(page)
    for sx, sy, side in swatches:
        draw.text((sx + SWATCH_WIDTH + 8, top + sy + SWATCH[1] / 2), _plain(side.name),
                  font=fonts.legend, fill=INK, anchor="lm")
    for tx, text in texts:
        draw.text((tx, top + key_y), text, font=fonts.note, fill=GREY, anchor="lm")
