"""Control state by date, windows and the control table, on the real data and on small tables."""

import datetime as dt

import pytest

from geo.errors import InputError
from geo.inputs.timeline import load_timeline

D = dt.date.fromisoformat
NAMED_QUARTERS = ["sheikh-saeed", "karm-al-dada", "ferdous", "bab-al-maqam", "jallum"]


def test_palmyra_falls_to_isis_on_sunday(timeline):
    assert timeline.control_state_on(D("2016-12-09"))["palmyra"] == "government"
    assert timeline.control_state_on(D("2016-12-10"))["palmyra"] == "government"
    assert timeline.control_state_on(D("2016-12-11"))["palmyra"] == "isis"


@pytest.mark.parametrize("quarter", NAMED_QUARTERS)
def test_named_quarters_change_hands_on_december_11(timeline, quarter):
    assert timeline.control_state_on(D("2016-12-10"))[quarter] == "rebels"
    assert timeline.control_state_on(D("2016-12-11"))[quarter] == "government"
    taken = [c for c in timeline.history(quarter) if c.date == D("2016-12-11")]
    assert taken and taken[0].source == "seed:000_9675cb4a4e2b07e4"


def test_pocket_still_rebel_on_article_date(timeline):
    state = timeline.control_state_on(D("2016-12-12"))
    assert state["sukkari"] == "rebels"
    assert timeline.control_state_on(D("2016-12-22"))["sukkari"] == "government"


def test_movements_on_their_dates(timeline):
    on_11 = {m.id for m in timeline.movements_on(D("2016-12-11"))}
    assert {"government-retreat-palmyra", "isis-renewed-attack"} <= on_11
    on_10 = {m.id for m in timeline.movements_on(D("2016-12-10"))}
    assert "government-retreat-palmyra" not in on_10
    planned = next(m for m in timeline.movements if m.id == "turkey-march-raqqa")
    assert planned.status == "planned" and planned.from_place == "al-bab"


def test_events_on_their_dates(timeline):
    assert [e.id for e in timeline.events_on(D("2016-12-09"))] == [
        "centcom-tanker-strike", "isis-vbieds-palmyra"]


def test_window_covers_article_and_story(timeline):
    start, end = timeline.window([D("2016-12-12")])
    assert start <= D("2016-11-15") and end >= D("2016-12-22")
    assert start >= D("2016-12-12") - dt.timedelta(days=45)


def test_control_table_has_every_place_and_day(timeline):
    table = timeline.control_table(D("2016-12-10"), D("2016-12-12"))
    assert list(table.columns) == ["date", "place_id", "faction"]
    assert len(table) == 3 * len(timeline.places())
    palmyra = table[table.place_id == "palmyra"].set_index("date")["faction"].to_dict()
    assert palmyra == {"2016-12-10": "government", "2016-12-11": "isis", "2016-12-12": "isis"}


def _write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


SIDES = "id,name,colour,pattern,description,source\n"
S = "https://example.org/s"


def test_same_day_contradiction_is_an_error(tmp_path):
    _write(tmp_path, "sides.csv", f"{SIDES}a,A,#112233,solid,d,{S}\nb,B,#445566,solid,d,{S}\n")
    _write(tmp_path, "control.csv", "date,place_id,side,change,certainty,quote,source\n"
           f"2016-12-01,x,a,held,confirmed,q,{S}\n2016-12-01,x,b,held,confirmed,q,{S}\n")
    with pytest.raises(InputError) as caught:
        load_timeline(tmp_path, ["x"])
    message = str(caught.value)
    assert "control.csv line 3" in message and "'side'" in message and "line 2" in message


def test_state_before_first_row_is_unknown(tmp_path):
    _write(tmp_path, "sides.csv", f"{SIDES}a,A,#112233,solid,d,{S}\n")
    _write(tmp_path, "control.csv", "date,place_id,side,change,certainty,quote,source\n"
           f"2016-12-05,x,a,taken,confirmed,q,{S}\n")
    timeline = load_timeline(tmp_path, ["x"])
    assert timeline.control_state_on(D("2016-12-04")) == {}
    assert timeline.control_state_on(D("2016-12-05")) == {"x": "a"}


