"""Compare the seed's drafts with the hand-made rows of data/ that cite it.

``python bench/claims_seed.py [--method rules]`` drafts ``seeds/000_9675cb4a4e2b07e4.txt``
with the story's own places and sides and lists, for control.csv and movements.csv (and
events.csv), the rows of ``data/`` with ``source`` ``seed:000_9675cb4a4e2b07e4`` that no
drafted row is about (same table, place and side; for movements the destination, else the
start), the drafted rows no such data row is about, and the rows about the same on other
days (the hand-made rows date some happenings from other sources). Standard library plus
the package.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = "000_9675cb4a4e2b07e4"
TABLES = {"control": ("control.csv", "date", "place_id"),
          "movement": ("movements.csv", "start", "to_place"),
          "event": ("events.csv", "date", "place_id")}


def _key(table: str, row: dict[str, str]) -> tuple[str, str, str, str]:
    _file, day, place = TABLES[table]
    where = row[place] or row.get("from_place", "")
    return table, row[day], where, row["side"]


def data_rows(data: Path) -> list[tuple[str, dict[str, str]]]:
    """The rows of data/ that cite the seed, with their table."""
    rows = []
    for table, (name, _day, _place) in TABLES.items():
        with open(data / name, encoding="utf-8-sig", newline="") as handle:
            rows += [(table, r) for r in csv.DictReader(handle)
                     if r.get("source") == f"seed:{SEED}"]
    return rows


def drafted_rows(data: Path, seeds: Path, method: str) -> list[tuple[str, dict[str, str]]]:
    """The rows the drafter makes of the seed, with their table."""
    from geo.draft.claims import draft_text
    from geo.draft.rows import claim_rows
    from geo.draft.sides import side_book
    from geo.inputs.articles import read_article
    from geo.inputs.places import load_gazetteer

    gazetteer = load_gazetteer(data)
    article = read_article(seeds / f"{SEED}.txt", None)
    drafts = draft_text(article.text, article.published, gazetteer,
                        side_book(data, gazetteer), article.id, method)
    return [(claim.table, row) for claim in drafts.claims
            if claim.certainty in ("fact", "claimed") for _key_, row in claim_rows(claim)]


def _where(table: str, row: dict[str, str]) -> tuple[str, str, str]:
    """What a row is about, whatever its day: table, place (for a movement its
    destination, else its start) and side."""
    return _key(table, row)[0], _key(table, row)[2], _key(table, row)[3]


def compare(data: Path, seeds: Path, method: str) -> dict[str, list[str]]:
    """``missing`` (data rows no drafted row is about), ``extra`` (drafted rows about
    nothing data has) and ``dated`` (the same table, place and side on other days), as
    readable lines."""
    hand = data_rows(data)
    drafted = drafted_rows(data, seeds, method)
    hand_days: dict[tuple[str, str, str], set[str]] = {}
    drafted_days: dict[tuple[str, str, str], set[str]] = {}
    for table, row in hand:
        hand_days.setdefault(_where(table, row), set()).add(_key(table, row)[1])
    for table, row in drafted:
        drafted_days.setdefault(_where(table, row), set()).add(_key(table, row)[1])

    def line(table: str, row: dict[str, str]) -> str:
        kind = row.get("change") or row.get("kind", "")
        _table, day, where, side = _key(table, row)
        return f"{table} {kind} {day} {where} side={side} | {row['quote'][:70]}"

    dated = sorted(f"{t} {p} side={s}: data {sorted(days)}, drafted "
                   f"{sorted(drafted_days[(t, p, s)])}" for (t, p, s), days in hand_days.items()
                   if (t, p, s) in drafted_days and days != drafted_days[(t, p, s)])
    return {"missing": sorted(line(t, r) for t, r in hand if _where(t, r) not in drafted_days),
            "extra": sorted(line(t, r) for t, r in drafted if _where(t, r) not in hand_days),
            "dated": dated}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--method", default="rules")
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    args = parser.parse_args(argv)
    result = compare(args.data, args.seeds, args.method)
    for label, lines in result.items():
        print(f"{label} ({len(lines)}):")
        for text in dict.fromkeys(lines):
            print("  " + text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
