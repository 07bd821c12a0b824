"""The claims gold set (bench/claims) loads: offsets, vocabularies, columns; and the loader
names the file, line and field of a problem. No network, standard library only."""

from __future__ import annotations

import csv
import importlib.util
import shutil
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "bench" / "claims"


def _rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _loader():
    spec = importlib.util.spec_from_file_location("claims_gold", ROOT / "bench" / "claims_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cg = _loader()


@pytest.fixture(scope="module")
def records():
    return cg.load_claims(CLAIMS)


def test_every_text_has_claims_and_offsets_hold(records):
    index = _rows(CLAIMS / "index.csv")
    assert len(index) >= 24
    by_text = Counter(r["text"] for r in records)
    assert set(by_text) == {row["name"] for row in index}
    for r in records:
        text = (CLAIMS / next(i["text"] for i in index if i["name"] == r["text"])).read_text(
            encoding="utf-8"
        )
        assert text[r["start"] : r["end"]] == r["quote"], (r["text"], r["line"])


def test_vocabularies(records):
    for r in records:
        assert r["kind"] in cg.TABLES[r["table"]]
        assert r["certainty"] in cg.CERTAINTIES
        assert r["date_precision"] in cg.PRECISIONS
        assert r["role"] in cg.ROLES
    assert {r["table"] for r in records} == set(cg.TABLES)


def test_mix_of_texts():
    index = _rows(CLAIMS / "index.csv")
    from_gold = [i for i in index if i["text"].startswith("../gold/")]
    other_wars = [i for i in index if i["war"] not in ("Syria", "Iraq")]
    assert len(from_gold) >= 10 and len(other_wars) >= 10
    assert (CLAIMS / "seed_moa_2016-12-12.txt").read_bytes() == (
        ROOT / "seeds" / "000_9675cb4a4e2b07e4.txt"
    ).read_bytes()
    first = [i for i in index if i["held_out"] != "2"]  # the 25 texts of round 1
    held = [i for i in first if i["held_out"] == "1"]
    assert 0.3 <= len(held) / len(first) <= 0.4
    second = [i for i in index if i["held_out"] == "2"]  # annotated in round 2, all held out
    assert len(second) >= 8 and all(i["war"] not in ("Syria", "Iraq") for i in second)


def _copy(tmp_path):
    folder = tmp_path / "claims"
    shutil.copytree(CLAIMS, folder)
    gold = tmp_path / "gold"
    shutil.copytree(ROOT / "bench" / "gold", gold)
    return folder


def _edit(path, line, field, value):
    rows = _rows(path)
    rows[line - 2][field] = value
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


@pytest.mark.parametrize(
    "field,value,expected",
    [
        ("start", "0", "quote"),
        ("kind", "captured", "kind"),
        ("certainty", "maybe", "certainty"),
        ("date", "12/11/2016", "date"),
        ("table", "movements", "table"),
    ],
)
def test_errors_name_file_line_field(tmp_path, field, value, expected):
    folder = _copy(tmp_path)
    _edit(folder / "seed_moa_2016-12-12.claims.csv", 3, field, value)
    with pytest.raises(cg.ClaimsGoldError) as err:
        cg.load_claims(folder)
    assert err.value.file == "seed_moa_2016-12-12.claims.csv"
    assert err.value.line == 3
    assert err.value.field.startswith(expected)
    assert "seed_moa_2016-12-12.claims.csv:3" in str(err.value)
