"""Write outputs atomically: every file goes to a temporary name, then all are renamed.

A failed build therefore leaves ``out/`` exactly as it was, and readers never see a
half-written file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo import settings
from geo.mapping.embed import PublishedUrls, embed_snippet
from geo.parse.geoparse import Mention

if TYPE_CHECKING:
    from geo.pipeline import MadeMap

MENTION_COLUMNS = ["article", "start", "end", "text", "place_id", "name", "kind", "lat", "lon"]
DETAIL_COLUMNS = [*MENTION_COLUMNS, "class", "status", "precision", "confidence", "label"]


def mentions_table(article: str, mentions: list[Mention], detail: bool = False
                   ) -> pd.DataFrame:
    """Mentions as the output contract's table.

    Without ``detail``: toponyms only, columns
    ``article,start,end,text,place_id,name,kind,lat,lon`` (unresolved ones have empty ids).
    With ``detail``: every class (toponym, demonym, non-place) and the columns
    ``class,status,precision,confidence,label`` too.
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
                row += [m.cls, m.status, m.precision, m.confidence, m.label]
            rows.append(row)
    return pd.DataFrame(rows, columns=DETAIL_COLUMNS if detail else MENTION_COLUMNS)


def csv_text(frame: pd.DataFrame) -> str:
    """CSV text with a fixed line ending, for byte-identical rebuilds."""
    return frame.to_csv(index=False, lineterminator="\n")


def geojson_text(frame: gpd.GeoDataFrame) -> str:
    """RFC 7946 GeoJSON (lon/lat, EPSG:4326) with rounded coordinates."""
    frame = frame.to_crs(settings.GEOGRAPHIC_CRS)
    digits = settings.COORDINATE_PRECISION
    # Rounded vertex by vertex (not snapped by GEOS), so that the shared edges of adjacent
    # quarters stay shared and every number prints with at most ``digits`` decimals.
    frame = frame.set_geometry(shapely.transform(frame.geometry.values,
                                                 lambda xy: np.round(xy, digits)))
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
                                    made.summary, urls.map, urls.picture,
                                    day=made.initial),
    }


def write_all(files: dict[str, str | bytes], out_dir: Path = settings.OUT_DIR) -> list[Path]:
    """Write several files so that either all are replaced or none is.

    Each file is written to a temporary file in ``out_dir`` and flushed; only when every one
    is written are they renamed over the old files (``os.replace`` is atomic per file).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    pending: list[tuple[Path, Path]] = []
    try:
        for name, content in files.items():
            with tempfile.NamedTemporaryFile(dir=out_dir, prefix=f".{name}.", suffix=".tmp",
                                             delete=False) as handle:
                pending.append((Path(handle.name), out_dir / name))
                handle.write(content.encode("utf-8") if isinstance(content, str) else content)
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        for temporary, _ in pending:
            temporary.unlink(missing_ok=True)
        raise
    umask = os.umask(0)
    os.umask(umask)
    for temporary, target in pending:
        os.chmod(temporary, 0o666 & ~umask)  # temporary files are created private
        os.replace(temporary, target)
    return [target for _, target in pending]


def changed_files(files: dict[str, str | bytes], out_dir: Path) -> list[str]:
    """Names of the ``files`` whose content differs from what ``out_dir`` holds now."""
    changed = []
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            if (out_dir / name).read_bytes() == data:
                continue
        except OSError:
            pass
        changed.append(name)
    return changed
