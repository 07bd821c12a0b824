"""Checks across files (quotes against articles, points against their parents) and ``check``."""

from __future__ import annotations

import contextlib
import math
import re
import sys
from pathlib import Path

from geo.articles import Article
from geo.errors import InputError, Problem, display_path
from geo.gazetteer import Gazetteer
from geo.timeline import Timeline

#: How far (km) a place may lie from its parent before its coordinates are suspect.
MAX_KM_FROM_PARENT = {"quarter": 15.0, "district": 15.0, "town": 400.0, "city": 600.0,
                      "governorate": 400.0, "site": 400.0}
_SPACE_RE = re.compile(r"\s+")


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _normal(text: str) -> str:
    return _SPACE_RE.sub(" ", text.replace("’", "'").replace("‘", "'")).strip().lower()


def quote_in_article(quote: str, text: str) -> bool:
    """Whether every part of a quote (parts separated by ``[...]`` or ``…``) is in the text."""
    haystack = _normal(text)
    parts = [p.strip(" .") for p in re.split(r"\[\.\.\.\]|\[…\]|…", quote)]
    return all(_normal(part) in haystack for part in parts if part)


def check_points(gazetteer: Gazetteer, path: Path) -> list[Problem]:
    """Places whose point is far from their parent's (swapped lat/lon, typos)."""
    problems = []
    for place in gazetteer.places.values():
        if place.origin != "local" or not place.parent:
            continue
        parent = gazetteer.get(place.parent)
        limit = MAX_KM_FROM_PARENT.get(place.kind)
        if parent is None or limit is None or parent.kind == "country":
            continue
        distance = _km((place.lat, place.lon), (parent.lat, parent.lon))
        if distance <= limit:
            continue
        swapped = _km((place.lon, place.lat), (parent.lat, parent.lon)) <= limit
        problems.append(Problem(
            display_path(path), f"point is {distance:.0f} km from its parent '{parent.id}'"
            + (" (latitude and longitude look swapped)" if swapped else ""),
            line=place.line, field="lat" if not swapped else "lat,lon",
            value=f"{place.lat}, {place.lon}",
            expected=f"within {limit:g} km of {parent.lat}, {parent.lon}"))
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
            problems.append(Problem(display_path(data_dir / name), "unknown article",
                                    line=line, field="source", value=source,
                                    expected="seed:<file stem of an article in seeds/>"))
        elif not quote_in_article(quote, texts[article]):
            problems.append(Problem(display_path(data_dir / name),
                                    "quote not found in the article it cites", line=line,
                                    field="quote", value=quote[:80],
                                    expected=f"the exact words of {article}"))
    return problems


def check_consistency(gazetteer: Gazetteer, timeline: Timeline, articles: list[Article],
                      data_dir: Path) -> list[Problem]:
    """Every check that needs more than one file."""
    return check_points(gazetteer, data_dir / "places.csv") + \
        check_quotes(timeline, articles, data_dir)


def run_check(data_dir: Path, seeds_dir: Path) -> int:
    """``build_map.py check``: load and check everything; print every problem; exit status."""
    from geo.articles import read_articles
    from geo.gazetteer import load_gazetteer
    from geo.geometry import read_shapes
    from geo.timeline import load_timeline

    problems: list[Problem] = []
    gazetteer: Gazetteer | None = None
    articles: list[Article] | None = None
    timeline: Timeline | None = None
    try:
        gazetteer = load_gazetteer(data_dir, world=False)
    except InputError as error:
        problems += error.problems
    try:
        articles = read_articles(seeds_dir)
    except InputError as error:
        problems += error.problems
    known: list[str] = []
    if gazetteer is not None:
        known = [*gazetteer.places]
    else:
        from geo.gazetteer import PLACE_COLUMNS
        from geo.tables import read_table

        with contextlib.suppress(InputError):
            known = [r["id"] for r in read_table(data_dir / "places.csv", PLACE_COLUMNS)]
    try:
        timeline = load_timeline(data_dir, known)
    except InputError as error:
        problems += error.problems
    try:
        problems += read_shapes(data_dir / "shapes.geojson", known)[1]
    except InputError as error:
        problems += error.problems
    if gazetteer is not None and timeline is not None and articles is not None:
        problems += check_consistency(gazetteer, timeline, articles, data_dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr if errors else sys.stdout)
    return 1 if errors else 0


__all__ = ["check_consistency", "quote_in_article", "run_check"]
