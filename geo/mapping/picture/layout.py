"""The picture's page: the overview and city panels, the title and the legend, for one
day."""

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
from geo.mapping.picture.legend import draw_legend, legend_height_for
from geo.mapping.picture.palette import (
    GREY,
    HEIGHT,
    INK,
    MARGIN,
    MARKER_RADIUS,
    MARKER_RING,
    PAGE,
    WIDTH,
    SideStyle,
    side_style,
)
from geo.mapping.picture.states import draw_site, state_look
from geo.mapping.picture.text import (
    Fonts,
    draw_frame_and_ticks,
    draw_labels,
    fit_lines,
    plain_text,
    tick_label_width,
)
from geo.mapping.picture.view import Box, View, circle_box, exterior_rings, ring_bounds
from geo.mapping.regions import REGION_KINDS
from geo.mapping.style import STYLE


@dataclass(frozen=True)
class Picture:
    """A drawn picture and where its panels put lon/lat."""

    image: Image.Image
    overview: View
    detail: View | None

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
                 day: dt.date, city: str, title: str, labels: list[tuple[str, float, float]],
                 *, lines: Sequence[FrontLine] = (), note: str = "") -> Picture:
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
    lines : sequence of FrontLine
        Front lines; those whose dates include ``day`` are drawn.
    note : str
        A line under the city panel's title: the map's check of the article's figures.

    Returns
    -------
    Picture
        The image (``WIDTH`` x ``HEIGHT``, RGB) and its panels.
    """
    rows = rows_on(timeline, day)
    quarters, towns, markers = _places_on(geometries, timeline, rows)
    current = [a for a in arrows if a.movement.start <= day <= a.movement.end]
    shown = {r.side for r in rows.values()} | {s for r in rows.values() for s in r.by}
    used = [side for side in timeline.sides.values() if side.id in shown]

    page = Image.new("RGB", (WIDTH, HEIGHT), PAGE)
    draw = ImageDraw.Draw(page)
    fonts = Fonts()
    fronts = [line for line in lines if line.start <= day <= line.end]
    keys = legend_keys_on(rows, _sites_on(geometries, rows), current, geometries)
    keys += ["front"] * bool(fronts)
    legend_height = legend_height_for(used, fonts, keys)
    overview_box, detail_box = _panel_boxes(fonts, legend_height, bool(quarters))

    overview = View.fit(overview_box, _overview_bounds(geometries, towns, current))
    sites = _sites_on(geometries, rows)
    dots, obstacles = _draw_overview(page, overview, towns, quarters, markers, current,
                                     timeline.sides, labels, sites, fronts)
    detail = None
    if quarters:
        detail = View.fit(detail_box, ring_bounds([r for a in quarters for r in a.rings]))
        _draw_detail(page, detail, quarters, current, timeline.sides, fronts)

    # Text, at the final size.
    draw_labels(draw, overview, labels, dots, obstacles, fonts.label)
    for view in (overview, detail):
        if view is not None:
            draw_frame_and_ticks(draw, view, fonts.tick)
    _draw_titles(draw, fonts, title, day, overview_box,
                 f"{city}: quarters by side (approximate boundaries)" if detail else "",
                 detail_box, note)
    draw_legend(page, used, fonts, HEIGHT - MARGIN - legend_height, keys)
    return Picture(page, overview, detail)


PanelBox = tuple[int, int, int, int]


def legend_keys_on(rows: dict[str, ControlChange], sites: list, current: list[Arrow],
                   geometries: gpd.GeoDataFrame) -> list[str]:
    """The legend keys of the map's own kinds that the picture shows on its day."""
    keys: list[str] = [str(r.state) for r in rows.values() if r.state != "whole"]
    keys += [{"confirmed": "confirmed", "claimed": "claimedHolder",
              "approximate": "approximateHolder"}.get(r.certainty, "confirmed")
             for r in rows.values()]
    kinds = dict(zip(geometries["id"], geometries["kind"], strict=True))
    if any(kinds.get(pid) in REGION_KINDS and kinds.get(pid) != "district" for pid in rows):
        keys.append("region")
    keys += ["site"] * bool(sites)
    keys += ["evacuation" for a in current if a.movement.kind == "evacuation"]
    keys += ["target" for a in current if a.ring]
    order = list(STYLE.legend)
    return sorted(set(keys), key=order.index)


def rows_on(timeline: Timeline, day: dt.date) -> dict[str, ControlChange]:
    """The control row in force on ``day`` for each place that has one."""
    rows: dict[str, ControlChange] = {}
    for place_id in timeline.places():
        history = [c for c in timeline.history(place_id) if c.date <= day]
        if history:
            rows[place_id] = history[-1]
    return rows


def _places_on(geometries: gpd.GeoDataFrame, timeline: Timeline,
               rows: dict[str, ControlChange]
               ) -> tuple[list[Area], list[Area], list[tuple[float, float, SideStyle]]]:
    """The quarters and the other places held in ``rows`` (regions first, under the towns),
    and a marker (lon, lat, style) for each city and town."""
    frame = geometries[geometries["id"].isin(rows) & (geometries["kind"] != "site")]
    frame = frame.assign(_order=~frame["kind"].isin(REGION_KINDS)).sort_values(
        ["_order", "id"], kind="stable")
    quarters: list[Area] = []
    towns: list[Area] = []
    markers: list[tuple[float, float, SideStyle]] = []
    for place_id, kind, precision, lon, lat, geometry in zip(
            frame["id"], frame["kind"], frame["precision"], frame["lon"], frame["lat"],
            frame.geometry, strict=True):
        row = rows[place_id]
        style = side_style(timeline.sides.get(row.side), row.certainty)
        rings = exterior_rings(geometry)
        look = state_look(row, timeline.sides)
        area = Area(rings, style, STYLE.outline.dash_for(str(precision)), look)
        (quarters if kind == "quarter" else towns).append(area)
        if kind in ("city", "town"):
            # A town is a few pixels wide at this scale: a marker carries its holder's colour,
            # ringed in the besieger's when besieged (or encircled, or partly held).
            markers.append((lon, lat, replace(style, outline=look.ring[0]) if look.ring
                            else style))
    return quarters, towns, markers


