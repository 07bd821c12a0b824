"""Static assets inlined into the map: Leaflet (from the xstatic-leaflet package) and ours."""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

ASSET_DIR = Path(__file__).resolve().parent

#: The page script's modules, in the order they are joined: a module uses only those before
#: it (see README.md here), and ``init.js``, which defines ``warmapInit``, comes last.
SCRIPT_MODULES = (
    "dom.js", "dates.js", "codec.js", "timeline.js", "styles.js", "patterns.js",
    "renderer.js", "popups.js", "layers.js", "panel.js", "legend.js", "summary.js",
    "permalink.js", "gestures.js", "keyboard.js", "views.js", "init.js",
)


@lru_cache(maxsize=32)
def read_asset(name: str) -> str:
    """The text of one of our assets (a module of :data:`SCRIPT_MODULES`, ``warmap.css``)."""
    return (ASSET_DIR / name).read_text(encoding="utf-8")


def page_script() -> str:
    """The page's script: the modules of :data:`SCRIPT_MODULES` joined in their order."""
    return "\n".join(read_asset(name) for name in SCRIPT_MODULES)


def compact_css(css: str) -> str:
    """CSS without comments and runs of whitespace (the page is sized, not only zipped)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\s+", " ", css)
    return re.sub(r"\s*([{};,>])\s*", r"\1", css).replace(";}", "}").strip()


def compact_js(js: str) -> str:
    """Our script without comments and indentation. Only safe for code written, as ours
    is, without ``/*`` or a line-initial ``//`` inside strings or regular expressions."""
    js = re.sub(r"/\*.*?\*/", "", js, flags=re.S)
    lines = (line.strip() for line in js.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//"))


@lru_cache(maxsize=2)
def inline_leaflet(kind: str) -> str:
    """Leaflet's ``js`` or ``css`` from xstatic-leaflet; the CSS images become data URIs.

    The CSS is compacted, and the default marker icon (unused: every marker of the map is a
    vector circle) is dropped; the layer-control icons are kept."""
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
    return compact_css(re.sub(r"url\((images/[\w.\-]+\.png)\)", data_uri, css))
