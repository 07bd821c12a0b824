"""A static picture of the map for one day (PNG, no tiles): for print, social cards, fallback."""

from __future__ import annotations

import datetime as dt
import io
import math

import geopandas as gpd
import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.patches import Polygon as PolygonPatch

from geo.geometry import Arrow
from geo.timeline import Timeline

# Names and titles come from data files: "$" must stay a dollar sign, not start mathtext.
matplotlib.rcParams["text.parse_math"] = False

_HATCHES = {"hatch": "////", "dots": ".."}
_LINESTYLES = {"done": "solid", "claimed": (0, (5, 3)), "planned": (0, (1, 3))}


def render_picture(geometries: gpd.GeoDataFrame, timeline: Timeline, arrows: list[Arrow],
                   day: dt.date, city: str, title: str, labels: list[tuple[str, float, float]]
                   ) -> bytes:
    """A PNG of the control state, movements and named places on ``day``.

    Left: the whole story (towns, arrows, labelled places); right: the city's quarters.
    Geometries are plotted in lon/lat (EPSG:4326) with an aspect corrected for latitude.
    """
    state = timeline.control_state_on(day)
    sides = timeline.sides
    frame = geometries[geometries["id"].isin(state)].copy()
    frame["side"] = frame["id"].map(state)
    frame["colour"] = frame["side"].map(lambda s: sides[s].colour if s in sides else "#bdbdbd")
    frame["hatch"] = frame["side"].map(lambda s: _HATCHES.get(sides[s].pattern) if s in sides
                                       else None)
    quarters = frame[frame["kind"] == "quarter"]
    towns = frame[frame["kind"] != "quarter"]
    # A Figure with the Agg canvas directly: no pyplot state, no GUI backend.
    figure = Figure(figsize=(13, 6.5), dpi=110)
    FigureCanvasAgg(figure)
    overview, detail = figure.subplots(1, 2, gridspec_kw={"width_ratios": [1.35, 1]})
    for axis in (overview, detail):
        axis.set_facecolor("#f4f1ea")
        axis.tick_params(labelsize=7)
    for _, row in towns.iterrows():
        _fill(overview, row, linewidth=0.8)
        if row["kind"] in ("city", "town"):
            # A town is a few pixels wide at this scale: a marker carries its holder's colour.
            pattern = sides[row["side"]].pattern if row["side"] in sides else "solid"
            overview.scatter([row["lon"]], [row["lat"]], s=170, color=row["colour"],
                             edgecolors="white", linewidths=1.5, zorder=5,
                             hatch=_HATCHES.get(pattern))
    for _, row in quarters.iterrows():
        _fill(overview, row, linewidth=0.1)
        _fill(detail, row, linewidth=0.4)
    for arrow in arrows:
        if not arrow.movement.start <= day <= arrow.movement.end:
            continue
        colour = sides[arrow.movement.side].colour
        axis = detail if arrow.derived else overview
        xs, ys = arrow.shaft.xy
        axis.plot(xs, ys, color=colour, linewidth=1.2 if arrow.derived else 2.4,
                  linestyle=_LINESTYLES[arrow.movement.status], zorder=4)
        axis.add_patch(PolygonPatch(list(arrow.head.exterior.coords), closed=True,
                                    facecolor=colour if arrow.movement.status == "done"
                                    else "white", edgecolor=colour, zorder=5))
    for name, lon, lat in labels:
        overview.plot(lon, lat, "o", markersize=2.5, color="#ffffff", zorder=6)
        overview.annotate(name, (lon, lat), xytext=(8, 4), textcoords="offset points",
                          fontsize=7.5, zorder=7)
    bounds = geometries.total_bounds
    if len(towns):
        minx, miny, maxx, maxy = towns.total_bounds
        for arrow in arrows:
            if not arrow.derived:
                ax0, ay0, ax1, ay1 = arrow.shaft.bounds
                minx, miny, maxx, maxy = min(minx, ax0), min(miny, ay0), max(maxx, ax1), \
                    max(maxy, ay1)
        bounds = (minx - 0.3, miny - 0.3, maxx + 0.3, maxy + 0.3)
    overview.set_xlim(bounds[0], bounds[2])
    overview.set_ylim(bounds[1], bounds[3])
    if len(quarters):
        minx, miny, maxx, maxy = quarters.total_bounds
        detail.set_xlim(minx, maxx)
        detail.set_ylim(miny, maxy)
    for axis in (overview, detail):
        lat = sum(axis.get_ylim()) / 2
        axis.set_aspect(1 / max(0.2, math.cos(math.radians(lat))))
    overview.set_title(f"{title}\n{day.strftime('%d %B %Y')}", fontsize=10, loc="left")
    detail.set_title(f"{city}: quarters by side (approximate boundaries)", fontsize=10,
                     loc="left")
    used = [s for s in sides.values() if s.id in set(state.values())]
    handles = [Patch(facecolor=s.colour, edgecolor="#333333", label=s.name,
                     hatch=_HATCHES.get(s.pattern)) for s in used]
    figure.legend(handles=handles, loc="lower center", ncol=min(5, len(handles)) or 1,
                  fontsize=8, frameon=False)
    figure.text(0.99, 0.01, "Arrows: solid = done, dashed = claimed, dotted = planned",
                ha="right", fontsize=7, color="#333333")
    figure.tight_layout(rect=(0, 0.06, 1, 1))
    buffer = io.BytesIO()
    # Fixed metadata keeps the PNG byte-identical between builds of the same data.
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def _fill(axis, row, linewidth: float) -> None:
    geometry = row.geometry
    polygons = geometry.geoms if geometry.geom_type == "MultiPolygon" else [geometry]
    for polygon in polygons:
        if polygon.geom_type != "Polygon":
            continue
        axis.add_patch(PolygonPatch(list(polygon.exterior.coords), closed=True,
                                    facecolor=row["colour"], alpha=0.7, edgecolor="#333333",
                                    hatch=row["hatch"] if isinstance(row["hatch"], str) else None,
                                    linewidth=linewidth,
                                    linestyle="--" if str(row["precision"]).startswith(
                                        "approximate") else "-"))
