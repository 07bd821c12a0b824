"""The page's data encoding: tables, a strings table, encoded polylines; lazy quoting."""

from __future__ import annotations

import json

import pytest

from geo.mapping.codec import (
    decode_polyline,
    encode_polyline,
    json_for_script,
    pack_payload,
    read_map_payload,
    unpack_payload,
)
from geo.parse import sentences
from geo.parse.geoparse import Mention


def _payload(areas: int = 2, movements: int = 2) -> dict:
    ring = [[37.10, 36.20], [37.12, 36.20], [37.12, 36.22], [37.10, 36.20]]
    return {
        "start": "2016-11-15", "end": "2016-12-22", "initial": "2016-12-12", "texts": None,
        "areas": [{"id": f"q{i}", "name": f"Quarter {i}", "kind": "quarter", "lat": 36.21,
                   "lon": 37.11, "precision": "approximate (Voronoi cell)",
                   "geometry": {"type": "Polygon", "coordinates": [ring]},
                   "changes": [{"date": "2016-12-11", "side": "government", "change": "taken",
                                "certainty": "confirmed", "quote": "The quarter fell.",
                                "source": "seed:x", "note": ""}]} for i in range(areas)],
        "movements": [{"id": f"m{i}", "start": "2016-12-09", "end": "2016-12-11",
                       "side": "isis", "kind": "advance", "status": "done",
                       "derived": False, "label": "Raqqa → Palmyra", "quote": "They came.",
                       "source": "seed:x", "note": "", "shaft": [[35.9, 39.0], [34.55, 38.27]],
                       "head": [[34.5, 38.2], [34.6, 38.3], [34.5, 38.3], [34.5, 38.2]]}
                      for i in range(movements)],
        "events": [{"id": "e1", "date": "2016-12-11", "side": "russia", "kind": "strike",
                    "status": "claimed", "label": "Strike <b>on</b> trucks",
                    "quote": "</script><img src=x onerror=alert(1)>", "source": "seed:x",
                    "place": "Palmyra", "lat": 34.55, "lon": 38.27}],
        "places": [{"id": "palmyra", "name": "Palmyra", "kind": "city", "lat": 34.55,
                    "lon": 38.27, "precision": "point", "source": "geonames:170017",
                    "count": 2, "quotes": [{"article": "Seed", "before": "In ",
                                            "mention": "Palmyra", "after": " it fell."}]}],
    }


def test_pack_then_unpack_gives_the_payload_back():
    payload = _payload()
    del payload["texts"]
    assert unpack_payload(pack_payload(payload)) == payload


def test_keys_and_repeated_strings_are_stored_once():
    packed = json_for_script(pack_payload(_payload(areas=200, movements=200)))
    # A key once per table (labels: movements and events), not once per item.
    assert packed.count('"label"') == 2 and packed.count('"certainty"') == 1
    assert packed.count("Raqqa → Palmyra") == 1 and packed.count("The quarter fell.") == 1
    one = len(json_for_script(pack_payload(_payload(areas=1, movements=1))))
    assert len(packed) < 200 * one / 3  # an item costs a fraction of a whole payload


def test_the_page_data_is_read_back_from_html():
    html = ('<html><script type="application/json" id="warmap-data">'
            f"{json_for_script(pack_payload(_payload()))}</script></html>")
    assert "</script><img" not in html.split("warmap-data")[1].split("</script></html>")[0]
    events = read_map_payload(html)["events"]
    assert events[0]["quote"] == "</script><img src=x onerror=alert(1)>"
    with pytest.raises(ValueError, match="not a warmap page"):
        read_map_payload("<html></html>")


def test_polyline_matches_the_published_example():
    # The worked example of Google's encoded polyline format.
    points = [[38.5, -120.2], [40.7, -120.95], [43.252, -126.453]]
    assert encode_polyline(points) == "_p~iF~ps|U_ulLnnqC_mqNvxq`@"
    assert decode_polyline("_p~iF~ps|U_ulLnnqC_mqNvxq`@") == points
    assert json.loads(json.dumps(decode_polyline(encode_polyline([[-0.00001, 179.99999]])))) \
        == [[-0.00001, 179.99999]]


def test_quoter_segments_only_the_paragraphs_it_quotes(monkeypatch):
    paragraphs = [f"Paragraph {i} names Aleppo. It goes on." for i in range(50)]
    text = "\n\n".join(paragraphs)
    segmented = []
    original = sentences._segment

    def counting(text: str, start: int, end: int):
        segmented.append(start)
        return original(text, start, end)

    monkeypatch.setattr(sentences, "_segment", counting)
    quoter = sentences.Quoter(text)
    start = text.index("Aleppo", text.index("Paragraph 7"))
    mention = Mention(start, start + 6, "Aleppo", "toponym", "resolved")
    quote = quoter.quote(mention)
    assert (quote.before, quote.mention, quote.after) == ("Paragraph 7 names ", "Aleppo", ".")
    quoter.quote(mention)
    assert len(segmented) == 1  # one paragraph, segmented once


def test_the_base_geography_packs_and_unpacks():
    payload = _payload()
    del payload["texts"]
    square = [[[[36.0, 35.0], [37.0, 35.0], [37.0, 36.0], [36.0, 35.0]]]]
    payload["base"] = {
        "bounds": [33.0, 30.5, 47.0, 40.0], "labels": [["Syria", "country", 1, 35.0, 38.3]],
        "land": {"type": "MultiPolygon", "coordinates": square},
        "lakes": {"type": "MultiPolygon", "coordinates": []},
        "rivers": [[[35.1, 38.1], [35.2, 38.3]]], "admin1": [], "borders": [],
        "coast": [[[36.0, 35.9], [35.5, 35.8], [35.0, 35.9]]],
    }
    packed = pack_payload(payload)
    assert isinstance(packed["base"]["rivers"][0], str)
    assert unpack_payload(packed) == payload
