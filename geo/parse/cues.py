"""Find the names the gazetteer lacks that a place word or a list announces as places."""

from __future__ import annotations

import bisect
import itertools
import re
from operator import itemgetter

from geo.parse.casing import TextCasing
from geo.parse.gazetteer import Gazetteer
from geo.parse.mentions import NAME_PARTICLES, Span
from geo.parse.names import Token, token_starts, token_words

_CUE_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|ez|es|er)[-\u2010]|(?:al|el) )"
_CUE_WORD = r"[A-Z\u00c0-\u00de][\w'’‘`]+"
#: A capitalised name of up to four words, with Arabic articles between them (al-, ad- ...).
_CUE_NAME = rf"{_CUE_ARTICLE}?{_CUE_WORD}(?:[-\u2010 ]{_CUE_ARTICLE}?{_CUE_WORD}){{0,3}}"
#: Names in a list: "Kafr Batikh, Qomhanah, Al-Hartimah, and Jawbas".
_CUE_LIST = rf"{_CUE_NAME}(?:(?:, and |, | and ){_CUE_NAME})*"
_CUE_NAME_RE = re.compile(_CUE_NAME)
_CUE_ARTICLE_RE = re.compile(rf"(?<![\w'’]){_CUE_ARTICLE}")
_CUE_SEPARATOR_RE = re.compile(r",? and |, ")
_POSSESSIVE_RE = re.compile(r"['’]s\s+|(?<=s)['’]\s+")
#: What ends a name that is no place's: a possessive ("in Putin's Russia") or a person's
#: name going on ("in Afzal Ansari's seat" is taken whole, then dropped).
_POSSESSOR_RE = re.compile(r"['’]s?\b|\s+[A-Z][a-z]+['’]s\b")
#: Place words that announce names: before "of" ("the towns of X, Y and Z"), after names
#: ("the Tadamon neighbourhood", "the al-Aramil and al-Tameen districts"), or that end a
#: facility's or river's name ("Palestine Bridge", "al-Adala street", "Tigris river").
_CUE_OF_WORDS = frozenset({
    "town", "towns", "village", "villages", "city", "cities", "district", "districts",
    "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "quarter", "quarters",
    "suburb", "suburbs", "hamlet", "hamlets", "area", "areas", "region", "regions"})
_CUE_AFTER_WORDS = frozenset({
    "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "district",
    "districts", "quarter", "quarters", "suburb", "suburbs", "village", "villages",
    "township", "townships", "territory", "locality", "localities", "region"})
#: Of those, the words an adjective of a people or a land stands before ("Tigrayan
#: territory", "the Andean region"): a one-word name ending so is no name of a unit.
_ADJECTIVE_AFTER_WORDS = frozenset({"township", "townships", "territory", "locality",
                                    "localities", "region"})
#: A lower-case word of a unit's part that belongs to its name ("the lower Shabelle
#: region", "middle Juba").
_PART_WORDS = (" lower ", " upper ", " middle ")
_PART_RE = re.compile(r"(?:lower|upper|middle) ")
_ADJECTIVE_RE = re.compile(r"[A-Z]\w+(?:ian|ean|yan|ese|ish)")
#: Of those, the words that announce the name before them capitalised too, as part of it
#: ("Minywar Village", "Pale Township", "Aden Yabal District"), outside headings.
_CAPITAL_AFTER_WORDS = frozenset({"Village", "Villages", "Township", "Townships", "District",
                                  "Territory", "Locality"})
_CUE_SITE_WORDS = frozenset({"bridge", "square", "street", "roundabout", "market", "mosque",
                             "airport", "crossing", "river"})
#: Capitalised words that end the name of a road or a facility ("Locko Road", "Kempsey
#: Showground", "Macksville High School"), outside headings: the whole is a site.
_SITE_HEADS = frozenset({"Road", "Lane", "Avenue", "Way", "Drive", "School", "Showground",
                         "Park", "Inn", "Hotel", "Hospital", "Station", "Stadium", "Club"})
