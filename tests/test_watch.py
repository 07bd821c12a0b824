"""Watch mode survives a bad edit (keeps the last good map) and rebuilds once it is fixed."""

from __future__ import annotations

import shutil
import sys
import threading
import time
from pathlib import Path

from geo import pipeline
from geo.pipeline import BuildCache
from geo.tools.watch import watch

ROOT = Path(__file__).resolve().parent.parent


def _wait_for(predicate, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_watch_through_a_bad_edit_and_its_fix(tmp_path, capsys):
    data, seeds, out = tmp_path / "data", tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(ROOT / "data", data)
    shutil.copytree(ROOT / "seeds", seeds)
    runs: list[str] = []

    def build():
        try:
            result = pipeline.build(data, seeds, out, picture=False)
        except Exception:
            runs.append("failed")
            raise
        runs.append("ok")
        return result

    def complain(text: str) -> None:
        print(text, file=sys.stderr)

    thread = threading.Thread(target=watch, args=(build, [data, seeds]), daemon=True,
                              kwargs={"stop_after": 2, "say": print, "complain": complain})
    thread.start()
    assert _wait_for(lambda: runs == ["ok"])
    time.sleep(0.5)  # let the watcher start
    good_map = (out / "map.html").read_bytes()
    events = data / "events.csv"
    original = events.read_text(encoding="utf-8")
    events.write_text(original.replace("2016-12-10,palmyra", "2016-13-10,palmyra"),
                      encoding="utf-8")
    assert _wait_for(lambda: len(runs) == 2)
    assert runs[1] == "failed"
    assert (out / "map.html").read_bytes() == good_map
    started = time.monotonic()
    events.write_text(original.replace("Over 60 Russian air attacks", "Sixty Russian strikes"),
                      encoding="utf-8")
    assert _wait_for(lambda: len(runs) == 3)
    elapsed = time.monotonic() - started
    thread.join(timeout=10)
    captured = capsys.readouterr()
    assert "events.csv line" in captured.err and "2016-13-10" in captured.err
    assert "last good map is kept" in captured.err
    assert "changed: events.csv" in captured.out
    assert runs[2] == "ok" and b"Sixty Russian strikes" in (out / "map.html").read_bytes()
    assert elapsed < 10, elapsed


def test_rebuild_keeps_the_gazetteer_and_parses_only_while_their_files_are_unchanged(
        tmp_path, monkeypatch):
    import geo.parse.geoparse

    data, seeds, out = tmp_path / "data", tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(ROOT / "data", data)
    shutil.copytree(ROOT / "seeds", seeds)
    parsed: list[int] = []
    original = geo.parse.geoparse.geoparse
    monkeypatch.setattr(geo.parse.geoparse, "geoparse",
                        lambda text, gazetteer: parsed.append(len(text)) or
                        original(text, gazetteer))
    cache = BuildCache()
    pipeline.build(data, seeds, out, picture=False, cache=cache)
    first = cache.gazetteer(data)
    assert len(parsed) == 1
    # An edit of the control file: same gazetteer, no new parse, and the edit is in the map.
    control = data / "control.csv"
    control.write_text(control.read_text(encoding="utf-8").replace(
        "2016-12-12,idlib,jfs", "2016-12-11,idlib,jfs", 1), encoding="utf-8")
    pipeline.build(data, seeds, out, picture=False, cache=cache)
    assert cache.gazetteer(data) is first and len(parsed) == 1
    assert "2016-12-11,idlib,jfs" in (out / "control.csv").read_text(encoding="utf-8")
    # An edit of the places: loaded and parsed again.
    places = data / "places.csv"
    places.write_text(places.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    pipeline.build(data, seeds, out, picture=False, cache=cache)
    assert cache.gazetteer(data) is not first and len(parsed) == 2
