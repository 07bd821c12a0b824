"""The embed snippet and the page's link-preview tags, relative and published at a base URL."""

import datetime as dt
import re
from pathlib import Path

import pytest

from geo.cli import main
from geo.mapping.embed import embed_snippet, published_urls
from geo.pipeline import build

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("base", "map_url", "picture_url"), [
    ("", "map.html", "map.png"),
    ("https://example.org/maps/aleppo", "https://example.org/maps/aleppo/map.html",
     "https://example.org/maps/aleppo/map.png"),
    ("http://127.0.0.1:8000/", "http://127.0.0.1:8000/map.html",
     "http://127.0.0.1:8000/map.png"),
])
def test_published_urls(base, map_url, picture_url):
    urls = published_urls(base)
    assert (urls.map, urls.picture) == (map_url, picture_url)
    assert urls.embed == map_url.replace("map.html", "map-embed.html")  # the drafts-free page


@pytest.mark.parametrize("base", ["ftp://example.org/", "example.org/maps", "https://",
                                  "https://example.org/maps?x=1", "/maps/"])
def test_published_urls_refuses_what_is_not_a_folder_address(base):
    with pytest.raises(ValueError, match="expected an http:// or https:// address"):
        published_urls(base)


def test_snippet_escapes_title_and_summary_and_opens_on_the_day():
    snippet = embed_snippet('Aleppo "<b>falls</b>"', "Rebels & <script>x</script>",
                            "https://example.org/m/map.html", "https://example.org/m/map.png",
                            day=dt.date(2016, 12, 11))
    assert "<b>" not in snippet and "<script>x" not in snippet
    assert snippet.count("<script>") == 1  # the resizer, ours
    assert 'title="Aleppo &quot;&lt;b&gt;falls&lt;/b&gt;&quot;"' in snippet
    assert "Rebels &amp; &lt;script&gt;x&lt;/script&gt;" in snippet
    assert 'src="https://example.org/m/map.html#2016-12-11"' in snippet
    assert 'href="https://example.org/m/map.png"' in snippet


def _meta(html: str) -> dict[str, str]:
    return dict(re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)">', html))


def test_build_at_a_base_url_writes_absolute_embed_and_preview_tags(tmp_path):
    out = tmp_path / "out"
    build(ROOT / "data", ROOT / "seeds", out, picture=False,
                    base_url="https://example.org/maps/aleppo/")
    snippet = (out / "embed.html").read_text(encoding="utf-8")
    # The seed's map.html shows drafts: the embed loads the page without them.
    assert 'src="https://example.org/maps/aleppo/map-embed.html#2016-12-12"' in snippet
    meta = _meta((out / "map.html").read_text(encoding="utf-8"))
    assert meta["og:image"] == "https://example.org/maps/aleppo/map.png"
    assert meta["og:url"] == "https://example.org/maps/aleppo/map.html"
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["og:description"].startswith("Map of 12 December 2016.")
    assert "Palmyra: ISIS." in meta["description"]


def test_relative_build_has_no_preview_image(seed_build):
    meta = _meta((seed_build / "map.html").read_text(encoding="utf-8"))
    assert "og:image" not in meta and "og:url" not in meta
    assert meta["og:title"].startswith("Syria: Government Liberates Aleppo")
    assert 'src="map-embed.html#2016-12-12"' in (seed_build / "embed.html").read_text()


def test_bad_base_url_exits_2_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "out"
    status = main(["--out", str(out), "--base-url", "ftp://example.org/"])
    assert status == 2
    assert "--base-url" in capsys.readouterr().err
    assert not out.exists()
