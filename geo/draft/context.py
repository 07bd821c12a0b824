"""What the drafter knows of one article while it reads it: its places, actors and sides,
dates, and the context (the last side and places named) that pronouns and passives use."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from geo.draft.actors import Actor, find_actors
from geo.draft.dating import Dater
from geo.draft.segment import sentences
from geo.draft.sides import SideBook, _stem, actor_key, display_name, slug
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
    last_claim_sentence: int = -10

    def side_of(self, actor: Actor) -> tuple[str, str]:
        """(side id, side name) of a non-pronoun actor."""
        return self.sides.get(actor.start, ("", ""))


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
            keys.union(actor.acronym, " ".join(_stem(w) for w in actor.identity
                                               if w != actor.acronym))
        pending.append((actor, key))
    home = _stem(country_name.lower()) if country_name else ""
    if home and home in keys.parent:
        keys.union(home, "~government")
    names: dict[str, Counter[str]] = {}
    for actor, key in pending:
        names.setdefault(keys.find(key), Counter())[display_name(actor.text)] += 1
    proposed: dict[str, str] = {}
    for actor, key in pending:
        counts = names[keys.find(key)]
        name = min(counts, key=lambda n: (-counts[n], len(n)))
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
    toponyms = sorted((m for m in parse.mentions if m.cls == "toponym"), key=lambda m: m.start)
    country = story_country(toponyms, gazetteer)
    country_place = next((gazetteer.get(m.place_id) for m in toponyms if m.place_id and
                          m.kind == "country" and gazetteer.country_of(m.place_id) == country),
                         None)
    actors = find_actors(text) + country_actors(text, toponyms)
    actors.sort(key=lambda a: a.start)
    sides, proposed = resolve_sides(actors, book, country,
                                    country_place.name if country_place else "")
    headlines = [(s.start, s.end) for s in sentences(text) if s.headline]
    return ArticleContext(name, text, published, toponyms, actors, sides, proposed,
                          Dater(text, published, headlines), country)


_SPEAKS = re.compile(r"^\s+(?:said|says|added|told|wrote|announced|claimed|tweeted)\b")


def country_actors(text: str, toponyms: list[Mention]) -> list[Actor]:
    """Countries named as actors ("a deal was found with Turkey", "Israel says"), and the
    toponyms that are people who speak ("Reda added"), which are no places."""
    actors = []
    for mention in toponyms:
        speaks = _SPEAKS.match(text, mention.end)
        if (mention.kind == "country" and mention.place_id and "~" not in mention.place_id) or \
                (speaks and mention.kind != "country"):
            actors.append(Actor(mention.start, mention.end, mention.text,
                                (mention.name or mention.text,) if not speaks else (),
                                pronoun=bool(speaks)))
    return actors
