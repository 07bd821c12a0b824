"""Read articles (``seeds/*.txt``) and the metadata file beside each (``seeds/*.json``)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError, OutputError, Problem, display_path
from geo.inputs.jsonfile import read_json
from geo.inputs.tables import parse_date
from geo.vocab import Severity

METADATA_FIELDS = ("title", "outlet", "author", "published", "url", "original_outlet", "note")


@dataclass(frozen=True)
class Article:
    """An article: its id (the file stem), its text exactly as saved (:func:`read_text`),
    and its metadata."""

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
    text = read_text(path)
    metadata_path = metadata_path_of(path)
    metadata = read_metadata(metadata_path) if metadata_path.exists() else {}
    if published is None:
        if "published" not in metadata:
            raise InputError([Problem(display_path(metadata_path),
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


def read_text(path: Path) -> str:
    """An article's text exactly as saved: UTF-8, line ends untranslated (``\r\n`` stays
    two characters), so that offsets into it index the file as saved.

    Raises
    ------
    InputError
        When the file is missing, a folder or not UTF-8.
    """
    name = display_path(path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError([Problem(name, "file not found")]) from None
    except IsADirectoryError:
        raise InputError([Problem(name, "a folder, not a text file",
                                  expected="a UTF-8 text file")]) from None
    except UnicodeDecodeError as error:
        raise InputError([Problem(name, f"not UTF-8 text (byte {error.start})",
                                  expected="a UTF-8 encoded text file")]) from None
    except OSError as error:
        raise OutputError.from_os_error(error, path) from None


def metadata_path_of(path: Path) -> Path:
    """The metadata file of an article: the ``.json`` (or ``.JSON``) of the same stem."""
    lower = path.with_suffix(".json")
    upper = path.with_suffix(".JSON")
    return upper if not lower.exists() and upper.exists() else lower


def read_metadata(path: Path) -> dict:
    """Read and check an article's metadata JSON; ``published`` becomes a date."""
    name = display_path(path)
    metadata = read_json(path, "a JSON object")
    if not isinstance(metadata, dict):
        raise InputError([Problem(name, "not a JSON object", expected="{\"published\": ...}")])
    problems = []
    for key in metadata:
        if key not in METADATA_FIELDS:
            problems.append(Problem(name, "unknown field", field=key,
                                    expected="one of " + ", ".join(METADATA_FIELDS),
                                    severity=Severity.WARNING))
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
    errors = [p for p in problems if p.is_error]
    if errors:
        raise InputError(errors)
    return metadata


def _line_of(path: Path, key: str) -> int | None:
    """The line of a JSON file where ``"key":`` first appears, for messages."""
    needle = json.dumps(key)
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if needle in line:
            return number
    return None


def article_paths(folder: Path) -> list[Path]:
    """The articles of a folder: its ``.txt`` files (in any letter case: ``.TXT``), sorted
    by name."""
    try:
        return sorted(p for p in Path(folder).iterdir() if p.suffix.lower() == ".txt")
    except FileNotFoundError:
        raise InputError([Problem(display_path(folder), "folder not found",
                                  expected="a folder of *.txt articles with a .json "
                                           "metadata file beside each")]) from None
    except NotADirectoryError:
        raise InputError([Problem(display_path(folder), "a file, not a folder",
                                  expected="a folder of *.txt articles")]) from None
    except OSError as error:
        raise OutputError.from_os_error(error, folder) from None


def read_articles(seeds_dir: Path) -> list[Article]:
    """Read every ``*.txt`` article of a folder, sorted by file name; all problems at once."""
    articles, problems = [], []
    for path in article_paths(seeds_dir):
        try:
            articles.append(read_article(path))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return articles
