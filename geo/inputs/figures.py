"""Published figures (``data/figures.csv``): the areas and shares that sources give, which
the map sets beside its own computed ones.

A row is ``id,date,place_id,quantity,value,unit,qualifier,side,quote,source,note``:
``quantity`` is a :class:`geo.vocab.FigureQuantity` (``area_total``, ``area_held``,
``area_retaken`` in km², ``share_held``, ``share_retaken`` in percent, ``quarters_held``);
``qualifier`` is empty (as given) or a :class:`geo.vocab.FigureQualifier`; ``side`` is the
side the figure is about or, for a total, the side that gave it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError, Problem
from geo.inputs.checker import RowChecker
from geo.inputs.tables import Row
from geo.vocab import FigureQualifier, FigureQuantity, FigureUnit

#: The unit of each quantity.
QUANTITIES = {FigureQuantity.AREA_TOTAL: FigureUnit.KM2, FigureQuantity.AREA_HELD: FigureUnit.KM2,
              FigureQuantity.AREA_RETAKEN: FigureUnit.KM2,
              FigureQuantity.SHARE_HELD: FigureUnit.PERCENT,
              FigureQuantity.SHARE_RETAKEN: FigureUnit.PERCENT,
              FigureQuantity.QUARTERS_HELD: FigureUnit.QUARTERS}


@dataclass(frozen=True)
class Figure:
    """A figure a source gives for a place on a day."""

    id: str
    date: dt.date
    place_id: str
    quantity: str
    value: float
    unit: str
    qualifier: str
    side: str
    quote: str
    source: str
    note: str = ""
    line: int = 0

    @property
    def from_article(self) -> bool:
        """Whether the figure is the article's own (``seed:`` source)."""
        return self.source.startswith("seed:")

    def agrees_with(self, computed: float, tolerance: float = 0.25) -> bool:
        """Whether ``computed`` agrees with the figure as qualified: below a "less than" or
        "at most", above a "more than" or "at least", else within ``tolerance`` of it."""
        if self.qualifier in ("less than", "at most"):
            return computed <= self.value * (1 + tolerance / 5)
        if self.qualifier == "more than":
            return computed >= self.value * (1 - tolerance / 5)
        return abs(computed - self.value) <= tolerance * max(abs(self.value), 1e-9)


def read_figures(path: Path, places: set[str] | None = None, sides: set[str] | None = None
                 ) -> tuple[list[Figure], list[Problem]]:
    """The figures of ``path`` (none when it does not exist) and every problem of its rows:
    each value against the schema (``figures`` of ``geo/inputs/datapackage.json``), the
    unit against the quantity, places and sides against their tables.

    Raises
    ------
    InputError
        When the file cannot be read at all (see :func:`geo.inputs.tables.read_rows`).
    """
    if not path.exists():
        return [], []
    rows, check = RowChecker.open(path, "figures")
    figures: list[Figure] = []
    seen: dict[str, int] = {}
    for row in rows:
        figure = _figure(check, row, seen, places, sides)
        if figure is not None:
            figures.append(figure)
    return sorted(figures, key=lambda f: (f.date, f.line)), check.problems


def _figure(check: RowChecker, row: Row, seen: dict[str, int], places: set[str] | None,
            sides: set[str] | None) -> Figure | None:
    """The figure of one row, or ``None`` (its problems reported)."""
    before = len(check.problems)
    check.identifier(row, seen, "figure")
    day = check.date(row, "date")
    check.reference(row, "place_id", places, "place")
    if row["side"]:
        check.reference(row, "side", sides, "side")
    quantity = check.choice(row, "quantity", FigureQuantity)
    unit = check.choice(row, "unit", FigureUnit)
    if row["qualifier"]:
        check.choice(row, "qualifier", FigureQualifier)
    if quantity is not None and unit is not None and unit != QUANTITIES[quantity]:
        check.problem(row, "unit", f"not the unit of {quantity}", QUANTITIES[quantity])
    value = check.number(row, "value")
    check.quote(row)
    check.source(row)
    if len(check.problems) > before or day is None or value is None:
        return None
    return Figure(row["id"], day, row["place_id"], row["quantity"], value, row["unit"],
                  row["qualifier"], row["side"], row["quote"], row["source"], row["note"],
                  row.line)


def load_figures(data_dir: Path) -> list[Figure]:
    """The figures of ``data_dir``; raises :class:`InputError` on any problem."""
    figures, problems = read_figures(Path(data_dir) / "figures.csv")
    if problems:
        raise InputError(problems)
    return figures
