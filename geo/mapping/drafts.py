"""The unreviewed drafts as the page shows them: one mark each, apart from the reviewed data.

A draft of the build (:mod:`geo.draft.pending`) becomes a :class:`DraftMark`: where it is
(the place's point, or ``None`` when the place has none: listed, not drawn), from when to
when it shows (a control draft from its day on, a movement over its days, an event on
its day, an undated draft on every day), and what its popup and the review list say.
Every string is text for the page (``textContent``), never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass

from geo import settings
from geo.draft.pending import BuildDrafts, PendingDraft
from geo.inputs.articles import Article
from geo.parse.gazetteer import Place

#: The command the popup and the review list give for accepting a draft.
ACCEPT_COMMAND = "warmap review accept {id}"


@dataclass(frozen=True)
class DraftMark:
    """One draft on the map (lon/lat WGS 84 degrees at the project's precision).

    ``date`` and ``until`` bound the days it shows (ISO days; ``until`` empty: every day
    after ``date``; both empty: every day); ``lat``/``lon`` are ``None`` for a place with
    no point, and ``origin`` is a movement's start as ``[lat, lon]`` when it has one.
    ``certainty`` is the claim's (fact, claimed, planned, denied); ``title`` and ``url``
    the article's (an http(s) address or empty).
    """

    id: str
    table: str
    kind: str
    date: str
    until: str
    place: str
    lat: float | None
    lon: float | None
    origin: list[float] | None
    side: str
    certainty: str
    quote: str
    rule: str
    article: str
    title: str
    url: str
    command: str


def _point(place: Place | None) -> tuple[float | None, float | None]:
    if place is None:
        return None, None
    p = settings.COORDINATE_PRECISION
    return round(place.lat, p), round(place.lon, p)


def _latlon(place: Place) -> list[float]:
    p = settings.COORDINATE_PRECISION
    return [round(place.lat, p), round(place.lon, p)]


def _days(table: str, fields: Mapping[str, str]) -> tuple[str, str]:
    if table == "movement":
        return fields.get("start", ""), fields.get("end", "") or fields.get("start", "")
    day = fields.get("date", "")
    return day, "" if table == "control" else day


def draft_mark(draft: PendingDraft, place_of: Callable[[str], Place | None],
               side_names: Mapping[str, str], articles: Mapping[str, Article]) -> DraftMark:
    """The mark of one pending draft (``place_of``: a place id's place or ``None``)."""
    row = draft.row
    fields = row.fields
    target = fields.get("to_place") or fields.get("from_place") if row.table == "movement" \
        else fields.get("place_id", "")
    place = place_of(target) if target else None
    origin = place_of(fields.get("from_place", "")) if fields.get("to_place") and \
        fields.get("from_place") else None
    lat, lon = _point(place)
    start, until = _days(row.table, fields)
    article = articles.get(fields.get("article", ""))
    url = article.url if article is not None and article.url.lower().startswith(
        ("http://", "https://")) else ""
    side = fields.get("side", "")
    return DraftMark(
        id=row.id, table=row.table, kind=fields.get("claim_kind", ""), date=start,
        until=until, place=place.name if place is not None else fields.get("place_name", ""),
        lat=lat, lon=lon, origin=_latlon(origin) if origin is not None else None,
        side=side_names.get(side) or fields.get("side_text", "") or side,
        certainty=draft.certainty, quote=fields.get("quote", ""), rule=fields.get("rule", ""),
        article=article.name if article is not None else fields.get("article", ""),
        title=(article.title or article.name) if article is not None else "", url=url,
        command=ACCEPT_COMMAND.format(id=row.id))


def draft_marks(drafts: BuildDrafts, place_of: Callable[[str], Place | None],
                side_names: Mapping[str, str], articles: Iterable[Article]) -> list[dict]:
    """The page's list of drafts (the JSON of :class:`DraftMark`), sides left out: a new
    side is a row to review, not a mark."""
    by_id = {a.id: a for a in articles}
    names = {**{s.id: s.name for s in drafts.sides}, **side_names}
    return [asdict(draft_mark(d, place_of, names, by_id)) for d in drafts.pending
            if d.row.table != "side"]


__all__ = ["ACCEPT_COMMAND", "DraftMark", "draft_mark", "draft_marks"]
