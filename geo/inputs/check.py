"""Every check of the input files, shared by ``build`` and ``check``.

:func:`load_inputs` reads ``data/`` and ``seeds/`` and collects every problem of every file
(each naming the file, the line or feature, the field, the bad value and what was expected)
instead of stopping at the first; the cross-file checks (quotes against the articles they
cite, points against their parents, the GeoNames entries they name and the area of the other
places) run on whatever could be read. ``build_map.py check`` prints them; a build runs the
same function first and writes nothing when any is an error.
"""

from __future__ import annotations

import functools
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import InputError, Problem, display_path
from geo.geodesy import great_circle_km
from geo.inputs.articles import Article
from geo.inputs.timeline import Timeline
from geo.parse.gazetteer import Gazetteer, WorldLayer

#: How far (km) a place may lie from its parent before its coordinates are suspect.
MAX_KM_FROM_PARENT = {"quarter": 15.0, "district": 15.0, "town": 400.0, "city": 600.0,
                      "governorate": 400.0, "site": 400.0}
#: How far (km) a place whose source is a GeoNames id may lie from that GeoNames point.
MAX_KM_FROM_GEONAMES = {"quarter": 10.0, "district": 15.0, "town": 30.0, "city": 30.0,
                        "site": 30.0}
#: Places further than this (km) from the middle of the other places are reported (a
#: warning: a distant place may be right, but is more often a typo or a sign error).
MAX_KM_FROM_AREA = 1000.0
#: Kinds that make up "the area" of the map (countries and regions are far by nature).
AREA_KINDS = ("governorate", "district", "city", "town", "quarter", "site")
_SPACE_RE = re.compile(r"\s+")


