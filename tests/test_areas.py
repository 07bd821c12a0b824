"""Areas held with states of control, rounded to what the geometry supports; figures set
beside the map's own (geo/mapping/areas.py, geo/mapping/figures.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.inputs.figures import Figure
from geo.inputs.timeline import ControlChange
from geo.mapping.areas import held_areas, members_of, round_area
from geo.mapping.figures import check_figure, figure_checks, stated

DAY = dt.date(2016, 12, 12)


def _row(place, side, state="whole", by=(), share=None, certainty="confirmed"):
    return ControlChange(DAY, place, side, "taken", certainty, "q", "s", state=state,
                         by=tuple(by), share=share)


def test_states_count_as_they_are_drawn():
    areas = {"a": 4.0, "b": 2.0, "c": 1.0, "d": 3.0, "e": 5.0}
    rows = {"a": _row("a", "rebels"), "b": _row("b", "rebels", "partial", ["government"]),
            "c": _row("c", "rebels", "contested", ["government"]),
            "d": _row("d", "government", "partial", ["rebels"], share=60),
            "e": _row("e", "government", "besieged", ["isis"])}
    held = held_areas(rows, areas, {k: "drawn" for k in areas})
    assert held.held == pytest.approx({"rebels": 4.0 + 1.2, "government": 1.8 + 5.0})
    assert held.partly == {"rebels": 2.0} and held.contested == 1.0
    assert held.approximate  # a share is an estimate
    assert held.quarters == {"rebels": 1, "government": 1}
    whole = held_areas({"a": rows["a"]}, areas, {"a": "drawn"})
    assert not whole.approximate
    assert held_areas({"a": rows["a"]}, areas, {"a": "approximate: Voronoi"}).approximate
    assert held_areas({"a": _row("a", "rebels", certainty="approximate")}, areas,
                      {"a": "drawn"}).approximate


@pytest.mark.parametrize(("km2", "approximate", "shown"), [
    (5.87, True, 5.9), (41.52, True, 42.0), (86.07, True, 86.0), (18923.4, False, 18900.0),
    (5.87, False, 5.87), (0.913, True, 0.91), (0.0, True, 0.0)])
def test_round_area_keeps_the_digits_the_geometry_supports(km2, approximate, shown):
    assert round_area(km2, approximate) == shown


def test_east_aleppo_is_the_quarters_rebels_held_first(gazetteer, timeline):
    members = members_of("east-aleppo", gazetteer, timeline)
    assert len(members) > 60 and "sukkari" in members and "midan" not in members
    assert set(members) <= set(members_of("aleppo", gazetteer, timeline))
    assert members_of("palmyra", gazetteer, timeline) == []


def _figure(quantity, value, unit, qualifier="", place="east-aleppo", day=DAY):
    return Figure("f", day, place, quantity, value, unit, qualifier, "rebels", "q",
                  "seed:000_9675cb4a4e2b07e4")


@pytest.fixture(scope="module")
def context(gazetteer, timeline):
    from geo.inputs.shapes import read_shapes
    from geo.mapping.areas import areas_of
    from geo.mapping.figures import _Context
    from geo.mapping.geometry import place_geometries
    from tests.conftest import ROOT

    shapes, _ = read_shapes(ROOT / "data" / "shapes.geojson", gazetteer.places)
    geometries = place_geometries(gazetteer, timeline, shapes)
    return _Context(gazetteer, timeline, *areas_of(geometries))


def test_the_articles_figures_are_checked_against_the_map(context):
    some5 = check_figure(_figure("area_held", 5, "km2", "some"), context)
    assert some5.agrees and 1.0 <= some5.computed <= 10.0  # the published range
    assert some5.check.startswith("some 5 km²: the map computes")
    two = check_figure(_figure("share_held", 2, "percent", "about"), context)
    assert two.agrees is False and "of East Aleppo" in two.check
    total = check_figure(_figure("area_total", 45, "km2", day=dt.date(2016, 11, 28)), context)
    assert total.agrees and abs(total.computed - 45) <= 4.5  # within 10% of 45 km²
    region = check_figure(_figure("area_retaken", 18000, "km2", "some",
                                  place="aleppo-governorate"), context)
    assert region.computed == 18900.0 and "of all of Aleppo Governorate" in region.check
    assert stated(_figure("share_held", 1, "percent", "less than")) == "less than 1%"


def test_a_retaken_share_is_compared_as_the_share_left(context):
    # 98% retaken is 2% left: far from the map's pocket, though 86 is near 98.
    assert check_figure(_figure("share_retaken", 98, "percent"), context).agrees is False
    assert check_figure(_figure("share_retaken", 80, "percent", "more than"),
                        context).agrees is True


def test_figure_checks_put_the_article_first(context):
    figures = [Figure("other", DAY, "east-aleppo", "area_held", 7, "km2", "", "rebels", "q",
                      "https://www.example.org/x", line=1),
               Figure("own", DAY, "east-aleppo", "area_held", 5, "km2", "some", "rebels", "q",
                      "seed:000_9675cb4a4e2b07e4", line=2)]
    rows = figure_checks(figures, context.gazetteer, context.timeline,
                         _frame(context))
    assert [r["id"] for r in rows] == ["own", "other"]
    assert rows[0]["by"] == "the article" and rows[1]["by"] == "example.org"


def _frame(context):
    import geopandas as gpd

    ids = list(context.areas)
    return gpd.GeoDataFrame({"id": ids, "area_km2": [context.areas[i] for i in ids],
                             "precision": [context.precisions[i] for i in ids]},
                            geometry=[None] * len(ids))


def test_a_figure_inside_the_computed_range_agrees_and_a_region_has_its_own_check(context):
    pocket = check_figure(_figure("area_held", 2.5, "km2", day=dt.date(2016, 12, 13)), context)
    assert pocket.agrees and "–" in pocket.short  # a range, from whole to partly held
    region = Figure("k", dt.date(2016, 12, 8), "euphrates-shield-area", "area_held", 1800,
                    "km2", "about", "turkey", "q", "https://example.org/k")
    checked = check_figure(region, context)
    assert checked.agrees and checked.short == "about 1,800 km²: map 2,000 km², agrees"
    assert "approximate" in checked.check
