"""Render the interactive map: a Folium map whose layers our small script fills by date.

Folium builds the page, the base tiles, the layer groups and the layer control; the data
(areas with their control histories, arrows, events, mention markers) travels as one JSON
document, and ``assets/warmap.js`` draws it for the date the slider selects. Each area
carries only its own list of changes, so the page grows with features and changes, not
with features times days. Strings from articles and data files reach the page only inside
that JSON (with ``<``, ``>`` and ``&`` escaped) and are put into the page with
``textContent`` (popups, tooltips and labels get DOM nodes, never HTML strings): they are
always text, never markup.

In the page the JSON is packed (:func:`pack_payload`): long strings (quotes, sources,
notes) are stored once in a ``texts`` table and referred to by index, and coordinates are
encoded polylines at the project's 5 decimals. The script unpacks it before drawing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

import folium
import geopandas as gpd
import shapely
import xyzservices
from branca.element import Element, MacroElement
from jinja2 import Template

from geo import settings
from geo.inputs.articles import Article
from geo.inputs.timeline import Timeline
from geo.mapping.arrows import Arrow
from geo.mapping.assets import compact_css, compact_js, inline_leaflet, read_asset
from geo.mapping.geometry import area_by_side, simplify_for_display
from geo.parse.gazetteer import Gazetteer, Place
from geo.parse.geoparse import Parse
from geo.parse.sentences import Quoter

MAX_QUOTES_PER_PLACE = 6

#: Light colours of the OpenStreetMap Carto base map that large areas of the map sit on
#: (land, sand/desert, white): outlines and arrows must reach 3:1 contrast against all of
#: them (WCAG 2.1, 1.4.11 non-text contrast).
BASEMAP_LIGHT_COLOURS = ("#f2efe9", "#f5e9c6", "#ffffff")
MIN_GRAPHIC_CONTRAST = 3.0


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


def _round_geometry(geometry) -> dict:
    grid = 10.0 ** -settings.COORDINATE_PRECISION
    mapped = shapely.geometry.mapping(shapely.set_precision(geometry, grid))
    return json.loads(json.dumps(mapped), parse_float=lambda v: round(float(v),
                                                                     settings.COORDINATE_PRECISION))


def _latlon(coords: Iterable) -> list[list[float]]:
    p = settings.COORDINATE_PRECISION
    return [[round(y, p), round(x, p)] for x, y in coords]


def main_city(timeline: Timeline, gazetteer: Gazetteer) -> str:
    """The city whose quarters have the most control rows ("" when none)."""
    counts: dict[str, int] = {}
    for place_id in timeline.places():
        place = gazetteer.get(place_id)
        if place is not None and place.kind == "quarter" and place.parent:
            counts[place.parent] = counts.get(place.parent, 0) + 1
    return max(sorted(counts), key=counts.get) if counts else ""


def build_payload(inputs: MapInputs) -> dict:
    """The JSON document the page's script draws from."""
    gazetteer, timeline = inputs.gazetteer, inputs.timeline
    geometry_of = dict(zip(inputs.geometries["id"],
                           simplify_for_display(inputs.geometries, gazetteer), strict=True))
    precision_of = dict(zip(inputs.geometries["id"], inputs.geometries["precision"], strict=True))
    areas = []
    for place_id in sorted(timeline.places(), key=lambda pid: (
            gazetteer.get(pid).kind == "quarter", pid)):
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
    movements = []
    for arrow in inputs.arrows:
        m = arrow.movement
        origin = gazetteer.get(m.from_place).name if m.from_place else \
            f"{m.distance_km:g} km from bearing {m.bearing_deg:g}°"
        target = gazetteer.get(m.to_place).name if m.to_place else \
            f"towards bearing {m.bearing_deg:g}°"
        movements.append({
            "id": m.id, "start": m.start.isoformat(), "end": m.end.isoformat(), "side": m.side,
            "kind": m.kind, "status": m.status, "derived": arrow.derived,
            "label": f"{origin} → {target}", "quote": m.quote, "source": m.source,
            "note": m.note, "shaft": _latlon(arrow.shaft.coords),
            "head": _latlon(arrow.head.exterior.coords),
        })
    events = []
    earlier: dict[tuple[str, dt.date], int] = {}  # events so far per (place, day)
    for event in timeline.events:
        place = gazetteer.get(event.place_id)
        same = earlier.get((event.place_id, event.date), 0)
        earlier[(event.place_id, event.date)] = same + 1
        # Events of one place and day are fanned out so each stays clickable.
        offset = 0.012 * same
        events.append({
            "id": event.id, "date": event.date.isoformat(), "side": event.side,
            "kind": event.kind, "status": event.status, "label": event.label,
            "quote": event.quote, "source": event.source, "place": place.name,
            "lat": round(place.lat + offset, 5), "lon": round(place.lon + offset, 5),
        })
    places = _mention_markers(inputs)
    area_by_day = []
    previous, previous_state = None, None
    day = inputs.start
    while day <= inputs.end and inputs.city:
        state = timeline.control_state_on(day)
        if state != previous_state:  # areas change only when some place changes hands
            held = area_by_side(inputs.geometries, state, inputs.city, gazetteer)
            if held != previous:
                area_by_day.append([day.isoformat(), held])
                previous = held
            previous_state = state
        day += dt.timedelta(days=1)
    used = {c.side for c in timeline.changes} | {m.side for m in timeline.movements} | \
        {e.side for e in timeline.events}
    return {
        "start": inputs.start.isoformat(), "end": inputs.end.isoformat(),
        "initial": inputs.initial.isoformat(),
        "city": gazetteer.get(inputs.city).name if inputs.city else "",
        "sides": {s.id: {"id": s.id, "name": s.name, "colour": s.colour,
                         "outline": outline_colour(s.colour), "pattern": s.pattern,
                         "description": s.description} for s in timeline.sides.values()},
        "legendSides": [s for s in timeline.sides if s in used],
        "areas": areas, "movements": movements, "events": events, "places": places,
        "areaByDay": area_by_day, "views": _views(inputs, areas, places),
        "articles": [{"title": a.title or a.name, "outlet": a.outlet, "author": a.author,
                      "published": a.published.isoformat(), "url": a.url}
                     for a in inputs.articles],
    }


