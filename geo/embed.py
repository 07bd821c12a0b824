"""The snippet editors paste into an article: a responsive iframe with a text alternative."""

from __future__ import annotations

import datetime as dt
from html import escape


def embed_snippet(title: str, summary: str, map_url: str = "map.html",
                  picture_url: str = "map.png", day: dt.date | None = None) -> str:
    """HTML for embedding the map: an iframe that fills its container's width.

    The iframe keeps a 4:3 shape on wide screens and at least 70% of the phone's screen
    height on narrow ones; its ``title`` names it for screen readers, and the figure caption
    carries a text alternative and a link to the static picture.
    """
    src = f"{map_url}#{day.isoformat()}" if day else map_url
    title_text, summary_text = escape(title), escape(summary)
    return f"""<figure class="warmap-embed" style="margin:0;max-width:100%">
  <div style="position:relative;width:100%;aspect-ratio:4/3;min-height:min(70vh,560px)">
    <iframe src="{escape(src)}" title="{title_text}" loading="lazy"
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
