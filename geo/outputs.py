"""The exports of a build (CSV and GeoJSON) and how ``out/`` is written: as a whole.

:func:`write_all` replaces ``out/`` in one step (:mod:`geo.outfolder`): a failed or killed
build leaves it exactly as it was, and readers never see a mix of two builds. Every CSV the
tool writes neutralises text a spreadsheet would run as a formula (:func:`csv_text`).
"""

from __future__ import annotations

import stat
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo import settings
from geo.errors import Problem
from geo.inputs.tables import looks_like_formula
from geo.mapping.embed import PublishedUrls, embed_snippet
from geo.parse.geoparse import Mention
from geo.vocab import Severity

if TYPE_CHECKING:
    from geo.pipeline import MadeMap

MENTION_COLUMNS = ["article", "start", "end", "text", "place_id", "name", "kind", "lat", "lon"]
DETAIL_COLUMNS = [*MENTION_COLUMNS, "class", "status", "precision", "confidence", "label",
                  "warning", "capital"]


def mentions_table(article: str, mentions: list[Mention], detail: bool = False
                   ) -> pd.DataFrame:
    """Mentions as the output contract's table.

    Without ``detail``: toponyms only, columns
    ``article,start,end,text,place_id,name,kind,lat,lon`` (unresolved ones have empty ids).
    With ``detail``: every class (toponym, demonym, non-place) and the columns
    ``class,status,precision,confidence,label,warning,capital`` too (``warning``: why a
    resolved place may be wrong, e.g. far from every other place of its article;
    ``capital``: a country's capital and its point, beside the country's own point).
    """
    return mentions_tables([(article, mentions)], detail)


def mentions_tables(parsed: Iterable[tuple[str, list[Mention]]], detail: bool = False
                    ) -> pd.DataFrame:
    """The table of :func:`mentions_table` for many articles: ``(article, mentions)`` pairs,
    in order, as one frame (built once: a frame per article costs a millisecond each)."""
    p = settings.COORDINATE_PRECISION
    rows = []
    for article, mentions in parsed:
        for m in mentions:
            if not detail and m.cls != "toponym":
                continue
            row = [article, m.start, m.end, m.text, m.place_id, m.name, m.kind,
                   "" if m.lat is None else round(m.lat, p),
                   "" if m.lon is None else round(m.lon, p)]
            if detail:
                row += [m.cls, m.status, m.precision, m.confidence, m.label, m.warning,
                        m.capital]
            rows.append(row)
    return pd.DataFrame(rows, columns=DETAIL_COLUMNS if detail else MENTION_COLUMNS)


def mention_warnings(detail: pd.DataFrame) -> list[Problem]:
    """The build's warnings about resolved places that may be wrong (the ``warning`` column
    of ``mentions_detail.csv``: a place far from every other place of its article)."""
    flagged = detail[detail["warning"].astype(bool)] if "warning" in detail else detail[:0]
    return [Problem(f"seeds/{row.article}", f"{row.text!r} placed at {row.name} "
                    f"({row.lat}, {row.lon}): {row.warning}", severity=Severity.WARNING)
            for row in flagged.itertuples()]


def csv_text(frame: pd.DataFrame) -> str:
    """CSV text with a fixed line ending, for byte-identical rebuilds.

    A text cell that a spreadsheet would run as a formula (``=HYPERLINK(...)``, ``@SUM``,
    ``+cmd``, ``-cmd``: OWASP's CSV injection) gets a leading ``'``, which spreadsheets show
    as text; numbers (``-12.5``) are left as they are.
    """
    return neutralise_formulas(frame).to_csv(index=False, lineterminator="\n")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with ``'`` before every text cell that starts like a formula."""
    changed = None
    for column in frame.columns:
        values = frame[column]
        if values.dtype != object and not pd.api.types.is_string_dtype(values.dtype):
            continue
        starts = values.str.match(r"[=+\-@\t\r]", na=False)
        if not starts.any():
            continue
        hits = starts & values.map(lambda v: isinstance(v, str) and looks_like_formula(v))
        if hits.any():
            changed = frame.copy() if changed is None else changed
            changed.loc[hits, column] = "'" + values[hits]
    return frame if changed is None else changed


