"""Shared fixtures: the real gazetteer and one build of the seed map per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


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
    import build_map

    out = tmp_path_factory.mktemp("out")
    build_map.build(ROOT / "data", ROOT / "seeds", out, tiles="OpenStreetMap.Mapnik")
    return out