#: The cue words as a text may spell them (a set lookup per token is cheaper than a regex).
#: Words of movement and war before a place ("fighting near Kurakhove", "troops entered
#: Vuhledar"): the capitalised name that follows is a place the gazetteer may lack.
_CUE_BEFORE_WORDS = frozenset({"near", "outside", "towards", "toward", "entered", "captured",
                               "recaptured", "retook", "liberated", "shelled", "besieged",
                               "encircled", "evacuated", "seized", "stormed", "overran"} |
                              {"in", "into", "around"})
#: Of those, the prepositions that stand before much else too ("in Parliament", "in
#: Twitter"): the name after them must not open with an ordinary English word, nor stand
#: in a heading ("Hundreds Killed in Jihadist Attack").
_PLAIN_BEFORE_WORDS = frozenset({"in", "into", "around"})
#: Capitalised words that end the name of a natural feature or a road ("Patos Lagoon",
#: "Canadian Rockies" aside: "Icefields Parkway", "Second Beach"); taken capitalised only.
FEATURE_HEADS = frozenset({"Lake", "Lagoon", "Sea", "Gulf", "Bay", "Mountains", "Hills",
                           "Valley", "Canal", "Strait", "Peninsula", "Desert", "Highway",
                           "Parkway", "Beach", "Island", "Islands"})
#: Capitalised words that open such a name: "Mount Bafilun", "Lake Kivu", and with "of":
#: "Sea of Japan", "Gulf of Aden".
_OPENERS = frozenset({"Mount", "Jabal", "Jebel", "Lake"})
_OF_OPENERS = frozenset({"Sea", "Gulf", "Bay", "Strait", "Straits", "Isle"})
_CUE_TOKENS = frozenset(w for word in _CUE_OF_WORDS | _CUE_AFTER_WORDS | _CUE_SITE_WORDS
                        for w in (word, word.capitalize())) | _OPENERS | FEATURE_HEADS | \
    _OF_OPENERS | _CUE_BEFORE_WORDS | _SITE_HEADS
_CUE_OF_NAMES_RE = re.compile(rf" of (?P<names>{_CUE_LIST})")
#: What may stand between two settlements of a list: names and separators
#: ("Kafr Zita, Latamneh, Mork").
_CUE_BETWEEN_RE = re.compile(rf"(?:, and |, | and )(?P<names>{_CUE_LIST})(?:, and |, | and )")
CUE_LIST_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?P<names>{_CUE_LIST}) \Z")
_CUE_NAME_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?P<names>{_CUE_NAME}) \Z")
#: How far before a place word its names may start (characters).
_CUE_WINDOW = 240
#: Capitalised words that start sentences or titles, not names.
_NOT_NAMES = frozenset({"The", "This", "That", "These", "Those", "A", "An", "Its", "Their", "His",
                        "Her", "Our", "Some", "All", "Both", "Several", "Many", "Other"})
#: Capitalised prepositions that open a sentence before a facility's name ("At Kellow
#: Hospital, doctors said"): no part of the name.
_HEAD_OPENERS = frozenset({"At", "In", "On", "From", "To", "By", "For", "Near", "Into"})


