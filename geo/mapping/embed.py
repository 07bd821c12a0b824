"""The snippet editors paste into an article: a responsive iframe with a text alternative."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit


class PublishedUrls(NamedTuple):
    """Where the map page and its picture are read from: relative, or absolute."""

    map: str
    picture: str
    embed: str = "map-embed.html"  # the embed's page when map.html shows drafts


def published_urls(base_url: str = "", map_name: str = "map.html",
                   picture_name: str = "map.png", embed_name: str = "map-embed.html"
                   ) -> PublishedUrls:
    """The addresses of ``map.html`` and ``map.png`` once ``out/`` is published at
    ``base_url`` (relative names when it is empty).

    >>> published_urls("https://example.org/maps/aleppo").map
    'https://example.org/maps/aleppo/map.html'

    Raises
    ------
    ValueError
        When ``base_url`` is not an http(s) address with a host, or holds a user name or
        password (they would be published in the page and the snippet).
    """
    if not base_url:
        return PublishedUrls(map_name, picture_name, embed_name)
    parts = urlsplit(base_url)
    if parts.username is not None or parts.password is not None:
        raise ValueError("a base address with a user name or password: they would be "
                         "published in map.html and embed.html (expected an address "
                         "without user@ or user:password@, such as https://example.org/maps/)")
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or \
            parts.fragment:
        raise ValueError(f"not a base address: {base_url!r} (expected an http:// or "
                         "https:// address of a folder, such as https://example.org/maps/)")
    base = base_url if base_url.endswith("/") else base_url + "/"
    return PublishedUrls(urljoin(base, map_name), urljoin(base, picture_name),
                         urljoin(base, embed_name))


#: The iframe's height before the page reports its own (pixels): the page's height in a
#: 680-pixel column, and near it on a phone.
DEFAULT_HEIGHT = 560

#: The snippet's script: it sets the height of the iframe whose page sent
#: ``{type: "warmap:height", height}`` (``assets/embed.js``), within sane bounds. It trusts
#: nothing else in the message, and runs once however many maps the article embeds.
RESIZER = """<script>(function () {
  if (window.warmapResizer) { return; }
  window.warmapResizer = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "warmap:height" || typeof data.height !== "number") { return; }
    var frames = document.querySelectorAll("iframe.warmap-frame");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(200, Math.min(4000, Math.round(data.height))) + "px";
      }
    }
  });
}());</script>"""

#: Text that screen readers read and screens do not show.
_HIDDEN = ("position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
           "white-space:nowrap")

#: What the embedded map may do: run its scripts, open the sources' links in a new tab.
SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"
#: Tile servers (OpenStreetMap's among them) want a referrer: the origin is enough.
REFERRER_POLICY = "strict-origin-when-cross-origin"


def embed_snippet(title: str, summary: str, map_url: str = "map.html",
                  picture_url: str = "map.png", day: dt.date | None = None) -> str:
    """HTML for embedding the map, as Datawrapper's: an iframe as wide as its column, which
    a small script makes as tall as the page inside wants to be (postMessage); without the
    script it is :data:`DEFAULT_HEIGHT` pixels, which fits the page in an article column.

    The page inside carries the editor's headline, source line and credit, the link to the
    full map and a full-screen button, and its own picture where scripts do not run. The
    iframe's ``title`` names it for screen readers, and a caption that only they read
    carries the text alternative and the static picture's address. It is sandboxed
    (scripts run, and the sources' links and the full map open in a new tab, outside the
    sandbox; nothing else), and sends the host page's origin, not its address, as
    referrer.
    """
    src = f"{map_url}#{day.isoformat()}" if day else map_url
    title_text, summary_text = escape(title), escape(summary)
    return f"""<figure class="warmap-embed" style="position:relative;margin:0;max-width:100%">
  <iframe class="warmap-frame" src="{escape(src)}" title="{title_text}" loading="lazy"
    sandbox="{SANDBOX}" referrerpolicy="{REFERRER_POLICY}" allowfullscreen
    style="display:block;width:100%;height:{DEFAULT_HEIGHT}px;border:0"></iframe>
  <figcaption style="{_HIDDEN}">{title_text}. {summary_text}
    <a href="{escape(picture_url)}">Static map (PNG)</a>.</figcaption>
{RESIZER}
</figure>
"""
