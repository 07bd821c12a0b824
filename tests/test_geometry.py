"""Quarter cells, town circles, areas in a projected CRS, and arrows."""

import datetime as dt
import math

import pytest
import shapely
from shapely.geometry import Point, box

from geo.geodesy import area_km2, utm_crs
from geo.inputs.timeline import Movement
from geo.mapping.arrows import derived_advances, movement_arrow
from geo.mapping.geometry import (
    PRECISION_CIRCLE,
    PRECISION_VORONOI,
    area_by_side,
    place_geometries,
    quarter_cells,
    town_circle,
)
from geo.parse.gazetteer import Place


def _place(pid, lon, lat, kind="quarter", parent="city", population=0):
    return Place(id=pid, name=pid, kind=kind, lat=lat, lon=lon, source="test", parent=parent,
                 population=population)


def test_area_is_computed_in_metres_not_degrees():
    # A 0.01° x 0.01° square at 36°N is about 1.11 km x 0.90 km.
    square = box(37.0, 36.0, 37.01, 36.01)
    assert area_km2(square) == pytest.approx(1.1132 * 0.9006, rel=0.01)


def test_utm_zone_of_aleppo():
    assert utm_crs(37.16, 36.2).to_epsg() == 32637


def test_quarter_cells_tile_the_hull_without_overlap():
    quarters = [_place(f"q{i}", 37.1 + 0.01 * (i % 4), 36.2 + 0.01 * (i // 4)) for i in range(12)]
    cells = quarter_cells(quarters)
    assert set(cells) == {q.id for q in quarters}
    for quarter in quarters:
        assert cells[quarter.id].covers(Point(quarter.lon, quarter.lat))
    union = shapely.union_all(list(cells.values()))
    total = sum(area_km2(c) for c in cells.values())
    assert total == pytest.approx(area_km2(union), rel=1e-6)  # no overlaps


def test_town_circle_area_follows_population():
    town = _place("t", 38.28, 34.56, kind="town", population=51015)
    assert area_km2(town_circle(town)) == pytest.approx(51015 / 10_000, rel=0.02)


def test_seed_geometries(gazetteer, timeline):
    frame = place_geometries(gazetteer, timeline, {}).set_index("id")
    assert frame.crs.to_epsg() == 4326
    for quarter in ["sheikh-saeed", "karm-al-dada", "ferdous", "bab-al-maqam", "jallum"]:
        assert frame.loc[quarter, "precision"] == PRECISION_VORONOI
        assert frame.loc[quarter].geometry.geom_type == "Polygon"
    for town in ["palmyra", "al-bab", "raqqa"]:
        assert frame.loc[town, "precision"] == PRECISION_CIRCLE
        assert frame.loc[town].geometry.contains(
            Point(frame.loc[town, "lon"], frame.loc[town, "lat"]))
    assert 80 < frame.loc["aleppo", "area_km2"] < 250  # municipal area is about 190 km²
    # Packaged geography: a built-up outline where Natural Earth has one, admin-1 units.
    assert frame.loc["deir-ez-zor", "precision"].startswith("outline: Natural Earth")
    assert frame.loc["idlib-governorate", "precision"].endswith("(SY-ID)")
    assert frame.loc["idlib-governorate", "area_km2"] == pytest.approx(5636.7)
    assert frame.loc["tiyas-airbase", "precision"] == "point"


def test_rebel_area_shrinks_when_the_named_quarters_fall(gazetteer, timeline):
    frame = place_geometries(gazetteer, timeline, {})
    before = area_by_side(frame, timeline.control_state_on(dt.date(2016, 12, 10)), "aleppo",
                          gazetteer)
    after = area_by_side(frame, timeline.control_state_on(dt.date(2016, 12, 11)), "aleppo",
                         gazetteer)
    lost = before["rebels"] - after["rebels"]
    # The rebels lose exactly the quarters that changed hands that day: the five the
    # article names, and the neighbours the data says fell with them.
    old_state = timeline.control_state_on(dt.date(2016, 12, 10))
    new_state = timeline.control_state_on(dt.date(2016, 12, 11))
    fallen = [pid for pid, side in old_state.items()
              if side == "rebels" and new_state.get(pid) != "rebels"
              and gazetteer.get(pid).kind == "quarter"]
    named = ["sheikh-saeed", "karm-al-dada", "ferdous", "bab-al-maqam", "jallum"]
    assert set(named) <= set(fallen)
    areas = frame.set_index("id")["area_km2"]
    assert lost == pytest.approx(areas.loc[fallen].sum(), abs=0.05)
    assert lost > areas.loc[named].sum()
    assert after["government"] > before["government"]


def test_arrow_from_bearing_points_at_target(gazetteer):
    movement = Movement("m", dt.date(2016, 12, 9), dt.date(2016, 12, 11), "isis", "advance",
                        "done", "", "palmyra", 60.0, 30.0, "q", "s")
    arrow = movement_arrow(movement, gazetteer)
    palmyra = gazetteer.get("palmyra")
    tip = arrow.head.exterior.coords[0]
    assert tip == pytest.approx((palmyra.lon, palmyra.lat))
    start = arrow.shaft.coords[0]
    # The attack comes from the north-east: start is north and east of Palmyra, ~30 km away.
    assert start[0] > palmyra.lon and start[1] > palmyra.lat
    km = math.dist(start, (palmyra.lon, palmyra.lat)) * 111
    assert 20 < km < 40


def test_derived_advances_come_from_neighbouring_held_quarters(gazetteer, timeline):
    advances = {m.to_place: m for m in derived_advances(timeline, gazetteer)}
    move = advances["sheikh-saeed"]
    assert move.side == "government" and move.start == dt.date(2016, 12, 11)
    origin = gazetteer.get(move.from_place)
    assert origin.parent == "aleppo"
    assert timeline.control_state_on(dt.date(2016, 12, 10))[origin.id] == "government"


def test_display_simplification_keeps_a_coverage_and_drops_invisible_vertices():
    import geopandas as gpd
    import shapely

    from geo.mapping.geometry import simplify_for_display

    # Two quarters sharing a wiggly edge (wiggles of ~1 m, far under the 5 m tolerance),
    # and a town outline with the same noise.
    wiggle = [(37.15, 36.20 + i * 0.001 + (0.00001 if i % 2 else 0)) for i in range(11)]
    west = shapely.Polygon([(37.14, 36.20), *wiggle, (37.14, 36.21)])
    east = shapely.Polygon([*wiggle, (37.16, 36.21), (37.16, 36.20)])
    town = shapely.Point(38.27, 34.55).buffer(0.02, quad_segs=64)

    class Places:
        def get(self, pid):
            parent = {"west": "aleppo", "east": "aleppo"}.get(pid, "")
            return type("P", (), {"parent": parent, "kind": "quarter" if parent else "town"})

    frame = gpd.GeoDataFrame({"id": ["west", "east", "palmyra"]},
                             geometry=[west, east, town], crs="EPSG:4326")
    simplified = simplify_for_display(frame, Places())
    assert shapely.coverage_is_valid(simplified.iloc[:2].to_numpy())
    assert simplified.iloc[0].intersection(simplified.iloc[1]).area < 1e-12  # no overlap
    assert shapely.get_num_coordinates(simplified.iloc[0]) < shapely.get_num_coordinates(west)
    assert shapely.get_num_coordinates(simplified.iloc[2]) < shapely.get_num_coordinates(town)
    for before, after in zip(frame.geometry, simplified, strict=True):
        assert after.is_valid and before.symmetric_difference(after).area < 0.01 * before.area


def test_a_movement_without_origin_comes_from_the_sides_nearest_held_place(gazetteer,
                                                                            timeline):
    from geo.mapping.arrows import MAX_ORIGIN_KM, nearest_held_origin

    # The government held quarters of Aleppo on 10 December: an attack on a rebel quarter
    # with no origin given comes from the nearest of them.
    attack = Movement("m", dt.date(2016, 12, 11), dt.date(2016, 12, 11), "government",
                      "advance", "claimed", "", "sheikh-saeed", None, None, "q", "s")
    origin = nearest_held_origin(attack, timeline, gazetteer)
    assert origin is not None and origin.parent == "aleppo"
    assert timeline.control_state_on(dt.date(2016, 12, 10))[origin.id] == "government"
    arrow = movement_arrow(attack, gazetteer, timeline=timeline)
    assert not arrow.ring and arrow.origin_note.startswith("origin not given: drawn from")
    assert arrow.shaft.coords[0] == pytest.approx((origin.lon, origin.lat))
    # ISIS held nothing within reach of Palmyra before the attack: a ring at the target.
    far = Movement("r", dt.date(2016, 12, 8), dt.date(2016, 12, 11), "iraq", "advance",
                   "done", "", "palmyra", None, None, "q", "s")
    ring = movement_arrow(far, gazetteer, timeline=timeline)
    assert ring.ring and ring.head_points == []
    palmyra = gazetteer.get("palmyra")
    assert ring.head.coords[0] == pytest.approx((palmyra.lon, palmyra.lat))
    assert MAX_ORIGIN_KM == 60.0


def test_handovers_and_contested_quarters_are_no_derived_advances(gazetteer, timeline):
    import dataclasses

    from geo.inputs.timeline import Timeline

    # The data marks the quarters handed over on 22 December: no advance into them.
    handed = [c for c in timeline.changes if c.date == dt.date(2016, 12, 22)]
    assert handed and all(c.change == "handed" for c in handed)
    advances = {m.to_place for m in derived_advances(timeline, gazetteer)}
    assert not advances & {c.place_id for c in handed}
    rows = [dataclasses.replace(c, change="taken") if c.date == dt.date(2016, 12, 22) else c
            for c in timeline.changes]
    assert "sukkari" in {m.to_place for m in derived_advances(Timeline(timeline.sides, rows),
                                                              gazetteer)}
    rows = [dataclasses.replace(c, state="contested", by=("rebels",))
            if c.place_id == "sheikh-saeed" and c.date == dt.date(2016, 12, 11) else c
            for c in timeline.changes]
    taken = ("sheikh-saeed", dt.date(2016, 12, 11))
    assert taken in {(m.to_place, m.start) for m in derived_advances(timeline, gazetteer)}
    assert taken not in {(m.to_place, m.start) for m in derived_advances(
        Timeline(timeline.sides, rows), gazetteer)}


def test_sites_take_their_symbol_from_their_name():
    from geo.mapping.sites import site_symbol

    def site(name):
        return _place(name.lower().replace(" ", "-"), 38.0, 35.0, kind="site")
    assert site_symbol(_place("t4", 37.6, 34.5, kind="site")) == "other"
    for name, symbol in [("Tiyas Air Base", "airbase"), ("Kuweires airport", "airbase"),
                         ("Tishrin Dam", "dam"), ("al-Quds Hospital", "hospital"),
                         ("Qarqozak Bridge", "bridge"), ("Great Mosque", "mosque")]:
        assert site_symbol(site(name)) == symbol, name
