"""What the drafter knows of one article while it reads it: its places, actors and sides,
dates, and the context (the last side and places named) that pronouns and passives use."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from geo.draft.actors import _STATE_VERBS, GENERIC_ACTORS, Actor, _identity, find_actors
from geo.draft.dating import Dater
from geo.draft.segment import sentences
from geo.draft.sides import SideBook, actor_key, display_name, slug, stem
from geo.draft.unplaced import (
    drop_foreign_guesses,
    repeated_unresolved,
    resolve_unplaced,
    story_countries,
    unplaced_names,
)
from geo.parse.gazetteer import Gazetteer
from geo.parse.geoparse import Mention, geoparse


@dataclass
class ArticleContext:
    """One article as the drafter reads it."""

    name: str
    text: str
    published: dt.date
    mentions: list[Mention]
    actors: list[Actor]
    sides: dict[int, tuple[str, str]]  # actor start -> (side id, side name)
    proposed: dict[str, str]  # proposed side id -> the name it is proposed under
    dater: Dater
    country: str
    #: The side and places the text last spoke of (for "they", passives, "the city").
    topic: tuple[str, str, str] | None = None  # (side id, side name, side text)
    recent_places: list[Mention] = field(default_factory=list)
    claimed_places: list[list[Mention]] = field(default_factory=list)  # claims' places
    last_claim_sentence: int = -10
    #: The side last known to hold each place (place key -> side id), as the text goes.
    holders: dict[str, str] = field(default_factory=dict)
    #: Sides by how often the article names them, most named first.
    side_counts: Counter[str] = field(default_factory=Counter)

    def side_of(self, actor: Actor) -> tuple[str, str]:
        """(side id, side name) of a non-pronoun actor."""
        return self.sides.get(actor.start, ("", ""))

    def opponent(self, side_id: str) -> tuple[str, str] | None:
        """The side the article most often names other than ``side_id`` (its opponent)."""
        for other, _count in self.side_counts.most_common():
            if other != side_id:
                return other, self.side_names.get(other, other)
        return None

    @property
    def side_names(self) -> dict[str, str]:
        return dict(self.sides.values())


def story_country(mentions: list[Mention], gazetteer: Gazetteer) -> str:
    """The country most of an article's placed mentions lie in ("" when none)."""
    counts = Counter(gazetteer.country_of(m.place_id) for m in mentions if m.place_id)
    counts.pop("", None)
    return counts.most_common(1)[0][0] if counts else ""


