"""Shared fixtures: the real gazetteer and one build of the seed map per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def gazetteer():
    from geo.inputs.places import load_gazetteer

    return load_gazetteer(ROOT / "data")


@pytest.fixture(scope="session")
def timeline(gazetteer):
    from geo.inputs.timeline import load_timeline

    return load_timeline(ROOT / "data", [*gazetteer.places])


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """Build the seed map once into a temporary out/ folder; returns that folder."""
    from geo.pipeline import build

    out = tmp_path_factory.mktemp("out")
    build(ROOT / "data", ROOT / "seeds", out, tiles="OpenStreetMap.Mapnik")
    return out
