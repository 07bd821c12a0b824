"""Places the geoparser leaves out or leaves unresolved, found and placed by the drafter.

* :func:`unplaced_names`: names the text itself announces as places: after a place word
  or a preposition of place ("the community of Boulikessi", "another army camp in
  Mondoro"), or before a place noun ("the Al-Mashjaj front", "the Zawiyat Addahmani area",
  "Al-Aqsa Hospital", "Al-Hamad Street"); a name announced once is a place wherever the
  text writes it ("seize Lalengpi's junta outpost" after "an outpost in Lalengpi").
* :func:`resolve_unplaced`: such a name, or a toponym the geoparser found but did not
  resolve, that the gazetteer knows by exactly that name in one of the story's countries
  gets that place ("near the city of Guasave" in a Mexican story).
* :func:`drop_foreign_guesses`: a toponym resolved to a place of another name in a country
  the story is not about ("South Kivu" read as "South Kyiv" in a Congolese story) is
  unresolved again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from difflib import SequenceMatcher

from geo.draft.actors import Actor
from geo.parse.gazetteer import Gazetteer
from geo.parse.geoparse import Mention

_NAME_WORD = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|Al|El)[-\s])?[A-Z][a-z’'`]+(?:-[A-Z]?[a-z’'`]+)?"
_NAME = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}"
#: A name a place word or a preposition of place announces: "the community of Boulikessi",
#: "another army camp in Mondoro".
_ANNOUNCED = re.compile(
    rf"\b(?:(?:town|towns|village|villages|city|community|communities|district|locality|camp|"
    rf"area|settlement|hamlet|neighbou?rhood|township|province|region|state)\s+of\s+|"
    rf"(?:in|into|at|near|towards?|outside|around|inside|within|between)\s+(?:the\s+)?)"
    rf"(?P<name>{_NAME})(?![\w’'-])")
#: Nouns after a name that make it a facility's, whose name they are part of
#: ("Al-Aqsa Hospital"), or an area's, whose name they follow ("the Al-Mashjaj front").
_FACILITY_HEADS = (r"Hospital|Medical\s+Complex|Medical\s+Cent(?:er|re)|Street|Road|Square|"
                   r"Roundabout|Airport|Air\s+Base|Airbase|Camp|Prison|Mosque|Bridge|Dam|Port|"
                   r"Strip")
_AREA_HEADS = (r"front|area|district|region|province|governorate|township|oblast|state|"
               r"neighbou?rhood|quarter|axis|sector")
#: The kind of place an area's head word makes its name.
_HEAD_KINDS = {"region": "region", "province": "region", "governorate": "governorate",
               "oblast": "region", "state": "region", "district": "district",
               "township": "district", "neighbourhood": "quarter", "neighborhood": "quarter",
               "quarter": "quarter"}
_DIRECTION = r"(?:[Ll]ower|[Uu]pper|[Mm]iddle|[Cc]entral|[Nn]orth(?:ern)?|[Ss]outh(?:ern)?|" \
             r"[Ee]ast(?:ern)?|[Ww]est(?:ern)?)\s"
_HEADED = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME}\s(?:{_FACILITY_HEADS}))(?![\w’'-])|"
                     rf"(?<![\w’'-])(?P<area>(?:{_DIRECTION})?{_NAME})\s(?P<head>{_AREA_HEADS})\b")
#: A people's adjective before a noun ("the Libyan capital", "Somali troops") is no name.
_DEMONYM = re.compile(r"\w+(?:an|ese|ish)\s+(?!(?:with|in|on|at|near|and|or|to|from|of|after|"
                      r"before|last|this|since|by|for|as|which|where|that|was|were|is)\b)[a-z]")
_NOT_A_NAME_AFTER = re.compile(r"['’]s\s+(?:forces|troops|army|military|government)\b|"
                               r"\s+(?:forces|troops|army|military|government|said|officials?|"
                               r"authorities|media|police|fighters|militants|rebels)\b")
#: A name made only of words this common in English (Zipf scale, wordfreq's small list) is
#: no village's name.
COMMON_WORD_ZIPF = 3.5
#: The same for a name a place noun follows or ends with ("Gaza Strip", "the Amhara region"):
#: the noun says it is a place's.
HEADED_ZIPF = 4.5
_HEAD_WORDS = frozenset({"hospital", "medical", "complex", "center", "centre", "street", "road",
                         "square", "roundabout", "airport", "air", "base", "airbase", "camp",
                         "prison", "mosque", "bridge", "dam", "port", "strip"})
#: Place nouns that are no name's words ("the Gaza Strip" keeps "Strip" only as a facility).
_STOP_WORDS = frozenset({"the", "and", "of", "al", "el", "city", "town", "village"})


def _fold(name: str) -> str:
    name = "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _common(name: str, zipf: float) -> bool:
    from wordfreq import zipf_frequency

    words = [w for w in re.findall(r"[A-Za-z]+", name) if len(w) > 2 and
             w.lower() not in _HEAD_WORDS]
    return not words or all(zipf_frequency(w.lower(), "en", wordlist="small") >= zipf
                            for w in words)


def _announced(text: str) -> Iterable[tuple[int, int, str, str]]:
    """(start, end, name, kind) of each name the text announces as a place's."""
    for match in _ANNOUNCED.finditer(text):
        yield match.start("name"), match.end("name"), match.group("name"), ""
    for match in _HEADED.finditer(text):
        if match.group("name"):
            kind = "region" if match.group("name").endswith("Strip") else "site"
            yield match.start("name"), match.end("name"), match.group("name"), kind
        else:
            yield (match.start("area"), match.end("area"), match.group("area"),
                   _HEAD_KINDS.get(match.group("head").lower(), ""))


