"""Give back to a name the small namesakes the common-word gate took from it when they lie
in a first-level unit the article is about and the text treats the name as a place
("Charlemont, Greenfield, Orange, Barre" in an article on Massachusetts)."""

from __future__ import annotations

import re
from collections import Counter

from geo.parse.casing import TextCasing
from geo.parse.context import first_level_unit
from geo.parse.gazetteer import Entry, Gazetteer
from geo.parse.mentions import Span
from geo.parse.names import Token, fold_name

#: A first-level unit holding this share of the article's unit votes is one it is about.
DOMINANT_SHARE = 0.1
#: What stands between two names of a list.
_LIST_GAP_RE = re.compile(r", (?:and |or )?| (?:and|or) ")
_TOWN_KINDS = frozenset({"city", "town"})


def rescued_spans(text: str, tokens: list[Token], offered: dict[tuple[int, int], list[Entry]],
                  chosen: list[Span], gazetteer: Gazetteer, casing: TextCasing) -> list[Span]:
    """``chosen`` with the world towns of a one-word name given back where the gate
    dropped or thinned it: when it stands between two chosen names in a list, or after a
    preposition of place, and the town lies in a first-level unit that holds at least
    :data:`DOMINANT_SHARE` of the votes of the article's other names."""
    if gazetteer.world is None or not chosen:
        return chosen
    dominant: set[str] | None = None  # computed when a name first needs it
    by_range = {(s.first, s.last): s for s in chosen}
    covered = {i for s in chosen for i in range(s.first, s.last + 1)}
    ordered = sorted(chosen, key=lambda s: s.first)
    starts = {s.first: s for s in ordered}
    ends = {s.last: s for s in ordered}
    added: list[Span] = []
    for (first, last), entries in offered.items():
        if first != last:
            continue
        span = by_range.get((first, last))
        if span is None and first in covered:
            continue  # inside a longer name
        kept = span.entries if span is not None else []
        if len(kept) == len(entries):
            continue
        if not (_between_listed(text, tokens, first, starts, ends) or
                casing.placed_before(first)):
            continue
        if dominant is None:
            dominant = _dominant_units(chosen, gazetteer)
        if not dominant:
            return chosen
        surface = fold_name(tokens[first].text)
        given = [e for e in entries if e not in kept and
                 _in_units(e, surface, dominant, gazetteer)]
        if not given:
            continue
        if span is not None:
            span.entries = [*kept, *given]
        else:
            added.append(Span(first, last, given))
    return sorted(chosen + added, key=lambda s: s.first) if added else chosen


def _dominant_units(chosen: list[Span], gazetteer: Gazetteer) -> set[str]:
    """The first-level units of the names that have one candidate, by their share."""
    votes: Counter[str] = Counter()
    for span in chosen:
        places = [gazetteer.get(e.place_id) for e in span.entries if e.role == "place"]
        if len(places) != 1 or places[0] is None or places[0].origin != "world":
            continue
        unit = first_level_unit(places[0], gazetteer)
        if unit:
            votes[unit] += 1
    total = sum(votes.values())
    return {unit for unit, count in votes.items() if count >= 2 and
            count >= DOMINANT_SHARE * total}


def _in_units(entry: Entry, surface: str, units: set[str], gazetteer: Gazetteer) -> bool:
    """A world town of that name (not an alternate one: "Cambridge" is no Newton) in one
    of the units."""
    place = gazetteer.get(entry.place_id) if entry.role == "place" else None
    return place is not None and place.origin == "world" and place.kind in _TOWN_KINDS and \
        fold_name(place.name) == surface and first_level_unit(place, gazetteer) in units


def _between_listed(text: str, tokens: list[Token], index: int, starts: dict[int, Span],
                    ends: dict[int, Span]) -> bool:
    """Whether chosen names stand right before and right after, list gaps apart (the
    "and" of "Ayer in Massachusetts and Foster, Smithfield" is a token of its own)."""
    left = next((ends[i] for i in (index - 1, index - 2) if i in ends), None)
    right = next((starts[i] for i in (index + 1, index + 2) if i in starts), None)
    if left is None or right is None:
        return False
    return bool(_LIST_GAP_RE.fullmatch(text, tokens[left.last].end, tokens[index].start)) \
        and bool(_LIST_GAP_RE.fullmatch(text, tokens[index].end, tokens[right.first].start))
