"""Static assets inlined into the map: Leaflet (from the xstatic-leaflet package) and ours."""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

ASSET_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=8)
def read_asset(name: str) -> str:
    """The text of one of our assets (``warmap.js``, ``warmap.css``)."""
    return (ASSET_DIR / name).read_text(encoding="utf-8")


@lru_cache(maxsize=2)
def inline_leaflet(kind: str) -> str:
    """Leaflet's ``js`` or ``css`` from xstatic-leaflet; the CSS images become data URIs."""
    import xstatic.pkg.leaflet as leaflet

    base = Path(leaflet.BASE_DIR)
    if kind == "js":
        return (base / "leaflet.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def data_uri(match: re.Match) -> str:
        image = base / match.group(1)
        encoded = base64.b64encode(image.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{encoded})"

    return re.sub(r"url\((images/[\w.\-]+\.png)\)", data_uri, css)
