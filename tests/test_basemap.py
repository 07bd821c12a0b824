"""The packaged base geography: every layer reads, regions hold their towns, outlines exist."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import Point

from geo.mapping import basemap


@pytest.mark.parametrize("name", basemap.LAYERS)
def test_every_layer_reads_in_lon_lat(name):
    frame = basemap.layer(name)
    assert len(frame) > 100 and frame.crs.to_epsg() == 4326
    west, south, east, north = frame.total_bounds
    assert -180 <= west < east <= 180 and -90 <= south < north <= 90
    assert shapely.is_valid(frame.geometry.to_numpy()).all()


@pytest.mark.parametrize(("lon", "lat", "country", "unit"), [
    (36.633, 35.930, "SY", "Idlib"),          # Idlib city in Idlib governorate
    (32.617, 46.636, "UA", "Kherson"),        # Kherson in Kherson Oblast
    (39.016, 35.950, "SY", "Ar Raqqah"),      # Raqqa
    (25.350, 13.630, "SD", "North Darfur"),   # El Fasher
])
def test_first_level_units_hold_their_towns(lon, lat, country, unit):
    row = basemap.admin_unit_containing(lon, lat)
    assert row is not None and row["country_iso2"] == country
    assert unit.lower() in row["name"].lower()
    assert row["area_km2"] > 1000


def test_countries_lie_at_their_label_points():
    countries = basemap.layer("countries")
    near = [shape.distance(Point(x, y)) < 1.0 for shape, x, y in zip(
        countries.geometry, countries["label_lon"], countries["label_lat"], strict=True)]
    # Natural Earth puts a few island states' labels in the sea beside them.
    assert sum(near) >= len(countries) - 2
    syria = countries[countries["iso_a2"] == "SY"].iloc[0]
    assert syria.geometry.contains(Point(syria["label_lon"], syria["label_lat"]))


def test_near_cuts_the_layers_to_a_story():
    syria = basemap.near("countries", (35.7, 32.3, 42.4, 37.3), margin_deg=0.0)
    assert "Syria" in set(syria["name"]) and "France" not in set(syria["name"])
    assert syria.total_bounds[0] >= 35.7 - 1e-9 and syria.total_bounds[2] <= 42.4 + 1e-9


def test_urban_outlines_of_large_towns_only():
    aleppo = basemap.urban_outline(37.16, 36.20)
    assert aleppo is not None and aleppo.area > 0.003  # tens of km²
    assert basemap.urban_outline(38.27, 34.56) is None  # Palmyra is not in 1:50m
