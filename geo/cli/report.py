"""How the command line reports problems: one line each, on standard error."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from geo.errors import Problem


def print_warnings(problems: Iterable[Problem]) -> None:
    """Print each problem on standard error."""
    for problem in problems:
        print(problem, file=sys.stderr, flush=True)


def print_input_error(problems: list[Problem], outcome: str = "nothing was written") -> None:
    """Print every problem, then how many errors there were and what that means."""
    print_warnings(problems)
    count = sum(p.severity == "error" for p in problems)
    print(f"{count} error(s); {outcome}.", file=sys.stderr, flush=True)