def geojson_text(frame: gpd.GeoDataFrame) -> str:
    """RFC 7946 GeoJSON (lon/lat, EPSG:4326) with rounded coordinates."""
    frame = frame.to_crs(settings.GEOGRAPHIC_CRS)
    digits = settings.COORDINATE_PRECISION
    # Rounded vertex by vertex (not snapped by GEOS), so that the shared edges of adjacent
    # quarters stay shared and every number prints with at most ``digits`` decimals.
    frame = frame.set_geometry(shapely.transform(frame.geometry.values,
                                                 lambda xy: np.round(xy, digits)))
    if "id" in frame.columns:  # RFC 7946 3.2: the identifier as the Feature's ``id``
        frame = frame.set_index(frame["id"].rename(None))
        return frame.to_json(drop_id=False, to_wgs84=True, sort_keys=True) + "\n"
    return frame.to_json(drop_id=True, to_wgs84=True, sort_keys=True) + "\n"


def output_files(made: MadeMap, urls: PublishedUrls) -> dict[str, str | bytes]:
    """The contents of every output of a build but the picture, by file name."""
    exported = made.geometries[["id", "name", "kind", "precision", "source", "area_km2",
                                "geometry"]]
    return {
        "map.html": made.html,
        "mentions.csv": csv_text(made.mentions),
        "mentions_detail.csv": csv_text(made.mentions_detail),
        "dates.csv": csv_text(made.dates),
        "places.geojson": geojson_text(exported),
        "control.csv": csv_text(made.control),
        "embed.html": embed_snippet(made.masthead.headline if made.masthead else made.title,
                                    made.summary, urls.map if made.embed_html is None
                                    else urls.embed, urls.picture, day=made.initial),
        **({"map-embed.html": made.embed_html} if made.embed_html is not None else {}),
        **({f"{DRAFTS_FOLDER}/{name}": text for name, text in made.drafts.files().items()}
           if made.drafts is not None else {}),
    }


#: The folder of ``out/`` that holds the build's drafts (``control.csv``,
#: ``movements.csv``, ``events.csv``, ``sides.csv``, as ``warmap draft`` writes them).
DRAFTS_FOLDER = settings.OUT_DRAFTS
#: Every file a build writes (the pictures ``map.png``, ``map-print.png`` and ``map.pdf``
#: only with the picture, ``map-embed.html`` only when ``map.html`` shows drafts).
OUTPUT_NAMES = frozenset({"map.html", "embed.html", "map.png", "map-print.png", "map.pdf",
                          "map-embed.html", "mentions.csv",
                          "mentions_detail.csv", "dates.csv", "places.geojson",
                          "control.csv"})
#: What a build writes only at times: a build without them removes them from ``out/``
#: rather than keep a previous build's.
OPTIONAL_OUTPUTS = frozenset({"map-embed.html", DRAFTS_FOLDER})


def _tops(files: Iterable[str]) -> set[str]:
    """The entries of ``out/`` that file names (``drafts/control.csv``) are in."""
    return {name.split("/", 1)[0] for name in files}


def dropped_outputs(files: dict[str, str | bytes], out_dir: Path) -> list[str]:
    """The optional outputs ``out_dir`` holds that ``files`` lack (a build without drafts
    after one with): the build removes them."""
    return sorted(name for name in OPTIONAL_OUTPUTS - _tops(files)
                  if (Path(out_dir) / name).exists())


def write_all(files: dict[str, str | bytes], out_dir: Path = settings.OUT_DIR,
              dropped: Iterable[str] = ()) -> list[Path]:
    """Write several files so that either all are replaced or none is.

    ``out_dir`` is replaced as a whole (:func:`geo.outfolder.replace_folder`); its other
    files are kept, but those named in ``dropped`` (:func:`dropped_outputs`). A name may
    be in a folder (``drafts/control.csv``): that folder is replaced as a whole too.

    Raises
    ------
    OutputError
        When the folder cannot be written; it then holds the old set, untouched.
    """
    from geo.outfolder import replace_folder

    return replace_folder(files, out_dir, outputs=OUTPUT_NAMES, dropped=frozenset(dropped))


def changed_files(files: dict[str, str | bytes], out_dir: Path) -> list[str]:
    """Names of the ``files`` whose content differs from what ``out_dir`` holds now.

    Only regular files are read (a FIFO or a device under an output's name is "changed",
    never opened), and only when their size matches.
    """
    changed = []
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        path = out_dir / name
        try:
            status = path.stat()
            if stat.S_ISREG(status.st_mode) and status.st_size == len(data) and \
                    path.read_bytes() == data:
                continue
        except OSError:
            pass
        changed.append(name)
    return changed
