"""Aleppo quarter boundaries for ``data/shapes.geojson`` from the Columbia CSR layer.

Source
    Columbia Center for Spatial Research (CSR), "Conflict Urbanism: Aleppo", neighbourhood
    layer ``map/data/Neighborhoods.geojson`` of https://github.com/CenterForSpatialResearch/aleppo_test
    at commit 3f750b94c646839365f93b41d23d4db99fc32d45 (17 March 2021): 133 features, fields
    ``Id``, ``NAME``, ``NAME_A``, lon/lat (CRS84). The same repository's
    ``spatializing-youtube/data/Neighborhoods_centroids.geojson`` gives the centroids that
    ``data/places.csv`` already uses as quarter points; its polygons are the same, but some
    names differ ("Aleppo Citadel-geojson", Id 120 named "ash-Sheikh Taha" twice), so the
    ``map/`` copy (the one the CSR web map loads) is read here.
    Raw file: https://raw.githubusercontent.com/CenterForSpatialResearch/aleppo_test/3f750b94c646839365f93b41d23d4db99fc32d45/map/data/Neighborhoods.geojson
    Optional second input, same repository and commit: ``map/data/un.geojson``, 14,058
    UNITAR-UNOSAT damage sites (Pleiades image of 26 April 2015) each labelled with a
    neighbourhood (``Neighborho``); it gives the extent of Ard al-Hamra, which CSR leaves
    undrawn (and, by hand, the points of ard-al-hamra and tariq-al-bab in data/places.csv).

Licence
    MIT License, Copyright (c) 2019 Columbia Center for Spatial Research (the repository's
    ``LICENSE``). The MIT notice has to travel with substantial copies: README.md says so
    next to the data table; the downloaded file itself is not kept in this repository.

What it writes (RFC 7946, lon/lat, 5 decimals as the build writes)
    * one Feature per matched quarter (``precision`` "drawn"): the CSR feature(s) named in
      :data:`MATCH`, cleaned as one coverage (GEOS CoverageCleaner: one edge of Ba'aiedeen
      and Sheikh Kheder did not match) and merged where CSR draws a quarter in several
      features (Tishreen, Ramouseh I+II, Sakhour + Sakhour I, ...);
    * one Feature per Aleppo quarter of ``data/places.csv`` that CSR does not draw
      (``precision`` "approximate"): the Voronoi cell of its point among all quarter points
      (as ``build_map`` derives cells) within 400 m of the point, less every CSR polygon
      (matched or not) and the streets between them; where that leaves nothing
      (the point lies inside a CSR polygon drawn under another name), the part of that
      polygon nearer to this point than to any other quarter point, and the host keeps the
      rest (its precision then becomes "approximate" too);
    * ``aleppo`` (the union of every quarter shape) and ``east-aleppo`` (the union of the
      quarters whose first control row gives them to the rebels), both "approximate", so
      that the city and district outlines agree with their quarters.

Usage::

    python scripts/csr_aleppo.py Neighborhoods.geojson --unosat un.geojson   # data/shapes.geojson
    python scripts/csr_aleppo.py Neighborhoods.geojson --report   # matches, unmatched, areas

Needs shapely >= 2.2 (GEOS >= 3.14, for ``coverage_clean``) and pyproj, as the project's
locked environment has.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import MultiPoint, MultiPolygon, Point, Polygon, mapping, shape

ROOT = Path(__file__).resolve().parent.parent
COMMIT = "3f750b94c646839365f93b41d23d4db99fc32d45"
URL = (f"https://github.com/CenterForSpatialResearch/aleppo_test/blob/{COMMIT}"
       "/map/data/Neighborhoods.geojson")
CITY = "aleppo"
DISTRICT = "east-aleppo"
HULL_BUFFER_M = 700.0      # as geo.settings.QUARTER_HULL_BUFFER_M
UTM = "EPSG:32637"         # UTM 37N, the zone of Aleppo (geo.geometry picks the same)
MIN_GAP_KM2 = 0.02         # a gap piece smaller than this is a street, not a quarter
OPENING_M = 12.0           # streets between CSR polygons are narrower than 2 x this
GAP_RADIUS_M = 400.0       # a derived gap shape stays within this distance of its point
#: Quarters whose extent the UNITAR-UNOSAT damage sites of CSR's ``map/data/un.geojson`` give
#: (their ``Neighborho`` label): the hull of those sites, 50 m around, replaces the 400 m disc.
UNOSAT_LABEL = {"ard-al-hamra": "Ard Al-Hamra"}
UNOSAT_MARGIN_M = 50.0
DECIMALS = 5             # the project precision (geo.settings.COORDINATE_PRECISION), about 1 m

#: CSR (Id, NAME) -> place id of data/places.csv; None: no quarter of ours (listed as
#: unmatched). Names as spelled in the source; the comment gives the reason when the
#: spellings differ beyond the usual al-/ad-/ash- and vowel variants.
MATCH: dict[tuple[int, str], str | None] = {
    (1, "al-'Aziziyeh"): "aziziyeh",
    (2, "Abraj"): "abraj",
    (3, "ad-Dallaleen"): "dallaleen",
    (4, "ad-Dudu"): "dudu",
    (5, "Aghyor"): "aqyol",                       # Aqyol/Aghyur, أقيول
    (6, "al-A'ajam"): "ajam",
    (7, "al-‘Arqoub"): "arqoub",
    (8, "al-‘Amiriyeh"): "amiriya",
    (9, "al-Ansari"): "ansari",
    (10, "al-Ansari Mashhad"): "ansari-mashhad",
    (11, "al-‘Aqabeh"): "aqaba",
    (12, "al-Asileh"): "asileh",                  # Arabic label القصيلة (Qasileh)
    (13, "al-A'azamiyeh"): "azamiyeh",
    (14, "al-Ballat"): "ballat",
    (15, "al-Besel"): "besel",
    (16, "Aleppo Citadel"): "citadel",
    (17, "Aleppo International Airport"): None,
    (18, "al-Farafra"): "farafira",
    (19, "al-Feid"): "feid",
    (20, "al-Furqan"): "furqan",
    (21, "al-Ghazali"): "ghazali",
    (22, "al-Hazzazeh"): "hazzazeh",
    (23, "aj-Jalloum"): "jallum",
    (24, "al-Kawakbi"): "kawakbi",
    (25, "Souq al-Madina"): "old-city",           # our Old City point is this polygon's
    (26, "al-Almaji"): "almaji",
    (27, "al-Muhafaza"): "muhafaza",
    (28, "an-Nayrab"): "nayrab",
    (29, "as-Sakhour I"): "sakhour",              # a second part of Sakhour
    (29, "as-Sakhour"): "sakhour",
    (30, "Altunbogha"): "altunbogha",
    (31, "Andalus"): "andalus",
    (32, "Ard As-Sabbagh"): "ard-al-sabbagh",
    (33, "Ad-Ramouseh Industrial District II"): "ramouseh",   # our Ramouseh is I/II
    (33, "Ad-Ramouseh Industrial District I"): "ramouseh",
    (35, "Ad-Ramouseh Industrial District III"): "ramouseh-3",
    (36, "Ad-Ramouseh Industrial District IV"): None,
    (37, "al-Ashrafiyeh"): "ashrafieh",
    (38, "ash-Shahba'"): "shahba",
    (39, "ash-Sheikh Maqsoud"): "sheikh-maqsoud",
    (40, "ash-Sheikh Yusef Cemetery"): None,
    (41, "ash-Shuhada’"): "shuhada",
    (42, "as-Sabil"): "sabil",
    (43, "as-Sukkari"): "sukkari",
    (44, "Ayn at-Tal"): "ayn-al-tal",
    (45, "az-Zahra’"): "zahraa",
    (46, "az-Zebdiyeh"): "zebdiya",
    (47, "Ba'aiedeen"): "baeedeen",
    (48, "Bab al-Maqam"): "bab-al-maqam",
    (49, "Bab Qinnasrin"): "bab-qinnasrin",
    (50, "al-Bayyada"): "bayyada",
    (51, "Beit Muheb / Jdeydeh"): "jdeideh",
    (52, "al-Belleramoon"): "layramoun",          # Layramoun, البلليرمون
    (53, "Bustan al-Basha"): "bustan-al-basha",
    (54, "Bustan al-Qaser"): "bustan-al-qasr",
    (55, "Bustan az-Zahra"): "bustan-al-zahra",
    (56, "Dahret ‘Awwad"): "dahret-awwad",
    (57, "Ansari Sharqi"): "ansari-sharqi",
    (58, "al-Fardos"): "ferdous",
    (59, "al-Hamdaniyeh I"): "hamdaniya",
    (60, "al-Hamdaniyeh II"): "hamdaniya-2",
    (61, "al-Hamdaniyeh III"): "hamdaniya-3",
    (62, "al-Hamdaniyeh IV"): "hamdaniya-4",
    (63, "al-Hamdaniyeh V"): "hamdaniya-5",
    (64, "al-Hamidiyeh"): "hamidiyeh",
    (65, "Hanano"): "masaken-hanano",             # the Hanano housing (Masaken Hanano)
    (66, "Hanano Barrack"): None,
    (67, "al-Haydariyeh"): "haydariya",
    (68, "al-Helwaniyeh"): "helwaniyeh",
    (69, "Ibn Ya'aqoub"): "ibn-yaqoub",
    (70, "Sheikh Najjar"): None,
    (71, "Industrial Area Jibreen"): None,
    (72, "Jabal Badro"): "jabal-badro",
    (73, "al-Jabriyeh"): "jabriyeh",
    (74, "Jamal Abd an-Naser Park"): None,
    (75, "al-Jamiliyeh"): "jamiliyeh",
    (76, "Jibreen"): None,
    (77, "Jouret ‘Awwad"): "jouret-awwad",
    (78, "al-Kallaseh"): "kallaseh",
    (79, "Karm ad-Da'ada'a"): "karm-al-dada",
    (80, "Karm aj-Jabal"): "karm-al-jabal",
    (81, "Karm aj-Jazmati"): "jazmati",
    (82, "Karm al-Qaterji"): "karm-al-qaterji",
    (83, "Karm Homad"): "karm-homad",
    (84, "Karm al-Myassar"): "karm-al-myassar",
    (85, "Karazdada Cemetery"): None,
    (86, "al-Khaldiyeh"): "khalidiya",
    (87, "al-Ma'asaraniyeh Youth Housing"): "masaken-maasaraniyeh",
    (88, "Maqar al-Anbiya'a"): "maqar-al-anbiya",
    (89, "al-Marjeh"): "marjeh",
    (90, "al-Masharqa"): "masharqa",
    (91, "Maysaloon Cemetery"): None,
    (92, "al-Midan"): "midan",
    (93, "Muhammad Bek"): "muhammad-bek",         # also called Bab al-Nairab
    (94, "New Aleppo"): "new-aleppo",
    (95, "Nile Street"): "nile-street",
    (97, "al-’Ourubeh"): "ourubeh",
    (98, "Qal’et ash-Sharif"): "qalat-al-sharif",
    (99, "Qadi Askar"): "qadi-askar",
    (100, "Qarleq"): "qarleq",
    (101, "Qastal Mosht"): "qastal-mosht",
    (102, "Rasafeh"): "rasafeh",
    (103, "Sahet Bizzeh"): "sahat-bizzeh",
    (104, "Sajlikhan"): "sajlikhan",
    (105, "Salah ad-Deen"): "salah-al-din",
    (106, "as-Salheen"): "salhin",
    (107, "Sayf ad-Dauleh"): "saif-al-dawla",
    (108, "ash-Sha'ar"): "shaar",
    (109, "Sheikh Abu Bakr"): "sheikh-abu-bakr",
    (110, "ash-Sheikh Fares"): "sheikh-fares",
    (111, "Sheikh Kheder"): "sheikh-khodr",
    (112, "Sheikh Sa’eed"): "sheikh-saeed",
    (113, "al-Suleimaniyeh"): "suleimaniyeh",
    (114, "Suleiman al-Halabi"): "suleiman-al-halabi",
    (115, "as-Siryan (Syriac Quarter)"): "seryan",
    (116, "Tal az-Zarazir"): "tal-al-zarazir",
    (117, "Tareq Ben Ziad"): "tareq-bin-ziyad",
    (118, "Tatarlar"): "tatarlar",
    (119, "The National Hospital"): None,
    (120, "The Public Park"): None,
    (120, "ash-Sheikh Taha"): "sheikh-taha",
    (121, "Tishreen"): "tishreen",
    (122, "Trab al-Hellok"): "hellok",
    (123, "University of Aleppo"): "university",
    (124, "as-Sakan ash-Shababi"): "sakan-shababi",
    (125, "az-Zuhour"): "zuhour",
}


def read_places(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def first_sides(path: Path) -> dict[str, str]:
    """The side of each place's earliest control row (file order within a day)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: r["date"]):   # stable, as geo.timeline sorts
        first.setdefault(row["place_id"], row["side"])
    return first


