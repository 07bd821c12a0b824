"""Watch mode: rebuild on every save of the input folders; keep the last good map on errors.

Each save of a file in ``data/`` or ``seeds/`` triggers one rebuild (saves within a
fraction of a second are batched). A rebuild that finds bad input prints every problem and
writes nothing, so ``out/`` keeps the last good map; the next good save rebuilds it. The
build callable keeps what does not depend on the files between rebuilds
(:class:`build_map.BuildCache`), so a rebuild of the seed takes about half a second.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from geo.errors import InputError

_CHANGE_WORDS = {1: "added", 2: "modified", 3: "deleted"}


def describe_changes(changes: set) -> str:
    """``events.csv (modified), 001_new.txt (added)`` from a watchfiles change set."""
    kinds: dict[str, set[str]] = {}
    for change, path in changes:
        word = _CHANGE_WORDS.get(int(change), "changed")
        kinds.setdefault(Path(path).name, set()).add(word)
    return ", ".join(f"{name} ({'/'.join(sorted(words))})" for name, words in sorted(kinds.items()))


def rebuild_once(build: Callable, changes: set | None = None) -> bool:
    """Run one build, print what changed and the outcome; ``False`` when it failed.

    Bad input (:class:`~geo.errors.InputError`) prints every problem; any other error is a
    bug, printed with its traceback. Either way nothing was written and watching goes on.
    """
    if changes:
        print("changed: " + describe_changes(changes), flush=True)
    started = time.perf_counter()
    try:
        result = build()
    except InputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr, flush=True)
        errors = sum(p.severity == "error" for p in error.problems)
        print(f"{errors} error(s): build failed; the last good map is kept. Fix the file and "
              "save again.", file=sys.stderr, flush=True)
        return False
    except Exception:  # a bug, not bad input: report it and keep watching
        traceback.print_exc(file=sys.stderr)
        print("internal error: build failed; the last good map is kept.", file=sys.stderr,
              flush=True)
        return False
    for warning in result.warnings:
        print(warning, file=sys.stderr, flush=True)
    changed = getattr(result, "changed", None)
    outputs = (", ".join(changed) if changed else "no output changed") \
        if changed is not None else f"{len(result.files)} files"
    print(f"rebuilt in {time.perf_counter() - started:.2f} s: {outputs}", flush=True)
    picture = getattr(result, "picture", None)
    if picture is not None:
        started = time.perf_counter()
        picture()
        print(f"redrew map.png in {time.perf_counter() - started:.2f} s", flush=True)
    return True


def _relevant(change, path: str) -> bool:
    name = Path(path).name
    return not name.startswith(".") and not name.endswith(("~", ".tmp", ".swp", ".swx"))


def watch(build: Callable, folders: list[Path], stop_after: int | None = None,
          stop_event=None) -> int:
    """Build, then rebuild whenever a file in ``folders`` is saved (Ctrl+C stops).

    ``stop_after`` ends the loop after that many rebuilds and ``stop_event`` (a
    ``threading.Event``) when it is set (both for tests and embedding).
    """
    from watchfiles import watch as watch_files

    rebuild_once(build)
    print("watching " + ", ".join(str(f) for f in folders) + " (Ctrl+C to stop)", flush=True)
    count = 0
    try:
        for changes in watch_files(*folders, watch_filter=_relevant, debounce=200,
                                   step=30, raise_interrupt=False, stop_event=stop_event):
            rebuild_once(build, changes)
            count += 1
            if stop_after is not None and count >= stop_after:
                break
    except KeyboardInterrupt:
        pass
    return 0