def cue_spans(text: str, tokens: list[Token], spans: list[Span],
               gazetteer: Gazetteer, casing: TextCasing | None = None) -> list[Span]:
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
    lists = _cue_lists(text, tokens)
    lists += _names_between_settlements(text, tokens, spans, gazetteer)
    lists += _known_place_lists(text, tokens, spans, gazetteer)
    if not lists:
        return []
    taken = _Taken([(tokens[s.first].start, tokens[s.last].end) for s in spans])
    casing = casing or TextCasing(text, tokens)
    common = gazetteer.world.common_words if gazetteer.world is not None else frozenset()
    ordinary = gazetteer.world.ordinary_words if gazetteer.world is not None else frozenset()
    starts = token_starts(tokens)
    token_ends = list(map(itemgetter(1), tokens))
    found: dict[tuple[int, int], Span] = {}
    for how, names_start, names_end, site_end in sorted(lists, key=lambda item: item[1]):
        names = split_cue_list(text, names_start, names_end)
        names = names[:1] if how in ("first", "plain") else names[-1:] \
            if how in ("last", "site", "mount", "capital", "head") else names
        # A capitalised facility word makes the whole a name ("Palestine Bridge").
        whole = bool(site_end) and text[site_end - 1:site_end].isalpha() and \
            text[_word_start(text, site_end)].isupper()
        for start, end in names:
            end = site_end or end
            if how == "mount" and text[start:start + 8].split(" ")[0] in _NEW_OPENERS and \
                    taken.fixed.runs_into(start):
                continue  # "Salt Lake City" holds "Lake City"
            if not whole:
                start = taken.last_end_within(start, end)
                if taken.overlaps(start, end):
                    continue
            name = _CUE_NAME_RE.search(text, start, end)
            if name is None:
                continue
            start = start if _PART_RE.fullmatch(text, start, name.start()) else name.start()
            end = site_end or name.end()
            if whole:  # "Israel’s Ben Gurion Airport": the possessor is a place of its own
                owner = _POSSESSIVE_RE.search(text, start, end)
                while owner is not None and (owner.group()[1:2] in ("s", "S") or
                                             taken.fixed.last_end_within(
                                                 start, owner.start() + 1) == owner.start()):
                    # a plural's mark only after a known place: "Khan Younis’ Nasser
                    # Hospital", not "Hyuga Girls' Primary School"
                    start = owner.end()
                    owner = _POSSESSIVE_RE.search(text, start, end)
            first = _index_at(starts, start)
            last = _index_at(token_ends, end)
            if first is not None and last is not None and how == "head" and \
                    tokens[first].text in _HEAD_OPENERS and first + 1 < last:
                first += 1
                start = tokens[first].start
            if first is None or last is None or tokens[first].text in _NOT_NAMES:
                continue
            if not _proper(text, tokens, first, last, how, site_end, common):
                continue
            if (how in _CHECKED_HOWS and _set_aside(tokens, first, how, casing, ordinary)) or (
                    how == "head" and _town_before_facility(text, taken, start, end)):
                continue  # "Jasper National Park": the town it is named after is kept
            found.setdefault((first, last), Span(first, last, [], cue=True,
                                                 kind_hint="site" if whole else ""))
            taken.add(start, end)
    return list(found.values())


#: A road's number ("A52", "B5057", "RN2", "I-16", "PTH 10") and a word that makes it a
#: road's: a road word after it, or a road's course ("the B5057 between X and Y", "the A52
#: eastbound").
#: (The look-behind follows the first letter, so that the engine skips to capitals fast.)
_ROAD_CODE = r"[A-Z](?<![\w.-][A-Z])(?:[A-Z]{0,2}-?\d{1,4}|[A-Z]{1,3} \d{1,4})(?![\w-])"
_ROAD_CODE_RE = re.compile(
    rf"(?P<code>{_ROAD_CODE}) (?:road|highway|motorway|bridge|junction|roundabout|between|"
    r"eastbound|westbound|northbound|southbound)\b")
_ANY_ROAD_CODE_RE = re.compile(_ROAD_CODE)


def _road_codes(text: str) -> set[str]:
    """Roads named by their number, where the text once says the number is a road's ("the
    A52 bridge", "the RN2 road", "the B5057 between Darley Dale and Winster"): then every
    mention of that number is the road, where nothing else was found ("The A52 in
    Nottingham"). A number never said to be a road's stays no place ("M23 rebels", "F-16
    jets", "MI-35 helicopters")."""
    return {match.group("code") for match in _ROAD_CODE_RE.finditer(text)}


