"""Checks of the story as a whole, for its editors: quarters with no history, claims the
data sources only to the article though it holds other sources for them, sources on known
mirror domains, and control the map cannot draw. Every report is a warning: the map is
built, and the editor decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from geo.errors import Problem, display_path
from geo.inputs.disputes import Dispute
from geo.inputs.figures import Figure
from geo.inputs.timeline import Timeline
from geo.parse.gazetteer import Gazetteer, Place
from geo.vocab import PlaceKind, Severity

_URL_RE = re.compile(r"https?://[^\s)\"',;]+", re.I)
#: Words with which a note says that a source is a copy, and of what (mirror_domains.txt:
#: "where no original was found, the row says which outlet the copy reproduces").
_COPY_WORDS = re.compile(r"re-?post|republish|reprint|mirror|\bcopy\b|aggregator|"
                         r"as rendered|machine translation|text re", re.I)


def read_mirror_domains(path: Path) -> list[str]:
    """The domains of ``mirror_domains.txt`` (one a line, ``#`` comments), lower case."""
    if not path.is_file():
        return []
    domains = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip().lower()
        if text:
            domains.append(text.removeprefix("www."))
    return domains


def mirror_of(url: str, domains: Iterable[str]) -> str | None:
    """The mirror domain ``url``'s host is (or is a subdomain of), else ``None``."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return next((d for d in domains if host == d or host.endswith("." + d)), None)


def quarters_without_history(gazetteer: Gazetteer, timeline: Timeline, data_dir: Path
                             ) -> list[Problem]:
    """A warning for each quarter of a city whose other quarters have a control history,
    but which has none: the map draws it with no known holder."""
    held = set(timeline.places())
    cities = {p.parent for p in gazetteer.places.values()
              if p.kind == PlaceKind.QUARTER and p.id in held}
    problems = []
    for place in sorted(gazetteer.places.values(), key=lambda p: p.line):
        if place.kind == PlaceKind.QUARTER and place.parent in cities and place.id not in held:
            problems.append(Problem(
                display_path(data_dir / "places.csv"), f"quarter '{place.id}' of "
                f"'{place.parent}' has no control row: the map draws it with no known holder",
                line=place.line, field="id", value=place.id,
                expected="a control row (held, with its source) for the first day it is known",
                severity=Severity.WARNING))
    return problems


def _note_cites(note: str) -> bool:
    return bool(_URL_RE.search(note))


def article_only_claims(timeline: Timeline, disputes: list[Dispute], data_dir: Path
                        ) -> list[Problem]:
    """A warning for each row sourced only to the article (``seed:``, its note citing no
    other source) for which ``data/`` holds other sources: a rival claim in
    ``disputes.csv``, or another row of the same place and day with another source."""
    others: dict[tuple[str, str], list[str]] = {}
    rivals: dict[tuple[str, str], list[str]] = {}  # (file, row id): its rival claims
    for dispute in disputes:
        if dispute.source.startswith("seed:"):  # the article's own words are no other
            continue
        where = f"disputes.csv line {dispute.line}"
        if dispute.rivals:  # a claim about one event or movement, named by its id
            rivals.setdefault((f"{dispute.table}.csv", dispute.rivals), []).append(where)
        else:
            others.setdefault((dispute.place_id, dispute.date.isoformat()), []).append(where)
    rows = [("control.csv", c.line, "", c.place_id, c.date, c.source, c.note)
            for c in timeline.changes]
    rows += [("events.csv", e.line, e.id, e.place_id, e.date, e.source, e.note)
             for e in timeline.events]
    rows += [("movements.csv", m.line, m.id, m.to_place or m.from_place, m.start, m.source,
              m.note) for m in timeline.movements]
    for name, line, _, place, day, source, _ in rows:
        if not source.startswith("seed:"):
            others.setdefault((place, day.isoformat()), []).append(f"{name} line {line}")
    problems = []
    for name, line, row_id, place, day, source, note in rows:
        found = others.get((place, day.isoformat()), []) + rivals.get((name, row_id), [])
        if source.startswith("seed:") and found and not _note_cites(note):
            problems.append(Problem(
                display_path(data_dir / name), "sourced only to the article, though data/ has "
                f"other sources for '{place}' on {day.isoformat()} ({', '.join(found[:3])})",
                line=line, field="source", value=source,
                expected="the other source that confirms it in the note, or why the article's "
                         "version is kept", severity=Severity.WARNING))
    return problems


def mirror_sources(timeline: Timeline, disputes: list[Dispute], figures: list[Figure],
                   data_dir: Path) -> list[Problem]:
    """A warning for each source (or URL in a note) on a domain of ``mirror_domains.txt``
    whose row does not say that it is a copy, and of what (it names the mirror, or says
    "reposted", "mirror", "aggregator" ... in its note): it should cite the original."""
    domains = read_mirror_domains(data_dir / "mirror_domains.txt")
    if not domains:
        return []
    rows = [("control.csv", c.line, c.source, c.note) for c in timeline.changes]
    rows += [("movements.csv", m.line, m.source, m.note) for m in timeline.movements]
    rows += [("events.csv", e.line, e.source, e.note) for e in timeline.events]
    rows += [("disputes.csv", d.line, d.source, d.note) for d in disputes]
    rows += [("figures.csv", f.line, f.source, f.note) for f in figures]
    problems = []
    for name, line, source, note in rows:
        for field, text in (("source", source), ("note", note)):
            for url in _URL_RE.findall(text):
                mirror = mirror_of(url, domains)
                words = _URL_RE.sub("", note)
                if mirror is not None and not (mirror in words or _COPY_WORDS.search(words)):
                    problems.append(Problem(
                        display_path(data_dir / name), f"a source on a mirror ({mirror}, "
                        "data/mirror_domains.txt)", line=line, field=field, value=url,
                        expected="the original page (the outlet's own, en.wikipedia.org, or "
                                 "an archive copy of it)", severity=Severity.WARNING))
    return problems


def has_area(place: Place, cities: set[str], shapes: dict[str, tuple]) -> bool:
    """Whether the map draws an area or a symbol for a place: a drawn boundary, a quarter,
    a city's district, a region matched to admin-1 units, a site, or a town or city with a
    built-up outline or a population."""
    from geo.mapping.regions import REGION_KINDS, admin_units_for, built_up_outline

    if place.id in shapes or place.id in cities:
        return True
    if place.kind == PlaceKind.QUARTER:
        return bool(place.parent)
    if place.kind == PlaceKind.SITE:
        return True
    if place.kind == PlaceKind.DISTRICT and place.parent in cities:
        return True
    if place.kind in REGION_KINDS:
        return admin_units_for(place) is not None
    if place.kind in (PlaceKind.CITY, PlaceKind.TOWN):
        return place.population > 0 or built_up_outline(place) is not None
    return False


def undrawn_control(gazetteer: Gazetteer, timeline: Timeline, shapes: dict[str, tuple],
                    data_dir: Path) -> list[Problem]:
    """A warning for each place whose control rows the map cannot draw (see
    :func:`has_area`); its rows still go to the ``control.csv`` export."""
    cities = {p.parent for p in gazetteer.places.values() if p.kind == PlaceKind.QUARTER}
    problems = []
    for place_id in timeline.places():
        place = gazetteer.get(place_id)
        if place is None or has_area(place, cities, shapes):
            continue
        rows = timeline.history(place_id)
        town = place.kind in (PlaceKind.CITY, PlaceKind.TOWN)
        problems.append(Problem(
            display_path(data_dir / "control.csv"),
            f"the control of '{place_id}' ({place.kind}, {len(rows)} row(s)) is not drawn "
            "on the map: it has no area", line=rows[0].line, field="place_id",
            value=place_id, expected="a boundary for it in shapes.geojson"
            + (", or a population in places.csv" if town else
               ", or ISO 3166-2 codes in its places.csv note (a region of admin-1 units)"),
            severity=Severity.WARNING))
    return problems


__all__ = ["article_only_claims", "has_area", "mirror_of", "mirror_sources",
           "quarters_without_history", "read_mirror_domains", "undrawn_control"]
