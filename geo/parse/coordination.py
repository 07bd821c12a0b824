"""Distribute a plural unit word over the names listed before it ("Bulloch, Chatham and
Effingham counties", "the Kherson and Zaporizhzhia oblasts")."""

from __future__ import annotations

import bisect
from itertools import compress

from geo.parse.cues import CUE_LIST_BEFORE_RE, split_cue_list
from geo.parse.gazetteer import Entry, Gazetteer
from geo.parse.mentions import Span
from geo.parse.names import Token, token_starts, token_words

#: Plural unit words and the singular that names each unit ("Chatham County").
PLURAL_UNIT_WORDS = {
    "counties": "County", "provinces": "Province", "oblasts": "Oblast", "states": "State",
    "regions": "Region", "districts": "District", "prefectures": "Prefecture",
    "governorates": "Governorate", "raions": "Raion", "parishes": "Parish",
    "municipalities": "Municipality", "townships": "Township", "departments": "Department"}
#: Kinds of the world layer's administrative units.
_UNIT_KINDS = frozenset({"governorate", "district"})
#: How far before the unit word its list may start (characters).
_WINDOW = 200


def distributed_unit_spans(text: str, tokens: list[Token], spans: list[Span],
                           gazetteer: Gazetteer) -> list[Span]:
    """``spans`` with each name of a list that a plural unit word closes read as that
    unit: "Bulloch, Chatham and Effingham counties" names Bulloch County, Chatham County
    and Effingham County, not the towns of those names. A name is so read only when the
    gazetteer holds a unit of that name and word; the spans it overlaps give way."""
    found: list[Span] = []
    # The plural unit words are found in C; the offsets are listed when one is.
    starts: list[int] = []
    ends: list[int] = []
    for index in compress(range(len(tokens)), map(PLURAL_UNIT_WORDS.__contains__,
                                                  token_words(tokens))):
        token = tokens[index]
        singular = PLURAL_UNIT_WORDS[token.text]
        if index == 0 or token.start - tokens[index - 1].end != 1:
            continue
        names = CUE_LIST_BEFORE_RE.search(text, max(0, token.start - _WINDOW), token.start)
        if names is None or len(split_cue_list(text, *names.span("names"))) < 2:
            continue  # one name with its plural word is no list
        if not starts:
            starts = token_starts(tokens)
            ends = [t.end for t in tokens]
        for start, end in split_cue_list(text, *names.span("names")):
            span = _unit_span(text, starts, ends, (start, end), singular, gazetteer)
            if span is not None:
                found.append(span)
    if not found:
        return spans
    covered = {i for span in found for i in range(span.first, span.last + 1)}
    kept = [s for s in spans if not any(i in covered for i in range(s.first, s.last + 1))]
    return sorted(kept + found, key=lambda s: s.first)


def _unit_span(text: str, starts: list[int], ends: list[int], name: tuple[int, int],
               singular: str, gazetteer: Gazetteer) -> Span | None:
    """The span of the longest tail of a listed name that, with the unit word, names a
    unit ("In Bulloch" gives "Bulloch County")."""
    first = bisect.bisect_left(starts, name[0])
    last = bisect.bisect_left(ends, name[1])
    if first >= len(starts) or last >= len(ends) or ends[last] != name[1]:
        return None
    for head in range(first, last + 1):
        entries = _unit_entries(f"{text[starts[head]:ends[last]]} {singular}", gazetteer)
        if entries:
            return Span(head, last, entries)
    return None


def _unit_entries(name: str, gazetteer: Gazetteer) -> list[Entry]:
    entries = []
    for entry in gazetteer.lookup(name):
        place = gazetteer.get(entry.place_id) if entry.role == "place" else None
        if place is not None and place.kind in _UNIT_KINDS:
            entries.append(entry)
    return entries
