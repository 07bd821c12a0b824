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


def published_urls(base_url: str = "", map_name: str = "map.html",
                   picture_name: str = "map.png") -> PublishedUrls:
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
        return PublishedUrls(map_name, picture_name)
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
    return PublishedUrls(urljoin(base, map_name), urljoin(base, picture_name))


#: What the embedded map may do: run its scripts, open the sources' links in a new tab.
SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"
#: Tile servers (OpenStreetMap's among them) want a referrer: the origin is enough.
REFERRER_POLICY = "strict-origin-when-cross-origin"


def embed_snippet(title: str, summary: str, map_url: str = "map.html",
                  picture_url: str = "map.png", day: dt.date | None = None) -> str:
    """HTML for embedding the map: an iframe that fills its container's width.

    The iframe keeps a 4:3 shape on wide screens and at least 70% of the phone's screen
    height on narrow ones; its ``title`` names it for screen readers, and the figure caption
    carries a text alternative and a link to the static picture. It is sandboxed (scripts
    run, and the sources' links open in a new tab, outside the sandbox; nothing else), and
    sends the host page's origin, not its address, as referrer.
    """
    src = f"{map_url}#{day.isoformat()}" if day else map_url
    title_text, summary_text = escape(title), escape(summary)
    return f"""<figure class="warmap-embed" style="margin:0;max-width:100%">
  <div style="position:relative;width:100%;aspect-ratio:4/3;min-height:min(70vh,560px)">
    <iframe src="{escape(src)}" title="{title_text}" loading="lazy"
      sandbox="{SANDBOX}" referrerpolicy="{REFERRER_POLICY}"
      style="position:absolute;inset:0;width:100%;height:100%;border:0"
      allowfullscreen></iframe>
  </div>
  <figcaption style="font:14px/1.4 system-ui,sans-serif">
    <strong>{title_text}</strong>. {summary_text}
    <a href="{escape(picture_url)}">Static map (PNG)</a>.
  </figcaption>
  <noscript><img src="{escape(picture_url)}" alt="{title_text}. {summary_text}"
    style="width:100%;height:auto"></noscript>
</figure>
"""
