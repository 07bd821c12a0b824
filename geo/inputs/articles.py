"""Read articles (``seeds/*.txt``) and the metadata file beside each (``seeds/*.json``)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError, Problem, display_path
from geo.inputs.tables import parse_date

METADATA_FIELDS = ("title", "outlet", "author", "published", "url", "original_outlet", "note")


@dataclass(frozen=True)
class Article:
    """An article: its id (the file stem), its text exactly as read, and its metadata."""

    id: str
    path: Path
    text: str
    published: dt.date
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""

    @property
    def name(self) -> str:
        """The article's file name, used as the ``article`` column of outputs."""
        return self.path.name


def read_article(path: Path, published: dt.date | None = None) -> Article:
    """Read one article text and its metadata.

    Parameters
    ----------
    path : Path
        A UTF-8 text file. Its metadata is read from the ``.json`` file of the same stem
        when present.
    published : datetime.date, optional
        Publication date; overrides the metadata's ``published``. Required when there is
        no metadata file.

    Raises
    ------
    InputError
        When the text or its metadata cannot be read or lacks a publication date.
    """
    name = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError([Problem(name, "file not found")]) from None
    except UnicodeDecodeError as error:
        raise InputError([Problem(name, f"not UTF-8 text (byte {error.start})",
                                  expected="a UTF-8 encoded text file")]) from None
    metadata_path = path.with_suffix(".json")
    metadata = read_metadata(metadata_path) if metadata_path.exists() else {}
    if published is None:
        if "published" not in metadata:
            raise InputError([Problem(display_path(path.with_suffix(".json")),
                                      "no publication date for this article", field="published",
                                      expected="a metadata file with \"published\": "
                                               "\"YYYY-MM-DD\", or --published")])
        published = metadata["published"]
    return Article(
        id=path.stem,
        path=path,
        text=text,
        published=published,
        title=str(metadata.get("title", "")),
        outlet=str(metadata.get("outlet", "")),
        author=str(metadata.get("author", "")),
        url=str(metadata.get("url", "")),
    )


def read_metadata(path: Path) -> dict:
    """Read and check an article's metadata JSON; ``published`` becomes a date."""
    name = display_path(path)
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise InputError([Problem(name, f"not UTF-8 text (byte {error.start})",
                                  expected="a UTF-8 encoded JSON file")]) from None
    except json.JSONDecodeError as error:
        raise InputError([Problem(name, f"not valid JSON: {error.msg} (column {error.colno})",
                                  line=error.lineno, expected="a JSON object")]) from None
    except RecursionError:
        raise InputError([Problem(name, "not valid JSON: nested too deeply",
                                  expected="a JSON object")]) from None
    if not isinstance(metadata, dict):
        raise InputError([Problem(name, "not a JSON object", expected="{\"published\": ...}")])
    problems = []
    for key in metadata:
        if key not in METADATA_FIELDS:
            problems.append(Problem(name, "unknown field", field=key,
                                    expected="one of " + ", ".join(METADATA_FIELDS),
                                    severity="warning"))
    if "published" in metadata:
        try:
            metadata["published"] = parse_date(metadata["published"])
        except ValueError as error:
            problems.append(Problem(name, f"bad or impossible date: {error}",
                                    line=_line_of(path, "published"), field="published",
                                    value=str(metadata["published"]),
                                    expected="a date string \"YYYY-MM-DD\""))
    for key in ("title", "outlet", "author", "url"):
        if key in metadata and not isinstance(metadata[key], str):
            problems.append(Problem(name, "not a string", line=_line_of(path, key), field=key,
                                    value=json.dumps(metadata[key])[:60],
                                    expected="a JSON string"))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(errors)
    return metadata


def _line_of(path: Path, key: str) -> int | None:
    """The line of a JSON file where ``"key":`` first appears, for messages."""
    needle = json.dumps(key)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    return None


def read_articles(seeds_dir: Path) -> list[Article]:
    """Read every ``*.txt`` article of a folder, sorted by file name; all problems at once."""
    articles, problems = [], []
    for path in sorted(seeds_dir.glob("*.txt")):
        try:
            articles.append(read_article(path))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return articles
