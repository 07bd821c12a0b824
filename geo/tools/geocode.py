"""Online geocoding, an option: find places the gazetteer lacks with a Nominatim service and
write them as sourced rows of ``data/places.csv``, for a person to check before the rebuild.

The map never geocodes on its own: building stays offline and reproducible. ``build_map.py
geocode`` lists the names an article uses that the gazetteer could not place (the
geoparser's unresolved mentions, among them names after "the town of" or before
"district" that no gazetteer knows), looks them up with geopy's Nominatim client
(OpenStreetMap's service by default, or any Nominatim at ``--url``) restricted to the
countries the article is about, and prints them in the columns of ``data/places.csv`` with
an ``osm:<type>/<id>`` source, or appends them with ``--append``.
Coordinates are WGS 84 longitude/latitude (EPSG:4326).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import shapely
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry

from geo import settings
from geo.errors import InputError, Problem, display_path
from geo.geodesy import great_circle_km
from geo.inputs import schema
from geo.inputs.articles import Article
from geo.inputs.jsonfile import read_json
from geo.inputs.places import read_places
from geo.inputs.shapes import read_shapes
from geo.inputs.tables import looks_like_formula
from geo.parse.gazetteer import Gazetteer, Place
from geo.parse.geoparse import Parse
from geo.parse.names import fold_name, name_variants

#: Nominatim's ``addresstype`` (or ``type``) -> the kind of place in ``data/places.csv``.
KIND_OF_ADDRESSTYPE = {
    "country": "country", "state": "governorate", "province": "governorate",
    "region": "region", "state_district": "district", "county": "district",
    "city": "city", "town": "town", "village": "town", "hamlet": "town",
    "municipality": "town", "suburb": "quarter", "neighbourhood": "quarter",
    "quarter": "quarter", "city_district": "quarter", "borough": "quarter",
    "residential": "quarter",
}
#: A quarter's parent is the nearest city of the gazetteer within this distance (km).
QUARTER_PARENT_KM = 25.0
#: A geocoded boundary is simplified to this tolerance (degrees, about 10 m) and its
#: coordinates rounded to 5 decimals, as the other shapes of ``data/shapes.geojson``.
BOUNDARY_TOLERANCE_DEG = 0.0001
#: A boundary of more vertices than this after simplification is left out (a country's
#: coast); the place keeps its point.
MAX_BOUNDARY_VERTICES = 20_000
#: Kinds of place whose boundary the map draws from ``shapes.geojson``.
BOUNDARY_KINDS = frozenset({"quarter", "town", "city", "district", "governorate", "region",
                            "site"})


@dataclass(frozen=True)
class Candidate:
    """A name an article uses for a place the gazetteer could not place."""

    name: str
    article: str
    start: int
    end: int


@dataclass(frozen=True)
class GeocodedPlace:
    """One answer of the geocoding service (WGS 84 degrees)."""

    query: str
    name: str
    arabic: str
    kind: str
    lat: float
    lon: float
    osm: str  # "node/123", "way/456" or "relation/789"
    country_code: str
    label: str  # the service's full name of the place, for the note
    #: Its outline where the service has one (a Polygon or MultiPolygon, lon/lat), else None.
    boundary: BaseGeometry | None = None


def missing_place_candidates(text: str, parse: Parse, article: str = "") -> list[Candidate]:
    """Names in ``text`` that the parse found but could not place: its unresolved toponyms
    (too uncertain a match, or a name that a place word announces and the gazetteer lacks:
    "the town of Jirah", "the Tadamon district"), and those it placed only by the place
    the text puts them by or in ("the town of Jirah, east of Aleppo", "the al-Morur
    neighbourhood" of Raqqa: derived at that place's point); one per spelling (by folded
    name), in text order."""
    unique: dict[str, Candidate] = {}
    for m in parse.mentions:
        if m.cls == "toponym" and (m.status == "unresolved" or (
                m.precision == "derived" and ("~by:" in m.place_id or
                                              "~quarter:" in m.place_id))):
            unique.setdefault(fold_name(m.text), Candidate(m.text, article, m.start, m.end))
    return list(unique.values())


def article_countries(parse: Parse, gazetteer: Gazetteer, top: int = 2) -> list[str]:
    """ISO codes (lower case) of the countries most of an article's places lie in."""
    counts = Counter(code for m in parse.mentions
                     if m.cls == "toponym" and m.place_id and m.kind != "country"
                     and (code := gazetteer.country_of(m.place_id)))
    return [code.lower() for code, _ in counts.most_common(top)]


