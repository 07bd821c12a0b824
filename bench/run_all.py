"""Run every benchmark in sequence (``make bench``); each prints its own table.

    python bench/run_all.py [--quick]

``--quick`` runs the scaling benchmark at 1x and 2x and the corpus one on 200 articles.
The browser and geoparser-evaluation scripts run too when they are present.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs = [["build_bench.py"],
            ["scale_bench.py"] + (["--scales", "1", "2"] if args.quick else []),
            ["corpus_bench.py"] + (["--articles", "200"] if args.quick else [])]
    runs += [[name] for name in ("browser_render.py", "geoparse_eval.py")
             if (BENCH / name).exists()]
    failed = 0
    for run in runs:
        print(f"\n=== {' '.join(run)}", flush=True)
        failed += subprocess.run([sys.executable, str(BENCH / run[0]), *run[1:]]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
