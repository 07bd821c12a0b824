"""Published figures beside the map's own: for each row of ``data/figures.csv``, the value
the map computes for the same place, quantity and day, whether the two agree, and a check
in words (the article's own figures first).

The map computes, for a city or a district made of quarters (:func:`areas.members_of`):
``area_total`` as the district's area, ``area_held`` and ``quarters_held`` as what the
district's side holds that day, ``area_retaken`` as the rest, and shares of the total. For a
region drawn from admin-1 units it gives the unit's whole area, which no retaken or held area
can exceed. Other figures are shown as given, without a computed value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import geopandas as gpd

from geo.inputs.figures import Figure
from geo.inputs.timeline import Timeline
from geo.mapping.areas import areas_of, held_areas, members_of, round_area, rows_on
from geo.parse.gazetteer import Gazetteer

_UNITS = {"km2": " km²", "percent": "%", "quarters": " quarters"}


@dataclass(frozen=True)
class FigureCheck:
    """A published figure, the map's value for it (``None``: not computed) and the check."""

    figure: Figure
    computed: float | None
    agrees: bool | None
    check: str
    #: The check in a few words, where it is not "<figure>: map <value>, <verdict>".
    summary: str = ""

    @property
    def short(self) -> str:
        """The check in a few words: "some 5 km²: map 5.9 km², agrees"."""
        if self.summary or self.computed is None:
            return self.summary
        verdict = {True: "agrees", False: "differs", None: ""}[self.agrees]
        unit = self.figure.unit if self.figure.quantity != "area_retaken" or \
            self.figure.place_id.startswith("east-") else "km2"
        return f"{stated(self.figure)}: map {_number(self.computed, unit)}, {verdict}"

    def as_payload(self, source_label: str) -> dict:
        """The row as the page's panel shows it."""
        f = self.figure
        return {"id": f.id, "date": f.date.isoformat(), "place": f.place_id,
                "quantity": f.quantity, "value": f.value, "unit": f.unit,
                "qualifier": f.qualifier, "side": f.side, "quote": f.quote, "source": f.source,
                "note": f.note, "article": f.from_article, "by": source_label,
                "stated": stated(f), "computed": self.computed, "agrees": self.agrees,
                "check": self.check, "short": self.short}


def stated(figure: Figure) -> str:
    """The figure as the source gives it: "some 5 km²", "less than 1%"."""
    value = f"{figure.value:,.10g}"
    return (f"{figure.qualifier} " if figure.qualifier else "") + value + _UNITS[figure.unit]


def _number(value: float, unit: str) -> str:
    return f"{value:,.10g}{_UNITS[unit]}"


@dataclass(frozen=True)
class _Context:
    gazetteer: Gazetteer
    timeline: Timeline
    areas: dict[str, float]
    precisions: dict[str, str]


def _district_side(place_id: str) -> str:
    return "rebels" if place_id.startswith("east-") else "government"


def check_figure(figure: Figure, context: _Context) -> FigureCheck:
    """The map's value for ``figure`` and the check in words."""
    members = members_of(figure.place_id, context.gazetteer, context.timeline)
    if not members:
        return _check_region(figure, context)
    place = context.gazetteer.get(figure.place_id)
    name = place.name if place is not None else figure.place_id
    day = figure.date.strftime("%-d %B")
    total_km2 = sum(context.areas.get(m, 0.0) for m in members)
    side = _district_side(figure.place_id)
    side_name = context.timeline.sides[side].name if side in context.timeline.sides else side
    held = held_areas(rows_on(context.timeline, figure.date, members), context.areas,
                      context.precisions)
    low = held.held.get(side, 0.0)
    high = low + held.partly.get(side, 0.0) + held.contested
    approximate = held.approximate or any(
        context.precisions.get(m, "").startswith("approximate") for m in members)

    def km2(value: float) -> str:
        return _number(round_area(value, approximate), "km2")

    def span(lo: float, hi: float, unit: str) -> str:
        return km2(lo) if hi - lo < 1e-9 or unit != "km2" else \
            f"{round_area(lo, approximate):g}–{km2(hi)}"

    quantity = figure.quantity
    if quantity == "area_total":
        values = (total_km2, total_km2)
        text = f"the map's {name} is {km2(total_km2)}"
    elif quantity == "area_held":
        values = (low, high)
        text = f"the map computes {span(low, high, 'km2')} held by {side_name} on {day}"
    elif quantity == "area_retaken":
        values = (total_km2 - high, total_km2 - low)
        text = f"the map computes {span(*values, 'km2')} retaken on {day}"
    elif quantity in ("share_held", "share_retaken"):
        values = (100 * low / total_km2, 100 * high / total_km2) if total_km2 else (0.0, 0.0)
        held_text = f"{values[0]:.0f}%" if values[1] - values[0] < 0.5 else \
            f"{values[0]:.0f}–{values[1]:.0f}%"
        text = (f"the map has {side_name} holding {held_text} of {name} on {day} "
                f"({span(low, high, 'km2')} of {km2(total_km2)})")
    else:  # quarters_held
        values = (float(held.quarters.get(side, 0)),) * 2
        text = f"the map has {side_name} in {values[0]:g} quarters on {day}"
    agrees = _agrees(figure, values)
    word = " (approximate)" if approximate and quantity != "quarters_held" else ""
    shown = _shown_range(quantity, values, approximate)
    unit = figure.unit
    summary = f"{stated(figure)}: map " + (
        _number(shown[0], unit) if shown[0] == shown[1] else
        f"{shown[0]:,.10g}–{_number(shown[1], unit)}") + \
        f", {'agrees' if agrees else 'differs'}"
    return FigureCheck(figure, shown[0], agrees,
                       f"{stated(figure)}: {text}{word}: {'agrees' if agrees else 'differs'}.",
                       summary)