def polygonal(geometry):
    """The polygons of a geometry as one Polygon or MultiPolygon (None when empty)."""
    parts, stack = [], [geometry]
    while stack:
        part = stack.pop()
        if part.geom_type == "Polygon":
            if not part.is_empty:
                parts.append(part)
        elif part.geom_type in ("MultiPolygon", "GeometryCollection"):
            stack.extend(shapely.get_parts(part))
    if not parts:
        return None
    parts.sort(key=lambda p: p.bounds)
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def valid(geometry):
    """A valid polygonal geometry (rounding a union can make a ring touch itself)."""
    if not geometry.is_valid:
        geometry = polygonal(shapely.make_valid(geometry))
    return geometry


def rounded(geometry):
    return shapely.transform(geometry, lambda xy: np.round(xy, DECIMALS))


def unosat_extents(path: Path | None, to_m) -> dict[str, Polygon]:
    """Hull (in metres) of the damage sites of each label of :data:`UNOSAT_LABEL`."""
    if path is None:
        return {}
    sites = json.loads(path.read_text(encoding="utf-8"))["features"]
    extents = {}
    for pid, label in UNOSAT_LABEL.items():
        points = [Point(f["geometry"]["coordinates"]) for f in sites
                  if f["properties"].get("Neighborho") == label]
        if points:
            extents[pid] = to_m(MultiPoint(points)).convex_hull.buffer(UNOSAT_MARGIN_M)
    return extents


