"""Cut a text into sentences and clauses, fast and by rule (no model).

pysbd (:mod:`geo.parse.sentences`) is exact but runs at about 100,000 characters a second;
drafting reads every sentence, so it cuts sentences itself: at a full stop, question or
exclamation mark followed by a capital, a digit or an opening quote, unless the word before
is an abbreviation or an initial; a line break always ends a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(words.split())


_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9#@])")
_ABBREVIATIONS = _word_set(
    "mr mrs ms dr gen lt col maj capt sgt cpl adm brig st no nos vs etc inc ltd co corp jr sr "
    "prof gov sen rep pres jan feb mar apr jun jul aug sep sept oct nov dec approx est fig "
    "e.g i.e u.s u.n u.k u.s.a a.m p.m mt ft")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
_TERMINAL = re.compile(r"[.!?:][\"'”’)\]]*\s*$|[\"”]\s*$")
#: A line without a sentence's end and of at most this many words is a headline, a
#: caption or a byline, not reporting: it restates the body.
HEADLINE_WORDS = 24


@dataclass(frozen=True)
class Sentence:
    """A sentence's offsets in the text, and whether its line is a headline."""

    start: int
    end: int
    headline: bool = False


#: A line break inside a sentence of hard-wrapped text: after a word that cannot end one
#: ("broke out in the\nLibyan capital"), or before a lower-case word ("armed groups\nclashed").
_WRAPPED = re.compile(r"(?:\b(?:the|a|an|of|in|on|at|to|and|or|by|for|from|with|after|before|"
                      r"between|into|as|that|which|who|whose|where|when|while|but|than|called|"
                      r"named|known|its|their|his|her)|[a-z,])\n(?=[a-z(])|"
                      r"\b(?:the|a|an|of|in|on|at|to|and|or|by|for|from|with|after|before|"
                      r"between|into|as|that|which|who|whose|where|when|while|but|than|called|"
                      r"named|known|its|their|his|her)\n(?=\S)")


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for line in _WRAPPED.sub(lambda m: m.group().replace("\n", " "), text).split("\n"):
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


#: A photograph's caption ends with its credit: "... in Stepanakert [Davit Ghahramanyan /
#: NKR Infocenter / AFP]", "(Photo: screenshot from EMS)".
_CREDIT = re.compile(r"(?:\[[^\]\n]{2,80}\]|\((?:Photo|Image|Picture|File|Source)\b[^)\n]*\)|"
                     r"/\s*(?:AFP|AP|Reuters|Getty|Others|EPA|Anadolu)\b\W*)\s*$", re.I)


def is_headline(line: str) -> bool:
    """Whether a line reads as a headline or caption: short and without a sentence's end,
    or ending with a photograph's credit."""
    stripped = line.strip()
    if stripped and _CREDIT.search(stripped):
        return True
    return bool(stripped) and not _TERMINAL.search(stripped) and \
        len(stripped.split()) <= HEADLINE_WORDS


#: A line that marks the end of a page's front matter: a reading time, a byline or a date
#: alone ("2 min read", "By Staff Reporter", "November 26, 2023", "05 March, 2021").
_FRONT_END = re.compile(
    r"^\s*(?:\d+\s+min(?:ute)?s?\s+read|by\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|"
    r"(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}(?:\s+\d{1,2}:\d{2}.*)?)\s*$",
    re.I)
#: How many lines from the top a front matter may run.
FRONT_LINES = 10


def _front_matter_end(spans: list[tuple[int, int]], text: str) -> int:
    """Where a page's front matter (headlines, a subtitle, captions before a byline, date
    or reading time) ends; 0 when the text has none."""
    end = 0
    lines = [(s, e) for s, e in spans if text[s:e].strip()][:FRONT_LINES]
    for start, stop in lines:
        if _FRONT_END.match(text[start:stop]):
            end = stop
    return end


def _cuts(line: str) -> list[int]:
    """Offsets in ``line`` after which a sentence ends."""
    cuts = []
    for match in _END.finditer(line):
        before = _WORD_BEFORE.search(line, 0, match.start() + 1)
        word = before.group(1).lower().rstrip(".") if before else ""
        if match.group().startswith(".") and (word in _ABBREVIATIONS or len(word) == 1):
            continue
        cuts.append(match.end())
    return cuts


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` (offsets trimmed of surrounding space), in order; those of
    headlines, captions and a page's front matter marked as headlines."""
    found = []
    spans = _line_spans(text)
    front = _front_matter_end(spans, text)
    for line_start, line_end in spans:
        line = text[line_start:line_end]
        if not line.strip():
            continue
        headline = line_end <= front or is_headline(line)
        previous = 0
        for cut in [*_cuts(line), len(line)]:
            piece = line[previous:cut]
            stripped = piece.strip()
            if stripped:
                start = line_start + previous + (len(piece) - len(piece.lstrip()))
                found.append(Sentence(start, start + len(stripped), headline))
            previous = cut
    return found
