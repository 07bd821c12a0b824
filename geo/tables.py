"""Read the editable CSV tables of ``data/`` with line numbers kept for error messages."""

from __future__ import annotations

import csv
import io
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError, Problem, display_path


@dataclass(frozen=True)
class Row:
    """One CSV record: its 1-based line number (header is line 1) and its fields."""

    line: int
    fields: dict[str, str]

    def __getitem__(self, name: str) -> str:
        return self.fields.get(name, "") or ""


def read_table(path: Path, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> list[Row]:
    """Read a UTF-8 CSV file into rows, checking its header.

    Parameters
    ----------
    path : Path
        The CSV file.
    required : tuple of str
        Columns that must be present.
    optional : tuple of str
        Further columns that are known; any other column is reported as unknown.

    Raises
    ------
    InputError
        If the file is missing, is not UTF-8 CSV, or lacks required columns.
    """
    name = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError([Problem(name, "file not found")]) from None
    except UnicodeDecodeError as error:
        raise InputError([Problem(name, f"not UTF-8 text ({error.reason} at byte {error.start})",
                                  expected="a UTF-8 encoded CSV file")]) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []  # (first line of the record, its cells)
    try:
        previous_end = 0
        for record in reader:
            records.append((previous_end + 1, record))
            previous_end = reader.line_num
    except csv.Error as error:
        raise InputError([Problem(name, f"malformed CSV: {error}", line=reader.line_num,
                                  expected="RFC 4180 CSV (quote fields holding commas)")]) from None
    if not records:
        raise InputError([Problem(name, "empty file", expected="a header row: "
                                  + ",".join(required))])
    header = [h.strip() for h in records[0][1]]
    problems = []
    missing = [c for c in required if c not in header]
    if missing:
        problems.append(Problem(name, f"missing column(s) {', '.join(missing)}", line=1,
                                expected="columns " + ",".join(required + optional)))
    unknown = [c for c in header if c and c not in required + optional]
    for column in unknown:
        problems.append(Problem(name, "unknown column", line=1, field=column,
                                expected="one of " + ",".join(required + optional),
                                severity="warning"))
    if any(p.severity == "error" for p in problems):
        raise InputError(problems)
    rows = []
    for line, record in records[1:]:
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            problems.append(Problem(name, f"{len(record)} fields, header has {len(header)}",
                                    line=line, expected="one value per column (quote commas)"))
            continue
        rows.append(Row(line, {h: v.strip() for h, v in zip(header, record, strict=True)}))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(errors)
    return rows


def parse_date(value: str) -> dt.date:
    """Parse an ISO date ``YYYY-MM-DD``; raises ``ValueError`` with a readable message."""
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError("not a date") from None
