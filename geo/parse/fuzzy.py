"""Close spellings of local places that a document's context admits (fuzzy matching)."""

from __future__ import annotations

import bisect
from collections import Counter
from itertools import compress

from geo import settings
from geo.parse.gazetteer import Entry, Gazetteer
from geo.parse.mentions import Span
from geo.parse.names import (
    Token,
    is_arabic,
    joinable,
    name_variants,
    skeleton_key,
    token_words,
)

#: A fuzzy match to a quarter or district needs its city named within this many tokens.
_FUZZY_NEARBY_TOKENS = 80
_PART_KINDS = ("quarter", "district")


def fuzzy_spans(text: str, tokens: list[Token], spans: list[Span], gazetteer: Gazetteer,
                in_play: Counter) -> list[Span]:
    """Consonant-skeleton matches of capitalised words the exact pass left, restricted to
    local places the document's context admits and spelled close to one of their names.

    A town or region needs one of its ancestors in play; a quarter or district needs its
    own city, named (or through another of its quarters) within ``_FUZZY_NEARBY_TOKENS``
    tokens: "Damascus, Jobar" in an article that also names Aleppo is no Aleppo quarter.
    The folded spellings must agree to ``settings.FUZZY_MIN_SCORE`` (rapidfuzz ratio):
    "Jobar" and "Jabriyeh" share a skeleton, not a spelling.
    """
    context = set(in_play)
    for place_id in list(in_play):
        context.update(gazetteer.ancestors(place_id))
    if not context:
        return []
    matcher = _FuzzyMatcher(gazetteer, spans, context)
    covered: set[int] = set()
    for span in spans:
        covered.update(range(span.first, span.last + 1))
    common = gazetteer.world.common_words if gazetteer.world is not None else frozenset()
    found: list[Span] = []
    next_free = 0
    # Most words are not capitalised: they are skipped in C, by a memo of each word.
    for index in compress(range(len(tokens)),
                          map(_CAPITALISED.__getitem__, token_words(tokens))):
        word = tokens[index].text
        if index < next_free or index in covered or len(word) < 3 or word.lower() in common:
            continue
        matched = matcher.match(text, tokens, index, covered)
        if matched is not None:
            found.append(matched)
            next_free = matched.last + 1
    return found


class _FuzzyMatcher:
    """The places a document admits, looked up per candidate word (never by walking the
    whole index: the cost of a document does not grow with the size of the gazetteer)."""

    def __init__(self, gazetteer: Gazetteer, spans: list[Span], context: set[str]) -> None:
        self.gazetteer = gazetteer
        self.spans = spans
        self.context = context
        self.eligible: dict[str, list[str]] = {}
        self.named_at: dict[str, list[int]] | None = None

    def match(self, text: str, tokens: list[Token], index: int, covered: set[int]
              ) -> Span | None:
        """The longest (up to three words) fuzzy match starting at ``index``, if any."""
        # How many of the next two words may join the name (not covered, and no
        # punctuation before them): the sizes that may be read are 1 to reach + 1.
        reach = 0
        while reach < 2 and index + reach + 1 < len(tokens) and \
                index + reach + 1 not in covered and \
                joinable(text, tokens[index + reach], tokens[index + reach + 1]):
            reach += 1
        for size in range(reach + 1, 0, -1):
            last = index + size - 1
            words = tokens[index:last + 1]
            if sum(len(w.text) for w in words) < settings.FUZZY_MIN_LENGTH:
                continue
            folded = " ".join(w.folded for w in words)
            candidates = [pid for pid in self.places_in_context(skeleton_key(folded))
                          if self.nearby(pid, index)
                          and _spelled_close(folded, pid, self.gazetteer)]
            if candidates:
                return Span(index, last, [Entry("place", pid) for pid in
                                          dict.fromkeys(candidates)], fuzzy=True)
        return None

    def places_in_context(self, key: str) -> list[str]:
        if key not in self.eligible:
            ids = []
            for pid in self.gazetteer.skeleton_index.get(key, ()):
                ancestors = self.gazetteer.ancestors(pid)
                place = self.gazetteer.get(pid)
                if place is not None and place.kind in _PART_KINDS:
                    if ancestors and ancestors[0] in self.context:
                        ids.append(pid)
                elif self.context & set(ancestors):
                    ids.append(pid)
            self.eligible[key] = ids
        return self.eligible[key]

    def nearby(self, place_id: str, index: int) -> bool:
        place = self.gazetteer.get(place_id)
        if place is None or place.kind not in _PART_KINDS:
            return True
        if self.named_at is None:
            self.named_at = {}
            for span in sorted(self.spans, key=lambda s: s.first):
                for entry in span.entries:
                    if entry.role in ("place", "demonym") and entry.place_id:
                        for pid in (entry.place_id, *self.gazetteer.ancestors(entry.place_id)):
                            self.named_at.setdefault(pid, []).append(span.first)
        positions = self.named_at.get(place.parent, [])  # sorted: spans are in text order
        at = bisect.bisect_left(positions, index - _FUZZY_NEARBY_TOKENS)
        return at < len(positions) and positions[at] <= index + _FUZZY_NEARBY_TOKENS


class _CapitalisedWords(dict):
    """Word -> whether it is capitalised or in Arabic script, remembered per word
    (emptied when large)."""

    def __missing__(self, word: str) -> bool:
        first = word[:1]
        capitalised = first.isupper() or (not first.isascii() and is_arabic(word))
        if len(self) >= 300_000:
            self.clear()
        self[word] = capitalised
        return capitalised


_CAPITALISED = _CapitalisedWords()


def _spelled_close(folded: str, place_id: str, gazetteer: Gazetteer) -> bool:
    """Whether a folded spelling is within ``settings.FUZZY_MIN_SCORE`` of a name of a place,
    and not the name with the Arabic adjective ending -i ("al Qabouni", "of Qaboun": a
    person's or a thing's name, not the place)."""
    from rapidfuzz import fuzz  # only when a skeleton matched: rare, and 10 ms to import

    place = gazetteer.get(place_id)
    if place is None:
        return False
    variants = {v for name in (place.name, *place.aliases) for v in name_variants(name)}
    if folded.endswith("i") and folded[:-1] in variants:
        return False
    return any(fuzz.ratio(folded, variant) >= settings.FUZZY_MIN_SCORE for variant in variants)
