#!/usr/bin/env python3
"""Build the sourced war map from seeds/ and data/ (command-line entry; wiring only).

    python build_map.py                      build out/ (map, exports, embed snippet, PNG)
    python build_map.py geoparse FILE --published YYYY-MM-DD   mentions of a text as CSV
    python build_map.py check                validate data/ and seeds/, report every problem
    python build_map.py watch                rebuild on every save of data/ or seeds/
    python build_map.py corpus DIR_OR_JSONL --out mentions.parquet   geoparse many on Dask
    python build_map.py geocode [NAME ...] [--append]   look up missing places (online)
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from geo import settings
from geo.errors import InputError, Problem

log = logging.getLogger("warmap")


@dataclass
class BuildResult:
    """What a build wrote and what it found.

    ``changed`` names the outputs whose bytes differ from the previous build's. With
    ``build(..., defer_picture=True)``, ``picture`` renders and writes ``map.png`` when
    called (watch mode calls it after reporting the rebuild); otherwise it is ``None``.
    """

    files: list[Path]
    warnings: list[Problem]
    seconds: float
    summary: str
    changed: list[str] = field(default_factory=list)
    picture: Callable[[], list[Path]] | None = None


@dataclass
class BuildCache:
    """What a long-running process (watch mode) keeps between builds.

    The GeoNames world layer (about 0.3 s to load), and the gazetteer of ``data/`` and the
    geoparse of each article as long as the files they come from are byte for byte the
    same: an edit of ``control.csv`` does not re-read the places or re-parse the articles.
    Every input file is still read and checked on every build.
    """

    def __init__(self) -> None:
        self.world = None  # a geo.parse.gazetteer.WorldLayer once loaded
        self._gazetteer: tuple[tuple, object] | None = None
        self._parses: dict[str, object] = {}

    def world_layer(self):
        """The world layer, loaded on first use."""
        if self.world is None:
            from geo.parse.world import load_world

            self.world = load_world()
            # Hundreds of thousands of long-lived objects: out of the cyclic garbage
            # collector's reach, or each full collection walks them all (0.1-0.2 s a time).
            gc.freeze()
        return self.world

    def gazetteer(self, data_dir: Path):
        """The gazetteer of ``data_dir``, loaded again only when its files change.

        Raises
        ------
        InputError
            As :func:`geo.inputs.places.load_gazetteer` (a failed load is not kept).
        """
        from geo.inputs.places import load_gazetteer
        from geo.tools.corpus import gazetteer_digest

        key = (str(Path(data_dir).resolve()), gazetteer_digest(data_dir))
        if self._gazetteer is None or self._gazetteer[0] != key:
            self._gazetteer = None
            self._parses = {}
            self._gazetteer = (key, load_gazetteer(data_dir, world=self.world_layer()))
        return self._gazetteer[1]

    def geoparse(self, text: str, gazetteer):
        """The parse of ``text``, kept while the gazetteer is the same."""
        from geo.parse.geoparse import geoparse

        if self._gazetteer is None or gazetteer is not self._gazetteer[1]:
            return geoparse(text, gazetteer)
        if text not in self._parses:
            self._parses[text] = geoparse(text, gazetteer)
        return self._parses[text]


def build(data_dir: Path = settings.DATA_DIR, seeds_dir: Path = settings.SEEDS_DIR,
          out_dir: Path = settings.OUT_DIR, tiles: str = settings.DEFAULT_TILES,
          picture: bool = True, attribution: str = "", cache: BuildCache | None = None,
          defer_picture: bool = False, renderer: str = "auto", base_url: str = ""
          ) -> BuildResult:
    """Run the whole pipeline and write every output, or nothing on bad input.

    ``tiles`` is an xyzservices provider name, a tile URL template
    (``http://host/{z}/{x}/{y}.png``) or ``"none"``; ``attribution`` is its plain-text
    credit (default: the provider's own, or the template's host). ``renderer`` is
    ``auto``, ``svg`` or ``canvas`` (:func:`geo.mapping.page.choose_renderer`). ``cache``
    keeps what
    does not depend on the input files between builds (watch mode). ``defer_picture``
    leaves ``map.png`` to :attr:`BuildResult.picture` so that the map is written first.
    ``base_url`` is the public address of the folder ``out/`` will be published at
    (``https://example.org/maps/aleppo/``): ``embed.html`` then points there, and
    ``map.html`` names its picture for link previews; by default both are relative.

    Raises
    ------
    InputError
        With every problem of every input file (the checks of ``build_map.py check``);
        nothing is written then.
    """
    from geo.inputs import check as checks
    from geo.mapping.arrows import derived_advances, movement_arrow
    from geo.mapping.embed import embed_snippet, published_urls
    from geo.mapping.geometry import place_geometries
    from geo.mapping.page import render_map, tile_layer
    from geo.mapping.payload import MapInputs, build_payload, main_city
    from geo.outputs import changed_files, csv_text, geojson_text, mentions_tables, write_all
    from geo.parse.dates import dates_tables, find_dates
    from geo.parse.geoparse import geoparse

    started = time.perf_counter()
    try:
        tile_layer(tiles, attribution)
    except ValueError as error:
        raise InputError([Problem("--tiles", str(error))]) from None
    try:
        urls = published_urls(base_url)
    except ValueError as error:
        raise InputError([Problem("--base-url", str(error))]) from None
    inputs = checks.load_inputs(data_dir, seeds_dir,
                                world=cache.world_layer() if cache is not None else True,
                                gazetteer_loader=cache.gazetteer if cache is not None else None)
    if inputs.errors:
        raise InputError(inputs.problems)
    gazetteer, timeline, articles, shapes = (inputs.gazetteer, inputs.timeline,
                                             inputs.articles, inputs.shapes)
    problems = inputs.problems

    parse = cache.geoparse if cache is not None else geoparse
    parses = {a.id: parse(a.text, gazetteer) for a in articles}
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
    state = timeline.control_state_on(initial)
    summary = _summary(payload, state, gazetteer, initial)
    html = render_map(payload, title=title, tiles=tiles, attribution=attribution,
                      renderer=renderer, description=summary,
                      picture_url=urls.picture, page_url=urls.map)

    mentions = mentions_tables((a.name, parses[a.id].mentions) for a in articles)
    detail = mentions_tables(((a.name, parses[a.id].mentions) for a in articles), detail=True)
    dates = dates_tables((a.name, find_dates(a.text, a.published)) for a in articles)
    exported = geometries[["id", "name", "kind", "precision", "source", "area_km2",
                           "geometry"]]
    files: dict[str, str | bytes] = {
        "map.html": html,
        "mentions.csv": csv_text(mentions),
        "mentions_detail.csv": csv_text(detail),
        "dates.csv": csv_text(dates),
        "places.geojson": geojson_text(exported),
        "control.csv": csv_text(timeline.control_table(start, end)),
        "embed.html": embed_snippet(title, summary, urls.map, urls.picture, day=initial),
    }

    def draw_picture() -> bytes:
        from geo.mapping.picture import render_picture

        labels = [(p["name"], p["lon"], p["lat"]) for p in payload["places"]
                  if p["kind"] in ("city", "town")]
        return render_picture(geometries, timeline, arrows, initial,
                              gazetteer.get(city).name if city else "", title, labels)

    later = None
    if picture and defer_picture:
        def later() -> list[Path]:
            return write_all({"map.png": draw_picture()}, out_dir)
    elif picture:
        files["map.png"] = draw_picture()
    changed = changed_files(files, out_dir)
    written = write_all(files, out_dir)
    return BuildResult(written, [p for p in problems if p.severity != "error"],
                       time.perf_counter() - started, summary, changed, later)


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
    from geo.inputs.articles import read_article
    from geo.inputs.places import load_gazetteer
    from geo.outputs import csv_text, mentions_table
    from geo.parse.geoparse import geoparse

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
    parser.add_argument("--base-url", default="",
                        help="public address out/ is published at, e.g. "
                             "https://example.org/maps/aleppo/: embed.html points there and "
                             "map.html names map.png for link previews (default: relative)")
    parser.add_argument("--renderer", choices=["auto", "svg", "canvas"], default="auto",
                        help="draw features as SVG elements or on one canvas; auto: canvas "
                             f"above {settings.CANVAS_THRESHOLD} features (default: auto)")
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
    from geo.tools.corpus import add_corpus_command, run_corpus
    from geo.tools.geocode import add_geocode_command, run_geocode

    add_corpus_command(commands)
    add_geocode_command(commands)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(message)s")
    try:
        if args.command == "geoparse":
            return geoparse_command(args.file, args.published, args.detail)
        if args.command == "corpus":
            return run_corpus(args)
        if args.command == "geocode":
            return run_geocode(args)
        if args.command == "check":
            from geo.inputs.check import run_check

            return run_check(args.data, args.seeds)
        if args.command == "watch":
            from geo.tools.watch import watch

            # The static picture (~0.1 s) would add half to each rebuild: watch mode
            # refreshes it only with --picture; a plain build always writes it.
            if not args.picture:
                print("watch mode leaves out/map.png as it is (use --picture to refresh it)")
            cache = BuildCache()  # the world gazetteer, loaded once for every rebuild
            return watch(lambda: build(args.data, args.seeds, args.out, args.tiles,
                                       args.picture, args.attribution, cache=cache,
                                       defer_picture=True, renderer=args.renderer,
                                       base_url=args.base_url),
                         [args.data, args.seeds])
        result = build(args.data, args.seeds, args.out, args.tiles, not args.no_picture,
                       args.attribution, cache=BuildCache(), renderer=args.renderer,
                       base_url=args.base_url)
    except InputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = sum(p.severity == "error" for p in error.problems)
        print(f"{count} error(s); nothing was written.", file=sys.stderr)
        return 2
    except Exception as error:  # a bug, not bad input: out/ is still untouched
        log.debug("internal error", exc_info=True)
        print(f"internal error: {type(error).__name__}: {error}\nnothing was written; rerun "
              "with -v for the traceback and report it.", file=sys.stderr)
        if args.verbose:
            raise
        return 3
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    print(f"wrote {len(result.files)} files to {args.out} in {result.seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
