"""Checks of one CSV file's rows against its Table Schema, collecting every problem.

:class:`RowChecker` reads each value the way the schema (:mod:`geo.inputs.schema`) types
it: required values, patterns, vocabularies (:mod:`geo.vocab`), numbers in their range,
dates (``YYYY-MM-DD``, within :func:`geo.inputs.tables.parse_date`'s bounds), references to
other tables and sources in their documented forms (:mod:`geo.inputs.sources`). Each
problem names the file, line, field, value and what was expected; the loaders add the
checks that need more than one value.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from geo.errors import Problem, display_path
from geo.inputs import schema, sources
from geo.inputs.schema import TableSpec
from geo.inputs.tables import Row, parse_date, read_schema_rows
from geo.vocab import Severity, Vocabulary

_WORD_RE = re.compile(r"\w", re.UNICODE)
V = TypeVar("V", bound=Vocabulary)


def suggest(value: str, choices: Iterable[str]) -> str | None:
    """The choice closest to ``value``, when one is close."""
    matches = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


class RowChecker:
    """Collects the problems of one file's rows; ``table`` is its schema."""

    def __init__(self, path: Path, table: TableSpec):
        self.name = display_path(path)
        self.table = table
        self.problems: list[Problem] = []

    @classmethod
    def open(cls, path: Path, table_name: str) -> tuple[list[Row], RowChecker]:
        """The rows of ``path``, read with the columns of the schema's table ``table_name``,
        and a checker of them that already holds the problems of their records.

        Raises
        ------
        InputError
            When nothing can be read (see :func:`geo.inputs.tables.read_rows`).
        """
        table = schema.table(table_name)
        rows, problems = read_schema_rows(path, table)
        check = cls(path, table)
        check.problems += problems
        return rows, check

    def problem(self, row: Row, field_name: str, message: str, expected: str | None = None,
                suggestion: str | None = None, severity: Severity = Severity.ERROR) -> None:
        """Report a problem with one value of a row."""
        self.problems.append(Problem(self.name, message, line=row.line, field=field_name,
                                     value=row[field_name], expected=expected,
                                     suggestion=suggestion, severity=severity))

    @property
    def failed(self) -> bool:
        """Whether any problem so far is an error."""
        return any(p.is_error for p in self.problems)

    def _expected(self, field_name: str) -> str:
        return self.table.field(field_name).description or "a value"

    def text(self, row: Row, *field_names: str) -> bool:
        """Whether the required text values are there (an empty one is reported)."""
        ok = True
        for field_name in field_names:
            if not row[field_name]:
                self.problem(row, field_name, f"empty {field_name}", self._expected(field_name))
                ok = False
        return ok

    def quote(self, row: Row, field_name: str = "quote") -> bool:
        """Whether the quote is there and quotes words, not only ``…`` or punctuation."""
        if not self.text(row, field_name):
            return False
        if not _WORD_RE.search(row[field_name]):
            self.problem(row, field_name, "the quote has no words (only ellipses or "
                         "punctuation)", self._expected(field_name))
            return False
        return True

    def identifier(self, row: Row, seen: dict[str, int], what: str,
                   field_name: str = "id") -> bool:
        """Whether the id is there, well formed and new; remembers it."""
        value = row[field_name]
        pattern = self.table.field(field_name).pattern
        if not value:
            self.problem(row, field_name, "missing id", f"a unique id per {what}")
        elif pattern is not None and not re.fullmatch(pattern, value, flags=re.ASCII):
            self.problem(row, field_name, "bad id", self._expected(field_name))
        elif value in seen:
            self.problem(row, field_name, f"duplicate id (first at line {seen[value]})",
                         f"a unique id per {what}")
        else:
            seen[value] = row.line
            return True
        return False

    def choice(self, row: Row, field_name: str, vocabulary: type[V]) -> V | None:
        """The value as a member of ``vocabulary`` (the schema's enum), or ``None``."""
        value = row[field_name]
        if value in vocabulary.values():
            return vocabulary(value)
        message = f"empty {field_name}" if not value else f"unknown {vocabulary.label()}"
        self.problem(row, field_name, message, vocabulary.expected(),
                     suggestion=vocabulary.suggest(value) if value else None)
        return None

    def reference(self, row: Row, field_name: str, known: Iterable[str] | None,
                  what: str) -> bool:
        """Whether the value is an id of the ``what`` table (``None``: not checked)."""
        value = row[field_name]
        if known is None:
            return bool(value)
        choices = known if isinstance(known, (set, dict, frozenset)) else set(known)
        if value in choices:
            return True
        self.problem(row, field_name, f"unknown {what}", "one of " + ", ".join(sorted(choices))
                     if len(choices) <= 12 else f"an id from the {what} table",
                     suggestion=suggest(value, choices))
        return False

    def number(self, row: Row, field_name: str) -> float | None:
        """The number in a column, within the schema's range (``None`` when empty)."""
        if not row[field_name]:
            if self.table.field(field_name).required:
                self.text(row, field_name)
            return None
        spec = self.table.field(field_name)
        try:
            value = float(row[field_name])
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or not spec.in_range(value):
            self.problem(row, field_name, "bad number", spec.range_text())
            return None
        return value

    def date(self, row: Row, field_name: str) -> dt.date | None:
        """The date in a column, or ``None`` (reported) when it is not a valid one."""
        try:
            return parse_date(row[field_name])
        except ValueError as error:
            self.problem(row, field_name, f"bad or impossible date: {error}",
                         "a date YYYY-MM-DD")
            return None

    def source(self, row: Row, field_name: str = "source") -> sources.Source | None:
        """The row's source, when it is in one of the documented forms."""
        if not self.text(row, field_name):
            return None
        try:
            return sources.parse_source(row[field_name])
        except ValueError as error:
            self.problem(row, field_name, f"bad source: {error}", sources.EXPECTED,
                         suggestion=sources.source_suggestion(row[field_name]))
            return None


__all__ = ["RowChecker", "suggest"]
