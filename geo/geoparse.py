"""Find place mentions in English text and resolve each to one gazetteer place (or none).

Recognition is led by the gazetteer, not by a named-entity tagger: the text is tokenised and
folded (:mod:`geo.names`), then the local and world automata of :class:`geo.gazetteer.Gazetteer`
find every indexed name in one pass each. Overlaps keep the longest span, so "Moon Of Alabama"
(an outlet, in ``data/non_places.csv``) hides "Alabama" and "Bab al Maqam" hides "Bab".

Resolution uses the document's context, in this order of weight: a kind word next to the
name ("Homs governorate"), the places already named that contain a candidate (quarters of
Aleppo when Aleppo is in play), the countries the article is about, the distance to the
other places named, then prominence. A mention with too little evidence is kept as
``unresolved`` rather than given a wrong place.

Directional qualifiers make derived regions: "east-Syria", "Syria's east" and
"west-Iraq" resolve to a region east of Syria's point etc. (``precision="derived"``);
"east of Aleppo" stays a mention of Aleppo.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from geo import settings
from geo.gazetteer import KIND_WORDS, Entry, Gazetteer, Place
from geo.names import Token, is_arabic, joinable, name_variants, skeleton_key, tokenize

DIRECTIONS = {
    "north": (0.0, 1.0), "south": (0.0, -1.0), "east": (1.0, 0.0), "west": (-1.0, 0.0),
    # A diagonal region is a quadrant: its centre lies a quarter of the extent off along
    # both axes (as "east" lies a quarter east), not on the unit circle.
    "northeast": (1.0, 1.0), "northwest": (-1.0, 1.0),
    "southeast": (1.0, -1.0), "southwest": (-1.0, -1.0),
    "central": (0.0, 0.0),
}
_DIRECTION_WORDS = {
    "north": "north", "northern": "north", "south": "south", "southern": "south",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
    "northeast": "northeast", "northeastern": "northeast", "northwest": "northwest",
    "northwestern": "northwest", "southeast": "southeast", "southeastern": "southeast",
    "southwest": "southwest", "southwestern": "southwest", "central": "central",
}
_POST_DIRECTION_RE = re.compile(
    r"['’]s\s+(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\b",
    re.IGNORECASE)
#: Capitalised words after a place name that make the whole an organisation's name.
ORG_HEADS = frozenset({
    "army", "forces", "front", "brigade", "brigades", "battalion", "council", "observatory",
    "media", "center", "centre", "shield", "movement", "party", "university", "times", "post",
    "news", "agency", "command", "committee", "network", "corps", "division", "regiment",
    "revolutionaries", "coalition", "ministry", "government", "club", "fc", "airways",
    "airlines", "company", "bank", "institute", "foundation", "association", "union",
    "declaration", "accord", "accords", "agreement", "talks", "conference", "process",
    "league", "staff", "security",
})
#: Kind-of-place ranking used as prominence when population is unknown.
_KIND_PROMINENCE = {"country": 1.5, "continent": 1.2, "region": 1.0, "governorate": 0.9,
                    "city": 0.8, "district": 0.7, "town": 0.5, "quarter": 0.4, "site": 0.3}
_LOWER_OK = {"al", "el", "ad", "ash", "ar", "as", "at", "az", "an", "ed", "ez", "es", "er",
             "of", "de", "la", "le", "du", "bin", "ibn", "abu", "um", "umm"}
#: Words after a name that make it a part of a city ("the al-Manshiyah neighbourhood").
_QUARTER_WORDS = frozenset({"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
                            "quarter", "quarters"})
#: A world-layer town farther than this from every other place named is no quarter of them.
_QUARTER_TOWN_MAX_KM = 10.0
#: A small world town of several words, in a country no other mention names, needs another
#: place named within this distance ("Akcakale" across the border from "Tal Abyad").
_LONELY_TOWN_KM = 100.0
#: A fuzzy match to a quarter or district needs its city named within this many tokens.
_FUZZY_NEARBY_TOKENS = 80
#: A place named with a settlement's possessive ("Daraa's Manshiyah") lies within this.
_POSSESSED_MAX_KM = 25.0
_POSSESSIVE_GAP_RE = re.compile(r"['’]s?\s+")
#: Capitalised or particle words that may stand between a place name and the head word of
#: an organisation's name ("Fateh al-Sham Front", "Russian Defense Ministry").
_ORG_GAP_WORDS = 3


@dataclass(frozen=True)
class Mention:
    """A mention of a place (or of something that looks like one) in a text.

    ``cls`` is ``"toponym"``, ``"demonym"`` or ``"non-place"`` (an organisation, outlet or
    language whose name contains a place). ``status`` is ``"resolved"`` or ``"unresolved"``
    for toponyms and demonyms. ``lat``/``lon`` are WGS 84 degrees or ``None``.
    """

    start: int
    end: int
    text: str
    cls: str
    status: str
    place_id: str = ""
    name: str = ""
    kind: str = ""
    lat: float | None = None
    lon: float | None = None
    precision: str = ""
    confidence: float = 0.0
    label: str = ""  # class of a non-place, or the qualifier of a derived region


@dataclass
class Parse:
    """The mentions of one text and the derived places (regions) they introduced."""

    mentions: list[Mention]
    derived: dict[str, Place] = field(default_factory=dict)


@dataclass
class _Span:
    first: int  # token indices, inclusive
    last: int
    entries: list[Entry]
    fuzzy: bool = False
    cue: bool = False  # a name the gazetteer lacks, announced by a place word
    kind_hint: str = ""
    direction: str = ""
    extend_end: int = 0  # character end including a trailing qualifier
    qualifier_start: int = -1  # character start of a leading qualifier ("east-Syria")


def geoparse(text: str, gazetteer: Gazetteer) -> Parse:
    """Find and resolve the place mentions of ``text``.

    Parameters
    ----------
    text : str
        The article text; offsets of the result index this exact string.
    gazetteer : Gazetteer
        From :func:`geo.gazetteer.load_gazetteer`.

    Returns
    -------
    Parse
        Mentions sorted by offset (toponyms, demonyms and non-places) and the derived
        regions they refer to.
    """
    tokens = tokenize(text)
    if not tokens:
        return Parse([])
    spans = _exact_spans(text, tokens, gazetteer)
    spans = _select(text, tokens, spans, gazetteer)
    places_in_play = _anchors(spans, gazetteer)
    spans += _fuzzy_spans(text, tokens, spans, gazetteer, places_in_play)
    spans += _cue_spans(text, tokens, spans, gazetteer)
    spans.sort(key=lambda s: s.first)
    return _resolve(text, tokens, spans, gazetteer)


# --- recognition ---------------------------------------------------------------------------

def _folded_text(text: str, tokens: list[Token]) -> tuple[str, dict[int, int], dict[int, int]]:
    """Join folded tokens with spaces; a barrier ``|`` where punctuation separates them.

    Returns the folded text and two maps from positions in it to token indices: where a
    key may start (the space before a token) and where it may end (the space after).
    """
    parts, starts, ends = [" "], {}, {}
    position = 1
    previous = None
    append = parts.append
    for index, token in enumerate(tokens):
        if previous is not None and not (text[previous.end:token.start] == " "
                                         or joinable(text, previous, token)):
            append("| ")
            position += 2
        starts[position - 1] = index
        append(token.folded)
        append(" ")
        position += len(token.folded)
        ends[position] = index
        position += 1
        previous = token
    return "".join(parts), starts, ends


def _exact_spans(text: str, tokens: list[Token], gazetteer: Gazetteer) -> list[_Span]:
    folded, starts, ends = _folded_text(text, tokens)
    found: dict[tuple[int, int], list[Entry]] = {}
    layers = [(False, gazetteer.local_index)]
    if gazetteer.world is not None:
        layers.append((True, gazetteer.world.index))
    # Only a span whose first word may start a name can pass the proper-noun gate.
    lowered_ok = _DIRECTION_WORDS.keys() | _LOWER_OK
    starters = {i for i, token in enumerate(tokens)
                if token.text[0].isupper() or not token.text[0].isascii()
                or token.text.lower() in lowered_ok}
    for world, index in layers:
        for end, value in index.iter(folded):
            length = gazetteer.world.key_lengths[value] if world else len(value[0])
            first = starts.get(end - length + 1)
            if first not in starters:
                continue
            last = ends.get(end)
            if last is None:
                continue
            entries = gazetteer.world_entries(value) if world else \
                gazetteer.entries_for(value[0], world=False)
            found.setdefault((first, last), []).extend(entries)
    return [_Span(first, last, list(dict.fromkeys(entries)))
            for (first, last), entries in found.items()]


def _capitalised(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or (not first.isascii() and is_arabic(token.text))


def _acceptable(text: str, tokens: list[Token], span: _Span) -> bool:
    """Proper-noun gate: the span must read as a name, not as ordinary words."""
    words = tokens[span.first:span.last + 1]
    if any(_DIRECTION_WORDS.get(words[0].text.lower()) for _ in [0]) and len(words) > 1:
        words = words[1:]  # "east-Aleppo": the qualifier may be lower case
    # Numbers inside a name are neither capitalised nor lower case ("T-4 airbase").
    significant = [w for w in words if w.text.lower() not in _LOWER_OK and not w.text.isdigit()
                   and not (w is not words[0] and w.text.lower() in KIND_WORDS)]
    if not significant:
        return False
    return all(_capitalised(w) for w in significant)


def _plausible_entries(tokens: list[Token], span: _Span, gazetteer: Gazetteer) -> list[Entry]:
    """Drop world-layer candidates that ordinary words or an acronym happen to fold to.

    Folding makes "There" match "Thiri", "Read" match "Riad" (Riyadh) and "The UN" match
    "The own" (an alternate name of Roanoke). A span made only of frequent English words
    keeps a world place only when its words are spelled as in that place's name ("New
    York"), and a single such word only a country or a continent spelled as its name
    ("Turkey", but "Male" is no "Mali"), a city of a million or more, or a national capital
    ("Washington said", only when its country is named too).
    """
    if gazetteer.world is None:
        return span.entries
    common = gazetteer.world.common_words
    if span.first == span.last:
        words = [tokens[span.first].text]
        acronym = words[0].isupper() and len(words[0].replace(".", "")) <= 4
        if not acronym and words[0].lower() not in common:
            return span.entries
    else:
        acronym = False
        words = [token.text for token in tokens[span.first:span.last + 1]]
        if any(word.lower() not in common or word.lower() in _ARABIC_ARTICLES
               for word in words):
            return span.entries  # "Ras al Ain": an Arabic article makes it a name
    kept = []
    for entry in span.entries:
        place = gazetteer.get(entry.place_id) if entry.role == "place" else None
        if place is None or place.origin != "world":
            kept.append(entry)
        elif place.kind in ("country", "continent"):
            if acronym or _spelled_as(words, place.name):
                kept.append(entry)  # "Turkey", "Jordan"; but "Male" is no "Mali"
        elif acronym:
            continue
        elif (len(words) > 1 or place.population >= settings.COMMON_WORD_KEEP_POPULATION
              or place.id in gazetteer.world.capitals) and _spelled_as(words, place.name):
            kept.append(entry)  # a capital needs its country named too (see _resolve)
    return kept


def _spelled_as(words: list[str], name: str) -> bool:
    """Whether every word is a word of ``name`` as spelled ("New York" of "New York City")."""
    name_words = {_plain(word) for word in re.split(r"[\s\-]+", name)}
    return all(_plain(word) in name_words for word in words)


def _plain(name: str) -> str:
    """A name without case, diacritics, punctuation or spaces ("Dar‘ā" gives "dara")."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text.casefold() if ch.isalnum() and not unicodedata.combining(ch))


