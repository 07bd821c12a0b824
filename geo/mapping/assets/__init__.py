"""Static assets inlined into the map: Leaflet (from the xstatic-leaflet package) and ours."""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

import rcssmin
import rjsmin

ASSET_DIR = Path(__file__).resolve().parent

#: The page script's modules, in the order they are joined: a module uses only those before
#: it (see README.md here), and ``init.js``, which defines ``warmapInit``, comes last.
SCRIPT_MODULES = (
    "dom.js", "dates.js", "codec.js", "timeline.js", "sources.js", "patterns.js", "styles.js",
    "key.js", "renderer.js", "basemap.js", "popups.js", "sites.js", "areas.js", "arrows.js",
    "marks.js", "fronts.js", "drafts.js", "layers.js", "labels.js", "panel.js", "legend.js",
    "summary.js", "permalink.js", "gestures.js", "keyboard.js", "views.js", "layout.js",
    "embed.js", "review.js", "init.js",
)


@lru_cache(maxsize=32)
def read_asset(name: str) -> str:
    """The text of one of our assets (a module of :data:`SCRIPT_MODULES`, ``warmap.css``)."""
    return (ASSET_DIR / name).read_text(encoding="utf-8")


def script_source() -> str:
    """The page's script as written: the modules of :data:`SCRIPT_MODULES` joined in their
    order."""
    return "\n".join(read_asset(name) for name in SCRIPT_MODULES)


def page_script() -> str:
    """The page's script, minified (rjsmin) and safe inside ``<script>``."""
    return rjsmin.jsmin(script_source()).replace("</script", "<\\/script")


def page_style() -> str:
    """``warmap.css``, minified (rcssmin)."""
    return rcssmin.cssmin(read_asset("warmap.css"))


@lru_cache(maxsize=2)
def inline_leaflet(kind: str) -> str:
    """Leaflet's ``js`` or ``css`` from xstatic-leaflet; the CSS images become data URIs.

    The CSS is minified (rcssmin), and the default marker icon (unused: every marker of the
    map is a vector circle) is dropped; the layer-control icons are kept."""
    import xstatic.pkg.leaflet as leaflet

    base = Path(leaflet.BASE_DIR)
    if kind == "js":
        return (base / "leaflet.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def data_uri(match: re.Match) -> str:
        image = base / match.group(1)
        encoded = base64.b64encode(image.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{encoded})"

    css = re.sub(r"\.leaflet-default-icon-path\s*\{[^}]*\}", "", css)
    return rcssmin.cssmin(re.sub(r"url\((images/[\w.\-]+\.png)\)", data_uri, css))
