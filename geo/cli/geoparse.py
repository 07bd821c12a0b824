"""``warmap geoparse``: print the place mentions of any text file as CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.cli import options
from geo.inputs.articles import read_article
from geo.outputs import csv_text
from geo.pipeline import geoparse_text


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "geoparse", help="print the mentions of a text file as CSV",
        description="Find the places a text names and print one CSV row per mention "
                    "(the columns of out/mentions.csv). The places of --data are used when "
                    "it has a places.csv, else the world gazetteer alone.",
        parents=[options.data(), options.verbose()])
    parser.add_argument("file", type=Path, help="a UTF-8 text file")
    parser.add_argument("--published", type=options.date,
                        help="publication date YYYY-MM-DD (else from FILE's .json)")
    parser.add_argument("--detail", action="store_true",
                        help="all classes and the confidence columns")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the mentions of one text file."""
    article = read_article(args.file, args.published)
    table = geoparse_text(article.text, args.data, detail=args.detail, name=article.name)
    sys.stdout.write(csv_text(table))
    return 0