def _mention_markers(inputs: MapInputs) -> list[dict]:
    markers: dict[str, dict] = {}
    for article in inputs.articles:
        parse = inputs.parses[article.id]
        quoter = Quoter(article.text)
        for mention in parse.mentions:
            if mention.cls != "toponym" or not mention.place_id:
                continue
            place = inputs.gazetteer.get(mention.place_id) or parse.derived.get(mention.place_id)
            if place is None:
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
                if inputs.gazetteer.get(a["id"]).parent == inputs.city]
        if city:
            views.append({"name": inputs.gazetteer.get(inputs.city).name,
                          "bounds": _bounds(city)})
    counts = {p["id"]: p["count"] for p in places}
    towns = [a for a in areas if a["kind"] in ("city", "town")]
    towns.sort(key=lambda a: (-counts.get(a["id"], 0), a["id"]))
    for area in towns[:4]:
        shape = shapely.geometry.shape(area["geometry"]).buffer(0.08)
        views.append({"name": area["name"], "bounds": _bounds([shape])})
    return views


def _relative_luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    a, b = sorted((_relative_luminance(first), _relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


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


def _polyline_number(value: int) -> str:
    value = ~(value << 1) if value < 0 else value << 1
    chunks = []
    while value >= 0x20:
        chunks.append(chr((0x20 | (value & 0x1F)) + 63))
        value >>= 5
    chunks.append(chr(value + 63))
    return "".join(chunks)


def encode_polyline(latlons: Iterable) -> str:
    """Google's encoded polyline format at 5 decimals (the project's coordinate precision)."""
    scale = 10 ** settings.COORDINATE_PRECISION
    parts, last_lat, last_lon = [], 0, 0
    for lat, lon in latlons:
        ilat, ilon = round(lat * scale), round(lon * scale)
        parts += [_polyline_number(ilat - last_lat), _polyline_number(ilon - last_lon)]
        last_lat, last_lon = ilat, ilon
    return "".join(parts)


def decode_polyline(text: str) -> list[list[float]]:
    """The ``[lat, lon]`` points of an encoded polyline (inverse of :func:`encode_polyline`)."""
    scale = 10 ** settings.COORDINATE_PRECISION
    numbers, value, shift = [], 0, 0
    for char in text:
        chunk = ord(char) - 63
        value |= (chunk & 0x1F) << shift
        shift += 5
        if chunk < 0x20:
            numbers.append(~(value >> 1) if value & 1 else value >> 1)
            value, shift = 0, 0
    points, lat, lon = [], 0, 0
    for dlat, dlon in zip(numbers[::2], numbers[1::2], strict=True):
        lat, lon = lat + dlat, lon + dlon
        points.append([round(lat / scale, settings.COORDINATE_PRECISION),
                       round(lon / scale, settings.COORDINATE_PRECISION)])
    return points


def _pack_rings(geometry: dict) -> list[list[str]]:
    """GeoJSON (lon/lat) polygon or multipolygon -> polygons of encoded lat/lon rings; the
    closing vertex is dropped (Leaflet closes rings itself)."""
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else \
        geometry["coordinates"]
    return [[encode_polyline((y, x) for x, y in ring[:-1]) for ring in polygon]
            for polygon in polygons]


def _unpack_rings(polygons: list[list[str]]) -> dict:
    """Inverse of :func:`_pack_rings`: a GeoJSON (lon/lat) Polygon or MultiPolygon."""
    def ring(text: str) -> list[list[float]]:
        points = [[lon, lat] for lat, lon in decode_polyline(text)]
        return [*points, points[0]] if points else points
    coordinates = [[ring(r) for r in polygon] for polygon in polygons]
    if len(coordinates) == 1:
        return {"type": "Polygon", "coordinates": coordinates[0]}
    return {"type": "MultiPolygon", "coordinates": coordinates}


#: The lists of the payload that the page carries as tables (keys once, then rows), and
#: the lists nested in their items that are tables too.
_TABLES = ("areas", "movements", "events", "places")
_NESTED = {"areas": "changes", "places": "quotes"}
#: Keys whose strings go to the ``texts`` table, per list (nested lists as "list.nested").
_TEXT_KEYS = {
    "areas": ("precision",), "areas.changes": ("quote", "source", "note"),
    "movements": ("label", "quote", "source", "note"), "events": ("quote", "source"),
    "places": ("source",), "places.quotes": ("article",),
}


def _rows(items: list[dict], keys: list[str], strings: Iterable[str], text) -> list[list]:
    strings = set(strings)
    return [[text(item[k]) if k in strings else item[k] for k in keys] for item in items]


def _items(rows: list[list], keys: list[str], strings: Iterable[str], texts: list[str]
           ) -> list[dict]:
    strings = set(strings)
    return [{k: texts[v] if k in strings else v for k, v in zip(keys, row, strict=True)}
            for row in rows]


def pack_payload(payload: dict) -> dict:
    """The payload as the page carries it: tables, strings once, coordinates as polylines.

    Each list of :data:`_TABLES` becomes ``{"keys": [...], "rows": [[...], ...]}``: the
    keys once, not once per item; the changes of an area and the quotes of a place are rows
    too, under the ``nestedKeys`` of their table. Long or repeated strings (quotes, sources,
    notes, labels, precisions, a quote's article) become indexes into ``texts``; an area's
    ``geometry`` becomes a list of polygons of encoded rings, a movement's ``shaft`` and
    ``head`` encoded lines. :func:`unpack_payload`, and ``unpack`` in
    ``assets/warmap.js``, give the payload back.
    """
    texts: list[str] = []
    index: dict[str, int] = {}

    def text(value: str) -> int:
        if value not in index:
            index[value] = len(texts)
            texts.append(value)
        return index[value]

    packed = dict(payload)
    for name in _TABLES:
        items = [dict(item) for item in payload[name]]
        keys = list(items[0]) if items else []
        table: dict = {"keys": keys}
        nested = _NESTED.get(name)
        if nested:
            inner = [row for item in items for row in item[nested]]
            table["nestedKeys"] = list(inner[0]) if inner else []
        for item in items:
            if name == "areas":
                item["geometry"] = _pack_rings(item["geometry"])
            elif name == "movements":
                item["shaft"] = encode_polyline(item["shaft"])
                item["head"] = encode_polyline(item["head"][:-1])
            if nested:
                item[nested] = _rows(item[nested], table["nestedKeys"],
                                     _TEXT_KEYS[f"{name}.{nested}"], text)
        table["rows"] = _rows(items, keys, _TEXT_KEYS[name], text)
        packed[name] = table
    packed["texts"] = texts
    return packed


def unpack_payload(packed: dict) -> dict:
    """The inverse of :func:`pack_payload` (coordinates at the project's precision), for
    tools and tests that read the data of a built ``map.html``."""
    texts = packed["texts"]
    payload = {k: v for k, v in packed.items() if k != "texts"}
    for name in _TABLES:
        table = packed[name]
        items = _items(table["rows"], table["keys"], _TEXT_KEYS[name], texts)
        nested = _NESTED.get(name)
        for item in items:
            if nested:
                item[nested] = _items(item[nested], table["nestedKeys"],
                                      _TEXT_KEYS[f"{name}.{nested}"], texts)
            if name == "areas":
                item["geometry"] = _unpack_rings(item["geometry"])
            elif name == "movements":
                item["shaft"] = decode_polyline(item["shaft"])
                head = decode_polyline(item["head"])
                item["head"] = [*head, head[0]] if head else head
        payload[name] = items
    return payload


def read_map_payload(html: str) -> dict:
    """The unpacked data of a ``map.html`` page built by :func:`render_map`."""
    match = re.search(r'<script type="application/json" id="warmap-data">(.*?)</script>',
                      html, re.S)
    if match is None:
        raise ValueError("not a warmap page: no warmap-data script")
    return unpack_payload(json.loads(match.group(1)))


def json_for_script(payload: dict) -> str:
    """JSON that is safe inside ``<script type="application/json">`` (no ``</script>``)."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


class _Controller(MacroElement):
    """Calls ``warmapInit`` with the map, its layer groups and the JSON payload."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            warmapInit({{ this.map.get_name() }}, {
                control: {{ this.layers.control.get_name() }},
                movements: {{ this.layers.movements.get_name() }},
                events: {{ this.layers.events.get_name() }},
                places: {{ this.layers.places.get_name() }}
            }, JSON.parse(document.getElementById("warmap-data").textContent));
        {% endmacro %}
    """)

    def __init__(self, map_: folium.Map, layers: dict):
        super().__init__()
        self._name = "WarmapController"
        self.map = map_
        self.layers = type("Layers", (), layers)


def is_tile_template(tiles: str) -> bool:
    """Whether ``tiles`` is a URL template (``https://host/{z}/{x}/{y}.png``), not a name."""
    return "://" in tiles and all(part in tiles for part in ("{z}", "{x}", "{y}"))


def tile_layer(tiles: str, attribution: str = "") -> folium.TileLayer | None:
    """The base layer for ``tiles``: an xyzservices provider name, a URL template, or
    ``"none"`` (no base map). ``attribution`` is plain text (it is escaped); by default a
    provider's own attribution, or the template's host for a template."""
    if tiles.lower() == "none":
        return None
    if is_tile_template(tiles):
        host = re.sub(r"^[a-z]+://([^/]+).*$", r"\1", tiles, flags=re.I)
        return folium.TileLayer(tiles=tiles, attr=escape(attribution or f"Tiles: {host}"),
                                name="Base map", max_zoom=19, overlay=False, control=True)
    try:
        provider = _provider(tiles)
    except ValueError:
        raise ValueError(f"unknown tiles {tiles!r}: expected an xyzservices provider name "
                         "(e.g. OpenStreetMap.Mapnik), a URL template with {z}, {x} and {y}, "
                         "or 'none'") from None
    attr = escape(attribution) if attribution else provider.html_attribution
    return folium.TileLayer(tiles=provider.build_url(), attr=attr, name=provider.name,
                            max_zoom=provider.get("max_zoom", 19), overlay=False,
                            control=True)


RENDERERS = ("auto", "svg", "canvas")


def choose_renderer(payload: dict, renderer: str = "auto") -> str:
    """``"svg"`` or ``"canvas"``: ``auto`` picks canvas above
    :data:`settings.CANVAS_THRESHOLD` features (areas, arrows, events, place markers)."""
    if renderer not in RENDERERS:
        raise ValueError(f"unknown renderer {renderer!r}: expected one of "
                         f"{', '.join(RENDERERS)}")
    if renderer != "auto":
        return renderer
    count = sum(len(payload[key]) for key in ("areas", "movements", "events", "places"))
    return "canvas" if count > settings.CANVAS_THRESHOLD else "svg"


@lru_cache(maxsize=16)
def _provider(name: str) -> xyzservices.TileProvider:
    return xyzservices.providers.query_name(name)


def render_map(payload: dict, title: str, tiles: str = settings.DEFAULT_TILES,
               attribution: str = "", renderer: str = "auto", description: str = "",
               picture_url: str = "", page_url: str = "") -> str:
    """The map page as one self-contained HTML string.

    Parameters
    ----------
    payload : dict
        From :func:`build_payload`.
    title : str
        Page title (escaped).
    tiles : str
        An xyzservices provider name, e.g. ``"OpenStreetMap.Mapnik"``, a tile URL template
        such as ``"http://127.0.0.1:8000/{z}/{x}/{y}.png"``, or ``"none"``.
    attribution : str
        Plain-text attribution for the tiles (escaped); default: the provider's own.
    renderer : str
        ``"svg"`` (an element per feature), ``"canvas"`` (one canvas: fast with thousands
        of features) or ``"auto"`` (see :func:`choose_renderer`).
    description : str
        Plain-text summary for search engines and link previews (escaped).
    picture_url, page_url : str
        Absolute addresses of the static picture and of the page, for link previews
        (Open Graph, Twitter cards); left out when empty or relative.
    """
    payload = {**payload, "renderer": choose_renderer(payload, renderer)}
    views = payload["views"]
    bounds = views[0]["bounds"] if views else [[32.0, 35.0], [37.5, 44.0]]
    center = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]
    # Half zoom steps: a view fits its bounds beside the controls without falling a whole
    # level (a city at zoom 12.5 rather than 12); the +/- buttons still step by one.
    map_ = folium.Map(location=center, zoom_start=7, tiles=None, control_scale=True,
                      scroll_wheel_zoom=False, zoom_snap=0.5)
    # Everything the page needs is inlined below; no script or style from a CDN.
    map_.default_js = []
    map_.default_css = []
    base = tile_layer(tiles, attribution)
    if base is not None:
        base.add_to(map_)
    layers = {
        "control": folium.FeatureGroup(name="Control areas", show=True),
        "movements": folium.FeatureGroup(name="Movements", show=True),
        "events": folium.FeatureGroup(name="Events", show=True),
        "places": folium.FeatureGroup(name="Places named in the article", show=True),
    }
    for layer in layers.values():
        layer.add_to(map_)
    folium.LayerControl(collapsed=True, position="topright").add_to(map_)
    # No map_.fit_bounds: Folium's is animated, and Leaflet drops every view change asked
    # during a zoom animation (a reader's first click on a zoom button). warmap.js fits the
    # first view's bounds without animation before the page says it is ready.
    map_.add_child(_Controller(map_, layers))
    root = map_.get_root()
    # Raw HTML goes in as a template *variable*: branca would parse an Element's text as a
    # Jinja template, and a "{{" or "{%" in a quote must stay text, never be evaluated.
    root.header.add_child(_Raw(
        f"<title>{escape(title)}</title>\n"
        f"{_preview_meta(title, description, picture_url, page_url)}"
        f"<style>{inline_leaflet('css')}</style>\n"
        f"<script>{inline_leaflet('js')}</script>\n<style>{compact_css(read_asset('warmap.css'))}"
        f"</style>\n<script>{compact_js(read_asset('warmap.js'))}</script>"),
        name="warmap_assets", index=0)
    root.html.add_child(_Raw(
        '<script type="application/json" id="warmap-data">'
        f"{json_for_script(pack_payload(payload))}</script>"), name="warmap_data")
    _stable_ids(map_)
    html = root.render()
    html = html.replace("<html>", '<html lang="en">', 1)
    html = re.sub(r",\s*initial-scale=1\.0, maximum-scale=1\.0, user-scalable=no",
                  ", initial-scale=1.0", html)
    return html


def _preview_meta(title: str, description: str, picture_url: str, page_url: str) -> str:
    """Description and link-preview tags (Open Graph, Twitter card), every value escaped.
    A crawler needs absolute addresses: relative ones are left out."""
    tags = [("name", "description", description), ("property", "og:type", "website"),
            ("property", "og:title", title), ("property", "og:description", description)]
    if "://" in page_url:
        tags.append(("property", "og:url", page_url))
    if "://" in picture_url:
        tags += [("property", "og:image", picture_url),
                 ("name", "twitter:card", "summary_large_image")]
    return "".join(f'<meta {kind}="{name}" content="{escape(value)}">\n'
                   for kind, name, value in tags if value)


class _Raw(Element):
    """An element whose HTML is output as is: never parsed as a Jinja template."""

    _template = Template("{{ this.raw }}")

    def __init__(self, raw: str):
        super().__init__()
        self.raw = raw


def _stable_ids(element, counter: list[int] | None = None) -> None:
    """Replace Folium's random element ids with sequential ones: byte-identical rebuilds."""
    counter = counter if counter is not None else [0]
    element._id = f"{counter[0]:04d}"
    counter[0] += 1
    for child in element._children.values():
        _stable_ids(child, counter)
