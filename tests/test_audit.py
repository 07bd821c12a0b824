"""The story-wide checks: quarters with no history, claims sourced only to the article,
sources on mirror domains, control the map cannot draw, and points checked against the
story's own places wherever it is (geo/inputs/audit.py, check_points)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geo.inputs import audit
from geo.inputs.check import check_points, load_inputs
from geo.inputs.places import load_gazetteer
from geo.inputs.timeline import load_timeline
from tests.conftest import ROOT

S = "https://example.org/s"
PLACES = "id,name,aliases,arabic,kind,parent,lat,lon,source,population,note\n"
SIDES = "id,name,colour,pattern,description,source\n" \
    f"ru,Russia,#c62828,solid,d,{S}\nua,Ukraine,#1565c0,solid,d,{S}\n"
CONTROL = "date,place_id,side,change,certainty,state,by,share,quote,source,note\n"


def _story(folder: Path, places: str, control: str = "", mirrors: str = "") -> Path:
    data = folder / "data"
    data.mkdir(parents=True)
    (data / "places.csv").write_text(PLACES + places, encoding="utf-8")
    (data / "sides.csv").write_text(SIDES, encoding="utf-8")
    (data / "control.csv").write_text(CONTROL + control, encoding="utf-8")
    if mirrors:
        (data / "mirror_domains.txt").write_text(mirrors, encoding="utf-8")
    return data


def test_a_quarter_with_no_history_is_named(tmp_path):
    data = _story(tmp_path, "town,Town,,,city,,48.6,38.0,https://example.org/t,9000,\n"
                  "q1,Q1,,,quarter,town,48.60,38.00,https://example.org/q,,\n"
                  "q2,Q2,,,quarter,town,48.61,38.01,https://example.org/q,,\n",
                  f"2023-01-10,q1,ru,held,claimed,,,,q,{S},\n")
    gazetteer = load_gazetteer(data, world=False)
    problems = audit.quarters_without_history(gazetteer, load_timeline(data, gazetteer.places),
                                              data)
    assert [p.value for p in problems] == ["q2"] and problems[0].line == 4
    assert "has no control row" in problems[0].message and not problems[0].is_error


def test_sources_on_mirrors_are_flagged_unless_the_row_says_it_is_a_copy(tmp_path):
    data = _story(tmp_path, "t,T,,,town,,48.6,38.0,https://example.org/t,9000,\n",
                  "2023-01-10,t,ru,held,claimed,,,,q,https://en.qaz.wiki/wiki/Soledar,\n"
                  "2023-01-11,t,ua,held,claimed,,,,q,https://qaz.wiki/x,a copy of en.wikipedia\n"
                  "2023-01-12,t,ru,held,claimed,,,,q,https://example.org/y,"
                  "\"also https://qaz.wiki/y\"\n",
                  mirrors="# mirrors\nqaz.wiki\n")
    gazetteer = load_gazetteer(data, world=False)
    problems = audit.mirror_sources(load_timeline(data, gazetteer.places), [], [], data)
    assert [(p.line, p.field) for p in problems] == [(2, "source"), (4, "note")]
    assert "qaz.wiki" in problems[0].message
    assert audit.mirror_of("https://www.qaz.wiki/a", ["qaz.wiki"]) == "qaz.wiki"
    assert audit.mirror_of("https://notqaz.wiki/a", ["qaz.wiki"]) is None


def test_the_seeds_mirror_domains_are_read():
    domains = audit.read_mirror_domains(ROOT / "data/mirror_domains.txt")
    assert "goodnames.eth.limo" in domains and not any(d.startswith("#") for d in domains)


@pytest.fixture(scope="module")
def seed_inputs():
    return load_inputs(ROOT / "data", ROOT / "seeds")


def test_the_seeds_claims_sourced_to_the_article_say_why_where_data_has_others(seed_inputs):
    # Every seed row sourced to the article alone, where data/ has other sources for its
    # place and day, cites them in its note (events too, since they have one).
    assert not [p for p in seed_inputs.warnings if "sourced only to the article" in p.message]
    timeline = seed_inputs.timeline
    assert [e.id for e in timeline.events if e.source.startswith("seed:") and "http" in e.note]


EVENTS = "id,date,place_id,kind,side,status,label,quote,source,note\n"
DISPUTES = "id,table,date,place_id,side,claim,quote,source,note,rivals\n"


def _events_story(folder: Path, disputes: str) -> Path:
    data = _story(folder, "t,T,,,town,,48.6,38.0,https://example.org/t,9000,\n")
    (data / "events.csv").write_text(
        EVENTS + "strike,2023-01-10,t,strike,ru,reported,Strike,q,seed:a,\n"
        "shelling,2023-01-10,t,strike,ua,reported,Shelling,q,seed:a,\n"
        f"raid,2023-01-11,t,strike,ru,reported,Raid,q,seed:a,\"also {S}/other\"\n",
        encoding="utf-8")
    (data / "disputes.csv").write_text(DISPUTES + disputes, encoding="utf-8")
    return data


def _audit_events(data: Path) -> tuple[list, list]:
    from geo.inputs.disputes import read_disputes
    gazetteer = load_gazetteer(data, world=False)
    timeline = load_timeline(data, gazetteer.places)
    disputes, problems = read_disputes(data / "disputes.csv", set(gazetteer.places),
                                       set(timeline.sides), timeline)
    return disputes, problems + audit.article_only_claims(timeline, disputes, data)


def test_a_rival_claim_names_the_event_it_rivals_among_those_of_its_day(tmp_path):
    # Named: only that event is said to have another source; the raid's note cites one.
    named = _events_story(tmp_path / "a", f"d1,events,2023-01-10,t,ru,date: 9 Jan,q,{S},,strike\n"
                          f"d2,events,2023-01-11,t,ru,count,q,{S},,\n")
    disputes, problems = _audit_events(named)
    assert [d.rivals for d in disputes] == ["strike", "raid"]
    assert [(p.path.rsplit("/", 1)[-1], p.line) for p in problems] == [("events.csv", 2)]
    assert not problems[0].is_error and "disputes.csv line 2" in problems[0].message
    # Unnamed among two: a warning on the dispute, which then goes with both events.
    both = _events_story(tmp_path / "b", f"d1,events,2023-01-10,t,ru,date,q,{S},,\n")
    disputes, problems = _audit_events(both)
    assert disputes[0].rivals == ""
    rivals = [p for p in problems if p.field == "rivals"]
    assert len(rivals) == 1 and "(shelling, strike)" in rivals[0].message
    assert sorted(p.line for p in problems if p.field == "source") == [2, 3]
    # A name that is not an event of that day and place is an error.
    wrong = _events_story(tmp_path / "c", f"d1,events,2023-01-10,t,ru,date,q,{S},,raid\n")
    disputes, problems = _audit_events(wrong)
    assert disputes == [] and [(p.field, p.is_error) for p in problems] == [("rivals", True)]
    assert "shelling, strike" in (problems[0].expected or "")
    # A control row has no id: naming one is an error.
    control = _events_story(tmp_path / "d", f"d1,control,2023-01-10,t,ru,holder,q,{S},,strike\n")
    (control / "control.csv").write_text(CONTROL + f"2023-01-10,t,ru,held,claimed,,,,q,{S},\n",
                                         encoding="utf-8")
    disputes, problems = _audit_events(control)
    assert disputes == [] and [p.field for p in problems if p.is_error] == ["rivals"]


def test_the_seed_checks_without_warnings(seed_inputs):
    # What a new user sees on `make map`: the project's own story follows its own rules
    # (mirrors say what they copy, disputes name the rows they rival).
    assert [(p.path, p.line, p.message) for p in seed_inputs.warnings] == []


def test_the_seed_draws_its_regions_and_sites(seed_inputs):
    assert not [p for p in seed_inputs.warnings if "is not drawn on the map" in p.message]


def _far_story(tmp_path: Path, extra: str) -> list:
    data = _story(tmp_path, "soledar,Soledar,,,town,,48.69,38.07,https://example.org/s,10000,\n"
                  "bakhmut,Bakhmut,,,city,,48.59,38.00,https://example.org/b,70000,\n"
                  "siversk,Siversk,,,town,,48.87,38.10,https://example.org/v,11000,\n"
                  + extra)
    return check_points(load_gazetteer(data, world=False), data / "places.csv")


def test_points_are_checked_against_the_storys_own_places(tmp_path):
    # Far from Syria, a story's places raise nothing; a point with latitude and longitude
    # swapped is found, and said to be swapped, because the swap lands by the story.
    assert _far_story(tmp_path / "a", "") == []
    swapped = _far_story(tmp_path / "b", "lyman,Lyman,,,town,,37.80,48.98,https://x.org/l,,\n")
    assert len(swapped) == 1 and "look swapped" in swapped[0].message
    # A point far away whose swap lands no nearer to the story is not called swapped.
    far = _far_story(tmp_path / "c", "quito,Quito,,,town,,-0.2,-78.5,https://x.org/q,,\n")
    assert len(far) == 1 and "swapped" not in far[0].message


def test_inputs_carry_figures_disputes_and_front_lines(seed_inputs):
    assert len(seed_inputs.figures) >= 24 and len(seed_inputs.disputes) >= 64
    assert seed_inputs.figures[0].date <= dt.date(2016, 12, 12)
