"""Find place mentions in English text and resolve each to one gazetteer place (or none).

Recognition is led by the gazetteer, not by a named-entity tagger: the text is tokenised
and folded (:mod:`geo.parse.names`), then the local and world automata of
:class:`geo.parse.gazetteer.Gazetteer` find every indexed name in one pass each. Overlaps
keep the longest span, so "Moon Of Alabama" (an outlet, in ``data/non_places.csv``) hides
"Alabama" and "Bab al Maqam" hides "Bab". Proper-noun gates drop matches that read as
ordinary words or as part of a longer name; a fuzzy pass adds close spellings of local
places the context admits, and :mod:`geo.parse.cues` the names a place word or a list
announces. :mod:`geo.parse.resolve` then resolves every span by the document's context.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import compress, pairwise
from operator import itemgetter

import ahocorasick

from geo import settings
from geo.parse.casing import CALENDAR_WORDS, FEATURE_WORDS, PERSON_TITLES, TextCasing
from geo.parse.context import unambiguous_places
from geo.parse.coordination import distributed_unit_spans
from geo.parse.cues import FEATURE_HEADS, cue_spans, pattern_spans
from geo.parse.evidence import SMALL_TOWN
from geo.parse.fuzzy import fuzzy_spans
from geo.parse.gazetteer import KIND_WORDS, Entry, Gazetteer, Place
from geo.parse.mentions import DIRECTION_WORDS, NAME_PARTICLES, Mention, Parse, Span
from geo.parse.names import (
    Token,
    fold_name,
    forget_tokens,
    is_arabic,
    joinable,
    spelling,
    token_folded,
    token_words,
    tokenize,
)
from geo.parse.people import without_people
from geo.parse.rescue import rescued_spans
from geo.parse.resolve import resolve_spans
from geo.parse.unit_codes import unit_code_spans

__all__ = ["Mention", "Parse", "geoparse", "geoparse_blocks"]

_LOWER_OK = {"al", "el", "ad", "ash", "ar", "as", "at", "az", "an", "ed", "ez", "es", "er",
             "of", "de", "la", "le", "du", "bin", "ibn", "abu", "um", "umm"}
#: Lower-case particles of Portuguese, Spanish, Italian, French, German, Dutch and English
#: names, inside a name only ("Rio Grande do Sul", "Mar del Plata", "Port-au-Prince",
#: "Boulogne-sur-Mer", "Frankfurt am Main", "Bergen op Zoom", "Stratford-upon-Avon",
#: "Southend-on-Sea"); a span passes only when the gazetteer has its words as a name.
_INNER_LOWER_OK = frozenset({"do", "da", "dos", "das", "del", "di", "au", "aux", "des",
                             "en", "sur", "sous", "lès", "les", "am", "im", "der", "den",
                             "op", "aan", "ter", "ten", "van", "von", "y", "della", "delle",
                             "dei", "degli", "on", "upon", "under"})
#: Lower-case words that may start a name (directions, Arabic articles).
_LOWERED_OK = frozenset(DIRECTION_WORDS) | _LOWER_OK
class _StarterWords(dict):
    """Word -> whether a name may start with it: capitalised, in another script, or a
    lower-case direction or Arabic article; remembered per word (emptied when large)."""

    def __missing__(self, word: str) -> bool:
        starts = word[0].isupper() or word[0] > "\x7f" or word.lower() in _LOWERED_OK
        if len(self) >= 300_000:
            self.clear()
        self[word] = starts
        return starts


_STARTERS = _StarterWords()
#: Words that name a kind of administrative unit after its name ("Shan State").
UNIT_WORD_SET = frozenset({"oblast", "province", "state", "region", "governorate", "county",
                           "district", "prefecture", "krai", "raion", "territory"})
#: The longest world-layer name read, in words.
_MAX_NAME_WORDS = 10


def geoparse(text: str, gazetteer: Gazetteer, block_chars: int | None = None) -> Parse:
    """Find and resolve the place mentions of ``text``.

    Parameters
    ----------
    text : str
        The article text; offsets of the result index this exact string.
    gazetteer : Gazetteer
        From :func:`geo.inputs.places.load_gazetteer`.
    block_chars : int, optional
        A text longer than this (default ``settings.GEOPARSE_BLOCK_CHARS``) is parsed in
        blocks of paragraphs (:func:`geoparse_blocks`), each resolved by its own context,
        so that memory stays bounded; a text up to it is parsed whole.

    Returns
    -------
    Parse
        Mentions sorted by offset (toponyms, demonyms and non-places), the derived
        regions they refer to, and the small towns set aside for want of a reason
        (``Parse.set_aside``, offsets into ``text`` as well).
    """
    size = settings.GEOPARSE_BLOCK_CHARS if block_chars is None else block_chars
    if len(text) <= size:
        return _paused(text, gazetteer)
    mentions: list[Mention] = []
    derived: dict[str, Place] = {}
    set_aside: list[Mention] = []
    for parse in geoparse_blocks(text, gazetteer, size):
        mentions.extend(parse.mentions)
        derived.update(parse.derived)
        set_aside.extend(parse.set_aside)
    return Parse(mentions, derived, set_aside)


def geoparse_blocks(text: str, gazetteer: Gazetteer, block_chars: int | None = None
                    ) -> Iterator[Parse]:
    """The parses of ``text`` block by block, in text order, with offsets into ``text``.

    A block is a run of whole paragraphs of at most ``block_chars`` characters (cut at
    the last line break before that size, else at a sentence's or a word's end), parsed
    and resolved as an article of its own: memory holds one block's tokens and spans at a
    time, whatever the length of the text.
    """
    size = settings.GEOPARSE_BLOCK_CHARS if block_chars is None else block_chars
    for start, end in text_blocks(text, size):
        parse = _paused(text[start:end], gazetteer)
        if start:
            parse.mentions = [_shifted(m, start) for m in parse.mentions]
            parse.set_aside = [_shifted(m, start) for m in parse.set_aside]
        yield parse


def text_blocks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive blocks of ``text``, each at most ``size`` characters,
    cut after a line break where there is one in the second half of the block, else after
    a sentence's end or a space, else at ``size``; together they cover the text."""
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = -1
        for separator in ("\n", ". ", " "):
            found = text.rfind(separator, start + size // 2, limit)
            if found >= 0:
                cut = found + len(separator)
                break
        end = cut if cut > start else limit
        yield start, end
        start = end
    if start < len(text) or not text:
        yield start, len(text)


def _shifted(mention: Mention, offset: int) -> Mention:
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


def _paused(text: str, gazetteer: Gazetteer) -> Parse:
    """:func:`_geoparse` with the garbage collector paused: a parse makes many short-lived
    tuples and no lasting cycles, and collecting on the way costs some 4% of the time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _geoparse(text, gazetteer)
    finally:
        forget_tokens()
        if collecting:
            gc.enable()


def _geoparse(text: str, gazetteer: Gazetteer) -> Parse:
    tokens = tokenize(text)
    if not tokens:
        return Parse([])
    casing = TextCasing(text, tokens)
    spans = _exact_spans(text, tokens, gazetteer)
    offered = {(s.first, s.last): s.entries for s in spans}
    spans = _select(text, tokens, spans, gazetteer, casing)
    spans = rescued_spans(text, tokens, offered, spans, gazetteer, casing)
    spans = distributed_unit_spans(text, tokens, spans, gazetteer)
    spans = without_people(tokens, spans, gazetteer, casing)
    spans = unit_code_spans(text, tokens, spans, gazetteer, casing)
    places_in_play = unambiguous_places(spans, gazetteer)
    spans += fuzzy_spans(text, tokens, spans, gazetteer, places_in_play)
    cues = cue_spans(text, tokens, spans, gazetteer, casing)
    cues += pattern_spans(text, tokens, spans + cues)
    if cues:
        cues += _repeated_cues(text, tokens, spans, cues)
    if any(c.kind_hint == "site" for c in cues):  # "Palestine Bridge" is no country
        cues = _named_sites(tokens, cues, spans, gazetteer)
    sites = [(c.first, c.last) for c in cues if c.kind_hint == "site"]
    if sites:
        inside = {i for first, last in sites for i in range(first, last + 1)}
        spans = [s for s in spans if s.first not in inside]
    spans += cues
    spans.sort(key=lambda s: s.first)
    return resolve_spans(text, tokens, spans, gazetteer, casing)


#: Unit words that may follow a name announced with one and be left out when it is named
#: again ("Ayadaw Township ... Ayadaw is a stronghold").
_REPEAT_UNIT_WORDS = frozenset({"village", "township", "district", "territory", "locality",
                                "region", "county", "province", "state"})


def _repeated_cues(text: str, tokens: list[Token], spans: list[Span], cues: list[Span]
                   ) -> list[Span]:
    """The other mentions of the names a place word announced, spelled the same and
    capitalised, where nothing else was found: a text that calls "Minywar" a village
    once means the village wherever it names Minywar ("airstrikes at Minywar Village"),
    with or without the unit word ("Ayadaw Township ... Ayadaw is a stronghold"). A
    repeat joined to another capitalised word is part of a longer name, not one."""
    names: dict[str, list[tuple[str, ...]]] = {}
    hints: dict[tuple[str, ...], str] = {}
    for cue in cues:
        words = tuple(t.text for t in tokens[cue.first:cue.last + 1])
        forms = [words]
        if len(words) > 1 and words[-1].lower() in _REPEAT_UNIT_WORDS:
            forms.append(words[:-1])
        for form in forms:
            if form[0][:1].isupper() and form not in hints:
                hints[form] = cue.kind_hint
                names.setdefault(form[0], []).append(form)
    cue_starts = {cue.first for cue in cues}
    candidates = [i for i in compress(range(len(tokens)),
                                      map(names.__contains__, token_words(tokens)))
                  if i not in cue_starts]  # most are the announced mentions themselves
    if not candidates:
        return []
    taken = bytearray(len(tokens))
    for span in (*spans, *cues):
        taken[span.first:span.last + 1] = b"\x01" * (span.last - span.first + 1)
    found = []
    for index in candidates:
        if taken[index]:
            continue
        for form in sorted(names[tokens[index].text], key=len, reverse=True):
            last = index + len(form) - 1
            if _repeat_at(text, tokens, index, form, taken):
                found.append(Span(index, last, [], cue=True, kind_hint=hints[form]))
                taken[index:last + 1] = b"\x01" * len(form)
                break
    return found


def _repeat_at(text: str, tokens: list[Token], index: int, form: tuple[str, ...],
               taken: bytearray) -> bool:
    """Whether the words of ``form`` stand at ``index``, one name, free, and no part of a
    longer capitalised name."""
    last = index + len(form) - 1
    if last >= len(tokens) or any(taken[index:last + 1]) or \
            tuple(t.text for t in tokens[index:last + 1]) != form or \
            not all(joinable(text, a, b) for a, b in pairwise(tokens[index:last + 1])):
        return False
    before = index > 0 and tokens[index - 1].text[:1].isupper() and \
        joinable(text, tokens[index - 1], tokens[index])
    after = last + 1 < len(tokens) and tokens[last + 1].text[:1].isupper() and \
        joinable(text, tokens[last], tokens[last + 1])
    return not (before or after)


def _named_sites(tokens: list[Token], cues: list[Span], spans: list[Span],
                 gazetteer: Gazetteer) -> list[Span]:
    """The cues, where a facility a place word announces ("Ben Gurion Airport") that the
    gazetteer holds under the same words is that site: the cue takes the site candidates
    of the name. A natural feature's or a mountain's name ("Red Sea", "Mount Frere")
    takes the places of the name whatever their kind (a sea of regions.csv, a town called
    so); one the gazetteer lacks is an unresolved name ("Patos Lagoon" is no town of
    Patos), unless it is named after a region inside it ("Lake Kivu": the Kivu) or ends
    with a name the gazetteer has ("Ukrainian Black Sea": the Black Sea)."""
    exact = {(s.first, s.last): s for s in spans}
    kept = []
    for cue in cues:
        if cue.kind_hint != "site":
            kept.append(cue)
            continue
        opener = tokens[cue.first].text
        feature = tokens[cue.last].text in FEATURE_HEADS or opener in _FEATURE_OPENERS or (
            opener in _OF_OPENERS and cue.first < cue.last and
            tokens[cue.first + 1].text == "of")
        span = exact.get((cue.first, cue.last))
        if span is None and cue.last + 1 < len(tokens) and \
                tokens[cue.last + 1].text.lower() in UNIT_WORD_SET:
            span = exact.get((cue.first, cue.last + 1))  # "Tana River county"
        if span is None:
            if not (feature and (_names_a_region(tokens, cue, spans, gazetteer) or (
                    tokens[cue.last].text in FEATURE_HEADS and _known_tail(cue, spans)) or (
                    tokens[cue.last].text in _ROAD_HEADS and _known_inside(cue, spans)))):
                kept.append(cue)
            continue
        written = spelling(" ".join(t.text for t in tokens[cue.first:cue.last + 1]))
        cue.entries = [e for e in span.entries if e.role == "place" and
                       (p := gazetteer.get(e.place_id)) is not None and
                       (p.kind == "site" or feature or (
                           p.kind in _NAMED_UNIT_KINDS and spelling(p.name) == written))]
        kept.append(cue)
    return kept


#: Units that may be named after a feature, spelled as their own name ("Tana River", a
#: county of Kenya; "River Cess", one of Liberia): a cue of a river keeps them.
_NAMED_UNIT_KINDS = frozenset({"governorate", "district"})


_FEATURE_OPENERS = frozenset({"Mount", "Jabal", "Jebel", "Lake", "River"})
_OF_OPENERS = frozenset({"Sea", "Gulf", "Bay", "Strait", "Straits", "Isle"})


#: Feature words of roads, which are named after the towns they join ("the Lashio-Muse
#: Highway" keeps Lashio and Muse).
_ROAD_HEADS = frozenset({"Highway", "Parkway"})


def _known_inside(cue: Span, spans: list[Span]) -> bool:
    """Whether a known name stands inside the cue."""
    return any(cue.first <= span.first and span.last < cue.last and span.entries
               for span in spans)


def _known_tail(cue: Span, spans: list[Span]) -> bool:
    """Whether a known name ends the cue after its first word: the feature itself, with
    a demonym or a place before it ("Ukrainian Black Sea", "the Yemeni Red Sea coast")."""
    return any(span.last == cue.last and cue.first < span.first and span.entries
               for span in spans)


def _names_a_region(tokens: list[Token], cue: Span, spans: list[Span],
                    gazetteer: Gazetteer) -> bool:
    """Whether a span inside the cue, the feature word aside, may name a region ("Kivu"
    of "Lake Kivu"; not the Gulf states of "Gulf of Aden")."""
    words = FEATURE_HEADS | _FEATURE_OPENERS | _OF_OPENERS
    for span in spans:
        if cue.first <= span.first and span.last <= cue.last and span.entries and \
                tokens[span.first].text not in words and tokens[span.last].text not in words:
            places = [gazetteer.get(e.place_id) for e in span.entries if e.role == "place"]
            if any(p is not None and p.kind == "region" for p in places):
                return True
    return False


# --- recognition ---------------------------------------------------------------------------

def _exact_spans(text: str, tokens: list[Token], gazetteer: Gazetteer) -> list[Span]:
    # Only a span whose first word may start a name can pass the proper-noun gate.
    starters = list(compress(range(len(tokens)),
                             map(_STARTERS.__getitem__, token_words(tokens))))
    found: dict[tuple[int, int], list[Entry]] = {}
    literal: set[tuple[int, int]] = set()
    if gazetteer.local_index.kind != ahocorasick.EMPTY:
        _local_spans(text, tokens, gazetteer, set(starters), found, literal)
    if gazetteer.world is not None:
        _world_spans(text, tokens, gazetteer, starters, found)
    return [Span(first, last, entries if len(entries) == 1 else list(dict.fromkeys(entries)),
                 literal=(first, last) in literal)
            for (first, last), entries in found.items()]


def _local_spans(text: str, tokens: list[Token], gazetteer: Gazetteer, starters: set[int],
                 found: dict[tuple[int, int], list[Entry]], literal: set[tuple[int, int]]
                 ) -> None:
    """Names of the local layer: from each token whose folded form is a key or the first
    words of one (found in one pass over the tokens, in C), word by word while the words
    read so far begin some key; names never span punctuation."""
    keys, prefixes = gazetteer.local_words()
    openers = _openers(keys, prefixes)
    folded = token_folded(tokens)
    for first in compress(range(len(tokens)), map(openers.__contains__, folded)):
        key, last = folded[first], first
        while True:
            if key in keys:
                _local_match(text, tokens, gazetteer, (first, last), key, starters, found,
                             literal)
            if key not in prefixes or last + 1 >= len(tokens) or \
                    not joinable(text, tokens[last], tokens[last + 1]):
                break
            last += 1
            key = f"{key} {folded[last]}"


_OPENERS: list[frozenset[str]] = []  # the keys, the prefixes and their union, of the last call


def _openers(keys: frozenset[str], prefixes: frozenset[str]) -> frozenset[str]:
    """The words a local name may start with: its keys and the first words of its keys
    (the union made once per layer, not per text)."""
    if len(_OPENERS) != 3 or _OPENERS[0] is not keys or _OPENERS[1] is not prefixes:
        _OPENERS[:] = [keys, prefixes, keys | prefixes if prefixes else keys]
    return _OPENERS[2]


def _local_match(text: str, tokens: list[Token], gazetteer: Gazetteer,
                 span: tuple[int, int], key: str, starters: set[int],
                 found: dict[tuple[int, int], list[Entry]], literal: set[tuple[int, int]]
                 ) -> None:
    """Record a local key found at ``span`` when its first word may start a name, or the
    words are a name of ``data/`` as the user spelled it."""
    first, last = span
    entries = gazetteer.entries_for(f" {key} ", world=False)
    spelled = not tokens[first].text[:1].isupper() and \
        tokens[first].text.lower() not in ("the", "a", "an") and \
        _user_spelled(text[tokens[first].start:tokens[last].end], entries, gazetteer)
    if spelled:
        literal.add(span)
    if first in starters or spelled:
        found.setdefault(span, []).extend(entries)


def _user_spelled(surface: str, entries: list[Entry], gazetteer: Gazetteer) -> bool:
    """Whether lower-case words are, case aside, a name of ``data/places.csv`` of several
    words or with a digit ("district 700", "Ibn Sina hospital")."""
    if " " not in surface and not any(ch.isdigit() for ch in surface):
        return False
    wanted = surface.casefold()
    for entry in entries:
        place = gazetteer.places.get(entry.place_id) if entry.role == "place" else None
        if place is not None and any(n.casefold() == wanted for n in (place.name,
                                                                      *place.aliases)):
            return True
    return False


def _world_spans(text: str, tokens: list[Token], gazetteer: Gazetteer, starters: list[int],
                 found: dict[tuple[int, int], list[Entry]]) -> None:
    """Names of the world layer: from each starter, word by word while the words read so
    far begin some name (one vectorised key search per word position)."""
    assert gazetteer.world is not None
    frontier = [(i, i, tokens[i].folded) for i in starters]
    for _ in range(_MAX_NAME_WORDS):
        if not frontier:
            break
        found_keys = gazetteer.world.lookup_keys([key for _, _, key in frontier])
        following = []
        for (first, last, key), (posting, prefix) in zip(frontier, found_keys, strict=True):
            if posting >= 0:
                found.setdefault((first, last), []).extend(gazetteer.world_entries(posting))
            if prefix and last + 1 < len(tokens) and joinable(text, tokens[last],
                                                              tokens[last + 1]):
                following.append((first, last + 1, f"{key} {tokens[last + 1].folded}"))
        frontier = following


def _capitalised(word: str) -> bool:
    first = word[:1]
    return first.isupper() or (not first.isascii() and is_arabic(word))


def _acceptable(text: str, tokens: list[Token], span: Span) -> bool:
    """Proper-noun gate: the span must read as a name, not as ordinary words (its words
    decide alone: memoised on them)."""
    return _acceptable_words(tuple(token_words(tokens)[span.first:span.last + 1]))


@lru_cache(maxsize=100_000)
def _acceptable_words(words: tuple[str, ...]) -> bool:
    if DIRECTION_WORDS.get(words[0].lower()) and len(words) > 1:
        words = words[1:]  # "east-Aleppo": the qualifier may be lower case
    # Numbers inside a name are neither capitalised nor lower case ("T-4 airbase").
    significant = [word for position, word in enumerate(words)
                   if word.lower() not in _LOWER_OK and not word.isdigit()
                   and not (position > 0 and word in _INNER_LOWER_OK)
                   and not (position > 0 and (word.lower() in KIND_WORDS
                                              or word.lower() in UNIT_WORD_SET))]
    if not significant:
        return False
    return all(_capitalised(word) for word in significant)


_PLACE_ID = itemgetter(1)  # an Entry's place_id, taken in C


def _plausible_entries(tokens: list[Token], span: Span, gazetteer: Gazetteer,
                       casing: TextCasing) -> list[Entry]:
    """Drop world-layer candidates that ordinary words or an acronym happen to fold to.

    Folding makes "There" match "Thiri", "Read" match "Riad" (Riyadh) and "The UN" match
    "The own" (an alternate name of Roanoke). A single word spelled as an ordinary English
    word ("Most", "Nice", "Boston") is a name where the text treats it as one: capitalised
    inside a sentence that is no heading ("flights to Boston"). Elsewhere (a sentence's
    first word, a heading) it keeps only a country or a continent spelled as its name
    ("Turkey", but "Male" is no "Mali"), a city of a million or more, or a national capital
    ("Washington said", only when its country is named too). A span of several frequent
    words keeps a world place only when they are spelled as in its name ("New York").
    An acronym keeps only a place it spells ("US", not "USS").
    """
    if gazetteer.world is None:
        return span.entries
    if not gazetteer.world.abbreviated.isdisjoint(map(_PLACE_ID, span.entries)):
        written = [_abbreviation_as_spelled(casing.text, tokens, span, e, gazetteer)
                   for e in span.entries]
        if any(w is True for w in written):  # "Sioux Falls, S.D.", "Boston, Mass."
            return [e for e, w in zip(span.entries, written, strict=True) if w is True]
        span.entries = [e for e, w in zip(span.entries, written, strict=True) if w is None]
    word = tokens[span.first].text
    acronym = span.first == span.last and word.isupper() and len(word.replace(".", "")) <= 4
    if acronym:
        return [e for e in span.entries if _spells(word, e, gazetteer)]
    if span.first == span.last:
        words = [word]
        lower = word.lower()
        if lower in CALENDAR_WORDS:
            return [e for e in span.entries if not _world_place(e, gazetteer)]
        if casing.after_title(span.first) or casing.in_byline(span.first) or \
                _title_word(tokens, span.first):
            # "Minister Mike Ellis", "By Tom Perry", "Brig. Gen.": people, not places
            return [e for e in span.entries if not _world_place(e, gazetteer)]
        if lower not in gazetteer.world.ordinary_words and not casing.written_lower(word):
            return span.entries
        if casing.used_as_name(span.first) and (
                lower not in gazetteer.world.everyday_words
                or casing.placed_before(span.first, weak=True)):
            return span.entries  # "flights to Boston"; "Free Syrian brigades" are no place
    else:
        words = [token.text for token in tokens[span.first:span.last + 1]]
        if any(w.lower() not in gazetteer.world.common_words or w.lower() in _ARABIC_ARTICLES
               or w.isdigit() for w in words):
            # "Ras al Ain": an Arabic article makes it a name; so does a number of several
            # words ("Shan State Special Region 1")
            return span.entries
    key = (tuple(words), tuple(span.entries))
    kept = gazetteer.word_cache.get(key)
    if kept is None:  # it depends on the words and entries only: memoised
        kept = [e for e in span.entries if _kept_as_word(e, words, gazetteer)]
        if len(gazetteer.word_cache) >= 100_000:
            gazetteer.word_cache.clear()
        gazetteer.word_cache[key] = kept
    return list(kept)


def _abbreviation_as_spelled(text: str, tokens: list[Token], span: Span, entry: Entry,
                             gazetteer: Gazetteer) -> bool | None:
    """For a candidate that has an abbreviation ("S.D.", "Calif."): ``True`` when the span
    is the abbreviation as the AP writes it, dot and case included, after a name and a
    comma or as dotted initials ("Sioux Falls, S.D.", "Boston, Mass."), ``False`` when it
    is otherwise the abbreviation ("Calif" without its dot, "GA", "went to Mass."); ``None``
    for a candidate named by its name, or with no abbreviation."""
    assert gazetteer.world is not None
    abbreviation = gazetteer.world.abbreviation(entry.place_id) if entry.role == "place" \
        else ""
    if not abbreviation:
        return None
    start = tokens[span.first].start
    if fold_name(text[start:tokens[span.last].end]) != fold_name(abbreviation):
        return None  # named by its name ("South Dakota")
    if not text.startswith(abbreviation, start):
        return False
    after_name = span.first > 0 and text[tokens[span.first - 1].end:start] == ", " and \
        tokens[span.first - 1].text[:1].isupper()
    return after_name or abbreviation.count(".") >= 2


def _kept_as_word(entry: Entry, words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether a candidate of frequent words stays: a local place; a country or continent
    spelled as its name ("Turkey", but "Male" is no "Mali"); a unit with its unit word
    ("Shan State"); a city of a million, a capital, a first-level unit, or a city of
    100,000 whose name is no everyday word, spelled as its name."""
    place = gazetteer.get(entry.place_id) if entry.role == "place" else None
    if place is None or place.origin != "world":
        return True
    assert gazetteer.world is not None
    if place.kind in ("country", "continent"):
        return _spelled_as(words, place.name)
    if place.kind in ("governorate", "district", "region") and len(words) > 1 and \
            words[-1].lower() in UNIT_WORD_SET and _spelled_as(words[:-1], place.name):
        return True
    known = len(words) > 1 or place.population >= settings.COMMON_WORD_KEEP_POPULATION or \
        place.id in gazetteer.world.capitals or place.kind == "governorate" or (
            words[0].lower() not in gazetteer.world.everyday_words
            and place.population >= 100_000)
    return known and _spelled_as(words, place.name)  # a capital needs its country too


def _title_word(tokens: list[Token], index: int) -> bool:
    """A title before a capitalised name ("Brig. Gen. Abdul", "Hurricane Ian"): no place."""
    word = tokens[index].text.lower()
    if word in _STORM_WORDS:  # "Hurricane Ian", not "the town of Hurricane, Utah"
        return index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper() and \
            tokens[index + 1].start == tokens[index].end + 1
    return word in PERSON_TITLES and index + 1 < len(tokens) and \
        tokens[index + 1].text[:1].isupper()


#: Words that name a storm before its given name ("Hurricane Ian", "Cyclone Debbie"); a
#: town of Utah is called Hurricane.
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})


