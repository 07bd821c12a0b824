"""``warmap corpus``: geoparse many articles in parallel (Dask) into GeoParquet."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from geo.cli import options
from geo.errors import InputError, Problem, display_path
from geo.tools.corpus import check_output_path, parse_corpus, read_corpus, write_parquet


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "corpus", help="geoparse many articles in parallel (Dask) into GeoParquet",
        description="Geoparse a folder of articles (*.txt with .json metadata) or a JSONL "
                    "file on a Dask cluster; one GeoParquet row per mention.",
        parents=[options.data(), options.verbose()])
    parser.add_argument("source", type=Path, metavar="DIR_OR_JSONL",
                        help="a folder of *.txt articles with .json metadata, or a JSONL file")
    parser.add_argument("--out", type=Path, default=Path("mentions.parquet"), metavar="FILE",
                        help="GeoParquet file to write (default: %(default)s)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="address of an existing Dask scheduler (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=2,
                        help="processes of the local cluster (default: %(default)s)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.set_defaults(run=run, outcome="nothing was written: no GeoParquet file was made "
                                         "or replaced")


def run(args: argparse.Namespace) -> int:
    """Geoparse the corpus and write the GeoParquet file."""
    started = time.perf_counter()
    check_output_path(args.out)  # before the geoparse, not after it
    articles = read_corpus(args.source)
    if not articles:
        raise InputError([Problem(display_path(args.source), "no article",
                                  expected="*.txt files with .json metadata, or JSONL lines")])
    frame = parse_corpus(articles, args.data, scheduler=args.scheduler, workers=args.workers,
                         progress=not args.no_progress)
    write_parquet(frame, args.out)
    print(f"wrote {len(frame)} mentions of {len(articles)} articles to {args.out} "
          f"in {time.perf_counter() - started:.2f} s")
    return 0
