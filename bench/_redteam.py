"""The harness of bench/redteam.py: the story each case edits, running a command, and the
verdicts. See bench/redteam.py.

Re-run the cases of the red-team report (/work/shared/reviews/reliability.md, issue 16)
and count the verdicts as its table does.

    python bench/redteam.py                  # every case (about 15 minutes on two cores)
    python bench/redteam.py --quick          # without the slow ones (size, cache, watch)
    python bench/redteam.py --only 30-48 92  # some cases, by number
    python bench/redteam.py --json out.json  # also write every verdict

Each case copies the example story (``data/``, ``seeds/`` and a good ``out/``), makes the
report's edit, runs the command the report ran, and judges what happened:

* ``ok``: accepted and right (when the case says how to tell), or refused where nothing was
  needed; a warning naming the problem counts here too;
* ``clear error``: exit 2 (or 4 for the environment) with the file, the line or feature and
  the field where the case expects them, ``out/`` unchanged;
* ``clear error (poor message)``: refused, but the expected words are missing;
* ``silent wrong result``: exit 0 where the input is wrong, or an output that says
  something false;
* ``traceback``: exit 3, ``internal error`` or a Python traceback;
* ``data loss / half-written``: an input changed, a mixed ``out/`` or a temporary left in it;
* ``security hole``: a secret published, code run, a formula written;
* ``does not finish``: over the case's time limit.

Faults the report made with ``strace`` and mounts are made the same way here (the script
must run as root for the tmpfs, read-only and immutable cases; they are skipped
otherwise). Not a test: it prints a table, and the counts go into the final report.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.cli import main  # noqa: E402

SEED = "000_9675cb4a4e2b07e4"
PYTHON = sys.executable
VERDICTS = ["ok", "clear error", "clear error (poor message)", "silent wrong result",
            "traceback", "data loss / half-written", "security hole", "does not finish",
            "not re-run"]
#: How the report counts them (its table).
REPORT_ROWS = [("correct behaviour", ["ok"]),
               ("clear errors", ["clear error", "clear error (poor message)"]),
               ("  of which with a misleading or incomplete message",
                ["clear error (poor message)"]),
               ("silent wrong results", ["silent wrong result"]),
               ("tracebacks / internal errors", ["traceback"]),
               ("data lost or half-written outputs", ["data loss / half-written"]),
               ("security holes", ["security hole"]),
               ("does not finish / unbounded", ["does not finish"]),
               ("not re-run", ["not re-run"])]


@dataclass
class Result:
    status: int
    out: str
    err: str
    seconds: float


@dataclass
class Case:
    number: int
    area: str
    title: str
    run: Callable[[Story], tuple[str, str]]
    slow: bool = False


CASES: list[Case] = []


def case(number: int, area: str, title: str, slow: bool = False):
    def register(function: Callable[[Story], tuple[str, str]]):
        CASES.append(Case(number, area, title, function, slow))
        return function
    return register


# --- the story each case edits ---------------------------------------------------------------

class Story:
    """A copy of the example story with a good ``out/`` (built once, copied per case)."""

    template: Path | None = None
    #: The story of the case being run: a command snapshots its inputs before it runs.
    current: Story | None = None

    def __init__(self, folder: Path):
        self.base = folder
        for name in ("data", "seeds", "out"):
            shutil.copytree(Story.template / name, folder / name, symlinks=True)
        self.mark()
        Story.current = self

    def mark(self) -> None:
        """Remember the inputs as they are before a command runs."""
        self.inputs = self.snapshot("data") | self.snapshot("seeds")

    @classmethod
    def prepare(cls, folder: Path) -> None:
        cls.template = folder
        shutil.copytree(ROOT / "data", folder / "data")
        shutil.copytree(ROOT / "seeds", folder / "seeds")
        run(["build", "--data", str(folder / "data"), "--seeds", str(folder / "seeds"),
             "--out", str(folder / "out"), "--no-picture"])
        cls.baseline = _files(folder / "out")

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def seeds(self) -> Path:
        return self.base / "seeds"

    @property
    def out(self) -> Path:
        return self.base / "out"

    def args(self, command: str = "build", out: Path | None = None, picture: bool = False
             ) -> list[str]:
        story = ["--data", str(self.data), "--seeds", str(self.seeds)]
        if command in ("build", "watch"):
            story += ["--out", str(out or self.out)]
            if command == "build" and not picture:
                story.append("--no-picture")
        return [command, *story]

    def snapshot(self, name: str) -> dict[str, bytes]:
        return {f"{name}/{k}": v for k, v in _files(self.base / name).items()}

    def inputs_changed(self, allowed: tuple[str, ...] = ()) -> bool:
        """Whether the last command changed an input (other than the ``allowed`` ones)."""
        now = self.snapshot("data") | self.snapshot("seeds")
        return any(now.get(k) != self.inputs.get(k) for k in set(now) | set(self.inputs)
                   if k not in allowed)

    def temporaries(self) -> list[str]:
        inside = [p.name for p in self.out.iterdir() if p.name.startswith(".")] \
            if self.out.is_dir() else []
        return inside

    def out_is_whole(self, sets: list[dict[str, bytes]]) -> bool:
        files = _files(self.out)
        return any(all(files.get(k) == v for k, v in s.items()) for s in sets)

    # editing
    def text(self, name: str) -> str:
        return (self.base / name).read_text(encoding="utf-8")

    def write(self, name: str, text: str) -> None:
        (self.base / name).write_text(text, encoding="utf-8")

    def edit(self, name: str, old: str, new: str, count: int = 1) -> int:
        text = self.text(name)
        if old not in text:
            raise AssertionError(f"{old!r} not in {name}")
        self.write(name, text.replace(old, new, count))
        return text[:text.index(old)].count("\n") + 1

    def append(self, name: str, row: str) -> int:
        text = self.text(name)
        if not text.endswith("\n"):
            text += "\n"
        self.write(name, text + row + "\n")
        return text.count("\n") + 1

    def shapes(self, *features: dict, **members) -> None:
        self.write("data/shapes.geojson", json.dumps(
            {"type": "FeatureCollection", "features": list(features), **members}))


def _files(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            found[str(path.relative_to(folder))] = path.read_bytes()
    return found


def run(argv: list[str], cwd: Path | None = None) -> Result:
    """``warmap ARGV`` in this process, its output captured."""
    if Story.current is not None:
        Story.current.mark()
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    previous = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(argv)
            except SystemExit as exit_:
                status = int(exit_.code or 0)
            except BaseException as error:
                import traceback

                err.write("Traceback\n" + "".join(traceback.format_exception(error)))
                status = 3
    finally:
        os.chdir(previous)
    return Result(status, out.getvalue(), err.getvalue(), time.perf_counter() - started)


def run_process(argv: list[str], timeout: float, env: dict | None = None,
                cwd: Path | None = None) -> Result | None:
    """``warmap ARGV`` in a fresh process; ``None`` when it ran past ``timeout``."""
    if Story.current is not None:
        Story.current.mark()
    started = time.perf_counter()
    try:
        done = subprocess.run([PYTHON, "-m", "geo", *argv], capture_output=True, text=True,
                              timeout=timeout, cwd=cwd or ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    except subprocess.TimeoutExpired:
        return None
    return Result(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)


def _crashed(result: Result) -> bool:
    return result.status == 3 or "Traceback" in result.err or "internal error" in result.err


def refused(story: Story, result: Result, *fragments: str) -> tuple[str, str]:
    """The verdict of a run that should refuse the input with a located message."""
    first = next((line for line in result.err.splitlines() if line.startswith("error:")),
                 result.err.strip().splitlines()[-1] if result.err.strip() else "")
    if _crashed(result):
        return "traceback", result.err.strip().splitlines()[-1][:160]
    if story.inputs_changed() or story.temporaries() or \
            not story.out_is_whole([Story.baseline]):
        return "data loss / half-written", f"exit {result.status}; {first[:120]}"
    if result.status == 0:
        return "silent wrong result", "exit 0" + (f"; {first[:120]}" if first else "")
    missing = [f for f in fragments if f not in result.err]
    if result.status in (1, 2, 4) and not missing:
        return "clear error", f"exit {result.status}: {first[:160]}"
    return "clear error (poor message)", f"exit {result.status}: {first[:120]}; " \
        f"missing {missing}"


def accepted(story: Story, result: Result, right: Callable[[], bool] | None = None,
             why: str = "", warning: str | None = None, hole: bool = False,
             changes: tuple[str, ...] = ()) -> tuple[str, str]:
    """The verdict of a run that should accept its input (and be right); ``changes`` are
    the inputs it may change (``geocode --append``)."""
    if _crashed(result):
        return "traceback", result.err.strip().splitlines()[-1][:160]
    if story.inputs_changed(changes) or story.temporaries():
        return "data loss / half-written", f"exit {result.status}; {story.temporaries()}"
    if result.status != 0:
        first = next((line for line in result.err.splitlines() if line.startswith("error")),
                     result.err[:120])
        return "clear error", f"refused: exit {result.status}: {first[:150]}"
    if right is not None and not right():
        return ("security hole" if hole else "silent wrong result"), why
    if warning is not None:
        if warning not in result.err:
            return "silent wrong result", f"no warning {warning!r}"
        line = next(w for w in result.err.splitlines() if warning in w)
        return "ok", f"exit 0 with {line[:150]}"
    return "ok", f"exit 0 in {result.seconds:.1f} s"


def build(story: Story, *extra: str, picture: bool = False) -> Result:
    return run([*story.args(picture=picture), *extra])


def identical(story: Story) -> Callable[[], bool]:
    return lambda: _files(story.out) == Story.baseline