class _Keys:
    """Union-find over actor keys (acronyms and their expansions are one side)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, first: str, second: str) -> None:
        self.parent[self.find(second)] = self.find(first)


def _join_generic_heads(keys: _Keys, pending: list[tuple[Actor, str]]) -> None:
    """"The coalition" is "the Arab coalition" when that is the only named actor the
    article calls so (and "the army" the only named army)."""
    heads: dict[str, set[str]] = {}
    for actor, key in pending:
        if re.search(r"['’]s\b", actor.text):  # "al Shabaab's military": the group's own
            continue
        last = actor.text.lower().split()[-1] if actor.text.split() else ""
        generic = GENERIC_ACTORS.get(last, "")
        if generic and not actor.generic:
            heads.setdefault(f"~{generic}", set()).add(keys.find(key))
    for generic, named in heads.items():
        if len(named) == 1 and generic in keys.parent:
            keys.union(next(iter(named)), generic)


def _own_words(name: str) -> tuple[str, ...]:
    """The side-telling words of a name but its opponent's ("anti-jihadist operations" tells
    no side of its own)."""
    return tuple(w for w in _identity(name) if not w.startswith("anti-"))


def resolve_sides(actors: list[Actor], book: SideBook, country: str, country_name: str
                  ) -> tuple[dict[int, tuple[str, str]], dict[str, str]]:
    """The side of every non-pronoun actor, and the new sides proposed (id -> name)."""
    sides: dict[int, tuple[str, str]] = {}
    keys, pending = _Keys(), []
    for actor in actors:
        if actor.pronoun:
            continue
        side_id = book.match(actor, country)
        known = book.get(side_id) if side_id else None
        if known is not None:
            sides[actor.start] = (known.id, known.name)
            continue
        key = actor_key(actor)
        if not key:
            continue
        keys.find(key)
        if actor.acronym and len(actor.identity) > 1:
            keys.union(actor.acronym, " ".join(stem(w) for w in actor.identity
                                               if w != actor.acronym))
        pending.append((actor, key))
    home = stem(country_name.lower()) if country_name else ""
    if home and home in keys.parent:
        keys.union(home, "~government")
    _join_generic_heads(keys, pending)
    names: dict[str, Counter[str]] = {}
    for actor, key in pending:
        names.setdefault(keys.find(key), Counter())[display_name(actor.text)] += 1
    proposed: dict[str, str] = {}
    for actor, key in pending:
        counts = names[keys.find(key)]
        # a name with words of its own ("Israeli military", not "Military"), the most used,
        # of equals a proper one ("Arab coalition", not "coalition")
        name = min(counts, key=lambda n: (not _own_words(n), "anti-" in n.lower(), -counts[n],
                                          n == n.lower(), len(n)))
        side_id = slug(name)
        if book.get(side_id) is not None:  # "Rebels" of another war is not sides.csv's
            side_id = f"{side_id}-{country.lower() or 'new'}"
        proposed[side_id] = name
        sides[actor.start] = (side_id, name)
    return sides, proposed


def read_article(name: str, text: str, published: dt.date, gazetteer: Gazetteer,
                 book: SideBook) -> ArticleContext:
    """Geoparse, date and find the actors of one article."""
    parse = geoparse(text, gazetteer)
    # names the geoparser set aside for want of a reason: the claims' verbs of war are one
    toponyms = sorted((m for m in [*parse.mentions, *parse.set_aside] if m.cls == "toponym"),
                      key=lambda m: m.start)
    toponyms = without_people(text, toponyms)
    country = story_country(toponyms, gazetteer)
    country_place = next((gazetteer.get(m.place_id) for m in toponyms if m.place_id and
                          m.kind == "country" and gazetteer.country_of(m.place_id) == country),
                         None)
    actors = join_patrons(text, sorted(find_actors(text) + country_actors(text, toponyms),
                                       key=lambda a: a.start))
    sides, proposed = resolve_sides(actors, book, country,
                                    country_place.name if country_place else "")
    toponyms = [m for m in toponyms if not _BASED.match(text, m.end) and
                not _is_dateline(text, m) and m.kind != "continent"]
    toponyms = drop_foreign_guesses(toponyms, gazetteer)
    others = [m for m in parse.mentions if m.cls != "toponym"]  # demonyms, organisations
    toponyms = sorted(toponyms + unplaced_names(text, toponyms + others, actors),
                      key=lambda m: m.start)
    toponyms = repeated_unresolved(text, toponyms, actors)
    toponyms = resolve_unplaced(toponyms, gazetteer, story_countries(toponyms, gazetteer))
    toponyms = [m for m in toponyms if m.place_id or not _part_of_a_name(text, m)]
    headlines = [(s.start, s.end) for s in sentences(text) if s.headline]
    actors = sorted(actors, key=lambda a: a.start)  # text order: roles.actors_in bisects
    context = ArticleContext(name, text, published, toponyms, actors, sides, proposed,
                             Dater(text, published, headlines), country)
    context.side_counts = Counter(side_id for side_id, _name in sides.values() if side_id)
    return context


_SPEAKS = re.compile(r"\s+(?:said|says|added|told|wrote|announced|claimed|tweeted|"
                     r"explained|stated|noted|insisted)\b|,\s+(?:a|the|an)?\s*(?:\w+\s+)?"
                     r"(?:spokes(?:man|woman|person)|commander|official|minister|leader|"
                     r"director|governor|mayor|resident|founder|chief)\b")
_TITLED = re.compile(r"\b(?:spokes(?:man|woman|person)|commander|minister|general|gen\.|"
                     r"colonel|col\.|major|maj\.|captain|capt\.|president|governor|mayor|"
                     r"director|chief|leader|envoy|founder)\s+(?:[A-Z][\w’'-]+\s+){0,2}$")
_BASED = re.compile(r"[-\u2010](?:based|born|made)\b")
_COUNTRY_ACTS = re.compile(rf"\s+(?:{_STATE_VERBS})\b")
_COUNTRY_AGENT = re.compile(r"\b(?:by|with|backed\s+by|supported\s+by|sponsored\s+by)\s+"
                            r"(?:the\s+)?$")
#: "accused Russia of shelling": the country accused is the doer of the act.
_COUNTRY_ACCUSED = re.compile(r"\b(?:accus|blam|charg)(?:e|ed|es|ing)\s+$", re.I)
_ACCUSED_OF = re.compile(r"\s+(?:of|for)\s+(?:\w+ly\s+)?[\w-]+ing\b")
_PATRON_LINK = re.compile(r"^,?\s+(?:backed|supported|sponsored|armed|trained)\s+by\s+"
                          r"(?:the\s+)?$")


#: What makes an unresolved name a piece of a longer name that is no place's: a designation
#: ("Mi-35", "F-16"), a capitalised word before it ("Radio Free Asia", "Movement-North"),
#: "of" and a name after it ("the Horn of Africa"), or "known as" before it (an acronym:
#: "The Malian Armed Forces, known locally as FAMA").
_DESIGNATION_AFTER = re.compile(r"[-\u2010]\d")
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)(?-i:[A-Z])[\w’'-]*[a-z][\s-]$")
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?-i:[A-Z])")
_KNOWN_AS = re.compile(r"\bknown\s+(?:\w+\s+)?as\s+(?:the\s+)?$", re.I)


#: An outlet's code in a dateline's parentheses ("Mogadishu (HOL) -").
_IN_PARENTHESES = re.compile(r"\(\s*$")
#: A sentence's first word before a lower-case word ("Grim footage circulating").
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)$")
_LOWER_AFTER = re.compile(r"\s+(?-i:[a-z])")


def _part_of_a_name(text: str, mention: Mention) -> bool:
    """Whether an unresolved name is part of a longer name (:data:`_DESIGNATION_AFTER`), an
    outlet's code in parentheses, or a common word opening a sentence: no place."""
    from geo.draft.unplaced import COMMON_WORD_ZIPF, _common

    line = max(text.rfind("\n", 0, mention.start) + 1, mention.start - 40)
    if _DESIGNATION_AFTER.match(text, mention.end) or \
            _NAME_BEFORE.search(text, line, mention.start) or \
            _OF_NAME_AFTER.match(text, mention.end) or \
            _KNOWN_AS.search(text, max(0, mention.start - 30), mention.start):
        return True
    if mention.text.isupper() and _IN_PARENTHESES.search(text, max(0, mention.start - 3),
                                                         mention.start):
        return True
    return " " not in mention.text and bool(
        _OPENS_SENTENCE.search(text, max(0, mention.start - 3), mention.start) and
        _LOWER_AFTER.match(text, mention.end) and _common(mention.text, COMMON_WORD_ZIPF))