def build(source: Path, places_path: Path, control_path: Path, unosat: Path | None = None):
    collection = json.loads(source.read_text(encoding="utf-8"))
    features = collection["features"]
    keys = [(f["properties"]["Id"], f["properties"]["NAME"]) for f in features]
    unknown = [k for k in keys if k not in MATCH]
    if unknown:
        sys.exit(f"CSR features not in MATCH (add them, mapped to a place id or None): {unknown}")
    fwd = Transformer.from_crs("EPSG:4326", UTM, always_xy=True)
    back = Transformer.from_crs(UTM, "EPSG:4326", always_xy=True)
    to_m = lambda g: shapely.transform(g, fwd.transform, interleaved=False)      # noqa: E731
    to_ll = lambda g: shapely.transform(g, back.transform, interleaved=False)    # noqa: E731

    raw = np.array([shape(f["geometry"]) for f in features])
    clean = shapely.coverage_clean(raw)   # one unmatched edge: Ba'aiedeen / Sheikh Kheder
    places = read_places(places_path)
    quarters = {pid: p for pid, p in places.items()
                if p["kind"] == "quarter" and p["parent"] == CITY}
    missing_ids = sorted({pid for pid in MATCH.values() if pid and pid not in places})
    if missing_ids:
        sys.exit(f"MATCH names place ids that data/places.csv lacks: {missing_ids}")

    parts: dict[str, list] = defaultdict(list)
    names: dict[str, list] = defaultdict(list)
    unmatched_csr = []
    for key, geometry in zip(keys, clean, strict=True):
        pid = MATCH[key]
        if pid is None:
            unmatched_csr.append(key)
            continue
        parts[pid].append(to_m(geometry))
        names[pid].append(key)
    shapes = {pid: polygonal(shapely.coverage_union_all(gs)) for pid, gs in parts.items()}
    precision = {pid: "drawn" for pid in shapes}
    notes: dict[str, str] = {}

    # Quarters CSR does not draw: the gap their cell leaves, or a share of their host.
    ids = sorted(quarters)
    points = {pid: to_m(Point(float(quarters[pid]["lon"]), float(quarters[pid]["lat"])))
              for pid in ids}
    extent = MultiPoint(list(points.values())).convex_hull.buffer(HULL_BUFFER_M)
    cells_all = shapely.voronoi_polygons(MultiPoint([points[p] for p in ids]), extend_to=extent)
    cell = {}
    for pid in ids:
        cell[pid] = next(c for c in cells_all.geoms if c.covers(points[pid])).intersection(extent)
    extents = unosat_extents(unosat, to_m)
    drawn_union = to_m(shapely.coverage_union_all(clean))   # every CSR polygon, matched or not
    for pid in ids:
        if pid in shapes:
            continue
        reach = extents.get(pid, points[pid].buffer(GAP_RADIUS_M))
        gap = (extents[pid] if pid in extents else cell[pid].intersection(reach)) \
            .difference(drawn_union)
        gap = gap.buffer(-OPENING_M).buffer(OPENING_M).intersection(gap)   # drop streets
        pieces = [p for p in shapely.get_parts(polygonal(gap) or Polygon())
                  if p.area >= MIN_GAP_KM2 * 1e6]
        near = [p for p in pieces if p.distance(points[pid]) <= 300.0]
        if near:
            shapes[pid] = polygonal(shapely.union_all(near))
            precision[pid] = "approximate"
            notes[pid] = (f"derived: the hull of the UNITAR-UNOSAT damage sites labelled "
                          f"\"{UNOSAT_LABEL[pid]}\" (CSR map/data/un.geojson), 50 m around, less "
                          "every CSR polygon (CSR draws no polygon of this quarter)"
                          if pid in extents else
                          "derived: the Voronoi cell of the quarter point, as build_map derives "
                          "it, within 400 m of the point, less every CSR polygon (CSR draws no "
                          "polygon of this quarter)")
            continue
        host = next((h for h, g in shapes.items() if g.covers(points[pid])), None)
        if host is None:
            print(f"warning: {pid}: no gap piece near its point and no CSR polygon covers it; "
                  "left to build_map's Voronoi cell", file=sys.stderr)
            continue
        share = polygonal(shapes[host].intersection(cell[pid]))
        if share is None:
            print(f"warning: {pid}: its cell does not meet its host {host}", file=sys.stderr)
            continue
        shapes[host] = polygonal(shapes[host].difference(share))
        shapes[pid] = share
        precision[pid] = precision[host] = "approximate"
        notes[pid] = (f"derived: the part of the CSR polygon of {host} nearer to this quarter's "
                      "point than to any other quarter point (CSR draws this quarter within "
                      f"{host})")
        notes[host] = (notes.get(host, "") + "; " if host in notes else "") + (
            f"CSR polygon less the part given to {pid}")
    # One clean coverage of every quarter shape (the differences above add vertices).
    order = sorted(shapes)
    cleaned = shapely.coverage_clean(np.array([shapes[p] for p in order]))
    shapes = {p: polygonal(g) for p, g in zip(order, cleaned, strict=True)}
    lonlat = {p: valid(rounded(to_ll(g))) for p, g in shapes.items()}
    for _ in range(3):   # rounding can leave an edge a vertex apart: clean and round again
        if shapely.coverage_is_valid(np.array(list(lonlat.values()))):
            break
        again = shapely.coverage_clean(np.array([lonlat[p] for p in order]),
                                       snapping_distance=2 * 10.0 ** -DECIMALS)
        lonlat = {p: valid(rounded(polygonal(g))) for p, g in zip(order, again, strict=True)}
    if not shapely.coverage_is_valid(np.array(list(lonlat.values()))):
        print("warning: the rounded quarter shapes are not a valid coverage", file=sys.stderr)
    first = first_sides(control_path)
    city = valid(rounded(shapely.union_all([lonlat[p] for p in order])))
    east = valid(rounded(shapely.union_all([lonlat[p] for p in order
                                            if first.get(p) == "rebels"])))
    return {"shapes": shapes, "lonlat": lonlat, "precision": precision, "names": names,
            "notes": notes, "unmatched_csr": unmatched_csr, "city": polygonal(city),
            "east": polygonal(east), "quarters": quarters, "to_m": to_m}


