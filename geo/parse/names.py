"""Tokenise text and fold place names to matching keys (transliteration-insensitive).

Two levels of key are used by the gazetteer and the geoparser, computed the same way on
both sides so that a name matches whatever spelling an article uses:

``fold``
    case, diacritics, apostrophes (``'`` ``’`` `````, ``ʿ``), hyphens and spaces, doubled
    letters, Arabic articles (al-/el-/ad-/ash-/ar-/az- ... including fused "Ezzor"), and the
    vowel variants e/i, o/u, ou/u, ee/i, ei/ay/ai, aw/au/u, q/k and a final -ah/-eh.
    ``"Deir Ezzor"``, ``"Deir ez-Zor"``, ``"Dayr az Zawr"`` and ``"Deir al-Zour"`` all give
    ``"dair al zur"``.
``skeleton``
    the folded key with inner vowels removed (``"Karam"`` and ``"Karm"`` give ``"krm"``),
    used only for fuzzy matching restricted to the region an article is about.

Examples
--------
>>> fold_name("Deir ez-Zor") == fold_name("Dayr az Zawr") == fold_name("Deir Ezzor")
True
>>> fold_name("Karam Da`da`"), skeleton_name("Karm al-Daada")
('karam dada', 'krm al dd')
>>> fold_name("Idleb") == fold_name("Idlib")
True
>>> fold_name("Ma’arat al-Nauman") == fold_name("Ma‘arrat an Nu‘mān")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, partial
from itertools import compress, repeat
from operator import add, is_, itemgetter
from typing import NamedTuple

APOSTROPHES = "'`’‘ʿʾʻʼ´"
_APOSTROPHE_CLASS = re.escape(APOSTROPHES)

#: A token: a dotted abbreviation (U.S., U.K.), or letters/digits with inner apostrophes
#: (Da`da`, Sa'id) and an optional closing apostrophe-like mark used for ayn (Da`da`).
#: Group 1 is the token; a possessive "'s" after it is consumed but left out of it.
#: The first character is factored out of both branches (a dotted abbreviation is a
#: letter, a dot and one or more letter-dot pairs), so that the engine skips the text
#: between tokens by that one character class instead of trying each branch there. The
#: abbreviation's branch reads its dot before looking back at the letter (most tokens fail
#: it at once), and the quantifiers are possessive: all that follows each is optional, so
#: the engine never backtracks into them and the matches are the same, without the
#: bookkeeping of backtracking.
TOKEN_RE = re.compile(
    rf"([^\W_](?:\.(?<=[^\W\d_]\.)(?:[^\W\d_]\.)+"
    rf"|[^\W_]*+(?:[{_APOSTROPHE_CLASS}](?![sS]\b)[^\W_]++)*+(?:[`ʿʾ](?![^\W_]))?+))"
    rf"(?:[{_APOSTROPHE_CLASS}][sS]\b)?+"
)
#: Gaps between two tokens that may sit inside one place name.
#: A spaced dash ("Raqqa province – The Syrian Observatory") separates, it does not join.
_NAME_GAP_RE = re.compile(r"[ \t\u00a0]{1,3}|[\-\u2010\u2011\u2012\u2013]{1,3}")
#: An apostrophe before an "s" that goes on into the rest of a name: the ayn of "Ra’s al
#: ‘Ayn" (Ras al-Ain), not a possessive.
_INNER_S_RE = re.compile(rf"(?<=[^\W\d_])[{_APOSTROPHE_CLASS}](?=[sS][\s\-]+\S)")

# Sun letters take the assimilated article (ad-Dana, ash-Sham, ar-Raqqa, az-Zor ...).
_SUN_ARTICLES = {
    "at": "t", "et": "t", "ath": "th", "eth": "th", "ad": "d", "ed": "d", "adh": "dh",
    "ar": "r", "er": "r", "az": "z", "ez": "z", "as": "s", "es": "s", "ash": "sh", "esh": "sh",
    "an": "n", "en": "n", "ud": "d", "ur": "r", "uz": "z", "us": "s", "ush": "sh",
}
_PLAIN_ARTICLES = {"al", "el", "il", "ul"}
_FUSED_ARTICLE_RE = re.compile(r"^[ae](t|d|r|z|s|n)\1(?=[a-z]{2})")

# Ordered vowel and consonant folds; the order matters (ou before o, ei before e ...).
_FOLDS = (
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ai"), ("ey", "ai"), ("ay", "ai"),
    ("aw", "u"), ("au", "u"), ("ow", "u"), ("e", "i"), ("o", "u"), ("q", "k"), ("ck", "k"),
    ("ph", "f"), ("ch", "sh"),
)
_DOUBLE_RE = re.compile(r"(.)\1+")
_FIRST_GROUP = itemgetter(1)  # as a replacement, 4 times faster than the template r"\1"
_DROPPED = {ord(c): None for c in APOSTROPHES + "."}
_FINAL_H_RE = re.compile(r"(?<=[aiu])h$")
_INNER_VOWELS_RE = re.compile(r"(?<=.)[aeiouyw]+|(?<=[aiu])h")

_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_ARABIC_MARKS_RE = re.compile(r"[\u064b-\u065f\u0670\u0640]")
_ARABIC_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                               "ؤ": "و", "ئ": "ي"})


class Token(NamedTuple):
    """A word of a text: its offsets, its original spelling and its folded form.

    A named tuple rather than a dataclass: a text of 1 MB has about 170,000 tokens, and a
    frozen dataclass costs several times more to create.
    """

    start: int
    end: int
    text: str
    folded: str


#: The spelling, start and folded form of every token of the text tokenized last, listed
#: apart on the way (:func:`tokenize`), beside the very list of tokens it returned: the steps
#: of a parse scan those lists in C rather than taking each field from each token. Kept
#: beside a plain list, not on a subclass of list, whose every ``tokens[i]`` would look up a
#: Python-level ``__getitem__`` (three times the cost of a list's, on some 400,000 indexings
#: per MB). The entry holds its list, so no other list can have its id while it lasts; a list
#: of another tokenization (another thread's) has its fields listed again.
_LAST_FIELDS: list[tuple[list[Token], list[str], list[int], list[str]] | None] = [None]


def forget_tokens() -> None:
    """Let the fields of the text tokenized last go (a parse calls it when done, so that
    no text's tokens outlive its parse)."""
    _LAST_FIELDS[0] = None


def _fields_of(tokens: list[Token]
               ) -> tuple[list[Token], list[str], list[int], list[str]] | None:
    entry = _LAST_FIELDS[0]
    return entry if entry is not None and entry[0] is tokens else None


def token_words(tokens: list[Token]) -> list[str]:
    """The ``text`` of each token (the list :func:`tokenize` made; not to be changed)."""
    entry = _fields_of(tokens)
    return entry[1] if entry is not None else list(map(itemgetter(2), tokens))


def token_starts(tokens: list[Token]) -> list[int]:
    """The ``start`` of each token (the list :func:`tokenize` made; not to be changed)."""
    entry = _fields_of(tokens)
    return entry[2] if entry is not None else list(map(itemgetter(0), tokens))


def token_folded(tokens: list[Token]) -> list[str]:
    """The ``folded`` form of each token (the list :func:`tokenize` made; not to be
    changed)."""
    entry = _fields_of(tokens)
    return entry[3] if entry is not None else list(map(itemgetter(3), tokens))


def is_arabic(text: str) -> bool:
    """Whether ``text`` contains Arabic script."""
    return bool(_ARABIC_RE.search(text))


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """Fold one token (no spaces) to its matching form; articles fold to ``"al"``."""
    if _ARABIC_RE.search(token):
        return _ARABIC_MARKS_RE.sub("", token).translate(_ARABIC_FOLDS)
    if token.isascii():
        text = token.lower()
    else:
        text = unicodedata.normalize("NFKD", token)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.translate(_DROPPED)
    if text in _PLAIN_ARTICLES or text in _SUN_ARTICLES:
        return text  # resolved against the next token by fold_tokens
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = _DOUBLE_RE.sub(_FIRST_GROUP, text)
    return _FINAL_H_RE.sub("", text) or text


def fold_tokens(words: list[str]) -> list[str]:
    """Fold a sequence of raw tokens, unifying Arabic articles (al-, ad-, ez- ...) to ``al``.

    An assimilated article (``ez`` in "Deir ez-Zor") counts as an article only before a
    word that starts with its consonant, so English "at", "as" and "an" stay words.
    A fused article ("Ezzor", "Arraqqa") after the first word is split off.

    A word that is no article folds the same wherever it stands after the first, so its
    key is remembered (:data:`_INNER_KEYS`) and most words cost one dictionary look-up.
    """
    inner = _INNER_KEYS
    folded: list[str | None] = list(map(inner.get, words))
    if folded:
        folded[0] = None
    for index in list(compress(range(len(folded)), map(is_, folded, repeat(None)))):
        folded[index] = _fold_at(words, index)
    return folded  # type: ignore[return-value]  # no None is left


#: Words (no article) and their key after a name's first word; emptied past 300,000.
_INNER_KEYS: dict[str, str] = {}


def _fold_at(words: list[str], index: int) -> str:
    """The key of ``words[index]`` in its sequence (see :func:`fold_tokens`)."""
    word = words[index]
    key = fold_token(word)
    if key not in _PLAIN_ARTICLES and key not in _SUN_ARTICLES:
        if index == 0:
            return key
        if len(_INNER_KEYS) >= 300_000:
            _INNER_KEYS.clear()
        inner = _INNER_KEYS[word] = _fold_inner(word)
        return inner
    if not _may_be_article(word, key):
        return key  # "U.S." and "US" before "Secretary" stay the country
    if key in _PLAIN_ARTICLES and index + 1 < len(words):
        return "al"
    if key in _SUN_ARTICLES:
        following = words[index + 1].casefold() if index + 1 < len(words) else ""
        return "al" if following.startswith(_SUN_ARTICLES[key]) else _fold_plain(key)
    return _fold_inner(word) if index > 0 else key


@lru_cache(maxsize=200_000)
def _fold_inner(word: str) -> str:
    """The key of a token after the first one of a name: a fused article ("Ezzor",
    "Arraqqa") is split off; one token may so fold to two words ("al zur")."""
    raw = word.casefold()
    if len(raw) > 3 and raw[1] == raw[2] and _FUSED_ARTICLE_RE.match(raw):
        return "al " + fold_token(raw[2:])
    return fold_token(word)


def _may_be_article(word: str, key: str) -> bool:
    """Whether a token is spelled like an Arabic article: no dots ("U.S."), and an
    assimilated one not in capitals ("US", "AS", "AT" are abbreviations or English)."""
    if key not in _PLAIN_ARTICLES and key not in _SUN_ARTICLES:
        return True  # not an article key at all: fused articles are handled by the caller
    if "." in word:
        return False
    return not (key in _SUN_ARTICLES and len(word) > 1 and word.isupper())


def _fold_plain(word: str) -> str:
    for old, new in _FOLDS:
        word = word.replace(old, new)
    return _DOUBLE_RE.sub(_FIRST_GROUP, word)


def split_name(name: str) -> list[str]:
    """The raw tokens of a name, possessive endings dropped."""
    return TOKEN_RE.findall(name)  # group 1: the token without its possessive


def fold_name(name: str) -> str:
    """The folded key of a whole name: folded tokens joined by single spaces."""
    if name.isascii() and name.isalpha():  # one plain word: the common case, made short
        key = fold_token(name)
        if key not in _PLAIN_ARTICLES and key not in _SUN_ARTICLES:
            return key
    return " ".join(fold_tokens(split_name(name)))


@lru_cache(maxsize=100_000)
def skeleton_key(folded: str) -> str:
    """The consonant skeleton of an already folded key (first letter of each word kept)."""
    return " ".join(word if word == "al" else _INNER_VOWELS_RE.sub("", word)
                    for word in folded.split(" "))


def skeleton_name(name: str) -> str:
    """The consonant skeleton of a name (``"Karm al-Daada"`` gives ``"krm al dd"``)."""
    return skeleton_key(fold_name(name))


def name_variants(name: str) -> set[str]:
    """Folded keys under which a gazetteer name is indexed.

    The name itself, and the name without its articles, so that "Ar Raqqah" is found as
    "Raqqa" and "Bab al-Maqam" as "Bab Maqam". A name that is only an article plus one
    word keeps both forms ("al-Bab" is indexed as "al bab" and "bab"). An apostrophe
    before an inner "s" is also dropped: "Ra’s al ‘Ayn" is found as "Ras al Ain".

    >>> fold_name("Ras al Ain") in name_variants("Ra’s al ‘Ayn")
    True
    """
    folded = fold_name(name)
    if not folded:
        return set()
    if " " not in folded and name.isascii() and name.isalpha():
        return {folded}  # one plain word has no article or inner "s" to vary
    variants = {folded}
    if _INNER_S_RE.search(name):  # "Ra’s al ‘Ayn" is also spelled "Ras al Ain"
        variants |= name_variants(_INNER_S_RE.sub("", name))
    words = folded.split(" ")
    stripped = [w for w in words if w != "al"]
    if stripped and stripped != words:
        variants.add(" ".join(stripped))
    # Arabic script writes the article fused: index "الرقة" also as "رقة".
    for variant in list(variants):
        if variant.startswith("ال") and len(variant) > 4:
            variants.add(variant[2:])
    return variants


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets and folded forms.

    Offsets are Python ``str`` indices into ``text``. A possessive "'s" is left out of the
    token ("Syria's" gives "Syria").
    """
    # Built with map() over C functions rather than a loop (170,000 tokens per MB); group
    # 1 opens each match, so a token starts where its match does.
    matches = list(TOKEN_RE.finditer(text))
    words = list(map(re.Match.group, matches, repeat(1)))
    starts = list(map(re.Match.start, matches))
    folded = fold_tokens(words) if words else []
    make = partial(tuple.__new__, Token)  # skips the named tuple's Python-level __new__
    ends = map(add, starts, map(len, words))
    tokens = list(map(make, zip(starts, ends, words, folded, strict=True)))
    _LAST_FIELDS[0] = (tokens, words, starts, folded)
    return tokens


def joinable(text: str, left: Token, right: Token) -> bool:
    """Whether two consecutive tokens may belong to one place name (no punctuation between)."""
    gap = text[left.end:right.start]
    return gap == " " or joining_gap(gap)


def joining_gap(gap: str) -> bool:
    """Whether the characters between two tokens may stand inside one place name (a
    space or two, a hyphen); memoised, as a text has few distinct gaps."""
    joins = _JOINING_GAPS.get(gap)
    if joins is None:
        joins = bool(_NAME_GAP_RE.fullmatch(gap))
        if len(_JOINING_GAPS) < 10_000:
            _JOINING_GAPS[gap] = joins
    return joins


_JOINING_GAPS: dict[str, bool] = {}


@lru_cache(maxsize=100_000)
def spelling(name: str) -> str:
    """A name as spelled, case, diacritics, punctuation and "St"/"Saint" aside (no folding
    of transliterations: "Shika" is not "Chīka"); memoised, as the same names and
    candidates' names come back in every text."""
    words = unicodedata.normalize("NFKD", name).casefold().split()
    plain = ("".join(ch for ch in word if ch.isalnum() and not unicodedata.combining(ch))
             for word in words)
    return " ".join(SAINT_SPELLINGS.get(word, word) for word in plain)


SAINT_SPELLINGS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
