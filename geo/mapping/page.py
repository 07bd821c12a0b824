"""The map page: a Folium map whose layers our small script fills by date.

Folium builds the page, the base tiles, the layer groups and the layer control; the data
(areas with their control histories, arrows, events, mention markers) travels as one JSON
document, and the page's script (the modules of ``assets/``, joined in order) draws it for
the date the slider selects. Each area carries only its own list of changes, so the page
grows with features and changes, not with features times days. Strings from articles and
data files reach the page only inside that JSON (with ``<``, ``>`` and ``&`` escaped) and
are put into the page with ``textContent`` (popups, tooltips and labels get DOM nodes,
never HTML strings): they are always text, never markup.

In the page the JSON is packed (:func:`geo.mapping.codec.pack_payload`): long strings
(quotes, sources, notes) are stored once in a ``texts`` table and referred to by index, and
coordinates are encoded polylines at the project's 5 decimals. The script unpacks it before
drawing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape
from typing import cast

import folium
import xyzservices
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from geo import settings
from geo.mapping.assets import inline_leaflet, page_script, page_style
from geo.mapping.codec import json_for_script, pack_payload
from geo.mapping.masthead import DEFAULT_CREDIT, DEFAULT_HEADLINE, Masthead


class _Controller(MacroElement):
    """Calls ``warmapInit`` with the map, its layer groups and the JSON payload; puts the
    page's ``after`` (raw HTML, a template variable: never parsed as a template) right
    after the map's own element."""

    _template = Template("""
        {% macro html(this, kwargs) %}{{ this.after }}{% endmacro %}
        {% macro script(this, kwargs) %}
            warmapInit({{ this.map.get_name() }}, {
                control: {{ this.layers.control.get_name() }},
                lines: {{ this.layers.lines.get_name() }},
                movements: {{ this.layers.movements.get_name() }},
                events: {{ this.layers.events.get_name() }},
                places: {{ this.layers.places.get_name() }},
                drafts: {{ this.layers.drafts.get_name() }}
            }, JSON.parse(document.getElementById("warmap-data").textContent));
        {% endmacro %}
    """)

    def __init__(self, map_: folium.Map, layers: dict, after: str = ""):
        super().__init__()
        self._name = "WarmapController"
        self.map = map_
        self.layers = type("Layers", (), layers)
        self.after = after


#: The placeholders Leaflet fills in a tile address: subdomain, zoom, column, row, row
#: counted from the south (TMS) and ``@2x`` on high-density screens.
TILE_PLACEHOLDERS = ("{s}", "{z}", "{x}", "{y}", "{-y}", "{r}")
_PLACEHOLDER_RE = re.compile(r"\{[^{}]*\}")


def is_tile_template(tiles: str) -> bool:
    """Whether ``tiles`` is a URL template (``https://host/{z}/{x}/{y}.png``), not a name."""
    return "://" in tiles and "{z}" in tiles and "{x}" in tiles and (
        "{y}" in tiles or "{-y}" in tiles)


def check_tile_template(tiles: str) -> None:
    """Refuse a template Leaflet cannot fill: an unknown placeholder such as ``{apikey}``
    (Leaflet throws on it and the page never draws), or an address that is not http(s).

    Raises
    ------
    ValueError
        Naming the placeholders Leaflet accepts.
    """
    unknown = sorted(set(_PLACEHOLDER_RE.findall(tiles)) - set(TILE_PLACEHOLDERS))
    if unknown:
        raise ValueError(f"unknown placeholder(s) {' '.join(unknown)} in the tile address "
                         f"{tiles!r}: Leaflet fills only {' '.join(TILE_PLACEHOLDERS)}; write "
                         "a key or other value into the address itself")
    if not tiles.lower().startswith(("http://", "https://")):
        raise ValueError(f"not an http:// or https:// tile address: {tiles!r}")


