"""The editor's words around the map: headline, credit and source line, as ``data/story.json``
sets them (:mod:`geo.inputs.story`), or their fallbacks. The page, the embed and the
picture all print these.

Fallbacks: the headline is the story's ``title``, else the article's title (one article),
else "War reporting, mapped"; the credit is "Map made with warmap"; the source line names
the articles' outlets and dates and the sites most cited for control of places.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from geo.inputs.articles import Article
from geo.inputs.story import Story
from geo.inputs.timeline import Timeline
from geo.mapping.wording import date_span

DEFAULT_HEADLINE = "War reporting, mapped"
DEFAULT_CREDIT = "Map made with warmap"
#: The credit for the base layers and the page's software, after the editor's credit.
BASE_SOURCES = "Base geography: Natural Earth; places: GeoNames (CC BY 4.0)"
SOFTWARE_CREDIT = "Map software: Leaflet, warmap"
BASE_CREDIT = f"{BASE_SOURCES}. {SOFTWARE_CREDIT}"
#: The credit OpenStreetMap's licence (ODbL) asks of a map that shows its data.
OSM_CREDIT = "Outlines: © OpenStreetMap contributors (ODbL)"
#: How many cited sites the automatic source line names.
NAMED_SITES = 3


@dataclass(frozen=True)
class Masthead:
    """The words printed with the map (plain text: escaped wherever it is printed)."""

    headline: str
    credit: str
    source_line: str
    base_credit: str = BASE_CREDIT


def masthead(story: Story, articles: list[Article], timeline: Timeline,
             shape_sources: Iterable[str] = ()) -> Masthead:
    """The story's headline, credit and source line, or their fallbacks; the base credit
    names OpenStreetMap when a drawn shape comes from it (``osm:`` sources, as
    ``warmap geocode`` writes them)."""
    headline = story.headline or story.title or \
        (articles[0].title if len(articles) == 1 and articles[0].title else "") or \
        DEFAULT_HEADLINE
    base = BASE_CREDIT
    if any(source.startswith("osm:") for source in shape_sources):
        base = f"{BASE_SOURCES}; {OSM_CREDIT}. {SOFTWARE_CREDIT}"
    return Masthead(headline, story.credit or DEFAULT_CREDIT,
                    story.source_line or source_line(articles, _cited(timeline)), base)


def _cited(timeline: Timeline) -> list[str]:
    return [c.source for c in timeline.changes] + [m.source for m in timeline.movements] + \
        [e.source for e in timeline.events]


def site(source: str) -> str:
    """The site of a web address ("https://www.syriahr.com/en/?p=1" -> "syriahr.com"), or
    "" for a source that is not one."""
    match = re.match(r"https?://([^/?#:\s]+)", source, re.I)
    return re.sub(r"^www\.", "", match.group(1).lower()) if match else ""


def source_line(articles: list[Article], sources: Iterable[str]) -> str:
    """"Source: Information Clearing House, 12 Dec 2016; places held: syriahr.com,
    en.wikipedia.org and 4 other sources" from the articles and the rows' sources."""
    outlets: dict[str, list] = {}
    for article in articles:
        outlets.setdefault(article.outlet or article.title or article.id, []).append(
            article.published)
    parts = [f"{name}, {date_span(min(days), max(days), year=True)}"
             for name, days in sorted(outlets.items(), key=lambda item: min(item[1]))[:3]]
    if len(outlets) > 3:
        parts.append(f"and {len(outlets) - 3} more outlets")
    counts = Counter(s for s in (site(source) for source in sources) if s)
    named = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    line = "Source: " + "; ".join(parts) if parts else "Source: the map's data"
    if named:
        rest = len(named) - NAMED_SITES
        line += "; also " + ", ".join(named[:NAMED_SITES]) + \
            (f" and {rest} other site{'s' if rest > 1 else ''}" if rest > 0 else "")
    return line
