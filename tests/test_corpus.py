"""Corpus mode: the Dask run on a local cluster of 2 workers gives the single-process rows."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import geopandas as gpd
import pytest

from geo.cli import main
from geo.errors import InputError
from geo.parse.geoparse import geoparse
from geo.tools.corpus import (
    COLUMNS,
    CorpusArticle,
    parse_articles,
    parse_corpus,
    read_corpus,
    write_parquet,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9675cb4a4e2b07e4.txt"


def make_corpus(count: int = 30) -> list[CorpusArticle]:
    """``count`` articles of 2 to 6 paragraphs of the seed, dated over two months."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip()]
    rng = random.Random(20161212)
    start = dt.date(2016, 11, 1)
    articles = []
    for index in range(count):
        chosen = rng.sample(paragraphs, rng.randint(2, 6))
        articles.append(CorpusArticle(f"a{index:03d}", "\n\n".join(chosen),
                                      start + dt.timedelta(days=rng.randint(0, 60)),
                                      title=f"Article {index}", outlet="test"))
    return articles


def expected_rows(articles, gazetteer) -> list[tuple]:
    """The single-process geoparser's mentions, as (article, published, ..., lon, lat)."""
    rows = []
    for article in articles:
        for m in geoparse(article.text, gazetteer).mentions:
            rows.append((article.id, article.published, m.start, m.end, m.text, m.place_id,
                         m.name, m.kind, m.cls, m.confidence, m.lon, m.lat))
    return rows


def frame_rows(frame) -> list[tuple]:
    rows = []
    for record in frame.to_dict("records"):
        point = record["geometry"]
        located = point is not None and not point.is_empty
        rows.append((*(record[c] for c in COLUMNS[:2]), int(record["start"]),
                     int(record["end"]), *(record[c] for c in COLUMNS[4:9]),
                     float(record["confidence"]),
                     point.x if located else None, point.y if located else None))
    return rows


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    local = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                         dashboard_address=":0")
    yield local
    local.close()


@pytest.fixture(scope="module")
def corpus():
    return make_corpus(30)


def test_dask_gives_the_single_process_mentions(cluster, corpus, gazetteer, tmp_path):
    from distributed import Client

    with Client(cluster) as client:
        frame = parse_corpus(corpus, ROOT / "data", client=client, progress=False)
        workers = client.scheduler_info()["workers"]
        loads = client.run(lambda: __import__("geo.tools.corpus").tools.corpus._worker_gazetteer
                           .cache_info().misses)
    assert len(workers) == 2
    assert set(loads.values()) <= {0, 1}  # each worker loads the gazetteer at most once
    expected = expected_rows(corpus, gazetteer)
    assert len(expected) > 300
    assert frame_rows(frame) == expected
    assert frame_rows(parse_articles(corpus, gazetteer)) == expected
    path = write_parquet(frame, tmp_path / "mentions.parquet")
    back = gpd.read_parquet(path)
    assert list(back.columns) == COLUMNS
    assert back.crs.to_epsg() == 4326
    assert frame_rows(back) == expected
    located = back[back.geometry.notna()]
    assert (located.geometry.geom_type == "Point").all()
    assert located.geometry.x.between(-180, 180).all()
    assert {"aleppo", "palmyra"} <= set(back["place_id"])
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed


def test_command_on_an_existing_scheduler(cluster, corpus, gazetteer, tmp_path, capsys):
    source = tmp_path / "corpus.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for article in corpus[:12]:
            handle.write(json.dumps({"id": article.id, "text": article.text,
                                     "published": article.published.isoformat(),
                                     "title": article.title}) + "\n")
    out = tmp_path / "out" / "m.parquet"
    assert main(["corpus", str(source), "--data", str(ROOT / "data"), "--out", str(out),
                 "--scheduler", cluster.scheduler_address, "--no-progress"]) == 0
    assert "mentions of 12 articles" in capsys.readouterr().out
    assert frame_rows(gpd.read_parquet(out)) == expected_rows(corpus[:12], gazetteer)


def test_read_a_folder_like_seeds():
    articles = read_corpus(ROOT / "seeds")
    assert [a.id for a in articles] == ["000_9675cb4a4e2b07e4.txt"]
    assert articles[0].published == dt.date(2016, 12, 12)


def test_jsonl_problems_are_all_reported(tmp_path):
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": "a", "text": "Aleppo", "published": "2016-12-40"}\n'
                      '{"id": "b", "text": ""}\n'
                      'not json\n'
                      '{"id": "c", "text": "Homs", "published": "2016-12-01"}\n'
                      '{"id": "c", "text": "Homs", "published": "2016-12-01"}\n',
                      encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_corpus(source)
    messages = [(p.line, p.message) for p in caught.value.problems]
    assert (1, "bad date") in messages
    assert (2, "missing or empty text") in messages and (2, "missing or empty published") \
        in messages
    assert any(line == 3 and "not valid JSON" in message for line, message in messages)
    assert (5, "duplicate id") in messages
