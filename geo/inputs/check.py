"""Every check of the input files, shared by ``build`` and ``check``.

:func:`load_inputs` reads ``data/`` and ``seeds/`` and collects every problem of every file
(each naming the file, the line or feature, the field, the bad value and what was expected)
instead of stopping at the first; the cross-file checks (quotes against the articles they
cite, points against their parents, the GeoNames entries they name and the area of the other
places) run on whatever could be read. ``build_map.py check`` prints them; a build runs the
same function first and writes nothing when any is an error.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.errors import InputError, Problem, display_path
from geo.geodesy import great_circle_km
from geo.inputs import audit
from geo.inputs.articles import Article
from geo.inputs.disputes import Dispute, read_disputes
from geo.inputs.figures import Figure, read_figures
from geo.inputs.lines import FrontLine, read_front_lines
from geo.inputs.schema import SCHEMA_PATH, STORY_SCHEMA_NAME, schema, story_schema_differs
from geo.inputs.sources import parse_source
from geo.inputs.story import Story, read_story
from geo.inputs.tables import read_rows
from geo.inputs.timeline import Timeline
from geo.parse.gazetteer import Gazetteer, Place, WorldLayer
from geo.vocab import Severity

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
    story: Story = field(default_factory=Story)
    figures: list[Figure] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    lines: list[FrontLine] = field(default_factory=list)

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
    from geo.inputs.shapes import read_shapes
    from geo.inputs.timeline import load_timeline

    problems: list[Problem] = []
    gazetteer, known, places = _places(data_dir, world, gazetteer_loader, problems)
    articles = _attempt(lambda: read_articles(seeds_dir), problems)
    if articles == []:
        problems.append(Problem(display_path(seeds_dir), "no article",
                                expected="at least one *.txt with a .json metadata file "
                                         "beside it"))
    timeline = _attempt(lambda: load_timeline(data_dir, known), problems)
    if timeline is not None:
        problems += timeline.warnings
    shapes: dict[str, tuple] = {}
    if known is not None:
        shapes = _attempt(lambda: read_shapes(data_dir / "shapes.geojson",
                                              {**dict.fromkeys(known), **places}),
                          problems, with_problems=True) or {}
    story = _attempt(lambda: read_story(data_dir), problems, with_problems=True) or Story()
    if gazetteer is not None:
        problems += check_points(gazetteer, data_dir / "places.csv")
        if timeline is not None:
            problems += audit.undrawn_control(gazetteer, timeline, shapes, data_dir)
            problems += audit.quarters_without_history(gazetteer, timeline, data_dir)
    if timeline is not None and articles:
        problems += check_quotes(timeline, articles, data_dir)
        problems += check_span(timeline, articles)
    if story_schema_differs(data_dir):
        problems.append(Problem(display_path(data_dir / STORY_SCHEMA_NAME),
                                f"not the schema of this version of warmap ({schema().version})",
                                expected=f"a copy of {SCHEMA_PATH.name} from the installed "
                                         "package (warmap checks against its own)",
                                severity=Severity.WARNING))
    figures, disputes, more = _claims(data_dir, known, timeline)
    problems += more
    if timeline is not None:
        problems += audit.article_only_claims(timeline, disputes, data_dir)
        problems += audit.mirror_sources(timeline, disputes, figures, data_dir)
    lines: list[FrontLine] = []
    try:  # an unreadable file is reported once, by read_shapes
        lines, more = read_front_lines(data_dir / "shapes.geojson",
                                       timeline.sides if timeline is not None else None)
        problems += more
    except InputError:
        pass
    problems.sort(key=lambda p: (p.path, p.line or 0, p.feature or 0))
    return Inputs(gazetteer, timeline, articles, shapes, problems, story, figures, disputes,
                  lines)


def _claims(data_dir: Path, known: list[str] | None, timeline: Timeline | None
            ) -> tuple[list[Figure], list[Dispute], list[Problem]]:
    """``figures.csv`` and ``disputes.csv``, checked against the places, the sides and
    (for disputes) the rows they rival."""
    places = set(known) if known is not None else None
    sides = set(timeline.sides) if timeline is not None else None
    problems: list[Problem] = []
    figures: list[Figure] = []
    disputes: list[Dispute] = []
    try:
        figures, more = read_figures(data_dir / "figures.csv", places, sides)
        problems += more
    except InputError as error:
        problems += error.problems
    try:
        disputes, more = read_disputes(data_dir / "disputes.csv", places, sides, timeline)
        problems += more
    except InputError as error:
        problems += error.problems
    return figures, disputes, problems


def _attempt(load: Callable[[], Any], problems: list[Problem], with_problems: bool = False
             ) -> Any:
    """What ``load()`` returns, or ``None`` when it raises :class:`InputError` (its
    problems are added to ``problems``). With ``with_problems``, ``load`` returns a value
    and its problems, and the value is returned."""
    try:
        result = load()
    except InputError as error:
        problems += error.problems
        return None
    if with_problems:
        value, found = result
        problems += found
        return value
    return result


def _places(data_dir: Path, world: bool | WorldLayer,
            gazetteer_loader: Callable[[Path], Gazetteer] | None, problems: list[Problem]
            ) -> tuple[Gazetteer | None, list[str] | None, dict[str, Any]]:
    """The gazetteer, the known place ids and the places, as far as they can be read."""
    from geo.inputs.places import gazetteer_warnings, load_gazetteer, read_places

    gazetteer = _attempt(lambda: gazetteer_loader(data_dir) if gazetteer_loader is not None
                         else load_gazetteer(data_dir, world=world), problems)
    if gazetteer is not None:
        problems += gazetteer_warnings(data_dir, gazetteer.world)
        return gazetteer, [*gazetteer.places, *gazetteer.superseded], gazetteer.places
    # Check the other files against the places that are there, even if some are bad.
    try:
        rows = read_rows(data_dir / "places.csv", ("id",))[0]
        places = read_places(data_dir / "places.csv", raise_errors=False)[0]
    except InputError:
        return None, None, {}
    return None, [row["id"] for row in rows if row["id"]], places


def _normal(text: str) -> str:
    return _SPACE_RE.sub(" ", text.replace("’", "'").replace("‘", "'")).strip().lower()


@functools.lru_cache(maxsize=16)
def _normal_article(text: str) -> str:
    """An article normalised once, not once per quote that cites it (issue 16)."""
    return _normal(text)


#: What marks words left out of a quote: ``[...]``, ``[…]``, ``…`` or ``...``.
_ELLIPSIS_RE = re.compile(r"\[\.\.\.\]|\[…\]|…|\.\.\.")
_WORD_RE = re.compile(r"\w")


def quote_parts(quote: str) -> list[str]:
    """The parts of a quote between the marks of words left out, that hold words."""
    parts = [p.strip(" .") for p in _ELLIPSIS_RE.split(quote)]
    return [part for part in parts if _WORD_RE.search(part)]


def quote_in_article(quote: str, text: str) -> bool:
    """Whether a quote quotes the text: it has words, and every part of it (parts
    separated by ``[...]``, ``…`` or ``...``) is in the text, spaces and apostrophes aside.

    >>> quote_in_article("ISIS [...] recaptured Palmyra", "ISIS has recaptured Palmyra.")
    True
    >>> quote_in_article("…", "ISIS has recaptured Palmyra.")
    False
    """
    parts = quote_parts(quote)
    haystack = _normal_article(text)
    return bool(parts) and all(_normal(part) in haystack for part in parts)


def check_points(gazetteer: Gazetteer, path: Path) -> list[Problem]:
    """Local places whose point is suspect (swapped lat/lon, typos, a sign error).

    A point is an error when it is far from its parent's point, or from the GeoNames point
    of the id its ``source`` names; it is a warning when it is far from the middle of the
    story's own places (the median of its towns, cities, quarters, districts, governorates
    and sites, wherever on Earth the story is). Each message says when swapping latitude and
    longitude would put the point where it belongs: only when the swapped point also lies
    nearer the story's middle than the point does.
    """
    name = display_path(path)
    problems: list[Problem] = []
    local = [p for p in gazetteer.places.values() if p.origin == "local"]
    area = [p for p in local if p.kind in AREA_KINDS]
    middle = (statistics.median(p.lat for p in area), statistics.median(p.lon for p in area)) \
        if len(area) >= 3 else None

    def nearer_swapped(place: Place) -> bool:
        return middle is None or great_circle_km(place.lon, place.lat, *middle) < \
            great_circle_km(place.lat, place.lon, *middle)

    def report(place: Place, reference: tuple[float, float], limit: float, what: str,
               severity: Severity = Severity.ERROR) -> bool:
        distance = great_circle_km(place.lat, place.lon, *reference)
        if distance <= limit:
            return False
        swapped = great_circle_km(place.lon, place.lat, *reference) <= limit and \
            nearer_swapped(place)
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
    if middle is not None:
        reported = {p.line for p in problems}
        for place in area:
            if place.line not in reported:
                report(place, middle, MAX_KM_FROM_AREA, "the middle of the other places",
                       severity=Severity.WARNING)
    return problems


def check_quotes(timeline: Timeline, articles: list[Article], data_dir: Path) -> list[Problem]:
    """Rows that cite an article (``seed:<article>``) must quote its words exactly."""
    texts = {a.id: a.text for a in articles}
    normalised: dict[str, str] = {}  # each article normalised once, not once per row
    stems = frozenset(texts)
    problems = []
    rows = [("control.csv", c.line, c.source, c.quote) for c in timeline.changes]
    rows += [("movements.csv", m.line, m.source, m.quote) for m in timeline.movements]
    rows += [("events.csv", e.line, e.source, e.quote) for e in timeline.events]
    for name, line, source, quote in rows:
        try:
            article = parse_source(source, stems).article
        except ValueError:
            continue  # reported by the table's own check
        if article is None:
            continue
        if article not in texts:
            close = _close(article, texts)
            problems.append(Problem(display_path(data_dir / name), "unknown article",
                                    line=line, field="source", value=source,
                                    expected="seed:<file stem of an article in seeds/>",
                                    suggestion=f"seed:{close}" if close else None))
            continue
        if article not in normalised:
            normalised[article] = _normal(texts[article])
        parts = quote_parts(quote)
        if not parts or not all(_normal(part) in normalised[article] for part in parts):
            problems.append(Problem(display_path(data_dir / name),
                                    "quote not found in the article it cites", line=line,
                                    field="quote", value=quote[:80],
                                    expected=f"the exact words of {article}"))
    return problems


#: A map whose dates span more than this is probably given a typo in a year.
MAX_SPAN = dt.timedelta(days=3 * 365)


def check_span(timeline: Timeline, articles: list[Article]) -> list[Problem]:
    """A warning when the slider would span years because one article's publication date
    lies far from the others' (``2061`` for ``2016`` is refused; ``2006`` is not)."""
    start, end = timeline.window(a.published for a in articles)
    if end - start <= MAX_SPAN or len(articles) < 2:
        return []
    middle = sorted(a.published for a in articles)[len(articles) // 2]
    far = max(articles, key=lambda a: (abs(a.published - middle), a.id))
    if abs(far.published - middle) <= MAX_SPAN:
        return []
    days = (end - start).days + 1
    return [Problem(display_path(far.path.with_suffix(".json")),
                    f"published {abs(far.published - middle).days // 365} years from the "
                    f"other articles (around {middle.isoformat()}): the map's slider spans "
                    f"{days} days, {start.isoformat()} to {end.isoformat()}", field="published",
                    value=far.published.isoformat(), expected="the article's publication "
                    "date (a typo in the year?)", severity=Severity.WARNING)]


def _close(value: str, choices: Iterable[str]) -> str | None:
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
