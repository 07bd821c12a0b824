"""Find temporal expressions in English news text and resolve them against the publication date."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from dateutil import parser as date_parser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

__all__ = ["DateMention", "dates_table", "dates_tables", "find_dates", "resolve_weekday"]


@dataclass(frozen=True)
class DateMention:
    """One temporal expression found in a text and resolved to a calendar period.

    Attributes
    ----------
    start, end : int
        Python ``str`` offsets of the expression in the text.
    text : str
        ``text[start:end]``, including a leading preposition such as "on" or "since".
    date : datetime.date
        First day of the resolved period.
    end_date : datetime.date
        Last day of the resolved period (equal to ``date`` for a day).
    precision : str
        Granularity of the period: "day", "week", "month" or "year".
    relation : str
        How the text relates to the period: "on" (the period itself), "since" (from ``date``
        onwards), "until", "before" or "after".
    """

    start: int
    end: int
    text: str
    date: datetime.date
    end_date: datetime.date
    precision: str
    relation: str


@dataclass(frozen=True)
class _Period:
    """A resolved calendar period, before it is tied to a span of text."""

    date: datetime.date
    end_date: datetime.date
    precision: str
    relation: str | None = None  # overrides the relation implied by the preposition


# --------------------------------------------------------------------------------------------
# Vocabulary, keyed by lower-case ASCII: the finder spells out letter cases itself, so any
# matched word lowers to one of these keys.
# --------------------------------------------------------------------------------------------

_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_INDEX = {name[:3]: i for i, name in enumerate(_WEEKDAY_NAMES)}
_MONTH_INDEX = {
    name: i + 1
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_RELATIONS = {
    "since": "since", "from": "since",
    "until": "until", "till": "until", "through": "until", "by": "until",
    "before": "before", "prior to": "before",
    "after": "after",
    "on": "on", "in": "on", "during": "on",
}  # fmt: skip
_PAST_MODIFIERS = {"last", "past", "this past"}
_FUTURE_MODIFIERS = {"next", "coming", "this coming"}

# How far past the publication date an expression without a year may point before we assume
# the writer meant the previous year ("December 9" in a January article is last December).
_FUTURE_TOLERANCE = relativedelta(months=2)

# --------------------------------------------------------------------------------------------
# The finder: one compiled pattern, alternatives ordered so that at any start position the
# longest reading is tried first (re alternation is leftmost-first, not longest-match).
# --------------------------------------------------------------------------------------------


def _ci(words: str) -> str:
    """Case-insensitive regex source for ``|``-separated words; a space matches any whitespace.

    Spelled out as ``[sS][iI]...`` classes instead of re.IGNORECASE because the engine can
    reject an alternative on its first character only when that character is not case-folded,
    which doubles the scanning speed of this many-branched pattern.
    """
    letters = re.sub(r"[A-Za-z]", lambda m: f"[{m[0].lower()}{m[0].upper()}]", words)
    return "(?:" + letters.replace(" ", r"\s+") + ")"


_WD = _ci("monday|tuesday|wednesday|thursday|friday|saturday|sunday")
# May, March and August are also a modal verb, a verb and a first name, so those spellings are
# case-sensitive; the other full names are matched in any case.
_MONTH_FULL = (
    r"(?:" + _ci("january|february|april|june|july|september|october|november|december")
    + r"|May|MAY|March|MARCH|August|AUGUST)"
)
# Abbreviations ("Jan", "Mar", "Dec") collide with names and verbs in lower case, so they are
# case-sensitive and only accepted next to a day number or a year.
_MONTH_ABBR_WORDS = (
    r"(?:Jan|JAN|Feb|FEB|Mar|MAR|Apr|APR|Jun|JUN|Jul|JUL|Aug|AUG|Sept|SEPT|Sep|SEP"
    r"|Oct|OCT|Nov|NOV|Dec|DEC)"
)
_MONTH_ABBR = _MONTH_ABBR_WORDS + r"\.?"
_MONTH_ANY = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])" + _ci("st|nd|rd|th") + "?"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])"
# A day number followed by these is a quantity, a decimal or a time, not a day of the month.
_NOT_QUANTITY = r"(?![0-9%]|[.,:/][0-9])"
_NUM = (
    r"(?:[0-9]{1,2}|"
    + _ci("an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
    + ")"
)
_UNIT = _ci("day|week|month|year") + "[sS]?"
_THE = _ci("the ")
_WEEKDAY_PREFIX = rf"(?:{_WD},?\s+)?(?:{_THE})?"
_PREP = _ci("since|from|until|till|through|before|after|prior to|on|in|during|by")
_QUAL = _ci("early|earlier|late|later|mid|the end of|the start of|the beginning of|the middle of")
_RDAY = _ci("today|tonight|yesterday|tomorrow|last night|this morning|this afternoon|this evening")

# Every word an expression can begin with. Checked in a lookahead before the full pattern:
# about four word starts in five fail here on one cheap test instead of walking every
# alternative, which is what lifts the scan from about 1 to 3 MB/s.
_FIRST_WORD = (
    r"(?=[0-9]|"
    + _ci(
        "since|from|until|till|through|before|after|prior|on|in|during|by"
        "|early|earlier|late|later|mid|the|over|within|throughout|for"
        "|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        "|day|today|tonight|yesterday|tomorrow|last|this|next|coming|past"
        "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        "|january|february|april|june|july|september|october|november|december"
    )
    + rf"\b|{_MONTH_ABBR_WORDS}\b|(?:May|MAY|March|MARCH|August|AUGUST)\b)"
)

_PATTERN = rf"""
\b{_FIRST_WORD}
(?:(?P<prep>{_PREP})\s+)?
(?:(?P<qual>{_QUAL})(?:\s+|-))?
(?:
    (?P<roll>(?:{_ci("over|within|throughout|for")}\s+)?{_THE}{_ci("last|past")}\s+
        (?:(?P<roll_n>{_NUM})\s+)?(?P<roll_u>{_UNIT})(?!\s+{_ci("of")}\b))
  | (?P<ago>(?P<ago_n>{_NUM})\s+(?P<ago_u>{_UNIT})\s+{_ci("ago")})
  | (?P<dby>(?:{_THE})?{_ci("day before yesterday")})
  | (?P<dat>(?:{_THE})?{_ci("day after tomorrow")})
  | (?P<rday>{_RDAY})
  | (?P<iso>(?P<iso_y>(?:19|20)[0-9]{{2}})-(?P<iso_m>[01][0-9])-(?P<iso_d>[0-3][0-9])(?![0-9]))
  | (?P<md>{_WEEKDAY_PREFIX}(?P<md_m>{_MONTH_ANY})\s*(?:{_THE})?(?P<md_d>{_DAY})
        (?:(?:,\s*|\s+)(?P<md_y>{_YEAR}))?{_NOT_QUANTITY})
  | (?P<dm>{_WEEKDAY_PREFIX}(?<![0-9.,:/])(?P<dm_d>{_DAY})\s+(?:{_ci("of")}\s+)?
        (?P<dm_m>{_MONTH_ANY})(?:,?\s+(?P<dm_y>{_YEAR}))?)
  | (?P<my>(?P<my_m>{_MONTH_ANY}),?\s+(?P<my_y>{_YEAR}))
  | (?P<wd>(?:(?P<wd_mod>{_ci("last|next|this coming|this past|this|coming|past")})\s+)?
        (?P<wd_n>{_WD})(?:\s+{_ci("morning|afternoon|evening|night")})?)
  | (?P<per>(?P<per_mod>{_ci("last|this past|this|next|coming|past")})\s+
        (?P<per_u>{_ci("week|month|year")}))
  | (?P<mb>(?:(?P<mb_mod>{_ci("last|next|this|past|coming")})\s+)?(?P<mb_m>{_MONTH_FULL})
        (?!['’][sS]\b)(?(prep)|(?(qual)|(?(mb_mod)|(?!)))))
  | (?P<yr>{_YEAR}(?(prep)|(?(qual)|(?!))))
)
(?!\w)
"""
_FINDER = re.compile(_PATTERN, re.VERBOSE)

# Clause boundaries and tense cues, used only to decide which way a bare weekday points.
_CLAUSE_BOUNDARY = re.compile(r"[.!?;\n]")
_FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|shall|going\s+to|(?:is|are)\s+(?:expected|set|due|scheduled)\s+to)\b"
    r"|['’]ll\b",
    re.IGNORECASE,
)
_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
# Looking this far either way is enough for a news clause and keeps the scan linear even when a
# text has no punctuation at all.
_CLAUSE_WINDOW = 160


def _squash(word: str) -> str:
    """Casefold and collapse whitespace so that vocabulary look-ups see one spelling."""
    return " ".join(word.casefold().split())


def _week_of(day: datetime.date) -> _Period:
    """Monday to Sunday week containing ``day``."""
    monday = day + relativedelta(weekday=MO(-1))
    return _Period(monday, monday + relativedelta(days=6), "week")


def _month_of(day: datetime.date) -> _Period:
    """Calendar month containing ``day``."""
    first = day + relativedelta(day=1)
    return _Period(first, first + relativedelta(day=31), "month")


def _year_of(year: int) -> _Period:
    """Calendar year ``year``."""
    return _Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year")


def _period_of(unit: str, day: datetime.date) -> _Period:
    """Calendar period of the given unit ("day", "week", "month", "year") containing ``day``."""
    if unit == "week":
        return _week_of(day)
    if unit == "month":
        return _month_of(day)
    if unit == "year":
        return _year_of(day.year)
    return _Period(day, day, "day")


def _unit_delta(unit: str, count: int) -> relativedelta:
    """A relativedelta of ``count`` units, ``unit`` being "day", "week", "month" or "year"."""
    return relativedelta(**{unit + "s": count})


def resolve_weekday(name: str, published: datetime.date, direction: str = "past") -> datetime.date:
    """Resolve a weekday name relative to a publication date.

    Parameters
    ----------
    name : str
        Weekday name, full or abbreviated to three letters, in any case ("Friday", "fri").
    published : datetime.date
        Publication date of the article.
    direction : str
        "past" for the most recent such day strictly before ``published``; "future" for the
        first such day strictly after it.

    Returns
    -------
    datetime.date
        The resolved day.

    Raises
    ------
    ValueError
        If ``name`` is not a weekday or ``direction`` is neither "past" nor "future".
    """
    index = _weekday_index(name)
    weekday = _WEEKDAYS[index]
    published = _as_date(published)
    # "Strictly": "last Friday" written on a Friday means a week ago, "next Friday" a week on.
    if direction == "past":
        return published + relativedelta(days=-1, weekday=weekday(-1))
    if direction == "future":
        return published + relativedelta(days=+1, weekday=weekday(+1))
    raise ValueError(f"direction must be 'past' or 'future', not {direction!r}")


def _weekday_index(name: str) -> int:
    """Monday-based index of a weekday name, full or abbreviated ("Fri", "Thurs")."""
    word = _squash(name).rstrip(".")
    index = _WEEKDAY_INDEX.get(word[:3])
    if index is None or not _WEEKDAY_NAMES[index].startswith(word):
        raise ValueError(f"not a weekday: {name!r}")
    return index


def _as_date(value: datetime.date) -> datetime.date:
    """Drop the time of a datetime so that arithmetic always yields plain dates."""
    return value.date() if isinstance(value, datetime.datetime) else value


@lru_cache(maxsize=4096)
def _parse_day(month: str, day: str, year: str | None, published: datetime.date) -> _Period | None:
    """Parse an absolute day such as ("Dec", "9", None) with the year taken from ``published``.

    Cached because news text repeats the same few dates and the parser is the slow part.
    """
    core = f"{month} {day}" + (f" {year}" if year else "")
    # The previous year is the fallback when the year is implicit and the date would lie too
    # far after publication; trying it also rescues February 29 of a leap publication year - 1.
    candidates = [published.year] if year else [published.year, published.year - 1]
    limit = published + _FUTURE_TOLERANCE
    for candidate in candidates:
        try:
            parsed = date_parser.parse(core, default=datetime.datetime(candidate, 1, 1)).date()
        except (ValueError, OverflowError):
            continue
        if year or parsed <= limit:
            return _Period(parsed, parsed, "day")
    return None


def _month_number(token: str) -> int:
    """Month number of a full or abbreviated month name ("Dec.", "september")."""
    return _MONTH_INDEX[_squash(token)[:3]]


def _resolve_bare_month(token: str, modifier: str | None, published: datetime.date) -> _Period:
    """Resolve "in November", "last November" or "next May" to a calendar month."""
    month = _month_number(token)
    year = published.year
    if modifier in _PAST_MODIFIERS:
        year = year if month < published.month else year - 1
    elif modifier in _FUTURE_MODIFIERS:
        year = year if month > published.month else year + 1
    elif modifier != "this" and datetime.date(year, month, 1) > published + _FUTURE_TOLERANCE:
        year -= 1
    return _month_of(datetime.date(year, month, 1))


def _weekday_direction(text: str, start: int, end: int, published: datetime.date, name: str,
                       modifier: str | None) -> datetime.date:
    """Resolve a weekday using its modifier, else the tense of the clause around it."""
    if modifier in _PAST_MODIFIERS:
        return resolve_weekday(name, published, "past")
    if modifier in _FUTURE_MODIFIERS:
        return resolve_weekday(name, published, "future")
    if _weekday_index(name) == published.weekday():
        # A bare weekday that is the publication's own ("said Saturday" in a Saturday
        # story) is that day, as news style writes it; "last Saturday" is a week ago.
        return published
    left = text[max(0, start - _CLAUSE_WINDOW) : start]
    boundaries = [m.end() for m in _CLAUSE_BOUNDARY.finditer(left)]
    left = left[boundaries[-1] :] if boundaries else left
    right = text[end : end + _CLAUSE_WINDOW]
    boundary = _CLAUSE_BOUNDARY.search(right)
    right = right[: boundary.start()] if boundary else right
    clause = f"{left} {right}"
    direction = "future" if _FUTURE_CUE.search(clause) else "past"
    return resolve_weekday(name, published, direction)


def _resolve(match: re.Match[str], text: str, published: datetime.date) -> _Period | None:
    """Turn one finder match into a period, or None when it names no valid date."""
    kind = match.lastgroup
    group = match.group
    if kind in ("roll", "ago", "dby", "dat", "rday"):
        return _resolve_relative(kind, group, published)
    if kind == "iso":
        try:
            day = date_parser.isoparse(group("iso")).date()
        except ValueError:
            return None
        return _Period(day, day, "day")
    if kind == "md":
        return _parse_day(_squash(group("md_m")).rstrip("."), _digits(group("md_d")),
                          group("md_y"), published)
    if kind == "dm":
        return _parse_day(_squash(group("dm_m")).rstrip("."), _digits(group("dm_d")),
                          group("dm_y"), published)
    if kind == "my":
        return _month_of(datetime.date(int(group("my_y")), _month_number(group("my_m")), 1))
    if kind == "wd":
        modifier = _squash(group("wd_mod")) if group("wd_mod") else None
        day = _weekday_direction(text, match.start(), match.end(), published, group("wd_n"),
                                 modifier)
        return _Period(day, day, "day")
    if kind == "per":
        modifier = _squash(group("per_mod"))
        unit = _squash(group("per_u"))
        step = -1 if modifier in _PAST_MODIFIERS else 1 if modifier in _FUTURE_MODIFIERS else 0
        return _period_of(unit, published + _unit_delta(unit, step))
    if kind == "mb":
        modifier = _squash(group("mb_mod")) if group("mb_mod") else None
        return _resolve_bare_month(group("mb_m"), modifier, published)
    if kind == "yr":
        return _year_of(int(group("yr")))
    return None


def _resolve_relative(kind: str, group: Callable[[str], str | None],
                      published: datetime.date) -> _Period | None:
    """A period counted from the publication date: "over the last year", "three weeks
    ago", "the day before yesterday", "yesterday"."""
    if kind == "roll":
        # A rolling window ("over the last year") runs from that long ago up to publication.
        # Its precision is the unit of the window; the relation is always "since".
        unit = _squash(group("roll_u") or "").rstrip("s")
        if group("roll_n") is None and unit == "day":
            return None  # "the last day" is the final day of something, not a window
        count = _count(group("roll_n"))
        return _Period(published - _unit_delta(unit, count), published, unit, "since")
    if kind == "ago":
        # "Three weeks ago" points at a day; report the calendar period of the unit holding it.
        unit = _squash(group("ago_u") or "").rstrip("s")
        return _period_of(unit, published - _unit_delta(unit, _count(group("ago_n"))))
    if kind == "dby":
        return _period_of("day", published - relativedelta(days=2))
    if kind == "dat":
        return _period_of("day", published + relativedelta(days=2))
    if kind == "rday":
        word = _squash(group("rday") or "")
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        return _period_of("day", published + relativedelta(days=offset))
    return None


def _count(token: str | None) -> int:
    """Number given in digits or words ("3", "three", "a"); 1 when absent."""
    if token is None:
        return 1
    token = _squash(token)
    return int(token) if token.isascii() and token.isdigit() else _NUMBER_WORDS[token]


def _digits(token: str) -> str:
    """Day number without its ordinal suffix ("9th" -> "9")."""
    return token.rstrip("stndrhSTNDRH")


def find_dates(text: str, published: datetime.date) -> list[DateMention]:
    """Find temporal expressions in ``text`` and resolve them against ``published``.

    Parameters
    ----------
    text : str
        English news text.
    published : datetime.date
        Publication date of the article; relative expressions are resolved against it.

    Returns
    -------
    list of DateMention
        Sorted by start offset and non-overlapping. A leading preposition ("on", "since",
        "until", ...) is part of the span and sets ``relation``.

    Notes
    -----
    * A weekday without "last"/"next" means the most recent such day strictly before
      publication, unless its clause has a future cue ("will", "shall", "going to") or the
      weekday is the publication day and the clause says "today".
    * A day or month without a year takes the publication year, or the previous year when that
      would put it more than two months after publication.
    * "over the last year", "in the past 3 weeks": relation "since", ``date`` that long before
      publication, ``end_date`` the publication date, precision the unit.
    * "3 weeks ago": the calendar week (month, year) holding the day that long ago.
    * Bare years and bare month names need a preposition, a qualifier ("early", "the end of")
      or a modifier ("last November"); "May", "March" and "August" are case-sensitive.
    * Times of day, numeric dates such as 12/10/2016 (ambiguous day/month order), seasons,
      decades and weekends are not reported.
    """
    published = _as_date(published)
    mentions = []
    # The pattern's alternatives cannot overlap (finditer resumes after each match), and the
    # longer readings are ordered first, so the output is already sorted and non-overlapping.
    for match in _FINDER.finditer(text):
        period = _resolve(match, text, published)
        if period is None:
            continue
        prep = match.group("prep")
        relation = period.relation or (_RELATIONS.get(_squash(prep), "on") if prep else "on")
        mentions.append(
            DateMention(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                date=period.date,
                end_date=period.end_date,
                precision=period.precision,
                relation=relation,
            )
        )
    return mentions


def dates_table(mentions: list[DateMention], article: str) -> pd.DataFrame:
    """Tabulate date mentions of one article.

    Parameters
    ----------
    mentions : list of DateMention
        Output of :func:`find_dates`.
    article : str
        Article identifier written in every row.

    Returns
    -------
    pandas.DataFrame
        Columns exactly ``article, start, end, text, date, precision``; ``date`` is an ISO
        ``YYYY-MM-DD`` string.
    """
    return dates_tables([(article, mentions)])


def dates_tables(found: Iterable[tuple[str, list[DateMention]]]) -> pd.DataFrame:
    """The table of :func:`dates_table` for many ``(article, mentions)`` pairs, built once."""
    columns = ["article", "start", "end", "text", "date", "precision"]
    rows = [(article, m.start, m.end, m.text, m.date.isoformat(), m.precision)
            for article, mentions in found for m in mentions]
    return pd.DataFrame(rows, columns=columns)
