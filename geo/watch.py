"""Watch mode: rebuild on every save of the input folders; keep the last good map on errors."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from geo.errors import InputError


def rebuild_once(build: Callable, changes: set | None = None) -> bool:
    """Run one build, print what changed and the outcome; ``False`` on bad input."""
    if changes:
        names = sorted({Path(path).name for _, path in changes})
        print("changed: " + ", ".join(names), flush=True)
    try:
        result = build()
    except InputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr, flush=True)
        print("build failed; the last good map is kept. Fix the file and save again.",
              file=sys.stderr, flush=True)
        return False
    for warning in result.warnings:
        print(warning, file=sys.stderr, flush=True)
    print(f"rebuilt {len(result.files)} files in {result.seconds:.2f} s", flush=True)
    return True


def _relevant(change, path: str) -> bool:
    name = Path(path).name
    return not name.startswith(".") and not name.endswith(("~", ".tmp", ".swp"))


def watch(build: Callable, folders: list[Path], stop_after: int | None = None) -> int:
    """Build, then rebuild whenever a file in ``folders`` is saved (Ctrl+C stops).

    ``stop_after`` ends the loop after that many rebuilds (for tests).
    """
    from watchfiles import watch as watch_files

    rebuild_once(build)
    print("watching " + ", ".join(str(f) for f in folders) + " (Ctrl+C to stop)", flush=True)
    count = 0
    try:
        for changes in watch_files(*folders, watch_filter=_relevant, debounce=200,
                                   step=50, raise_interrupt=False):
            rebuild_once(build, changes)
            count += 1
            if stop_after is not None and count >= stop_after:
                break
    except KeyboardInterrupt:
        pass
    return 0