#: A river by what it does: "the Brahmaputra is flowing above its danger level", "the
#: Dhansiri (South) is flowing", "the Barak overflowed", "the Kushiyara burst its banks".
_FLOWING_RE = re.compile(
    rf"[Tt](?<![\w'’-][Tt])he (?P<name>{_CUE_NAME})(?: \([A-Z][a-z]+\))? (?:(?:is|was|are|were|"
    r"has been|had been|kept) (?:flowing|rising|swelling|overflowing|in spate)|flows|flowed|"
    r"overflowed|overflows|swelled|burst its banks)\b")


#: A settlement's name set off after its place word, and placed: "another village, Nur
#: Dugle, in Middle Shabelle", "the town, Kabamba, near Kavumu".
_APPOSED_RE = re.compile(
    rf"(?:village|town|hamlet|settlement|locality)(?<![a-z]town), (?P<name>{_CUE_NAME}), "
    r"(?:in|near|north|south|east|west|northeast|northwest|southeast|southwest)\b")


def pattern_spans(text: str, tokens: list[Token], spans: list[Span]) -> list[Span]:
    """Names the gazetteer lacks that a pattern of words makes places, where no other span
    lies: a name set off after a settlement's word and placed ("another village, Nur
    Dugle, in Middle Shabelle"), a river by what a river does ("the Dikhow is flowing
    above its danger level at Sivasagar"; also where the gazetteer has the name as it is
    written: the small town "Barak"), and roads by their number (:func:`_road_codes`)."""
    apposed = list(_APPOSED_RE.finditer(text))
    rivers = list(_FLOWING_RE.finditer(text)) if (
        "flow" in text or "swell" in text or "burst its" in text or "spate" in text) else []
    codes = _road_codes(text)
    if not apposed and not rivers and not codes:
        return []
    taken = _Intervals([(tokens[s.first].start, tokens[s.last].end) for s in spans])
    exact = {(s.first, s.last) for s in spans if not s.cue}
    starts = token_starts(tokens)
    found = []

    def add(start: int, end: int, kind_hint: str, exact_ok: bool) -> None:
        first, last = _index_at(starts, start), _end_index(tokens, end)
        if first is None or last is None or tokens[first].text in _NOT_NAMES or (
                taken.overlaps(start, end) and not (exact_ok and (first, last) in exact)):
            return
        found.append(Span(first, last, [], cue=True, kind_hint=kind_hint))

    for match in apposed:
        add(*match.span("name"), "", False)
    for match in rivers:
        add(*match.span("name"), "site", True)
    if codes:
        for match in _ANY_ROAD_CODE_RE.finditer(text):
            if match.group() in codes:
                add(*match.span(), "site", False)
    return found


def _end_index(tokens: list[Token], end: int) -> int | None:
    """The index of the token that ends at ``end``, or ``None``."""
    index = bisect.bisect_left(tokens, end, key=itemgetter(1))
    return index if index < len(tokens) and tokens[index].end == end else None


#: The cues whose names :func:`_set_aside` may set aside.
_CHECKED_HOWS = frozenset({"plain", "capital", "head"})


def _set_aside(tokens: list[Token], first: int, how: str, casing: TextCasing,
               ordinary: frozenset[str]) -> bool:
    """Whether a name found after a preposition opens with an ordinary English word, or one
    found so or before a capitalised place word stands in a heading."""
    if how == "plain":
        return tokens[first].text.lower() in ordinary or casing.in_title_line(first)
    return how in ("capital", "head") and casing.in_title_line(first) and \
        _heading(casing.text, tokens[first].start)


#: How far around a name a heading's line must end (characters): a longer line is no heading.
_HEADING_REACH = 200


def _heading(text: str, offset: int) -> bool:
    """Whether the title-case line at ``offset`` reads as a heading, not as a list or an
    address in capitals ("- River Swift at Rugby, including Brownsover Road, Swift Park",
    "Kempsey Showground, 19 Sea Street"): no bullet opens it, no comma stands in it, and it
    is short."""
    start = text.rfind("\n", max(0, offset - _HEADING_REACH), offset) + 1
    if start == 0 and offset > _HEADING_REACH:
        return False
    end = text.find("\n", offset, offset + _HEADING_REACH)
    if end < 0:
        if len(text) > offset + _HEADING_REACH:
            return False
        end = len(text)
    line = text[start:end].lstrip()
    return not line.startswith(("-", "•", "*", "–")) and "," not in line


