"""Options shared by several subcommands, declared once as parent parsers."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from geo import settings


def date(value: str) -> dt.date:
    """An ISO date argument (``YYYY-MM-DD``, within the bounds of the data's dates)."""
    from geo.inputs.tables import parse_date

    try:
        return parse_date(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date: {value!r}, {error} (expected "
                                         "YYYY-MM-DD)") from None


def verbose() -> argparse.ArgumentParser:
    """``-v``: tracebacks of internal errors and the progress of each step."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="say more, and show the traceback of an internal error")
    return parser


def data() -> argparse.ArgumentParser:
    """``--data``: the folder of the story's editable tables and shapes."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data", type=Path, default=settings.DATA_DIR, metavar="DIR",
                        help="data folder (default: %(default)s)")
    return parser


def seeds() -> argparse.ArgumentParser:
    """``--seeds``: the folder of the story's articles and their metadata."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--seeds", type=Path, default=settings.SEEDS_DIR, metavar="DIR",
                        help="articles folder (default: %(default)s)")
    return parser


def out() -> argparse.ArgumentParser:
    """``--out``: the folder the map and its exports are written to."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--out", type=Path, default=settings.OUT_DIR, metavar="DIR",
                        help="output folder (default: %(default)s)")
    return parser


def map_options() -> argparse.ArgumentParser:
    """How the map is drawn and published: tiles, renderer, base URL."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--tiles", default=settings.DEFAULT_TILES,
                        help="xyzservices provider name, a tile URL template such as "
                             "http://127.0.0.1:8000/{z}/{x}/{y}.png, or 'none' "
                             "(default: %(default)s)")
    parser.add_argument("--attribution", default="",
                        help="plain-text credit for --tiles (default: the provider's own)")
    parser.add_argument("--base-url", default="",
                        help="public address out/ is published at, e.g. "
                             "https://example.org/maps/aleppo/: embed.html points there and "
                             "map.html names map.png for link previews (default: relative)")
    parser.add_argument("--renderer", choices=["auto", "svg", "canvas"], default="auto",
                        help="draw features as SVG elements or on one canvas; auto: canvas "
                             f"above {settings.CANVAS_THRESHOLD} features (default: auto)")
    return parser
