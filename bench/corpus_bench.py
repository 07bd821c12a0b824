"""Corpus benchmark: geoparse generated articles in one process and on a local Dask cluster
of 2 workers; prints a table (and checks that both give the same rows).

    python bench/corpus_bench.py [--articles 1000] [--workers 2]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

from _timing import ROOT, print_table
from generate import generate

sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    from distributed import Client, LocalCluster

    from geo.inputs.places import load_gazetteer
    from geo.tools.corpus import parse_articles, parse_corpus, read_corpus, write_parquet

    with tempfile.TemporaryDirectory(prefix="warmap-corpus-") as tmp:
        folder = Path(tmp)
        generate(folder, max(1, -(-args.articles // 100)))
        articles = read_corpus(folder / "seeds")[:args.articles]
        chars = sum(len(a.text) for a in articles)
        data = folder / "data"

        started = time.perf_counter()
        gazetteer = load_gazetteer(data)
        load = time.perf_counter() - started
        started = time.perf_counter()
        single = parse_articles(articles, gazetteer)
        single_s = time.perf_counter() - started

        started = time.perf_counter()
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                               dashboard_address=":0", silence_logs=logging.WARNING)
        client = Client(cluster)
        startup = time.perf_counter() - started
        try:
            started = time.perf_counter()
            first = parse_corpus(articles, data, client=client, progress=False)
            first_s = time.perf_counter() - started
            started = time.perf_counter()
            again = parse_corpus(articles, data, client=client, progress=False)
            again_s = time.perf_counter() - started
        finally:
            client.close()
            cluster.close()
        started = time.perf_counter()
        write_parquet(first, folder / "mentions.parquet")
        write_s = time.perf_counter() - started
        size = (folder / "mentions.parquet").stat().st_size
    same = first.drop(columns="geometry").equals(single.drop(columns="geometry")) and \
        first.geometry.equals(single.geometry) and again.equals(first)
    n = len(articles)
    print_table(
        f"Corpus: {n:,} articles ({chars / 1e6:.1f} M characters, {len(single):,} mentions)",
        ["run", "seconds", "articles/s", "speed-up"],
        [["single process (gazetteer loaded)", f"{single_s:.2f}", f"{n / single_s:.0f}", "1.0x"],
         ["  + gazetteer load", f"{load:.2f}", "", ""],
         [f"Dask, {args.workers} workers: cluster start", f"{startup:.2f}", "", ""],
         [f"Dask, {args.workers} workers: first run (workers load gazetteer)",
          f"{first_s:.2f}", f"{n / first_s:.0f}", f"{(single_s + load) / first_s:.1f}x"],
         [f"Dask, {args.workers} workers: second run (gazetteer cached)", f"{again_s:.2f}",
          f"{n / again_s:.0f}", f"{single_s / again_s:.1f}x"],
         ["write GeoParquet", f"{write_s:.2f}", "", f"{size / 1e6:.2f} MB"]],
        note=f"Same rows as the single-process run: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
