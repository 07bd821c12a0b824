"""The map's data as one JSON document: areas with their control histories, arrows, events,
mention markers, areas held per day and views (all lon/lat, EPSG:4326, at 5 decimals)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

import geopandas as gpd
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from geo import settings
from geo.inputs.articles import Article
from geo.inputs.disputes import Dispute
from geo.inputs.lines import FrontLine
from geo.inputs.timeline import Timeline
from geo.mapping.areas import areas_of, held_areas, members_of, rows_on
from geo.mapping.arrows import Arrow
from geo.mapping.base_geography import BaseGeography, base_geography
from geo.mapping.geometry import simplify_for_display
from geo.mapping.regions import REGION_KINDS
from geo.mapping.sites import site_symbol
from geo.mapping.style import STYLE, ink_on, outline_colour, style_document
from geo.mapping.wording import movement_label
from geo.parse.gazetteer import Gazetteer, Place
from geo.parse.geoparse import Parse
from geo.parse.sentences import Quoter

MAX_QUOTES_PER_PLACE = 6
#: The most view buttons the map offers (the overview, cities with quarters, busy towns).
MAX_VIEWS = 6
#: The margin (degrees) round the named places of a story whose tables are empty, for its
#: overview.
_NAMED_MARGIN_DEG = 0.15

@dataclass
class MapInputs:
    """Everything the map shows, already computed by the pipeline."""

    gazetteer: Gazetteer
    geometries: gpd.GeoDataFrame
    timeline: Timeline
    arrows: list[Arrow]
    articles: list[Article]
    parses: dict[str, Parse]
    start: dt.date
    end: dt.date
    initial: dt.date
    city: str = ""
    derived_places: dict[str, Place] = field(default_factory=dict)
    #: Published figures with the map's check of each (:func:`figures.figure_checks`).
    figures: list[dict] = field(default_factory=list)
    #: Rival claims about rows of the timeline (``data/disputes.csv``).
    disputes: list[Dispute] = field(default_factory=list)
    #: Dated front lines (the line features of ``data/shapes.geojson``).
    lines: list[FrontLine] = field(default_factory=list)


def _round_geometry(geometry: BaseGeometry) -> dict:
    grid = 10.0 ** -settings.COORDINATE_PRECISION
    mapped = shapely.geometry.mapping(shapely.set_precision(geometry, grid))
    return json.loads(json.dumps(mapped), parse_float=lambda v: round(float(v),
                                                                     settings.COORDINATE_PRECISION))


def _latlon(coords: Iterable) -> list[list[float]]:
    p = settings.COORDINATE_PRECISION
    return [[round(y, p), round(x, p)] for x, y in coords]


def _known(gazetteer: Gazetteer, place_id: str) -> Place:
    """The place of an id the inputs' checks have already found in the gazetteer."""
    place = gazetteer.get(place_id)
    if place is None:
        raise ValueError(f"no place {place_id!r} in the gazetteer (inputs not checked?)")
    return place


def main_city(timeline: Timeline, gazetteer: Gazetteer) -> str:
    """The city whose quarters have the most control rows ("" when none)."""
    counts: dict[str, int] = {}
    for place_id in timeline.places():
        place = gazetteer.get(place_id)
        if place is not None and place.kind == "quarter" and place.parent:
            counts[place.parent] = counts.get(place.parent, 0) + 1
    return max(sorted(counts), key=lambda city: counts[city]) if counts else ""


def build_payload(inputs: MapInputs) -> dict:
    """The JSON document the page's script draws from."""
    gazetteer, timeline = inputs.gazetteer, inputs.timeline
    areas = _areas(inputs)
    places = _mention_markers(inputs)
    sites = _sites(inputs, places)
    views = _views(inputs, areas, places)
    used = {c.side for c in timeline.changes} | {m.side for m in timeline.movements} | \
        {e.side for e in timeline.events} | {s for c in timeline.changes for s in c.by}
    return {
        "start": inputs.start.isoformat(), "end": inputs.end.isoformat(),
        "initial": inputs.initial.isoformat(),
        "city": _known(gazetteer, inputs.city).name if inputs.city else "",
        "cityId": inputs.city,
        "sides": {s.id: {"id": s.id, "name": s.name, "colour": s.colour,
                         "outline": outline_colour(s.colour), "ink": ink_on(s.colour),
                         "pattern": s.pattern, "description": s.description}
                  for s in timeline.sides.values()},
        "legendSides": [s for s in timeline.sides if s in used],
        "legendKeys": legend_keys(inputs, areas, sites),
        "style": style_document(),
        "areas": areas, "sites": sites, "movements": _movements(inputs),
        "events": _events(inputs),
        "places": places, "areaByDay": _area_by_day(inputs),
        "figures": inputs.figures, "disputes": _disputes(inputs),
        "lines": _lines(inputs),
        "views": views,
        "base": _base(inputs, views, {a["id"] for a in areas} | {p["id"] for p in places}),
        "articles": [{"id": a.id, "title": a.title or a.name, "outlet": a.outlet,
                      "author": a.author, "published": a.published.isoformat(),
                      "url": a.url if a.url.lower().startswith(("http://", "https://")) else ""}
                     for a in inputs.articles],
    }


