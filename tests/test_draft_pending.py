"""The build's drafts: every article drafted, decided drafts and rows data/ holds left out,
out/drafts/ written with the rest of out/, the embed and the pictures without them."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from geo.cli import main
from geo.draft.pending import data_keys, row_key
from geo.draft.rows import TABLE_FILES
from geo.draft.store import DraftStore
from geo.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
#: The outputs a build without drafts leaves as a build with drafts writes them.
UNCHANGED = ["mentions.csv", "mentions_detail.csv", "dates.csv", "places.geojson",
             "control.csv"]


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _drafted_ids(out: Path) -> set[str]:
    return {r["draft_id"] for name in ("control.csv", "movements.csv", "events.csv")
            for r in _rows(out / "drafts" / name)}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def story(tmp_path):
    """A copy of the seed story (data/ and seeds/) to build and review in."""
    for name in ("data", "seeds"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path


def test_the_build_writes_the_drafts_data_lacks(seed_build, timeline):
    for name, (_file, columns) in [("control.csv", TABLE_FILES["control"]),
                                   ("movements.csv", TABLE_FILES["movement"]),
                                   ("events.csv", TABLE_FILES["event"]),
                                   ("sides.csv", TABLE_FILES["side"])]:
        header = (seed_build / "drafts" / name).read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",")[:len(columns)] == columns, name
    ids = _drafted_ids(seed_build)
    assert len(ids) >= 15
    held = {row_key(t, r) for t in ("control", "movement", "event")
            for r in _rows(ROOT / "data" / TABLE_FILES[t][0])}
    assert held - {None} == data_keys(timeline)
    for table in ("control", "movement", "event"):
        for row in _rows(seed_build / "drafts" / TABLE_FILES[table][0]):
            assert row_key(table, row) not in held or row_key(table, row) is None, row
    # map.html carries them apart; the embed's page and the embed's snippet do not.
    page = (seed_build / "map.html").read_text(encoding="utf-8")
    drafts = json.loads(re.search(r'id="warmap-drafts">(.*?)</script>', page).group(1))
    assert {d["id"] for d in drafts["drafts"]} == ids
    assert 'id="warmap-drafts"' not in (seed_build / "map-embed.html").read_text(encoding="utf-8")
    assert 'src="map-embed.html#' in (seed_build / "embed.html").read_text(encoding="utf-8")


def test_decided_drafts_are_left_out(story, tmp_path):
    out = story / "out"
    assert main(["build", "--data", str(story / "data"), "--seeds", str(story / "seeds"),
                 "--out", str(out), "--no-picture", "--drafts", str(story / "drafts")]) == 0
    store = DraftStore(story / "drafts", story / "data", built_dir=out / "drafts")
    by_place = {r.fields.get("place_id"): r.id for r in store.rows() if r.table == "control"}
    store.reject([by_place["palmyra"]])
    store.accept([by_place["raqqa"]], seeds_dir=story / "seeds")
    result = build(story / "data", story / "seeds", out, picture=False,
                   drafts_dir=story / "drafts")
    left = _drafted_ids(out)
    assert by_place["palmyra"] not in left and by_place["raqqa"] not in left
    assert result.drafts is not None and result.drafts.decided == 2
    assert len(left) == len([d for d in result.drafts.pending if d.row.table != "side"])


def test_no_drafts_writes_none_and_changes_nothing_else(seed_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seed_build, out)
    assert main(["build", "--data", str(ROOT / "data"), "--seeds", str(ROOT / "seeds"),
                 "--out", str(out), "--tiles", "OpenStreetMap.Mapnik", "--no-drafts"]) == 0
    assert not (out / "drafts").exists() and not (out / "map-embed.html").exists()
    for name in [*UNCHANGED, "map.png", "map-print.png"]:
        assert _digest(out / name) == _digest(seed_build / name), name
    page = (out / "map.html").read_text(encoding="utf-8")
    assert 'id="warmap-drafts"' not in page
    # The embed's page of a build with drafts is the page of a build without, but for its
    # "Open the full map" link: that opens the drafts-free page too.
    embed_page = (seed_build / "map-embed.html").read_text(encoding="utf-8")
    link = 'class="warmap-full-link" target="_blank" rel="noopener" data-page="{0}" href="{0}"'
    assert link.format("map-embed.html") in embed_page and link.format("map.html") in page
    assert page == embed_page.replace(link.format("map-embed.html"), link.format("map.html"))
    assert 'src="map.html#' in (out / "embed.html").read_text(encoding="utf-8")


def test_drafts_in_embed_puts_them_in_the_embed(tmp_path):
    out = tmp_path / "out"
    build(ROOT / "data", ROOT / "seeds", out, picture=False, drafts_in_embed=True)
    assert not (out / "map-embed.html").exists()
    assert 'src="map.html#' in (out / "embed.html").read_text(encoding="utf-8")
    assert 'id="warmap-drafts"' in (out / "map.html").read_text(encoding="utf-8")


def test_a_drafting_failure_is_a_warning(monkeypatch, tmp_path):
    import geo.draft.pending

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the drafter")

    monkeypatch.setattr(geo.draft.pending, "build_drafts", broken)
    result = build(ROOT / "data", ROOT / "seeds", tmp_path / "out", picture=False)
    assert result.drafts is None and not (tmp_path / "out" / "drafts").exists()
    assert any("a bug in the drafter" in p.message and not p.is_error
               for p in result.warnings)
    assert (tmp_path / "out" / "map.html").is_file()


def test_row_keys_of_each_table():
    assert row_key("control", {"date": "2016-12-11", "place_id": "palmyra",
                               "change": "taken", "state": ""}) == \
        ("control", "taken", "palmyra", "2016-12-11")
    assert row_key("control", {"date": "2016-12-11", "place_id": "jallum",
                               "change": "held", "state": "besieged"})[1] == "besieged"
    assert row_key("movement", {"start": "2016-12-09", "kind": "advance", "to_place": "",
                                "from_place": "palmyra"})[2] == "palmyra"
    assert row_key("event", {"date": "", "place_id": "palmyra", "kind": "strike"}) is None
    assert row_key("side", {"id": "x"}) is None


def test_a_new_story_of_another_war_maps_its_drafts(tmp_path):
    """An article added with nothing typed (`warmap new`): one build gives a map of its
    control changes and movements as drafts, its overview round the places it names."""
    from geo.mapping.codec import read_map_payload
    from geo.tools.story import NewArticle, article_metadata, create_story

    text = ROOT / "bench" / "claims" / "sudan_sudanwarmonitor_2025-01-11.txt"
    story = tmp_path / "story"
    create_story(story, [NewArticle(text, article_metadata(text, {}))])
    build(story / "data", story / "seeds", story / "out", picture=False,
          drafts_dir=story / "drafts")
    page = (story / "out" / "map.html").read_text(encoding="utf-8")
    drafts = json.loads(re.search(r'id="warmap-drafts">(.*?)</script>', page).group(1))
    placed = {d["table"] for d in drafts["drafts"] if d["lat"] is not None}
    assert {"control", "movement"} <= placed
    assert "Wad Medani" in {d["place"] for d in drafts["drafts"]}
    (south, west), (north, east) = read_map_payload(page)["views"][0]["bounds"]
    assert south < 14.4 < north and west < 33.5 < east  # Wad Medani, not Syria


def test_an_article_too_long_to_draft_in_the_build_is_named_and_the_map_built(
        tmp_path, monkeypatch):
    from geo import settings

    monkeypatch.setattr(settings, "DRAFT_MAX_CHARS", 1_000)  # the seed has 8,413
    result = build(ROOT / "data", ROOT / "seeds", tmp_path / "out", picture=False)
    skipped = [w for w in result.warnings if "not drafted by the build" in w.message]
    assert len(skipped) == 1 and skipped[0].path.endswith("000_9675cb4a4e2b07e4.txt")
    assert "8,413 characters" in skipped[0].message and "warmap draft" in str(skipped[0])
    assert result.drafts is not None and not result.drafts.pending
    assert (tmp_path / "out" / "map.html").exists()