def _select(text: str, tokens: list[Token], spans: list[_Span],
            gazetteer: Gazetteer) -> list[_Span]:
    """Keep the leftmost-longest acceptable spans, without overlaps."""
    spans.sort(key=lambda s: (s.first, -(s.last - s.first)))
    chosen: list[_Span] = []
    taken_until = -1
    local_starts = {s.first for s in spans if any(
        e.role != "place" or e.place_id in gazetteer.places for e in s.entries)}
    for span in spans:
        if span.first <= taken_until:
            continue
        span.entries = _plausible_entries(tokens, span, gazetteer)
        if not span.entries:
            continue
        if not _acceptable(text, tokens, span):
            continue
        if _inside_longer_name(text, tokens, span, taken_until, gazetteer):
            continue
        if _starts_longer_name(text, tokens, span, gazetteer, local_starts):
            continue
        chosen.append(span)
        taken_until = span.last
    return chosen


#: Arabic articles and name particles that are no English words.
_ARABIC_ARTICLES = frozenset({"al", "el", "ash", "az", "ez", "bin", "ibn", "abu", "umm"})
#: Particles that may stand inside a longer Arabic proper name ("al-Jabha a-Shamiyah").
_NAME_PARTICLES = frozenset({"a", "al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "ed",
                             "ez", "es", "er", "bin", "ibn", "abu", "um", "umm"})


