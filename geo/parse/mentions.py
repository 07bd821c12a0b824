"""Records of the geoparser (token spans, mentions, parses) and the words its steps share."""

from __future__ import annotations

from dataclasses import dataclass, field

from geo.parse.gazetteer import Entry, Place

#: Direction words and the direction each names: a name may start with one in lower case
#: ("east-Aleppo"), and one next to a name qualifies it ("north-west Syria").
DIRECTION_WORDS = {
    "north": "north", "northern": "north", "south": "south", "southern": "south",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
    "northeast": "northeast", "northeastern": "northeast", "northwest": "northwest",
    "northwestern": "northwest", "southeast": "southeast", "southeastern": "southeast",
    "southwest": "southwest", "southwestern": "southwest", "central": "central",
}
#: Particles that may stand inside a longer Arabic proper name ("al-Jabha a-Shamiyah").
NAME_PARTICLES = frozenset({"a", "al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "ed",
                             "ez", "es", "er", "bin", "ibn", "abu", "um", "umm"})


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
    #: Why a resolved place may be wrong ("far: 2,345 km from every other place named").
    warning: str = ""
    #: For a country, its capital and the capital's point ("Kyiv 50.45466 30.5238"): the
    #: mention's own point is the country's (inside it); benchmarks and readers may want
    #: either.
    capital: str = ""


@dataclass
class Parse:
    """The mentions of one text and the derived places (regions) they introduced."""

    mentions: list[Mention]
    derived: dict[str, Place] = field(default_factory=dict)
    #: One-word names the gazetteer knows only as small world towns, dropped for want of a
    #: reason in the text ("Marib has seen fighting"): not mentions, but a reader that has
    #: reasons of its own (the drafter's verbs of war) may take them up.
    set_aside: list[Mention] = field(default_factory=list)


@dataclass
class Span:
    """Tokens that may name a place: their gazetteer entries, how they were found, and
    the kind word and directional qualifier resolution reads around them."""

    first: int  # token indices, inclusive
    last: int
    entries: list[Entry]
    fuzzy: bool = False
    cue: bool = False  # a name the gazetteer lacks, announced by a place word
    village: bool = False  # called a village or hamlet ("the village of X", "X village")
    kind_hint: str = ""
    direction: str = ""
    extend_end: int = 0  # character end including a trailing qualifier
    qualifier_start: int = -1  # character start of a leading qualifier ("east-Syria")
    #: Ids of places named right after, that may contain this one ("Seversk, Donetsk
    #: region"), and ids of places that may contain the places named right before.
    containers: frozenset[str] = frozenset()
    contained: frozenset[str] = frozenset()
    #: Spelled, case aside, as a name of ``data/`` of several words or with a digit
    #: ("district 700", "Ibn Sina hospital"): a name the user gave, whatever its case.
    literal: bool = False
    key: frozenset[str] | None = None  # the ids it may name, once computed
