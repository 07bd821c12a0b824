"""``warmap watch``: rebuild on every save of data/ or seeds/."""

from __future__ import annotations

import argparse
import sys

from geo.cli import options
from geo.cli.build import add_draft_options
from geo.pipeline import BuildCache, BuildResult, build, check_out_dir
from geo.tools.watch import watch


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "watch", help="rebuild on every save of data/ or seeds/",
        description="Build, then rebuild whenever a file of data/ or seeds/ is saved. A save "
                    "with a problem is reported and the last good map is kept.",
        parents=[options.data(), options.seeds(), options.out(), options.map_options(),
                 options.verbose()])
    parser.add_argument("--picture", action="store_true",
                        help="also redraw out/map.png on every rebuild (slower)")
    add_draft_options(parser)
    parser.set_defaults(run=run)


def _say(text: str) -> None:
    print(text, flush=True)


def _complain(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Watch until Ctrl+C."""
    # The static picture (~0.1 s) would add half to each rebuild: watch mode refreshes it
    # only with --picture; a plain build always writes it.
    if not args.picture:
        _say("watch mode leaves out/map.png as it is (use --picture to refresh it)")
    check_out_dir(args.out, args.data, args.seeds)  # before watching: exit 2 at once
    cache = BuildCache()  # the world gazetteer, loaded once for every rebuild

    def rebuild() -> BuildResult:
        return build(args.data, args.seeds, args.out, tiles=args.tiles, picture=args.picture,
                     attribution=args.attribution, cache=cache, defer_picture=True,
                     renderer=args.renderer, base_url=args.base_url, drafts=args.drafts,
                     drafts_dir=args.drafts_dir, drafts_in_embed=args.drafts_in_embed)

    return watch(rebuild, [args.data, args.seeds], say=_say, complain=_complain)
