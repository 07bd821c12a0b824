"""How the command line reports problems: one line each, on standard error."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from geo.errors import OutputError, Problem


def print_warnings(problems: Iterable[Problem]) -> None:
    """Print each problem on standard error."""
    for problem in problems:
        print(problem, file=sys.stderr, flush=True)


def print_input_error(problems: list[Problem], outcome: str = "nothing was written") -> None:
    """Print every problem, then how many errors there were and what that means."""
    print_warnings(problems)
    count = sum(p.is_error for p in problems)
    print(f"{count} error(s); {outcome}.", file=sys.stderr, flush=True)


def print_output_error(error: OutputError, outcome: str = "nothing was written") -> None:
    """Say which file or folder the system refused, why, and what was left."""
    print(f"error: {error.path}: {error.reason}; "
          f"{error.written or outcome}.", file=sys.stderr, flush=True)
