"""``warmap check``: validate data/ and seeds/ and report every problem at once."""

from __future__ import annotations

import argparse
import sys

from geo.cli import options
from geo.cli.report import print_warnings
from geo.inputs.check import load_inputs


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "check", help="validate data/ and seeds/ and report every problem",
        description="Read and check every input file and report every problem at once; "
                    "exit status 1 when there are errors, 0 otherwise (warnings included).",
        parents=[options.data(), options.seeds(), options.verbose()])
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load and check everything; print every problem; 0 without errors, else 1."""
    inputs = load_inputs(args.data, args.seeds)
    print_warnings(inputs.problems)
    errors, warnings = len(inputs.errors), len(inputs.warnings)
    print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr if errors else sys.stdout)
    return 1 if errors else 0
