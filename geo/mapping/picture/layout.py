"""The picture's page for one day: the headline and its date, the whole story and the
city's quarters over the base geography with a scale bar each, the legend of what they
show, and the source line and credit; at the social card's size or for print."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace

import geopandas as gpd
from PIL import Image, ImageDraw

from geo.inputs.lines import FrontLine
from geo.inputs.timeline import ControlChange, Side, Timeline
from geo.mapping.arrows import Arrow
from geo.mapping.base_geography import BaseGeography
from geo.mapping.masthead import BASE_CREDIT, DEFAULT_CREDIT, Masthead
from geo.mapping.picture.base import draw_base, draw_base_labels, draw_scale_bar
from geo.mapping.picture.draw import (
    Area,
    arrow_paths,
    draw_areas,
    draw_fronts,
    draw_heads,
    draw_markers,
    draw_mention,
    draw_rings,
    draw_shafts,
)
from geo.mapping.picture.legend import LegendContent, draw_legend, legend_height_for
from geo.mapping.picture.palette import (
    CARD,
    GREY,
    INK,
    MARGIN,
    MARKER_RADIUS,
    MARKER_RING,
    OUTLINE,
    PAGE,
    PictureSize,
    SideStyle,
    side_style,
)
from geo.mapping.picture.states import draw_site, state_look
from geo.mapping.picture.text import Fonts, draw_labels, fit_lines, plain_text
from geo.mapping.picture.view import Box, Canvas, View, circle_box, exterior_rings, ring_bounds
from geo.mapping.regions import REGION_KINDS
from geo.mapping.style import STYLE

Label = tuple[str, float, float]  # name, lon, lat
#: The legend's column (pixels of the card).
LEGEND_WIDTH = 270
PanelBox = tuple[int, int, int, int]


@dataclass(frozen=True)
class Picture:
    """A drawn picture, where its panels put lon/lat, and what its legend shows."""

    image: Image.Image
    overview: View
    detail: View | None
    size: PictureSize = CARD
    legend: LegendContent | None = None

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
        """The picture as PNG bytes; no metadata but its resolution for print (the same
        bytes for the same picture)."""
        buffer = io.BytesIO()
        # Level 1 is about twice as fast to write as the default 6, for a tenth more bytes.
        options = {"dpi": (self.size.dpi, self.size.dpi)} if self.size.name == "print" else {}
        self.image.save(buffer, format="PNG", compress_level=1, **options)
        return buffer.getvalue()

    def pdf(self, title: str, day: dt.date) -> bytes:
        """The picture as a one-page PDF at its resolution (Pillow's PDF writer: the page is
        the raster), dated ``day`` so that two builds give the same bytes."""
        buffer = io.BytesIO()
        stamp = dt.datetime.combine(day, dt.time()).timetuple()
        self.image.save(buffer, format="PDF", resolution=float(self.size.dpi),
                        title=plain_text(title), creationDate=stamp, modDate=stamp)
        return buffer.getvalue()


def draw_picture(geometries: gpd.GeoDataFrame, timeline: Timeline, arrows: list[Arrow],
                 day: dt.date, city: str, title: str, labels: list[Label], *,
                 words: Masthead | None = None, base: BaseGeography | None = None,
                 quarters: list[Label] | None = None, size: PictureSize = CARD,
                 lines: Sequence[FrontLine] = (), note: str = "") -> Picture:
    """Draw the control state, movements and named places on ``day``.

    Left: the whole story (towns, arrows, named places) over the base geography; right:
    the city's quarters (left out when no place is a quarter); each with a scale bar.
    Geometries are in lon/lat (EPSG:4326), drawn equirectangular with an aspect corrected
    for the panel's middle latitude.

    Parameters
    ----------
    geometries : geopandas.GeoDataFrame
        Columns ``id, kind, precision, lon, lat, geometry``; places with no control row on
        ``day`` are not drawn.
    timeline : Timeline
        The sides (colour, pattern) and the control on ``day`` (its holder and certainty).
    arrows : list of Arrow
        Movements; those whose dates include ``day`` are drawn (derived ones on the city).
    day : datetime.date
        The day pictured.
    city : str
        Name of the city whose quarters the right panel shows.
    title : str
        The headline when ``words`` gives none (drawn as plain text).
    labels : list of (str, float, float)
        Places to name on the overview: name, lon, lat.
    words : Masthead, optional
        The editor's headline, credit and source line.
    base : BaseGeography, optional
        The base geography under the story (:mod:`geo.mapping.base_geography`).
    quarters : list of (str, float, float), optional
        Quarters to name on the city panel, where their names fit.
    size : PictureSize
        :data:`~geo.mapping.picture.palette.CARD` (1200 x 630) or ``PRINT``.
    lines : sequence of FrontLine
        Front lines; those whose dates include ``day`` are drawn.
    note : str
        A line under the city panel's title: the map's check of the article's figures.

    Returns
    -------
    Picture
        The image (``size`` pixels, RGB), its panels and its legend.
    """
    words = words or Masthead(title, DEFAULT_CREDIT, "", BASE_CREDIT)
    rows = _rows_on(timeline, day)
    areas, towns, markers = _places_on(geometries, timeline, rows)
    current = [a for a in arrows if a.movement.start <= day <= a.movement.end]
    fronts = [line for line in lines if line.start <= day <= line.end]
    sites = _sites_on(geometries, rows)
    page = Image.new("RGB", (size.width, size.height), PAGE)
    draw = ImageDraw.Draw(page)
    fonts = Fonts(size.unit)
    header_bottom = _draw_header(draw, fonts, size, words.headline or title, day)
    footer_top = _draw_footer(draw, fonts, size, words,
                              plain_text(f"{city}: {note}") if note and city else note)
    legend = _legend_content(timeline, rows, areas, towns, current, labels,
                             geometries, bool(sites), bool(fronts))
    # The sides in a column at the right of the panels, the key of marks in rows below.
    sides, marks = LegendContent(legend.sides, ()), LegendContent((), legend.keys)
    legend_width = size.px(LEGEND_WIDTH)
    legend_left = size.width - size.px(MARGIN) - legend_width
    key_width = size.width - 2 * size.px(MARGIN)
    key_top = footer_top - size.px(6) - legend_height_for(marks, fonts, size, key_width)
    top, bottom = header_bottom + size.px(10), key_top - size.px(8)
    overview_box, detail_box = _panel_boxes(size, top, bottom, bool(areas["quarter"]),
                                            legend_left - size.px(16))
    overview = View.fit(overview_box, _overview_bounds(geometries, towns, current))
    _draw_overview(page, overview, _Marks(areas["town"], areas["quarter"], markers, current,
                                          sites, fronts), timeline.sides, labels, base,
                   fonts, size)
    detail = None
    if areas["quarter"]:
        detail = View.fit(detail_box, ring_bounds([r for a in areas["quarter"] for r in a.rings]))
        _draw_detail(page, detail, _Marks([], areas["quarter"], [], current, [], fronts),
                     timeline.sides, base, quarters or [], fonts, size, city)
    draw_legend(page, sides, fonts, size, legend_left, top, legend_width)
    draw_legend(page, marks, fonts, size, size.px(MARGIN), key_top, key_width)
    return Picture(page, overview, detail, size, legend)


def _rows_on(timeline: Timeline, day: dt.date) -> dict[str, ControlChange]:
    """The control row in force on ``day`` for each place that has one."""
    rows = {}
    for place_id in timeline.control_state_on(day):
        history = [c for c in timeline.history(place_id) if c.date <= day]
        if history:
            rows[place_id] = history[-1]
    return rows


def _places_on(geometries: gpd.GeoDataFrame, timeline: Timeline,
               rows: dict[str, ControlChange]
               ) -> tuple[dict[str, list[Area]], list[Area],
                          list[tuple[float, float, SideStyle]]]:
    """The quarters and the other places held, each in its holder's style for the
    certainty of its row, and a marker (lon, lat, style) for each city and town."""
    frame = geometries[geometries["id"].isin(rows) & (geometries["kind"] != "site")]
    frame = frame.assign(_order=~frame["kind"].isin(REGION_KINDS)).sort_values(
        ["_order", "id"], kind="stable")  # regions first, under the towns
    areas: dict[str, list[Area]] = {"quarter": [], "town": []}
    towns: list[Area] = []
    markers: list[tuple[float, float, SideStyle]] = []
    for place_id, kind, precision, lon, lat, geometry in zip(
            frame["id"], frame["kind"], frame["precision"], frame["lon"], frame["lat"],
            frame.geometry, strict=True):
        row = rows[place_id]
        style = side_style(timeline.sides.get(row.side), str(row.certainty))
        look = state_look(row, timeline.sides)
        area = Area(exterior_rings(geometry), style, STYLE.outline.dash_for(str(precision)),
                    look)
        areas["quarter" if kind == "quarter" else "town"].append(area)
        if kind in ("city", "town"):
            towns.append(area)
            # A town is a few pixels wide at this scale: a marker carries its holder's colour,
            # ringed in the besieger's when besieged (or encircled, or partly held).
            markers.append((lon, lat, replace(style, outline=look.ring[0]) if look.ring
                            else style))
    return areas, towns, markers


_CERTAINTY_KEYS = {"confirmed": "confirmed", "claimed": "claimedHolder",
                   "approximate": "approximateHolder"}


def _legend_content(timeline: Timeline, rows: dict[str, ControlChange],
                    areas: dict[str, list[Area]], towns: list[Area], current: list[Arrow],
                    labels: list[Label], geometries: gpd.GeoDataFrame, sites: bool,
                    fronts: bool) -> LegendContent:
    """What the picture draws: its sides (holders, the sides they fight, the arrows'
    sides) and its marks (keys of the style's legend words)."""
    drawn_sides = {row.side for row in rows.values()} | {a.movement.side for a in current} | \
        {side for row in rows.values() for side in row.by}
    keys = {_CERTAINTY_KEYS.get(str(row.certainty), "confirmed") for row in rows.values()}
    keys |= {str(row.state) for row in rows.values() if row.state != "whole"}
    kinds = dict(zip(geometries["id"], geometries["kind"], strict=True))
    if any(kinds.get(pid) in REGION_KINDS and kinds.get(pid) != "district" for pid in rows):
        keys.add("region")
    if any(area.dash is not None for area in areas["quarter"] + towns):
        keys.add("approximate")
    for arrow in current:
        if arrow.ring:
            keys.add("target")
        elif not arrow.derived:
            keys.add(str(arrow.movement.status))
        elif areas["quarter"]:  # derived advances are drawn on the city's panel
            keys.add("derived")
        if arrow.movement.kind == "evacuation":
            keys.add("evacuation")
    keys |= {key for key, drawn in (("mention", labels), ("site", sites), ("front", fronts))
             if drawn}
    sides = tuple(side for side in timeline.sides.values() if side.id in drawn_sides)
    return LegendContent(sides, tuple(sorted(keys)))


def _draw_header(draw: ImageDraw.ImageDraw, fonts: Fonts, size: PictureSize, headline: str,
                 day: dt.date) -> int:
    """The headline (two lines at most) and "As of" the day; returns its bottom."""
    left = size.px(MARGIN)
    y: float = size.px(MARGIN) - size.px(4)
    for line in fit_lines(headline, fonts.title, size.width - 2 * left, 2):
        draw.text((left, y), line, font=fonts.title, fill=INK)
        y += fonts.title.size * 1.2
    draw.text((left, y + size.px(2)), f"As of {day.day} {day:%B %Y}", font=fonts.subtitle,
              fill=GREY)
    return round(y + size.px(2) + fonts.subtitle.size * 1.25)


def _draw_footer(draw: ImageDraw.ImageDraw, fonts: Fonts, size: PictureSize,
                 words: Masthead, note: str = "") -> int:
    """The note (the map's check of the article's figures, two lines at most), the source
    line (two lines at most) and the credits at the bottom; returns the footer's top."""
    left, width = size.px(MARGIN), size.width - 2 * size.px(MARGIN)
    line_height = fonts.note.size * 1.3
    credit = plain_text(f"{words.credit}. {words.base_credit}.")
    lines = fit_lines(note, fonts.note, width, 2) if note else []
    lines += fit_lines(words.source_line, fonts.note, width, 2) if words.source_line else []
    lines += fit_lines(credit, fonts.note, width, 1)
    top = round(size.height - size.px(MARGIN) * 0.6 - line_height * len(lines))
    for number, line in enumerate(lines):
        draw.text((left, top + number * line_height), line, font=fonts.note, fill=GREY)
    return top


def _panel_boxes(size: PictureSize, top: int, bottom: int, with_detail: bool, right: int
                 ) -> tuple[PanelBox, PanelBox]:
    """The boxes of the overview (left) and of the city's quarters (right of it), up to
    ``right``."""
    left = size.px(MARGIN)
    gap = size.px(16)
    overview_width = round((right - left - gap) * 0.6) if with_detail else right - left
    return ((left, top, left + overview_width, bottom),
            (left + overview_width + gap, top, right, bottom))


def _overview_bounds(geometries: gpd.GeoDataFrame, towns: list[Area], current: list[Arrow]
                     ) -> Box:
    """What the overview shows: the towns and the arrows drawn on it, 0.3° round."""
    minx, miny, maxx, maxy = tuple(geometries.total_bounds) if len(geometries) else \
        (-1.0, -1.0, 1.0, 1.0)
    if not towns:
        return (minx, miny, maxx, maxy)
    minx, miny, maxx, maxy = ring_bounds([r for a in towns for r in a.rings])
    for arrow in current:
        if not arrow.derived:
            ax0, ay0, ax1, ay1 = arrow.shaft.bounds
            minx, miny = min(minx, ax0), min(miny, ay0)
            maxx, maxy = max(maxx, ax1), max(maxy, ay1)
    return (minx - 0.3, miny - 0.3, maxx + 0.3, maxy + 0.3)


@dataclass(frozen=True)
class _Marks:
    """What a panel draws over the base geography."""

    towns: list[Area]
    quarters: list[Area]
    markers: list[tuple[float, float, SideStyle]]
    current: list[Arrow]
    sites: list[tuple[float, float, str, ControlChange]]
    fronts: Sequence[FrontLine]


def _sites_on(geometries: gpd.GeoDataFrame, rows: dict[str, ControlChange]
              ) -> list[tuple[float, float, str, ControlChange]]:
    """The sites held on the day: lon, lat, symbol and control row."""
    from geo.mapping.sites import site_symbol
    from geo.parse.gazetteer import Place

    frame = geometries[geometries["id"].isin(rows) & (geometries["kind"] == "site")]
    return [(lon, lat, site_symbol(Place(pid, name, "site", lat, lon, "")), rows[pid])
            for pid, name, lon, lat in zip(frame["id"], frame["name"], frame["lon"],
                                           frame["lat"], strict=True)]


def _draw_marks(panel: Canvas, view: View, marks: _Marks, sides: dict[str, Side],
                u: float) -> list[Box]:
    """Areas, fronts, the arrows that are not derived, rings, town markers and sites;
    returns the boxes of the markers and sites."""
    draw_areas(panel, view, marks.towns, outline=0.8 * u, unit=u)
    draw_areas(panel, view, marks.quarters, outline=0.0, unit=u)
    draw_fronts(panel, view, marks.fronts, u)
    centres = [(*view.point(lon, lat), style) for lon, lat, style in marks.markers]
    radius, ring = MARKER_RADIUS * u, MARKER_RING * u
    moving = [a for a in marks.current if not a.derived]
    paths = arrow_paths(view, [a for a in moving if not a.ring], sides,
                        [(x, y) for x, y, _ in centres], radius + ring / 2, u)
    draw_shafts(panel, paths, STYLE.arrow.width * u, u)
    obstacles = draw_markers(panel, centres, radius, ring, u)
    draw_rings(panel, view, [a for a in moving if a.ring], sides, u)
    for lon, lat, symbol, row in marks.sites:
        x, y = view.point(lon, lat)
        draw_site(panel, x, y, symbol, row, sides)
        obstacles.append(circle_box(x, y, STYLE.site.radius + STYLE.site.weight))
    draw_heads(panel, paths, u)
    return obstacles


def _draw_overview(page: Image.Image, overview: View, marks: _Marks, sides: dict[str, Side],
                   labels: list[Label], base: BaseGeography | None, fonts: Fonts,
                   size: PictureSize) -> None:
    """The overview panel: the base geography, areas, arrows, markers, sites and the named
    places' dots, their names and the base map's, a scale."""
    u = size.unit
    panel = overview.canvas()
    if base is not None:
        draw_base(panel, overview, base, u)
    obstacles = _draw_marks(panel, overview, marks, sides, u)
    dots = [overview.point(lon, lat) for _, lon, lat in labels]
    for x, y in dots:
        draw_mention(panel, x, y, u)
    overview.paste(page, panel)
    draw = ImageDraw.Draw(page)
    scale = draw_scale_bar(draw, overview, fonts.scale, u)
    left, top = overview.box[:2]
    bar = (scale[0] - left, scale[1] - top, scale[2] - left, scale[3] - top)
    taken = draw_labels(draw, overview, labels, dots, [*obstacles, bar], fonts.label, u)
    if base is not None:
        draw_base_labels(draw, overview, base.labels, taken, fonts.base,
                         {name for name, _, _ in labels}, u)
    _frame(draw, overview, u)


def _draw_detail(page: Image.Image, detail: View, marks: _Marks, sides: dict[str, Side],
                 base: BaseGeography | None, names: list[Label], fonts: Fonts,
                 size: PictureSize, city: str) -> None:
    """The city panel: its quarters, front lines and the derived advances between them,
    the names of the quarters the article names, its title and a scale."""
    u = size.unit
    panel = detail.canvas()
    if base is not None:
        draw_base(panel, detail, base, u)
    draw_areas(panel, detail, marks.quarters, outline=0.5 * u, unit=u)
    draw_fronts(panel, detail, marks.fronts, u)
    paths = arrow_paths(detail, [a for a in marks.current if a.derived and not a.ring],
                        sides, unit=u)
    draw_shafts(panel, paths, STYLE.arrow.derived * u, u)
    draw_heads(panel, paths, u)
    detail.paste(page, panel)
    draw = ImageDraw.Draw(page)
    scale = draw_scale_bar(draw, detail, fonts.scale, u)
    box = _detail_title(draw, detail, fonts, size, city)
    left, top = detail.box[:2]
    draw_labels(draw, detail, names, [detail.point(lon, lat) for _, lon, lat in names],
                [box, (scale[0] - left, scale[1] - top, scale[2] - left, scale[3] - top)],
                fonts.quarter, u)
    _frame(draw, detail, u)


def _detail_title(draw: ImageDraw.ImageDraw, detail: View, fonts: Fonts, size: PictureSize,
                  city: str) -> Box:
    """The city panel's title in a white box at its top left; the box, in the panel's
    pixels."""
    left, top = detail.box[:2]
    title = plain_text(f"{city}, by quarter") if city else "The city, by quarter"
    width = fonts.panel.getlength(title)
    height = fonts.panel.size * 1.5
    draw.rectangle((left, top, left + width + size.px(16), top + height), fill=PAGE)
    draw.text((left + size.px(8), top + fonts.panel.size * 0.25), title, font=fonts.panel,
              fill=INK)
    return (0.0, 0.0, width + size.px(16), height)


def _frame(draw: ImageDraw.ImageDraw, view: View, unit: float) -> None:
    left, top, right, bottom = view.box
    draw.rectangle((left - 1, top - 1, right, bottom), outline=OUTLINE,
                   width=max(1, round(unit)))