def tile_layer(tiles: str, attribution: str = "") -> folium.TileLayer | None:
    """The base layer for ``tiles``: an xyzservices provider name, a URL template, or
    ``"none"`` (no base map). ``attribution`` is plain text (it is escaped); by default a
    provider's own attribution, or the template's host for a template.

    Raises
    ------
    ValueError
        For an unknown provider, or a template Leaflet cannot fill
        (:func:`check_tile_template`).
    """
    if tiles.lower() == "none":
        return None
    if is_tile_template(tiles):
        check_tile_template(tiles)
        host = re.sub(r"^[a-z]+://([^/]+).*$", r"\1", tiles, flags=re.I)
        return folium.TileLayer(tiles=tiles, attr=escape(attribution or f"Tiles: {host}"),
                                name="Base map", max_zoom=19, overlay=False, control=True)
    try:
        provider = _provider(tiles)
    except ValueError:
        raise ValueError(f"unknown tiles {tiles!r}: expected an xyzservices provider name "
                         "(e.g. OpenStreetMap.Mapnik), a URL template with {z}, {x} and {y}, "
                         "or 'none'") from None
    url = provider.build_url()
    check_tile_template(url)
    attr = escape(attribution) if attribution else provider.html_attribution
    return folium.TileLayer(tiles=url, attr=attr, name=provider.name,
                            max_zoom=provider.get("max_zoom", 19), overlay=False,
                            control=True)


RENDERERS = ("auto", "svg", "canvas")


def choose_renderer(payload: dict, renderer: str = "auto") -> str:
    """``"svg"`` or ``"canvas"``: ``auto`` picks canvas above
    :data:`settings.CANVAS_THRESHOLD` features (areas, arrows, events, place markers)."""
    if renderer not in RENDERERS:
        raise ValueError(f"unknown renderer {renderer!r}: expected one of "
                         f"{', '.join(RENDERERS)}")
    if renderer != "auto":
        return renderer
    count = sum(len(payload[key]) for key in ("areas", "movements", "events", "places"))
    return "canvas" if count > settings.CANVAS_THRESHOLD else "svg"


@lru_cache(maxsize=16)
def _provider(name: str) -> xyzservices.TileProvider:
    return xyzservices.providers.query_name(name)


def render_map(payload: dict, title: str, tiles: str = settings.DEFAULT_TILES,
               attribution: str = "", renderer: str = "auto", description: str = "",
               picture_url: str = "", page_url: str = "", masthead: Masthead | None = None
               ) -> str:
    """The map page as one self-contained HTML string (:func:`map_figure`, rendered)."""
    return page_html(map_figure(payload, title, tiles, attribution, renderer, description,
                                picture_url, page_url, masthead))


