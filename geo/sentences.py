"""Quote the sentence around each place mention (sentence boundaries from pysbd)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import pysbd

from geo.geoparse import Mention

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


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``; blank lines also end a sentence."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for block in text.split("\n"):
        if block.strip():
            for span in _segmenter().segment(block):
                spans.append((offset + span.start, offset + span.end))
        offset += len(block) + 1
    return spans


def quote_mentions(text: str, mentions: list[Mention]) -> dict[int, Quote]:
    """The quote of each mention, keyed by the mention's start offset."""
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    quotes: dict[int, Quote] = {}
    for mention in mentions:
        index = max(0, bisect.bisect_right(starts, mention.start) - 1)
        start, end = spans[index] if spans else (0, len(text))
        start, end = min(start, mention.start), max(end, mention.end)
        before = text[start:mention.start].lstrip()
        after = text[mention.end:end].rstrip()
        if len(before) > MAX_QUOTE // 2:
            before = "…" + before[-(MAX_QUOTE // 2):]
        if len(after) > MAX_QUOTE // 2:
            after = after[: MAX_QUOTE // 2] + "…"
        quotes[mention.start] = Quote(before, mention.text, after)
    return quotes