def _inside_longer_name(text: str, tokens: list[Token], span: _Span, taken_until: int,
                        gazetteer: Gazetteer) -> bool:
    """A one-word match that ends a longer proper name ("Haithem Hamou", "Fikri Isik",
    "al-Jabha a-Shamiyah", "Jabhat Fatath al-Sham"): the word before it, past Arabic
    particles, is a capitalised word that is not itself a place, an English word or an
    acronym. A local place is so hidden only behind a particle ("Fatath al-Sham"): its own
    name after a bare capitalised word is more often a list or a heading."""
    first = span.first  # "al-Sham" is one name word after its article
    while first < span.last and tokens[first].text in _NAME_PARTICLES:
        first += 1
    if first != span.last or gazetteer.world is None:
        return False
    if any(entry.role != "place" for entry in span.entries):
        return False
    world_only = True
    for entry in span.entries:
        place = gazetteer.get(entry.place_id)
        if place is None or place.origin != "world":
            world_only = False
    index = span.first
    particles = first - span.first
    while index > 0 and index - 1 > taken_until and joinable(text, tokens[index - 1],
                                                             tokens[index]):
        word = tokens[index - 1].text
        if word.lower() in _NAME_PARTICLES and not word[:1].isupper():
            index -= 1
            particles += 1
            continue
        if not world_only and not particles:
            return False
        return (word[:1].isupper() and not word.isupper()
                and word.lower() not in gazetteer.world.common_words
                and word.lower() not in _DIRECTION_WORDS)
    return False


def _starts_longer_name(text: str, tokens: list[Token], span: _Span, gazetteer: Gazetteer,
                        local_starts: set[int]) -> bool:
    """A one-word match that starts a longer proper name, a person's mostly ("By Laila
    Bassam": Layla is a town of Saudi Arabia): only small world towns (under 100,000
    people), and only before a capitalised word that is no English word, acronym,
    direction, kind word or local name."""
    if span.first != span.last or gazetteer.world is None or span.last + 1 >= len(tokens):
        return False
    for entry in span.entries:
        place = gazetteer.get(entry.place_id) if entry.role == "place" else None
        if place is None or place.origin != "world" or place.population >= 100_000 or \
                place.kind in ("country", "continent"):
            return False
    after = tokens[span.last + 1]
    word = after.text
    if text[tokens[span.last].end:after.start] != " " or span.last + 1 in local_starts:
        return False
    return (word[:1].isupper() and not word.isupper()
            and word.lower() not in gazetteer.world.common_words
            and word.lower() not in _DIRECTION_WORDS and word.lower() not in KIND_WORDS)


def _anchors(spans: list[_Span], gazetteer: Gazetteer) -> Counter:
    """Places named without ambiguity (one candidate, or one local candidate), counted."""
    anchors: Counter = Counter()
    for span in spans:
        places = [e.place_id for e in span.entries if e.role in ("place", "demonym")
                  and e.place_id]
        local = [p for p in places if gazetteer.get(p) and gazetteer.get(p).origin == "local"]
        if len(set(places)) == 1:
            anchors[places[0]] += 1
        elif len(set(local)) == 1:
            anchors[local[0]] += 1
    return anchors