def feature(place_id, geometry, precision, source, name_in_source, note=""):
    properties = {"place_id": place_id, "precision": precision, "source": source,
                  "name_in_source": name_in_source}
    if note:
        properties["note"] = note
    return {"type": "Feature", "properties": properties, "geometry": mapping(geometry)}


def collection(result) -> dict:
    out = []
    for pid in sorted(result["lonlat"]):
        geometry = result["lonlat"][pid]
        keys = result["names"].get(pid, [])
        if keys:
            refs = "; ".join(f'feature Id {i}, NAME "{n}"' for i, n in keys)
            source = f"{URL} ({refs})"
            name = " + ".join(n for _, n in keys)
        else:
            source = f"{URL} (no feature: derived from the CSR polygons and the quarter points " \
                     "of data/places.csv)"
            name = ""
        out.append(feature(pid, geometry, result["precision"][pid], source, name,
                           result["notes"].get(pid, "")))
    out.append(feature(CITY, result["city"], "approximate",
                       f"{URL} (union of the quarter shapes of this file)", "",
                       "derived: union of the Aleppo quarter shapes of this file"))
    out.append(feature(DISTRICT, result["east"], "approximate",
                       f"{URL} (union of the quarter shapes of this file)", "",
                       "derived: union of the shapes of the quarters whose first row in "
                       "data/control.csv gives them to the rebels"))
    return {"type": "FeatureCollection",
            "name": "Aleppo quarters from the Columbia CSR neighbourhood layer (MIT)",
            "features": out}


