"""Reading ``data/places.csv``, ``demonyms.csv`` and ``non_places.csv`` into a gazetteer."""

from __future__ import annotations

import hashlib
import math
import re
from pathlib import Path
from typing import Any

import ahocorasick

from geo import settings
from geo.errors import InputError, Problem, display_path
from geo.inputs import schema
from geo.inputs.checker import RowChecker, suggest
from geo.inputs.tables import Row
from geo.parse.gazetteer import Entry, Gazetteer, Place, WorldLayer
from geo.parse.names import fold_name, name_variants, skeleton_key
from geo.parse.world import load_world
from geo.vocab import PlaceKind

#: The columns of ``places.csv`` that must be there, and those that may (the schema's).
PLACE_COLUMNS = schema.table("places").required_columns
PLACE_OPTIONAL = schema.table("places").optional_columns
GOVERNORATE_SUFFIXES = ("governorate", "governate", "province")
#: The files of ``data/`` the gazetteer is built from.
GAZETTEER_FILES = ("places.csv", "demonyms.csv", "non_places.csv")


def load_gazetteer(data_dir: Path = settings.DATA_DIR, world: bool | WorldLayer = True
                   ) -> Gazetteer:
    """Load the local places of ``data_dir`` and, optionally, the cached world layer.

    ``world`` is ``True`` (load the world layer from its cache, about 0.3 s), ``False``
    (local places only) or a :class:`WorldLayer` already loaded with :func:`load_world`
    (watch mode keeps one between rebuilds; it is only read, never changed).

    Raises
    ------
    InputError
        With every problem found in the local files.
    """
    world_layer = world if isinstance(world, WorldLayer) else load_world() if world else None
    local_places, keys, problems = _local_files(data_dir, world_layer)
    if any(p.is_error for p in problems):
        raise InputError(problems)
    superseded = _superseded(local_places, world_layer)
    places = dict(local_places)
    local_index = ahocorasick.Automaton()
    for key, entries in keys.items():
        local_index.add_word(key, (key, tuple(entries)))
    local_index.make_automaton()
    skeletons: dict[str, list[str]] = {}
    children: dict[str, list[str]] = {}
    for place in local_places.values():
        for name in (place.name, *place.aliases):
            for variant in name_variants(name):
                skeletons.setdefault(skeleton_key(variant), []).append(place.id)
        if place.parent:
            children.setdefault(place.parent, []).append(place.id)
    return Gazetteer(places, local_index, world_layer, skeletons, superseded, children)


def gazetteer_warnings(data_dir: Path, world: WorldLayer | None = None) -> list[Problem]:
    """The warnings of the files a gazetteer is built from (a gazetteer keeps none).

    Raises
    ------
    InputError
        As :func:`load_gazetteer`.
    """
    problems = _local_files(data_dir, world)[2]
    if any(p.is_error for p in problems):
        raise InputError(problems)
    return problems


def _local_files(data_dir: Path, world_layer: WorldLayer | None
                 ) -> tuple[dict[str, Place], dict[str, list[Entry]], list[Problem]]:
    """The places of ``places.csv``, the index keys of every local name and every problem
    of the three files."""
    local_places, problems = read_places(data_dir / "places.csv")
    problems += _unknown_parents(local_places, world_layer, data_dir / "places.csv")
    keys: dict[str, list[Entry]] = {}
    for place in local_places.values():
        for name in (place.name, *place.aliases, place.arabic):
            for variant in _index_names(name, place.kind):
                keys.setdefault(f" {variant} ", []).append(Entry("place", place.id))
    problems += _read_demonyms(data_dir / "demonyms.csv", local_places, keys)
    problems += _read_non_places(data_dir / "non_places.csv", keys)
    return local_places, keys, problems


def _superseded(local_places: dict[str, Place], world_layer: WorldLayer | None
                ) -> dict[str, str]:
    """``geonames:<id>`` -> local id, for the world entries local places replace; those
    places take the country code (and missing population and area) of the entry."""
    if world_layer is None:
        return {}
    superseded = {}
    for place in list(local_places.values()):
        replaced = world_layer.get(place.source) if place.source.startswith("geonames:") \
            else None
        if replaced is None:
            continue
        superseded[place.source] = place.id
        if not place.country:
            local_places[place.id] = _replace(
                place, country=replaced.country,
                population=place.population or replaced.population,
                area_km2=place.area_km2 or replaced.area_km2)
    return superseded


def _unknown_parents(local_places: dict[str, Place], world_layer: WorldLayer | None,
                     path: Path) -> list[Problem]:
    problems = []
    for place in local_places.values():
        if place.parent and place.parent not in local_places and (
                world_layer is None or place.parent not in world_layer):
            problems.append(Problem(display_path(path), "unknown parent place",
                                    line=place.line, field="parent", value=place.parent,
                                    expected="an id of data/places.csv",
                                    suggestion=suggest(place.parent, local_places)))
    return problems


def _read_demonyms(path: Path, local_places: dict[str, Place],
                   keys: dict[str, list[Entry]]) -> list[Problem]:
    """Check ``demonyms.csv`` and index its names; its problems."""
    if not path.exists():
        return []
    rows, check = RowChecker.open(path, "demonyms")
    for row in rows:
        check.text(row, "demonym")
        check.source(row)
        if row["place_id"] and not check.reference(row, "place_id", local_places, "place"):
            continue
        for variant in name_variants(row["demonym"]):
            keys.setdefault(f" {variant} ", []).append(Entry("demonym", row["place_id"]))
    return check.problems