def geocode_names(names: Iterable[str], url: str = settings.NOMINATIM_URL,
                  country_codes: Iterable[str] = (), min_delay_seconds: float = 1.0,
                  timeout: float = 10.0, boundaries: bool = True
                  ) -> dict[str, GeocodedPlace | None]:
    """Look each name up with the Nominatim service at ``url``.

    ``country_codes`` (ISO 3166-1 alpha-2) restricts the search; ``min_delay_seconds``
    spaces the requests (OpenStreetMap's service allows one a second); ``boundaries`` asks
    for each place's outline too (Nominatim's ``polygon_geojson``). Returns the best
    answer per name, or ``None`` when the service knows no such place.

    Raises
    ------
    InputError
        When ``url`` is not an http(s) address, or the service cannot be reached or
        answers with an error (the message names the service and the name asked).
    """
    from geopy.exc import GeopyError
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    from geo.tools.service import AnswerTooLarge, CheckedAdapter

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.username or \
            parts.password:
        raise InputError([Problem("--url", "not a geocoding service address", value=url,
                                  expected="an http:// or https:// address of a Nominatim "
                                           "service, without user name or password")])
    service = Nominatim(user_agent=settings.USER_AGENT, domain=parts.netloc + parts.path
                        .rstrip("/"), scheme=parts.scheme, timeout=timeout,
                        adapter_factory=lambda proxies, ssl_context: CheckedAdapter(
                            url, proxies=proxies, ssl_context=ssl_context))
    # One retry after a failed request, after five times the pause between requests.
    lookup = RateLimiter(service.geocode, min_delay_seconds=min_delay_seconds, max_retries=1,
                         error_wait_seconds=5 * min_delay_seconds, swallow_exceptions=False)
    codes = [c.lower() for c in country_codes]
    results: dict[str, GeocodedPlace | None] = {}
    for name in names:
        if name in results:
            continue
        asked = dict(exactly_one=True, country_codes=codes or None, namedetails=True,
                     addressdetails=True, language="en")
        try:
            try:
                location = lookup(name, **asked, geometry="geojson" if boundaries else None)
            except AnswerTooLarge:
                if not boundaries:
                    raise
                location = lookup(name, **asked)  # its outline is too large: its point
        except GeopyError as error:
            raise InputError([Problem(url, f"the geocoding service failed on {name!r}: "
                                      f"{type(error).__name__}: {_reason(error)}",
                                      expected="a reachable Nominatim service")]) from None
        results[name] = None if location is None else _geocoded(name, location.raw)
    return results


def _reason(error: Exception) -> str:
    """The useful end of a network error's long text ("Connection refused"), cut at a word
    when long."""
    text = str(error)
    errno = re.search(r"\[Errno -?\d+\] ([^\"')]+)", text)
    if errno:
        return errno.group(1)
    if re.search(r"timed out|timeout", text, re.IGNORECASE):
        return "no answer in time (timed out)"
    return text if len(text) <= 200 else text[:200].rsplit(" ", 1)[0] + " …"


def _geocoded(query: str, raw: dict) -> GeocodedPlace:
    """A place from one checked answer (:func:`geo.tools.service.check_answer`)."""
    from geo.tools.service import MAX_TEXT

    names = raw.get("namedetails") or {}
    kind = KIND_OF_ADDRESSTYPE.get(raw.get("addresstype") or raw.get("type") or "", "site")
    return GeocodedPlace(
        query=query, name=(names.get("name:en") or raw.get("name") or query)[:MAX_TEXT],
        arabic=names.get("name:ar", "")[:MAX_TEXT], kind=kind, lat=float(raw["lat"]),
        lon=float(raw["lon"]), osm=f"{raw.get('osm_type', '')}/{raw.get('osm_id', '')}",
        country_code=(raw.get("address") or {}).get("country_code", "").lower(),
        label=(raw.get("display_name") or "")[:MAX_TEXT],
        boundary=boundary(raw.get("geojson")) if kind in BOUNDARY_KINDS else None)


def boundary(data: Any) -> BaseGeometry | None:
    """The polygonal outline of a service's GeoJSON geometry: repaired, simplified to
    :data:`BOUNDARY_TOLERANCE_DEG` and rounded; ``None`` for a point or line, for
    coordinates outside lon/lat ranges, or for what is not a geometry at all."""
    if not isinstance(data, dict) or data.get("type") not in ("Polygon", "MultiPolygon"):
        return None
    try:
        geometry = shape(data)
        if geometry.is_empty:
            return None
        west, south, east, north = geometry.bounds
        if not all(math.isfinite(v) for v in (west, south, east, north)) or \
                west < -180 or east > 180 or south < -90 or north > 90:
            return None
        geometry = shapely.make_valid(geometry)
        parts = [g for g in getattr(geometry, "geoms", [geometry])
                 if g.geom_type in ("Polygon", "MultiPolygon")]
        if not parts:
            return None
        geometry = shapely.union_all(parts)
        geometry = shapely.simplify(geometry, BOUNDARY_TOLERANCE_DEG, preserve_topology=True)
        geometry = shapely.set_precision(geometry, 1e-5)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError,
            shapely.errors.GEOSException):
        return None
    if geometry.is_empty or geometry.geom_type not in ("Polygon", "MultiPolygon") or \
            shapely.get_num_coordinates(geometry) > MAX_BOUNDARY_VERTICES:
        return None
    return geometry


