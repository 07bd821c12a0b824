"""The map's style: one specification (geo/mapping/style.json) for the page and the picture,
checked key by key; colours' contrast against the base map (WCAG 2.1)."""

from __future__ import annotations

import json

import pytest

from geo.mapping import style
from geo.mapping.codec import read_map_payload
from geo.mapping.picture import palette


def test_the_shipped_spec_has_every_record_and_nothing_else():
    spec = style.load_style()
    assert spec == style.STYLE
    document = json.loads(style.SPEC_PATH.read_text(encoding="utf-8"))
    assert set(document) == {"about", "contrast", "fill", "certainty", "unknown", "pattern",
                             "outline", "state", "arrow", "town", "site", "front", "event",
                             "draft", "badge", "mention", "legend", "base"}
    assert set(spec.arrow.dashes) == {"done", "claimed", "planned"}
    assert set(spec.certainty) == {"confirmed", "claimed", "approximate"}
    assert spec.certainty["confirmed"] > spec.certainty["claimed"] > \
        spec.certainty["approximate"] > 0
    from geo.mapping.sites import SITE_SYMBOLS
    assert set(spec.site.symbols) == set(SITE_SYMBOLS)
    assert all(-1 <= v <= 1 for glyph in spec.site.symbols.values() for ring in glyph
               for point in ring for v in point)
    # The legend's words, by the ids of the entries of assets/key.js and picture/legend.py.
    assert {"done", "claimed", "planned", "approximate", "event", "mention", "contested",
            "partial", "besieged", "encircled", "confirmed", "claimedHolder",
            "approximateHolder", "region", "site", "front", "evacuation", "target",
            "disputed", "derived", "eventClaimed", "unknown", "taken", "article",
            "draft"} == \
        set(spec.legend)
    # Dashes are for approximate boundaries and lines, movements not done and rings of
    # encircled or partly held places: no town or event is dashed.
    assert set(spec.outline.dashes) == {"approximate"}
    for dash in [*spec.arrow.dashes.values(), *spec.outline.dashes.values()]:
        assert dash is None or (len(dash) == 2 and all(d > 0 for d in dash)), dash
    assert 0 < spec.fill.opacity <= 1 and 0 < spec.pattern.wash <= 1


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["arrow"].pop("width"), r"style\.json\.arrow: unknown keys \[\], missing "
                                        r"keys \['width'\]"),
    (lambda d: d["town"].update(colour="#000000"), r"style\.json\.town: unknown keys "
                                                   r"\['colour'\]"),
    (lambda d: d["outline"]["dashes"].update(approximate=[4]), r"outline\.dashes\."
                                                               r"approximate: expected"),
    (lambda d: d["fill"].update(opacity="0.5"), r"fill\.opacity: expected a number"),
])
def test_a_broken_spec_says_which_key(tmp_path, change, message):
    document = json.loads(style.SPEC_PATH.read_text(encoding="utf-8"))
    change(document)
    path = tmp_path / "style.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        style.load_style(path)


def test_outline_dashes_go_by_the_boundarys_precision():
    outline = style.STYLE.outline
    assert outline.dash_for("approximate: Voronoi cell of quarter points") == (4.0, 3.0)
    assert outline.dash_for("surveyed") is None and outline.dash_for("drawn") is None


def test_the_page_carries_the_spec_the_picture_draws_from(seed_build):
    """The page's script reads its dashes, patterns, sizes and legend words from the
    payload's style, which is style.json itself; the picture reads the same file."""
    payload = read_map_payload((seed_build / "map.html").read_text(encoding="utf-8"))
    assert payload["style"] == json.loads(style.SPEC_PATH.read_text(encoding="utf-8"))
    assert payload["style"]["town"]["radius"] == palette.MARKER_RADIUS
    assert style.STYLE.arrow.dashes["claimed"] == tuple(payload["style"]["arrow"]["dashes"]
                                                        ["claimed"])


def test_one_luminance_for_contrast_and_the_picture():
    assert style.relative_luminance("#ffffff") == pytest.approx(1.0)
    assert style.rgb_luminance((0, 0, 0)) == 0.0
    assert style.relative_luminance("#c62828") == style.rgb_luminance((198, 40, 40))
    assert style.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    for colour in ["#c62828", "#2e7d32", "#f9a825", "#9ccc65", "#1b1b1b", "#zzzzzz"]:
        outline = style.outline_colour(colour)
        assert all(style.contrast_ratio(outline, b) >= style.MIN_GRAPHIC_CONTRAST
                   for b in style.BASEMAP_LIGHT_COLOURS), colour
