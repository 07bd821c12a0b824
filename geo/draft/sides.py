"""Name the side of each actor: a side of sides.csv by its names and aliases, or a new one.

A side of ``sides.csv`` is known by its id, by the parts of its name ("SDF / YPG
(Kurdish-led)" gives "SDF", "YPG", "Kurdish-led") and by the ``|``-separated ``aliases``
column when the file has one. The side's own names (its id and the parts of its name)
name it anywhere; every other alias, a name ("YPG", "Hezbollah") or common words ("Rebels",
"the army"), names it only in articles about the countries of the story's own places
(``data/places.csv``): "the army" of a Sudanese report is not the Syrian army, nor is
Hezbollah of a Lebanese one the Syrian government's ally. Actors no side matches are
grouped by their acronym or their side-telling words and proposed as new sides.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geo.draft.actors import FORCE_NOUNS, GENERIC_ACTORS, Actor, _identity
from geo.draft.colours import contrasting_colour
from geo.draft.records import ProposedSide
from geo.parse.gazetteer import Gazetteer

_NAME_PARTS = re.compile(r"\s*(?:/|\(|\)|,|\band\b)\s*")
_DETERMINERS = re.compile(r"^(?:the|a|an|some|several|many|its|their|our|thin)\s+", re.I)
#: Generic words that name a country's government side ("the army"), kept out of the
#: keys that group actors, so "the Sudanese military" and "Sudan army" are one side.
#: Kinds of place whose country is a country of the story.
_HOME_KINDS = frozenset({"city", "town", "quarter", "district", "governorate", "site"})
_GENERIC_WORDS = frozenset(w.rstrip("s") if len(w) > 3 else w for w in
                           [*GENERIC_ACTORS, *FORCE_NOUNS, "the", "forces", "proxy"])
_STATE_WORDS = frozenset(["government", "regime", "junta", "military", "army", "authorities"])
#: The words an actor may have besides a generic alias's for the alias to name it at home.
_GOVERNED = _STATE_WORDS | {"rebels", "rebel", "opposition", "coalition"}



@dataclass(frozen=True)
class KnownSide:
    """A side of sides.csv and the alias phrases that name it."""

    id: str
    name: str
    colour: str
    aliases: tuple[str, ...]


#: Endings that turn a country's name into its people's ("Sudan-ese", "Turk-ish", "Turk-ey").
_DEMONYM_ENDINGS = ("ese", "ish", "ian", "ean", "an", "ey", "ia", "i", "a", "e")


def stem(word: str) -> str:
    """A word's key: "Sudanese" and "Sudan" give "sudan", "Turkish" and "Turkey" "turk",
    "Turkish-backed" and "Turkey-backed" "turk-backed"."""
    if word.endswith("-backed"):
        return stem(word[:-len("-backed")]) + "-backed"
    for ending in _DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[:-len(ending)]
            break
    return word[:5]


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.rstrip("s") if len(w) > 3 else w for w in
                 re.findall(r"[a-z0-9-]+", text.lower().replace(".", "")))


#: Words that many armed groups' names share ("National Defence Forces", "Myanmar National
#: Democratic Alliance Army"): an alias of these words alone names no side.
_SHARED_NAME_WORDS = frozenset(stem(w) for w in (
    "national", "popular", "democratic", "people", "peoples", "liberation", "revolutionary",
    "free", "united", "republican", "federal", "regional", "local", "central", "supreme",
    "joint", "general", "patriotic", "front", "new", "union", "independent"))


@dataclass
class SideBook:
    """The sides of a story and the countries its own places lie in."""

    sides: list[KnownSide]
    home_countries: frozenset[str] = frozenset()
    _aliases: list[tuple[str, frozenset[str], frozenset[str], bool, bool]] = field(
        default_factory=list, init=False, repr=False)
    _matches: dict[tuple[tuple[str, ...], str, str], str] = field(
        default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for side in self.sides:
            own = {a.strip() for a in (side.id, side.name, *_NAME_PARTS.split(side.name))}
            for alias in {*own, *side.aliases}:
                alias = alias.strip()
                if not alias or alias.lower() in ("contested",):
                    continue
                generic = set(_words(alias)) <= _GENERIC_WORDS
                identity = tuple(stem(w) for w in _identity(alias))
                if not generic and identity and set(identity) <= _SHARED_NAME_WORDS:
                    continue
                self._aliases.append((side.id, frozenset(identity), frozenset(_words(alias)),
                                      generic, alias in own))

    def get(self, side_id: str) -> KnownSide | None:
        """The side of an id."""
        return next((s for s in self.sides if s.id == side_id), None)

    def match(self, actor: Actor, country: str = "") -> str:
        """The id of the side ``actor`` names, or "" (``country``: the article's own)."""
        key = (actor.identity, actor.text, country)
        if key not in self._matches:
            self._matches[key] = self._match(actor, country)
        return self._matches[key]

    def _match(self, actor: Actor, country: str) -> str:
        at_home = not country or not self.home_countries or country in self.home_countries
        identity = {stem(w) for w in actor.identity}
        words = set(_words(_DETERMINERS.sub("", actor.text)))
        last = stem(actor.identity[-1]) if actor.identity else ""
        head = frozenset({_words(last)[0]}) if last else frozenset()
        governed = not actor.identity or set(actor.identity) <= _GOVERNED
        best: tuple[int, int, str] = (0, 0, "")
        for side_id, alias_identity, alias_words, generic, own in self._aliases:
            if not own and not generic and not at_home:
                continue  # "Hezbollah" is the Syrian government's ally at home, not abroad
            if generic:
                # "Syrian rebels": a generic head names its side at home, whatever else
                headed = bool(head) and alias_words == head
                if not at_home or not (headed or governed) or not alias_words <= words:
                    continue
                score = (len(alias_words) + int(headed), int(headed), side_id)
            else:
                if not alias_identity or not alias_identity <= identity:
                    continue
                # a patron's alias ("Turkish-backed") outranks the proxy's own words
                patron = any(w.endswith("-backed") for w in alias_identity)
                score = (int(patron) * 10 + len(alias_identity), int(last in alias_identity),
                         side_id)
            if score[:2] > best[:2]:
                best = score
        return best[2]


def read_sides(path: Path) -> list[KnownSide]:
    """The sides of a ``sides.csv`` (with its optional ``aliases`` column), read as
    ``warmap check`` reads it (a byte-order mark, Excel's ``sep=,`` line); none if absent.

    Raises
    ------
    InputError
        When the file cannot be read as a table with an ``id`` column.
    """
    from geo.inputs.tables import read_rows

    if not path.is_file():
        return []
    rows, _problems = read_rows(path, ("id",), ("name", "colour", "pattern", "description",
                                                "source", "aliases"))
    return [KnownSide(row["id"], row["name"], row["colour"],
                      tuple(a.strip() for a in row["aliases"].split("|") if a.strip()))
            for row in rows if row["id"]]


def actor_key(actor: Actor) -> str:
    """The key that groups one side's actors: its acronym, else its side-telling words."""
    if actor.acronym:
        return actor.acronym
    words = [stem(w) for w in actor.identity]
    if len(words) > 1:  # a proxy is grouped by its own words, not its patron's
        words = [w for w in words if not w.endswith("-backed")] or words
    if len(words) > 1:
        words = [w for w in words if w not in {stem(s) for s in _STATE_WORDS}] or words
    if words:
        return " ".join(words)
    return f"~{actor.generic}" if actor.generic else ""


_PATRON_PHRASE = re.compile(r",?\s+(?:backed|supported|sponsored|armed|trained)\s+by\b.*$")


def display_name(text: str) -> str:
    """An actor's words without a leading determiner, a patron or a line break ("the RSF"
    -> "RSF", "rebels backed by Turkey" -> "rebels")."""
    return _PATRON_PHRASE.sub("", _DETERMINERS.sub("", " ".join(text.split())))


def slug(text: str) -> str:
    """A side id from a name: lower case, hyphens ("Israeli forces" -> "israeli-forces")."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")[:40] or "side"


def propose_sides(named: Iterable[tuple[str, str]], book: SideBook, source: str
                  ) -> list[ProposedSide]:
    """New side rows for ``(proposed id, name as written)`` pairs, one per id."""
    names: dict[str, Counter[str]] = {}
    for side_id, name in named:
        names.setdefault(side_id, Counter())[name] += 1
    used = [s.colour for s in book.sides if s.colour]
    proposed = []
    for side_id, counter in names.items():
        name = min(counter, key=lambda n: (-counter[n], len(n)))
        colour = contrasting_colour(used)
        used.append(colour)
        proposed.append(ProposedSide(
            side_id, name, colour, "solid",
            "Proposed by warmap draft: named in the article as " +
            "; ".join(f"'{n}'" for n in counter), source, tuple(counter)))
    return proposed


def side_book(data_dir: Path, gazetteer: Gazetteer | None = None) -> SideBook:
    """The sides of ``data_dir/sides.csv``, and the countries of its places (from
    ``gazetteer``, the story's; without one, lower-case aliases apply everywhere)."""
    homes: set[str] = set()
    if gazetteer is not None:
        for place in gazetteer.places.values():
            if place.origin == "local" and place.kind in _HOME_KINDS:
                country = gazetteer.country_of(place.id)
                if country:
                    homes.add(country)
    return SideBook(read_sides(Path(data_dir) / "sides.csv"), frozenset(homes))