def _fuzzy_spans(text: str, tokens: list[Token], spans: list[_Span], gazetteer: Gazetteer,
                 in_play: Counter) -> list[_Span]:
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
    eligible: dict[str, list[str]] = {}

    def places_in_context(key: str) -> list[str]:
        # Looked up per candidate word, never by walking the whole index: the cost of a
        # document does not grow with the size of the gazetteer.
        if key not in eligible:
            ids = []
            for pid in gazetteer.skeleton_index.get(key, ()):
                ancestors = gazetteer.ancestors(pid)
                if gazetteer.get(pid).kind in ("quarter", "district"):
                    if ancestors and ancestors[0] in context:
                        ids.append(pid)
                elif context & set(ancestors):
                    ids.append(pid)
            eligible[key] = ids
        return eligible[key]

    named_at: dict[str, list[int]] | None = None

    def nearby(place_id: str, index: int) -> bool:
        nonlocal named_at
        place = gazetteer.get(place_id)
        if place.kind not in ("quarter", "district"):
            return True
        if named_at is None:
            named_at = {}
            for span in spans:
                for entry in span.entries:
                    if entry.role in ("place", "demonym") and entry.place_id:
                        for pid in (entry.place_id, *gazetteer.ancestors(entry.place_id)):
                            named_at.setdefault(pid, []).append(span.first)
        return any(abs(at - index) <= _FUZZY_NEARBY_TOKENS
                   for at in named_at.get(place.parent, ()))

    covered = set()
    for span in spans:
        covered.update(range(span.first, span.last + 1))
    common = gazetteer.world.common_words if gazetteer.world is not None else frozenset()
    found: list[_Span] = []
    next_free = 0
    for index, token in enumerate(tokens):
        if index < next_free or index in covered or len(token.text) < 3 or \
                not _capitalised(token) or token.text.lower() in common:
            continue
        for size in (3, 2, 1):
            last = index + size - 1
            if last >= len(tokens) or any(i in covered for i in range(index + 1, last + 1)):
                continue
            if any(not joinable(text, tokens[i], tokens[i + 1]) for i in range(index, last)):
                continue
            words = tokens[index:last + 1]
            if sum(len(w.text) for w in words) < settings.FUZZY_MIN_LENGTH:
                continue
            folded = " ".join(w.folded for w in words)
            candidates = [pid for pid in places_in_context(skeleton_key(folded))
                          if nearby(pid, index) and _spelled_close(folded, pid, gazetteer)]
            if candidates:
                found.append(_Span(index, last, [Entry("place", pid) for pid in
                                                 dict.fromkeys(candidates)], fuzzy=True))
                next_free = last + 1
                break
    return found


def _spelled_close(folded: str, place_id: str, gazetteer: Gazetteer) -> bool:
    """Whether a folded spelling is within ``settings.FUZZY_MIN_SCORE`` of a name of a place,
    and not the name with the Arabic adjective ending -i ("al Qabouni", "of Qaboun": a
    person's or a thing's name, not the place)."""
    from rapidfuzz import fuzz  # only when a skeleton matched: rare, and 10 ms to import

    place = gazetteer.get(place_id)
    variants = {v for name in (place.name, *place.aliases) for v in name_variants(name)}
    if folded.endswith("i") and folded[:-1] in variants:
        return False
    return any(fuzz.ratio(folded, variant) >= settings.FUZZY_MIN_SCORE for variant in variants)


_CUE_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|ez|es|er)[-\u2010]|(?:al|el) )"
_CUE_WORD = r"[A-Z\u00c0-\u00de][\w'’‘`]+"
#: A capitalised name of up to four words, with Arabic articles between them (al-, ad- ...).
_CUE_NAME = rf"{_CUE_ARTICLE}?{_CUE_WORD}(?:[-\u2010 ]{_CUE_ARTICLE}?{_CUE_WORD}){{0,3}}"
#: Names in a list: "Kafr Batikh, Qomhanah, Al-Hartimah, and Jawbas".
_CUE_LIST = rf"{_CUE_NAME}(?:(?:, and |, | and ){_CUE_NAME})*"
_CUE_NAME_RE = re.compile(_CUE_NAME)
_CUE_ARTICLE_RE = re.compile(rf"(?<![\w'’]){_CUE_ARTICLE}")
_CUE_SEPARATOR_RE = re.compile(r",? and |, ")
#: Place words that announce names: before "of" ("the towns of X, Y and Z"), after names
#: ("the Tadamon neighbourhood", "the al-Aramil and al-Tameen districts"), or that end a
#: facility's or river's name ("Palestine Bridge", "al-Adala street", "Tigris river").
_CUE_OF_WORDS = frozenset({
    "town", "towns", "village", "villages", "city", "cities", "district", "districts",
    "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "quarter", "quarters",
    "suburb", "suburbs", "hamlet", "hamlets", "area", "areas", "region", "regions"})
_CUE_AFTER_WORDS = frozenset({
    "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "district",
    "districts", "quarter", "quarters", "suburb", "suburbs", "village", "villages"})
_CUE_SITE_WORDS = frozenset({"bridge", "square", "street", "roundabout", "market", "mosque",
                             "airport", "crossing", "river"})
#: The cue words as a text may spell them (a set lookup per token is cheaper than a regex).
_CUE_TOKENS = frozenset(w for word in _CUE_OF_WORDS | _CUE_AFTER_WORDS | _CUE_SITE_WORDS
                        for w in (word, word.capitalize())) | {"Mount", "Jabal", "Jebel"}
