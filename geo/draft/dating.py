"""Date a claim: its sentence's own expression, else the nearest one before, else the
publication date, each with its precision.

Expressions come from :func:`geo.parse.dates.find_dates`, with three readings of news
usage on top: a weekday the article names on its own publication weekday ("on Saturday"
in a Saturday paper) is that day; "overnight Sunday to Monday" is the later day; and
periods ("earlier in the week", "in recent weeks", a week) are given as their month, as
the claims gold set does.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from geo.parse.dates import DateMention, find_dates

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_LAST = re.compile(r"\b(?:last|past|previous)\b", re.I)
_EXTRA = re.compile(
    r"\b(?:(?:earlier|later)\s+(?:in\s+the|this)\s+(?:week|month)|this\s+week|"
    r"in\s+recent\s+(?:days|weeks)|since\s+the\s+start\s+of\s+the\s+month|"
    r"in\s+the\s+past\s+(?:few\s+)?(?:days|weeks)|last\s+week|over\s+the\s+weekend)\b", re.I)
_NUMBERS = {w: n for n, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"))}
_COUNT_WORDS = r"\d{1,2}|" + "|".join(_NUMBERS)
_COUNT = rf"(?P<n>{_COUNT_WORDS})"
_SPAN_BEFORE = re.compile(rf"\b{_COUNT}\s+(?P<unit>months?|years?)\s+of\s+(?:\w+\s+)?$", re.I)
_SPAN_AFTER = re.compile(rf"^[^.;]{{0,40}}?\bfor\s+(?:(?:more|less)\s+than\s+|about\s+|some\s+)?"
                         rf"{_COUNT}\s+(?P<unit>months?|years?)\b", re.I)
#: Words that open a clause of its own, whose dates are not the act's before it.
_SUBORDINATE = re.compile(r"\b(?:since|after|before|when|until|following|once|while|whereas|"
                          r"where)\b", re.I)
#: A relative clause on a name after the cue, still open at the date ("retaken Bara, which
#: had fallen to the RSF in October"): its dates are its own verb's.
_RELATIVE_AFTER = re.compile(r"(?<=[A-Z][\w’'-]),\s+(?i:which|who)\s+(?:\w+\s+){0,3}?"
                             r"(?i:was|were|had|has|have|is|are|\w+ed)\b[^,;]*$")
#: A relative clause opened between a date and a cue ("On Saturday X retook Bara, which had
#: fallen to the RSF in October"): with a date of its own after the cue, that date is its.
_WHICH_BETWEEN = re.compile(r",\s+(?:which|who)\s", re.I)
#: A clause that opens a sentence with a subordinating word and ends at a comma.
_LEADING_CLAUSE = re.compile(r"\s*(?:despite|although|though|while|whereas|since|before|"
                             r"until|unlike)\b[^,;]{3,120},", re.I)
#: The words of an apposition before its date ("The RSF, at war with the army since April
#: 2023, ...", "Kiwanja, captured in 2012, ...").
_APPOSITION_DATE = re.compile(r"\s*(?:[\w’'-]+\s+){1,8}?(?:(?:since|from|in|until|for)\s*)?$", re.I)
#: A speech verb between a date and the cue: the date is the report's ("on Saturday
#: reported that ... fought on Friday"), when the act has a date of its own after the cue.
_REPORTED = re.compile(r"\b(?:said|says|reported|reports|announced|told|claimed|stated|added|"
                       r"confirmed)\b", re.I)
#: A sentence that goes on with the report before it ("It added that", "It was noted that",
#: "He also said"): its act is dated by that report, even in an earlier paragraph.
_CONTINUES = re.compile(r"\W*(?:It|He|She|They)\s+(?:also\s+|further\s+)?(?:added|noted|"
                        r"continued|went\s+on|was\s+(?:also\s+)?(?:noted|added))\b")
#: "a day after", "less than two weeks after": the act after these words is that much
#: older than the sentence's own (the cue lies in the clause they open).
_COUNTED_AFTER = re.compile(rf"\b(?P<n>an?|{_COUNT_WORDS})\s+(?P<unit>days?|weeks?)\s+after\s+"
                            r"(?:[\w’'-]+\s+){0,8}$", re.I)
#: Claims dated further than this before publication are background (the gold set's
#: rule 2), and are not drafted; baselines ("held") are kept.
BACKGROUND_DAYS = 35


@dataclass(frozen=True)
class ClaimDate:
    """A claim's date as written in a table: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ""."""

    date: str
    precision: str
    day: dt.date | None  # the first day of the period, for ordering and filters
    start: int = -1  # offsets of the expression it came from (-1: the publication date)
    end: int = -1
    #: Where it came from: "own" (the claim's sentence), "text" (elsewhere in the text),
    #: "publication", or "" (no date).
    origin: str = "publication"


