"""out/ is switched as a whole: a failure or a kill at any step of the switch leaves the old
set or the new one, whole, and the next build leaves no temporary behind; two builds into
one folder do not mix; other files are kept; a folder or a FIFO in the way is handled."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import threading
import time
import types
from pathlib import Path

import pytest

from geo import outfolder
from geo.errors import OutputError
from geo.outfolder import replace_folder, tidy
from geo.outputs import changed_files

ROOT = Path(__file__).resolve().parent.parent
NAMES = ("map.html", "embed.html", "mentions.csv", "mentions_detail.csv", "dates.csv",
         "places.geojson", "control.csv")
OLD = {name: f"old {name}\n" for name in NAMES}
NEW = {name: f"new {name}\n" * 3 for name in NAMES}
#: Every step of a switch (the two renames' step happens without an exchange only).
CHECKPOINTS = ["staging", "carried", *[f"wrote {name}" for name in NAMES], "ready",
               "moved aside", "switched"]


def _state(out: Path) -> str:
    """``old``, ``new``, ``missing`` or ``mixed`` (with what differs)."""
    if not out.is_dir():
        return "missing"
    for label, files in (("old", OLD), ("new", NEW)):
        if all((out / n).is_file() and (out / n).read_text() == c for n, c in files.items()):
            return label
    return "mixed: " + ", ".join(sorted(p.name for p in out.iterdir()))


def _leftovers(out: Path) -> list[str]:
    """Temporaries beside and inside ``out``."""
    found = [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.warmap")]
    if out.is_dir():
        found += [p.name for p in out.iterdir() if p.name.startswith(".")]
    return sorted(found)


@pytest.fixture
def out(tmp_path) -> Path:
    """A folder holding the old set, and a file of the user's (kept by every switch)."""
    folder = tmp_path / "story" / "out"
    replace_folder(OLD, folder)
    (folder / "CNAME").write_text("maps.example.org\n")
    return folder


@pytest.fixture(params=["exchange", "two renames"])
def switch_mode(request, monkeypatch) -> str:
    """Run with the system's atomic exchange, and without it (two renames)."""
    if request.param == "two renames":
        monkeypatch.setattr(outfolder, "_exchange_call", lambda: None)
    elif outfolder._exchange_call() is None:
        pytest.skip("this system has no atomic exchange of two folders")
    return request.param


def test_a_switch_replaces_the_set_and_keeps_other_files(out, switch_mode):
    cname = (out / "CNAME").stat().st_ino
    replace_folder(NEW, out)
    assert _state(out) == "new"
    assert (out / "CNAME").read_text() == "maps.example.org\n"
    assert (out / "CNAME").stat().st_ino == cname  # carried as a hard link, not copied
    assert _leftovers(out) == []


@pytest.mark.parametrize("step", CHECKPOINTS)
def test_a_failure_at_any_step_leaves_a_whole_set_and_no_temporary(step, out, switch_mode,
                                                                  monkeypatch):
    def fail(at: str) -> None:
        if at == step:
            raise OSError(errno.EIO, "injected failure", at)

    monkeypatch.setattr(outfolder, "_checkpoint", fail)
    reached = step != "moved aside" or switch_mode == "two renames"
    if reached:
        with pytest.raises(OutputError, match="input/output error"):
            replace_folder(NEW, out)
    else:
        replace_folder(NEW, out)
    assert _state(out) == ("new" if step == "switched" or not reached else "old")
    assert (out / "CNAME").exists()
    assert _leftovers(out) == []


