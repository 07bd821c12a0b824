"""Re-run the cases of the red-team report (/work/shared/reviews/reliability.md, issue 16)
and count the verdicts as its table does.

    python bench/redteam.py                  # every case (about 15 minutes on two cores)
    python bench/redteam.py --quick          # without the slow ones (size, cache, watch)
    python bench/redteam.py --only 30-48 92  # some cases, by number
    python bench/redteam.py --json out.json  # also write every verdict

The harness and the verdicts are described in ``bench/_redteam.py``; the cases, one function
per row of the report's table, in ``bench/redteam_cases.py``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import redteam_cases  # noqa: F401 - the cases register themselves
from _redteam import CASES, REPORT_ROWS, Story

# --- running ---------------------------------------------------------------------------------

def _numbers(specs: list[str]) -> set[int]:
    numbers: set[int] = set()
    for spec in specs:
        low, _, high = spec.partition("-")
        numbers.update(range(int(low), int(high or low) + 1))
    return numbers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the slow cases")
    parser.add_argument("--only", nargs="*", default=[], help="case numbers or ranges")
    parser.add_argument("--json", type=Path, help="write every verdict to this file")
    args = parser.parse_args(argv)
    wanted = _numbers(args.only) if args.only else None
    verdicts: dict[int, tuple[str, str, str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="warmap-redteam-") as folder:
        Story.prepare(Path(folder) / "template")
        Story.current = None
        for index, item in enumerate(sorted(CASES, key=lambda c: c.number)):
            if wanted is not None and item.number not in wanted:
                continue
            if args.quick and item.slow:
                verdicts[item.number] = (item.area, item.title, "not re-run", "--quick")
                continue
            story = Story(Path(folder) / f"case{index}")
            started = time.perf_counter()
            try:
                verdict, detail = item.run(story)
            except Exception as error:
                verdict, detail = "not re-run", f"the case failed to run: {error!r}"[:200]
            verdicts[item.number] = (item.area, item.title, verdict, detail)
            print(f"{item.number:3d} {item.area:10s} {verdict:28s} "
                  f"{time.perf_counter() - started:5.1f}s  {item.title[:60]} | {detail[:110]}",
                  flush=True)
            shutil.rmtree(story.base, ignore_errors=True)
    counts = Counter(v[2] for v in verdicts.values())
    print(f"\n| | cases (of {len(verdicts)}) |\n|---|---|")
    for label, kinds in REPORT_ROWS:
        print(f"| {label} | {sum(counts[k] for k in kinds)} |")
    if args.json:
        args.json.write_text(json.dumps({str(k): dict(zip(("area", "title", "verdict",
                                                             "detail"), v, strict=True))
                                         for k, v in sorted(verdicts.items())}, indent=1,
                                        ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