def test_control_table_lists_change_days_and_agrees_with_the_daily_table(timeline):
    start, end = timeline.window([dt.date(2016, 12, 12)])
    compact = timeline.control_table(start, end)
    daily = timeline.control_table(start, end, daily=True)
    assert len(daily) == ((end - start).days + 1) * len(timeline.places())
    assert set(compact["date"]) == {d.isoformat() for d in timeline.change_days(start, end)}
    listed = sorted(set(compact["date"]))
    for row in daily.itertuples():
        as_of = max(d for d in listed if d <= row.date)
        match = compact[(compact["date"] == as_of) & (compact["place_id"] == row.place_id)]
        assert match["faction"].item() == row.faction


def test_change_days_cost_does_not_grow_with_the_span(timeline):
    wide = timeline.change_days(dt.date(1900, 1, 1), dt.date(2100, 1, 1))
    assert wide[0] == dt.date(1900, 1, 1) and len(wide) <= len(timeline.changes) + 1


CONTROL = "date,place_id,side,change,certainty,state,by,share,quote,source\n"


def _sides(folder):
    _write(folder, "sides.csv", f"{SIDES}a,A,#112233,solid,d,{S}\nb,B,#445566,solid,d,{S}\n"
           f"c,C,#778899,solid,d,{S}\n")


def test_states_of_control_are_read_with_their_sides_and_share(tmp_path):
    _sides(tmp_path)
    _write(tmp_path, "control.csv", CONTROL
           + f"2016-12-01,x,a,held,confirmed,,,,q,{S}\n"
           + f"2016-12-02,x,a,held,claimed,partial,b,60,q,{S}\n"
           + f"2016-12-03,x,a,held,claimed,contested,b|c,,q,{S}\n"
           + f"2016-12-04,x,a,held,confirmed,besieged,b,,q,{S}\n"
           + f"2016-12-05,x,b,handed,confirmed,whole,,,q,{S}\n")
    rows = load_timeline(tmp_path, ["x"]).history("x")
    assert [(r.state, r.by, r.share) for r in rows] == [
        ("whole", (), None), ("partial", ("b",), 60.0), ("contested", ("b", "c"), None),
        ("besieged", ("b",), None), ("whole", (), None)]
    assert rows[-1].change == "handed"


@pytest.mark.parametrize(("row", "message"), [
    ("contested,,", "a contested place needs the sides that contest it"),
    ("encircled,,", "a encircled place needs the sides that encircle it"),
    ("whole,b,", "by names other sides, but the state is whole"),
    ("besieged,b,50", "a share, but the state is besieged"),
    ("partial,a,", "unknown side, or the row's own side"),
    ("partial,z,", "unknown side, or the row's own side"),
    ("partial,b,150", "bad number"),
    ("split,b,", "unknown control state"),
])
def test_a_state_needs_the_right_sides_and_share(tmp_path, row, message):
    _sides(tmp_path)
    _write(tmp_path, "control.csv", CONTROL + f"2016-12-01,x,a,held,confirmed,{row},q,{S}\n")
    with pytest.raises(InputError, match=message):
        load_timeline(tmp_path, ["x"])


def test_a_movement_may_give_only_its_target_and_an_event_no_side(tmp_path):
    _sides(tmp_path)
    _write(tmp_path, "control.csv", CONTROL)
    _write(tmp_path, "movements.csv", "id,start,end,side,kind,status,from_place,to_place,"
           "bearing_deg,distance_km,quote,source\n"
           f"m,2016-12-01,2016-12-02,a,evacuation,done,,x,,,q,{S}\n")
    _write(tmp_path, "events.csv", "id,date,place_id,kind,side,status,label,quote,source\n"
           f"e,2016-12-01,x,ceasefire,,reported,l,q,{S}\n")
    timeline = load_timeline(tmp_path, ["x"])
    assert timeline.movements[0].kind == "evacuation" and not timeline.movements[0].from_place
    assert timeline.events[0].side == ""


def test_the_seed_holds_the_new_states(timeline):
    deir = timeline.history("deir-ez-zor")[-1]
    assert (deir.side, deir.state, deir.by) == ("government", "besieged", ("isis",))
    assert "contested" not in timeline.sides
    states = {(c.place_id, c.date.isoformat()): c for c in timeline.changes}
    assert states["al-bab", "2016-12-10"].state == "contested"
    assert states["sukkari", "2016-12-13"].state == "partial"
    assert states["sheikh-saeed", "2016-11-30"].share == 67
    assert all(c.change == "handed" for c in timeline.changes
               if c.date == D("2016-12-22"))
    assert not [c for c in timeline.changes if "contested: " in c.note and
                "migrated from" not in c.note]