def _world_place(entry: Entry, gazetteer: Gazetteer) -> bool:
    place = gazetteer.get(entry.place_id) if entry.role == "place" else None
    return place is not None and place.origin == "world"


def _spells(acronym: str, entry: Entry, gazetteer: Gazetteer) -> bool:
    """Whether an acronym ("US", "U.K.") is one of a place's names, dots aside; a world
    country is also spelled by its initials ("UAE")."""
    place = gazetteer.get(entry.place_id) if entry.role == "place" else None
    if place is None:
        return entry.role != "place"
    if place.origin == "world" and gazetteer.world is not None and \
            gazetteer.world.abbreviation(place.id) == acronym:
        return True  # "S.D.", as the AP writes South Dakota
    letters = acronym.replace(".", "").upper()
    names = (place.name, *place.aliases)
    if any(name.replace(".", "").upper() == letters for name in names):
        return True
    initials = "".join(w[:1] for w in re.split(r"[\s\-]+", place.name) if w[:1].isupper())
    return place.origin == "world" and place.kind == "country" and initials == letters


def _spelled_as(words: list[str], name: str) -> bool:
    """Whether every word is a word of ``name`` as spelled ("New York" of "New York City");
    "St", "Ste", "Ft" and "Mt" spell "Saint", "Sainte", "Fort" and "Mount" ("Port St Johns"
    of "Port Saint John's")."""
    name_words = {_plain(word) for word in re.split(r"[\s\-]+", name)}
    return all(_plain(word) in name_words or _SAINT_WORDS.get(_plain(word)) in name_words
               for word in words)