def place_rows(places: Iterable[GeocodedPlace], gazetteer: Gazetteer, host: str,
               today: dt.date | None = None) -> list[dict[str, str]]:
    """Rows of ``data/places.csv`` for geocoded places, with ids new to the gazetteer.

    A quarter's parent is the nearest city of the gazetteer within
    :data:`QUARTER_PARENT_KM`; other places get their country's id when the gazetteer
    has it. The source is the OpenStreetMap object; the note says who geocoded it, when,
    and that a person should check it.
    """
    today = today or dt.date.today()
    taken = set(gazetteer.places)
    rows = []
    for place in places:
        place_id = _new_id(place.name, taken)
        taken.add(place_id)
        # The article's spelling becomes an alias unless the name already matches it.
        aliases = [] if fold_name(place.query) in name_variants(place.name) else [place.query]
        rows.append({
            "id": place_id, "name": place.name, "aliases": "|".join(aliases),
            "arabic": place.arabic, "kind": place.kind, "parent": _parent(place, gazetteer),
            "lat": f"{place.lat:.5f}", "lon": f"{place.lon:.5f}",
            "source": f"osm:{place.osm}", "population": "",
            "note": f"geocoded by {host} on {today.isoformat()} as {place.label!r}; "
                    "check before use",
        })
    return rows


#: How far (km) a geocoded place may lie from a place of the gazetteer of the same name to
#: be that place (countries, regions and governorates are large).
SAME_PLACE_KM = {"country": 1000.0, "region": 1000.0, "governorate": 300.0,
                 "continent": 5000.0}


def known_place(place: GeocodedPlace, gazetteer: Gazetteer) -> Place | None:
    """The place of the gazetteer a geocoded one already is: the same OpenStreetMap object,
    or the same name near it (Syria, asked as "Syria", is ``syria``, not ``syria-2``)."""
    names = {fold_name(place.name), fold_name(place.query)}
    limit = SAME_PLACE_KM.get(place.kind, 25.0)
    for known in gazetteer.places.values():
        if known.source.split(" ")[0] == f"osm:{place.osm}":
            return known
        spellings = {fold_name(n) for n in (known.name, *known.aliases) if n}
        if names & spellings and great_circle_km(place.lat, place.lon, known.lat,
                                                 known.lon) <= limit:
            return known
    return None


def unsafe_text(place: GeocodedPlace) -> str | None:
    """The field of a geocoded place that a spreadsheet would run as a formula, if any."""
    for field_name in ("name", "arabic", "query"):
        if looks_like_formula(getattr(place, field_name)):
            return field_name
    return None


def _new_id(name: str, taken: set[str]) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "place"
    place_id, number = base, 2
    while place_id in taken:
        place_id, number = f"{base}-{number}", number + 1
    return place_id


def _parent(place: GeocodedPlace, gazetteer: Gazetteer) -> str:
    if place.kind == "quarter":
        nearest = min(((great_circle_km(place.lat, place.lon, p.lat, p.lon), p.id)
                       for p in gazetteer.places.values() if p.kind == "city"), default=None)
        if nearest and nearest[0] <= QUARTER_PARENT_KM:
            return nearest[1]
    for candidate in gazetteer.places.values():
        if candidate.kind == "country" and candidate.country.lower() == place.country_code:
            return candidate.id if place.kind != "country" else ""
    return ""


def rows_csv(rows: list[dict[str, str]]) -> str:
    """The rows as CSV with the header of ``data/places.csv`` (formulas neutralised)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(schema.table("places").columns),
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(_neutralised(rows))
    return buffer.getvalue()


def _neutralised(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The rows with ``'`` before every value a spreadsheet would run as a formula."""
    return [{key: "'" + value if isinstance(value, str) and looks_like_formula(value)
             else value for key, value in row.items()} for row in rows]


