"""Read the editable CSV tables of ``data/`` with line numbers kept for error messages."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError, Problem, display_path

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
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(errors)
    return rows


def read_rows(path: Path, required: tuple[str, ...], optional: tuple[str, ...] = ()
              ) -> tuple[list[Row], list[Problem]]:
    """Like :func:`read_table`, but malformed records are returned as problems, not raised.

    The well-formed rows are returned with them, so that a loader can check those too and
    report every problem of a file at once.

    Raises
    ------
    InputError
        Only when nothing can be read: a missing, non-UTF-8 or empty file, or a header
        without the required columns.
    """
    name = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError([Problem(name, "file not found")]) from None
    except IsADirectoryError:
        raise InputError([Problem(name, "a folder, not a file")]) from None
    except UnicodeDecodeError as error:
        line = error.object[:error.start].count(b"\n") + 1
        raise InputError([Problem(name, f"not UTF-8 text ({error.reason} at byte {error.start})",
                                  line=line, expected="a UTF-8 encoded CSV file")]) from None
    records, problems = _records(text, name)
    if not records:
        raise InputError([Problem(name, "empty file", line=1, expected="a header row: "
                                  + ",".join(required))])
    header_line, header_cells = records[0]
    if header_line != 1 and not problems:
        problems.append(Problem(name, "the header is not on the first line", line=1,
                                severity="warning"))
    header = [h.strip() for h in header_cells]
    known = required + optional
    for column in sorted({c for c in header if header.count(c) > 1}):
        problems.append(Problem(name, "duplicate column", line=header_line, field=column,
                                expected="each column once"))
    for column in header:
        if column and column not in known:
            close = difflib.get_close_matches(column, [c for c in known if c not in header], 1)
            problems.append(Problem(name, "unknown column", line=header_line, field=column,
                                    expected="one of " + ",".join(known),
                                    suggestion=close[0] if close else None,
                                    severity="warning"))
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError([*problems, Problem(
            name, f"missing column(s) {', '.join(missing)}", line=header_line, field=missing[0],
            value=",".join(header)[:120], expected="columns " + ",".join(known))])
    rows = []
    for line, record in records[1:]:
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            short = len(record) < len(header)
            problems.append(Problem(name, f"{len(record)} fields, header has {len(header)}"
                                    + (" (missing from here on)" if short else
                                       " (extra values after this column)"),
                                    line=line, field=header[len(record)] if short
                                    else header[-1], value=",".join(record)[:80],
                                    expected="one value per column (quote values holding "
                                             "commas)"))
            continue
        rows.append(Row(line, {h: v.strip() for h, v in zip(header, record, strict=True)}))
    return rows, problems


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
                if header is None:
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


def parse_date(value: str) -> dt.date:
    """Parse an ISO date written ``YYYY-MM-DD`` (only that form).

    Raises
    ------
    ValueError
        With a readable reason: not in that form, or no such day ("2016-02-30").
    """
    if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
        raise ValueError("not a date written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError("no such day (impossible date)") from None