def map_figure(payload: dict, title: str, tiles: str = settings.DEFAULT_TILES,
               attribution: str = "", renderer: str = "auto", description: str = "",
               picture_url: str = "", page_url: str = "", masthead: Masthead | None = None,
               drafts: list[dict] | None = None) -> folium.Map:
    """The ``folium.Map`` of the page, with every asset and the payload inlined.

    Parameters
    ----------
    payload : dict
        From :func:`build_payload`.
    title : str
        Page title (escaped).
    tiles : str
        An xyzservices provider name, e.g. ``"OpenStreetMap.Mapnik"``, a tile URL template
        such as ``"http://127.0.0.1:8000/{z}/{x}/{y}.png"``, or ``"none"``.
    attribution : str
        Plain-text attribution for the tiles (escaped); default: the provider's own.
    renderer : str
        ``"svg"`` (an element per feature), ``"canvas"`` (one canvas: fast with thousands
        of features) or ``"auto"`` (see :func:`choose_renderer`).
    description : str
        Plain-text summary for search engines and link previews (escaped).
    picture_url, page_url : str
        Addresses of the static picture and of the page: the picture shows when the
        browser runs no script, the page's is the embed's link to the full map; when
        absolute, both go into the link previews (Open Graph, Twitter cards).
    masthead : Masthead, optional
        The editor's headline, credit and source line, printed above and below the map
        (plain text, escaped); by default the title and a plain credit.
    drafts : list of dict, optional
        The unreviewed drafts (:func:`geo.mapping.drafts.draft_marks`), in an element of
        their own (:func:`drafts_script`) right after the payload's, so that this page
        without that element is, byte for byte, the page built without drafts.
    """
    payload = {**payload, "renderer": choose_renderer(payload, renderer)}
    views = payload["views"]
    bounds = views[0]["bounds"] if views else [[32.0, 35.0], [37.5, 44.0]]
    center = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]
    # Half zoom steps: a view fits its bounds beside the controls without falling a whole
    # level (a city at zoom 12.5 rather than 12); the +/- buttons still step by one.
    map_ = folium.Map(location=center, zoom_start=7, tiles=None, control_scale=True,
                      scroll_wheel_zoom=False, zoom_snap=0.5)
    # Everything the page needs is inlined below; no script or style from a CDN.
    map_.default_js = []
    map_.default_css = []
    base = tile_layer(tiles, attribution)
    if base is not None:
        base.add_to(map_)
    layers = {
        "control": folium.FeatureGroup(name="Control areas", show=True),
        "lines": folium.FeatureGroup(name="Front lines", show=True),
        "movements": folium.FeatureGroup(name="Movements", show=True),
        "events": folium.FeatureGroup(name="Events", show=True),
        "places": folium.FeatureGroup(name="Places named in the article", show=True),
        "drafts": folium.FeatureGroup(name="Drafts (not reviewed)", show=True),
    }
    for layer in layers.values():
        layer.add_to(map_)
    # No Leaflet layer control: the legend holds the layers' switches (legend.js).
    # No map_.fit_bounds: Folium's is animated, and Leaflet drops every view change asked
    # during a zoom animation (a reader's first click on a zoom button). views.js fits the
    # first view's bounds without animation before the page says it is ready.
    words = masthead or Masthead(title or DEFAULT_HEADLINE, DEFAULT_CREDIT, "")
    tiles_credit = str(base.options.get("attribution", "")) if base is not None else ""
    map_.add_child(_Controller(map_, layers, _after_map(
        words, description, picture_url or "map.png", page_url or "map.html", tiles_credit)))
    root = cast(Figure, map_.get_root())  # a folium.Map's root is its Figure
    # Raw HTML goes in as a template *variable*: branca would parse an Element's text as a
    # Jinja template, and a "{{" or "{%" in a quote must stay text, never be evaluated.
    root.header.add_child(_Raw(
        f"{content_security_policy(base, picture_url or 'map.png')}"
        f"<title>{escape(title)}</title>\n"
        f"{_preview_meta(title, description, picture_url, page_url)}"
        f"<style>{inline_leaflet('css')}</style>\n"
        f"<script>{inline_leaflet('js')}</script>\n"
        f"<style>{page_style()}</style>\n<script>{page_script()}</script>"),
        name="warmap_assets", index=0)
    root.html.add_child(_Raw(_before_map(words)), name="warmap_before", index=0)
    root.html.add_child(_Raw(
        '<script type="application/json" id="warmap-data">'
        f"{json_for_script(pack_payload(payload))}</script>{drafts_script(drafts or [])}"),
        name="warmap_data")

    _stable_ids(map_)
    return map_


def _tiles_credit(credit: str) -> str:
    """The tiles' credit as a sentence, once headed "Tiles" (Esri's own begins so)."""
    credit = credit.strip().rstrip(".")
    return f"{credit}." if re.match(r"(?i)tiles\b", credit) else f"Tiles: {credit}."


def full_map_link(page_url: str) -> str:
    """The opening tag of the footer's "Open the full map" link to ``page_url``."""
    return ('<a class="warmap-full-link" target="_blank" rel="noopener" '
            f'data-page="{escape(page_url)}" href="{escape(page_url)}">')


def drafts_script(drafts: list[dict]) -> str:
    """The element that carries the drafts in the page (JSON, safe inside a script), or ""
    when there are none."""
    if not drafts:
        return ""
    return ('<script type="application/json" id="warmap-drafts">'
            f"{json_for_script({'drafts': drafts})}</script>")


def content_security_policy(base: folium.TileLayer | None, picture_url: str = "") -> str:
    """The page's Content-Security-Policy, as a meta tag: its own inline scripts and styles,
    images from the tile server, ``data:`` (Leaflet's icons) and the map's picture (shown
    where scripts do not run: ``'self'`` for a relative address, else its origin), and
    nothing else (no script, style, font, frame or connection from anywhere)."""
    images = ["data:", "blob:"]
    if base is not None:
        images.append(tile_origin(str(base.tiles)))
    if picture_url:
        origin = re.match(r"^(https?://[^/?#]+)", picture_url, re.I)
        images.append(origin.group(1) if origin else "'self'")
    policy = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
              f"img-src {' '.join(images)}; base-uri 'none'; form-action 'none'")
    content = escape(policy, quote=False).replace('"', "&quot;")
    return f'<meta http-equiv="Content-Security-Policy" content="{content}">\n'