def shape_features(rows: list[dict[str, str]], places: Iterable[GeocodedPlace],
                   host: str, today: dt.date | None = None) -> list[dict[str, Any]]:
    """GeoJSON features of ``data/shapes.geojson`` for the rows whose place has a boundary
    (``rows`` as :func:`place_rows` made them from ``places``, in the same order)."""
    today = today or dt.date.today()
    features = []
    for row, place in zip(rows, places, strict=True):
        if place.boundary is None:
            continue
        features.append({
            "type": "Feature", "id": row["id"],
            "properties": {
                "place_id": row["id"], "precision": "drawn", "source": row["source"],
                "note": f"boundary geocoded by {host} on {today.isoformat()} (OpenStreetMap "
                        "data, ODbL); check before use"},
            "geometry": mapping(place.boundary)})
    return features


def _shapes_text(path: Path, features: list[dict[str, Any]]) -> str:
    """``shapes.geojson`` with ``features`` added, one feature a line as the file has them
    (a missing file becomes a new collection)."""
    collection: dict[str, Any] = {"type": "FeatureCollection", "features": []}
    if path.exists():
        collection = read_json(path, "a GeoJSON FeatureCollection, as `warmap check` "
                                     "reads it", kind="GeoJSON")
        if not isinstance(collection, dict) or \
                not isinstance(collection.get("features"), list):
            raise InputError([Problem(display_path(path), "not a FeatureCollection",
                                      expected="a GeoJSON FeatureCollection with a list "
                                               "of features")])
    head = {key: value for key, value in collection.items() if key != "features"}
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":"))
             for f in [*collection.get("features", []), *features]]
    return (json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1] +
            ',"features":[\n' + ",\n".join(lines) + "\n]}\n")


def append_geocoded(data_dir: Path, rows: list[dict[str, str]],
                    features: list[dict[str, Any]]) -> None:
    """Append rows to ``places.csv`` and their boundaries to ``shapes.geojson``, both only
    if the files still read cleanly with them (each written whole, places first).

    Raises
    ------
    InputError
        With the problems of either file with the additions (nothing is written then).
    """
    places_csv, shapes_path = data_dir / "places.csv", data_dir / "shapes.geojson"
    if not features:
        append_places(places_csv, rows)
        return
    text = _shapes_text(shapes_path, features)
    handle, name = tempfile.mkstemp(dir=data_dir, prefix=".shapes.geojson.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        known, _ = read_places(places_csv, raise_errors=False)
        new_ids = {row["id"] for row in rows}
        _, problems = read_shapes(temporary, {*known, *new_ids})
        errors = [p for p in problems if p.is_error]
        if errors:
            raise InputError([replace(p, path=display_path(shapes_path)) for p in errors])
        append_places(places_csv, rows)
        if shapes_path.exists():
            os.chmod(temporary, shapes_path.stat().st_mode & 0o777)
        os.replace(temporary, shapes_path)
    finally:
        temporary.unlink(missing_ok=True)


def append_places(path: Path, rows: list[dict[str, str]]) -> None:
    """Append rows to ``places.csv`` atomically, only if the file still reads cleanly.

    Raises
    ------
    InputError
        With the problems of the file with the rows added (nothing is written then).
    """
    text = path.read_text(encoding="utf-8-sig")
    header = next(csv.reader([text.splitlines()[0]]))
    buffer = io.StringIO()
    csv.DictWriter(buffer, fieldnames=header, lineterminator="\n",
                   extrasaction="ignore").writerows(_neutralised(rows))
    new_text = (text if text.endswith("\n") else text + "\n") + buffer.getvalue()
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=path.parent,
                                     prefix=f".{path.name}.", suffix=".tmp",
                                     delete=False) as handle:
        handle.write(new_text)
    temporary = Path(handle.name)
    try:
        _, problems = read_places(temporary, raise_errors=False)
        errors = [p for p in problems if p.is_error]
        if errors:
            # Named after the file the rows were meant for, not the temporary one.
            raise InputError([replace(p, path=display_path(path)) for p in errors])
        os.chmod(temporary, path.stat().st_mode & 0o777)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def names_to_geocode(gazetteer: Gazetteer, articles: Iterable[Article], names: Iterable[str] = (),
                     countries: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """The names to look up and the countries to search.

    Without ``names``, the unplaced names of every article; without ``countries``, the two
    countries the articles' places lie in most often.
    """
    from geo.parse.geoparse import geoparse

    wanted, within = list(names), list(countries)
    if not wanted or not within:
        counts: Counter = Counter()
        for article in articles:
            parse = geoparse(article.text, gazetteer)
            counts.update(article_countries(parse, gazetteer))
            if not names:
                wanted += [c.name for c in missing_place_candidates(article.text, parse,
                                                                    article.name)]
        within = within or [code for code, _ in counts.most_common(2)]
    return wanted, within