_CUE_OF_NAMES_RE = re.compile(rf" of (?P<names>{_CUE_LIST})")
#: What may stand between two settlements of a list: names and separators
#: ("Kafr Zita, Latamneh, Mork").
_CUE_BETWEEN_RE = re.compile(rf"(?:, and |, | and )(?P<names>{_CUE_LIST})(?:, and |, | and )")
_CUE_LIST_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?P<names>{_CUE_LIST}) \Z")
_CUE_NAME_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?P<names>{_CUE_NAME}) \Z")
#: How far before a place word its names may start (characters).
_CUE_WINDOW = 240
#: Capitalised words that start sentences or titles, not names.
_NOT_NAMES = frozenset({"The", "This", "That", "These", "Those", "A", "An", "Its", "Their", "His",
                        "Her", "Our", "Some", "All", "Both", "Several", "Many", "Other"})


def _cue_spans(text: str, tokens: list[Token], spans: list[_Span],
               gazetteer: Gazetteer) -> list[_Span]:
    """Names the gazetteer lacks that a place word announces: "the towns of Qomhanah and
    Jawbas", "the al-Morur neighborhood", "the Palestine Bridge". They become unresolved
    toponyms (``build_map.py geocode`` looks them up), where no other mention lies.

    A plural place word takes a list of names, a singular one a single name; a name made
    only of English words ("the Industrial district", "areas of Islamic State") is not
    taken unless an Arabic article ("al-Amin") or a capitalised facility word ("Palestine
    Bridge") makes it a proper name, nor one that starts with an article or pronoun
    ("The"); what follows the last known place of a name is the name ("the Damascus
    Tadamon district").
    """
    found: dict[tuple[int, int], _Span] = {}
    lists: list[tuple[str, int, int, int]] = []  # (how, names start, names end, site end)
    for cue in tokens:
        if cue.text not in _CUE_TOKENS:
            continue
        if cue.text in ("Mount", "Jabal", "Jebel"):  # "Mount Bafilun", "Jabal al-Zawiya"
            name = _CUE_NAME_RE.match(text, cue.end + 1)
            if name and text[cue.end] == " ":
                lists.append(("mount", cue.start, name.end(), name.end()))
            continue
        word = cue.text.lower()
        plural = word.endswith("s") or word == "cities"
        lower = cue.text[0].islower()
        if lower and word in _CUE_OF_WORDS and text.startswith(" of ", cue.end):
            names = _CUE_OF_NAMES_RE.match(text, cue.end)
            if names:
                lists.append(("list" if plural else "first", *names.span("names"), 0))
        if lower and word in _CUE_AFTER_WORDS:
            names = _CUE_LIST_BEFORE_RE.search(text, max(0, cue.start - _CUE_WINDOW),
                                               cue.start)
            if names:
                lists.append(("list" if plural else "last", *names.span("names"), 0))
        if word in _CUE_SITE_WORDS:
            names = _CUE_NAME_BEFORE_RE.search(text, max(0, cue.start - _CUE_WINDOW),
                                               cue.start)
            if names:
                lists.append(("site", *names.span("names"), cue.end))
    lists += _names_between_settlements(text, tokens, spans, gazetteer)
    if not lists:
        return []
    taken = [(tokens[s.first].start, tokens[s.last].end) for s in spans]
    common = gazetteer.world.common_words if gazetteer.world is not None else frozenset()

    def token_at(offset: int, edge: str) -> int | None:
        index = bisect.bisect_left(tokens, offset, key=lambda t: getattr(t, edge))
        return index if index < len(tokens) and getattr(tokens[index], edge) == offset \
            else None

    for how, names_start, names_end, site_end in lists:
        names = _split_cue_list(text, names_start, names_end)
        names = names[:1] if how == "first" else names[-1:] if how in ("last", "site", "mount") \
            else names
        for start, end in names:
            end = site_end or end
            start = max([start] + [t_end for t_start, t_end in taken
                                   if start <= t_start < end and t_end < end])
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            name = _CUE_NAME_RE.search(text, start, end)
            if name is None:
                continue
            start, end = name.start(), site_end or name.end()
            first, last = token_at(start, "start"), token_at(end, "end")
            if first is None or last is None or tokens[first].text in _NOT_NAMES:
                continue
            words = [t.text.lower() for t in tokens[first:last + 1]
                     if t.text.lower() not in _NAME_PARTICLES]
            proper = bool(_CUE_ARTICLE_RE.search(text, start, end))  # "al-Amin"
            if how == "mount":
                proper, words = True, words[1:]  # "Mount Bafilun"
            elif site_end:
                proper = proper or tokens[last].text[:1].isupper()  # "Palestine Bridge"
                words = words[:-1]
            if not words or (not proper and all(w in common for w in words)):
                continue
            found.setdefault((first, last), _Span(first, last, [], cue=True))
            taken.append((start, end))
    return list(found.values())