#: Abbreviated words of names and the words they stand for (as the world layer indexes them).
_SAINT_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


@lru_cache(maxsize=50_000)
def _plain(name: str) -> str:
    """A name without case, diacritics, punctuation or spaces ("Dar‘ā" gives "dara")."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text.casefold() if ch.isalnum() and not unicodedata.combining(ch))


def _select(text: str, tokens: list[Token], spans: list[Span],
            gazetteer: Gazetteer, casing: TextCasing) -> list[Span]:
    """Keep the leftmost-longest acceptable spans, without overlaps."""
    spans.sort(key=lambda s: (s.first, -(s.last - s.first)))
    chosen: list[Span] = []
    taken_until = -1
    local_starts = _LocalStarts(spans, gazetteer)
    reaching: dict[int, int] = {}  # first token -> the last token any span starting there reaches
    for span in spans:
        reaching[span.first] = max(reaching.get(span.first, -1), span.last)
    by_words = {(span.first, span.last): span for span in spans}
    named = _NamedWords(tokens, spans, casing)
    for span in spans:
        if span.first <= taken_until:
            continue
        if tokens[span.first].text.lower() in DIRECTION_WORDS and (
                reaching.get(span.first + 1, -1) > span.last or
                _direction_of_country(span, by_words.get((span.first + 1, span.last)),
                                      gazetteer)):
            # "northern Shan State": the direction qualifies the longer name; "South
            # Lebanon": the south of the country, not a town of Ohio called so
            continue
        if _after_article(text, tokens, span, gazetteer):
            with_article = _with_article(span, gazetteer, taken_until)
            if with_article is None:
                continue  # "al-Amin" is no "Amin" (Amiens): the name it starts is unknown
            span = with_article
        offered = span.entries
        span.entries = _plausible_entries(tokens, span, gazetteer, casing)
        if not span.entries and offered and named.restores(span):
            span.entries = offered  # "River Swift at Rugby" in a heading, "in Rugby" elsewhere
        if not span.entries:
            continue
        if not span.literal and not _acceptable(text, tokens, span):
            continue
        if _inside_longer_name(text, tokens, span, taken_until, gazetteer):
            continue
        if _starts_longer_name(text, tokens, span, gazetteer, local_starts):
            continue
        chosen.append(span)
        taken_until = span.last
    return chosen


class _NamedWords:
    """One place per name: the one-word names that the text writes, somewhere, as a place's
    name, capitalised inside a sentence after a preposition of place ("in Rugby"), are
    names too where it writes them at a heading's or a sentence's start ("River Swift at
    Rugby" in a list of warnings), though they are English words. Found when first asked
    (most texts never ask)."""

    def __init__(self, tokens: list[Token], spans: list[Span], casing: TextCasing) -> None:
        self.tokens, self.spans, self.casing = tokens, spans, casing
        self.at: dict[str, list[int]] | None = None  # word -> first tokens of its spans
        self.named: dict[str, bool] = {}

    def restores(self, span: Span) -> bool:
        """Whether a one-word span that lost its candidates as an ordinary word is such a
        name (neither an acronym, a calendar word, nor a person's name after a title)."""
        if span.first != span.last:
            return False
        casing, index = self.casing, span.first
        word = self.tokens[index].text
        if word.isupper() or word.lower() in CALENDAR_WORDS or casing.after_title(index) or \
                casing.in_byline(index) or _title_word(self.tokens, index):
            return False
        named = self.named.get(word)
        if named is None:
            if self.at is None:
                self.at = {}
                for other in self.spans:
                    if other.first == other.last and other.entries:
                        self.at.setdefault(self.tokens[other.first].text, []).append(
                            other.first)
            named = self.named[word] = any(
                casing.placed_before(i) and casing.used_as_name(i)
                for i in self.at.get(word, ()))
        return named


def _direction_of_country(span: Span, rest: Span | None, gazetteer: Gazetteer) -> bool:
    """Whether a name that opens with a direction word ("South Lebanon") is better read as
    the direction and a country: the words after the direction name a country, and the
    whole name only world towns under :data:`geo.parse.evidence.SMALL_TOWN` people ("South
    Sudan", "North Carolina" and "East London" stand)."""
    if rest is None or not any(e.role == "place" and (p := gazetteer.get(e.place_id))
                               is not None and p.kind == "country" for e in rest.entries):
        return False
    return all(e.role == "place" and (p := gazetteer.get(e.place_id)) is not None and
               p.origin == "world" and p.kind in ("city", "town") and
               p.population < SMALL_TOWN for e in span.entries)


class _LocalStarts:
    """The first tokens of the spans with a local candidate, a demonym or a non-place,
    found when first asked (most texts never ask). It is asked only of tokens after the
    span being selected: the spans that start there are not selected yet, so their
    entries are still those found, as when the set is made before the selection."""

    def __init__(self, spans: list[Span], gazetteer: Gazetteer) -> None:
        self.spans = spans
        self.places = gazetteer.places
        self.starts: set[int] | None = None

    def __contains__(self, index: object) -> bool:
        if self.starts is None:
            self.starts = {s.first for s in self.spans if any(
                e.role != "place" or e.place_id in self.places for e in s.entries)}
        return index in self.starts


def _after_article(text: str, tokens: list[Token], span: Span, gazetteer: Gazetteer) -> bool:
    """A world-only match right after an Arabic article joined to it ("al-Amin")."""
    if span.first == 0 or text[tokens[span.first - 1].end:tokens[span.first].start] != "-":
        return False
    if tokens[span.first - 1].text.lower() not in NAME_PARTICLES:
        return False
    return all(e.role == "place" and (p := gazetteer.get(e.place_id)) is not None
               and p.origin == "world" for e in span.entries)


def _with_article(span: Span, gazetteer: Gazetteer, taken_until: int) -> Span | None:
    """The span after an Arabic article, taking the article in, with only the candidates
    whose own name opens with an article ("Al-Bireh": Al Bīrah, not Béré nor Berry), or
    ``None`` when none does."""
    if span.first - 1 <= taken_until:
        return None
    kept = [e for e in span.entries
            if (p := gazetteer.get(e.place_id)) is not None and
            fold_name(p.name).split(" ", 1)[0] in _ARTICLE_FOLDS]
    return replace(span, first=span.first - 1, entries=kept) if kept else None


#: Folded Arabic articles that open a gazetteer name ("Al Bīrah", "Ad Dānā", "Ash Shaykh").
_ARTICLE_FOLDS = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed",
                            "ez", "es", "er"})