@dataclass
class Inputs:
    """What :func:`load_inputs` read (``None`` where a file could not be read) and found."""

    gazetteer: Gazetteer | None
    timeline: Timeline | None
    articles: list[Article] | None
    shapes: dict[str, tuple] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop a build."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """The problems that are reported (and repaired) but do not stop a build."""
        return [p for p in self.problems if p.severity != "error"]


def load_inputs(data_dir: Path, seeds_dir: Path, world: bool | WorldLayer = True,
                gazetteer_loader: Callable[[Path], Gazetteer] | None = None) -> Inputs:
    """Read and check every input file; never raises for bad input.

    Parameters
    ----------
    data_dir, seeds_dir : Path
        The ``data/`` and ``seeds/`` folders.
    world : bool or WorldLayer
        As for :func:`geo.inputs.places.load_gazetteer` (watch mode passes the layer it keeps).
    gazetteer_loader : callable, optional
        Loads the gazetteer of ``data_dir`` instead of ``load_gazetteer`` (watch mode
        passes one that keeps it while its files are unchanged).

    Returns
    -------
    Inputs
        The loaded files and every problem found, sorted by file, then line or feature.
    """
    from geo.inputs.articles import read_articles
    from geo.inputs.places import PLACE_COLUMNS, PLACE_OPTIONAL, load_gazetteer, read_places
    from geo.inputs.shapes import read_shapes
    from geo.inputs.tables import read_rows
    from geo.inputs.timeline import load_timeline

    problems: list[Problem] = []
    gazetteer: Gazetteer | None = None
    articles: list[Article] | None = None
    timeline: Timeline | None = None
    try:
        gazetteer = (gazetteer_loader(data_dir) if gazetteer_loader is not None
                     else load_gazetteer(data_dir, world=world))
    except InputError as error:
        problems += error.problems
    try:
        articles = read_articles(seeds_dir)
    except InputError as error:
        problems += error.problems
    if articles == []:
        problems.append(Problem(display_path(seeds_dir), "no article",
                                expected="at least one *.txt with a .json metadata file "
                                         "beside it"))
    known: list[str] | None
    places: dict = {}
    if gazetteer is not None:
        known, places = [*gazetteer.places, *gazetteer.superseded], gazetteer.places
    else:  # check the other files against the places that are there, even if some are bad
        try:
            rows = read_rows(data_dir / "places.csv", PLACE_COLUMNS, PLACE_OPTIONAL)[0]
            known = [row["id"] for row in rows if row["id"]]
            places = read_places(data_dir / "places.csv", raise_errors=False)[0]
        except InputError:
            known = None
    try:
        timeline = load_timeline(data_dir, known)
        problems += timeline.warnings
    except InputError as error:
        problems += error.problems
    shapes: dict[str, tuple] = {}
    if known is not None:
        try:
            shapes, shape_problems = read_shapes(data_dir / "shapes.geojson",
                                                 {**dict.fromkeys(known), **places})
            problems += shape_problems
        except InputError as error:
            problems += error.problems
    if gazetteer is not None:
        problems += check_points(gazetteer, data_dir / "places.csv")
    if timeline is not None and articles is not None:
        problems += check_quotes(timeline, articles, data_dir)
    problems.sort(key=lambda p: (p.path, p.line or 0, p.feature or 0))
    return Inputs(gazetteer, timeline, articles, shapes, problems)


def _normal(text: str) -> str:
    return _SPACE_RE.sub(" ", text.replace("’", "'").replace("‘", "'")).strip().lower()


@functools.lru_cache(maxsize=16)
def _normal_article(text: str) -> str:
    """An article normalised once, not once per quote that cites it (issue 16)."""
    return _normal(text)


def quote_in_article(quote: str, text: str) -> bool:
    """Whether every part of a quote (parts separated by ``[...]`` or ``…``) is in the text."""
    haystack = _normal_article(text)
    parts = [p.strip(" .") for p in re.split(r"\[\.\.\.\]|\[…\]|…", quote)]
    return all(_normal(part) in haystack for part in parts if part)


def check_points(gazetteer: Gazetteer, path: Path) -> list[Problem]:
    """Local places whose point is suspect (swapped lat/lon, typos, a sign error).

    A point is an error when it is far from its parent's point, or from the GeoNames point
    of the id its ``source`` names; it is a warning when it is far from the middle of the
    other places of the map. Each message says when swapping latitude and longitude would
    put the point where it belongs.
    """
    name = display_path(path)
    problems: list[Problem] = []
    local = [p for p in gazetteer.places.values() if p.origin == "local"]

    def report(place, reference: tuple[float, float], limit: float, what: str,
               severity: str = "error") -> bool:
        distance = great_circle_km(place.lat, place.lon, *reference)
        if distance <= limit:
            return False
        swapped = great_circle_km(place.lon, place.lat, *reference) <= limit
        problems.append(Problem(
            name, f"point is {distance:.0f} km from {what}"
            + (" (latitude and longitude look swapped)" if swapped else ""),
            line=place.line, field="lat,lon", value=f"{place.lat}, {place.lon}",
            expected=f"within {limit:g} km of {reference[0]:g}, {reference[1]:g}"
            + (f"; swapped: {place.lon}, {place.lat}" if swapped else ""),
            severity=severity))
        return True

    for place in local:
        parent = gazetteer.get(place.parent) if place.parent else None
        limit = MAX_KM_FROM_PARENT.get(place.kind)
        if parent is not None and limit is not None and parent.kind != "country" and \
                report(place, (parent.lat, parent.lon), limit, f"its parent '{parent.id}'"):
            continue
        limit = MAX_KM_FROM_GEONAMES.get(place.kind)
        named = gazetteer.world.get(place.source) if gazetteer.world is not None and \
            place.source.startswith("geonames:") else None
        if named is not None and limit is not None and report(
                place, (named.lat, named.lon), limit,
                f"the GeoNames point of {place.source} ({named.name})"):
            continue
    area = [p for p in local if p.kind in AREA_KINDS]
    if len(area) >= 3:
        middle = (statistics.median(p.lat for p in area), statistics.median(p.lon for p in area))
        reported = {p.line for p in problems}
        for place in area:
            if place.line not in reported:
                report(place, middle, MAX_KM_FROM_AREA, "the middle of the other places",
                       severity="warning")
    return problems


def check_quotes(timeline: Timeline, articles: list[Article], data_dir: Path) -> list[Problem]:
    """Rows that cite an article (``seed:<id>``) must quote its words exactly."""
    texts = {a.id: a.text for a in articles}
    problems = []
    rows = [("control.csv", c.line, c.source, c.quote) for c in timeline.changes]
    rows += [("movements.csv", m.line, m.source, m.quote) for m in timeline.movements]
    rows += [("events.csv", e.line, e.source, e.quote) for e in timeline.events]
    for name, line, source, quote in rows:
        match = re.match(r"seed:(\S+)", source)
        if not match:
            continue
        article = match.group(1)
        if article not in texts:
            close = _close(article, texts)
            problems.append(Problem(display_path(data_dir / name), "unknown article",
                                    line=line, field="source", value=source,
                                    expected="seed:<file stem of an article in seeds/>",
                                    suggestion=f"seed:{close}" if close else None))
        elif not quote_in_article(quote, texts[article]):
            problems.append(Problem(display_path(data_dir / name),
                                    "quote not found in the article it cites", line=line,
                                    field="quote", value=quote[:80],
                                    expected=f"the exact words of {article}"))
    return problems


def _close(value: str, choices) -> str | None:
    import difflib

    matches = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def check_consistency(gazetteer: Gazetteer, timeline: Timeline, articles: list[Article],
                      data_dir: Path) -> list[Problem]:
    """Every check that needs more than one file."""
    return check_points(gazetteer, data_dir / "places.csv") + \
        check_quotes(timeline, articles, data_dir)


__all__ = ["Inputs", "check_consistency", "check_points", "check_quotes", "load_inputs",
           "quote_in_article"]