def _areas(inputs: MapInputs) -> list[dict]:
    """The polygons of the places with a control history: regions, then towns and cities,
    then districts and quarters, so that the smaller lie on the larger."""
    gazetteer, timeline = inputs.gazetteer, inputs.timeline
    geometry_of = dict(zip(inputs.geometries["id"],
                           simplify_for_display(inputs.geometries, gazetteer), strict=True))
    precision_of = dict(zip(inputs.geometries["id"], inputs.geometries["precision"], strict=True))
    areas = []
    for place_id in sorted(timeline.places(), key=lambda pid: (
            _DRAW_ORDER.get(_known(gazetteer, pid).kind, 1), pid)):
        place = gazetteer.get(place_id)
        shape = geometry_of.get(place_id)
        if place is None or shape is None or shape.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        areas.append({
            "id": place_id, "name": place.name, "kind": place.kind,
            "lat": round(place.lat, 5), "lon": round(place.lon, 5),
            "precision": precision_of[place_id], "geometry": _round_geometry(shape),
            "changes": _changes(timeline, place_id),
        })
    return areas


#: The order areas are drawn in, bottom first: regions under towns under quarters.
_DRAW_ORDER = {"country": 0, "region": 0, "governorate": 0, "district": 2, "quarter": 3}


def _changes(timeline: Timeline, place_id: str) -> list[dict]:
    """A place's control rows for the page, by date."""
    return [{"date": c.date.isoformat(), "side": c.side, "change": c.change,
             "certainty": c.certainty, "state": c.state, "by": list(c.by), "share": c.share,
             "quote": c.quote, "source": c.source, "note": c.note}
            for c in timeline.history(place_id)]


def _sites(inputs: MapInputs, places: list[dict]) -> list[dict]:
    """The sites with a control history or named in an article, with their symbol."""
    named = {p["id"] for p in places}
    held = set(inputs.timeline.places())
    sites = []
    for place in inputs.gazetteer.places.values():
        if place.kind != "site" or not (place.id in held or place.id in named):
            continue
        sites.append({"id": place.id, "name": place.name, "symbol": site_symbol(place),
                      "lat": round(place.lat, 5), "lon": round(place.lon, 5),
                      "changes": _changes(inputs.timeline, place.id)})
    return sorted(sites, key=lambda site: site["id"])


def legend_keys(inputs: MapInputs, areas: list[dict], sites: list[dict]) -> list[str]:
    """The legend entries of the map's own kinds that the map shows (keys of the style's
    legend words): states of control, certainties, regions, sites, evacuations."""
    rows = inputs.timeline.changes
    keys: list[str] = [str(c.state) for c in rows if c.state != "whole"]
    keys += [{"confirmed": "confirmed", "claimed": "claimedHolder",
              "approximate": "approximateHolder"}[c.certainty] for c in rows
             if c.certainty in ("confirmed", "claimed", "approximate")]
    if any((a["kind"] in REGION_KINDS and a["kind"] != "district") or
           (a["kind"] == "district" and not a["precision"].startswith("approximate: union"))
           for a in areas):
        keys.append("region")
    if sites:
        keys.append("site")
    if inputs.lines:
        keys.append("front")
    keys += ["evacuation" for m in inputs.timeline.movements if m.kind == "evacuation"]
    keys += ["target" for a in inputs.arrows if a.ring]
    order = list(STYLE.legend)
    return sorted(set(keys), key=order.index)


def _movements(inputs: MapInputs) -> list[dict]:
    """The arrows, with a label for readers ("ISIS advance on Palmyra, 8–11 Dec"), the
    place they end at (``target``) and both ends (``places``); a movement whose origin is
    not known is a ``ring`` round its target (shaft empty)."""
    movements = []
    for arrow in inputs.arrows:
        m = arrow.movement
        note = "; ".join(part for part in (m.note, arrow.origin_note) if part)
        point = arrow.head.coords[0] if arrow.ring else None
        movements.append({
            "id": m.id, "start": m.start.isoformat(), "end": m.end.isoformat(), "side": m.side,
            "kind": m.kind, "status": m.status, "derived": arrow.derived,
            "places": [m.from_place, m.to_place],
            "label": movement_label(m, inputs.gazetteer, inputs.timeline.sides, arrow.derived),
            "target": m.to_place or "", "quote": m.quote, "source": m.source,
            "note": note, "shaft": [] if arrow.ring else _latlon(arrow.shaft.coords),
            "head": _latlon(arrow.head_points),
            "ring": _latlon([point])[0] if point is not None else None,
        })
    return movements


