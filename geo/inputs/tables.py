"""Read the editable CSV tables of ``data/`` with line numbers kept for error messages."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError, OutputError, Problem, display_path
from geo.inputs.schema import TableSpec
from geo.vocab import Severity

_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: A physical line as ``csv`` counts them (``\n``, ``\r\n`` or a lone ``\r`` ends it).
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


@dataclass(frozen=True)
class Row:
    """One CSV record: its 1-based line number (header is line 1) and its fields."""

    line: int
    fields: dict[str, str]

    def __getitem__(self, name: str) -> str:
        return self.fields.get(name, "") or ""


def read_table(path: Path, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> list[Row]:
    """Read a UTF-8 CSV file into rows, checking its header and the shape of every record.

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
        If the file is missing, is not UTF-8 CSV, lacks required columns or has malformed
        records (every one is reported).
    """
    rows, problems = read_rows(path, required, optional)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise InputError(errors)
    return rows


def read_schema_rows(path: Path, table: TableSpec) -> tuple[list[Row], list[Problem]]:
    """:func:`read_rows` with the columns the schema gives ``table``."""
    return read_rows(path, table.required_columns, table.optional_columns)


def read_rows(path: Path, required: tuple[str, ...], optional: tuple[str, ...] = ()
              ) -> tuple[list[Row], list[Problem]]:
    """Like :func:`read_table`, but malformed records are returned as problems, not raised.

    The well-formed rows are returned with them, so that a loader can check those too and
    report every problem of a file at once. What spreadsheets add is read as they mean it:
    a byte-order mark, a first line ``sep=,`` (Excel's separator hint) and empty columns
    after the last named one (a selection wider than the table).

    Raises
    ------
    InputError
        Only when nothing can be read: a missing, non-UTF-8 or empty file, or a broken
        header (required columns missing, a column twice or without a name, another
        separator than the comma). Other files are then not checked against this one.
    """
    name = display_path(path)
    text = _read_text(path, name)
    records, problems = _records(text, name)
    first_line = 1
    if records and _is_separator_hint(records[0][1]):
        first_line = records[0][0] + 1
        _check_separator_hint(records.pop(0), name)
    if not records:
        raise InputError([*problems, Problem(name, "empty file", line=1,
                                             expected="a header row: " + ",".join(required))])
    header_line, header_cells = records[0]
    if header_line != first_line and not problems:
        problems.append(Problem(name, "the header is not on the first line", line=first_line,
                                severity=Severity.WARNING))
    header = _header(header_cells, name, header_line, required + optional)
    problems += _unknown_columns(header, name, header_line, required + optional)
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError([*problems, Problem(
            name, f"missing column(s) {', '.join(missing)}" + _separator_hint(header_cells),
            line=header_line, field=missing[0], value=",".join(header)[:120],
            expected="columns " + ",".join(required + optional))])
    rows = []
    for line, record in records[1:]:
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(header) and not any(c.strip() for c in record[len(header):]):
            record = record[:len(header)]  # the empty columns after the table
        if len(record) != len(header):
            problems.append(_shape_problem(name, line, record, header))
            continue
        rows.append(Row(line, {h: v.strip() for h, v in zip(header, record, strict=True)}))
    problems += _formula_warnings(name, rows)
    return rows, problems


def _read_text(path: Path, name: str) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError([Problem(name, "file not found")]) from None
    except IsADirectoryError:
        raise InputError([Problem(name, "a folder, not a file")]) from None
    except UnicodeDecodeError as error:
        line = error.object[:error.start].count(b"\n") + 1
        raise InputError([Problem(name, f"not UTF-8 text ({error.reason} at byte {error.start})",
                                  line=line, expected="a UTF-8 encoded CSV file (in Excel: "
                                  "Save As, CSV UTF-8)")]) from None
    except OSError as error:
        raise OutputError.from_os_error(error, path) from None


def _is_separator_hint(cells: list[str]) -> bool:
    """Whether a first record is Excel's ``sep=,`` line."""
    return len(cells) in (1, 2) and cells[0].strip().lower().startswith("sep=") and \
        (len(cells) == 1 or not cells[1].strip())


def _check_separator_hint(record: tuple[int, list[str]], name: str) -> None:
    """Refuse a file whose ``sep=`` line names another separator than the comma."""
    line, cells = record
    separator = ",".join(cells).strip()[4:] or ","
    if separator.startswith(","):
        return
    raise InputError([Problem(name, f"the file says its separator is {separator[0]!r}",
                              line=line, value=",".join(cells),
                              expected="comma-separated values (in Excel: Save As, CSV UTF-8 "
                                       "(Comma delimited))")])


def _separator_hint(header_cells: list[str]) -> str:
    """A hint when a header looks separated by something else than commas."""
    joined = ",".join(header_cells)
    for separator, what in ((";", "semicolons (European Excel)"), ("\t", "tabs"),
                            ("|", "vertical bars")):
        if joined.count(separator) >= 2:
            return (f"; the header looks separated by {what}: save the file as CSV with "
                    "commas (in Excel: Save As, CSV UTF-8 (Comma delimited))")
    return ""


def _header(cells: list[str], name: str, line: int, known: tuple[str, ...]) -> list[str]:
    """The column names, without the unnamed columns after the last named one.

    Raises
    ------
    InputError
        For a column named twice or a column without a name between named ones.
    """
    header = [cell.strip() for cell in cells]
    while header and not header[-1]:
        header.pop()
    problems = []
    for index, column in enumerate(header):
        if not column:
            problems.append(Problem(name, f"column {index + 1} has no name", line=line,
                                    value=",".join(header)[:120],
                                    expected="a name for every column: " + ",".join(known)))
    for column in sorted({c for c in header if c and header.count(c) > 1}):
        problems.append(Problem(name, "duplicate column", line=line, field=column,
                                value=",".join(header)[:120], expected="each column once"))
    if problems:
        raise InputError(problems)
    return header


def _unknown_columns(header: list[str], name: str, line: int, known: tuple[str, ...]
                     ) -> list[Problem]:
    problems = []
    for column in header:
        if column not in known:
            close = difflib.get_close_matches(column, [c for c in known if c not in header], 1)
            problems.append(Problem(name, "unknown column", line=line, field=column,
                                    expected="one of " + ",".join(known),
                                    suggestion=close[0] if close else None,
                                    severity=Severity.WARNING))
    return problems


def _shape_problem(name: str, line: int, record: list[str], header: list[str]) -> Problem:
    short = len(record) < len(header)
    return Problem(name, f"{len(record)} fields, header has {len(header)}"
                   + (" (missing from here on)" if short else
                      " (extra values after this column)"),
                   line=line, field=header[len(record)] if short else header[-1],
                   value=",".join(record)[:80],
                   expected="one value per column (quote values holding commas)")


#: What a spreadsheet reads as the start of a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_RE = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def looks_like_formula(value: str) -> bool:
    """Whether a spreadsheet would run ``value`` as a formula (a number is not one)."""
    return value.startswith(FORMULA_STARTS) and not _NUMBER_RE.fullmatch(value)


def _formula_warnings(name: str, rows: list[Row]) -> list[Problem]:
    problems = []
    for row in rows:
        for column, value in row.fields.items():
            if value[:1] in ("=", "+", "@") and looks_like_formula(value):
                problems.append(Problem(
                    name, "starts like a spreadsheet formula: a spreadsheet opening this "
                    "file runs it", line=row.line, field=column, value=value[:80],
                    expected="text that does not start with =, + or @", severity=Severity.WARNING))
    return problems


def _records(text: str, name: str) -> tuple[list[tuple[int, list[str]]], list[Problem]]:
    """Records of a CSV text with the line each starts on; malformed ones become problems.

    After a malformed record, reading resumes on the line after the fault, so that one bad
    quote does not hide the rest of the file.
    """
    lines = _LINE_RE.findall(text)
    records: list[tuple[int, list[str]]] = []
    problems: list[Problem] = []
    first = 0  # 0-based index of the line where reading (re)starts
    header: list[str] | None = None
    while first < len(lines):
        reader = csv.reader(io.StringIO("".join(lines[first:]), newline=""), strict=True)
        previous_end = 0
        try:
            for record in reader:
                records.append((first + previous_end + 1, record))
                if header is None and not _is_separator_hint(record):
                    header = [cell.strip() for cell in record]
                previous_end = reader.line_num
            break
        except csv.Error as error:
            start = first + previous_end  # 0-based first line of the bad record
            line, column, message = _locate(lines, start, str(error))
            field = header[column] if header and column is not None and column < len(header) \
                else None
            problems.append(Problem(name, f"malformed CSV: {message}", line=line + 1,
                                    field=field, value=lines[line].rstrip("\r\n")[:80],
                                    expected="RFC 4180 CSV: a value holding a comma or a "
                                             "quote is quoted, and its quotes are doubled "
                                             "(\"\")"))
            first = line + 1
    return records, problems


def _locate(lines: list[str], start: int, error: str) -> tuple[int, int | None, str]:
    """Where a record that ``csv`` rejected goes wrong: (0-based line, column, message).

    Scans the record from its first line as RFC 4180 reads it: a quote opens a quoted value
    only at the start of a value; inside one, ``""`` is a quote and a lone ``"`` closes it.
    """
    in_quotes = after_quote = False
    at_start = True
    column, opened = 0, (start, 0)
    for index in range(start, len(lines)):
        text = lines[index]
        position = 0
        while position < len(text):
            char = text[position]
            if in_quotes:
                if char == '"':
                    if text[position + 1:position + 2] == '"':
                        position += 1
                    else:
                        in_quotes, after_quote = False, True
            elif after_quote and char not in ",\r\n":
                return index, column, "text after the closing quote of a quoted value"
            elif char == '"' and at_start:
                in_quotes, opened = True, (index, column)
            elif char == ",":
                column += 1
                after_quote, at_start = False, True
                position += 1
                continue
            elif char in "\r\n":
                return index, None, error  # the record ended: the fault is not a quote
            at_start = False
            position += 1
        if not in_quotes:
            return index, None, error
    if in_quotes:
        return opened[0], opened[1], "unbalanced quote: the quoted value opened here is " \
                                     "never closed"
    return start, None, error


#: The earliest date the data may hold (a typo such as year 1 is refused, not mapped).
EARLIEST_DATE = dt.date(1800, 1, 1)
#: How far after today a date may lie (a planned move, a scheduled event).
LATEST_AFTER_TODAY = dt.timedelta(days=366)


def latest_date() -> dt.date:
    """The latest date the data may hold: a year after today."""
    return dt.date.today() + LATEST_AFTER_TODAY


def parse_date(value: str) -> dt.date:
    """Parse an ISO date written ``YYYY-MM-DD`` (only that form), from 1800 to a year after
    today (a year typed 2061 for 2016 would stretch the map over decades).

    Raises
    ------
    ValueError
        With a readable reason: not in that form, no such day ("2016-02-30"), or out of
        those bounds.
    """
    if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
        raise ValueError("not a date written YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError("no such day (impossible date)") from None
    if day < EARLIEST_DATE:
        raise ValueError(f"before {EARLIEST_DATE.year} (a typo in the year?)")
    if day > latest_date():
        raise ValueError(f"more than a year after today, {dt.date.today().isoformat()} "
                         "(a typo in the year?)")
    return day