#: An outlet's code in parentheses and a dash after a line's first name ("Mogadishu (HOL) -").
_OUTLET_DASH = re.compile(r"\s*\((?-i:[A-Z])[\w .]{1,20}\)\s*[-–—:]")


def _is_dateline(text: str, mention: Mention) -> bool:
    """Whether a mention is a dateline's place ("BEIRUT (Reuters) -", "AMMAN:", "Mogadishu
    (HOL) -")."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    if text[line_start:mention.start].strip(" /,"):
        return False
    return (mention.text.isupper() and len(mention.text) > 2) or \
        bool(_OUTLET_DASH.match(text, mention.end))


def without_people(text: str, toponyms: list[Mention]) -> list[Mention]:
    """The toponyms less the names the text gives people ("Reda added", "spokesman Getachew
    Reda"): every mention of a name that somewhere speaks or bears a title is a person."""
    people = {m.text for m in toponyms if m.kind != "country" and (
        _SPEAKS.match(text, m.end) or _TITLED.search(text, max(0, m.start - 60), m.start))}
    return [m for m in toponyms if m.text not in people]


def country_actors(text: str, toponyms: list[Mention]) -> list[Actor]:
    """Countries named as actors: the subject of a verb ("Israel says", "Turkey launched") or
    an agent ("backed by Turkey", "a deal with Turkey"); elsewhere a country is a place."""
    actors = []
    for mention in toponyms:
        if mention.kind != "country" or not mention.place_id or "~" in mention.place_id:
            continue
        if _COUNTRY_ACTS.match(text, mention.end) or \
                _COUNTRY_AGENT.search(text, max(0, mention.start - 30), mention.start) or \
                (_ACCUSED_OF.match(text, mention.end) and
                 _COUNTRY_ACCUSED.search(text, max(0, mention.start - 30), mention.start)):
            actors.append(Actor(mention.start, mention.end, mention.text,
                                _identity(mention.name or mention.text)))
    return actors


def join_patrons(text: str, actors: list[Actor]) -> list[Actor]:
    """"Syrian rebels backed by Turkey" is one actor, a proxy: its patron's name joins its
    side-telling words as "turkey-backed", and the patron is no actor of its own."""
    joined: list[Actor] = []
    for actor in actors:
        previous = joined[-1] if joined else None
        if previous is not None and not previous.pronoun and not actor.pronoun and \
                actor.identity and _PATRON_LINK.match(text[previous.end:actor.start]):
            patrons = tuple(f"{word.lower()}-backed" for word in actor.identity)
            joined[-1] = Actor(previous.start, actor.end, text[previous.start:actor.end],
                               previous.identity + patrons, previous.acronym,
                               generic=previous.generic)
            continue
        joined.append(actor)
    return joined
