"""End to end: the seed map and its exports, as the output contract specifies."""

import csv
import json
import re
from pathlib import Path

import geopandas as gpd
import pytest

from geo import settings
from geo.cli import main
from geo.mapping.codec import read_map_payload

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ["article", "start", "end", "text", "place_id", "name", "kind", "lat", "lon"]


def test_outputs_exist(seed_build):
    for name in ["map.html", "mentions.csv", "places.geojson", "control.csv", "embed.html",
                 "map.png", "dates.csv"]:
        assert (seed_build / name).stat().st_size > 0, name


def test_mentions_csv_contract(seed_build):
    text = (seed_build / "mentions.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert list(rows[0]) == CONTRACT
    seed = (settings.SEEDS_DIR / "000_9675cb4a4e2b07e4.txt").read_text(encoding="utf-8")
    for row in rows:
        assert seed[int(row["start"]):int(row["end"])] == row["text"]
    ids = {row["place_id"] for row in rows}
    assert {"aleppo", "palmyra", "al-bab", "raqqa", "idlib", "deir-ez-zor", "mosul",
            "sheikh-saeed", "karm-al-dada", "ferdous", "bab-al-maqam", "jallum"} <= ids


def test_places_geojson_is_rfc7946(seed_build):
    data = json.loads((seed_build / "places.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    # RFC 7946 3.2: the identifier is the Feature's id (and stays in the properties).
    assert all(f["id"] == f["properties"]["id"] for f in data["features"])
    frame = gpd.read_file(seed_build / "places.geojson")
    assert {"id", "name", "kind", "precision", "source"} <= set(frame.columns)
    jallum = frame.set_index("id").loc["jallum"]
    assert jallum.geometry.geom_type == "Polygon"
    assert 37.0 < jallum.geometry.centroid.x < 37.3 and 36.1 < jallum.geometry.centroid.y < 36.3
    # Coordinates at the project's precision (5 decimals, about 1 m), and rounding kept the
    # polygons valid and the quarters' shared edges shared (no gaps, no overlaps).
    decimals = {len(c) for c in re.findall(r"-?\d+\.(\d+)", json.dumps(
        [f["geometry"] for f in data["features"]]))}
    assert max(decimals) <= settings.COORDINATE_PRECISION
    assert frame.is_valid.all()
    quarters = frame[frame["kind"] == "quarter"].to_crs(32637)
    union = quarters.geometry.union_all().area
    assert abs(union - quarters.area.sum()) / union < 1e-6


def _holder_on(rows: list[dict], place_id: str, day: str) -> str:
    """The faction of the latest row of ``place_id`` on or before ``day``."""
    dated = [r for r in rows if r["place_id"] == place_id and r["date"] <= day]
    return max(dated, key=lambda r: r["date"])["faction"]


def test_control_csv(seed_build):
    rows = list(csv.DictReader((seed_build / "control.csv").read_text().splitlines()))
    assert list(rows[0]) == ["date", "place_id", "faction"]
    assert _holder_on(rows, "palmyra", "2016-12-10") == "government"
    assert _holder_on(rows, "palmyra", "2016-12-11") == "isis"
    assert _holder_on(rows, "ferdous", "2016-12-10") == "rebels"
    assert _holder_on(rows, "ferdous", "2016-12-11") == "government"
    # The days that matter only: each listed day is the first or a day of a control row.
    days = sorted({r["date"] for r in rows})
    assert "2016-12-11" in days and len(days) < 30


def test_html_holds_layers_slider_and_data(seed_build):
    html = (seed_build / "map.html").read_text(encoding="utf-8")
    assert 'id="warmap-data"' in html and "warmapInit(" in html
    # The legend's switches of the layers a reader may hide (no Leaflet layer control).
    for layer in ['"Movements"', '"Events"', '"Places named"']:
        assert layer in html
    assert "leaflet-control-layers-toggle" not in html.split("<script>", 2)[-1]
    payload = read_map_payload(html)
    assert payload["initial"] == "2016-12-12"
    areas = {a["id"]: a for a in payload["areas"]}
    assert [c["side"] for c in areas["palmyra"]["changes"]] == ["government", "isis"]
    assert {"isis-renewed-attack", "government-retreat-palmyra",
            "turkey-march-raqqa"} <= {m["id"] for m in payload["movements"]}
    assert any(e["kind"] == "strike" and e["status"] == "claimed" for e in payload["events"])
    # No script or style is fetched from a CDN.
    assert not re.search(r'<script[^>]+src="https?:', html)
    assert not re.search(r'<link[^>]+href="https?:[^"]+\.css', html)


def test_geoparse_command_prints_csv(capsys):
    path = settings.SEEDS_DIR / "000_9675cb4a4e2b07e4.txt"
    assert main(["geoparse", str(path), "--published", "2016-12-12"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ",".join(CONTRACT)
    assert any(",palmyra,Palmyra," in line for line in lines)


def test_bad_publication_date_is_a_readable_error(capsys, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Fighting in Aleppo.", encoding="utf-8")
    with pytest.raises(SystemExit) as caught:
        main(["geoparse", str(path), "--published", "12/12/2016"])
    assert caught.value.code == 2
    assert "expected YYYY-MM-DD" in capsys.readouterr().err


def test_the_payload_carries_the_map_model(seed_build):
    """Regions, sites, states of control, evacuations, figures and rival claims reach the
    page's data, each as its typed fields."""
    payload = read_map_payload((seed_build / "map.html").read_text(encoding="utf-8"))
    areas = {a["id"]: a for a in payload["areas"]}
    for region, code in [("idlib-governorate", "SY-ID"), ("deir-ez-zor-governorate", "SY-DY"),
                         ("raqqa-governorate", "SY-RA")]:
        assert areas[region]["precision"].endswith(f"({code})"), region
    assert areas["euphrates-shield-area"]["precision"] == "approximate"
    assert [a["kind"] for a in payload["areas"]].index("quarter") > \
        [a["id"] for a in payload["areas"]].index("raqqa")  # regions, towns, then quarters
    rows = {(a["id"], c["date"]): c for a in payload["areas"] for c in a["changes"]}
    assert rows["deir-ez-zor", "2016-12-12"]["state"] == "besieged"
    assert rows["deir-ez-zor", "2016-12-12"]["by"] == ["isis"]
    assert rows["sheikh-saeed", "2016-11-30"]["share"] == 67
    assert rows["sukkari", "2016-12-22"]["change"] == "handed"
    sites = {s["id"]: s for s in payload["sites"]}
    assert sites["tiyas-airbase"]["symbol"] == "airbase" and sites["nuri-mosque"]["symbol"] == \
        "mosque"
    evacuation = next(m for m in payload["movements"] if m["kind"] == "evacuation")
    assert evacuation["shaft"] and evacuation["ring"] is None
    assert not [m for m in payload["movements"] if m["derived"] and m["start"] == "2016-12-22"]
    own = [f for f in payload["figures"] if f["article"]]
    assert {f["stated"] for f in own} >= {"some 5 km²", "about 2%", "some 18,000 km²"}
    assert all(f["check"] for f in own)
    with (ROOT / "data" / "disputes.csv").open(encoding="utf-8") as rows_file:
        disputes = sum(1 for _ in csv.DictReader(rows_file))
    assert len(payload["disputes"]) == disputes > 60 and payload["lines"] == []
    # A rival claim about one of two events of a place and day goes with that one alone.
    tanker = next(d for d in payload["disputes"] if d["id"] == "tanker-strike-date")
    assert tanker["rivals"] == "centcom-tanker-strike"
    centcom = next(e for e in payload["events"] if e["id"] == "centcom-tanker-strike")
    assert "USA Today" in centcom["note"]
    assert {"contested", "partial", "besieged", "region", "site", "evacuation"} <= set(
        payload["legendKeys"])
    assert [v["id"] for v in payload["views"]].count("aleppo") == 1
