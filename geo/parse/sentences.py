"""Quote the sentence around each place mention (sentence boundaries from pysbd).

Sentence segmentation is the costly part (pysbd runs some hundred regular expressions per
paragraph), so a :class:`Quoter` segments a paragraph only when one of its mentions is
first quoted: a map that keeps a few quotes per place segments only the paragraphs those
quotes come from.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import pysbd

from geo.parse.geoparse import Mention

#: Longest quote kept around a mention, in characters (the rest is cut with an ellipsis).
MAX_QUOTE = 420


@dataclass(frozen=True)
class Quote:
    """A sentence split around the mention it quotes."""

    before: str
    mention: str
    after: str


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _paragraphs(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of the lines of ``text`` (a line break always ends a sentence)."""
    starts, ends = [], []
    offset = 0
    for block in text.split("\n"):
        starts.append(offset)
        ends.append(offset + len(block))
        offset += len(block) + 1
    return starts, ends


def _segment(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + s, start + e) for s, e in _segment_block(text[start:end])]


@lru_cache(maxsize=4096)
def _segment_block(block: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of one paragraph (kept: watch mode rebuilds quote unchanged text)."""
    if not block.strip():
        return ()
    return tuple((span.start, span.end) for span in _segmenter().segment(block))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``; line breaks also end a sentence."""
    starts, ends = _paragraphs(text)
    return [span for start, end in zip(starts, ends, strict=True)
            for span in _segment(text, start, end)]


class Quoter:
    """Quotes mentions of one text, segmenting each paragraph once, on first need."""

    def __init__(self, text: str):
        self.text = text
        self._starts, self._ends = _paragraphs(text)
        self._sentences: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def _sentence(self, offset: int) -> tuple[int, int]:
        paragraph = max(0, bisect.bisect_right(self._starts, offset) - 1)
        if paragraph not in self._sentences:
            spans = _segment(self.text, self._starts[paragraph], self._ends[paragraph])
            self._sentences[paragraph] = ([s for s, _ in spans], spans)
        starts, spans = self._sentences[paragraph]
        if not spans:
            return self._starts[paragraph], self._ends[paragraph]
        return spans[max(0, bisect.bisect_right(starts, offset) - 1)]

    def quote(self, mention: Mention) -> Quote:
        """The sentence that holds ``mention``, cut to :data:`MAX_QUOTE` characters."""
        text = self.text
        start, end = self._sentence(mention.start)
        start, end = min(start, mention.start), max(end, mention.end)
        before = text[start:mention.start].lstrip()
        after = text[mention.end:end].rstrip()
        if len(before) > MAX_QUOTE // 2:
            before = "…" + before[-(MAX_QUOTE // 2):]
        if len(after) > MAX_QUOTE // 2:
            after = after[: MAX_QUOTE // 2] + "…"
        return Quote(before, mention.text, after)


def quote_mentions(text: str, mentions: list[Mention]) -> dict[int, Quote]:
    """The quote of each mention, keyed by the mention's start offset."""
    quoter = Quoter(text)
    return {mention.start: quoter.quote(mention) for mention in mentions}
