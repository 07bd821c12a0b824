"""``warmap review``: list the drafts as a table, accept or reject them by id."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from geo import settings
from geo.cli import options
from geo.draft.store import DraftRow

_LIST_COLUMNS = (("id", 9), ("table", 8), ("kind", 13), ("date", 10), ("place", 18),
                 ("side", 18), ("certainty", 9))


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "review", help="list drafts; accept or reject them by id",
        description="`warmap review` lists the pending drafts of --drafts as a table. "
                    "`warmap review accept ID...` moves them into --data as ordinary rows "
                    "(only if `warmap check` passes with them; else it says what to fill, "
                    "with --set FIELD=VALUE); `warmap review reject ID...` drops them and "
                    "remembers it, so `warmap draft` does not draft them again. The drafts "
                    "of the last `warmap build` (OUT/drafts/) are listed, accepted and "
                    "rejected too; the decisions go into --drafts.",
        parents=[options.data(), options.seeds(), options.out(), options.verbose()])
    parser.add_argument("action", nargs="?", choices=["list", "accept", "reject"],
                        default="list")
    parser.add_argument("ids", nargs="*", metavar="ID", help="draft ids (d1234abc, s-side)")
    parser.add_argument("--drafts", type=Path, default=settings.DRAFTS_DIR, metavar="DIR",
                        help="drafts folder (default: %(default)s)")
    parser.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                        help="fill a field of every accepted row (side=government)")
    parser.set_defaults(run=run)


def _cell(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def table_text(rows: list[DraftRow], width: int = 120) -> str:
    """The drafts as a fixed-width table: one line each, the quote in the last column."""
    fixed = sum(w + 1 for _, w in _LIST_COLUMNS)
    quote_width = max(20, width - fixed)
    lines = [" ".join(f"{name:{w}s}" for name, w in _LIST_COLUMNS) + " quote"]
    for row in rows:
        f = row.fields
        date = f.get("date") or f.get("start") or ""
        values = [row.id, row.table, f.get("claim_kind", ""), date, f.get("place_name", ""),
                  f.get("side", ""), f.get("certainty") or f.get("status") or ""]
        lines.append(" ".join(f"{_cell(v, w):{w}s}" for v, (_, w) in
                              zip(values, _LIST_COLUMNS, strict=True)) + " " +
                     _cell(f.get("quote") or f.get("name", ""), quote_width))
    return "\n".join(lines) + "\n"


def _settings(pairs: list[str]) -> dict[str, str]:
    settings = {}
    for pair in pairs:
        field, sep, value = pair.partition("=")
        if not sep:
            raise argparse.ArgumentTypeError(f"--set {pair!r}: expected FIELD=VALUE")
        settings[field.strip()] = value.strip()
    return settings


def run(args: argparse.Namespace) -> int:
    """List, accept or reject drafts."""
    from geo.draft.store import DraftStore

    store = DraftStore(args.drafts, args.data, built_dir=args.out / settings.OUT_DRAFTS)
    if args.action == "list":
        rows = store.rows()
        print(table_text(rows, shutil.get_terminal_size((120, 24)).columns), end="")
        print(f"{len(rows)} pending draft(s) in {args.drafts}/ and {args.out}/drafts/")
        return 0
    if not args.ids:
        print(f"warmap review {args.action}: name the draft ids to {args.action}")
        return 2
    if args.action == "reject":
        done = store.reject(args.ids)
        print(f"rejected {len(done)} draft(s); they will not be drafted again")
        return 0
    seeds = args.seeds if Path(args.seeds).is_dir() else None
    done = store.accept(args.ids, _settings(args.set), seeds_dir=seeds)
    tables = sorted({r.table for r in done})
    print(f"accepted {len(done)} draft(s) into {args.data}/ ({', '.join(tables)})")
    return 0
