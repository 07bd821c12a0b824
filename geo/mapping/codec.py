"""The payload as the page carries it: tables with keys once, strings once, coordinates as
encoded polylines; and back (for tools and tests that read a built ``map.html``)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable

from geo import settings


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
_TABLES = ("areas", "sites", "movements", "events", "places", "figures", "disputes",
           "lines")
_NESTED = {"areas": "changes", "sites": "changes", "places": "quotes"}
#: Keys whose strings go to the ``texts`` table, per list (nested lists as "list.nested").
_TEXT_KEYS = {
    "areas": ("precision",), "areas.changes": ("quote", "source", "note"),
    "sites": (), "sites.changes": ("quote", "source", "note"),
    "movements": ("label", "quote", "source", "note"), "events": ("quote", "source"),
    "places": ("source",), "places.quotes": ("article",),
    "figures": ("quote", "source", "note", "check", "short"),
    "disputes": ("claim", "quote", "source", "note"),
    "lines": ("precision", "quote", "source", "note"),
}


def _rows(items: list[dict], keys: list[str], strings: Iterable[str],
          text: Callable[[str], int]) -> list[list]:
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
    ``assets/codec.js``, give the payload back.
    """
    texts: list[str] = []
    index: dict[str, int] = {}

    def text(value: str) -> int:
        if value not in index:
            index[value] = len(texts)
            texts.append(value)
        return index[value]

    packed = dict(payload)
    for name in (table for table in _TABLES if table in payload):
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
            elif name == "lines":
                item["paths"] = [encode_polyline(path) for path in item["paths"]]
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
    for name in (table for table in _TABLES if table in packed):
        table = packed[name]
        items = _items(table["rows"], table["keys"], _TEXT_KEYS[name], texts)
        nested = _NESTED.get(name)
        for item in items:
            if nested:
                item[nested] = _items(item[nested], table["nestedKeys"],
                                      _TEXT_KEYS[f"{name}.{nested}"], texts)
            if name == "areas":
                item["geometry"] = _unpack_rings(item["geometry"])
            elif name == "lines":
                item["paths"] = [decode_polyline(path) for path in item["paths"]]
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
