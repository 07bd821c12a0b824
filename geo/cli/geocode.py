"""``warmap geocode``: look up places the gazetteer lacks with a Nominatim service (online)."""

from __future__ import annotations

import argparse
import logging
import sys
from urllib.parse import urlsplit

from geo import settings
from geo.cli import options
from geo.errors import display_path
from geo.inputs.articles import read_articles
from geo.inputs.places import load_gazetteer
from geo.tools.geocode import (
    append_geocoded,
    geocode_names,
    known_place,
    names_to_geocode,
    place_rows,
    rows_csv,
    shape_features,
    unsafe_text,
)


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "geocode", help="look up places the gazetteer lacks with a Nominatim service (online)",
        description="Look up the names the articles use that no gazetteer places (or the "
                    "NAMEs given) and print them as rows of data/places.csv, or append them "
                    "with --append. Building never goes online; this command does.",
        parents=[options.data(), options.seeds(), options.verbose()])
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help="names to look up (default: the unplaced names of every article)")
    parser.add_argument("--url", default=settings.NOMINATIM_URL,
                        help="Nominatim service (default: %(default)s)")
    parser.add_argument("--country", action="append", default=[], metavar="CODE",
                        help="ISO country code to search in, repeatable (default: the "
                             "countries the articles' places lie in)")
    parser.add_argument("--append", action="store_true",
                        help="append the places found to data/places.csv and their "
                             "boundaries to data/shapes.geojson (else print the rows)")
    parser.add_argument("--no-boundaries", dest="boundaries", action="store_false",
                        help="ask for points only, not the places' outlines")
    parser.add_argument("--min-delay", type=float, default=1.0, metavar="SECONDS",
                        help="pause between requests (default: %(default)s, the public "
                             "service's limit)")
    parser.set_defaults(run=run,
                        outcome="nothing was written: places.csv and shapes.geojson were left as "
                                "they were")


def run(args: argparse.Namespace) -> int:
    """Look the names up; print the rows, or append them to places.csv."""
    if not args.verbose:
        # geopy logs each retry with a traceback, urllib3 each reconnection: the one
        # message that matters is the error raised at the end.
        for name in ("geopy", "urllib3"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    gazetteer = load_gazetteer(args.data)
    articles = read_articles(args.seeds) if not args.names or not args.country else []
    names, countries = names_to_geocode(gazetteer, articles, args.names, args.country)
    if not names:
        print("every place the articles name is in the gazetteer", file=sys.stderr)
        return 0
    found = geocode_names(dict.fromkeys(names), args.url, countries, args.min_delay,
                          boundaries=args.boundaries)
    new = []
    for name, place in found.items():
        if place is None:
            print(f"not found: {name}", file=sys.stderr)
        elif (known := known_place(place, gazetteer)) is not None:
            print(f"already in places.csv: {name} is '{known.id}' (line {known.line})",
                  file=sys.stderr)
        elif (field := unsafe_text(place)) is not None:
            print(f"left out: the service's {field} for {name} starts like a spreadsheet "
                  f"formula ({getattr(place, field)[:60]!r})", file=sys.stderr)
        else:
            new.append(place)
    host = urlsplit(args.url).netloc
    rows = place_rows(new, gazetteer, host)
    features = shape_features(rows, new, host)
    if args.append and rows:
        places_csv = args.data / "places.csv"
        append_geocoded(args.data, rows, features)
        print(f"added {len(rows)} place(s) to {display_path(places_csv)}: "
              + ", ".join(r["id"] for r in rows)
              + (f", and {len(features)} boundary(ies) to "
                 f"{display_path(args.data / 'shapes.geojson')}" if features else "")
              + "; check them, then rebuild", file=sys.stderr)
    else:
        sys.stdout.write(rows_csv(rows))
        if features:
            print(f"{len(features)} of them with a boundary (written to shapes.geojson "
                  "with --append)", file=sys.stderr)
    return 0
