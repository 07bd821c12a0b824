"""Bad input: a readable message naming file, line and field; out/ left byte-for-byte as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import build_map

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """Copies of data/ and seeds/ and an out/ built from them."""
    base = tmp_path_factory.mktemp("good")
    shutil.copytree(ROOT / "data", base / "data")
    shutil.copytree(ROOT / "seeds", base / "seeds")
    assert build_map.main(["--data", str(base / "data"), "--seeds", str(base / "seeds"),
                           "--out", str(base / "out"), "--no-picture"]) == 0
    return base


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


CONTROL_ROW = ("2016-12-11,palmyra,isis,taken,confirmed,Palmyra and the surrounding areas "
               "fell again to ISIS.,seed:000_9675cb4a4e2b07e4,")
CASES = {
    "unknown place with suggestion": (
        lambda d: _append(d / "control.csv", "2016-12-14,sheik-saeed,government,taken,"
                                             "confirmed,q,https://example.org,"),
        ["control.csv line", "'place_id'", "sheik-saeed", "did you mean 'sheikh-saeed'"]),
    "unknown side": (
        lambda d: _append(d / "control.csv", "2016-12-14,palmyra,goverment,taken,confirmed,"
                                             "q,https://example.org,"),
        ["control.csv line", "'side'", "did you mean 'government'"]),
    "impossible date": (
        lambda d: _append(d / "events.csv", "x-1,2016-02-30,palmyra,strike,us,claimed,l,q,"
                                            "https://example.org"),
        ["events.csv line", "'date'", "2016-02-30", "YYYY-MM-DD"]),
    "movement ends before it starts": (
        lambda d: _edit(d / "movements.csv", "isis-renewed-attack,2016-12-11,2016-12-11",
                        "isis-renewed-attack,2016-12-11,2016-12-01"),
        ["movements.csv line", "'end'", "ends before it starts"]),
    "contradicting changes on one day": (
        lambda d: _append(d / "control.csv", CONTROL_ROW.replace(",isis,", ",rebels,")),
        ["control.csv line", "'side'", "contradicts line"]),
    "empty quote": (
        lambda d: _append(d / "control.csv", "2016-12-14,palmyra,isis,held,confirmed,,"
                                             "https://example.org,"),
        ["control.csv line", "'quote'", "empty quote"]),
    "empty source": (
        lambda d: _append(d / "events.csv", "x-2,2016-12-10,palmyra,strike,us,claimed,l,q,"),
        ["events.csv line", "'source'", "empty source"]),
    "duplicate place id": (
        lambda d: _append(d / "places.csv", "palmyra,Palmyra,,,town,syria,34.56,38.28,"
                                            "geonames:163808,,"),
        ["places.csv line", "'id'", "duplicate id"]),
    "swapped latitude and longitude": (
        lambda d: _edit(d / "places.csv", "36.16462,37.15581", "37.15581,36.16462"),
        ["places.csv line", "swapped"]),
    "malformed CSV": (
        lambda d: _append(d / "movements.csv", 'bad,2016-12-11,2016-12-11,isis,advance,done,'
                                               ',palmyra,0,5,"unclosed quote,s,'),
        ["movements.csv"]),
    "quote not in the article": (
        lambda d: _edit(d / "events.csv", "A large ISIS attack on Saturday",
                        "A small ISIS attack on Saturday"),
        ["events.csv line", "'quote'", "not found in the article"]),
    "bad article date": (
        lambda d: _edit(d.parent / "seeds" / "000_9675cb4a4e2b07e4.json", '"2016-12-12"',
                        '"12/12/2016"'),
        ["000_9675cb4a4e2b07e4.json", "'published'", "YYYY-MM-DD"]),
    "malformed GeoJSON": (
        lambda d: (d / "shapes.geojson").write_text("{not json", encoding="utf-8"),
        ["shapes.geojson", "not valid JSON"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_reported_and_out_is_unchanged(case, good, tmp_path, capsys):
    edit, expected = CASES[case]
    shutil.copytree(good / "data", tmp_path / "data")
    shutil.copytree(good / "seeds", tmp_path / "seeds")
    shutil.copytree(good / "out", tmp_path / "out")
    before = _snapshot(tmp_path / "out")
    edit(tmp_path / "data")
    status = build_map.main(["--data", str(tmp_path / "data"), "--seeds",
                             str(tmp_path / "seeds"), "--out", str(tmp_path / "out"),
                             "--no-picture"])
    err = capsys.readouterr().err
    assert status != 0
    for fragment in expected:
        assert fragment in err, (fragment, err)
    assert "Traceback" not in err
    assert _snapshot(tmp_path / "out") == before
    # `check` finds the same problem without building.
    assert build_map.main(["--data", str(tmp_path / "data"), "--seeds",
                           str(tmp_path / "seeds"), "check"]) != 0
    assert expected[0] in capsys.readouterr().err


def test_self_intersecting_polygon_is_repaired_with_a_warning(good, tmp_path, capsys):
    shutil.copytree(good / "data", tmp_path / "data")
    bowtie = ('{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
              '{"place_id":"palmyra","precision":"drawn","source":"https://example.org"},'
              '"geometry":{"type":"Polygon","coordinates":[[[38.26,34.55],[38.30,34.58],'
              '[38.30,34.55],[38.26,34.58],[38.26,34.55]]]}}]}')
    (tmp_path / "data" / "shapes.geojson").write_text(bowtie, encoding="utf-8")
    status = build_map.main(["--data", str(tmp_path / "data"), "--seeds", str(ROOT / "seeds"),
                             "--out", str(tmp_path / "out"), "--no-picture"])
    err = capsys.readouterr().err
    assert status == 0
    assert "warning:" in err and "feature 0" in err and "repaired" in err


def test_builds_are_byte_identical(tmp_path):
    for name in ("a", "b"):
        build_map.build(ROOT / "data", ROOT / "seeds", tmp_path / name)
    first, second = _snapshot(tmp_path / "a"), _snapshot(tmp_path / "b")
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], name


def test_new_article_needs_no_code_change(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / "001_test.txt").write_text(
        "Fighting was reported in Manbij and near Deir ez-Zor on Tuesday.", encoding="utf-8")
    (seeds / "001_test.json").write_text('{"title": "Test", "outlet": "Test", '
                                         '"published": "2016-12-13"}', encoding="utf-8")
    build_map.build(ROOT / "data", seeds, tmp_path / "out", picture=False)
    mentions = (tmp_path / "out" / "mentions.csv").read_text(encoding="utf-8")
    assert "001_test.txt" in mentions and "Manbij" in mentions
    assert "Manbij" in (tmp_path / "out" / "map.html").read_text(encoding="utf-8")
