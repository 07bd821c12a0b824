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
from geo.inputs.timeline import Timeline
from geo.mapping.arrows import Arrow
from geo.mapping.base_geography import BaseGeography, base_geography
from geo.mapping.geometry import area_by_side, simplify_for_display
from geo.mapping.style import outline_colour, style_document
from geo.mapping.wording import movement_label
from geo.parse.gazetteer import Gazetteer, Place
from geo.parse.geoparse import Parse
from geo.parse.sentences import Quoter

MAX_QUOTES_PER_PLACE = 6

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
    places = _mention_markers(inputs, {a["id"] for a in areas})
    views = _views(inputs, areas, places)
    used = {c.side for c in timeline.changes} | {m.side for m in timeline.movements} | \
        {e.side for e in timeline.events}
    return {
        "start": inputs.start.isoformat(), "end": inputs.end.isoformat(),
        "initial": inputs.initial.isoformat(),
        "city": _known(gazetteer, inputs.city).name if inputs.city else "",
        "cityId": inputs.city,
        "sides": {s.id: {"id": s.id, "name": s.name, "colour": s.colour,
                         "outline": outline_colour(s.colour), "pattern": s.pattern,
                         "description": s.description} for s in timeline.sides.values()},
        "legendSides": [s for s in timeline.sides if s in used],
        "style": style_document(),
        "areas": areas, "movements": _movements(inputs), "events": _events(inputs),
        "places": places, "areaByDay": _area_by_day(inputs),
        "views": views,
        "base": _base(inputs, views, {a["id"] for a in areas} | {p["id"] for p in places}),
        "articles": [{"id": a.id, "title": a.title or a.name, "outlet": a.outlet,
                      "author": a.author, "published": a.published.isoformat(),
                      "url": a.url if a.url.lower().startswith(("http://", "https://")) else ""}
                     for a in inputs.articles],
    }


def _areas(inputs: MapInputs) -> list[dict]:
    """The polygons of the places with a control history (towns first, then quarters)."""
    gazetteer, timeline = inputs.gazetteer, inputs.timeline
    geometry_of = dict(zip(inputs.geometries["id"],
                           simplify_for_display(inputs.geometries, gazetteer), strict=True))
    precision_of = dict(zip(inputs.geometries["id"], inputs.geometries["precision"], strict=True))
    areas = []
    for place_id in sorted(timeline.places(), key=lambda pid: (
            _known(gazetteer, pid).kind == "quarter", pid)):
        place = gazetteer.get(place_id)
        shape = geometry_of.get(place_id)
        if place is None or shape is None or shape.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        areas.append({
            "id": place_id, "name": place.name, "kind": place.kind,
            "lat": round(place.lat, 5), "lon": round(place.lon, 5),
            "precision": precision_of[place_id], "geometry": _round_geometry(shape),
            "changes": [{"date": c.date.isoformat(), "side": c.side, "change": c.change,
                         "certainty": c.certainty, "quote": c.quote, "source": c.source,
                         "note": c.note} for c in timeline.history(place_id)],
        })
    return areas


def _movements(inputs: MapInputs) -> list[dict]:
    """The arrows, with a label for readers ("ISIS advance on Palmyra, 8–11 Dec") and the
    place they end at (``target``)."""
    movements = []
    for arrow in inputs.arrows:
        m = arrow.movement
        movements.append({
            "id": m.id, "start": m.start.isoformat(), "end": m.end.isoformat(), "side": m.side,
            "kind": m.kind, "status": m.status, "derived": arrow.derived,
            "label": movement_label(m, inputs.gazetteer, inputs.timeline.sides, arrow.derived),
            "target": m.to_place or "", "quote": m.quote, "source": m.source,
            "note": m.note, "shaft": _latlon(arrow.shaft.coords),
            "head": _latlon(arrow.head.exterior.coords),
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
            "quote": event.quote, "source": event.source, "place": place.name,
            "lat": round(place.lat, 5), "lon": round(place.lon, 5),
        })
    return events


def _area_by_day(inputs: MapInputs) -> list[list]:
    """``[day, {side: km²}]`` for the main city, on each day the areas held change."""
    area_by_day: list[list] = []
    previous, previous_state = None, None
    day = inputs.start
    while day <= inputs.end and inputs.city:
        state = inputs.timeline.control_state_on(day)
        if state != previous_state:  # areas change only when some place changes hands
            held = area_by_side(inputs.geometries, state, inputs.city, inputs.gazetteer)
            if held != previous:
                area_by_day.append([day.isoformat(), held])
                previous = held
            previous_state = state
        day += dt.timedelta(days=1)
    return area_by_day


#: Kinds of place that the map draws as a polygon or not at all: a country or a region
#: the article names gets no marker of its own unless it is one of the map's areas (a
#: marker at a country's centroid reads as a town: the United States in Kansas).
AREAL_KINDS = ("continent", "country", "region", "governorate", "district")


def _mention_markers(inputs: MapInputs, areas: frozenset[str] | set[str] = frozenset()
                     ) -> list[dict]:
    """The places the articles name, with a few quotes each; areal places only when the
    map draws their polygon."""
    markers: dict[str, dict] = {}
    for article in inputs.articles:
        parse = inputs.parses[article.id]
        quoter = Quoter(article.text)
        for mention in parse.mentions:
            if mention.cls != "toponym" or not mention.place_id:
                continue
            place = inputs.gazetteer.get(mention.place_id) or parse.derived.get(mention.place_id)
            if place is None or (place.kind in AREAL_KINDS and place.id not in areas):
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


def _lines(geometry: BaseGeometry) -> list[list[list[float]]]:
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
        **{name: _lines(lines) for name, lines in base.lines().items()},
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
    """Buttons that zoom to the whole story, the main city and the busiest towns."""
    shapes = [shapely.geometry.shape(a["geometry"]) for a in areas]
    shapes += [a.shaft for a in inputs.arrows if not a.derived]
    views = []
    if shapes:
        views.append({"name": "Overview", "bounds": _bounds(shapes)})
    if inputs.city:
        city = [shapely.geometry.shape(a["geometry"]) for a in areas
                if _known(inputs.gazetteer, a["id"]).parent == inputs.city]
        if city:
            views.append({"name": _known(inputs.gazetteer, inputs.city).name,
                          "bounds": _bounds(city)})
    counts = {p["id"]: p["count"] for p in places}
    towns = [a for a in areas if a["kind"] in ("city", "town")]
    towns.sort(key=lambda a: (-counts.get(a["id"], 0), a["id"]))
    for area in towns[:4]:
        shape = shapely.geometry.shape(area["geometry"]).buffer(0.08)
        views.append({"name": area["name"], "bounds": _bounds([shape])})
    return views
