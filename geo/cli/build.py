"""``warmap build``: build the map and its exports into ``--out``."""

from __future__ import annotations

import argparse
from pathlib import Path

from geo import settings
from geo.cli import options
from geo.cli.report import print_warnings
from geo.pipeline import BuildCache, BuildResult, build


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "build", help="build the map and its exports (the default)",
        description="Build out/ from data/ and seeds/: map.html, embed.html, map.png and the "
                    "CSV and GeoJSON exports. Nothing is written when an input has a problem.",
        parents=[options.data(), options.seeds(), options.out(), options.map_options(),
                 options.verbose()])
    parser.add_argument("--no-picture", action="store_true", help="skip out/map.png")
    parser.add_argument("--daily-control", action="store_true",
                        help="control.csv with every place on every day of the slider (default: "
                             "every place on each day that control changes)")
    add_draft_options(parser)
    parser.set_defaults(run=run, outcome="nothing was written: the output folder holds the "
                                         "previous build, untouched")


def add_draft_options(parser: argparse.ArgumentParser) -> None:
    """The options of the build's drafts (``build`` and ``watch``)."""
    group = parser.add_argument_group("drafts", "The build drafts every article as `warmap "
                                      "draft` does: the drafts no one has accepted or "
                                      "rejected go to OUT/drafts/ and onto map.html, apart.")
    group.add_argument("--no-drafts", dest="drafts", action="store_false",
                       help="draft nothing (out/drafts/ and map-embed.html are removed)")
    group.add_argument("--drafts", dest="drafts_dir", type=Path, default=settings.DRAFTS_DIR,
                       metavar="DIR", help="the drafts folder of `warmap review`, whose "
                                           "decisions are left out (default: %(default)s)")
    group.add_argument("--drafts-in-embed", action="store_true",
                       help="show the drafts in the embed too (default: only on map.html; "
                            "the embed loads map-embed.html). The pictures never show drafts: "
                            "a picture travels without the popup that says what they are")


def drafts_line(result: BuildResult) -> str:
    """What the build drafted, in one line (empty when it drafted nothing)."""
    drafts = result.drafts
    if drafts is None:
        return ""
    sides = sum(1 for d in drafts.pending if d.row.table == "side")
    return (f"{len(drafts.pending) - sides} draft row(s) and {sides} new side(s) not "
            f"reviewed in drafts/ of the output ({drafts.decided} left out as decided, "
            f"{drafts.in_data} as already in data/); `warmap review` lists them")


def run(args: argparse.Namespace) -> int:
    """Build; print the warnings and what was written."""
    result = build(args.data, args.seeds, args.out, tiles=args.tiles,
                   picture=not args.no_picture, attribution=args.attribution,
                   cache=BuildCache(), renderer=args.renderer, base_url=args.base_url,
                   daily_control=args.daily_control, drafts=args.drafts,
                   drafts_dir=args.drafts_dir, drafts_in_embed=args.drafts_in_embed)
    print_warnings(result.warnings)
    if drafts_line(result):
        print(drafts_line(result))
    if result.files:
        print(f"wrote {len(result.files)} files to {args.out} in {result.seconds:.2f} s")
    else:
        print(f"no output changed; {args.out} left as it was ({result.seconds:.2f} s)")
    return 0
