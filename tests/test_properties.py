"""Property-based tests: arbitrary text and corrupted files never give a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.errors import InputError
from geo.inputs.timeline import load_timeline
from geo.parse.geoparse import geoparse

ROOT = Path(__file__).resolve().parent.parent
PIECES = st.sampled_from(["Aleppo", "east-Syria", "Deir Ezzor", "al-Bab", "Karam Da`da`",
                          "Syria's east", "حلب", " ", "-", "'s", ",", "\n", "U.S.", "Homs"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), st.lists(st.one_of(PIECES, st.text(max_size=5))).map("".join)))
def test_geoparse_offsets_always_valid(gazetteer, text):
    for mention in geoparse(text, gazetteer).mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["control.csv", "movements.csv", "events.csv", "sides.csv"]),
       st.integers(min_value=0, max_value=10**6), st.sampled_from(["flip", "cut", "insert"]),
       st.text(alphabet=st.sampled_from(list(',"\n\r;é\x00x9-')), min_size=1, max_size=4))
def test_corrupted_tables_raise_only_input_errors(tmp_path_factory, gazetteer, name, where,
                                                  how, junk):
    folder = tmp_path_factory.mktemp("data")
    for table in ("control.csv", "movements.csv", "events.csv", "sides.csv"):
        shutil.copy(ROOT / "data" / table, folder / table)
    data = (folder / name).read_bytes()
    at = where % (len(data) + 1)
    if how == "flip":
        data = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:] if at < len(data) else data
    elif how == "cut":
        data = data[:at]
    else:
        data = data[:at] + junk.encode("utf-8") + data[at:]
    (folder / name).write_bytes(data)
    try:
        load_timeline(folder, [*gazetteer.places])
    except InputError as error:
        assert error.problems and all(str(p) for p in error.problems)
