"""Time ``warmap draft`` in one process: load time and characters a second, per method.

``python bench/draft_bench.py [--methods rules,spacy,hybrid] [--repeat 5]`` loads the
story's gazetteer and sides once, then for each method: its load time (the first draft of a
short text, which compiles the lexicon and, for ``spacy`` and ``hybrid``, loads the parser
from site-packages), and the characters a second of drafting the seed alone and every text
of ``bench/claims`` (``--repeat`` runs; the best and the median are reported, since other
work on the machine only ever slows a run down). Each method's drafts are compared across
its runs: the claims and the proposed sides (with their colours) must be identical.
Nothing is scored here (``bench/claims_eval.py`` does that).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from claims_eval import GOLD, _index, published_of  # noqa: E402

SEED = ROOT / "seeds" / "000_9675cb4a4e2b07e4.txt"
#: The speed the issue asks of drafting, in characters a second.
TARGET = 100_000


def _texts() -> list[tuple[str, str, object]]:
    texts = []
    for entry in _index():
        text = (GOLD / entry["text"]).read_text(encoding="utf-8")
        texts.append((entry["name"], text, published_of(entry["published"])))
    return texts


def _run(draft, texts, gazetteer, book) -> tuple[float, list]:
    started = time.perf_counter()
    results = [draft(text, published, gazetteer, book, name) for name, text, published in texts]
    return time.perf_counter() - started, results


def bench(method: str, repeat: int, gazetteer, book) -> dict[str, float | bool]:
    """Load time, best and median chars/s on the seed and on the gold texts, and whether
    the drafts were the same in every run."""
    import datetime as dt

    from geo.draft.methods import drafter
    from geo.draft.syntax import load_parser

    draft = drafter(method)
    load_parser.cache_clear()  # each method loads the parser afresh (spaCy stays imported)

    started = time.perf_counter()
    draft("Government forces captured Palmyra on Sunday.", dt.date(2016, 12, 12), gazetteer,
          book, "warm-up")
    load = time.perf_counter() - started
    seed = [("seed", SEED.read_text(encoding="utf-8"), dt.date(2016, 12, 12))]
    gold = _texts()
    result: dict[str, float | bool] = {"load_s": load}
    same = True
    for label, texts in (("seed", seed), ("gold", gold)):
        characters = sum(len(t) for _n, t, _p in texts)
        speeds, first = [], None
        for _ in range(repeat):
            seconds, drafts = _run(draft, texts, gazetteer, book)
            speeds.append(characters / seconds)
            first = drafts if first is None else first
            same = same and drafts == first
        result[f"{label}_best"] = max(speeds)
        result[f"{label}_median"] = statistics.median(speeds)
        result[f"{label}_chars"] = characters
    result["deterministic"] = same
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--methods", default="rules,spacy,hybrid")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    from geo.draft.sides import side_book
    from geo.inputs.places import load_gazetteer

    gazetteer = load_gazetteer(ROOT / "data")
    book = side_book(ROOT / "data", gazetteer)
    print(f"gazetteer and sides: {time.perf_counter() - started:.2f} s (shared by the methods)")
    print(f"{'method':8s} {'load s':>7s} {'seed best':>10s} {'seed med':>10s} "
          f"{'gold best':>10s} {'gold med':>10s}  same drafts in every run")
    for method in args.methods.split(","):
        r = bench(method, args.repeat, gazetteer, book)
        print(f"{method:8s} {r['load_s']:7.2f} {r['seed_best']:10,.0f} {r['seed_median']:10,.0f} "
              f"{r['gold_best']:10,.0f} {r['gold_median']:10,.0f}  {r['deterministic']}")
    print(f"chars/s; seed {int(r['seed_chars']):,} characters, gold {int(r['gold_chars']):,} "
          f"(every text of bench/claims); target {TARGET:,} chars/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
