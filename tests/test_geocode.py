"""Online geocoding against a stub Nominatim on 127.0.0.1: candidates, rows, --append."""

from __future__ import annotations

import contextlib
import csv
import json
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from geo.cli import main
from geo.errors import InputError
from geo.inputs.places import load_gazetteer
from geo.parse.geoparse import geoparse
from geo.tools.geocode import geocode_names, missing_place_candidates, place_rows

ROOT = Path(__file__).resolve().parent.parent

#: What the stub knows: a Nominatim /search answer per query (coordinates from
#: OpenStreetMap's objects of those names; the ids here are the stub's own).
ANSWERS = {
    "Qaboun": {"osm_type": "relation", "osm_id": 101, "lat": "33.5439", "lon": "36.3292",
               "addresstype": "suburb", "name": "Al-Qaboun",
               "display_name": "Al-Qaboun, Damascus, Syria",
               "namedetails": {"name": "القابون", "name:en": "Al-Qaboun", "name:ar": "القابون"},
               "address": {"country_code": "sy"}},
    "Jirah": {"osm_type": "node", "osm_id": 202, "lat": "36.0957", "lon": "37.9444",
              "addresstype": "village", "name": "Jirah",
              "display_name": "Jirah, Aleppo Governorate, Syria",
              "namedetails": {"name": "الجراح"}, "address": {"country_code": "sy"}},
    "Tadamon": {"osm_type": "relation", "osm_id": 303, "lat": "33.4870", "lon": "36.3050",
                "addresstype": "suburb", "name": "Al-Tadamon",
                "display_name": "Al-Tadamon, Damascus, Syria",
                "namedetails": {"name:en": "Al-Tadamon"}, "address": {"country_code": "sy"}},
}
#: The outlines the stub gives when asked for them (polygon_geojson=1): the stub's own
#: squares around the points, with a vertex within 10 m of a straight edge.
OUTLINES = {"Tadamon": {"type": "Polygon", "coordinates": [[
    [36.295, 33.480], [36.300, 33.48003], [36.315, 33.480], [36.315, 33.494],
    [36.295, 33.494], [36.295, 33.480]]]},
    "Jirah": {"type": "Point", "coordinates": [37.9444, 36.0957]}}