def _names_between_settlements(text: str, tokens: list[Token], spans: list[_Span],
                               gazetteer: Gazetteer) -> list[tuple[str, int, int, int]]:
    """Capitalised names in a list between two settlements the gazetteer knows ("Kafr
    Zita, Latamneh, Mork and ..."): places too. Countries do not count ("Russia,
    Hezbollah and Iran")."""
    def settlement(span: _Span) -> bool:
        places = [gazetteer.get(e.place_id) for e in span.entries if e.role == "place"]
        return bool(places) and len(places) == len(span.entries) and all(
            p is not None and p.kind in ("city", "town", "quarter", "district")
            for p in places)

    found = []
    ordered = sorted((s for s in spans if not s.fuzzy), key=lambda s: s.first)
    for left, right in itertools.pairwise(ordered):
        start, end = tokens[left.last].end, tokens[right.first].start
        if not 4 < end - start < 120 or not (settlement(left) and settlement(right)):
            continue
        between = _CUE_BETWEEN_RE.fullmatch(text, start, end)
        if between:
            found.append(("list", *between.span("names"), 0))
    return found


def _split_cue_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The offsets of the names of a list "X, Y, and Z" between ``start`` and ``end``."""
    names, position = [], start
    for separator in _CUE_SEPARATOR_RE.finditer(text, start, end):
        names.append((position, separator.start()))
        position = separator.end()
    names.append((position, end))
    return [(s, e) for s, e in names if e > s]


# --- resolution ----------------------------------------------------------------------------

def _resolve(text: str, tokens: list[Token], spans: list[_Span], gazetteer: Gazetteer) -> Parse:
    _annotate(text, tokens, spans)
    anchors = _anchors([s for s in spans if not s.fuzzy], gazetteer)
    countries = Counter()
    for place_id, count in anchors.items():
        code = gazetteer.country_of(place_id)
        if code:
            countries[code] += count
    total = sum(countries.values()) or 1
    in_play = set(anchors)
    city_support = _city_support(anchors, gazetteer)
    for place_id in list(anchors):
        in_play.update(gazetteer.ancestors(place_id))
    anchor_points = [gazetteer.get(p) for p in anchors if gazetteer.get(p)]
    capitals = gazetteer.world.capitals if gazetteer.world is not None else frozenset()
    common = gazetteer.world.common_words if gazetteer.world is not None else frozenset()
    derived: dict[str, Place] = {}
    nearest_memo: dict[str, float] = {}
    score_memo: dict[tuple[str, str], float] = {}
    mentions: list[Mention] = []
    resolved: dict[int, Place] = {}  # span position -> settlement it was resolved to
    for position, span in enumerate(spans):
        start = tokens[span.first].start
        end = span.extend_end or tokens[span.last].end
        if span.qualifier_start >= 0:
            start = span.qualifier_start
        surface = text[start:end]
        non_place = [e for e in span.entries if e.role == "non-place"]
        if non_place or _organisation(text, tokens, span):
            label = non_place[0].label if non_place else "organisation"
            mentions.append(Mention(start, end, surface, "non-place", "not-a-place",
                                    label=label))
            continue
        demonyms = [e for e in span.entries if e.role == "demonym"]
        if demonyms:
            if _language_list(text, tokens, spans, position):
                mentions.append(Mention(start, end, surface, "non-place", "not-a-place",
                                        label="language"))
                continue
            place = gazetteer.get(demonyms[0].place_id) if demonyms[0].place_id else None
            mentions.append(_mention(start, end, surface, "demonym", place,
                                     0.9 if place else 0.0))
            continue
        candidates = [gazetteer.get(e.place_id) for e in span.entries if e.role == "place"]
        candidates = [c for c in dict.fromkeys(candidates) if c is not None]
        if not candidates:
            if span.cue:
                mentions.append(Mention(start, end, surface, "toponym", "unresolved"))
            continue
        scores = []
        for candidate in candidates:
            # A candidate's score depends on the document and the span's kind word only.
            memo_key = (candidate.id, span.kind_hint)
            if memo_key not in score_memo:
                score_memo[memo_key] = _score(candidate, span, gazetteer, countries, total,
                                              in_play, anchor_points, nearest_memo)
            scores.append((score_memo[memo_key], candidate))
        scored = sorted(scores, key=lambda pair: (-pair[0], pair[1].id))
        best_score, best = scored[0]
        second = scored[1][0] if len(scored) > 1 else None
        confidence = _confidence(best_score, second, span.fuzzy)
        lonely = best.origin == "world" and countries[best.country] <= anchors[best.id] \
            and best.kind not in ("country", "continent")
        if lonely and best.id in capitals and best.population < \
                settings.COMMON_WORD_KEEP_POPULATION and span.first == span.last and \
                tokens[span.first].text.lower() in common:
            continue  # "Washington said" when the US is named, not "Male fighters"
        if lonely and best.population < 100_000 and (
                span.first == span.last or not _near_other_place(best, anchor_points,
                                                                 _LONELY_TOWN_KM)):
            # a small far-away namesake: no other place named lies in its country (its own
            # mentions do not count: "Abrah" is no town of Oman by itself); a name of several
            # words also lies far from every other place named ("Kafr Batikh" of Idlib is no
            # town of Egypt)
            confidence = min(confidence, 0.3)
        if best.kind == "quarter" and best.parent not in city_support:
            confidence = min(confidence, 0.2)  # a quarter only when its city is in play
        if best.origin == "world" and best.kind in ("city", "town") and \
                _quarter_word_after(text, tokens, span) and \
                not _near_other_place(best, anchor_points):
            # "the al-Manshiyah neighborhood" of Daraa is not a town of that name in Jordan
            confidence = min(confidence, 0.3)
        owner = resolved.get(position - 1)
        if owner is not None and _POSSESSIVE_GAP_RE.fullmatch(
                text, tokens[spans[position - 1].last].end, tokens[span.first].start) and \
                _distance_km(owner, best) > _POSSESSED_MAX_KM:
            # "Daraa's Manshiyah district" lies in Daraa, whatever else is called Manshiyah
            confidence = min(confidence, 0.3)
        if confidence < settings.MIN_CONFIDENCE:
            mentions.append(Mention(start, end, surface, "toponym", "unresolved",
                                    confidence=round(confidence, 2)))
            continue
        if span.direction:
            best = _directional(best, span.direction, gazetteer, derived)
        elif best.kind in ("city", "town", "quarter", "district"):
            resolved[position] = best
        mentions.append(_mention(start, end, surface, "toponym", best, confidence,
                                 label=span.direction))
    mentions.sort(key=lambda m: m.start)
    return Parse(mentions, derived)


def _quarter_word_after(text: str, tokens: list[Token], span: _Span) -> bool:
    """Whether the name is followed by "neighbourhood" or "quarter"."""
    after = tokens[span.last + 1] if span.last + 1 < len(tokens) else None
    return after is not None and joinable(text, tokens[span.last], after) and \
        after.text.lower() in _QUARTER_WORDS


def _near_other_place(place: Place, anchor_points: list[Place],
                      max_km: float = _QUARTER_TOWN_MAX_KM) -> bool:
    """Whether another settlement or quarter named in the text lies within ``max_km`` of
    ``place`` (a suburb may be called a neighbourhood)."""
    return any(_distance_km(place, other) <= max_km for other in anchor_points
               if other.id != place.id and other.kind in ("city", "town", "quarter",
                                                            "district", "site"))


def _city_support(anchors: Counter, gazetteer: Gazetteer) -> set[str]:
    """Places a quarter may belong to: those named (or containing a place named) other
    than through one of their own quarters, and cities with two or more quarters named."""
    support: set[str] = set()
    quarters_of: Counter = Counter()
    for place_id in anchors:
        place = gazetteer.get(place_id)
        if place is not None and place.kind == "quarter":
            quarters_of[place.parent] += 1
            continue
        support.add(place_id)
        support.update(gazetteer.ancestors(place_id))
    support.update(city for city, count in quarters_of.items() if count >= 2)
    return support


def _annotate(text: str, tokens: list[Token], spans: list[_Span]) -> None:
    """Attach kind words and directional qualifiers found around each span."""
    for span in spans:
        after = tokens[span.last + 1] if span.last + 1 < len(tokens) else None
        before = tokens[span.first - 1] if span.first > 0 else None
        if after and joinable(text, tokens[span.last], after):
            word = after.text.lower().rstrip("s") if after.text.lower() != "countryside" \
                else "countryside"
            span.kind_hint = KIND_WORDS.get(word, KIND_WORDS.get(after.text.lower(), ""))
        if not span.kind_hint and span.first >= 2 and tokens[span.first - 1].text.lower() == "of":
            span.kind_hint = KIND_WORDS.get(tokens[span.first - 2].text.lower(), "")
        first_word = tokens[span.first].text.lower()
        if _DIRECTION_WORDS.get(first_word) and span.first < span.last:
            continue  # the gazetteer itself has the qualified name ("east-Aleppo")
        if before and joinable(text, before, tokens[span.first]):
            direction, qualifier_start = _direction_before(text, tokens, span.first)
            if direction:
                span.direction, span.qualifier_start = direction, qualifier_start
                continue
        # match(text, pos) rather than a slice: a slice copies the rest of the text per span.
        match = _POST_DIRECTION_RE.match(text, tokens[span.last].end)
        if match:
            span.direction = match.group(1).lower().replace("-", "")
            span.extend_end = match.end()


def _direction_before(text: str, tokens: list[Token], first: int) -> tuple[str, int]:
    """The direction word(s) right before a name ("north-west Syria"), and where they start."""
    word = tokens[first - 1].text.lower()
    if word not in _DIRECTION_WORDS:
        return "", -1
    if first >= 2 and word in ("east", "west") and joinable(text, tokens[first - 2],
                                                            tokens[first - 1]) \
            and tokens[first - 2].text.lower() in ("north", "south"):
        return tokens[first - 2].text.lower() + word, tokens[first - 2].start
    return _DIRECTION_WORDS[word], tokens[first - 1].start


def _organisation(text: str, tokens: list[Token], span: _Span) -> bool:
    """A place name inside an organisation's name: "Aleppo Media Center", "Bank Of X",
    and with a few name words between: "Fateh al-Sham Front", "Syrian Arab Coalition";
    or after one: "Russian Reconciliation Center for Syria", "Operation Olive Branch"."""
    index = span.last
    for _ in range(_ORG_GAP_WORDS + 1):
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is None or not joinable(text, tokens[index], after):
            break
        word = after.text
        if word[:1].isupper() and word.lower() in ORG_HEADS:
            return True
        if not (word[:1].isupper() and not word.isupper()) and word not in _NAME_PARTICLES:
            break  # an ordinary word or an acronym ends the name
        if "-" in text[tokens[index].end:after.start] and \
                tokens[index].text not in _NAME_PARTICLES:
            break  # "U.S.-Backed Syrian Forces": a compound, not one name
        index += 1
    # "Operation Olive Branch" names an operation
    if span.first >= 1 and tokens[span.first - 1].text == "Operation" and \
            joinable(text, tokens[span.first - 1], tokens[span.first]):
        return True
    # Title Case "X Of Y" names a work or an outlet
    if span.first >= 2 and tokens[span.first - 1].text == "Of" and \
            tokens[span.first - 2].text[:1].isupper():
        return True
    # "Russian Reconciliation Center for Syria": a capitalised name whose head is an
    # organisation's, then "for" and the place
    if span.first >= 3 and tokens[span.first - 1].text == "for":
        head, before = tokens[span.first - 2], tokens[span.first - 3]
        return (head.text[:1].isupper() and head.text.lower() in ORG_HEADS
                and before.text[:1].isupper() and joinable(text, before, head))
    return False


def _language_list(text: str, tokens: list[Token], spans: list[_Span], position: int) -> bool:
    """Demonyms in a comma list of three or more ("Spanish, German, Dutch") are languages."""
    def demonym(index: int) -> bool:
        return 0 <= index < len(spans) and any(e.role == "demonym"
                                               for e in spans[index].entries)

    run = 1
    index = position
    while demonym(index - 1) and re.fullmatch(
            r",\s*(and\s+)?", text[tokens[spans[index - 1].last].end:
                                   tokens[spans[index].first].start]):
        run += 1
        index -= 1
    index = position
    while demonym(index + 1) and re.fullmatch(
            r",\s*(and\s+)?", text[tokens[spans[index].last].end:
                                   tokens[spans[index + 1].first].start]):
        run += 1
        index += 1
    return run >= 3


def _distance_km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _score(place: Place, span: _Span, gazetteer: Gazetteer, countries: Counter, total: int,
           in_play: set[str], anchor_points: list[Place],
           nearest_memo: dict[str, float] | None = None) -> float:
    score = 0.0
    if place.origin == "local":
        score += 2.0
    code = gazetteer.country_of(place.id)
    if code and countries:
        score += 2.0 * countries[code] / total
        if code == countries.most_common(1)[0][0]:
            score += 1.0
    ancestors = gazetteer.ancestors(place.id)
    if place.kind in ("quarter", "district"):
        score += 3.0 if ancestors and ancestors[0] in in_play else -3.0
    elif set(ancestors) & in_play:
        score += 0.5
    if span.kind_hint and span.kind_hint == place.kind:
        score += 3.0
    if anchor_points and place.kind not in ("country", "continent", "region"):
        nearest = None if nearest_memo is None else nearest_memo.get(place.id)
        if nearest is None:
            nearest = min(_distance_km(place, other) for other in anchor_points
                          if other.id != place.id) if len(anchor_points) > 1 or \
                anchor_points[0].id != place.id else 0.0
            if nearest_memo is not None:
                nearest_memo[place.id] = nearest
        score += 1.5 * math.exp(-nearest / 250.0)
    if place.population:
        score += min(1.0, math.log10(place.population + 1) / 7.0)
    else:
        score += _KIND_PROMINENCE.get(place.kind, 0.3) * 0.7
    if place.kind == "country":
        score += 1.5
    return score


def _confidence(best: float, second: float | None, fuzzy: bool) -> float:
    """Map scores to 0-1: high when the best candidate is strong and well ahead."""
    strength = 1.0 / (1.0 + math.exp(-(best - 1.5)))
    if second is not None:
        strength *= 1.0 / (1.0 + math.exp(-2.0 * (best - second)))
        strength = min(1.0, strength * 1.3)
    if fuzzy:
        strength *= 0.75
    return strength


def _directional(base: Place, direction: str, gazetteer: Gazetteer,
                 derived: dict[str, Place]) -> Place:
    """The region on the ``direction`` side of ``base``: a local place when one exists
    (``east-aleppo``), else a point offset from ``base`` by a quarter of its extent."""
    stem = base.id.split(":")[-1]
    for candidate in (f"{direction}-{stem}", f"{stem}-{direction}"):
        if gazetteer.get(candidate):
            return gazetteer.get(candidate)
    place_id = f"{base.id}~{direction}"
    if place_id in derived:
        return derived[place_id]
    if base.area_km2:
        extent_km = math.sqrt(base.area_km2) / 4.0
    elif base.kind in ("country",):
        extent_km = 150.0
    elif base.kind in ("governorate", "region"):
        extent_km = 60.0
    else:
        extent_km = max(2.0, math.sqrt(max(base.population, 1) / settings.TOWN_DENSITY_PER_KM2))
    dx, dy = DIRECTIONS.get(direction, (0.0, 0.0))
    lat = base.lat + dy * extent_km / 111.32
    lon = base.lon + dx * extent_km / (111.32 * max(0.1, math.cos(math.radians(base.lat))))
    place = Place(id=place_id, name=f"{direction.capitalize()} {base.name}", kind="region",
                  lat=round(lat, 5), lon=round(lon, 5),
                  source=f"derived from {base.source}: {direction} of the place, offset by a "
                         f"quarter of its extent ({extent_km:.0f} km)",
                  parent=base.id, country=base.country or gazetteer.country_of(base.id),
                  origin="derived")
    derived[place_id] = place
    return place


def _mention(start: int, end: int, surface: str, cls: str, place: Place | None,
             confidence: float, label: str = "") -> Mention:
    if place is None:
        return Mention(start, end, surface, cls, "unresolved", confidence=round(confidence, 2),
                       label=label)
    precision = "derived" if place.origin == "derived" else (
        "region" if place.kind in ("region", "continent", "country", "governorate") else "point")
    return Mention(start, end, surface, cls, "resolved", place.id, place.name, place.kind,
                   place.lat, place.lon, precision, round(confidence, 2), label)
