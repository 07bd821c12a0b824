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


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for line in text.split("\n"):
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def is_headline(line: str) -> bool:
    """Whether a line reads as a headline or caption: short and without a sentence's end."""
    stripped = line.strip()
    return bool(stripped) and not _TERMINAL.search(stripped) and \
        len(stripped.split()) <= HEADLINE_WORDS


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
    """The sentences of ``text`` (offsets trimmed of surrounding space), in order."""
    found = []
    for line_start, line_end in _line_spans(text):
        line = text[line_start:line_end]
        if not line.strip():
            continue
        headline = is_headline(line)
        previous = 0
        for cut in [*_cuts(line), len(line)]:
            piece = line[previous:cut]
            stripped = piece.strip()
            if stripped:
                start = line_start + previous + (len(piece) - len(piece.lstrip()))
                found.append(Sentence(start, start + len(stripped), headline))
            previous = cut
    return found
