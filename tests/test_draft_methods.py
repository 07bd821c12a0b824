"""warmap draft: the methods (rules, spacy, hybrid), the dependency frames, and colours
that do not depend on the order the articles come in."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from geo.draft.claims import draft_articles, draft_text
from geo.draft.colours import CANDIDATES, ciede2000, contrasting_colour
from geo.draft.methods import METHODS, drafter, frames_for
from geo.inputs.articles import Article

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2016, 12, 12)


def test_an_unknown_method_is_refused(gazetteer, book):
    with pytest.raises(ValueError, match="expected one of"):
        draft_text("ISIS took Palmyra.", DAY, gazetteer, book, method="neural")
    with pytest.raises(ValueError, match="expected one of"):
        drafter("neural")


def test_the_rules_read_no_frames(gazetteer, book):
    from geo.draft.context import read_article

    context = read_article("t", "ISIS took Palmyra on Sunday.", DAY, gazetteer, book)
    assert frames_for("rules", context) == {}


@pytest.mark.parametrize("method", METHODS)
def test_every_method_drafts_the_same_simple_claims(method, gazetteer, book):
    pytest.importorskip("spacy") if method != "rules" else None
    text = ("Government forces captured Palmyra on Sunday. Raqqa was taken by "
            "the Syrian army on Sunday.")
    claims = drafter(method)(text, DAY, gazetteer, book, "t").claims
    assert {(c.kind, c.side_id, c.places[0].place_id) for c in claims} == {
        ("taken", "government", "palmyra"), ("taken", "government", "raqqa")}
    assert {c.rule.split(":")[0] for c in claims} == {method}


def test_a_frame_reads_subject_agent_objects_negation_and_modal(gazetteer, book):
    pytest.importorskip("spacy")
    from geo.draft.context import read_article
    from geo.draft.syntax import parse_frames

    text = "Palmyra was not taken by ISIS. The army would encircle and attack Raqqa."
    context = read_article("t", text, DAY, gazetteer, book)
    taken, encircle = text.index("taken"), text.index("encircle")
    frames = parse_frames(context, [(0, 30, taken, taken + 5, "passive"),
                                    (31, len(text), encircle, encircle + 8, "active")])
    passive, active = frames[taken], frames[encircle]
    assert passive.passive and passive.negated
    assert text[slice(*passive.agent)] == "ISIS"
    assert [text[s:e] for r, s, e in passive.arguments if r == "nsubjpass"] == ["Palmyra"]
    assert active.modal == "would" and text[slice(*active.agent)] == "The army"
    assert "Raqqa" in [text[s:e] for _r, s, e in active.arguments]  # the shared object


def test_ciede2000_is_coloraides():
    from coloraide import Color

    from geo.draft.colours import _seen

    for first, second in itertools.pairwise(CANDIDATES):
        expected = Color(first).delta_e(Color(second), method="2000")
        assert abs(ciede2000(_seen(first, "normal"), _seen(second, "normal")) - expected) < 1e-9


def test_new_side_colours_do_not_depend_on_the_articles_order(gazetteer, book):
    def article(name, text):
        return Article(name, Path(f"{name}.txt"), text, DAY)

    articles = [article("b", "The Rapid Support Forces (RSF) captured Wad Madani on Saturday."),
                article("a", "The Myanmar National Democratic Alliance Army seized Lashio.")]
    forward = draft_articles(articles, gazetteer, book)
    backward = draft_articles(list(reversed(articles)), gazetteer, book)
    assert [(s.id, s.colour) for s in forward.sides] == [(s.id, s.colour)
                                                         for s in backward.sides]
    assert contrasting_colour([s.colour for s in book.sides]) == \
        contrasting_colour([s.colour for s in book.sides])


def test_the_cli_takes_a_method(tmp_path, capsys):
    from geo.cli.main import main

    text = tmp_path / "a.txt"
    text.write_text("Government forces captured Palmyra on Sunday.", encoding="utf-8")
    assert main(["draft", str(text), "--published", "2016-12-12", "--method", "rules",
                 "--data", str(ROOT / "data")]) == 0
    header, row = capsys.readouterr().out.splitlines()[:2]
    assert header.startswith("claim,table,kind,start,end,quote,date")
    assert row.endswith("rules:taken-verb,a")


def test_drafts_and_colours_are_the_same_in_every_process(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in (("a", "The Rapid Support Forces (RSF) captured Wad Madani on Saturday."),
                       ("b", "Houthi fighters attacked Marib on Sunday, the Arab coalition "
                             "said.")):
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
        (seeds / f"{name}.json").write_text('{"published": "2021-11-07"}', encoding="utf-8")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    outputs = []
    for hash_seed in ("1", "2"):
        drafts = tmp_path / f"drafts{hash_seed}"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-m", "geo", "draft", "--data", str(tmp_path / "data"),
                        "--seeds", str(seeds), "--drafts", str(drafts)], check=True, env=env,
                       capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in sorted(drafts.glob("*.csv"))})
    assert outputs[0] == outputs[1] and b"#" in outputs[0]["sides.csv"]