#: Name particles that are also English words: a particle only when joined by a hyphen
#: ("Tell at-Tuffah"), a preposition or article when a space follows ("Erewash at Ilkeston").
_ENGLISH_PARTICLES = frozenset({"a", "an", "as", "at"})
#: Arabic articles and name particles that are no English words.
_ARABIC_ARTICLES = frozenset({"al", "el", "ash", "az", "ez", "bin", "ibn", "abu", "umm"})


def _inside_longer_name(text: str, tokens: list[Token], span: Span, taken_until: int,
                        gazetteer: Gazetteer) -> bool:
    """A one-word match that ends a longer proper name ("Haithem Hamou", "Fikri Isik",
    "al-Jabha a-Shamiyah", "Jabhat Fatath al-Sham"): the word before it, past Arabic
    particles, is a capitalised word that is not itself a place, an English word or an
    acronym. A local place is so hidden only behind a particle ("Fatath al-Sham"): its own
    name after a bare capitalised word is more often a list or a heading."""
    first = span.first  # "al-Sham" is one name word after its article
    while first < span.last and tokens[first].text in NAME_PARTICLES:
        first += 1
    if first != span.last or gazetteer.world is None:
        return False
    if any(entry.role != "place" for entry in span.entries):
        return False
    index = span.first
    particles = first - span.first
    while index > 0 and index - 1 > taken_until and joinable(text, tokens[index - 1],
                                                             tokens[index]):
        word = tokens[index - 1].text
        if word in _ENGLISH_PARTICLES and text[tokens[index - 1].end:tokens[index].start] != "-":
            return False  # "the River Erewash at Ilkeston": an English word, no article
        if word.lower() in NAME_PARTICLES and not word[:1].isupper():
            index -= 1
            particles += 1
            continue
        world_only = all((place := gazetteer.get(entry.place_id)) is not None and
                         place.origin == "world" for entry in span.entries)
        if not world_only and not particles:
            return False
        if not particles and text[tokens[index - 1].end:tokens[index].start] == "-" and \
                _big_city(text, tokens, span, gazetteer):
            return False  # "Lubutu-Kisangani": a road between towns, no person's name
        words = gazetteer.world.everyday_words if world_only else gazetteer.world.common_words
        return (word[:1].isupper() and not word.isupper() and word.lower() not in words
                and word.lower() not in DIRECTION_WORDS)
    return False


