"""Tests for geo.parse.dates: finding and resolving temporal expressions in news text."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.parse.dates import DateMention, dates_table, find_dates, resolve_weekday

D = datetime.date
# Publication date of the seed article: a Monday.
PUBLISHED = D(2016, 12, 12)
SEED_ARTICLE = Path("/work/shared/seeds/000_9675cb4a4e2b07e4.txt")

# sentence, expected span text, date, end_date, precision, relation
CASES = [
    ("Yesterday the quarter was taken.", "Yesterday", D(2016, 12, 11), None, "day", "on"),
    ("They may give up today.", "today", PUBLISHED, None, "day", "on"),
    ("Or they give up tomorrow.", "tomorrow", D(2016, 12, 13), None, "day", "on"),
    ("It fell the day before yesterday.", "the day before yesterday", D(2016, 12, 10), None,
     "day", "on"),
    ("Last Friday ISIS attacked Palmyra.", "Last Friday", D(2016, 12, 9), None, "day", "on"),
    ("A large attack on Saturday was repulsed.", "on Saturday", D(2016, 12, 10), None, "day",
     "on"),
    ("A renewed attack on Sunday proved too much.", "on Sunday", D(2016, 12, 11), None, "day",
     "on"),
    # a bare weekday that is the publication's own is that day (news style; issue 11)
    ("The army attacked on Monday.", "on Monday", PUBLISHED, None, "day", "on"),
    ("The talks will resume on Friday.", "on Friday", D(2016, 12, 16), None, "day", "on"),
    ("Next Friday the talks resume.", "Next Friday", D(2016, 12, 16), None, "day", "on"),
    ("This coming Friday is the deadline.", "This coming Friday", D(2016, 12, 16), None, "day",
     "on"),
    ("The ceasefire held until Friday.", "until Friday", D(2016, 12, 9), None, "day", "until"),
    ("CentCom announced on December 9 that", "on December 9", D(2016, 12, 9), None, "day", "on"),
    ("Bombing resumed December 9.", "December 9", D(2016, 12, 9), None, "day", "on"),
    ("Since December 5 probing attacks", "Since December 5", D(2016, 12, 5), None, "day",
     "since"),
    ("It was quiet before December 5.", "before December 5", D(2016, 12, 5), None, "day",
     "before"),
    ("It was reported on 9 December.", "on 9 December", D(2016, 12, 9), None, "day", "on"),
    ("It was reported Dec. 9 by CentCom.", "Dec. 9", D(2016, 12, 9), None, "day", "on"),
    ("It fell on the 9th of December.", "on the 9th of December", D(2016, 12, 9), None, "day",
     "on"),
    ("3:46 AM - 10 Dec 2016", "10 Dec 2016", D(2016, 12, 10), None, "day", "on"),
    ("December 12, 2016 Information Clearing House", "December 12, 2016", PUBLISHED, None,
     "day", "on"),
    ("Monday, December 12, 2016", "Monday, December 12, 2016", PUBLISHED, None, "day", "on"),
    ("Dated 2016-12-12 by the desk.", "2016-12-12", PUBLISHED, None, "day", "on"),
    ("It began three days ago.", "three days ago", D(2016, 12, 9), None, "day", "on"),
    ("Status November 2016 - Palmyra", "November 2016", D(2016, 11, 1), D(2016, 11, 30),
     "month", "on"),
    ("The offensive began in November.", "in November", D(2016, 11, 1), D(2016, 11, 30),
     "month", "on"),
    ("Elections were held in May 2016.", "in May 2016", D(2016, 5, 1), D(2016, 5, 31), "month",
     "on"),
    ("The siege has lasted since last November.", "since last November", D(2016, 11, 1),
     D(2016, 11, 30), "month", "since"),
    ("Aid will arrive next May.", "next May", D(2017, 5, 1), D(2017, 5, 31), "month", "on"),
    ("The city was besieged last week.", "last week", D(2016, 12, 5), D(2016, 12, 11), "week",
     "on"),
    ("Fighting intensified this week.", "this week", D(2016, 12, 12), D(2016, 12, 18), "week",
     "on"),
    ("Troops arrived last month.", "last month", D(2016, 11, 1), D(2016, 11, 30), "month",
     "on"),
    ("Troops arrived last year.", "last year", D(2015, 1, 1), D(2015, 12, 31), "year", "on"),
    ("The town fell in 2015.", "in 2015", D(2015, 1, 1), D(2015, 12, 31), "year", "on"),
    ("It was retaken by the end of 2015.", "by the end of 2015", D(2015, 1, 1), D(2015, 12, 31),
     "year", "until"),
    # A rolling window: from one year before publication up to publication.
    ("Most were bombed over the last year.", "over the last year", D(2015, 12, 12), PUBLISHED,
     "year", "since"),
    ("Strikes rose in the past 3 weeks.", "in the past 3 weeks", D(2016, 11, 21), PUBLISHED,
     "week", "since"),
]


@pytest.mark.parametrize(
    ("sentence", "expected", "date", "end_date", "precision", "relation"), CASES
)
def test_single_mention(
    sentence: str,
    expected: str,
    date: datetime.date,
    end_date: datetime.date | None,
    precision: str,
    relation: str,
) -> None:
    [mention] = find_dates(sentence, PUBLISHED)
    start = sentence.index(expected)
    assert (mention.start, mention.end) == (start, start + len(expected))
    assert mention.text == expected
    assert mention.date == date
    assert mention.end_date == (end_date or date)
    assert mention.precision == precision
    assert mention.relation == relation


@pytest.mark.parametrize(
    "sentence",
    [
        "They bombed 168 ISIS tanker trucks.",
        "The U.S. deployed an additional 200 special forces to bring the total to 500.",
        "They hold roughly 2% of the area.",
        "The area is some 18,000 square kilometers.",
        "In accordance with Title 17 U.S.C. Section 107, this material is distributed.",
        "3:46 AM",
        "It would be allowed to march on towards Raqqa.",
        "May God help them.",
        "Translation may take a moment to load.",
        "Sun and Sat are in the prose; the Sun rose.",
        "Theresa May's government met Mayor Jones.",
        "Fridays are quiet in the market.",
        "The last day of the siege was grim.",
        "August Landmesser refused to salute.",
        "Feb 30 and 2016-02-30 are not days.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


def test_modal_may_leaves_only_today() -> None:
    sentence = "They may give up today."
    assert [m.text for m in find_dates(sentence, PUBLISHED)] == ["today"]


def test_several_mentions_sorted_and_separate() -> None:
    sentence = "They may give up today or tomorrow, as on Saturday and since December 5."
    mentions = find_dates(sentence, PUBLISHED)
    assert [m.text for m in mentions] == ["today", "tomorrow", "on Saturday", "since December 5"]
    assert [m.date for m in mentions] == [PUBLISHED, D(2016, 12, 13), D(2016, 12, 10),
                                          D(2016, 12, 5)]


@pytest.mark.parametrize(
    ("sentence", "date", "precision"),
    [
        # Without a year, a date more than two months after publication is last year's.
        ("It started on December 9.", D(2016, 12, 9), "day"),
        ("It started in December.", D(2016, 12, 1), "month"),
        ("It started on January 5.", D(2017, 1, 5), "day"),
        # The publication year has no February 29, the previous year does.
        ("It started on February 29.", D(2016, 2, 29), "day"),
    ],
)
def test_year_inferred_from_publication(sentence: str, date: datetime.date, precision: str) -> None:
    [mention] = find_dates(sentence, D(2017, 1, 10))
    assert (mention.date, mention.precision) == (date, precision)


def test_weekday_that_is_today() -> None:
    # Published on a Monday: "Monday" in a clause that says "today" is the publication day.
    mentions = find_dates("Today, Monday, the city fell.", PUBLISHED)
    assert [(m.text, m.date) for m in mentions] == [("Today", PUBLISHED), ("Monday", PUBLISHED)]


def test_accepts_datetime_publication() -> None:
    [mention] = find_dates("Yesterday it fell.", datetime.datetime(2016, 12, 12, 18, 30))
    assert mention.date == D(2016, 12, 11)
    assert type(mention.date) is datetime.date


@pytest.mark.parametrize(
    ("name", "direction", "expected"),
    [
        ("Friday", "past", D(2016, 12, 9)),
        ("monday", "past", D(2016, 12, 5)),
        ("Monday", "future", D(2016, 12, 19)),
        ("Fri", "future", D(2016, 12, 16)),
        ("Sunday", "past", D(2016, 12, 11)),
    ],
)
def test_resolve_weekday(name: str, direction: str, expected: datetime.date) -> None:
    assert resolve_weekday(name, PUBLISHED, direction) == expected


@pytest.mark.parametrize(("name", "direction"), [("Frisbee", "past"), ("Friday", "later")])
def test_resolve_weekday_rejects(name: str, direction: str) -> None:
    with pytest.raises(ValueError):
        resolve_weekday(name, PUBLISHED, direction)


def test_dates_table() -> None:
    mentions = find_dates("Yesterday and in November 2016.", PUBLISHED)
    table = dates_table(mentions, "a1")
    assert list(table.columns) == ["article", "start", "end", "text", "date", "precision"]
    assert table.to_dict("records") == [
        {"article": "a1", "start": 0, "end": 9, "text": "Yesterday", "date": "2016-12-11",
         "precision": "day"},
        {"article": "a1", "start": 14, "end": 30, "text": "in November 2016",
         "date": "2016-11-01", "precision": "month"},
    ]
    assert list(dates_table([], "a1").columns) == list(table.columns)


@pytest.mark.skipif(not SEED_ARTICLE.exists(), reason="seed article not available")
def test_seed_article() -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    mentions = find_dates(text, PUBLISHED)
    found = {m.text: m for m in mentions}
    expected = {
        "December 12, 2016": D(2016, 12, 12),
        "Yesterday": D(2016, 12, 11),
        "today": D(2016, 12, 12),
        "tomorrow": D(2016, 12, 13),
        "Since December 5": D(2016, 12, 5),
        "Last Friday": D(2016, 12, 9),
        "on Saturday": D(2016, 12, 10),
        "on Sunday": D(2016, 12, 11),
        "November 2016": D(2016, 11, 1),
        "on December 9": D(2016, 12, 9),
        "10 Dec 2016": D(2016, 12, 10),
    }
    for span, date in expected.items():
        assert found[span].date == date, span
    assert found["Since December 5"].relation == "since"
    assert found["November 2016"].precision == "month"
    for m in mentions:
        assert text[m.start : m.end] == m.text
    # Nothing inside quantities, statute numbers or times of day.
    for needle in ("168", "Title 17", "Section 107", "18,000", "3:46", "500", "2%"):
        at = text.index(needle)
        assert not any(m.start < at + len(needle) and at < m.end for m in mentions), needle


def _assert_well_formed(text: str, mentions: list[DateMention]) -> None:
    previous_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= previous_end  # sorted and non-overlapping
        assert m.date <= m.end_date
        assert m.precision in {"day", "week", "month", "year"}
        assert m.relation in {"on", "since", "until", "before", "after"}
        previous_end = m.end


# Fragments that steer random text into every branch of the finder and the resolver.
_FRAGMENTS = st.sampled_from(
    [
        "on ", "since ", "in ", "until ", "the ", "last ", "next ", "this coming ", "early ",
        "Friday", "monday", "December", "Dec.", "May", "March", "9", "31st", "29", "2016",
        "1999", "12", "-", ", ", " ", ".", "will ", "today", "yesterday", "ago", "days",
        "week", "year", "over the past ", "three ", "of ", "2016-02-29", ":", "%",
    ]
)  # fmt: skip
_PUBLISHED_DATES = st.dates(min_value=D(1901, 1, 1), max_value=D(2098, 12, 31))


@settings(max_examples=300, deadline=None)
@given(text=st.text(), published=_PUBLISHED_DATES)
def test_arbitrary_text_never_raises(text: str, published: datetime.date) -> None:
    _assert_well_formed(text, find_dates(text, published))


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.one_of(_FRAGMENTS, st.text(max_size=3)), max_size=30),
    published=_PUBLISHED_DATES,
)
def test_date_like_text_never_raises(parts: list[str], published: datetime.date) -> None:
    text = "".join(parts)
    _assert_well_formed(text, find_dates(text, published))


def test_a_bare_weekday_of_the_publication_day_is_that_day() -> None:
    # 2016-12-10 was a Saturday: "said Saturday" in a Saturday story is the same day, and
    # "last Saturday" a week before (issue 11: it resolved a week early).
    saturday = datetime.date(2016, 12, 10)
    found = {m.text: m.date for m in find_dates("The army said Saturday it advanced. "
                                                "Rebels had fled last Saturday.", saturday)}
    assert found["Saturday"] == saturday
    assert found["last Saturday"] == datetime.date(2016, 12, 3)
