"""Regions matched to admin-1 units, towns to their built-up outlines, cities' extents."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo.geodesy import area_km2
from geo.mapping.geometry import city_extent, quarter_cells
from geo.mapping.regions import (
    PRECISION_UNIT,
    admin_units_for,
    built_up_outline,
    iso_codes,
    name_keys,
)
from geo.parse.gazetteer import Place


def _place(pid, name, lon, lat, kind="governorate", source="test", aliases=(), note="",
           population=0, parent=""):
    return Place(id=pid, name=name, kind=kind, lat=lat, lon=lon, source=source,
                 aliases=tuple(aliases), note=note, population=population, parent=parent)


@pytest.mark.parametrize(("name", "lon", "lat", "code", "rule"), [
    ("Idleb governorate", 36.7, 35.7, "SY-ID", "name and country"),
    ("Deir ez-Zor Governorate", 40.1, 35.2, "SY-DY", "name and country"),  # Dayr Az Zawr
    ("Raqqa province", 38.9, 36.0, "SY-RA", "name and country"),           # Ar Raqqah
    ("Homs Governorate", 38.3, 34.3, "SY-HI", "name and country"),         # Homs (Hims)
    ("Kherson Oblast", 33.4, 46.6, "UA-65", "name and country"),
    ("North Darfur", 25.0, 16.0, "SD-DN", "name and country"),
])
def test_regions_match_their_unit_by_name_in_their_country(name, lon, lat, code, rule):
    match = admin_units_for(_place("r", name, lon, lat))
    assert match is not None and match.codes == (code,) and match.rule == rule
    assert match.precision == f"{PRECISION_UNIT} ({code})"
    assert match.area_km2 > 1000 and match.geometry.covers(Point(lon, lat))


def test_a_geonames_id_or_iso_codes_name_the_units():
    by_id = admin_units_for(_place("i", "Whatever", 36.7, 35.7, source="geonames:169387"))
    assert by_id is not None and by_id.codes == ("SY-ID",) and by_id.rule == "GeoNames id"
    east = _place("east-syria", "East Syria", 40.0, 35.5, kind="region",
                  note="ISIS-held east; ISO 3166-2: SY-DY, SY-RA")
    assert iso_codes(east) == ["SY-DY", "SY-RA"]
    match = admin_units_for(east)
    assert match is not None and match.codes == ("SY-DY", "SY-RA")
    assert match.rule == "ISO 3166-2 code"
    assert match.area_km2 == pytest.approx(26711.8 + 18293.9, abs=0.2)
    alias = admin_units_for(_place("k", "The south", 33.4, 46.6, kind="region",
                                   aliases=["UA-65"]))
    assert alias is not None and alias.codes == ("UA-65",)


def test_no_unit_for_a_name_that_is_none():
    assert admin_units_for(_place("m", "Upper Mesopotamia", 40.75, 36.35, "region")) is None
    assert name_keys("Homs (Hims)") == name_keys("Homs") | name_keys("Hims")


def test_towns_take_their_outline_by_geonames_id_name_or_size():
    deir = built_up_outline(_place("d", "Deir ez-Zor", 40.14, 35.336, "city",
                                   source="geonames:170794"))
    assert deir is not None and deir.name == "Deir ez-Zor" and deir.area_km2 > 50
    named = built_up_outline(_place("h", "Homs", 36.72, 34.73, "city"))
    assert named is not None and named.name == "Homs"
    assert built_up_outline(_place("p", "Palmyra", 38.284, 34.562, "town",
                                   source="geonames:163808", population=51015), 5.1) is None
    # A small town inside a large city's outline does not take it.
    suburb = _place("s", "Suburb", 36.30, 33.51, "town", population=20000)
    assert built_up_outline(suburb, 2.0) is None
    assert built_up_outline(suburb, 200.0) is not None


def test_two_quarters_of_a_town_tile_the_town_not_a_capsule():
    # Sirte, Libya: no built-up outline is packaged; 80,000 people.
    city = _place("sirte", "Sirte", 16.59, 31.21, "city", population=80000)
    quarters = [_place("q1", "q1", 16.58, 31.205, "quarter", parent="sirte"),
                _place("q2", "q2", 16.60, 31.207, "quarter", parent="sirte")]
    extent = city_extent(city, quarters)
    assert area_km2(extent) == pytest.approx(3.14 * 2.0 ** 2, rel=0.05)  # the 2 km minimum
    cells = quarter_cells(quarters, extent)
    areas = sorted(area_km2(c) for c in cells.values())
    assert areas[0] > 4.0 and sum(areas) == pytest.approx(area_km2(extent), rel=0.05)
    # Without a city place, the minimum circle round the quarters' middle.
    alone = city_extent(None, quarters)
    assert area_km2(alone) == pytest.approx(3.14 * 4, rel=0.05)


def test_quarters_of_a_city_with_an_outline_fill_it():
    homs = _place("homs", "Homs", 36.72559, 34.72405, "city", source="geonames:169577",
                  population=775404)
    quarters = [_place("a", "a", 36.70, 34.73, "quarter", parent="homs"),
                _place("b", "b", 36.74, 34.72, "quarter", parent="homs")]
    cells = quarter_cells(quarters, city_extent(homs, quarters))
    assert sum(area_km2(c) for c in cells.values()) > 150  # the 195 km² outline