def _panel_boxes(fonts: Fonts, legend_height: int, with_detail: bool
                 ) -> tuple[PanelBox, PanelBox]:
    """The boxes of the overview (left) and of the city's quarters (right): below the
    title, above the legend, with room for the degree ticks."""
    top = round(MARGIN + 2 * fonts.title.size + 3 * fonts.subtitle.size // 2 + 10)
    bottom = round(HEIGHT - MARGIN - legend_height - fonts.tick.size - 16)
    left = MARGIN + tick_label_width(fonts)
    gap = 30 + tick_label_width(fonts)
    usable = WIDTH - MARGIN - left
    overview_width = round((usable - gap) * 1.35 / 2.35) if with_detail else usable
    return ((left, top, left + overview_width, bottom),
            (left + overview_width + gap, top, WIDTH - MARGIN, bottom))


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


def _sites_on(geometries: gpd.GeoDataFrame, rows: dict[str, ControlChange]
              ) -> list[tuple[float, float, str, ControlChange]]:
    """The sites held on the day: lon, lat, symbol and control row."""
    from geo.mapping.sites import site_symbol
    from geo.parse.gazetteer import Place

    frame = geometries[geometries["id"].isin(rows) & (geometries["kind"] == "site")]
    return [(lon, lat, site_symbol(Place(pid, name, "site", lat, lon, "")), rows[pid])
            for pid, name, lon, lat in zip(frame["id"], frame["name"], frame["lon"],
                                           frame["lat"], strict=True)]


def _draw_overview(page: Image.Image, overview: View, towns: list[Area], quarters: list[Area],
                   markers: list[tuple[float, float, SideStyle]], current: list[Arrow],
                   sides: dict[str, Side], labels: list[tuple[str, float, float]],
                   sites: list[tuple[float, float, str, ControlChange]],
                   fronts: Sequence[FrontLine] = ()
                   ) -> tuple[list[tuple[float, float]], list[Box]]:
    """The overview panel on the page: areas, the arrows that are not derived, town
    markers, sites and the labelled places' dots; returns the dots and the markers' boxes."""
    panel = overview.canvas()
    draw_areas(panel, overview, towns, outline=0.8)
    draw_areas(panel, overview, quarters, outline=0.0)
    draw_fronts(panel, overview, fronts)
    centres = [(*overview.point(lon, lat), style) for lon, lat, style in markers]
    moving = [a for a in current if not a.derived]
    paths = arrow_paths(overview, [a for a in moving if not a.ring], sides,
                        [(x, y) for x, y, _ in centres], MARKER_RADIUS + MARKER_RING / 2)
    draw_shafts(panel, paths, STYLE.arrow.width)
    obstacles = draw_markers(panel, centres, MARKER_RADIUS, MARKER_RING)
    draw_rings(panel, overview, [a for a in moving if a.ring], sides)
    for lon, lat, symbol, row in sites:
        x, y = overview.point(lon, lat)
        draw_site(panel, x, y, symbol, row, sides)
        obstacles.append(circle_box(x, y, STYLE.site.radius + STYLE.site.weight))
    draw_heads(panel, paths)
    dots = [overview.point(lon, lat) for _, lon, lat in labels]
    for x, y in dots:
        draw_mention(panel, x, y)
    overview.paste(page, panel)
    return dots, obstacles


def _draw_detail(page: Image.Image, detail: View, quarters: list[Area], current: list[Arrow],
                 sides: dict[str, Side], fronts: Sequence[FrontLine] = ()) -> None:
    """The city panel on the page: its quarters, front lines and the derived advances
    between the quarters."""
    panel = detail.canvas()
    draw_areas(panel, detail, quarters, outline=0.5)
    draw_fronts(panel, detail, fronts)
    paths = arrow_paths(detail, [a for a in current if a.derived], sides)
    draw_shafts(panel, paths, STYLE.arrow.derived)
    draw_heads(panel, paths)
    detail.paste(page, panel)


def _draw_titles(draw: ImageDraw.ImageDraw, fonts: Fonts, title: str, day: dt.date,
                 overview_box: PanelBox, detail_title: str, detail_box: PanelBox,
                 note: str = "") -> None:
    """The title (two lines at most) and the day above the overview; the city panel's
    title above it, when there is one, with ``note`` (three lines at most) under it."""
    left = overview_box[0]
    heading = fit_lines(title, fonts.title, overview_box[2] - overview_box[0] + left - MARGIN,
                        2)
    y: float = MARGIN
    for line in heading:
        draw.text((MARGIN, y), line, font=fonts.title, fill=INK)
        y += fonts.title.size + 4
    draw.text((MARGIN, y + 2), day.strftime("%d %B %Y"), font=fonts.subtitle, fill=GREY)
    if detail_title:
        width = detail_box[2] - detail_box[0]
        notes = fit_lines(plain_text(note), fonts.note, width, 3) if note else []
        top = detail_box[1] - fonts.title.size - 10 - len(notes) * (fonts.note.size + 3)
        text = fit_lines(detail_title, fonts.title, width, 1)[0]
        draw.text((detail_box[0], top), text, font=fonts.title, fill=INK)
        for index, line in enumerate(notes):
            draw.text((detail_box[0], top + fonts.title.size + 4 + index * (fonts.note.size + 3)),
                      line, font=fonts.note, fill=GREY)