def unplaced_names(text: str, toponyms: list[Mention], actors: list[Actor]) -> list[Mention]:
    """Names no gazetteer found that the text announces as places (see the module), at
    every place the text writes them: not made of common words only
    (:data:`COMMON_WORD_ZIPF`), in no toponym or actor, and not followed by what makes them
    a people's or a group's name ("Hamas's forces", "Kurdish forces")."""
    taken = [(m.start, m.end) for m in toponyms] + [(a.start, a.end) for a in actors]
    names: dict[str, str] = {}
    for start, end, name, kind in _announced(text):
        if any(s < end and start < e for s, e in taken) or _NOT_A_NAME_AFTER.match(text, end) \
                or (" " not in name and _DEMONYM.match(text, start)):
            continue
        name = re.sub(r"^(?:The|A|An)\s+", "", name)
        if name.lower() in _STOP_WORDS or _common(name, HEADED_ZIPF if kind else
                                                  COMMON_WORD_ZIPF):
            continue
        if kind or name not in names:
            names[name] = kind
    found = [Mention(start, end, name, "toponym", "unresolved", kind=names[name])
             for name, start, end in _occurrences(text, names, taken)]
    return sorted(found, key=lambda m: m.start)


def _occurrences(text: str, names: Iterable[str], taken: list[tuple[int, int]]
                 ) -> Iterator[tuple[str, int, int]]:
    """(name, start, end) of every place the text writes one of ``names`` as a name of its
    own, longer names first: outside the spans ``taken`` (which grows with each one) and
    not followed by what makes it a people's or a group's name."""
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])(?!['’](?!s\b))",
                                 text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken) or \
                    _NOT_A_NAME_AFTER.match(text, end):
                continue
            taken.append((start, end))
            yield name, start, end


def repeated_unresolved(text: str, toponyms: list[Mention], actors: list[Actor]
                        ) -> list[Mention]:
    """The toponyms, with each unresolved one also wherever else the text writes its name
    ("captured the village of Stupochky ... withdrew from Stupochky towards ..."): the
    geoparser may find a name it cannot place only once (a derived place it carries to the
    name's repeats itself)."""
    taken = [(m.start, m.end) for m in toponyms] + [(a.start, a.end) for a in actors]
    models: dict[str, Mention] = {}
    for m in toponyms:
        if m.status == "unresolved" and not m.place_id and len(m.text) > 3 and \
                m.text[:1].isupper():
            models.setdefault(m.text, m)
    found = list(toponyms) + [replace(models[name], start=start, end=end)
                              for name, start, end in _occurrences(text, models, taken)]
    return sorted(found, key=lambda m: m.start)


def story_countries(mentions: Iterable[Mention], gazetteer: Gazetteer) -> frozenset[str]:
    """The countries the story's resolved mentions name or lie in."""
    return frozenset(c for c in (gazetteer.country_of(m.place_id) for m in mentions
                                 if m.place_id and "~" not in m.place_id) if c)


def resolve_unplaced(mentions: list[Mention], gazetteer: Gazetteer, countries: frozenset[str]
                     ) -> list[Mention]:
    """The mentions, each unresolved one that the gazetteer knows by exactly its name as
    one place of the story's countries resolved to it (see the module)."""
    resolved = []
    for mention in mentions:
        if mention.place_id or mention.cls != "toponym":
            resolved.append(mention)
            continue
        candidates = {e.place_id for e in gazetteer.lookup(mention.text)
                      if e.role != "non-place" and e.place_id}
        places = [p for p in (gazetteer.get(i) for i in sorted(candidates)) if p is not None
                  and gazetteer.country_of(p.id) in countries and p.kind != "country"]
        if len(places) != 1:
            resolved.append(mention)
            continue
        place = places[0]
        resolved.append(replace(mention, status="resolved", place_id=place.id, name=place.name,
                                kind=place.kind, lat=place.lat, lon=place.lon))
    return resolved


_DIRECTION_WORDS = re.compile(r"^(?:north|south|east|west|central|upper|lower|greater)"
                              r"(?:ern)?[-\s]*", re.I)


#: How alike a name as written and the name of the place it was resolved to must be (after
#: a direction word) for a place of a foreign country: "Kivu" and "Kyiv" are 0.75 alike,
#: "Khan Younis" and "Khān Yūnis" 0.95.
GUESS_RATIO = 0.8


def drop_foreign_guesses(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, a toponym resolved under another name to a place of a country the
    story's other mentions are not in made unresolved (see the module)."""
    kept = []
    # the names each country's resolved mentions are written with, counted once
    names_in: dict[str, set[str]] = {}
    for m in mentions:
        if m.place_id:
            names_in.setdefault(gazetteer.country_of(m.place_id.split("~")[0]),
                                set()).add(m.text)
    for mention in mentions:
        if mention.cls != "toponym" or not mention.place_id or mention.kind in ("country",
                                                                                "continent"):
            kept.append(mention)
            continue
        country = gazetteer.country_of(mention.place_id.split("~")[0])
        written = _fold(_DIRECTION_WORDS.sub("", mention.text))
        named = _fold(_DIRECTION_WORDS.sub("", mention.name or mention.text))
        if country and country not in _home(names_in, mention) and \
                SequenceMatcher(None, written, named).ratio() < GUESS_RATIO:
            kept.append(Mention(mention.start, mention.end, mention.text, "toponym",
                                "unresolved"))
            continue
        kept.append(mention)
    return kept


def _home(names_in: dict[str, set[str]], mention: Mention) -> set[str]:
    """The countries of the text's resolved mentions of other names (``names_in``: the
    names of each country's resolved mentions)."""
    return {country for country, names in names_in.items()
            if len(names) > 1 or mention.text not in names}
