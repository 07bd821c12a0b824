"""Read the ISO 3166-2 code of a first-level unit ("RS", "UP") as that unit where the
article is about its country and the text uses the code as a place."""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress

from geo.parse.casing import TextCasing
from geo.parse.gazetteer import Entry, Gazetteer
from geo.parse.mentions import DIRECTION_WORDS, Span
from geo.parse.names import Token, token_words

#: A country holding this share of the votes of the article's names (and two votes at
#: least) is one the article is about.
COUNTRY_SHARE = 0.2
#: What stands between a place and the code of the unit that holds it ("Canoas, RS",
#: "Porto Alegre (RS)").
_CONTAINER_GAP_RE = re.compile(r", | \(")


def unit_code_spans(text: str, tokens: list[Token], chosen: list[Span], gazetteer: Gazetteer,
                    casing: TextCasing) -> list[Span]:
    """``chosen`` with a span for each upper-case code of two or three letters, found by
    no other name, that is the code of exactly one first-level unit of a country the
    article is about, and that stands as a place: after a place and a comma or an opening
    bracket ("Porto Alegre (RS)"), after a preposition of place ("in UP") or after a
    direction ("eastern UP", "southeast MA"). "MP" said, or "SP" (a party), stay words."""
    if gazetteer.world is None or not gazetteer.world.unit_codes or not chosen:
        return chosen
    words = token_words(tokens)
    coded = gazetteer.world.units_coded
    codes = [i for i in compress(range(len(words)), map(str.isupper, words))  # found in C
             if 2 <= len(words[i]) <= 3 and words[i].isalpha() and coded(words[i])]
    if not codes:
        return chosen
    countries = _article_countries(chosen, gazetteer)
    if not countries:
        return chosen
    covered = {i for s in chosen for i in range(s.first, s.last + 1)}
    ends = {s.last for s in chosen}
    added = []
    for index in codes:
        word = words[index]
        if index in covered:
            continue
        units = [u for u in gazetteer.world.units_coded(word)
                 if (p := gazetteer.get(u)) is not None and p.country in countries]
        if len(units) != 1 or not _as_place(text, tokens, index, ends, casing):
            continue
        added.append(Span(index, index, [Entry("place", units[0])]))
    return sorted(chosen + added, key=lambda s: s.first) if added else chosen


def _article_countries(chosen: list[Span], gazetteer: Gazetteer) -> set[str]:
    """Countries by the votes of the names: each shares one vote among the countries its
    candidates lie in."""
    votes: Counter[str] = Counter()
    for span in chosen:
        codes = {p.country for e in span.entries if e.role == "place"
                 and (p := gazetteer.get(e.place_id)) is not None and p.country}
        for code in codes:
            votes[code] += 1.0 / len(codes)  # type: ignore[assignment]  # votes are floats
    total = sum(votes.values())
    return {code for code, count in votes.items()
            if count >= 2 and count >= COUNTRY_SHARE * total}


def _as_place(text: str, tokens: list[Token], index: int, ends: set[int],
              casing: TextCasing) -> bool:
    if index == 0:
        return False
    before = tokens[index - 1]
    if index - 1 in ends and _CONTAINER_GAP_RE.fullmatch(text, before.end,
                                                         tokens[index].start):
        return True
    if before.text.lower() in DIRECTION_WORDS and text[before.end:tokens[index].start] == " ":
        return True
    return casing.placed_before(index)
