"""The records a draft is made of: claims, their places, proposed sides, and a story's drafts."""

from __future__ import annotations

from dataclasses import dataclass, field

#: The tables a claim drafts a row of, and the kinds of each (as bench/claims/README.md).
TABLE_KINDS: dict[str, tuple[str, ...]] = {
    "control": ("taken", "held", "besieged", "encircled", "contested", "withdrawn"),
    "movement": ("advance", "retreat", "reinforcement", "strike"),
    "event": ("strike", "bombing", "ceasefire", "evacuation", "siege", "deployment", "attack",
              "other"),
}
CERTAINTIES = ("fact", "claimed", "planned", "denied")
PRECISIONS = ("day", "month", "year", "unknown")
ROLES = ("at", "from", "to")


@dataclass(frozen=True)
class ClaimPlace:
    """A place a claim is about, as the geoparser found it.

    ``role`` is ``at`` (a control or an event), ``from`` or ``to`` (the ends of a
    movement). ``start``/``end`` are the mention's offsets in the article; ``place_id`` is
    empty for a name no gazetteer knows. ``lat``/``lon`` are WGS 84 degrees or ``None``;
    ``point_of`` names the place whose point stands in for an unplaced name ("" otherwise).
    """

    role: str
    text: str
    place_id: str
    name: str
    kind: str
    lat: float | None
    lon: float | None
    start: int
    end: int
    point_of: str = ""


@dataclass(frozen=True)
class Claim:
    """One claim of an article: what happened (table, kind), where, when, who, how sure.

    ``start``/``end`` are the offsets of ``quote`` in the article (Python ``str`` offsets).
    ``date`` is ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or empty as ``date_precision`` says.
    ``side`` is the sides.csv name the actor matched, or the actor's words as the text gives
    them; ``side_id`` the matched id or the id proposed for a new side ("" when the text
    names no actor); ``side_text`` the words of the quote's own sentence that name it.
    ``rule`` names the cue and the method that drafted it.
    """

    article: str
    table: str
    kind: str
    start: int
    end: int
    quote: str
    date: str
    date_precision: str
    places: tuple[ClaimPlace, ...]
    side: str
    side_id: str
    side_text: str
    certainty: str
    rule: str
    other_side: str = ""
    bearing_deg: float | None = None
    trigger: tuple[int, int] = (0, 0)
    note: str = ""
    #: Where the date came from: "own" (the quote's sentence), "restated" (a later sentence
    #: restating the claim), "text" (elsewhere), "publication" or "" (none).
    date_from: str = ""
    #: Where the side came from: "actor" (the sentence's words), "context" (the actor the
    #: text last spoke of), "holder" (the place's holder or its opponent) or "".
    side_from: str = ""
    #: Whether its words refer back to an act already told ("The attack on the camp
    #: caused ...") and it names no place of its own: it restates the last such claim.
    refers_back: bool = False
    #: Whether its places only locate a place its words do not name ("captured a town in
    #: central Myanmar"): a later claim of its class that names one replaces it.
    indefinite: bool = False
    #: Whether its places are named in its own clause ("own") or taken from the text
    #: before ("context": an anaphor, the last claim's place).
    places_from: str = ""


@dataclass(frozen=True)
class ProposedSide:
    """A side the articles name and sides.csv lacks, in the columns of ``sides.csv``."""

    id: str
    name: str
    colour: str
    pattern: str
    description: str
    source: str
    names: tuple[str, ...] = ()  # every way the articles name it


@dataclass
class Drafts:
    """The drafts of a story: claims in article order, and the new sides they name."""

    claims: list[Claim] = field(default_factory=list)
    sides: list[ProposedSide] = field(default_factory=list)