def _big_city(text: str, tokens: list[Token], span: Span, gazetteer: Gazetteer) -> bool:
    """Whether a span's candidates include a city of :data:`geo.parse.evidence.SMALL_TOWN`
    people or more spelled as its own name ("Kisangani"; "Pierre" is no "Piraeus")."""
    written = spelling(text[tokens[span.first].start:tokens[span.last].end])
    return any((place := gazetteer.get(entry.place_id)) is not None and
               place.kind in ("city", "town") and place.population >= SMALL_TOWN
               and spelling(place.name) == written
               for entry in span.entries if entry.role == "place")


def _starts_longer_name(text: str, tokens: list[Token], span: Span, gazetteer: Gazetteer,
                        local_starts: _LocalStarts) -> bool:
    """A one-word match that starts a longer proper name, a person's mostly ("By Laila
    Bassam": Layla is a town of Saudi Arabia; "Ahmad al-Basheer": Al Ahmadi is a city of
    Kuwait): world towns and cities (no country, continent or unit), before a capitalised
    word (after an Arabic article, if one is joined to it) that is no English word,
    acronym, direction, kind word or local name."""
    if span.first != span.last or gazetteer.world is None or span.last + 1 >= len(tokens):
        return False
    following = span.last + 1
    if tokens[following].text in NAME_PARTICLES and following + 1 < len(tokens) and \
            text[tokens[following].end:tokens[following + 1].start] == "-":
        if text[tokens[span.last].end:tokens[following].start] != " ":
            return False  # "Hodeida's al-Hawak District": a possessive ends the name
        following += 1  # "Ahmad al-Basheer"
    after = tokens[following]
    word = after.text
    gap = text[tokens[following - 1].end:after.start]
    if gap not in (" ", "-") or (following == span.last + 1 and gap != " "):
        return False
    lower = word.lower()  # the words first, the candidates and the local names after
    if not (word[:1].isupper() and not word.isupper() and
            lower not in gazetteer.world.ordinary_words and lower not in DIRECTION_WORDS
            and lower not in KIND_WORDS and lower not in FEATURE_WORDS):
        return False
    for entry in span.entries:
        place = gazetteer.get(entry.place_id) if entry.role == "place" else None
        if place is None or place.origin != "world" or \
                place.kind not in ("city", "town", "district"):
            return False
    return following not in local_starts

