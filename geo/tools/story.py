"""A new story folder: ``data/`` with every table empty but valid, ``seeds/`` with its articles.

``warmap new DIR [ARTICLE ...]`` calls :func:`create_story`. Each table of ``data/`` gets
its header only, so ``warmap check`` passes at once and ``warmap build`` maps the places the
articles name; ``DIR/README.md`` shows one template row for each table, ready to copy into
a spreadsheet. Articles are copied unchanged (byte for byte), each with its metadata.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError, Problem, display_path
from geo.inputs.jsonfile import read_json
from geo.inputs.schema import SCHEMA_PATH, STORY_SCHEMA_NAME, schema

#: One example row per table of the schema (its keys are the schema's columns, tested); the
#: README of a new story shows it.
TEMPLATE_ROWS: dict[str, dict[str, str]] = {
    "places.csv": {
        "id": "soledar", "name": "Soledar", "aliases": "Соледар", "arabic": "",
        "kind": "town", "parent": "", "lat": "48.6921", "lon": "38.07098",
        "source": "geonames:706757", "population": "10490", "note": ""},
    "sides.csv": {
        "id": "russia", "name": "Russian forces", "colour": "#c62828", "pattern": "solid",
        "description": "Russian armed forces and the Wagner group",
        "source": "https://en.wikipedia.org/wiki/Russian_Armed_Forces",
        "aliases": "Russian troops|Wagner"},
    "control.csv": {
        "date": "2023-01-13", "place_id": "soledar", "side": "russia", "change": "taken",
        "certainty": "claimed", "state": "", "by": "", "share": "",
        "quote": "the exact words of the article", "source": "seed:soledar", "note": ""},
    "movements.csv": {
        "id": "russia-advance-soledar", "start": "2023-01-10", "end": "2023-01-13",
        "side": "russia", "kind": "advance", "status": "claimed", "from_place": "",
        "to_place": "soledar", "bearing_deg": "90", "distance_km": "10",
        "quote": "the exact words of the article", "source": "seed:soledar", "note": ""},
    "events.csv": {
        "id": "soledar-shelling", "date": "2023-01-12", "place_id": "soledar",
        "kind": "strike", "side": "russia", "status": "reported", "label": "Shelling of Soledar",
        "quote": "the exact words of the article", "source": "seed:soledar", "note": ""},
    "demonyms.csv": {"demonym": "Ukrainian", "place_id": "ukraine",
                     "source": "https://en.wikipedia.org/wiki/Ukraine"},
    "non_places.csv": {"name": "Kyiv Independent", "class": "outlet",
                       "source": "https://kyivindependent.com"},
    "disputes.csv": {
        "id": "soledar-taken-ukraine-denies", "table": "control", "date": "2023-01-13",
        "place_id": "soledar", "side": "russia", "claim": "not taken: fighting goes on",
        "quote": "the exact words of the other source",
        "source": "https://example.org/other-report", "note": "who said it, and when",
        "rivals": ""},
    "figures.csv": {
        "id": "soledar-area", "date": "2023-01-13", "place_id": "soledar",
        "quantity": "area_held", "value": "12", "unit": "km2", "qualifier": "about",
        "side": "russia", "quote": "the exact words of the article", "source": "seed:soledar",
        "note": ""},
}

#: What ``README.md`` says each table holds.
TABLE_JOBS = {
    "places.csv": "places the world gazetteer lacks or places wrongly (quarters, villages, "
                  "sites), and places whose control the map shows",
    "sides.csv": "the sides, with their colour (#rrggbb) and pattern (solid, hatch, dots)",
    "control.csv": "who took or held a place on a date (change taken, handed or held; "
                   "certainty confirmed, claimed or approximate; state empty for whole, or "
                   "partial, contested, besieged or encircled with the other sides in by)",
    "movements.csv": "offensives, retreats, reinforcements and strikes (kind advance, "
                     "retreat, reinforcement or strike; status done, claimed or planned)",
    "events.csv": "dated events at a place (strikes, ceasefires, evacuations ...)",
    "demonyms.csv": "words such as 'Ukrainian' that name a place's people",
    "non_places.csv": "names that contain a place but are not one (outlets, organisations)",
    "disputes.csv": "a rival claim (another date, holder or figure) to a row of control.csv, "
                    "events.csv or movements.csv, named by table, date and place (and by the "
                    "row's id in rivals, where several share them)",
    "figures.csv": "published figures: areas and shares held or retaken, with their source",
}

METADATA_KEYS = ("title", "outlet", "author", "published", "url")


@dataclass(frozen=True)
class NewArticle:
    """An article to copy into ``seeds/``, with its metadata (``published`` is required)."""

    path: Path
    metadata: dict[str, str]


def article_metadata(path: Path, given: dict[str, str]) -> dict[str, str]:
    """The metadata of ``path``: its ``.json`` beside it, overridden by ``given`` values.

    Missing keys are empty strings except ``published``, which :func:`create_story` checks.

    Raises
    ------
    InputError
        When the ``.json`` file beside the article is not a JSON object.
    """
    beside = path.with_suffix(".json")
    metadata: dict[str, str] = dict.fromkeys(METADATA_KEYS, "")
    if beside.is_file():
        loaded = read_json(beside, '{"title": ..., "published": "YYYY-MM-DD"}')
        if not isinstance(loaded, dict):
            raise InputError([Problem(display_path(beside), "not a JSON object",
                                      expected='{"title": ..., "published": "YYYY-MM-DD"}')])
        metadata.update({str(k): str(v) for k, v in loaded.items() if v is not None})
    metadata.update({k: v for k, v in given.items() if v})
    return metadata


def _problems(folder: Path, articles: list[NewArticle]) -> list[Problem]:
    problems = []
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        problems.append(Problem(display_path(folder), "already exists and is not empty",
                                expected="a new or empty folder (nothing is overwritten)"))
    for article in articles:
        name = display_path(article.path)
        if not article.path.is_file():
            problems.append(Problem(name, "no such article file", expected="a UTF-8 .txt file"))
            continue
        try:
            article.path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            problems.append(Problem(name, f"not UTF-8 text (byte {error.start})",
                                    expected="a UTF-8 encoded text file"))
        published = article.metadata.get("published", "")
        try:
            dt.date.fromisoformat(published)
        except ValueError:
            problems.append(Problem(display_path(article.path.with_suffix(".json")),
                                    "no publication date" if not published else "bad date",
                                    field="published", value=published or None,
                                    expected="YYYY-MM-DD (in the .json beside the article, "
                                             "or --published)"))
    stems = [a.path.stem for a in articles]
    problems += [Problem(stem, "two articles of the same name", expected="distinct file names")
                 for stem in sorted({s for s in stems if stems.count(s) > 1})]
    return problems


def _csv_header(columns: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(columns)
    return buffer.getvalue()


def story_readme(title: str) -> str:
    """The ``README.md`` of a new story folder: what to edit, with a template row per table."""
    lines = [f"# {title}", "", "A warmap story. Edit the tables in `data/` with a spreadsheet "
             "(CSV, UTF-8) and the shapes in QGIS (`data/shapes.geojson`, lon/lat), then:", "",
             "```sh", "warmap check    # every problem at once", "warmap build    # out/map.html",
             "warmap watch    # rebuild on every save", "```", "",
             "Every row names its source: `seed:<article file stem>` with the article's exact "
             "words in `quote`, or a public reference (`geonames:<id>`, `wikidata:Q…`, "
             "`osm:<type>/<id>`, an http(s) URL).", "", "## Tables and a template row each", ""]
    for table, row in TEMPLATE_ROWS.items():
        lines += [f"### `data/{table}`", "", TABLE_JOBS[table] + ".", "", "```csv",
                  _csv_header(list(row)).rstrip("\n"), _csv_header(list(row.values()))
                  .rstrip("\n"), "```", ""]
    return "\n".join(lines)


def create_story(folder: Path, articles: list[NewArticle]) -> list[Path]:
    """Create the story folder ``folder`` with empty, valid tables and the articles.

    The folder is assembled beside its final place and renamed into place, so a failure
    leaves nothing behind. Returns the files written.

    Raises
    ------
    InputError
        When ``folder`` exists and is not empty, or an article is missing, not UTF-8 or has
        no publication date (nothing is written then).
    """
    folder = Path(folder)
    problems = _problems(folder, articles)
    if problems:
        raise InputError(problems)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        (staging / "data").mkdir()
        (staging / "seeds").mkdir()
        for table in schema().tables.values():
            if table.path.endswith(".csv"):
                (staging / "data" / table.path).write_text(_csv_header(list(table.columns)),
                                                           encoding="utf-8")
        shutil.copyfile(SCHEMA_PATH, staging / "data" / STORY_SCHEMA_NAME)
        (staging / "data" / "shapes.geojson").write_text(
            '{"type": "FeatureCollection", "features": []}\n', encoding="utf-8")
        for article in articles:
            shutil.copyfile(article.path, staging / "seeds" / article.path.name)
            metadata = {k: article.metadata.get(k, "") for k in METADATA_KEYS}
            metadata |= {k: v for k, v in article.metadata.items() if k not in metadata}
            (staging / "seeds" / f"{article.path.stem}.json").write_text(
                json.dumps(metadata, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        title = articles[0].metadata.get("title") if articles else ""
        (staging / "README.md").write_text(story_readme(title or folder.name),
                                           encoding="utf-8")
        os.chmod(staging, 0o777 & ~_umask())
        if folder.exists():  # an empty folder: replaced by the assembled one
            folder.rmdir()
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
