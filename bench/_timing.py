"""Shared by the bench scripts: a build timed stage by stage, and table printing.

``python bench/_timing.py DATA SEEDS OUT [--no-picture] [--repeat N]`` runs in a fresh
process and prints one JSON object: the import time of the modules the build uses, the
first (cold) build's total and per-stage seconds, the import of the picture module alone
(only the picture needs it), and the warm rebuilds (what watch mode runs on every save)
when ``--repeat`` is above 1.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: Stage of each timed function: (module, attribute, stage).
STAGES = [
    ("geo.inputs.places", "load_gazetteer", "gazetteer"),
    ("geo.inputs.articles", "read_articles", "articles"),
    ("geo.inputs.timeline", "load_timeline", "timeline"),
    ("geo.inputs.check", "check_consistency", "checks"),
    ("geo.parse.geoparse", "geoparse", "geoparse"),
    ("geo.inputs.shapes", "read_shapes", "geometry"),
    ("geo.mapping.geometry", "place_geometries", "geometry"),
    ("geo.mapping.arrows", "derived_advances", "timeline"),
    ("geo.mapping.arrows", "movement_arrow", "geometry"),
    ("geo.mapping.payload", "build_payload", "render"),
    ("geo.mapping.page", "map_figure", "render"),
    ("geo.mapping.page", "page_html", "render"),
    ("geo.draft.pending", "build_drafts", "drafts"),
    ("geo.outputs", "mentions_tables", "exports"),
    ("geo.outputs", "csv_text", "exports"),
    ("geo.outputs", "geojson_text", "exports"),
    ("geo.parse.dates", "find_dates", "exports"),
    ("geo.parse.dates", "dates_tables", "exports"),
    ("geo.mapping.embed", "embed_snippet", "exports"),
    ("geo.mapping.picture", "render_pictures", "picture"),
    ("geo.outputs", "write_all", "write"),
]
STAGE_ORDER = ["gazetteer", "articles", "timeline", "checks", "geoparse", "geometry", "render",
               "drafts", "exports", "picture", "write"]


def _instrument(totals: dict[str, float]) -> None:
    """Wrap the stage functions so that their (outermost) calls add to ``totals``."""
    import importlib

    from geo.inputs.timeline import Timeline

    depth = [0]

    def wrap(function, stage):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            if depth[0]:
                return function(*args, **kwargs)
            depth[0] += 1
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                depth[0] -= 1
                totals[stage] = totals.get(stage, 0.0) + time.perf_counter() - started
        return timed

    for module_name, attribute, stage in STAGES:
        module = importlib.import_module(module_name)
        setattr(module, attribute, wrap(getattr(module, attribute), stage))
    Timeline.control_table = wrap(Timeline.control_table, "timeline")


def timed_builds(data: Path, seeds: Path, out: Path, picture: bool, repeat: int) -> dict:
    """Import, then build ``repeat`` times in this process; seconds of each part."""
    started = time.perf_counter()
    from geo import (
        outputs,  # noqa: F401  (every module the build imports)
        pipeline,
    )
    from geo.inputs import check  # noqa: F401
    from geo.mapping import embed, geometry, page, payload  # noqa: F401
    from geo.parse import dates  # noqa: F401

    picture_import = 0.0
    if picture:
        begun = time.perf_counter()
        from geo.mapping import picture as _picture  # noqa: F401
        picture_import = time.perf_counter() - begun
    imports = time.perf_counter() - started
    totals: dict[str, float] = {}
    _instrument(totals)
    runs = []
    # One cache for every build, as watch mode keeps one (and a plain build makes one): the
    # first build is cold, the later ones are watch mode's rebuilds after a save.
    cache = pipeline.BuildCache()
    for _ in range(repeat):
        totals.clear()
        begun = time.perf_counter()
        pipeline.build(data, seeds, out, picture=picture, cache=cache)
        runs.append({"total": time.perf_counter() - begun, "stages": dict(totals)})
    html = (out / "map.html").stat().st_size
    return {"imports": imports, "picture_import": picture_import, "runs": runs,
            "html_bytes": html,
            "files": {p.name: p.stat().st_size for p in sorted(out.iterdir())
                      if not p.name.startswith(".")}}


def print_table(title: str, header: list[str], rows: list[list], note: str = "") -> None:
    """A plain-text table (Markdown pipe syntax, pastable into notes)."""
    cells = [header] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}\n")
    for index, row in enumerate(cells):
        print("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                for i, (c, w) in enumerate(zip(row, widths, strict=True)))
              + " |")
        if index == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    if note:
        print(f"\n{note}")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("data", type=Path)
    parser.add_argument("seeds", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--no-picture", action="store_true")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    result = timed_builds(args.data, args.seeds, args.out, not args.no_picture, args.repeat)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