def tile_origin(template: str) -> str:
    """The CSP source of a tile address: ``https://*.tile.example.org`` for
    ``https://{s}.tile.example.org/{z}/{x}/{y}.png``.

    >>> tile_origin("https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png")
    'https://*.basemaps.cartocdn.com'
    """
    scheme, _, rest = template.partition("://")
    host = rest.split("/", 1)[0]
    if "{" in host:
        labels = host.split(".")
        if "{" in ".".join(labels[1:]) or len(labels) < 3:
            return f"{scheme}:"  # a placeholder deep in the host: any host of the scheme
        host = "*." + ".".join(labels[1:])
    return f"{scheme}://{host}"


def page_html(map_: folium.Map) -> str:
    """The HTML of a map made by :func:`map_figure`: one self-contained page."""
    html = map_.get_root().render()
    html = html.replace("<html>", '<html lang="en">', 1)
    html = re.sub(r",\s*initial-scale=1\.0, maximum-scale=1\.0, user-scalable=no",
                  ", initial-scale=1.0", html)
    return html


def _before_map(words: Masthead) -> str:
    """The skip link (the first Tab stop) and the headline (shown in an embed)."""
    return ('<a class="warmap-skip" href="#warmap-after">Skip the map</a>\n'
            f'<header class="warmap-masthead"><h1 class="warmap-headline">'
            f"{escape(words.headline)}</h1></header>\n")


def _after_map(words: Masthead, description: str, picture_url: str, page_url: str,
               tiles_credit: str = "") -> str:
    """The picture for browsers that run no script, in the map's place; then the source
    line, the credits (the tiles' in full: on a small map their line is cut short), the
    link to the full map, the full-screen button and the text alternative: the skip
    link's target. ``tiles_credit`` is the tile layer's attribution as Leaflet shows it:
    the provider's own HTML (xyzservices), or plain text escaped by :func:`tile_layer`."""
    return (
        "<noscript><style>.folium-map{display:none!important}</style>"
        f'<figure class="warmap-noscript"><img src="{escape(picture_url)}" '
        f'alt="{escape(description)}"><figcaption>The interactive map needs JavaScript: '
        "this is its picture.</figcaption></figure></noscript>\n"
        '<footer id="warmap-after" class="warmap-footer" tabindex="-1">'
        f'<p class="warmap-source-line">{escape(words.source_line)}</p>'
        f'<p class="warmap-credit">{escape(words.credit)}. {escape(words.base_credit)}.'
        f'{" " + _tiles_credit(tiles_credit) if tiles_credit else ""}</p>'
        f'<p class="warmap-actions">{full_map_link(page_url)}'
        "Open the full map</a> "
        '<button type="button" class="warmap-fullscreen" hidden>Full screen</button></p>'
        f'<p class="warmap-text-alternative">{escape(description)}</p></footer>\n')


def _preview_meta(title: str, description: str, picture_url: str, page_url: str) -> str:
    """Description and link-preview tags (Open Graph, Twitter card), every value escaped.
    A crawler needs absolute addresses: relative ones are left out."""
    tags = [("name", "description", description), ("property", "og:type", "website"),
            ("property", "og:title", title), ("property", "og:description", description)]
    if "://" in page_url:
        tags.append(("property", "og:url", page_url))
    if "://" in picture_url:
        tags += [("property", "og:image", picture_url),
                 ("name", "twitter:card", "summary_large_image")]
    return "".join(f'<meta {kind}="{name}" content="{escape(value)}">\n'
                   for kind, name, value in tags if value)


class _Raw(Element):
    """An element whose HTML is output as is: never parsed as a Jinja template."""

    _template = Template("{{ this.raw }}")

    def __init__(self, raw: str):
        super().__init__()
        self.raw = raw


def _stable_ids(element: Element, counter: list[int] | None = None) -> None:
    """Replace Folium's random element ids with sequential ones: byte-identical rebuilds."""
    counter = counter if counter is not None else [0]
    element._id = f"{counter[0]:04d}"
    counter[0] += 1
    for child in element._children.values():
        _stable_ids(child, counter)
