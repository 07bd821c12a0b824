"""Errors about input files that name the file, line or feature, field and what was expected."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file.

    ``line`` is the 1-based line of a CSV file (the header is line 1) or ``None``;
    ``feature`` is the 0-based index of a GeoJSON feature or ``None``.
    """

    path: str
    message: str
    line: int | None = None
    feature: int | None = None
    field: str | None = None
    value: str | None = None
    expected: str | None = None
    suggestion: str | None = None
    severity: str = "error"  # "error" stops a build; "warning" is reported and repaired

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f" line {self.line}"
        if self.feature is not None:
            where += f" feature {self.feature}"
        if self.field:
            where += f", field '{self.field}'"
        text = f"{where}: {self.message}"
        if self.value is not None:
            text += f" (got {self.value!r}"
            text += f"; expected {self.expected})" if self.expected else ")"
        elif self.expected:
            text += f" (expected {self.expected})"
        if self.suggestion:
            text += f"; did you mean {self.suggestion!r}?"
        return f"{self.severity}: {text}"


class InputError(Exception):
    """Raised when input files have problems; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def display_path(path: Path | str) -> str:
    """A short path for messages: relative to the working directory when possible."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
