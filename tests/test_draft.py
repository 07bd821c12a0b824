"""warmap draft: signals, certainty, dating, sides, new sides, the store and the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from pathlib import Path

import pytest

from geo.draft.certainty import certainty_of
from geo.draft.claims import draft_text
from geo.draft.colours import worst_difference
from geo.draft.dating import Dater
from geo.draft.segment import sentences
from geo.draft.store import DraftStore
from geo.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2016, 12, 12)  # a Monday


def drafts(text, gazetteer, book, day=DAY):
    return draft_text(text, day, gazetteer, book, "t").claims


def only(claims, table, kind):
    found = [c for c in claims if (c.table, c.kind) == (table, kind)]
    assert found, [(c.table, c.kind) for c in claims]
    return found[0]


@pytest.mark.parametrize("text, table, kind, place", [
    ("Government forces captured Palmyra on Sunday.", "control", "taken", "palmyra"),
    ("Palmyra fell to ISIS on Sunday.", "control", "taken", "palmyra"),
    ("Rebels withdrew from al-Bab on Sunday.", "control", "withdrawn", "al-bab"),
    ("ISIS fighters encircled Deir ez-Zor on Sunday.", "control", "encircled", "deir-ez-zor"),
    ("Last Friday ISIS attacked Palmyra with tanks.", "movement", "advance", "palmyra"),
    ("Russian air strikes hit Palmyra on Sunday.", "event", "strike", "palmyra"),
    ("A ceasefire began in Aleppo on Sunday.", "event", "ceasefire", "aleppo"),
    ("Rebels were evacuated from Aleppo on Sunday.", "event", "evacuation", "aleppo"),
    ("Suicide car bombs hit Palmyra on Sunday.", "event", "bombing", "palmyra"),
    ("Reinforcements for the Syrian army have arrived in Palmyra.", "movement",
     "reinforcement", "palmyra"),
])
def test_each_signal_drafts_its_kind_and_place(text, table, kind, place, gazetteer, book):
    claim = only(drafts(text, gazetteer, book), table, kind)
    assert place in {p.place_id for p in claim.places}
    assert text[claim.start:claim.end] == claim.quote


def test_held_baseline_and_its_side(gazetteer, book):
    claim = only(drafts("Turkish troops shelled the ISIS held city of Raqqa.", gazetteer,
                        book), "control", "held")
    assert (claim.side_id, [p.place_id for p in claim.places]) == ("isis", ["raqqa"])


def test_retreat_towards_a_direction_is_also_a_movement(gazetteer, book):
    claims = drafts("The army decided to retreat from Palmyra towards the south and the "
                    "west.", gazetteer, book)
    retreat = only(claims, "movement", "retreat")
    assert retreat.places[0].role == "from" and retreat.bearing_deg == 225
    assert only(claims, "control", "withdrawn")


@pytest.mark.parametrize("text, certainty", [
    ("ISIS captured Palmyra.", "fact"),
    ("ISIS captured Palmyra, the ministry said.", "claimed"),
    ("According to activists, ISIS captured Palmyra.", "claimed"),
    ("ISIS plans to capture Palmyra.", "planned"),
    ("ISIS would capture Palmyra.", "planned"),
    ("ISIS did not capture Palmyra.", "denied"),
    ("Agencies falsely reported that ISIS had taken Palmyra.", "denied"),
])
def test_certainty(text, certainty):
    cue = text.index("capture") if "capture" in text else text.index("taken")
    assert certainty_of(text, cue, cue + 7) == certainty


def test_conditions_are_no_claims(gazetteer, book):
    assert not drafts("If government forces can capture Palmyra, ISIS loses.", gazetteer, book)


def test_dates_own_then_nearest_before_then_publication():
    text = "On Saturday rebels attacked. They took the hill.\n\nISIS took the town."
    dater = Dater(text, DAY)
    spans = [(s.start, s.end) for s in sentences(text)]
    own = dater.date_of(spans[0], (12, 18))
    before = dater.date_of(spans[1], (spans[1][0] + 5, spans[1][0] + 9))
    other_paragraph = dater.date_of(spans[2], (spans[2][0] + 5, spans[2][0] + 9))
    assert (own.date, own.precision) == ("2016-12-10", "day")
    assert before.date == "2016-12-10"
    assert (other_paragraph.date, other_paragraph.precision) == ("2016-12-12", "day")


def test_a_weekday_on_its_own_publication_weekday_is_that_day():
    text = "On Monday ISIS took the town."
    assert Dater(text, DAY).date_of((0, len(text)), (10, 14)).date == "2016-12-12"


def test_periods_are_their_month_and_planned_claims_have_no_date(gazetteer, book):
    text = "Earlier this month rebels captured al-Bab."
    assert only(drafts(text, gazetteer, book), "control", "taken").date == "2016-12"
    planned = only(drafts("ISIS plans to capture Palmyra.", gazetteer, book), "control",
                   "taken")
    assert (planned.date, planned.date_precision) == ("", "unknown")


def test_background_more_than_a_month_old_is_left_out(gazetteer, book):
    assert not drafts("In 2014 ISIS captured Raqqa.", gazetteer, book)


@pytest.mark.parametrize("actor, side", [
    ("Syrian government forces", "government"), ("Kurdish YPG fighters", "sdf"),
    ("Turkish proxy forces", "turkey"), ("Russian troops", "russia"), ("ISIS", "isis"),
])
def test_sides_by_names_and_aliases(actor, side, gazetteer, book):
    claim = only(drafts(f"{actor} captured al-Bab on Sunday.", gazetteer, book), "control",
                 "taken")
    assert claim.side_id == side and claim.side_text == actor


def test_pronouns_and_passives_take_the_side_of_the_context(gazetteer, book):
    text = ("ISIS fighters advanced on Palmyra on Sunday. They captured the city. "
            "Jallum was taken too.")
    claims = drafts(text, gazetteer, book)
    assert {c.side_id for c in claims} == {"isis"}
    assert [p.place_id for p in only(claims, "control", "taken").places] == ["palmyra"]


def test_generic_words_name_the_story_sides_only_at_home(gazetteer, book):
    home = only(drafts("Rebels captured al-Bab on Sunday.", gazetteer, book), "control",
                "taken")
    assert home.side_id == "rebels"
    away = draft_text("Rebels captured Mekelle in Ethiopia on Monday, residents said.",
                      dt.date(2021, 6, 29), gazetteer, book, "t")
    assert away.claims[0].side_id not in {s.id for s in book.sides}


def test_new_sides_are_proposed_with_a_contrasting_colour(gazetteer, book):
    result = draft_text("The Rapid Support Forces (RSF) captured Wad Madani on Saturday. "
                        "The RSF later withdrew from Wad Madani.", dt.date(2025, 1, 11),
                        gazetteer, book, "sudan")
    assert {c.side_id for c in result.claims} == {"rsf"}
    (side,) = result.sides
    assert side.id == "rsf" and side.source == "seed:sudan"
    assert worst_difference(side.colour, [s.colour for s in book.sides]) > 10


@pytest.fixture
def story(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path


def _store_with(story, gazetteer, book, text):
    store = DraftStore(story / "drafts", story / "data")
    store.write(draft_text(text, DAY, gazetteer, book, "000_9675cb4a4e2b07e4"))
    return store


SEED_SENTENCE = ("Yesterday the heavily fortified Sheikh Saeed quarter was taken in addition "
                 "to Karam Da`da`, Ferdous, Bab al Maqam and Jallum.")


def test_accepted_rows_move_into_data_and_pass_check(story, gazetteer, book):
    from geo.inputs.check import load_inputs

    store = _store_with(story, gazetteer, book, "The assault by Syrian government forces "
                        "continues. " + SEED_SENTENCE)
    taken = [r for r in store.rows() if r.fields.get("place_id") == "sheikh-saeed"]
    before = (story / "data" / "control.csv").read_text().count("\n")
    store.accept([taken[0].id], seeds_dir=story / "seeds")
    assert (story / "data" / "control.csv").read_text().count("\n") == before + 1
    assert taken[0].id not in {r.id for r in store.rows()}
    assert not load_inputs(story / "data", story / "seeds").errors


def test_accept_says_what_to_fill_and_writes_nothing(story, gazetteer, book):
    store = _store_with(story, gazetteer, book, SEED_SENTENCE)
    row = store.rows()[0]
    data_before = (story / "data" / "control.csv").read_bytes()
    with pytest.raises(InputError, match="fill side"):
        store.accept([row.id], {"side": ""})
    assert (story / "data" / "control.csv").read_bytes() == data_before
    store.accept([row.id], {"side": "government"}, seeds_dir=story / "seeds")


def test_accept_is_refused_whole_when_check_fails(story, gazetteer, book):
    store = _store_with(story, gazetteer, book, SEED_SENTENCE)
    row = store.rows()[0]
    before = {p.name: p.read_bytes() for p in (story / "data").iterdir()}
    with pytest.raises(InputError, match="quote not found"):
        store.accept([row.id], {"side": "government", "quote": "words the seed never says"},
                     seeds_dir=story / "seeds")
    assert {p.name: p.read_bytes() for p in (story / "data").iterdir()} == before
    assert row.id in {r.id for r in store.rows()}


def test_rejected_drafts_are_not_drafted_again(story, gazetteer, book):
    store = _store_with(story, gazetteer, book, SEED_SENTENCE)
    rejected = store.rows()[0]
    store.reject([rejected.id])
    _written, skipped = store.write(draft_text(SEED_SENTENCE, DAY, gazetteer, book,
                                              "000_9675cb4a4e2b07e4"))
    assert skipped == 1 and rejected.id not in {r.id for r in store.rows()}


def test_unknown_ids_are_an_input_error(story):
    with pytest.raises(InputError, match="no pending draft"):
        DraftStore(story / "drafts", story / "data").reject(["dnothere"])


def test_cli_prints_the_columns_of_the_interface(tmp_path, capsys):
    from geo.cli.main import main

    article = tmp_path / "a.txt"
    article.write_text("Russian troops have captured Avdiivka, the defence ministry said.")
    assert main(["draft", str(article), "--published", "2024-02-18",
                 "--data", str(ROOT / "data")]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {"table", "kind", "start", "end", "quote", "date", "place_id", "name", "lat",
            "lon", "side", "certainty"} <= set(rows[0])
    row = rows[0]
    assert (row["table"], row["kind"], row["date"], row["certainty"]) == (
        "control", "taken", "2024-02-18", "claimed")
    assert row["name"].startswith("Avdi") and row["side"] == "Russian forces"


def test_cli_stores_and_reviews(story, capsys, monkeypatch):
    from geo.cli.main import main

    monkeypatch.chdir(story)
    assert main(["draft"]) == 0
    assert main(["review"]) == 0
    listing = capsys.readouterr().out
    lines = listing.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("id "))
    first = lines[header + 1].split()[0]
    assert first.startswith(("d", "s-"))
    assert main(["review", "reject", first]) == 0
    assert first not in (story / "drafts" / "control.csv").read_text()


def test_besieged_and_contested_claims_become_states_of_control():
    from geo.draft.records import Claim, ClaimPlace
    from geo.draft.rows import control_rows, missing

    place = ClaimPlace("at", "Deir ez-Zor", "deir-ez-zor", "Deir ez-Zor", "city", 35.3, 40.1,
                       0, 11)
    claim = Claim("a", "control", "besieged", 0, 5, "q", "2016-12-12", "day", (place,),
                  "ISIS", "isis", "ISIS", "fact", "test", other_side="government")
    row = control_rows(claim)[0][1]
    assert (row["side"], row["state"], row["by"]) == ("government", "besieged", "isis")
    contested = control_rows(Claim("a", "control", "contested", 0, 5, "q", "2016-12-12",
                                   "day", (place,), "ISIS", "isis", "ISIS", "fact", "test"))
    row = contested[0][1]
    assert (row["side"], row["state"], row["by"]) == ("isis", "contested", "")
    assert any(need.startswith("by:") for need in missing("control", row, {"isis"},
                                                           {"deir-ez-zor"}))
