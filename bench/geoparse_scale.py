"""How the geoparser's cost grows with the size of one article (issue 16: it was quadratic).

Run from the project root::

    .venv/bin/python bench/geoparse_scale.py            # 1, 5, 10 and 50 MB, crafted inputs
    .venv/bin/python bench/geoparse_scale.py --sizes 1,5 # fewer sizes

Real text is the gold texts (``bench/gold``, ``bench/gold_world``) joined and repeated to
each size and parsed as one article; the crafted inputs are the seed repeated to 10 MB and
``"the Qq district " * 60000`` (0.96 MB; 80 s before the fix). For each: seconds, characters
per second, mentions, and the process's peak resident memory so far (MB; the inputs run from
small to large, so each peak is that of the largest input yet), or with ``--memory`` the
peak memory traced by tracemalloc during that input alone (slow). A growth of the time per
character above 1.5x from the smallest to the largest size is flagged ``SUPERLINEAR``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _real_text() -> str:
    """The gold texts of round 1 (the fresh held-out groups of rounds 2, 3, 4 and 5 left out,
    so that the sizes stay comparable and those texts unseen until they are scored)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from gold_world_spec import HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5

    fresh = set(HELD_OUT_2) | set(HELD_OUT_3) | set(HELD_OUT_4) | set(HELD_OUT_5)
    texts = [p.read_text(encoding="utf-8") for folder in ("gold", "gold_world")
             for p in sorted((ROOT / "bench" / folder).glob("*.txt"))
             if p.stem not in fresh]
    return "\n\n".join(texts)


def measure(label: str, text: str, gazetteer, memory: bool) -> tuple[str, int, float, int, float]:
    from geo.parse.geoparse import geoparse

    if memory:
        tracemalloc.start()
    started = time.perf_counter()
    mentions = len(geoparse(text, gazetteer).mentions)
    seconds = time.perf_counter() - started
    if memory:
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    else:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return label, len(text), seconds, mentions, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,5,10,50", help="MB of real text, comma-separated")
    parser.add_argument("--memory", action="store_true",
                        help="trace memory too (slower: tracemalloc)")
    args = parser.parse_args(argv)
    from geo.inputs.places import load_gazetteer

    gazetteer = load_gazetteer(ROOT / "data")
    real = _real_text()
    rows = []
    for megabytes in [float(s) for s in args.sizes.split(",") if s]:
        size = int(megabytes * 1_000_000)
        text = (real * (size // len(real) + 1))[:size]
        rows.append(measure(f"real text {megabytes:g} MB", text, gazetteer, args.memory))
    seed = (ROOT / "seeds" / "000_9675cb4a4e2b07e4.txt").read_text(encoding="utf-8")
    rows.append(measure("seed repeated to 10 MB", seed * (10_000_000 // len(seed)), gazetteer,
                        args.memory))
    rows.append(measure('"the Qq district " * 60000', "the Qq district " * 60000, gazetteer,
                        args.memory))
    print("| input | chars | seconds | chars/s | mentions | peak MB |")
    print("|---|---|---|---|---|---|")
    for label, chars, seconds, mentions, peak in rows:
        print(f"| {label} | {chars:,} | {seconds:.2f} | {chars / seconds:,.0f} | {mentions:,} "
              f"| {peak:.0f} |")
    real_rows = [r for r in rows if r[0].startswith("real")]
    if len(real_rows) > 1:
        growth = (real_rows[-1][2] / real_rows[-1][1]) / (real_rows[0][2] / real_rows[0][1])
        flag = " SUPERLINEAR" if growth > 1.5 else ""
        print(f"\ntime per character, largest over smallest size: {growth:.2f}x{flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
