"""Published figures (``data/figures.csv``): the areas and shares that sources give, which
the map sets beside its own computed ones.

A row is ``id,date,place_id,quantity,value,unit,qualifier,side,quote,source,note``:
``quantity`` is one of :data:`QUANTITIES` (``area_total``, ``area_held``, ``area_retaken``
in km², ``share_held``, ``share_retaken`` in percent, ``quarters_held``); ``qualifier`` is
empty (as given) or one of :data:`QUALIFIERS`; ``side`` is the side the figure is about or,
for a total, the side that gave it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError, Problem, display_path
from geo.inputs.tables import Row, parse_date, read_rows

QUANTITIES = {"area_total": "km2", "area_held": "km2", "area_retaken": "km2",
              "share_held": "percent", "share_retaken": "percent",
              "quarters_held": "quarters"}
QUALIFIERS = ("some", "about", "less than", "more than", "at most", "at least")
COLUMNS = ("id", "date", "place_id", "quantity", "value", "unit", "qualifier", "side",
           "quote", "source", "note")


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
        if self.qualifier in ("more than", "at least"):
            return computed >= self.value * (1 - tolerance / 5)
        return abs(computed - self.value) <= tolerance * max(abs(self.value), 1e-9)


def read_figures(path: Path, places: set[str] | None = None, sides: set[str] | None = None
                 ) -> tuple[list[Figure], list[Problem]]:
    """The figures of ``path`` (none when it does not exist) and every problem of its rows.

    Raises
    ------
    InputError
        When the file cannot be read at all (see :func:`geo.inputs.tables.read_rows`).
    """
    if not path.exists():
        return [], []
    rows, problems = read_rows(path, COLUMNS)
    name = display_path(path)
    figures: list[Figure] = []
    seen: dict[str, int] = {}

    def problem(line: int, field: str, value: str, message: str, expected: str) -> None:
        problems.append(Problem(name, message, line=line, field=field, value=value,
                                expected=expected))

    for row in rows:
        bad = len(problems)
        if not row["id"] or row["id"] in seen:
            problem(row.line, "id", row["id"], "missing or duplicate id", "a unique id")
        seen.setdefault(row["id"], row.line)
        try:
            day = parse_date(row["date"])
        except ValueError:
            problem(row.line, "date", row["date"], "bad date", "a date YYYY-MM-DD")
            day = None
        if places is not None and row["place_id"] not in places:
            problem(row.line, "place_id", row["place_id"], "unknown place",
                    "an id of places.csv")
        if sides is not None and row["side"] and row["side"] not in sides:
            problem(row.line, "side", row["side"], "unknown side", "an id of sides.csv")
        problems += _vocabulary_problems(name, row)
        try:
            value = float(row["value"])
        except ValueError:
            problem(row.line, "value", row["value"], "not a number", "a number")
            value = 0.0
        for column in ("quote", "source"):
            if not row[column]:
                problem(row.line, column, "", f"empty {column}", "a non-empty value")
        if len(problems) == bad and day is not None:
            figures.append(Figure(row["id"], day, row["place_id"], row["quantity"], value,
                                  row["unit"], row["qualifier"], row["side"], row["quote"],
                                  row["source"], row["note"], row.line))
    return sorted(figures, key=lambda f: (f.date, f.line)), problems


def _vocabulary_problems(name: str, row: Row) -> list[Problem]:
    """A figure's quantity, unit and qualifier against their vocabularies."""
    problems = []
    if row["quantity"] not in QUANTITIES:
        problems.append(Problem(name, "unknown quantity", line=row.line, field="quantity",
                                value=row["quantity"], expected="one of " + ", ".join(
                                    QUANTITIES)))
    elif row["unit"] != QUANTITIES[row["quantity"]]:
        problems.append(Problem(name, "wrong unit for the quantity", line=row.line,
                                field="unit", value=row["unit"],
                                expected=QUANTITIES[row["quantity"]]))
    if row["qualifier"] and row["qualifier"] not in QUALIFIERS:
        problems.append(Problem(name, "unknown qualifier", line=row.line, field="qualifier",
                                value=row["qualifier"],
                                expected="empty or one of " + ", ".join(QUALIFIERS)))
    return problems


def load_figures(data_dir: Path) -> list[Figure]:
    """The figures of ``data_dir``; raises :class:`InputError` on any problem."""
    figures, problems = read_figures(Path(data_dir) / "figures.csv")
    if problems:
        raise InputError(problems)
    return figures