def _weekday_fix(mention: DateMention, published: dt.date) -> DateMention:
    """A bare weekday on the publication's own weekday is the publication day."""
    words = mention.text.lower()
    name = next((w for w in _WEEKDAYS if w in words), "")
    if name and mention.precision == "day" and not _LAST.search(words) and \
            _WEEKDAYS.index(name) == published.weekday() and \
            mention.date == published - dt.timedelta(days=7):
        return DateMention(mention.start, mention.end, mention.text, published, published,
                           "day", mention.relation)
    return mention


def _as_claim_date(mention: DateMention, published: dt.date, origin: str) -> ClaimDate:
    if mention.precision == "day":
        return ClaimDate(mention.date.isoformat(), "day", mention.date, mention.start,
                         mention.end, origin)
    if mention.precision in ("week", "month"):
        day = min(mention.end_date, published) if mention.precision == "week" else mention.date
        return ClaimDate(day.strftime("%Y-%m"), "month", day.replace(day=1), mention.start,
                         mention.end, origin)
    return ClaimDate(str(mention.date.year), "year", mention.date, mention.start, mention.end,
                     origin)


class Dater:
    """The dates of one article, and the date of a claim in any of its sentences."""

    def __init__(self, text: str, published: dt.date,
                 skip: list[tuple[int, int]] | None = None):
        self.published = published
        self.text = text
        skip = skip or []
        found = [_weekday_fix(m, published) for m in find_dates(text, published)
                 if not any(s <= m.start < e for s, e in skip)]
        found = self._overnight(text, found)
        taken = [(m.start, m.end) for m in found]
        for match in _EXTRA.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                month = published.replace(day=1)
                found.append(DateMention(match.start(), match.end(), match.group(), month,
                                         published, "month", "on"))
        found.sort(key=lambda m: m.start)
        self.mentions = found
        self._starts = [m.start for m in found]

    @staticmethod
    def _overnight(text: str, found: list[DateMention]) -> list[DateMention]:
        """Of "Sunday to Monday" keep the later day; of "today June 28, 2021" (a relative
        day and the date that names it) the date."""
        kept: list[DateMention] = []
        for mention in found:
            if kept and re.fullmatch(r"\s*(?:to|-|–|into|,)?\s*", text[kept[-1].end:mention.start]):
                kept[-1] = mention
                continue
            kept.append(mention)
        return kept

    def publication(self) -> ClaimDate:
        """The publication date, as the last resort."""
        return ClaimDate(self.published.isoformat(), "day", self.published)

    def in_span(self, start: int, end: int) -> list[DateMention]:
        """The expressions inside ``[start, end)``."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return self.mentions[first:last]

    def first_in(self, start: int, end: int) -> ClaimDate | None:
        """The first date written in ``[start, end)`` that is not after publication."""
        for mention in self.in_span(start, end):
            if mention.date <= self.published:
                return _as_claim_date(mention, self.published, "text")
        return None

    def date_of(self, sentence: tuple[int, int], cue: tuple[int, int], floor: int = 0,
                own_only: bool = False) -> ClaimDate:
        """The date of a claim whose cue lies at ``cue`` in ``sentence`` (offsets).

        The sentence's expression nearest the cue, less those after it in a clause of its
        own ("the return of rebel troops ... since they were driven out in November":
        November is the driving out's); else the nearest one before the sentence in its
        paragraph (from ``floor`` on) that does not lie after publication; else the
        publication date.
        ``own_only`` (planned claims) leaves the date empty when the sentence has none.
        """
        own = [m for m in self.in_span(*sentence)
               if (m.start < cue[1] or not (_SUBORDINATE.search(self.text, cue[1], m.start) or
                                            _RELATIVE_AFTER.search(self.text, cue[1], m.start)))
               and not self._in_leading_clause(sentence[0], m, cue[0])]
        inside = [m for m in own if not (m.end <= cue[0] and (_SUBORDINATE.search(
            self.text, m.end, cue[0]) or _WHICH_BETWEEN.search(self.text, m.end, cue[0])))]
        if inside and any(m.start >= cue[1] for m in inside):
            own = inside  # "Last month, X expanded ..., after they took Y in late October"
        acts = [m for m in own if not (m.end <= cue[0] and _REPORTED.search(
            self.text, m.end, cue[0]))]
        if acts and len(acts) < len(own) and any(m.start >= cue[1] for m in acts):
            own = acts  # "on Saturday reported that ... fought in X on Friday": the Friday
        if own:
            nearest = min(own, key=lambda m: (m.start > cue[1], abs(m.start - cue[0])))
            return _as_claim_date(nearest, self.published, "own")
        if own_only:
            return ClaimDate("", "unknown", None, origin="")
        paragraph = max(floor, self.text.rfind("\n\n", 0, sentence[0]))
        if _CONTINUES.match(self.text, sentence[0], sentence[1]):
            paragraph = floor  # "It added that ...": the report told before, whatever its paragraph
        index = bisect.bisect_left(self._starts, sentence[0]) - 1
        while index >= 0 and self.mentions[index].start >= paragraph:
            mention = self.mentions[index]
            if mention.date <= self.published:  # not "tomorrow" nor a plan's date
                return _as_claim_date(mention, self.published, "text")
            index -= 1
        return self.publication()

    def _in_leading_clause(self, sentence_start: int, mention: DateMention, cue: int) -> bool:
        """Whether a date lies in a clause that opens the sentence before the cue's and is
        the date of that clause's own act ("Despite the offensive beginning only on Monday,
        M23 has captured ...")."""
        if mention.start >= cue:
            return False
        lead = _LEADING_CLAUSE.match(self.text, sentence_start, cue)
        if lead is not None and mention.end <= lead.end():
            return True
        # "The RSF, at war with the army since April 2023, appears to be preparing"
        opening = self.text.rfind(",", sentence_start, mention.start)
        closing = self.text.find(",", mention.end, cue)
        return opening >= 0 and closing >= 0 and \
            "," not in self.text[opening + 1:mention.start] and \
            mention.relation in ("since", "in", "from", "until", "for") and \
            bool(_APPOSITION_DATE.match(self.text, opening + 1, mention.start))

    def counted_back(self, date: ClaimDate, start: int, cue: int) -> ClaimDate:
        """The date of an act told as so long before another ("a day after Syrian forces
        seized", "less than two weeks after it captured"): ``date`` (the other's) less the
        span, a day for days, the month for weeks; ``date`` when the words give no span or
        the act's clause has a date of its own."""
        match = _COUNTED_AFTER.search(self.text, start, cue)
        if match is None or date.day is None or date.precision != "day" or \
                (date.origin == "own" and date.start >= match.end()):
            return date
        word = match.group("n").lower()
        count = 1 if word in ("a", "an") else _NUMBERS.get(word) or int(word)
        if match.group("unit").lower().startswith("week"):
            day = date.day - dt.timedelta(days=7 * count)
            return ClaimDate(day.strftime("%Y-%m"), "month", day.replace(day=1), date.start,
                             date.end, date.origin)
        day = date.day - dt.timedelta(days=count)
        return ClaimDate(day.isoformat(), "day", day, date.start, date.end, date.origin)

    def held_since(self, before: str, after: str) -> ClaimDate | None:
        """When a holding began that the words around its cue time ("after 13 months of
        control by", "held ... for two years"): its month (year), counted back from
        publication; ``None`` when they give no span."""
        match = _SPAN_BEFORE.search(before) or _SPAN_AFTER.match(after)
        if match is None:
            return None
        count = _NUMBERS.get(match.group("n").lower()) or int(match.group("n"))
        months = count * 12 if match.group("unit").lower().startswith("year") else count
        year, month = divmod(self.published.year * 12 + self.published.month - 1 - months, 12)
        day = dt.date(year, month + 1, 1)
        return ClaimDate(day.strftime("%Y-%m"), "month", day, origin="own")

    def is_lasting(self, date: ClaimDate) -> bool:
        """Whether a date opens a state that lasts to the story's time: a span counted back
        from publication ("for 16 months") or a "since" date ("since May 10, 2024")."""
        if date.origin == "own" and date.start < 0:
            return True  # a span (:meth:`held_since`)
        return date.start >= 0 and bool(re.search(r"\bsince\s+(?:the\s+)?$", self.text[
            max(0, date.start - 12):date.start], re.I) or re.match(
                r"since\b", self.text[date.start:date.end], re.I))

    def is_background(self, date: ClaimDate) -> bool:
        """Whether a date lies too far before publication for the story's time."""
        if date.day is None:
            return False
        if date.precision == "year":
            return date.day.year < self.published.year
        if date.precision == "month":
            return (self.published.replace(day=1) - date.day).days > BACKGROUND_DAYS
        return (self.published - date.day).days > BACKGROUND_DAYS