@pytest.mark.parametrize("call", ["rename", "mkdir", "link", "fsync", "write", "rmtree"])
def test_a_failing_system_call_leaves_a_whole_set(call, out, switch_mode, monkeypatch):
    """Each system call of the switch fails in turn, at its 1st, 2nd ... use."""
    targets = {"rename": (os, "rename"), "mkdir": (os, "mkdir"), "link": (os, "link"),
               "fsync": (os, "fsync"), "write": (outfolder, "_write_file"),
               "rmtree": (outfolder.shutil, "rmtree")}
    module, name = targets[call]
    real = getattr(module, name)
    for nth in range(1, 12):
        calls = [0]

        def failing(*args, _real=real, _nth=nth, _calls=calls, **kwargs):
            _calls[0] += 1
            if _calls[0] == _nth:
                raise OSError(errno.ENOSPC, "No space left on device")
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, failing)
        try:
            replace_folder(NEW, out)
            succeeded = True
        except OutputError as error:
            assert "no space left on the device" in str(error)
            succeeded = False
        monkeypatch.setattr(module, name, real)
        # A failure reported is a switch not made; one after the switch is only a warning.
        assert _state(out) == ("new" if succeeded else "old"), (call, nth)
        replace_folder(OLD, out)  # the next build: whole, and nothing left behind
        assert _state(out) == "old" and _leftovers(out) == [], (call, nth, _leftovers(out))
        if calls[0] < nth:
            break  # the call was used fewer times than that: every use has failed once


_CHILD = """
import os, signal, sys
from pathlib import Path
from geo import outfolder
step, out, exchange = sys.argv[1], Path(sys.argv[2]), sys.argv[3] == "exchange"
if not exchange:
    outfolder._exchange_call = lambda: None
def kill(at):
    if at == step:
        os.kill(os.getpid(), signal.SIGKILL)
outfolder._checkpoint = kill
new = {name: f"new {name}\\n" * 3 for name in sys.argv[4:]}
outfolder.replace_folder(new, out)
"""


@pytest.mark.parametrize("step", CHECKPOINTS)
def test_a_kill_at_any_step_leaves_a_whole_set(step, out, switch_mode):
    result = subprocess.run([sys.executable, "-c", _CHILD, step, str(out), switch_mode,
                             *NAMES], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, timeout=60)
    killed = result.returncode == -signal.SIGKILL
    assert killed or (step == "moved aside" and switch_mode == "exchange"), result.stderr
    state = _state(out)
    if state == "missing":  # killed between the two renames: the next build puts it back
        assert step == "moved aside"
        tidy(out)
        state = _state(out)
    assert state in ("old", "new"), state
    assert [p for p in _leftovers(out) if not p.startswith(f".{out.name}.")] == [], \
        "a temporary inside out/"
    replace_folder(NEW, out)  # the next build removes what the killed one left
    assert _state(out) == "new" and (out / "CNAME").exists()
    assert _leftovers(out) == []


