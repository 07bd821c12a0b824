"""How a text treats a word: as a name (capitalised inside a sentence) or as a place
(after a preposition of place, before a place word), read from the text around it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from operator import itemgetter

from geo.parse.names import Token, token_starts, token_words

_NEWLINE_RE = re.compile("\n")
_DIRECTIONS = frozenset({"north", "northern", "south", "southern", "east", "eastern", "west",
                         "western", "central", "northeast", "northwest", "southeast",
                         "southwest", "northeastern", "northwestern", "southeastern",
                         "southwestern"})
#: How many tokens back a list of names announced by a place word may reach.
_LIST_REACH = 40
#: What ends a sentence or opens a quotation or a heading between two tokens.
_BOUNDARY_RE = re.compile(r"[.!?:;\n\"“”«»()\[\]|•–—]")
#: Words before a name that make it a place ("in Soledar", "entered Kherson").
PLACE_PREPOSITIONS = frozenset({
    "in", "near", "into", "outside", "around", "towards", "toward", "across", "through",
    "via", "within", "inside", "throughout", "nearby", "entered", "reached", "captured",
    "liberated", "seized", "shelled", "besieged", "retook", "recaptured", "encircled",
    "bombarded", "evacuated", "occupied", "took", "taken", "retaken", "stormed", "overran",
    "surrounded", "fled"})
#: Words that stand before places but also before people ("a letter from X", "said to X").
WEAK_PREPOSITIONS = frozenset({"at", "from", "to", "between", "visited", "hit", "struck"})
#: Words that make a name before them a place's ("Patos Lagoon", "Jasper National Park").
FEATURE_WORDS = frozenset({
    "lagoon", "lake", "river", "bay", "sea", "gulf", "strait", "mountains", "mountain",
    "hills", "hill", "valley", "island", "islands", "peninsula", "coast", "plateau", "desert",
    "airport", "airbase", "stadium", "park", "national", "dam", "bridge", "canal", "harbour",
    "harbor", "port", "beach", "forest", "heights", "plain", "basin", "delta", "springs",
    "falls", "county", "province", "state", "region", "oblast", "district", "city"})
#: Titles before a person's name ("Gov. Brian Kemp", "President Zelensky").
PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "gov", "governor", "sen", "senator", "rep",
    "president", "minister", "premier", "mayor", "gen", "general", "col", "colonel", "lt",
    "capt", "captain", "maj", "major", "sgt", "brig", "adm", "admiral", "commander", "chief",
    "spokesman", "spokeswoman", "spokesperson", "sheikh", "imam", "king", "queen", "prince",
    "princess", "pope", "judge", "justice", "secretary", "chancellor", "ambassador",
    "director", "coach", "st"})
#: Capitalised by convention, never a place on their own ("Monday", "March", "May").
CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun"})
#: "north of", "outskirts of": a place follows.
PLACE_OF_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "outskirts", "centre", "center", "city", "town", "village", "province", "region",
    "cities", "towns", "villages", "provinces", "regions", "districts", "hamlets",
    "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "quarter", "quarters",
    "suburb", "settlement", "settlements", "countryside",
    "state", "district", "county", "suburbs", "residents", "people", "mayor", "governor",
    "capital", "port", "heart", "edge", "part", "parts", "area", "areas", "governorate",
    "oblast", "prefecture", "islands", "island", "coast", "shores", "streets", "battle",
    "siege", "fall", "liberation", "occupation", "capture", "recapture", "defence",
    "defense", "direction", "approaches"})
#: Words after a name that make it a place ("Kherson region", "Effingham counties").
PLACE_AFTER_WORDS = frozenset({
    "city", "town", "village", "region", "province", "state", "oblast", "county", "counties",
    "district", "districts", "prefecture", "governorate", "area", "coast", "border",
    "municipality", "township", "raion", "krai", "island", "peninsula", "valley",
    "countryside", "outskirts", "suburb", "suburbs", "neighbourhood", "neighborhood",
    "airport", "port", "front", "axis", "sector", "direction", "residents", "mayor",
    "authorities", "council", "police", "hospital", "camp", "area's"})


@dataclass
class TextCasing:
    """Per-token facts of one text: where sentences and title-case lines start."""

    text: str
    tokens: list[Token]
    _newlines: list[int] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _title_lines: dict[int, bool] = field(default_factory=dict)  # line -> a heading, as read
    _lower_words: set[str] | None = None

    def __post_init__(self) -> None:
        self._newlines = [m.start() for m in _NEWLINE_RE.finditer(self.text)]
        self._starts = token_starts(self.tokens)

    def _title_line(self, line: int) -> bool:
        """Whether a line's words of four letters or more are at least three, three in
        four of them capitalised (read once per line, when first asked)."""
        newlines, starts = self._newlines, self._starts
        low = bisect.bisect_right(starts, newlines[line - 1]) if line > 0 else 0
        high = bisect.bisect_left(starts, newlines[line]) if line < len(newlines) \
            else len(starts)
        long = [word for word in map(itemgetter(2), self.tokens[low:high])
                if len(word) > 3 and word[0].isalpha()]
        words = len(long)
        capitalised = sum(map(str.isupper, map(itemgetter(0), long)))
        title = self._title_lines[line] = words >= 3 and capitalised >= 0.75 * words
        return title

    def in_byline(self, index: int) -> bool:
        """Whether a token stands in a byline ("By Orhan Coskun and Tom Perry")."""
        # The line's bounds by bisection, and its text copied only for a short line
        # that starts so: a paragraph is one line.
        newlines, start = self._newlines, self.tokens[index].start
        line = bisect.bisect_left(newlines, start)
        line_start = newlines[line - 1] + 1 if line > 0 else 0
        line_end = newlines[line] if line < len(newlines) else len(self.text)
        return line_end - line_start <= 80 and self.text.startswith("By ", line_start) and \
            "." not in self.text[line_start:line_end - 1]

    def after_title(self, index: int) -> bool:
        """Whether a title stands right before a token ("Gov. Kemp", "President Putin")."""
        if index == 0:
            return False
        gap = self.text[self.tokens[index - 1].end:self.tokens[index].start]
        return gap in (" ", ". ") and self.tokens[index - 1].text.lower() in PERSON_TITLES

    def written_lower(self, word: str) -> bool:
        """Whether the text also writes a word in lower case ("a tsunami warning")."""
        if self._lower_words is None:
            self._lower_words = set(filter(str.islower, token_words(self.tokens)))
        return word.lower() in self._lower_words

    def sentence_initial(self, index: int) -> bool:
        """Whether a token starts a sentence, a line, a quotation or a heading."""
        if index == 0:
            return True
        start, end = self.tokens[index - 1].end, self.tokens[index].start
        if end - start == 1 and self.text[start] == " ":
            return False
        return bool(_BOUNDARY_RE.search(self.text, start, end))

    def in_title_line(self, index: int) -> bool:
        """Whether a token stands in a line of title-case words (a heading)."""
        line = bisect.bisect_left(self._newlines, self.tokens[index].start)
        title = self._title_lines.get(line)
        return self._title_line(line) if title is None else title

    def used_as_name(self, index: int) -> bool:
        """Capitalised inside a sentence of ordinary case: the text treats it as a name."""
        token = self.tokens[index]
        return token.text[:1].isupper() and not token.text.isupper() and \
            not self.sentence_initial(index) and not self.in_title_line(index)

    def placed_before(self, first: int, weak: bool = False) -> bool:
        """Whether a preposition of place ("in", "near"; with ``weak`` also "from", "to")
        or "north of" stands before a name."""
        if first > 0 and self.tokens[first - 1].text.lower() in _DIRECTIONS and \
                not self.sentence_initial(first):
            first -= 1  # "the area of Western Qalamoun"
        if first == 0 or self.sentence_initial(first):
            return False
        word = self.tokens[first - 1].text.lower()
        if word in PLACE_PREPOSITIONS or (weak and word in WEAK_PREPOSITIONS):
            return True
        return word == "of" and first >= 2 and \
            self.tokens[first - 2].text.lower() in PLACE_OF_WORDS

    def in_announced_list(self, first: int) -> bool:
        """Whether a name stands in a list that a place word opens ("the villages of
        Nesriyya, Dukkan, Iskan and Juqali"): back over names and separators to "of"."""
        index = first - 1
        for _ in range(_LIST_REACH):
            if index < 1:
                return False
            token = self.tokens[index]
            gap = self.text[token.end:self.tokens[index + 1].start]
            if token.text == "of" and gap == " ":
                return self.tokens[index - 1].text.lower() in PLACE_OF_WORDS
            if gap not in (" ", ", ", "-") or not (token.text[:1].isupper() or
                                                  token.text in ("and", "al", "el")):
                return False
            index -= 1
        return False

    def placed_after(self, last: int) -> bool:
        """Whether a place word ("region", "county") follows a name."""
        if last + 1 >= len(self.tokens):
            return False
        gap = self.text[self.tokens[last].end:self.tokens[last + 1].start]
        return gap in (" ", "-") and self.tokens[last + 1].text.lower() in PLACE_AFTER_WORDS