def _shown_range(quantity: str, values: tuple[float, float], approximate: bool
                 ) -> tuple[float, float]:
    """The computed range as the panel shows it, in the figure's own quantity."""
    if quantity == "quarters_held":
        return values
    if quantity == "share_retaken":
        low, high = sorted((100 - values[1], 100 - values[0]))
        return round(low, 1 if low > 90 else 0), round(high, 1 if high > 90 else 0)
    if quantity == "share_held":
        return tuple(round(v, 1 if v < 10 else 0) for v in values)  # type: ignore[return-value]
    return round_area(values[0], approximate), round_area(values[1], approximate)


def _agrees(figure: Figure, values: tuple[float, float]) -> bool:
    """Whether any value of the computed range agrees with the figure; a retaken share is
    compared as the share left (98% retaken is 2% held), so that shares near 100% are not
    all alike."""
    if figure.quantity == "share_retaken":
        left = Figure(figure.id, figure.date, figure.place_id, "share_held", 100 - figure.value,
                      figure.unit, {"more than": "less than", "less than": "more than",
                                    "at most": "more than"}.get(
                          figure.qualifier, figure.qualifier), figure.side, figure.quote,
                      figure.source)
        return any(left.agrees_with(v) for v in values) or \
            _within(left, 100 - values[1], 100 - values[0])
    return any(figure.agrees_with(v) for v in values) or _within(figure, *values)


def _within(figure: Figure, low: float, high: float) -> bool:
    """Whether a figure given as is (or as "some", "about") lies in the computed range."""
    return figure.qualifier in ("", "some", "about") and low <= figure.value <= high


def _check_region(figure: Figure, context: _Context) -> FigureCheck:
    """A figure for a region: the area its side holds when the region is held whole by
    that side on the day; any other figure set beside the region's whole area."""
    place = context.gazetteer.get(figure.place_id)
    name = place.name if place is not None else figure.place_id
    total = context.areas.get(figure.place_id, 0.0)
    if total <= 0 or figure.unit != "km2":
        return FigureCheck(figure, None, None, "")
    precision = context.precisions.get(figure.place_id, "")
    approximate = precision.startswith("approximate")
    where = "Natural Earth" if precision.startswith("unit:") else \
        "the map's boundary, approximate" if approximate else "the map's boundary"
    rows = rows_on(context.timeline, figure.date, [figure.place_id])
    row = rows.get(figure.place_id)
    if figure.quantity == "area_held" and row is not None and row.side == figure.side and \
            row.state in ("whole", "besieged", "encircled"):
        computed = round_area(total, approximate)
        agrees = figure.agrees_with(computed)
        verdict = "agrees" if agrees else "differs"
        return FigureCheck(figure, computed, agrees,
                           f"{stated(figure)}: the map's {name} is {_number(computed, 'km2')} "
                           f"({where}): {verdict}.",
                           f"{stated(figure)}: map {_number(computed, 'km2')}, {verdict}")
    whole = round_area(total, not precision.startswith("unit:") and approximate)
    share = f"{100 * figure.value / total:.0f}% of all of {name}"
    return FigureCheck(figure, whole, figure.value <= total,
                       f"{stated(figure)} is {share} ({_number(whole, 'km2')}, {where}).",
                       f"{stated(figure)}: {share}")


def source_label(figure: Figure) -> str:
    """Who gave a figure, in a few words: "the article", or the source's host."""
    if figure.from_article:
        return "the article"
    host = figure.source.split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def figure_checks(figures: list[Figure], gazetteer: Gazetteer, timeline: Timeline,
                  geometries: gpd.GeoDataFrame) -> list[dict]:
    """Every figure with the map's check, as the page's panel shows them (by date, the
    article's first on each day)."""
    areas, precisions = areas_of(geometries)
    context = _Context(gazetteer, timeline, areas, precisions)
    checks = [check_figure(f, context) for f in figures]
    checks.sort(key=lambda c: (c.figure.date, not c.figure.from_article, c.figure.line))
    return [c.as_payload(source_label(c.figure)) for c in checks]


def figures_near(rows: list[dict], day: dt.date, days: int = 1) -> list[dict]:
    """The figures dated within ``days`` of ``day``."""
    return [r for r in rows if abs((dt.date.fromisoformat(r["date"]) - day).days) <= days]