class _Nominatim(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        self.server.requests.append((url.path, query))
        name = query.get("q", [""])[0]
        answer = ANSWERS.get(name)
        if answer and query.get("polygon_geojson") == ["1"] and name in OUTLINES:
            answer = {**answer, "geojson": OUTLINES[name]}
        body = json.dumps([answer] if answer else []).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def nominatim():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _url(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def test_candidates_are_unplaced_names_after_and_before_place_words(gazetteer):
    text = ("Rebels held the district of Qadam and the Tadamon neighbourhood in Damascus. "
            "Shelling hit the Aleppo countryside and the town of Palmyra. The town was calm.")
    parse = geoparse(text, gazetteer)
    names = [c.name for c in missing_place_candidates(text, parse)]
    assert names == ["Qadam", "Tadamon"]  # Aleppo, Damascus and Palmyra are already placed


def test_a_name_after_a_known_place_is_taken_alone(gazetteer):
    text = "Fighting went on in the Damascus Tadamon district."
    names = [c.name for c in missing_place_candidates(text, geoparse(text, gazetteer))]
    assert names == ["Tadamon"]


def test_geocode_asks_the_service_in_the_articles_countries(nominatim):
    found = geocode_names(["Qaboun", "Nowhere"], _url(nominatim), ["SY"], min_delay_seconds=0)
    assert found["Nowhere"] is None
    place = found["Qaboun"]
    assert (place.name, place.kind, place.osm) == ("Al-Qaboun", "quarter", "relation/101")
    assert (place.lat, place.lon) == (33.5439, 36.3292)
    path, query = nominatim.requests[0]
    assert path == "/search" and query["countrycodes"] == ["sy"] and query["format"] == ["json"]


def test_rows_are_sourced_and_parented(nominatim, gazetteer):
    found = geocode_names(["Qaboun", "Jirah"], _url(nominatim), ["sy"], min_delay_seconds=0)
    rows = place_rows(found.values(), gazetteer, "127.0.0.1")
    qaboun, jirah = rows
    assert qaboun["id"] == "al-qaboun" and qaboun["aliases"] == "" and qaboun["kind"] == "quarter"
    assert qaboun["parent"] == "damascus"  # the nearest city of the gazetteer, 4 km away
    assert qaboun["source"] == "osm:relation/101" and qaboun["arabic"] == "القابون"
    assert "check before use" in qaboun["note"] and "127.0.0.1" in qaboun["note"]
    assert jirah["kind"] == "town" and jirah["parent"] == "syria"


def test_append_then_the_geoparser_places_the_name(nominatim, tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / "a.txt").write_text("Government forces shelled the town of Jirah, east of "
                                 "Aleppo, on Monday.", encoding="utf-8")
    (seeds / "a.json").write_text('{"published": "2017-05-08"}', encoding="utf-8")
    status = main(["geocode", "--data", str(data), "--seeds", str(seeds),
                             "--url", _url(nominatim), "--min-delay", "0", "--append"])
    assert status == 0
    assert "added 1 place(s)" in capsys.readouterr().err
    rows = list(csv.DictReader((data / "places.csv").open(encoding="utf-8")))
    assert rows[-1]["id"] == "jirah" and rows[-1]["source"] == "osm:node/202"
    assert main(["check", "--data", str(data), "--seeds", str(seeds)]) == 0
    text = (seeds / "a.txt").read_text(encoding="utf-8")
    mentions = geoparse(text, load_gazetteer(data)).mentions
    assert ("Jirah", "jirah") in {(m.text, m.place_id) for m in mentions}


def test_printing_leaves_the_data_alone(nominatim, tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    before = (data / "places.csv").read_bytes()
    status = main(["geocode", "--data", str(data), "Jirah", "--country", "sy",
                             "--url", _url(nominatim), "--min-delay", "0"])
    assert status == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("id,name,aliases,arabic,kind,parent,lat,lon,source")
    assert out[1].startswith("jirah,Jirah,")
    assert (data / "places.csv").read_bytes() == before


def test_unreachable_service_is_a_readable_error(tmp_path, capsys):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    url = _url(server)
    server.server_close()  # nothing listens there now
    with pytest.raises(InputError, match="the geocoding service failed on 'Jirah'"):
        geocode_names(["Jirah"], url, min_delay_seconds=0, timeout=2)
    assert main(["geocode", "Jirah", "--country", "sy", "--url", url,
                           "--min-delay", "0"]) == 2
    err = capsys.readouterr().err
    assert "geocoding service failed on 'Jirah': GeocoderUnavailable: Connection refused" in err
    assert "Traceback" not in err and "Retrying" not in err


def test_bad_service_address():
    with pytest.raises(InputError, match="not a geocoding service address"):
        geocode_names(["Jirah"], "ftp://example.org")


def test_append_that_would_break_the_file_writes_nothing(tmp_path):
    from geo.tools.geocode import append_places

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    before = (data / "places.csv").read_bytes()
    row = {"id": "aleppo", "name": "Aleppo again", "kind": "city", "lat": "36.2",
           "lon": "37.16", "source": "osm:node/1"}
    with pytest.raises(InputError) as raised:
        append_places(data / "places.csv", [row])
    problem = raised.value.problems[0]
    assert problem.path.endswith("places.csv") and problem.field == "id"
    assert "duplicate id" in problem.message
    assert (data / "places.csv").read_bytes() == before
    assert [p.name for p in data.iterdir() if p.name.endswith(".tmp")] == []


# --- a service that cannot be trusted (issue 16) ----------------------------------------------

def _place(**fields) -> dict:
    return {"osm_type": "node", "osm_id": 303, "lat": "36.1", "lon": "37.9",
            "addresstype": "village", "name": "Somewhere", "display_name": "Somewhere, Syria",
            "address": {"country_code": "sy"}, **fields}


#: Hostile answers by query: (status, headers, body).
HOSTILE = {
    "BadLat": [_place(lat="123.4")],
    "BadLon": [_place(lon="500")],
    "NanLat": [_place(lat="nan")],
    "HugeLat": [_place(lat="1e999")],
    "NoLat": [{k: v for k, v in _place().items() if k != "lat"}],
    "NumName": [_place(name=5)],
    "Error": {"error": "Unable to geocode"},
    "ErrorObject": {"error": {"code": 400, "message": "Nothing to search for"}},
}


class _Hostile(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlsplit(self.path).query).get("q", [""])[0]
        if query == "Redirect":
            self.send_response(302)
            self.send_header("Location", self.server.elsewhere + "/search?q=Jirah&format=json")
            self.end_headers()
            return
        if query == "Big":
            body = b'[{"lat": "36.1", "lon": "37.9", "display_name": "' + b"x" * 3_000_000 + \
                b'"}]'
        elif query == "Syria":
            body = json.dumps([{"osm_type": "relation", "osm_id": 184840, "lat": "34.64",
                                "lon": "39.05", "addresstype": "country", "name": "Syria",
                                "display_name": "Syria", "address": {"country_code": "sy"}}]
                              ).encode()
        elif query == "Formula":
            body = json.dumps([_place(name='=HYPERLINK("http://127.0.0.1:9/x","click")')]
                              ).encode()
        else:
            body = json.dumps(HOSTILE.get(query, [])).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def hostile(nominatim):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    server.elsewhere = _url(nominatim)  # another origin: the same host, another port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _geocode(server, data: Path, name: str) -> int:
    return main(["geocode", "--data", str(data), name, "--country", "sy", "--url",
                 _url(server), "--min-delay", "0", "--append"])


@pytest.mark.parametrize(("name", "fragment"), [
    ("BadLat", "lat 123.4 is outside ±90 degrees"),
    ("BadLon", "lon 500 is outside ±180 degrees"),
    ("NanLat", "lat nan is outside ±90 degrees"),
    ("HugeLat", "lat 1e999 is outside ±90 degrees"),
    ("NoLat", "a place without 'lat'"),
    ("NumName", "name '5' is not text"),
    ("Error", "the service answered with an error: Unable to geocode"),
    ("ErrorObject", "the service answered with an error: Nothing to search for"),
    ("Big", "the answer is larger than 2 MB; not read"),
    ("Redirect", "redirected to another address"),
])
def test_a_bad_answer_is_one_line_exit_2_and_places_csv_is_unchanged(name, fragment, hostile,
                                                                     tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    before = (data / "places.csv").read_bytes()
    assert _geocode(hostile, data, name) == 2
    err = capsys.readouterr().err
    assert f"the geocoding service failed on {name!r}" in err and fragment in err, err
    assert "Traceback" not in err and "internal error" not in err
    assert len(err.splitlines()) == 2  # the problem, and what it means
    assert (data / "places.csv").read_bytes() == before


def test_an_answer_that_is_a_known_place_is_not_appended_again(hostile, tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    before = (data / "places.csv").read_bytes()
    assert _geocode(hostile, data, "Syria") == 0
    assert "already in places.csv: Syria is 'syria' (line 2)" in capsys.readouterr().err
    assert (data / "places.csv").read_bytes() == before


def test_a_name_that_is_a_spreadsheet_formula_is_left_out(hostile, tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    before = (data / "places.csv").read_bytes()
    assert _geocode(hostile, data, "Formula") == 0
    assert "starts like a spreadsheet formula" in capsys.readouterr().err
    assert (data / "places.csv").read_bytes() == before


def test_written_rows_neutralise_formulas():
    from geo.tools.geocode import rows_csv

    text = rows_csv([{"id": "x", "name": "=cmd|' /C calc'!A0", "lat": "-12.5"}])
    row = next(csv.DictReader(text.splitlines()[0:2]))
    assert row["name"] == "'=cmd|' /C calc'!A0" and row["lat"] == "-12.5"


def test_long_service_errors_are_cut_at_a_word():
    from geo.tools.geocode import _reason

    long = "HTTPSConnectionPool(host='x', port=443): Max retries exceeded with url: " + \
        "/search?q=" + "a" * 300 + " (Caused by ReadTimeoutError)"
    assert _reason(Exception(long)) == "no answer in time (timed out)"
    text = _reason(Exception("word " * 100))
    assert text.endswith("word …") and len(text) <= 202


# --- boundaries (issue 11) --------------------------------------------------------------------

def test_the_service_is_asked_for_outlines_and_only_polygons_are_kept(nominatim):
    found = geocode_names(["Tadamon", "Jirah"], _url(nominatim), ["sy"], min_delay_seconds=0)
    assert all(q["polygon_geojson"] == ["1"] for _, q in nominatim.requests)
    tadamon = found["Tadamon"].boundary
    assert tadamon is not None and tadamon.geom_type == "Polygon"
    assert tadamon.contains(tadamon.representative_point())
    assert len(tadamon.exterior.coords) == 5  # the 3 m bend simplified away
    assert found["Jirah"].boundary is None  # a village given as a point keeps its point
    nominatim.requests.clear()
    found = geocode_names(["Tadamon"], _url(nominatim), ["sy"], min_delay_seconds=0,
                          boundaries=False)
    assert "polygon_geojson" not in nominatim.requests[0][1]
    assert found["Tadamon"].boundary is None


@pytest.mark.parametrize("geometry", [
    {"type": "Polygon", "coordinates": [[[200, 10], [201, 10], [201, 11], [200, 10]]]},
    {"type": "Polygon", "coordinates": "not coordinates"},
    {"type": "LineString", "coordinates": [[36.3, 33.4], [36.4, 33.5]]},
    {"type": "Polygon", "coordinates": []},
    "a string",
])
def test_an_outline_that_is_no_polygon_in_lon_lat_is_left_out(geometry):
    from geo.tools.geocode import boundary

    assert boundary(geometry) is None


def test_append_writes_the_outline_to_shapes_and_the_map_draws_it(nominatim, tmp_path,
                                                                   capsys):
    from geo.inputs.shapes import read_shapes

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    lines_before = (data / "shapes.geojson").read_text(encoding="utf-8").splitlines()
    status = main(["geocode", "--data", str(data), "Tadamon", "Jirah", "--country", "sy",
                   "--url", _url(nominatim), "--min-delay", "0", "--append"])
    assert status == 0
    err = capsys.readouterr().err
    assert "added 2 place(s)" in err and "1 boundary(ies)" in err
    lines = (data / "shapes.geojson").read_text(encoding="utf-8").splitlines()
    # the file's features untouched (the last gains its comma), one added before the end
    assert lines[:-3] == lines_before[:-2] and lines[-3] == lines_before[-2] + ","
    assert lines[-1] == lines_before[-1] == "]}"
    feature = json.loads(lines[-2])
    assert feature["properties"]["place_id"] == "al-tadamon"
    assert feature["properties"]["source"] == "osm:relation/303"
    assert "ODbL" in feature["properties"]["note"]
    shapes, problems = read_shapes(data / "shapes.geojson",
                                   load_gazetteer(data).places)
    assert not [p for p in problems if p.is_error]
    assert shapes["al-tadamon"][1] == "drawn"
    import geo

    result = geo.build(data, ROOT / "seeds", out_dir=None, picture=False)
    drawn = result.places.set_index("id").loc["al-tadamon"]
    assert "© OpenStreetMap contributors" in result.map.get_root().render()
    assert drawn["precision"] == "drawn" and drawn["geometry"].geom_type == "Polygon"


def test_an_oversized_outline_falls_back_to_the_point(tmp_path):
    class _Large(BaseHTTPRequestHandler):
        def do_GET(self):
            query = parse_qs(urlsplit(self.path).query)
            answer = dict(ANSWERS["Tadamon"])
            if query.get("polygon_geojson") == ["1"]:
                answer["geojson"] = {"type": "Polygon", "coordinates": [[
                    [36.3 + i * 1e-7, 33.48] for i in range(200_000)] + [[36.3, 33.48]]]}
            body = json.dumps([answer]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Large)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        found = geocode_names(["Tadamon"], _url(server), ["sy"], min_delay_seconds=0)
    finally:
        server.shutdown()
        server.server_close()
    assert found["Tadamon"].boundary is None and found["Tadamon"].lat == 33.487


def test_a_broken_shapes_file_is_named_and_nothing_is_appended(nominatim, tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "shapes.geojson").write_text('{"type": "FeatureCollection", "features": [',
                                         encoding="utf-8")
    before = (data / "places.csv").read_bytes()
    status = main(["geocode", "--data", str(data), "Tadamon", "--country", "sy",
                   "--url", _url(nominatim), "--min-delay", "0", "--append"])
    err = capsys.readouterr().err
    assert status == 2 and "shapes.geojson" in err and "not valid JSON" in err, err
    assert "Traceback" not in err and (data / "places.csv").read_bytes() == before
    assert [p.name for p in data.iterdir() if p.name.endswith(".tmp")] == []
