"""Drop small towns that the text shows to be people's surnames ("Gov. Brian Kemp",
"Pat Wilson", "Campbell said"), wherever the surname recurs."""

from __future__ import annotations

from collections.abc import Container
from itertools import compress

from geo.parse.casing import FEATURE_WORDS, PERSON_TITLES, TextCasing
from geo.parse.gazetteer import KIND_WORDS, Gazetteer
from geo.parse.mentions import DIRECTION_WORDS, Span
from geo.parse.names import Token, token_words

#: A town at least this large is read as a place even where a person's name might stand.
SMALL_TOWN_POPULATION = 100_000
#: Verbs of speech after a person's name ("Campbell said").
_SPEECH_VERBS = frozenset({"said", "says", "told", "added", "explained", "recalled",
                           "wrote", "tweeted"})
#: Titles that also begin place names ("St Lawrence", "Prince Edward Island").
_PLACE_TITLES = frozenset({"st", "saint", "king", "queen", "prince", "princess"})
#: Titles that make the word after the next one a surname.
_SURNAME_TITLES = PERSON_TITLES - _PLACE_TITLES


class _TitleWords(dict):
    """Word -> whether it is, case aside, one of :data:`_SURNAME_TITLES`; remembered per
    word (emptied when large)."""

    def __missing__(self, word: str) -> bool:
        title = word.lower() in _SURNAME_TITLES
        if len(self) >= 300_000:
            self.clear()
        self[word] = title
        return title


_SURNAME_TITLE_WORDS = _TitleWords()


def without_people(tokens: list[Token], spans: list[Span], gazetteer: Gazetteer,
                   casing: TextCasing) -> list[Span]:
    """``spans`` without the one-word small towns whose word the text uses as a surname:
    after a title and a given name ("Gov. Brian Kemp"), after a capitalised word that is
    itself a small town or no English word ("Pat Wilson", "Jenn Campbell"), or before a
    verb of speech ("Campbell said"). One such use makes the word a person's throughout
    the text ("according to Kemp's office")."""
    small = [s for s in spans if _small_town(s, gazetteer)]
    if not small:
        return spans
    small_starts = {s.first for s in small}
    placed = _Placed(spans, small_starts)
    # Only two words after a title (found in C) may be such a surname.
    titles = compress(range(len(tokens) - 2), map(_SURNAME_TITLE_WORDS.__getitem__,
                                                  token_words(tokens)))
    surnames = {tokens[i + 2].text for i in titles if _after_title_and_name(tokens, i + 2, casing)}
    for span in small:
        if _after_given_name(casing.text, tokens, span.first, small_starts, placed, gazetteer) or \
                _before_speech(casing, tokens, span.first, span.last):
            surnames.add(tokens[span.first].text)
    if not surnames:
        return spans
    return [s for s in spans if not (s.first == s.last and tokens[s.first].text in surnames
                                     and _small_town(s, gazetteer))]


class _Placed:
    """The token indices inside the spans that are no small town, gathered when first
    asked (after the cheaper tests of a word before a small town; most texts never ask)."""

    def __init__(self, spans: list[Span], small_starts: set[int]) -> None:
        self.spans, self.small_starts = spans, small_starts
        self.indices: set[int] | None = None

    def __contains__(self, index: object) -> bool:
        if self.indices is None:
            self.indices = {i for s in self.spans if s.first not in self.small_starts
                            for i in range(s.first, s.last + 1)}
        return index in self.indices


def _small_town(span: Span, gazetteer: Gazetteer) -> bool:
    """A one-word span all of whose candidates are world towns below
    :data:`SMALL_TOWN_POPULATION`, none a national capital."""
    if span.first != span.last or not span.entries or span.cue or span.fuzzy:
        return False
    assert gazetteer.world is not None
    for entry in span.entries:
        place = gazetteer.get(entry.place_id) if entry.role == "place" else None
        if place is None or place.origin != "world" or place.kind not in ("city", "town") \
                or place.population >= SMALL_TOWN_POPULATION \
                or place.id in gazetteer.world.capitals:
            return False
    return True


def _after_title_and_name(tokens: list[Token], index: int, casing: TextCasing) -> bool:
    """"Gov. Brian Kemp", "Minister Mike Ellis": a title, a given name, this word."""
    if index < 2 or not tokens[index].text[:1].isupper() or \
            not tokens[index - 1].text[:1].isupper():
        return False
    text = casing.text
    title = tokens[index - 2].text.lower()
    return text[tokens[index - 1].end:tokens[index].start] == " " and \
        title in PERSON_TITLES and title not in _PLACE_TITLES and \
        casing.after_title(index - 1)


def _after_given_name(text: str, tokens: list[Token], index: int, small_starts: set[int],
                      placed: Container[int], gazetteer: Gazetteer) -> bool:
    """A capitalised word right before, a space apart, that is a small town itself ("Pat")
    or no English word ("Jenn"), and no other place, direction, kind or feature word."""
    if index == 0:
        return False
    before = tokens[index - 1]
    word = before.text
    if gazetteer.world is None or not word[:1].isupper() or word.isupper() or \
            text[before.end:tokens[index].start] != " ":
        return False
    lower = word.lower()
    if lower in DIRECTION_WORDS or lower in KIND_WORDS or lower in FEATURE_WORDS or \
            index - 1 in placed:
        return False
    return index - 1 in small_starts or lower not in gazetteer.world.everyday_words


def _before_speech(casing: TextCasing, tokens: list[Token], first: int, index: int) -> bool:
    """"Campbell said", "Ellis told reporters": a verb of speech right after the word; after
    a comma, not when a preposition of place stands before the word ("the river is above
    its danger level at Karimganj, said the bulletin")."""
    if index + 1 >= len(tokens) or tokens[index + 1].text not in _SPEECH_VERBS:
        return False
    gap = casing.text[tokens[index].end:tokens[index + 1].start]
    return gap == " " or (gap == ", " and not casing.placed_before(first, weak=True))