def _town_before_facility(text: str, taken: _Taken, start: int, end: int) -> bool:
    """Whether a known name inside a facility's name is followed by other words before the
    facility word: the place the facility is named after ("Jasper National Park", "Garissa
    Police Station"), kept as found, where "Locko Road" is one name."""
    head = _word_start(text, end)
    known_end = taken.fixed.last_end_within(start, head)
    return known_end > start and text[known_end:head].strip() != ""


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start


def _index_at(offsets: list[int], offset: int) -> int | None:
    index = bisect.bisect_left(offsets, offset)
    return index if index < len(offsets) and offsets[index] == offset else None


def _proper(text: str, tokens: list[Token], first: int, last: int, how: str, site_end: int,
            common: frozenset[str]) -> bool:
    """Whether announced words are a proper name: not made only of English words unless an
    Arabic article ("al-Amin") or a capitalised facility word ("Palestine Bridge") says so."""
    words = [t.text.lower() for t in tokens[first:last + 1]
             if t.text.lower() not in NAME_PARTICLES]
    proper = bool(_CUE_ARTICLE_RE.search(text, tokens[first].start, tokens[last].end))
    if how == "mount":
        proper, words = True, words[1:]  # "Mount Bafilun"
    elif site_end:
        proper = proper or tokens[last].text[:1].isupper()
        words = words[:-1]
    return bool(words) and (proper or not all(w in common for w in words))


class _Intervals:
    """Disjoint character intervals, sorted, searched by bisect."""

    def __init__(self, intervals: list[tuple[int, int]]) -> None:
        intervals = sorted(intervals)
        self.starts = [s for s, _ in intervals]
        self.ends = [e for _, e in intervals]

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)  # the end, when added in order
        self.starts.insert(index, start)
        self.ends.insert(index, end)

    def last_end_within(self, start: int, end: int) -> int:
        index = bisect.bisect_left(self.starts, end) - 1
        while index >= 0 and self.starts[index] >= start:
            if self.ends[index] < end:
                return max(start, self.ends[index])
            index -= 1
        return start

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.ends, start)
        return index < len(self.starts) and self.starts[index] < end

    def runs_into(self, offset: int) -> bool:
        """Whether an interval that starts before ``offset`` reaches past it."""
        index = bisect.bisect_right(self.ends, offset)
        return index < len(self.starts) and self.starts[index] < offset


