"""Watch mode: rebuild on every save of the input folders; keep the last good map on errors.

Each save of a file in ``data/`` or ``seeds/`` triggers one rebuild (saves within a
fraction of a second are batched). A rebuild that finds bad input prints every problem and
writes nothing, so ``out/`` keeps the last good map; the next good save rebuilds it. The
build callable keeps what does not depend on the files between rebuilds
(:class:`geo.pipeline.BuildCache`), so a rebuild of the seed takes about half a second.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from geo.errors import InputError, OutputError

log = logging.getLogger(__name__)

#: Where watch mode says what it did (a progress line) and what went wrong (problems).
Say = Callable[[str], None]

_CHANGE_WORDS = {1: "added", 2: "modified", 3: "deleted"}


def describe_changes(changes: set) -> str:
    """``events.csv (modified), 001_new.txt (added)`` from a watchfiles change set."""
    kinds: dict[str, set[str]] = {}
    for change, path in changes:
        word = _CHANGE_WORDS.get(int(change), "changed")
        kinds.setdefault(Path(path).name, set()).add(word)
    return ", ".join(f"{name} ({'/'.join(sorted(words))})" for name, words in sorted(kinds.items()))


def rebuild_once(build: Callable[[], Any], changes: set | None = None, say: Say = log.info,
                 complain: Say = log.warning) -> bool:
    """Run one build, report what changed and the outcome; ``False`` when it failed.

    ``say`` gets progress lines, ``complain`` problems (default: this module's logger).
    Bad input (:class:`~geo.errors.InputError`) reports every problem; any other error is a
    bug, reported with its traceback. Either way nothing was written and watching goes on.
    """
    if changes:
        say("changed: " + describe_changes(changes))
    started = time.perf_counter()
    try:
        result = build()
    except InputError as error:
        for problem in error.problems:
            complain(str(problem))
        errors = sum(p.is_error for p in error.problems)
        complain(f"{errors} error(s): build failed; the last good map is kept. Fix the file "
                 "and save again.")
        return False
    except OSError as error:  # the environment: a full disk, a read-only folder ...
        failure = OutputError.from_os_error(error)
        complain(f"error: {failure.path}: {failure.reason}; the last "
                 "good map is kept.")
        return False
    except Exception:  # a bug, not bad input: report it and keep watching
        complain(traceback.format_exc().rstrip())
        complain("internal error: build failed; the last good map is kept.")
        return False
    for warning in result.warnings:
        complain(str(warning))
    changed = getattr(result, "changed", None)
    outputs = (", ".join(changed) if changed else "no output changed") \
        if changed is not None else f"{len(result.files)} files"
    say(f"rebuilt in {time.perf_counter() - started:.2f} s: {outputs}")
    picture = getattr(result, "picture", None)
    if picture is not None:
        return _redraw(picture, say, complain)
    return True


def _redraw(picture: Callable[[], Any], say: Say, complain: Say) -> bool:
    """Draw and write ``map.png`` after the map was written; a failure keeps the old one."""
    started = time.perf_counter()
    try:
        picture()
    except OSError as error:
        failure = OutputError.from_os_error(error)
        complain(f"error: cannot write {failure.path}: {failure.reason}; the new map was "
                 "written, map.png is the previous one.")
        return False
    except Exception:  # a bug in the picture: the map itself is written
        complain(traceback.format_exc().rstrip())
        complain("internal error while drawing map.png: the new map was written, map.png "
                 "is the previous one.")
        return False
    say(f"redrew map.png in {time.perf_counter() - started:.2f} s")
    return True


def _relevant(change: object, path: str) -> bool:
    name = Path(path).name
    return not name.startswith(".") and not name.endswith(("~", ".tmp", ".swp", ".swx"))


def watch(build: Callable[[], Any], folders: list[Path], stop_after: int | None = None,
          stop_event: Any = None, say: Say = log.info, complain: Say = log.warning) -> int:
    """Build, then rebuild whenever a file in ``folders`` is saved (Ctrl+C stops).

    ``stop_after`` ends the loop after that many rebuilds and ``stop_event`` (a
    ``threading.Event``) when it is set (both for tests and embedding). ``say`` and
    ``complain`` are as for :func:`rebuild_once`.
    """
    from watchfiles import watch as watch_files

    rebuild_once(build, say=say, complain=complain)
    say("watching " + ", ".join(str(f) for f in folders) + " (Ctrl+C to stop)")
    count = 0
    try:
        for changes in watch_files(*folders, watch_filter=_relevant, debounce=200,
                                   step=30, raise_interrupt=False, stop_event=stop_event):
            rebuild_once(build, changes, say=say, complain=complain)
            count += 1
            if stop_after is not None and count >= stop_after:
                break
    except KeyboardInterrupt:
        pass
    return 0