def test_two_builds_into_one_folder_do_not_mix(out, monkeypatch):
    real = outfolder._write_file

    def slow(path: Path, content: str | bytes) -> None:
        time.sleep(0.01)
        real(path, content)

    monkeypatch.setattr(outfolder, "_write_file", slow)
    other = {name: f"other {name}\n" for name in NAMES}
    threads = [threading.Thread(target=replace_folder, args=(files, out))
               for files in (NEW, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    contents = {(out / n).read_text() for n in NAMES}
    assert contents in ({NEW[n] for n in NAMES}, {other[n] for n in NAMES})
    assert _leftovers(out) == []


def test_what_older_versions_and_killed_builds_left_is_removed(out):
    (out / ".map.html.k3j2x9.tmp").write_text("half a map")
    (out.parent / f".{out.name}.warmap-new-123-abcd").mkdir()
    replace_folder(NEW, out)
    assert _leftovers(out) == [] and _state(out) == "new"


def test_a_folder_in_the_way_is_refused_and_nothing_changes(out):
    (out / "mentions.csv").unlink()
    (out / "mentions.csv").mkdir()
    (out / "mentions.csv" / "notes.txt").write_text("mine")
    with pytest.raises(OutputError, match="a folder is in the way"):
        replace_folder(NEW, out)
    assert (out / "mentions.csv" / "notes.txt").read_text() == "mine"
    assert (out / "map.html").read_text() == OLD["map.html"]


def test_a_fifo_at_an_output_is_never_read_and_is_replaced(out):
    (out / "control.csv").unlink()
    os.mkfifo(out / "control.csv")
    done = threading.Event()

    def switch() -> None:
        assert "control.csv" in changed_files(NEW, out)  # would block if it read the FIFO
        replace_folder(NEW, out)
        done.set()

    threading.Thread(target=switch, daemon=True).start()
    assert done.wait(20), "blocked on the FIFO"
    assert _state(out) == "new"


def test_a_symbolic_link_to_the_folder_is_kept(tmp_path):
    real = tmp_path / "www" / "maps"
    replace_folder(OLD, real)
    link = tmp_path / "out"
    link.symlink_to(real, target_is_directory=True)
    replace_folder(NEW, link)
    assert link.is_symlink() and _state(real) == "new"


def test_a_folder_that_cannot_be_renamed_is_replaced_file_by_file_with_rollback(out,
                                                                                monkeypatch):
    monkeypatch.setattr(outfolder, "_can_rename", lambda target: False)

    def fail(at: str) -> None:
        if at == "replaced mentions.csv":
            raise OSError(errno.EACCES, "Permission denied", at)

    monkeypatch.setattr(outfolder, "_checkpoint", fail)
    with pytest.raises(OutputError, match="permission denied"):
        replace_folder(NEW, out)
    assert _state(out) == "old" and _leftovers(out) == []
    monkeypatch.setattr(outfolder, "_checkpoint", lambda at: None)
    replace_folder(NEW, out)
    assert _state(out) == "new" and _leftovers(out) == [] and (out / "CNAME").exists()


def test_a_file_named_as_the_folder_is_an_output_error(tmp_path):
    (tmp_path / "out").write_text("not a folder")
    with pytest.raises(OutputError, match="a file, not a folder"):
        replace_folder(NEW, tmp_path / "out")


# --- the command line: refused folders, environment failures, exit 4 ------------------------

@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Path:
    """Copies of data/ and seeds/ and a good out/ built from them."""
    import shutil

    from geo.cli import main

    base = tmp_path_factory.mktemp("story")
    shutil.copytree(ROOT / "data", base / "data")
    shutil.copytree(ROOT / "seeds", base / "seeds")
    assert main(_build_args(base, base / "out")) == 0
    return base


def _build_args(base: Path, out: Path) -> list[str]:
    return ["build", "--data", str(base / "data"), "--seeds", str(base / "seeds"),
            "--out", str(out), "--no-picture"]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("where", ["data", "data/out", "seeds", ".", "seeds/out"])
def test_an_output_folder_at_in_or_around_an_input_is_refused(where, story, capsys):
    from geo.cli import main

    before = {name: _files(story / name) for name in ("data", "seeds")}
    assert main(_build_args(story, story / where)) == 2
    err = capsys.readouterr().err
    assert "error: --out: the output folder" in err and "would overwrite the inputs" in err
    assert {name: _files(story / name) for name in ("data", "seeds")} == before


def test_watch_with_its_output_in_a_watched_folder_stops_at_once(story, capsys):
    from geo.cli import main

    started = time.monotonic()
    assert main(["watch", "--data", str(story / "data"), "--seeds", str(story / "seeds"),
                 "--out", str(story / "seeds" / "out")]) == 2
    assert time.monotonic() - started < 5
    assert "lies inside the --seeds folder" in capsys.readouterr().err


def test_a_folder_of_other_files_is_not_replaced(story, tmp_path, capsys):
    from geo.cli import main

    (tmp_path / "notes.txt").write_text("mine")
    assert main(_build_args(story, tmp_path)) == 2
    assert "holds other files and no map" in capsys.readouterr().err
    assert (tmp_path / "notes.txt").read_text() == "mine"


@pytest.mark.parametrize(("call", "number", "reason"), [
    ("_write_file", errno.ENOSPC, "no space left on the device"),
    ("_write_file", errno.EDQUOT, "disk quota exceeded"),
    ("mkdir", errno.EROFS, "the file system is read-only"),
    ("mkdir", errno.EACCES, "permission denied"),
])
def test_environment_failures_are_exit_4_with_the_path_and_reason(call, number, reason, story,
                                                                 monkeypatch, capsys):
    from geo.cli import main

    (story / "data/events.csv").write_text(  # a change, so that the build writes
        (story / "data/events.csv").read_text(encoding="utf-8").replace(
            "Over 60 Russian air attacks", "Sixty Russian strikes"), encoding="utf-8")
    before = _files(story / "out")

    def refuse(*args, **kwargs):
        raise OSError(number, os.strerror(number), str(args[0]))

    monkeypatch.setattr(*((outfolder, "_write_file") if call == "_write_file"
                          else (outfolder.os, "mkdir")), refuse)
    assert main(_build_args(story, story / "out")) == 4
    err = capsys.readouterr().err
    assert f": {reason}; nothing was written: the output folder holds the previous build" in err
    assert "internal error" not in err and "Traceback" not in err
    assert _files(story / "out") == before
    assert _leftovers(story / "out") == []


def test_an_output_folder_that_is_a_file_is_exit_4(story, tmp_path, capsys):
    from geo.cli import main

    (tmp_path / "out").write_text("a file")
    assert main(_build_args(story, tmp_path / "out")) == 4
    assert "a file, not a folder" in capsys.readouterr().err


def test_a_build_that_changes_nothing_writes_nothing(story, capsys):
    from geo.cli import main

    assert main(_build_args(story, story / "out")) == 0
    capsys.readouterr()
    before = (story / "out").stat().st_ino, (story / "out/map.html").stat().st_mtime_ns
    assert main(_build_args(story, story / "out")) == 0
    assert "no output changed" in capsys.readouterr().out
    assert ((story / "out").stat().st_ino,
            (story / "out/map.html").stat().st_mtime_ns) == before


def test_corpus_refuses_a_folder_as_output_before_parsing_and_reads_no_cp1252(tmp_path,
                                                                            capsys):
    from geo.cli import main

    source = tmp_path / "corpus.jsonl"
    source.write_bytes('{"id": "a", "text": "Aleppo", "published": "2016-12-12"}\n'
                       '{"id": "b", "text": "Caf\u00e9 in Homs", "published": "2016-12-12"}\n'
                       .encode("cp1252"))
    (tmp_path / "out").mkdir()
    started = time.monotonic()
    assert main(["corpus", str(source), "--out", str(tmp_path / "out"), "--no-progress"]) == 4
    assert time.monotonic() - started < 5  # refused before starting a cluster
    assert "a folder, not a file" in capsys.readouterr().err
    assert main(["corpus", str(source), "--out", str(tmp_path / "m.parquet"),
                 "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "corpus.jsonl line 2: not UTF-8 text" in err and "Traceback" not in err


def test_geoparse_of_a_folder_is_a_clear_error(tmp_path, capsys):
    from geo.cli import main

    assert main(["geoparse", str(tmp_path), "--published", "2016-12-12"]) == 2
    assert "a folder, not a text file" in capsys.readouterr().err


def test_watch_says_the_map_was_written_when_only_the_picture_failed(capsys):
    from geo.tools.watch import rebuild_once

    def picture():
        raise OSError(errno.ENOSPC, "No space left on device", "out/map.png")

    Result = types.SimpleNamespace(warnings=(), changed=("map.html",), files=(),
                                   picture=picture)

    said: list[str] = []
    assert rebuild_once(lambda: Result, say=said.append, complain=said.append) is False
    assert said[-1] == ("error: cannot write out/map.png: no space left on the device; the "
                        "new map was written, map.png is the previous one.")