class _Taken:
    """The names found so far: the spans' (fixed) and the cues' (added in text order, so
    each addition is an append): linear time for a text of many cues, not quadratic."""

    def __init__(self, intervals: list[tuple[int, int]]) -> None:
        self.fixed = _Intervals(intervals)
        self.added = _Intervals([])

    def add(self, start: int, end: int) -> None:
        self.added.add(start, end)

    def last_end_within(self, start: int, end: int) -> int:
        """The end of the last interval lying inside ``[start, end)``, else ``start``: what
        follows the last known place of a name is the name."""
        return max(self.fixed.last_end_within(start, end),
                   self.added.last_end_within(start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return self.fixed.overlaps(start, end) or self.added.overlaps(start, end)


def _cue_lists(text: str, tokens: list[Token]) -> list[tuple[str, int, int, int]]:
    """(how, names start, names end, site end) of each place word's names."""
    lists: list[tuple[str, int, int, int]] = []
    previous_end = 0  # a list never runs back over an earlier place word: linear time
    # The place words are found in C.
    for cue in itertools.compress(tokens, map(_CUE_TOKENS.__contains__,
                                              token_words(tokens))):
        if cue.text in _SITE_HEADS and _NEXT_NAME_RE.match(text, cue.end):
            continue  # inside a longer name ("NT Road Crossing"): no bound for the next
        window = max(0, cue.start - _CUE_WINDOW, previous_end)
        if cue.text in _FEATURE_ONLY or cue.text in _OPENERS:
            found = _feature_name(text, cue, window)
            if found is not None:
                lists.append(found)
            if found is not None or cue.text not in _FEATURE_ONLY:
                previous_end = cue.end  # a feature word bounds the next list once it names
            continue
        previous_end = cue.end
        after = _name_after(text, cue)
        if after is not None:
            lists.append(after)
            if after[0] == "mount" or cue.text in _CUE_BEFORE_WORDS:
                continue
        elif cue.text in _CUE_BEFORE_WORDS:
            continue
        word = cue.text.lower()
        plural = word.endswith("s") or word == "cities"
        lower = cue.text[0].islower()
        if lower and word in _CUE_OF_WORDS and text.startswith(" of ", cue.end):
            names = _CUE_OF_NAMES_RE.match(text, cue.end)
            if names:
                lists.append(("list" if plural else "first", *names.span("names"), 0))
        before = _names_before(text, cue, window, plural)
        if before is not None:
            lists.append(before)
        if word in _CUE_SITE_WORDS or cue.text in FEATURE_HEADS or cue.text in _SITE_HEADS:
            names = _CUE_NAME_BEFORE_RE.search(text, window, cue.start)
            if names:
                lists.append(("site" if cue.text not in _SITE_HEADS else "head",
                              *names.span("names"), cue.end))
    return lists


def _names_before(text: str, cue: Token, window: int, plural: bool
                  ) -> tuple[str, int, int, int] | None:
    """The names a unit word announces before it: "the al-Aramil and al-Tameen districts",
    "the Walikale territory" (not "Tigrayan territory"), and capitalised as part of the
    name: "Minywar Village" (not "Yinmabin District People's Defence Force")."""
    word = cue.text.lower()
    if cue.text[0].islower() and word in _CUE_AFTER_WORDS:
        names = CUE_LIST_BEFORE_RE.search(text, window, cue.start)
        if names and not (word in _ADJECTIVE_AFTER_WORDS and
                          _ADJECTIVE_RE.fullmatch(text, *names.span("names"))):
            start = names.start("names")
            if not plural and text.endswith(_PART_WORDS, 0, start):  # "the lower Shabelle"
                start -= next(len(w) for w in _PART_WORDS if text.endswith(w, 0, start)) - 1
            return "list" if plural else "last", start, names.end("names"), 0
    elif cue.text in _CAPITAL_AFTER_WORDS and not _NEXT_NAME_RE.match(text, cue.end):
        names = _CUE_NAME_BEFORE_RE.search(text, window, cue.start)
        if names:
            return "capital", *names.span("names"), 0
    return None


def _name_after(text: str, cue: Token) -> tuple[str, int, int, int] | None:
    """The name a word announces after it: a river's in the British order ("the River
    Erewash at Ilkeston", not the "River" of "Tana River"), or the name after a word of
    movement, war or place ("captured Soledar", "an outpost in Barsalogho"; not a
    possessor: "in Putin's Russia")."""
    if cue.text == "River" and _NAME_AFTER_RE.match(text, cue.end) and (
            cue.start < 2 or text[cue.start - 1] != " " or
            not text[_word_start(text, cue.start - 1):][:1].isupper()):
        name = _CUE_NAME_RE.match(text, cue.end + 1)
        return None if name is None else ("mount", cue.start, name.end(), name.end())
    if cue.text not in _CUE_BEFORE_WORDS or text[cue.end:cue.end + 1] != " ":
        return None
    name = _CUE_NAME_RE.match(text, cue.end + 1)
    if name is None or _POSSESSOR_RE.match(text, name.end()):
        return None
    return ("plain" if cue.text in _PLAIN_BEFORE_WORDS else "first", name.start(),
            name.end(), 0)


#: The openers added for natural features (the older "Mount" keeps its precedence).
_NEW_OPENERS = frozenset({"Lake", "Sea", "Gulf", "Bay", "Strait", "Straits", "Isle"})
#: Feature words that are no other place word (they bound a later list only once used).
_FEATURE_ONLY = (FEATURE_HEADS | _OF_OPENERS | {"Lake"}) - frozenset(
    w for word in _CUE_OF_WORDS | _CUE_AFTER_WORDS | _CUE_SITE_WORDS
    for w in (word, word.capitalize())) - {"Mount", "Jabal", "Jebel"}


def _feature_name(text: str, cue: Token, window: int) -> tuple[str, int, int, int] | None:
    """The name a feature word opens ("Lake Kivu", "Sea of Japan") or ends ("Patos
    Lagoon")."""
    if cue.text in _OPENERS or (cue.text in _OF_OPENERS and text.startswith(" of ", cue.end)):
        opened = _opened_name(text, cue)
        if opened is not None:
            return opened
    if cue.text in FEATURE_HEADS and not _NEXT_NAME_RE.match(text, cue.end):
        # ("Desert Storm", "Gulf Stream", "Tampa Bay Lightning": the word is inside a
        # longer name)
        names = _CUE_NAME_BEFORE_RE.search(text, window, cue.start)
        if names:
            return "site", *names.span("names"), cue.end
    return None


#: A capitalised word joined to the one before it.
_NEXT_NAME_RE = re.compile(r"[ \-][A-Z]")
#: A capitalised word a space after.
_NAME_AFTER_RE = re.compile(r" [A-Z]")


def _opened_name(text: str, cue: Token) -> tuple[str, int, int, int] | None:
    """The name a word opens: "Mount Bafilun", "Jabal al-Zawiya", "Lake Kivu", and after
    "of": "Sea of Japan", "Gulf of Aden"."""
    if cue.text in _OPENERS:
        name = _CUE_NAME_RE.match(text, cue.end + 1)
        if name is None or text[cue.end:cue.end + 1] != " ":
            return None
    else:
        name = _CUE_NAME_RE.match(text, cue.end + 4)
        if name is None:
            return None
    return "mount", cue.start, name.end(), name.end()


def _names_between_settlements(text: str, tokens: list[Token], spans: list[Span],
                               gazetteer: Gazetteer) -> list[tuple[str, int, int, int]]:
    """Capitalised names in a list between two settlements the gazetteer knows ("Kafr
    Zita, Latamneh, Mork and ..."): places too. Countries do not count ("Russia,
    Hezbollah and Iran")."""
    def settlement(span: Span) -> bool:
        places = [gazetteer.get(e.place_id) for e in span.entries if e.role == "place"]
        return bool(places) and len(places) == len(span.entries) and all(
            p is not None and p.kind in ("city", "town", "quarter", "district")
            for p in places)

    found = []
    ordered = sorted((s for s in spans if not s.fuzzy), key=lambda s: s.first)
    for left, right in itertools.pairwise(ordered):
        start, end = tokens[left.last].end, tokens[right.first].start
        if not 4 < end - start < 120:
            continue
        between = _CUE_BETWEEN_RE.fullmatch(text, start, end)  # in C: first, most fail
        if between and settlement(left) and settlement(right):
            found.append(("list", *between.span("names"), 0))
    return found


#: Words after which a list of names is a list of places once one of them is known:
#: prepositions of place and verbs of striking ("struck Aita al-Shaab, Ramyah and Qouzah",
#: "especially in May Kuhli, Zban Gedena, Adi Awala, Rama and Tserona").
_LIST_OPENERS = _CUE_BEFORE_WORDS | frozenset({"at", "hit", "struck", "bombed", "raided",
                                               "targeted", "including", "between"})
_CUE_LIST_AT_RE = re.compile(_CUE_LIST)


def _known_place_lists(text: str, tokens: list[Token], spans: list[Span],
                       gazetteer: Gazetteer) -> list[tuple[str, int, int, int]]:
    """Lists of two names or more after a preposition of place or a verb of striking, one
    of which the gazetteer knows as a place: the others are places too ("hit Naqoura,
    Chamaa, Taybeh, Zita, Aanqoun, and Tayr Harfa"); and the two ends of a route ("the
    railway between X and Y")."""
    at = {tokens[s.first].start: s for s in spans if not s.fuzzy and s.entries}

    def known(start: int) -> bool:  # a name the gazetteer has as a place starts here
        span = at.get(start)
        return span is not None and any(e.role == "place" and gazetteer.get(e.place_id)
                                        is not None for e in span.entries)

    def settled(start: int) -> bool:  # a settlement's name starts here
        span = at.get(start)
        return span is not None and _settlement(span, gazetteer)

    found = [("first", *item.span(), 0) for chain in _CHAIN_RE.finditer(text)
             if sum(settled(item.start()) for item in _CHAIN_ITEM_RE.finditer(
                 text, *chain.span())) >= 2
             for item in _CHAIN_ITEM_RE.finditer(text, *chain.span())]
    for opener in itertools.compress(tokens, map(_LIST_OPENERS.__contains__,
                                                 token_words(tokens))):
        if text[opener.end:opener.end + 1] != " ":
            continue
        if opener.text == "between":
            pair = _ROUTE_PAIR_RE.match(text, opener.end + 1)
            if pair is not None and (_ROUTE_BEFORE_RE.search(
                    text, max(0, opener.start - _ROUTE_REACH), opener.start) or any(
                    settled(start) for start, _ in split_cue_list(text, *pair.span()))):
                found.append(("list", *pair.span(), 0))
            continue
        names = _CUE_LIST_AT_RE.match(text, opener.end + 1) if at else None
        if names is None or not _CUE_SEPARATOR_RE.search(text, *names.span()):
            continue
        items = split_cue_list(text, *names.span())
        if (len(items) >= 3 or text.startswith(" and ", items[0][1])) and \
                any(known(start) for start, _ in items):
            # "Speaking in Kyiv, Zelensky said": two names and a comma are no list
            found.append(("list", *names.span(), 0))
    return found


#: Towns joined by hyphens, an axis or a road ("Bukavu-Uvira-Baraka-Kalemie"): with two
#: settlements the gazetteer knows among them, all are places.
_CHAIN_RE = re.compile(r"[A-Z](?<![\w'’-][A-Z])[a-z]+(?:-[A-Z][a-z]+){2,}(?![\w'’-])")
_CHAIN_ITEM_RE = re.compile(r"[A-Z][a-z]+")


def _settlement(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether every candidate of a span is a settlement or a part of one."""
    places = [gazetteer.get(e.place_id) for e in span.entries if e.role == "place"]
    return bool(places) and len(places) == len(span.entries) and all(
        p is not None and p.kind in ("city", "town", "quarter", "district") for p in places)


#: "between X and Y" after a word of a road, a railway or a route in the same sentence
#: ("the railway between Cranberry Portage and Pukatawagan", "the Pacific Highway remains
#: closed in both directions between Coopernook and Glenthorne"): both ends are places.
_ROUTE_PAIR_RE = re.compile(rf"{_CUE_NAME} and {_CUE_NAME}(?![\w'’-])")
_ROUTE_BEFORE_RE = re.compile(r"\b(?:road|roads|highway|railway|railroad|rail|line|route|"
                              r"motorway|freeway|directions|trains?|flights?|buses|"
                              r"[A-Z]{1,3}-?\d{1,4})\b"
                              r"[^.;:!?]*\Z", re.IGNORECASE)
_ROUTE_REACH = 80


def split_cue_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The offsets of the names of a list "X, Y, and Z" between ``start`` and ``end``."""
    names, position = [], start
    for separator in _CUE_SEPARATOR_RE.finditer(text, start, end):
        names.append((position, separator.start()))
        position = separator.end()
    names.append((position, end))
    return [(s, e) for s, e in names if e > s]
