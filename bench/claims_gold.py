"""Load and validate the claims gold set (``bench/claims/``; format in its README.md).

``load_claims(folder)`` returns one record (a dict) per row of every ``<name>.claims.csv``, with
``text`` (the file name), ``line`` (its line in the CSV), the columns typed (``start``/``end``
int, ``lat``/``lon`` float or None) and the article's ``published`` date, ``held_out`` flag and
``held_out_group`` (0, or the held-out group 1, 2, 3, 4, 5, 6 or 7) from ``index.csv``. Any problem
raises :class:`ClaimsGoldError` naming the file, the line, the field, the value and what was
expected. Standard library only.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

TABLES = {
    "control": {"taken", "held", "besieged", "encircled", "contested", "withdrawn"},
    "movement": {"advance", "retreat", "reinforcement", "strike"},
    "event": {
        "strike",
        "bombing",
        "ceasefire",
        "evacuation",
        "siege",
        "deployment",
        "attack",
        "other",
    },
}
CERTAINTIES = {"fact", "claimed", "planned", "denied"}
PRECISIONS = {"day", "month", "year", "unknown"}
ROLES = {"at", "from", "to"}
REQUIRED = [
    "claim_id",
    "table",
    "kind",
    "start",
    "end",
    "quote",
    "date",
    "date_precision",
    "place",
    "place_id",
    "lat",
    "lon",
    "side",
    "side_text",
    "certainty",
    "note",
]
OPTIONAL = ["role", "other_side"]
INDEX_COLUMNS = ["name", "text", "war", "outlet", "published", "held_out", "claims", "rows"]
_DATE = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
    "unknown": re.compile(r"^$"),
}
_SIDE = re.compile(r"^([a-z][a-z0-9-]*)?$")
_PLACE_ID = re.compile(r"^(|geonames:\d+|[a-z0-9][a-z0-9-]*)$")
# Fields every row of one claim must share.
_SHARED = (
    "table",
    "kind",
    "start",
    "end",
    "quote",
    "date",
    "date_precision",
    "side",
    "side_text",
    "certainty",
)


class ClaimsGoldError(ValueError):
    """A problem in the gold set, with the file, line and field it is in."""

    def __init__(self, file: str, line: int | None, field: str, value: object, expected: str):
        self.file, self.line, self.field, self.value, self.expected = (
            file,
            line,
            field,
            value,
            expected,
        )
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: field {field!r} is {value!r}; expected {expected}")


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, dict]]]:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header = list(reader.fieldnames or [])
        rows = [(reader.line_num, row) for row in reader]
    return header, rows


def _load_index(folder: Path) -> dict[str, dict]:
    path = folder / "index.csv"
    if not path.exists():
        raise ClaimsGoldError(str(path), None, "index.csv", "missing", "an index of the texts")
    header, rows = _read_csv(path)
    missing = [c for c in INDEX_COLUMNS if c not in header]
    if missing:
        raise ClaimsGoldError(path.name, 1, missing[0], "absent", f"columns {INDEX_COLUMNS}")
    index = {}
    for line, row in rows:
        text = (folder / row["text"]).resolve()
        if not text.is_file():
            raise ClaimsGoldError(
                path.name, line, "text", row["text"], "a text file relative to the folder"
            )
        if not (_DATE["day"].match(row["published"]) or _DATE["month"].match(row["published"])):
            raise ClaimsGoldError(
                path.name, line, "published", row["published"], "YYYY-MM-DD (or YYYY-MM)"
            )
        if row["held_out"] not in ("0", "1", "2", "3", "4", "5", "6", "7"):
            raise ClaimsGoldError(
                path.name, line, "held_out", row["held_out"],
                "0, or the held-out group 1, 2, 3, 4, 5, 6 or 7",
            )
        if row["name"] in index:
            raise ClaimsGoldError(path.name, line, "name", row["name"], "a name listed once")
        index[row["name"]] = dict(row, path=text, line=line)
    return index


def _places_ids(folder: Path) -> set[str] | None:
    for up in (folder, *folder.resolve().parents):
        p = up / "data" / "places.csv"
        if p.exists():
            with open(p, encoding="utf-8", newline="") as f:
                return {r["id"] for r in csv.DictReader(f)}
    return None


def _float(file, line, field, value, low, high):
    try:
        x = float(value)
    except ValueError:
        raise ClaimsGoldError(file, line, field, value, "a number or empty") from None
    if not low <= x <= high:
        raise ClaimsGoldError(file, line, field, value, f"a number in [{low}, {high}]")
    return x


def _check_kind(file: str, line: int, row: dict) -> None:
    table, kind = row["table"], row["kind"]
    if table not in TABLES:
        raise ClaimsGoldError(file, line, "table", table, f"one of {sorted(TABLES)}")
    if kind not in TABLES[table]:
        raise ClaimsGoldError(
            file, line, "kind", kind, f"one of {sorted(TABLES[table])} for {table}"
        )
    if not re.match(r"^c\d+$", row["claim_id"]):
        raise ClaimsGoldError(file, line, "claim_id", row["claim_id"], "c<number>")


def _check_quote(file: str, line: int, row: dict, text: str, text_name: str) -> tuple[int, int]:
    try:
        start, end = int(row["start"]), int(row["end"])
    except ValueError:
        raise ClaimsGoldError(
            file, line, "start/end", (row["start"], row["end"]), "integers"
        ) from None
    if not 0 <= start < end <= len(text):
        raise ClaimsGoldError(
            file, line, "start/end", (start, end), f"0 <= start < end <= {len(text)}"
        )
    if text[start:end] != row["quote"]:
        raise ClaimsGoldError(
            file,
            line,
            "quote",
            row["quote"],
            f"text[{start}:{end}] of {text_name} = {text[start:end]!r}",
        )
    return start, end


def _check_values(file: str, line: int, row: dict) -> str:
    """The date, certainty, sides and role of a row; returns its role."""
    prec = row["date_precision"]
    if prec not in PRECISIONS:
        raise ClaimsGoldError(file, line, "date_precision", prec, f"one of {sorted(PRECISIONS)}")
    if not _DATE[prec].match(row["date"]):
        raise ClaimsGoldError(file, line, "date", row["date"], f"a date of precision {prec}")
    if row["certainty"] not in CERTAINTIES:
        raise ClaimsGoldError(
            file, line, "certainty", row["certainty"], f"one of {sorted(CERTAINTIES)}"
        )
    for field in ("side", "other_side"):
        if not _SIDE.match(row.get(field) or ""):
            raise ClaimsGoldError(file, line, field, row[field], "a lower-case id or empty")
    role = row.get("role") or "at"
    if role not in ROLES:
        raise ClaimsGoldError(file, line, "role", role, f"one of {sorted(ROLES)}")
    table = row["table"]
    if role != "at" and table != "movement" and not (table == "event" and role == "to"):
        raise ClaimsGoldError(
            file, line, "role", role, "from/to only in movements (to also in events)"
        )
    return role


def _check_place(
    file: str, line: int, row: dict, places: set[str] | None
) -> tuple[float | None, float | None]:
    """The place id, name and point of a row; returns the point."""
    pid = row["place_id"]
    if not _PLACE_ID.match(pid):
        raise ClaimsGoldError(
            file, line, "place_id", pid, "a data/places.csv id, geonames:<id> or empty"
        )
    if places is not None and pid and not pid.startswith("geonames:") and pid not in places:
        raise ClaimsGoldError(file, line, "place_id", pid, "an id of data/places.csv")
    if not row["place"]:
        raise ClaimsGoldError(file, line, "place", "", "the place's name as the text writes it")
    if (row["lat"] == "") != (row["lon"] == ""):
        raise ClaimsGoldError(file, line, "lat/lon", (row["lat"], row["lon"]), "both or neither")
    lat = _float(file, line, "lat", row["lat"], -90, 90) if row["lat"] else None
    lon = _float(file, line, "lon", row["lon"], -180, 180) if row["lon"] else None
    if lat is None and not row["note"]:
        raise ClaimsGoldError(file, line, "note", "", "a note saying why the place has no point")
    return lat, lon


def _check_shared(file: str, line: int, claims: dict[str, dict], rec: dict) -> None:
    """Every row of a claim shares the fields of :data:`_SHARED` with its first row."""
    first = claims.setdefault(rec["claim_id"], rec)
    for field in _SHARED:
        if first[field] != rec[field]:
            raise ClaimsGoldError(
                file,
                line,
                field,
                rec[field],
                f"{first[field]!r}, as on line {first['line']} of claim {rec['claim_id']}",
            )


def _load_file(path: Path, entry: dict, places: set[str] | None) -> list[dict]:
    """The validated rows of one ``<name>.claims.csv`` (``entry``: its row of the index)."""
    name, file = path.name[: -len(".claims.csv")], path.name
    text = entry["path"].read_text(encoding="utf-8")
    header, rows = _read_csv(path)
    for col in REQUIRED:
        if col not in header:
            raise ClaimsGoldError(file, 1, col, "absent", f"the columns {REQUIRED}")
    claims: dict[str, dict] = {}
    records = []
    for line, row in rows:
        _check_kind(file, line, row)
        start, end = _check_quote(file, line, row, text, entry["text"])
        role = _check_values(file, line, row)
        lat, lon = _check_place(file, line, row, places)
        rec = dict(
            row,
            text=name,
            line=line,
            start=start,
            end=end,
            lat=lat,
            lon=lon,
            role=role,
            other_side=row.get("other_side") or "",
            published=entry["published"],
            held_out=entry["held_out"] != "0",
            held_out_group=int(entry["held_out"]),
        )
        _check_shared(file, line, claims, rec)
        records.append(rec)
    if len(claims) != int(entry["claims"]) or len(rows) != int(entry["rows"]):
        raise ClaimsGoldError(
            "index.csv",
            entry["line"],
            "claims/rows",
            (entry["claims"], entry["rows"]),
            f"{len(claims)}/{len(rows)}",
        )
    return records


def load_claims(folder: str | Path) -> list[dict]:
    """Every row of every ``<name>.claims.csv`` in ``folder``, validated."""
    folder = Path(folder)
    index = _load_index(folder)
    places = _places_ids(folder)
    files = sorted(folder.glob("*.claims.csv"))
    names = {p.name[: -len(".claims.csv")] for p in files}
    for name, entry in index.items():
        if name not in names:
            raise ClaimsGoldError(
                "index.csv", entry["line"], "name", name, "a <name>.claims.csv beside it"
            )
    records = []
    for path in files:
        name = path.name[: -len(".claims.csv")]
        if name not in index:
            raise ClaimsGoldError(path.name, None, "name", name, "a row in index.csv")
        records += _load_file(path, index[name], places)
    return records


if __name__ == "__main__":
    import sys
    from collections import Counter

    recs = load_claims(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "claims")
    claims = {(r["text"], r["claim_id"]): r for r in recs}
    print(f"{len(claims)} claims, {len(recs)} rows in {len({r['text'] for r in recs})} texts")
    for (t, k), n in sorted(Counter((r["table"], r["kind"]) for r in claims.values()).items()):
        print(f"  {t:9s} {k:14s} {n}")
