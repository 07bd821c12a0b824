"""Corpus mode: geoparse many articles in parallel on Dask and write GeoParquet.

    python build_map.py corpus DIR_OR_JSONL --out mentions.parquet [--scheduler ADDRESS]

The input is a folder of ``*.txt`` articles, each with the ``.json`` metadata file beside
it that ``seeds/`` uses (``"published": "YYYY-MM-DD"``), or a JSONL file with one object a
line: ``"id"``, ``"text"``, ``"published"`` and optionally ``"title"``, ``"outlet"``,
``"url"``.

The articles are cut into batches and geoparsed on a Dask cluster: a local one of
``--workers`` processes by default, or the scheduler at ``--scheduler ADDRESS``. Each
worker process loads the gazetteer once (a cache keyed by the data folder and a digest of
its gazetteer files) and reuses it for every batch it is given. Workers of an existing
cluster need warmap installed and the data folder at the same path.

The output is one GeoParquet file (points in EPSG:4326, readable by geopandas and QGIS),
one row per mention of every class (toponyms, demonyms and non-places, as in
``mentions_detail.csv``), with the columns :data:`COLUMNS`; unresolved mentions have no
geometry. Rows are in input order, then by offset: exactly the rows a single-process run
(:func:`parse_articles`) gives. The file is written to a temporary name and renamed.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo import settings
from geo.errors import InputError, OutputError, Problem, display_path
from geo.inputs.places import gazetteer_digest
from geo.inputs.tables import parse_date

if TYPE_CHECKING:
    import geopandas as gpd

    from geo.parse.gazetteer import Gazetteer

log = logging.getLogger(__name__)

#: Columns of the GeoParquet file, in order.
COLUMNS = ["article", "published", "start", "end", "text", "place_id", "name", "kind",
           "class", "confidence", "geometry"]


@dataclass(frozen=True)
class CorpusArticle:
    """One article of a corpus: ``id`` is the ``article`` column of the output."""

    id: str
    text: str
    published: dt.date
    title: str = ""
    outlet: str = ""
    url: str = ""


# --- reading --------------------------------------------------------------------------------

def read_corpus(source: Path) -> list[CorpusArticle]:
    """The articles of a folder (``*.txt`` + ``.json``, by file name) or of a JSONL file.

    Raises
    ------
    InputError
        With every problem found (missing fields, bad dates, duplicate ids ...).
    """
    source = Path(source)
    if source.is_dir():
        return _read_folder(source)
    if source.is_file():
        return _read_jsonl(source)
    raise InputError([Problem(display_path(source), "no such folder or file",
                              expected="a folder of *.txt articles or a .jsonl file")])


def _read_folder(folder: Path) -> list[CorpusArticle]:
    from geo.inputs.articles import article_paths, read_article

    articles, problems = [], []
    for path in article_paths(folder):
        try:
            article = read_article(path)
        except InputError as error:
            problems.extend(error.problems)
            continue
        articles.append(CorpusArticle(article.name, article.text, article.published,
                                      article.title, article.outlet, article.url))
    if problems:
        raise InputError(problems)
    return articles


def _read_jsonl(path: Path) -> list[CorpusArticle]:
    name = display_path(path)
    articles: list[CorpusArticle] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for number, line in _jsonl_lines(path, name):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(Problem(name, f"not valid JSON: {error.msg}", line=number,
                                    expected="one JSON object per line"))
            continue
        article = _corpus_article(record, name, number, seen, problems)
        if article is not None:
            articles.append(article)
    if problems:
        raise InputError(problems)
    return articles


def _jsonl_lines(path: Path, name: str) -> list[tuple[int, str]]:
    """The non-blank lines of a UTF-8 file, numbered from 1."""
    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = error.object[:error.start].count(b"\n") + 1
        raise InputError([Problem(name, f"not UTF-8 text ({error.reason} at byte "
                                  f"{error.start})", line=line,
                                  expected="a UTF-8 encoded JSONL file")]) from None
    except OSError as error:
        raise OutputError.from_os_error(error, path) from None
    return [(number, line) for number, line in enumerate(text.splitlines(), start=1)
            if line.strip()]


def _corpus_article(record: object, name: str, number: int, seen: dict[str, int],
                    problems: list[Problem]) -> CorpusArticle | None:
    """The article of one JSONL record, or ``None`` (its problems reported)."""
    if not isinstance(record, dict):
        problems.append(Problem(name, "not a JSON object", line=number,
                                expected='{"id", "text", "published"}'))
        return None
    missing = [key for key in ("id", "text", "published")
               if not isinstance(record.get(key), str) or not record[key]]
    for key in missing:
        problems.append(Problem(name, f"missing or empty {key}", line=number,
                                field=key, expected="a non-empty string"))
    if missing:
        return None
    try:
        published = parse_date(record["published"])
    except ValueError as error:
        problems.append(Problem(name, "bad date", line=number, field="published",
                                value=record["published"],
                                expected=f"a date YYYY-MM-DD (this one is {error})"))
        return None
    article_id = record["id"]
    if article_id in seen:
        problems.append(Problem(name, "duplicate id", line=number, field="id",
                                value=article_id,
                                expected=f"ids unique in the file (first at line "
                                         f"{seen[article_id]})"))
        return None
    seen[article_id] = number
    return CorpusArticle(article_id, record["text"], published,
                         str(record.get("title") or ""), str(record.get("outlet") or ""),
                         str(record.get("url") or ""))


# --- geoparsing -----------------------------------------------------------------------------

@lru_cache(maxsize=2)
def _worker_gazetteer(data_dir: str, digest: str) -> Gazetteer:
    """The gazetteer of ``data_dir``, loaded once per process (``digest`` keys edits)."""
    from geo.inputs.places import load_gazetteer

    return load_gazetteer(Path(data_dir))


def _rows(article: CorpusArticle, gazetteer: Gazetteer) -> list[tuple]:
    from geo.parse.geoparse import geoparse

    rows = []
    for m in geoparse(article.text, gazetteer).mentions:
        rows.append((article.id, article.published, m.start, m.end, m.text, m.place_id,
                     m.name, m.kind, m.cls, m.confidence,
                     None if m.lat is None else m.lon, m.lat))
    return rows


def _parse_batch(articles: Sequence[CorpusArticle], data_dir: str, digest: str
                 ) -> list[tuple]:
    """A Dask task: the mention rows of a batch of articles."""
    gazetteer = _worker_gazetteer(data_dir, digest)
    rows: list[tuple] = []
    for article in articles:
        rows.extend(_rows(article, gazetteer))
    return rows


def _frame(rows: Iterable[tuple]) -> gpd.GeoDataFrame:
    """Mention rows as a GeoDataFrame of points (EPSG:4326) with :data:`COLUMNS`."""
    import geopandas as gpd
    import pandas as pd

    rows = list(rows)
    frame = pd.DataFrame(rows, columns=[*COLUMNS[:-1], "lon", "lat"])
    frame = frame.astype({"start": "int64", "end": "int64", "confidence": "float64",
                          "lon": "float64", "lat": "float64"})
    geometry = gpd.points_from_xy(frame["lon"], frame["lat"], crs=settings.GEOGRAPHIC_CRS)
    geometry[frame["lon"].isna().to_numpy()] = None
    return gpd.GeoDataFrame(frame.drop(columns=["lon", "lat"]), geometry=geometry,
                            crs=settings.GEOGRAPHIC_CRS)


def parse_articles(articles: Sequence[CorpusArticle], gazetteer: Gazetteer | None = None,
                   data_dir: Path = settings.DATA_DIR) -> gpd.GeoDataFrame:
    """Single-process reference: the mentions of every article, as :func:`parse_corpus`."""
    if gazetteer is None:
        gazetteer = _worker_gazetteer(str(data_dir), gazetteer_digest(data_dir))
    rows: list[tuple] = []
    for article in articles:
        rows.extend(_rows(article, gazetteer))
    return _frame(rows)


def batches(articles: Sequence[CorpusArticle], workers: int) -> list[list[CorpusArticle]]:
    """Cut the articles into about 8 batches per worker (a smooth progress bar, and idle
    workers steal the tail), each at most 200 articles; input order is kept."""
    if not articles:
        return []
    count = max(1, min(len(articles), max(8 * workers, math.ceil(len(articles) / 200))))
    size = math.ceil(len(articles) / count)
    return [list(articles[i:i + size]) for i in range(0, len(articles), size)]


def parse_corpus(articles: Sequence[CorpusArticle], data_dir: Path = settings.DATA_DIR,
                 scheduler: str | None = None, workers: int = 2, progress: bool = True,
                 client: Any = None) -> gpd.GeoDataFrame:
    """Geoparse ``articles`` on Dask; returns the mentions as a GeoDataFrame.

    Parameters
    ----------
    articles : sequence of CorpusArticle
    data_dir : Path
        The data folder whose gazetteer files the workers load (same path on every worker).
    scheduler : str, optional
        Address of an existing Dask scheduler; default a local cluster of ``workers``
        processes with one thread each.
    workers : int
        Processes of the local cluster.
    progress : bool
        A progress bar of articles done (on standard error).
    client : distributed.Client, optional
        A client to use as is (neither created nor closed here).
    """
    from distributed import Client, LocalCluster, as_completed

    data_dir = Path(data_dir).resolve()
    digest = gazetteer_digest(data_dir)
    cluster = None
    own_client = client is None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.WARNING)
            client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        parts = batches(articles, n_workers)
        futures = {}
        for index, part in enumerate(parts):
            future = client.submit(_parse_batch, part, str(data_dir), digest, pure=False)
            futures[future] = (index, len(part))
        results: list[list[tuple] | None] = [None] * len(parts)
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(articles), unit="article", desc="geoparse", file=sys.stderr)
        try:
            for future in as_completed(futures):
                index, size = futures[future]
                results[index] = future.result()
                if bar is not None:
                    bar.update(size)
        finally:
            if bar is not None:
                bar.close()
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
    return _frame(row for part in results if part is not None for row in part)


def check_output_path(path: Path) -> None:
    """Refuse an output path that cannot become the file, before any work is done.

    Raises
    ------
    OutputError
        When ``path`` is a folder, or its folder is a file.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(path, "a folder, not a file (give --out a file name, such as "
                          "mentions.parquet)")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(parent, "a file, where the output's folder should be")
            break


def write_parquet(frame: gpd.GeoDataFrame, path: Path) -> Path:
    """Write GeoParquet atomically: a temporary file beside ``path``, then a rename."""
    path = Path(path)
    check_output_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp")
    os.close(handle)
    try:
        frame.to_parquet(temporary, index=False)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