def _read_non_places(path: Path, keys: dict[str, list[Entry]]) -> list[Problem]:
    """Check ``non_places.csv`` and index its names; its problems."""
    if not path.exists():
        return []
    rows, check = RowChecker.open(path, "non_places")
    for row in rows:
        check.text(row, "name", "class")
        check.source(row)
        for variant in name_variants(row["name"]):
            keys.setdefault(f" {variant} ", []).append(Entry("non-place", label=row["class"]))
    return check.problems


def _index_names(name: str, kind: str) -> set[str]:
    if not name:
        return set()
    full = fold_name(name)
    # A bare remainder of an article name is indexed only when it is distinctive:
    # "Ar Raqqah" is also "Raqqa", but "al-Bab" is not "Bab" (a common word in names).
    variants = {v for v in name_variants(name)
                if v == full or len(v.replace(" ", "")) >= 4 or " " in v}
    if kind == "governorate":
        base = re.sub(r"\s+(governorate|province)$", "", name, flags=re.IGNORECASE)
        for suffix in GOVERNORATE_SUFFIXES:
            variants |= name_variants(f"{base} {suffix}")
            variants |= name_variants(f"{suffix} of {base}")
        if base != name:
            # The bare name is the city's, not the governorate's ("Homs"); an alias given
            # without the suffix is the governorate's own ("Anbar", "Saladin").
            variants -= name_variants(base)
    return variants


def _replace(place: Place, **changes: Any) -> Place:
    values = {f: getattr(place, f) for f in place.__dataclass_fields__}
    values.update(changes)
    return Place(**values)


def gazetteer_digest(data_dir: Path) -> str:
    """A digest of the files the gazetteer is built from (a worker's cache key)."""
    digest = hashlib.sha256()
    for name in GAZETTEER_FILES:
        path = Path(data_dir) / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:16]


def world_gazetteer(world: bool | WorldLayer = True) -> Gazetteer:
    """A gazetteer of the world layer alone, for texts read without a ``data/`` folder."""
    world_layer = world if isinstance(world, WorldLayer) else load_world() if world else None
    return Gazetteer({}, ahocorasick.Automaton(), world_layer)


def read_places(path: Path, raise_errors: bool = True
                ) -> tuple[dict[str, Place], list[Problem]]:
    """Read ``data/places.csv``; returns the places and the non-fatal problems found.

    With ``raise_errors=False``, errors do not raise either: the well-formed places are
    returned with every problem (so that other files can still be checked against them).

    Raises
    ------
    InputError
        With every error of the file (unless ``raise_errors`` is false; a missing file or
        header raises regardless).
    """
    rows, check = RowChecker.open(path, "places")
    places: dict[str, Place] = {}
    first_lines: dict[str, int] = {}
    for row in rows:
        place = _place(check, row, first_lines)
        if place is not None:
            places[place.id] = place
    check.problems += _shared_points(check, rows, places)
    if check.failed and raise_errors:
        raise InputError([p for p in check.problems if p.is_error])
    return places, check.problems


def _place(check: RowChecker, row: Row, first_lines: dict[str, int]) -> Place | None:
    """The place of one row of ``places.csv``, or ``None`` (its problems reported)."""
    before = len(check.problems)
    check.identifier(row, first_lines, "place")
    check.text(row, "name")
    kind = check.choice(row, "kind", PlaceKind)
    lat, lon = _coordinate(check, row, "lat"), _coordinate(check, row, "lon")
    check.source(row)
    population = 0
    if row["population"]:
        try:
            population = int(row["population"])
            if population < 0:
                raise ValueError
        except ValueError:
            check.problem(row, "population", "bad population", "a whole number")
    if kind is PlaceKind.QUARTER and not row["parent"]:
        check.problem(row, "parent", "a quarter without a parent", "the id of the city it "
                      "is a quarter of (without one, the quarter and its control history are "
                      "not drawn)")
    if len(check.problems) > before or kind is None or lat is None or lon is None:
        return None
    aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
    return Place(id=row["id"], name=row["name"], kind=kind, lat=lat, lon=lon,
                 source=row["source"], parent=row["parent"], population=population,
                 aliases=aliases, arabic=row["arabic"], origin="local", line=row.line,
                 note=row["note"])


def _coordinate(check: RowChecker, row: Row, column: str) -> float | None:
    spec = check.table.field(column)
    try:
        value = float(row[column])
        if math.isfinite(value) and spec.in_range(value):
            return value
    except ValueError:
        pass
    check.problem(row, column, "bad coordinate",
                  f"decimal degrees within ±{spec.bounds()[1]:g}")
    return None


def _shared_points(check: RowChecker, rows: list[Row], places: dict[str, Place]
                   ) -> list[Problem]:
    """Quarters of one city at the same point (a copy-pasted coordinate): their cells
    cannot be told apart."""
    first: dict[tuple[str, float, float], Place] = {}
    problems = []
    for place in places.values():
        if place.kind is not PlaceKind.QUARTER:
            continue
        key = (place.parent, round(place.lat, 6), round(place.lon, 6))
        if key in first:
            other = first[key]
            problems.append(Problem(check.name, f"same point as '{other.id}' (line "
                                    f"{other.line}), another quarter of '{place.parent}'",
                                    line=place.line, field="lat,lon",
                                    value=f"{place.lat}, {place.lon}",
                                    expected="each quarter at its own point"))
        else:
            first[key] = place
    return problems