def _events(inputs: MapInputs) -> list[dict]:
    """The events at their places (the page sets those of one place and day side by side,
    in pixels)."""
    events = []
    for event in inputs.timeline.events:
        place = _known(inputs.gazetteer, event.place_id)
        events.append({
            "id": event.id, "date": event.date.isoformat(), "side": event.side,
            "kind": event.kind, "status": event.status, "label": event.label,
            "quote": event.quote, "source": event.source, "note": event.note,
            "place": place.name,
            "placeId": place.id,
            "lat": round(place.lat, 5), "lon": round(place.lon, 5),
        })
    return events


def _area_by_day(inputs: MapInputs) -> list[list]:
    """``[day, {side: km²}, {"partly": {side: km²}, "contested": km², "approximate": bool}]``
    for the main city, on each day the areas held change; km² rounded to what the geometry
    supports (:func:`areas.round_area`)."""
    area_by_day: list[list] = []
    if not inputs.city:
        return area_by_day
    members = members_of(inputs.city, inputs.gazetteer, inputs.timeline)
    areas, precisions = areas_of(inputs.geometries)
    previous = None
    for day in inputs.timeline.change_days(inputs.start, inputs.end):
        held = held_areas(rows_on(inputs.timeline, day, members), areas, precisions)
        whole, partly, contested = held.rounded()
        entry = [whole, {"partly": partly, "contested": contested,
                         "approximate": held.approximate}]
        if entry != previous:
            area_by_day.append([day.isoformat(), *entry])
            previous = entry
    return area_by_day


def _lines(inputs: MapInputs) -> list[dict]:
    """The front lines, each a list of lines of ``[lat, lon]`` points."""
    lines = []
    for line in inputs.lines:
        parts = list(shapely.get_parts(line.geometry))
        simplified = [shapely.simplify(part, settings.SIMPLIFY_TOLERANCE_DEG) for part in parts]
        lines.append({"id": line.id, "start": line.start.isoformat(),
                      "end": line.end.isoformat(), "sides": list(line.sides),
                      "precision": line.precision, "quote": line.quote, "source": line.source,
                      "note": line.note, "paths": [_latlon(p.coords) for p in simplified]})
    return lines


def _disputes(inputs: MapInputs) -> list[dict]:
    """The rival claims, each with the place, table and date of the row it rivals, and
    the row's id for an event or a movement."""
    return [{"id": d.id, "table": d.table, "date": d.date.isoformat(), "place": d.place_id,
             "side": d.side, "claim": d.claim, "quote": d.quote, "source": d.source,
             "note": d.note, "rivals": d.rivals} for d in inputs.disputes]


#: Kinds of place that the map draws as a polygon or not at all: a country or a region
#: the article names gets no marker of its own (a marker at a country's centroid reads as
#: a town: the United States in Kansas); when the map draws its area, the area is the mark.
AREAL_KINDS = ("continent", "country", "region", "governorate", "district")


def _mention_markers(inputs: MapInputs) -> list[dict]:
    """The places the articles name, with a few quotes each; no areal place (the map draws
    its area, or a dot at its centroid would read as a town)."""
    markers: dict[str, dict] = {}
    for article in inputs.articles:
        parse = inputs.parses[article.id]
        quoter = Quoter(article.text)
        for mention in parse.mentions:
            if mention.cls != "toponym" or not mention.place_id:
                continue
            place = inputs.gazetteer.get(mention.place_id) or parse.derived.get(mention.place_id)
            if place is None or place.kind in AREAL_KINDS:
                continue
            marker = markers.setdefault(place.id, {
                "id": place.id, "name": place.name, "kind": place.kind,
                "lat": round(place.lat, 5), "lon": round(place.lon, 5),
                "precision": mention.precision, "source": place.source, "count": 0,
                "quotes": [],
            })
            marker["count"] += 1
            if len(marker["quotes"]) >= MAX_QUOTES_PER_PLACE:
                continue  # the popup shows a few quotes: later mentions are only counted
            quote = quoter.quote(mention)
            entry = {"article": article.title or article.name, "before": quote.before,
                     "mention": quote.mention, "after": quote.after}
            if entry not in marker["quotes"]:
                marker["quotes"].append(entry)
    return sorted(markers.values(), key=lambda m: m["id"])


