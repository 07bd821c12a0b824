#!/usr/bin/env python3
"""Build the sourced war map from seeds/ and data/ (command-line entry; wiring only).

    python build_map.py                      build out/ (map, exports, embed snippet, PNG)
    python build_map.py geoparse FILE --published YYYY-MM-DD   mentions of a text as CSV
    python build_map.py check                validate data/ and seeds/, report every problem
    python build_map.py watch                rebuild on every save of data/ or seeds/
    python build_map.py corpus DIR_OR_JSONL --out mentions.parquet   geoparse many on Dask
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from geo import settings
from geo.errors import InputError, Problem

log = logging.getLogger("warmap")


@dataclass
class BuildResult:
    """What a build wrote and what it found."""

    files: list[Path]
    warnings: list[Problem]
    seconds: float
    summary: str


def build(data_dir: Path = settings.DATA_DIR, seeds_dir: Path = settings.SEEDS_DIR,
          out_dir: Path = settings.OUT_DIR, tiles: str = settings.DEFAULT_TILES,
          picture: bool = True, attribution: str = "") -> BuildResult:
    """Run the whole pipeline and write every output, or nothing on bad input.

    ``tiles`` is an xyzservices provider name, a tile URL template
    (``http://host/{z}/{x}/{y}.png``) or ``"none"``; ``attribution`` is its plain-text
    credit (default: the provider's own, or the template's host)."""
    from geo import check as checks
    from geo.articles import read_articles
    from geo.dates import dates_table, find_dates
    from geo.embed import embed_snippet
    from geo.gazetteer import load_gazetteer
    from geo.geometry import derived_advances, movement_arrow, place_geometries, read_shapes
    from geo.geoparse import geoparse
    from geo.outputs import csv_text, geojson_text, mentions_table, write_all
    from geo.render import MapInputs, build_payload, main_city, render_map
    from geo.timeline import load_timeline

    started = time.perf_counter()
    problems: list[Problem] = []
    from geo.render import tile_layer

    try:
        tile_layer(tiles, attribution)
    except ValueError as error:
        raise InputError([Problem("--tiles", str(error))]) from None
    gazetteer = timeline = articles = None
    try:
        gazetteer = load_gazetteer(data_dir)
    except InputError as error:
        problems += error.problems
    try:
        articles = read_articles(seeds_dir)
    except InputError as error:
        problems += error.problems
    if gazetteer is not None:
        try:
            timeline = load_timeline(data_dir, [*gazetteer.places, *gazetteer.superseded])
        except InputError as error:
            problems += error.problems
    shapes, shape_problems = ({}, [])
    if gazetteer is not None:
        try:
            shapes, shape_problems = read_shapes(data_dir / "shapes.geojson", gazetteer.places)
        except InputError as error:
            shape_problems = error.problems
    problems += shape_problems
    if gazetteer is not None and timeline is not None and articles is not None:
        problems += checks.check_consistency(gazetteer, timeline, articles, data_dir)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(problems)
    if not articles:
        raise InputError([Problem(str(seeds_dir), "no article", expected="at least one *.txt "
                                  "with a .json metadata file beside it")])

    parses = {a.id: geoparse(a.text, gazetteer) for a in articles}
    derived = {pid: p for parse in parses.values() for pid, p in parse.derived.items()}
    mentioned = {m.place_id for parse in parses.values() for m in parse.mentions if m.place_id}
    extra = [p for pid in sorted(mentioned) if (p := gazetteer.get(pid) or derived.get(pid))]
    geometries = place_geometries(gazetteer, timeline, shapes, extra)
    movements = timeline.movements + derived_advances(timeline, gazetteer)
    arrows = [movement_arrow(m, gazetteer, derived=m.id.startswith("derived-"))
              for m in movements]
    initial = max(a.published for a in articles)
    start, end = timeline.window(a.published for a in articles)
    city = main_city(timeline, gazetteer)
    inputs = MapInputs(gazetteer, geometries, timeline, arrows, articles, parses, start, end,
                       initial, city, derived)
    payload = build_payload(inputs)
    title = articles[-1].title if len(articles) == 1 else "War reporting, mapped"
    html = render_map(payload, title=title, tiles=tiles, attribution=attribution)

    import pandas as pd

    mentions = pd.concat([mentions_table(a.name, parses[a.id].mentions) for a in articles],
                         ignore_index=True)
    detail = pd.concat([mentions_table(a.name, parses[a.id].mentions, detail=True)
                        for a in articles], ignore_index=True)
    dates = pd.concat([dates_table(find_dates(a.text, a.published), a.name) for a in articles],
                      ignore_index=True)
    exported = geometries[["id", "name", "kind", "precision", "source", "area_km2",
                           "geometry"]]
    state = timeline.control_state_on(initial)
    summary = _summary(payload, state, gazetteer, initial)
    files: dict[str, str | bytes] = {
        "map.html": html,
        "mentions.csv": csv_text(mentions),
        "mentions_detail.csv": csv_text(detail),
        "dates.csv": csv_text(dates),
        "places.geojson": geojson_text(exported),
        "control.csv": csv_text(timeline.control_table(start, end)),
        "embed.html": embed_snippet(title, summary, day=initial),
    }
    if picture:
        from geo.picture import render_picture

        labels = [(p["name"], p["lon"], p["lat"]) for p in payload["places"]
                  if p["kind"] in ("city", "town")]
        files["map.png"] = render_picture(geometries, timeline, arrows, initial,
                                          gazetteer.get(city).name if city else "", title,
                                          labels)
    written = write_all(files, out_dir)
    return BuildResult(written, [p for p in problems if p.severity != "error"],
                       time.perf_counter() - started, summary)


def _summary(payload: dict, state: dict[str, str], gazetteer, day: dt.date) -> str:
    """A one-paragraph text alternative of the map on ``day``."""
    sides = payload["sides"]
    parts = [f"Map of {day.strftime('%d %B %Y')}."]
    areas = next((held for date, held in reversed(payload["areaByDay"])
                  if date <= day.isoformat()), {})
    if payload["city"] and areas:
        parts.append(f"{payload['city']}: " + ", ".join(
            f"{sides[s]['name']} {km:.1f} km²" for s, km in areas.items()) + ".")
    towns = [(gazetteer.get(pid).name, side) for pid, side in state.items()
             if gazetteer.get(pid) and gazetteer.get(pid).kind in ("city", "town")]
    parts += [f"{name}: {sides[side]['name']}." for name, side in sorted(towns)]
    return " ".join(parts)


def geoparse_command(path: Path, published: dt.date | None, detail: bool) -> int:
    """Print the mentions of one text file as CSV."""
    from geo.articles import read_article
    from geo.gazetteer import load_gazetteer
    from geo.geoparse import geoparse
    from geo.outputs import csv_text, mentions_table

    article = read_article(path, published)
    parse = geoparse(article.text, load_gazetteer())
    sys.stdout.write(csv_text(mentions_table(article.name, parse.mentions, detail=detail)))
    return 0


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None


def main(argv: list[str] | None = None) -> int:
    """Command-line entry; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=settings.DATA_DIR, help="data folder")
    parser.add_argument("--seeds", type=Path, default=settings.SEEDS_DIR, help="articles folder")
    parser.add_argument("--out", type=Path, default=settings.OUT_DIR, help="output folder")
    parser.add_argument("--tiles", default=settings.DEFAULT_TILES,
                        help="xyzservices provider name, a tile URL template such as "
                             "http://127.0.0.1:8000/{z}/{x}/{y}.png, or 'none' "
                             "(default: %(default)s)")
    parser.add_argument("--attribution", default="",
                        help="plain-text credit for --tiles (default: the provider's own)")
    parser.add_argument("--no-picture", action="store_true", help="skip out/map.png")
    parser.add_argument("-v", "--verbose", action="store_true")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("build", help="build out/ (the default)")
    geoparse_parser = commands.add_parser("geoparse", help="print the mentions of a text file")
    geoparse_parser.add_argument("file", type=Path)
    geoparse_parser.add_argument("--published", type=_date,
                                 help="publication date YYYY-MM-DD (else from FILE's .json)")
    geoparse_parser.add_argument("--detail", action="store_true",
                                 help="all classes and the confidence columns")
    commands.add_parser("check", help="validate data/ and seeds/ and report every problem")
    watch_parser = commands.add_parser("watch", help="rebuild on every save of data/ or seeds/")
    watch_parser.add_argument("--picture", action="store_true",
                              help="also redraw out/map.png on every rebuild (slower)")
    from geo.corpus import add_corpus_command, run_corpus

    add_corpus_command(commands)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(message)s")
    try:
        if args.command == "geoparse":
            return geoparse_command(args.file, args.published, args.detail)
        if args.command == "corpus":
            return run_corpus(args)
        if args.command == "check":
            from geo.check import run_check

            return run_check(args.data, args.seeds)
        if args.command == "watch":
            from geo.watch import watch

            # The static picture (matplotlib, ~1.3 s) would triple each rebuild: watch mode
            # refreshes it only with --picture; a plain build always writes it.
            if not args.picture:
                print("watch mode leaves out/map.png as it is (use --picture to refresh it)")
            return watch(lambda: build(args.data, args.seeds, args.out, args.tiles,
                                       args.picture, args.attribution),
                         [args.data, args.seeds])
        result = build(args.data, args.seeds, args.out, args.tiles, not args.no_picture,
                       args.attribution)
    except InputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = sum(p.severity == "error" for p in error.problems)
        print(f"{count} error(s); nothing was written.", file=sys.stderr)
        return 2
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    print(f"wrote {len(result.files)} files to {args.out} in {result.seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
