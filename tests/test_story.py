"""``warmap new``: a story folder whose empty tables check clean and whose map is its own."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from geo.cli import main
from geo.errors import InputError
from geo.tools.story import TEMPLATE_ROWS, NewArticle, create_story

TEXT = ("Russian forces claimed on Friday to have captured the town of Soledar in the Donetsk "
        "region, after weeks of fighting; the exact words of the article follow.\n")


def _article(folder: Path, name: str = "soledar", published: str | None = "2023-01-13",
             ) -> Path:
    path = folder / f"{name}.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))  # kept byte for byte
    if published is not None:
        path.with_suffix(".json").write_text(json.dumps(
            {"title": "Soledar falls", "outlet": "Test Wire", "published": published}),
            encoding="utf-8")
    return path


def test_new_story_checks_clean_and_builds_a_map_of_its_own(tmp_path, capsys, monkeypatch):
    source = _article(tmp_path)
    story = tmp_path / "soledar-story"
    assert main(["new", str(story), str(source)]) == 0
    assert "created" in capsys.readouterr().out
    assert (story / "seeds" / "soledar.txt").read_bytes() == source.read_bytes()
    metadata = json.loads((story / "seeds" / "soledar.json").read_text(encoding="utf-8"))
    assert metadata["published"] == "2023-01-13" and metadata["outlet"] == "Test Wire"
    readme = (story / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Soledar falls")
    for table, row in TEMPLATE_ROWS.items():
        header = (story / "data" / table).read_text(encoding="utf-8")
        assert header == ",".join(row) + "\n"
        assert f"### `data/{table}`" in readme
    monkeypatch.chdir(story)
    assert main(["check"]) == 0
    assert main(["build", "--no-picture"]) == 0
    mentions = (story / "out" / "mentions.csv").read_text(encoding="utf-8")
    assert "Aleppo" not in mentions and "syria" not in mentions.lower()
    html = (story / "out" / "map.html").read_text(encoding="utf-8")
    assert "<title>Soledar falls</title>" in html
    assert "Syrian government" not in html and "Aleppo" not in html


def test_the_template_rows_are_valid_rows(tmp_path, monkeypatch):
    story = tmp_path / "story"
    create_story(story, [NewArticle(_article(tmp_path), {"published": "2023-01-13"})])
    for table, row in TEMPLATE_ROWS.items():
        with (story / "data" / table).open("a", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerow(row.values())
    with (story / "data" / "places.csv").open("a", encoding="utf-8") as handle:
        handle.write("ukraine,Ukraine,,,country,,49.0,32.0,geonames:690791,,\n")
    assert (story / "data" / "datapackage.json").read_bytes() == \
        (Path(__file__).parent.parent / "geo" / "inputs" / "datapackage.json").read_bytes()
    monkeypatch.chdir(story)
    assert main(["check"]) == 0


def test_nothing_is_written_over_a_folder_or_without_a_date(tmp_path, capsys):
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine", encoding="utf-8")
    source = _article(tmp_path)
    assert main(["new", str(taken), str(source)]) == 2
    assert "already exists and is not empty" in capsys.readouterr().err
    assert [p.name for p in taken.iterdir()] == ["notes.txt"]

    undated = _article(tmp_path, "undated", published=None)
    with pytest.raises(InputError) as caught:
        create_story(tmp_path / "new", [NewArticle(undated, {})])
    assert "undated.json, field 'published': no publication date" in str(caught.value)
    assert not (tmp_path / "new").exists()
    assert not list(tmp_path.glob(".new.*"))  # no staging folder is left behind
    assert main(["new", str(tmp_path / "new"), str(undated), "--published", "2023-01-14"]) == 0
    meta = json.loads((tmp_path / "new" / "seeds" / "undated.json").read_text("utf-8"))
    assert meta["published"] == "2023-01-14"


def test_missing_article_is_named(tmp_path, capsys):
    assert main(["new", str(tmp_path / "x"), str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt: no such article file" in capsys.readouterr().err


def test_template_rows_have_the_schema_columns():
    from geo.inputs.schema import schema

    tables = {t.path: list(t.columns) for t in schema().tables.values() if t.path.endswith(".csv")}
    assert {table: list(row) for table, row in TEMPLATE_ROWS.items()} == tables


def test_readme_rows_parse_as_csv_with_the_header_columns():
    from geo.tools.story import story_readme

    readme = story_readme("T")
    blocks = readme.split("```csv\n")[1:]
    assert len(blocks) == len(TEMPLATE_ROWS)
    for block in blocks:
        header, row = list(csv.reader(io.StringIO(block.split("```")[0])))
        assert len(header) == len(row)


def test_story_settings_set_title_span_and_opening_date(tmp_path, monkeypatch):
    from geo.mapping.codec import read_map_payload

    story = tmp_path / "story"
    create_story(story, [NewArticle(_article(tmp_path), {"published": "2023-01-13"})])
    (story / "data" / "story.json").write_text(json.dumps({
        "title": "The fall of Soledar", "credit": "Map: Test Desk",
        "opening_date": "2023-01-10", "start": "2023-01-01", "end": "2023-01-31"}),
        encoding="utf-8")
    monkeypatch.chdir(story)
    assert main(["build", "--no-picture"]) == 0
    html = (story / "out" / "map.html").read_text(encoding="utf-8")
    assert "<title>The fall of Soledar</title>" in html
    payload = read_map_payload(html)
    assert (payload["start"], payload["end"], payload["initial"]) == (
        "2023-01-01", "2023-01-31", "2023-01-10")


@pytest.mark.parametrize(("settings", "message"), [
    ({"title": 3}, "field 'title': not a string (got '3'; expected a JSON string)"),
    ({"start": "2023-02-30"}, "field 'start': not a date"),
    ({"start": "2023-02-01", "end": "2023-01-01"}, "field 'start': start is after end"),
    ({"headlin": "x"}, "field 'headlin': unknown setting"),
])
def test_bad_story_settings_are_named(tmp_path, capsys, settings, message):
    story = tmp_path / "story"
    create_story(story, [NewArticle(_article(tmp_path), {"published": "2023-01-13"})])
    (story / "data" / "story.json").write_text(json.dumps(settings), encoding="utf-8")
    status = main(["check", "--data", str(story / "data"), "--seeds", str(story / "seeds")])
    assert message in capsys.readouterr().err
    assert status == (0 if "unknown setting" in message else 1)