def _line_points(geometry: BaseGeometry) -> list[list[list[float]]]:
    """The ``[lat, lon]`` points of each line of a (multi)line geometry."""
    return [_latlon(part.coords) for part in shapely.get_parts(geometry) if not part.is_empty]


def _polygonal(geometry: BaseGeometry) -> MultiPolygon:
    """The polygons of a geometry (of a collection too) as one multipolygon."""
    parts = [part for part in shapely.get_parts(geometry) if not part.is_empty]
    polygons = [p for part in parts for p in (part.geoms if isinstance(part, MultiPolygon)
                                              else [part]) if isinstance(p, Polygon)]
    return MultiPolygon(polygons)


def story_geography(inputs: MapInputs, views: list[dict], story_places: Iterable[str]
                    ) -> BaseGeography | None:
    """The base geography around the story's overview (``views[0]``), with the regions of
    the countries of ``story_places`` (:func:`geo.mapping.base_geography.base_geography`);
    ``None`` when there is no view."""
    if not views:
        return None
    (south, west), (north, east) = views[0]["bounds"]
    countries = {inputs.gazetteer.country_of(place_id) for place_id in story_places} - {""}
    return base_geography((west, south, east, north), inputs.gazetteer, countries)


def _base(inputs: MapInputs, views: list[dict], story_places: set[str]) -> dict:
    """The base geography for the page: land and lakes as GeoJSON polygons, the lines as
    ``[lat, lon]`` points, and the names of countries, regions and capitals that are not
    places of the story (the page names those itself)."""
    base = story_geography(inputs, views, story_places)
    if base is None:
        return {}
    return {
        "bounds": list(base.bounds),
        "land": _round_geometry(_polygonal(base.land)),
        "lakes": _round_geometry(_polygonal(base.lakes)),
        **{name: _line_points(lines) for name, lines in base.lines().items()},
        # Rows of name, kind, rank, lat, lon: some fifty labels, keys once.
        "labels": [[label.name, label.kind, label.rank, round(label.lat, 3),
                    round(label.lon, 3)] for label in base.labels
                   if label.place_id not in story_places],
    }


def _bounds(geometries: Iterable) -> list[list[float]]:
    # The bounds of the union are those of the parts: no need to compute the union.
    minx, miny, maxx, maxy = shapely.total_bounds(list(geometries))
    return [[round(miny, 4), round(minx, 4)], [round(maxy, 4), round(maxx, 4)]]


def _views(inputs: MapInputs, areas: list[dict], places: list[dict]) -> list[dict]:
    """Buttons that zoom to the whole story (its areas and arrows; with none, the places
    its articles name), to each city whose quarters the map draws (the main city first)
    and to the busiest towns: one view per place, :data:`MAX_VIEWS` at most."""
    shapes = [shapely.geometry.shape(a["geometry"]) for a in areas]
    shapes += [a.shaft for a in inputs.arrows if not a.derived]
    if not shapes:  # a new story, its data still empty: the places its articles name
        shapes = [shapely.Point(p["lon"], p["lat"]).buffer(_NAMED_MARGIN_DEG) for p in places]
    views: list[dict] = []
    if shapes:
        views.append({"id": "", "name": "Overview", "bounds": _bounds(shapes)})
    quarters_of: dict[str, list] = {}
    for area in areas:
        place = _known(inputs.gazetteer, area["id"])
        if place.kind == "quarter" and place.parent:
            quarters_of.setdefault(place.parent, []).append(
                shapely.geometry.shape(area["geometry"]))
    cities = sorted(quarters_of, key=lambda c: (c != inputs.city, -len(quarters_of[c]), c))
    for city in cities:
        if inputs.gazetteer.get(city) is not None:
            views.append({"id": city, "name": _known(inputs.gazetteer, city).name,
                          "bounds": _bounds(quarters_of[city])})
    counts = {p["id"]: p["count"] for p in places}
    towns = [a for a in areas if a["kind"] in ("city", "town")]
    towns.sort(key=lambda a: (-counts.get(a["id"], 0), a["id"]))
    seen = {view["id"] for view in views}
    for area in towns:
        if len(views) >= MAX_VIEWS:
            break
        if area["id"] in seen:
            continue
        seen.add(area["id"])
        shape = shapely.geometry.shape(area["geometry"]).buffer(0.08)
        views.append({"id": area["id"], "name": area["name"], "bounds": _bounds([shape])})
    return views
