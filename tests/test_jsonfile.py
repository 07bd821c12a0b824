"""The JSON files users edit (article metadata, story.json, shapes.geojson, the metadata
`warmap new` reads beside an article): each way one fails to read is one problem naming the
file, the line where known and what was expected, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.errors import InputError, OutputError
from geo.inputs.articles import read_metadata
from geo.inputs.jsonfile import read_json
from geo.inputs.story import read_story
from geo.tools.story import article_metadata


def _problem(call, *args):  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as caught:
        call(*args)
    (problem,) = caught.value.problems
    return problem


@pytest.mark.parametrize("content, message, line", [
    (b'{"title": "x",\n "published": }', "not valid JSON: Expecting value (column 15)", 2),
    (b'{"title": "x",\n\n "lat": NaN}', "not valid JSON: NaN is not a JSON number", 3),
    (b'{"lat": -Infinity}', "not valid JSON: -Infinity is not a JSON number", 1),
    (b"[" * 100_000, "not valid JSON: nested too deeply", None),
    (b'{"title": "caf\xe9"}', "not UTF-8 text (byte 14)", None),
])
def test_each_failure_is_one_problem_with_its_line(tmp_path: Path, content: bytes,
                                                   message: str, line: int | None) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(content)
    problem = _problem(read_json, path, "a JSON object")
    assert message in problem.message
    assert problem.line == line
    assert problem.path.endswith("a.json")
    assert problem.expected


def test_a_byte_order_mark_is_allowed_and_a_folder_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b'\xef\xbb\xbf{"title": "x"}')
    assert read_json(path, "a JSON object") == {"title": "x"}
    folder = tmp_path / "folder.json"
    folder.mkdir()
    assert _problem(read_json, folder, "a JSON object").message == "a folder, not a file"


def test_a_refused_read_is_an_output_error_in_words(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.json"
    path.write_text("{}", encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_text", refuse)
    with pytest.raises(OutputError) as caught:
        read_json(path, "a JSON object")
    assert "a.json" in str(caught.value)


@pytest.mark.parametrize("reader", ["story", "metadata", "new"])
def test_every_reader_reports_the_same_way(tmp_path: Path, reader: str) -> None:
    """story.json took NaN as a title and let a nested file or a refused read through as a
    traceback; `warmap new` let both through too, and gave no line."""
    deep = b"[" * 100_000
    nan = b'{\n"title": NaN}'
    if reader == "story":
        (tmp_path / "story.json").write_bytes(nan)
        assert _problem(read_story, tmp_path).line == 2
        (tmp_path / "story.json").write_bytes(deep)
        assert "nested too deeply" in _problem(read_story, tmp_path).message
    elif reader == "metadata":
        (tmp_path / "a.json").write_bytes(nan)
        assert _problem(read_metadata, tmp_path / "a.json").line == 2
    else:
        (tmp_path / "a.txt").write_text("text", encoding="utf-8")
        (tmp_path / "a.json").write_bytes(deep)
        assert "nested too deeply" in _problem(article_metadata, tmp_path / "a.txt", {}).message
        (tmp_path / "a.json").write_bytes(b'{"title": "x",\n"published": }')
        problem = _problem(article_metadata, tmp_path / "a.txt", {})
        assert problem.line == 2 and problem.message.startswith("not valid JSON")
