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
from geo.inputs.tables import read_rows, read_table
from geo.parse.gazetteer import KINDS, Entry, Gazetteer, Place, WorldLayer
from geo.parse.names import fold_name, name_variants, skeleton_key
from geo.parse.world import load_world

PLACE_COLUMNS = ("id", "name", "aliases", "arabic", "kind", "parent", "lat", "lon", "source")
PLACE_OPTIONAL = ("population", "note")
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
    local_places, problems = read_places(data_dir / "places.csv")
    world_layer = world if isinstance(world, WorldLayer) else load_world() if world else None
    superseded = _supersede(local_places, world_layer)
    places = dict(local_places)
    for place in local_places.values():
        if place.parent and place.parent not in places and (
                world_layer is None or place.parent not in world_layer):
            problems.append(Problem(display_path(data_dir / "places.csv"),
                                    "unknown parent place", line=place.line, field="parent",
                                    value=place.parent, expected="an id of data/places.csv"))
    keys: dict[str, list[Entry]] = {}
    for place in local_places.values():
        for name in (place.name, *place.aliases, place.arabic):
            for variant in _index_names(name, place.kind):
                keys.setdefault(f" {variant} ", []).append(Entry("place", place.id))
    problems += _index_other_names(data_dir, local_places, keys)
    if problems and any(p.severity == "error" for p in problems):
        raise InputError(problems)
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


def _supersede(local_places: dict[str, Place], world_layer: WorldLayer | None
               ) -> dict[str, str]:
    """World id -> local id of the local places that name a GeoNames source of the layer;
    those take the country (and missing population, area) of the entry they replace."""
    by_geonames = {p.source.split(":", 1)[1]: p.id for p in local_places.values()
                   if p.source.startswith("geonames:")}
    superseded = {f"geonames:{gid}": pid for gid, pid in by_geonames.items()
                  if world_layer is not None and f"geonames:{gid}" in world_layer}
    for gid_key, local_id in superseded.items():
        place = local_places[local_id]
        replaced = world_layer.get(gid_key) if world_layer is not None else None
        if replaced is not None and not place.country:
            local_places[local_id] = _replace(place, country=replaced.country,
                                              population=place.population
                                              or replaced.population,
                                              area_km2=place.area_km2 or replaced.area_km2)
    return superseded


def _index_other_names(data_dir: Path, local_places: dict[str, Place],
                       keys: dict[str, list[Entry]]) -> list[Problem]:
    """Index ``demonyms.csv`` and ``non_places.csv``; the problems found in them."""
    problems = []
    demonyms = data_dir / "demonyms.csv"
    if demonyms.exists():
        for row in read_table(demonyms, ("demonym", "place_id", "source")):
            if row["place_id"] and row["place_id"] not in local_places:
                problems.append(Problem(display_path(demonyms), "unknown place id",
                                        line=row.line, field="place_id", value=row["place_id"]))
            for variant in name_variants(row["demonym"]):
                keys.setdefault(f" {variant} ", []).append(Entry("demonym", row["place_id"]))
    non_places = data_dir / "non_places.csv"
    if non_places.exists():
        for row in read_table(non_places, ("name", "class", "source")):
            for variant in name_variants(row["name"]):
                keys.setdefault(f" {variant} ", []).append(Entry("non-place", label=row["class"]))
    return problems


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


def _replace(place: Place, **changes: object) -> Place:
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
    rows, problems = read_rows(path, PLACE_COLUMNS, PLACE_OPTIONAL)
    name = display_path(path)
    places: dict[str, Place] = {}
    first_lines: dict[str, int] = {}
    for row in rows:
        row_problems = _id_problems(name, row, first_lines)
        coords, population = _values(name, row, row_problems)
        problems.extend(row_problems)
        if row_problems:
            continue
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        places[row["id"]] = Place(
            id=row["id"], name=row["name"], kind=row["kind"], lat=coords["lat"],
            lon=coords["lon"], source=row["source"], parent=row["parent"],
            population=population, aliases=aliases, arabic=row["arabic"], origin="local",
            line=row.line,
        )
    errors = [p for p in problems if p.severity == "error"]
    if errors and raise_errors:
        raise InputError(errors)
    return places, problems


def _id_problems(name: str, row: Any, first_lines: dict[str, int]) -> list[Problem]:
    """Problems of a row's id, name and kind (``first_lines`` records the ids seen)."""
    problems = []
    place_id = row["id"]
    if not re.fullmatch(r"[a-z0-9][a-z0-9\-]*", place_id, flags=re.ASCII):
        problems.append(Problem(name, "bad id", line=row.line, field="id", value=place_id,
                                expected="lowercase letters, digits and hyphens"))
    elif place_id in first_lines:
        problems.append(Problem(name, f"duplicate id (first at line "
                                f"{first_lines[place_id]})", line=row.line, field="id",
                                value=place_id, expected="ids unique in the file"))
    else:
        first_lines[place_id] = row.line
    if not row["name"]:
        problems.append(Problem(name, "empty name", line=row.line, field="name",
                                expected="the place's usual English name"))
    if row["kind"] not in KINDS:
        problems.append(Problem(name, "unknown kind", line=row.line, field="kind",
                                value=row["kind"], expected="one of " + ", ".join(KINDS)))
    if not row["source"]:
        problems.append(Problem(name, "empty source", line=row.line, field="source",
                                expected="geonames:<id>, wikidata:Q<id>, osm:<type>/<id> "
                                         "or a URL"))
    return problems


def _values(name: str, row: Any, problems: list[Problem]) -> tuple[dict[str, float], int]:
    """A row's coordinates and population; their problems are appended to ``problems``."""
    coords = {}
    for column, limit in (("lat", 90.0), ("lon", 180.0)):
        try:
            value = float(row[column])
            if not math.isfinite(value) or abs(value) > limit:
                raise ValueError
            coords[column] = value
        except ValueError:
            problems.append(Problem(name, "bad coordinate", line=row.line, field=column,
                                    value=row[column],
                                    expected=f"decimal degrees within ±{limit:g}"))
    population = 0
    if row["population"]:
        try:
            population = int(row["population"])
        except ValueError:
            problems.append(Problem(name, "bad population", line=row.line,
                                    field="population", value=row["population"],
                                    expected="a whole number"))
    return coords, population
