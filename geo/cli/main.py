"""The ``warmap`` command: parse the subcommand and its options, run it, map errors to exit
statuses.

====  ==========================================================================
 0    done
 1    ``check`` found errors
 2    bad input: a file, an option or an online service's answer (every problem is
      listed; nothing was written)
 3    an internal error: a bug (``-v`` shows the traceback; please report it)
 4    the environment refused: a full disk, a read-only or missing folder, a file or
      folder in the way, no permission (the message names the path and why)
====  ==========================================================================
"""

from __future__ import annotations

import argparse
import logging
import sys

from geo import __version__
from geo.cli import build, check, corpus, draft, geocode, geoparse, new, review, watch
from geo.cli.report import print_input_error, print_output_error
from geo.errors import InputError, OutputError

log = logging.getLogger("warmap")

EXIT_CHECK_FAILED = 1
EXIT_INPUT = 2
EXIT_BUG = 3
EXIT_ENVIRONMENT = 4

#: The subcommand modules, in the order ``--help`` lists them.
SUBCOMMANDS = (build, check, watch, new, draft, review, geoparse, geocode, corpus)

DESCRIPTION = """\
Turn war reporting into an interactive, sourced map.

Run in a story folder that holds data/ (tables and shapes) and seeds/ (articles and their
metadata); `warmap` alone is `warmap build`. Each subcommand has its own --help.
"""


def parser() -> argparse.ArgumentParser:
    """The parser of every subcommand."""
    top = argparse.ArgumentParser(prog="warmap", description=DESCRIPTION,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--version", action="version", version=f"warmap {__version__}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for module in SUBCOMMANDS:
        module.add_parser(commands)
    return top


def _with_command(argv: list[str]) -> list[str]:
    """``argv`` with ``build`` in front when it names no subcommand (``warmap --out X``)."""
    names = {m.__name__.rsplit(".", 1)[1] for m in SUBCOMMANDS}
    if argv and (argv[0] in names or argv[0] in ("-h", "--help", "--version")):
        return argv
    return ["build", *argv]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry; returns the exit status."""
    args = parser().parse_args(_with_command(list(sys.argv[1:] if argv is None else argv)))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(message)s")
    outcome = getattr(args, "outcome", "nothing was written")
    try:
        return int(args.run(args))
    except InputError as error:
        print_input_error(error.problems, outcome)
        return EXIT_INPUT
    except OSError as error:  # OutputError, or the system refusing a read or write
        print_output_error(OutputError.from_os_error(error), outcome)
        return EXIT_ENVIRONMENT
    except Exception as error:  # a bug, not bad input
        log.debug("internal error", exc_info=True)
        print(f"internal error: {type(error).__name__}: {error}\n{outcome}; rerun with -v "
              "for the traceback and report it.", file=sys.stderr)
        if args.verbose:
            raise
        return EXIT_BUG