def report(result) -> None:
    quarters = result["quarters"]
    drawn = sorted(p for p, v in result["precision"].items() if result["names"].get(p))
    print(f"CSR features matched to {len(drawn)} quarters of data/places.csv")
    print("quarters of data/places.csv CSR does not draw:",
          ", ".join(f"{p} ({result['precision'].get(p, 'none')})"
                    for p in sorted(quarters) if not result["names"].get(p)))
    print("CSR features matched to no quarter:",
          "; ".join(f"Id {i} {n}" for i, n in result["unmatched_csr"]))
    areas = {p: g.area / 1e6 for p, g in result["shapes"].items()}
    for pid in ("sheikh-saeed", "masaken-hanano", "old-city", "sukkari"):
        print(f"  {pid}: {areas.get(pid, 0):.3f} km2")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path, help="CSR map/data/Neighborhoods.geojson")
    parser.add_argument("--unosat", type=Path, help="CSR map/data/un.geojson (UNITAR-UNOSAT "
                        "damage sites): extents of the quarters of UNOSAT_LABEL")
    parser.add_argument("--places", type=Path, default=ROOT / "data/places.csv")
    parser.add_argument("--control", type=Path, default=ROOT / "data/control.csv")
    parser.add_argument("--out", type=Path, default=ROOT / "data/shapes.geojson")
    parser.add_argument("--report", action="store_true", help="print matches; write nothing")
    args = parser.parse_args(argv)
    result = build(args.source, args.places, args.control, args.unosat)
    if args.report:
        report(result)
        return 0
    text = json.dumps(collection(result), ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text.replace('{"type":"Feature"', '\n{"type":"Feature"') + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({len(result['lonlat']) + 2} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
