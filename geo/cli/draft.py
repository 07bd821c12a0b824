"""``warmap draft``: draft the claims of articles (control, movements, events) to review."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from geo import settings
from geo.cli import options
from geo.draft.records import Drafts
from geo.parse.gazetteer import Gazetteer

#: The columns of ``warmap draft FILE`` (one row per claim and place).
COLUMNS = ["claim", "table", "kind", "start", "end", "quote", "date", "date_precision",
           "role", "place_id", "name", "lat", "lon", "side", "side_id", "side_text",
           "certainty", "rule", "article"]


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "draft", help="draft the claims of articles, to review",
        description="Read articles and draft the claims they make: control of places, "
                    "movements and events, each with its quote and offsets, date, places, "
                    "side and certainty. With FILE, print its drafts as CSV (one row per "
                    "claim and place); without, draft every article of --seeds into "
                    "--drafts (decided drafts are left out) for `warmap review`.",
        parents=[options.data(), options.seeds(), options.verbose()])
    parser.add_argument("file", type=Path, nargs="?", help="a UTF-8 text file")
    parser.add_argument("--published", type=options.date,
                        help="publication date YYYY-MM-DD (else from FILE's .json)")
    parser.add_argument("--drafts", type=Path, default=settings.DRAFTS_DIR, metavar="DIR",
                        help="drafts folder (default: %(default)s)")
    parser.add_argument("--method", choices=("rules", "spacy", "hybrid"), default="rules",
                        help="rules (default): every role by rule, no model; spacy: roles "
                             "from a dependency parse of each sentence with a cue; hybrid: "
                             "the parse only where the rules are unsure (spacy and hybrid "
                             "need the optional packages of the 'syntax' extra)")
    parser.set_defaults(run=run)


def claims_csv(drafts: Drafts) -> str:
    """The drafts as CSV text in :data:`COLUMNS`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for number, claim in enumerate(drafts.claims, 1):
        for place in claim.places:
            writer.writerow([
                f"c{number:02d}", claim.table, claim.kind, claim.start, claim.end,
                claim.quote, claim.date, claim.date_precision, place.role, place.place_id,
                place.name, "" if place.lat is None else round(place.lat, 5),
                "" if place.lon is None else round(place.lon, 5), claim.side, claim.side_id,
                claim.side_text, claim.certainty, claim.rule, claim.article])
    return out.getvalue()


def _gazetteer(data: Path) -> Gazetteer:
    from geo.inputs.places import load_gazetteer, world_gazetteer

    return load_gazetteer(data) if (data / "places.csv").is_file() else world_gazetteer()


def run(args: argparse.Namespace) -> int:
    """Print the drafts of one file, or store the drafts of every article."""
    from geo.draft.claims import draft_articles, draft_text
    from geo.draft.sides import side_book
    from geo.inputs.articles import read_article, read_articles

    gazetteer = _gazetteer(args.data)
    book = side_book(args.data, gazetteer)
    if args.file is not None:
        article = read_article(args.file, args.published)
        sys.stdout.write(claims_csv(draft_text(article.text, article.published, gazetteer,
                                               book, article.id, args.method)))
        return 0
    from geo.draft.store import DraftStore

    drafts = draft_articles(read_articles(args.seeds), gazetteer, book, args.method)
    written, skipped = DraftStore(args.drafts, args.data).write(drafts)
    print(f"{written} draft row(s) in {args.drafts}/ ({len(drafts.claims)} claims, "
          f"{len(drafts.sides)} new side(s)); {skipped} left out as decided before. "
          "Review them with `warmap review`.")
    return 0
