"""``warmap new``: create a story folder with empty, valid data and its articles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.cli import options
from geo.errors import display_path
from geo.tools.story import METADATA_KEYS, NewArticle, article_metadata, create_story


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "new", help="create a story folder with empty, valid data and its articles",
        description="Create DIR with data/ (every table with its header only; check passes), "
                    "seeds/ (the ARTICLEs, unchanged, each with its metadata) and a README "
                    "with a template row for each table. An article NAME.txt brings the "
                    "NAME.json beside it; the options below fill what it lacks, and what is "
                    "still missing is asked for when the terminal is interactive.",
        parents=[options.verbose()])
    parser.add_argument("folder", type=Path, metavar="DIR", help="the new story folder")
    parser.add_argument("articles", type=Path, nargs="*", metavar="ARTICLE",
                        help="UTF-8 text files of the story's articles")
    for key in ("title", "outlet", "author", "url"):
        parser.add_argument(f"--{key}", default="", help=f"the article's {key}")
    parser.add_argument("--published", type=options.date,
                        help="publication date YYYY-MM-DD")
    parser.set_defaults(run=run)


def _ask(path: Path, metadata: dict[str, str]) -> dict[str, str]:
    """Ask on the terminal for the publication date (required) and an empty title."""
    if not sys.stdin.isatty():
        return metadata
    answers = dict(metadata)
    if not answers.get("title"):
        answers["title"] = input(f"{path.name}: title (Enter to skip): ").strip()
    while not answers.get("published"):
        answers["published"] = input(f"{path.name}: publication date (YYYY-MM-DD): ").strip()
    return answers


def run(args: argparse.Namespace) -> int:
    """Create the folder; print what was written and what to do next."""
    given = {key: getattr(args, key) for key in METADATA_KEYS if key != "published"}
    if args.published:
        given["published"] = args.published.isoformat()
    articles = [NewArticle(path, _ask(path, article_metadata(path, given)))
                for path in args.articles]
    files = create_story(args.folder, articles)
    print(f"created {display_path(args.folder)} ({len(files)} files); next: cd "
          f"{display_path(args.folder)} && warmap build")
    return 0
