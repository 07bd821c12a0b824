"""``warmap build``: build the map and its exports into ``--out``."""

from __future__ import annotations

import argparse

from geo.cli import options
from geo.cli.report import print_warnings
from geo.pipeline import BuildCache, build


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
    parser.set_defaults(run=run, outcome="nothing was written: the output folder holds the "
                                         "previous build, untouched")


def run(args: argparse.Namespace) -> int:
    """Build; print the warnings and what was written."""
    result = build(args.data, args.seeds, args.out, tiles=args.tiles,
                   picture=not args.no_picture, attribution=args.attribution,
                   cache=BuildCache(), renderer=args.renderer, base_url=args.base_url,
                   daily_control=args.daily_control)
    print_warnings(result.warnings)
    if result.files:
        print(f"wrote {len(result.files)} files to {args.out} in {result.seconds:.2f} s")
    else:
        print(f"no output changed; {args.out} left as it was ({result.seconds:.2f} s)")
    return 0
