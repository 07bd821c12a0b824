"""Assemble the claims of an article: each cue with its places, side, certainty and date.

The rule engine reads sentence by sentence. For each cue of :mod:`geo.draft.cues` it takes
the clause around it, the places its voice points to (:mod:`geo.draft.places`), the actor
that does it (the clause's subject, the agent after "by" or "to", or the side the text last
spoke of for a pronoun or a passive), the certainty of its sentence and its date. A claim
the text already made (same table, kind, places and side) is drafted once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from geo.draft.actors import Actor
from geo.draft.certainty import certainty_of, is_hypothetical
from geo.draft.context import ArticleContext, read_article
from geo.draft.cues import Cue, find_cues, placeless_cue
from geo.draft.places import ANAPHOR, bearing_of, claim_place, role_of, window_places
from geo.draft.records import Claim, ClaimPlace, Drafts
from geo.draft.segment import Sentence, sentences
from geo.draft.sides import SideBook, propose_sides
from geo.parse.gazetteer import Gazetteer
from geo.parse.geoparse import Mention

METHOD = "rules"
_CLAUSE_OPEN = re.compile(
    r"[;:]\s|\s[–—-]+\s|,\s+(?:which|who|where|while|but|as|after|before|when)\s|"
    r"\b(?:said|says|added|announced|reported|claimed|told\s+\w+|stated|confirmed)"
    r"(?:\s+on\s+\w+|\s+\w+day)?\s+(?:that\s+)?|\b(?:that|while|but|whereas)\s")
_CLAUSE_CLOSE = re.compile(r"[;:]\s|\s[–—]+\s|,\s+(?:which|who|where|while|but|as|after|"
                           r"before|when|according|said|says)\b|\s(?:while|but|whereas)\s")
_AGENT = re.compile(r"^\W*(?:\w+\s+){0,3}?by\s+$")
_APPOSITION = re.compile(r"^\s*,\s*(?:mostly|mainly|largely|chiefly|led\s+by|including)?"
                         r"\s*(?:some\s+)?(?:units\s+from\s+)?(?:the\s+)?$")
_HYPOTHETICAL_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:would|could|might|may)\b", re.I)
_DIRECT_OBJECT = re.compile(
    r"^\s*(?:(?:the|a|an|its|their|of|city|town|village|surroundings|outskirts|areas?|parts?|"
    r"centre|center|edges?|northern|southern|eastern|western|north|south|east|west|key|"
    r"strategic|nearby|rebel-held|besieged|remaining|whole|entire|most|much)\s+)*$", re.I)
#: How many sentences a place or a side named by one claim carries to the next.
CONTEXT_SENTENCES = 2


@dataclass(frozen=True)
class _Found:
    """A cue at its place in a sentence, with the bounds of its clause."""

    cue: Cue
    start: int
    end: int
    clause_start: int
    clause_end: int


def _clause(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    opening = sentence.start
    for match in _CLAUSE_OPEN.finditer(text, sentence.start, start):
        opening = match.end()
    close = _CLAUSE_CLOSE.search(text, end, sentence.end)
    return opening, close.start() if close else sentence.end


def _actors_in(context: ArticleContext, start: int, end: int) -> list[Actor]:
    return [a for a in context.actors if start <= a.start and a.end <= end]


def _antecedent(context: ArticleContext, sentence: Sentence, pronoun: Actor
                ) -> tuple[str, str, str] | None:
    """The side a pronoun stands for: the last actor before it in its sentence, else the
    side the text last spoke of."""
    before = [a for a in _actors_in(context, sentence.start, pronoun.start) if not a.pronoun]
    if before and context.side_of(before[-1])[0]:
        return (*context.side_of(before[-1]), pronoun.text)
    if context.topic is not None:
        return (context.topic[0], context.topic[1], pronoun.text)
    return None


def _pick(context: ArticleContext, sentence: Sentence, actors: list[Actor]
          ) -> tuple[str, str, str] | None:
    """The subject among the actors before a cue: the first, or the appositive after it
    when only that one names a known side ("U.S. proxy forces, mostly Kurdish YPG")."""
    first = actors[0]
    if first.pronoun:
        return _antecedent(context, sentence, first)
    side_id, name = context.side_of(first)
    if len(actors) > 1 and side_id in context.proposed and not actors[1].pronoun and \
            _APPOSITION.match(context.text[first.end:actors[1].start]) and \
            context.side_of(actors[1])[0] not in context.proposed:
        return (*context.side_of(actors[1]), actors[1].text)
    return (side_id, name, first.text) if side_id else None


def _actor_after(context: ArticleContext, start: int, end: int
                 ) -> tuple[str, str, str] | None:
    after = [a for a in _actors_in(context, start, end) if not a.pronoun]
    if after and context.side_of(after[0])[0]:
        return (*context.side_of(after[0]), after[0].text)
    return None


def _subject(context: ArticleContext, sentence: Sentence, found: _Found
             ) -> tuple[str, str, str] | None:
    """The acting side of a cue, by its voice; ``None`` for the context to fill."""
    text, voice = context.text, found.cue.voice
    window_end = min(found.clause_end, found.end + 80)
    if voice in ("agent", "state"):
        return _actor_after(context, found.start, window_end)
    if voice == "target":
        agent = [a for a in _actors_in(context, found.end, window_end)
                 if _AGENT.match(text[found.end:a.start]) and not a.pronoun]
        return (*context.side_of(agent[0]), agent[0].text) if agent else ("", "", "")
    if voice == "passive":
        agent = [a for a in _actors_in(context, found.end, window_end)
                 if _AGENT.match(text[found.end:a.start])]
        return (*context.side_of(agent[0]), agent[0].text) if agent and not \
            agent[0].pronoun else None
    inside = _actors_in(context, found.start, found.end)
    if voice in ("nominal", "modifier") and inside and not inside[0].pronoun:
        return (*context.side_of(inside[0]), inside[0].text)
    if voice == "nominal":
        agent = [a for a in _actors_in(context, found.end, window_end)
                 if _AGENT.match(text[found.end:a.start])]
        if agent and not agent[0].pronoun:
            return (*context.side_of(agent[0]), agent[0].text)
    before = _actors_in(context, found.clause_start, found.start) or \
        _actors_in(context, sentence.start, found.start)
    if voice == "modifier":
        before = [a for a in before if found.start - a.end <= 3]
    if before:
        return _pick(context, sentence, before)
    if found.start - sentence.start < 3:  # "Advancing from the west, the SAF captured"
        return _actor_after(context, found.end, sentence.end)
    return None


def _windows(found: _Found, nxt: int) -> list[tuple[int, int]]:
    """Where the places of a cue are: before it, after it or both, by its voice."""
    after = (found.end, min(found.clause_end, nxt))
    before = (found.clause_start, found.start)
    if found.cue.voice in ("agent", "state"):
        return [before]
    if found.cue.voice == "modifier":
        return [after]
    return [after]


_SUBJECT_GAP = re.compile(r"^[\s,]*(?:(?:quarter|district|town|city|village|area|areas|"
                          r"neighbou?rhood|province|region|itself|and|the|surrounding|"
                          r"country|base|airport|[\w-]+ly)[\s,]+){0,4}$", re.I)


def _passive_subject(context: ArticleContext, found: _Found, blocked: list[tuple[int, int]]
                     ) -> list[Mention] | None:
    """The places a passive cue is about: the subject just before it ("Sheikh Saeed
    quarter was taken"); ``None`` when the subject is no place ("the decision was taken")."""
    text = context.text
    before = window_places(text, context.mentions, found.clause_start, found.start, blocked)
    if before and _SUBJECT_GAP.match(text[before[-1].end:found.start]):
        first = len(before) - 1
        while first > 0 and re.fullmatch(r"\s*(?:,|and|, and)\s*",
                                         text[before[first - 1].end:before[first].start]):
            first -= 1
        return before[first:]
    if ANAPHOR.search(text[max(found.clause_start, found.start - 30):found.start]):
        return []
    return None


def _places(context: ArticleContext, sentence: Sentence, found: _Found, nxt: int,
            blocked: list[tuple[int, int]]) -> list[Mention] | None:
    text = context.text
    chosen: list[Mention] = []
    if found.cue.voice == "passive":
        subject = _passive_subject(context, found, blocked)
        if subject is None:
            return None
        return subject + window_places(text, context.mentions, found.end,
                                       min(found.clause_end, nxt), blocked)
    for start, end in _windows(found, nxt):
        chosen += window_places(text, context.mentions, start, end, blocked)
    if found.cue.voice == "state" and not chosen:
        earlier = window_places(text, context.mentions, sentence.start, found.start, blocked)
        chosen = earlier[-1:]
    return chosen


def _object_place(context: ArticleContext, found: _Found, places: list[Mention]) -> bool:
    """Whether a place is the object of the cue ("attacked Palmyra", "attack ISIS in al-Bab")."""
    if not places:
        return False
    gap = context.text[found.end:places[0].start]
    for actor in _actors_in(context, found.end, places[0].start):
        gap = gap.replace(actor.text, " the ")
    gap = re.sub(r"[-\s](?:held|controlled|occupied)\b", " the", gap)
    if _DIRECT_OBJECT.match(gap):
        return True
    actors = _actors_in(context, found.end, places[0].start)
    return bool(actors) and bool(re.match(r"^\s*(?:in|near|around|at)\s+(?:the\s+)?$",
                                          context.text[actors[-1].end:places[0].start]))


def _context_places(context: ArticleContext, found: _Found, index: int) -> list[Mention]:
    """Places a claim without a named one takes from the text before it: "the city" or
    "there" always, a movement or an event also without such a word, if the last claim
    is at most :data:`CONTEXT_SENTENCES` sentences back."""
    words = context.text[found.clause_start:found.clause_end]
    if ANAPHOR.search(words):
        named = [m for m in context.mentions if m.end <= found.start and
                 (m.kind != "country" or "~" in m.place_id) and
                 not any(a.start <= m.start < a.end for a in context.actors)]
        return named[-1:]
    recent = [m for m in context.recent_places if m.kind != "country"]
    if not recent:
        return []
    if found.cue.table != "control" and index - context.last_claim_sentence <= \
            CONTEXT_SENTENCES:
        return recent[-1:]
    return []


def _stand_in(context: ArticleContext, sentence: Sentence, mention: Mention
              ) -> Mention | None:
    placed = [m for m in context.mentions if sentence.start <= m.start < sentence.end and
              m.lat is not None and m.kind != "country"]
    return min(placed, key=lambda m: abs(m.start - mention.start)) if placed else None


def _claim_places(context: ArticleContext, sentence: Sentence, found: _Found,
                  mentions: list[Mention], table: str) -> tuple[ClaimPlace, ...]:
    places = []
    for mention in mentions:
        role = role_of(context.text, mention, table, found.start)
        stand_in = _stand_in(context, sentence, mention) if mention.lat is None else None
        places.append(claim_place(mention, role, stand_in))
    return tuple(places)


def _quote(text: str, sentence: Sentence, cue_start: int) -> tuple[int, int]:
    """The quote: the sentence, less a dateline before the cue ("MOSCOW (Reuters) -")."""
    start = sentence.start
    dash = re.search(r"\s[-–—]\s?(?=[A-Z])", text[start:min(cue_start, start + 200)])
    if dash and len(text[start:start + dash.start()].split()) <= 12:
        start += dash.end()
    return start, sentence.end


def _skip(context: ArticleContext, found: _Found) -> bool:
    """Conditions and possibilities ("if government forces can progress to") are no claims."""
    text = context.text
    if is_hypothetical(text[max(found.clause_start, found.start - 50):found.start]):
        return True
    return found.cue.voice == "nominal" and bool(_HYPOTHETICAL_AFTER.match(
        text[found.end:found.clause_end]))


def _draft_cue(context: ArticleContext, sentence: Sentence, index: int, found: _Found,
               nxt: int) -> list[Claim]:
    """The claims of one cue (none when it has no place or is no claim)."""
    cue, text = found.cue, context.text
    if _skip(context, found):
        return []
    blocked = [(a.start, a.end) for a in context.actors]
    found_places = _places(context, sentence, found, nxt, blocked)
    if found_places is None:
        return []
    mentions = found_places
    if (cue.needs_place or cue.voice == "modifier") and \
            not _object_place(context, found, mentions):
        other = placeless_cue(text, found.start, found.end + 40) if cue.needs_place else None
        if other is None or other[0].voice == "modifier":
            return []
        found = _Found(other[0], other[1], other[2], found.clause_start, found.clause_end)
        cue = found.cue
        mentions = _places(context, sentence, found, nxt, blocked) or []
    mentions = mentions or _context_places(context, found, index)
    if not mentions:
        return []
    side = _subject(context, sentence, found) or (
        (*context.topic[:2], "") if context.topic is not None else ("", "", ""))
    certainty = certainty_of(text[sentence.start:sentence.end], found.start - sentence.start,
                             found.end - sentence.start, found.clause_start - sentence.start)
    date = context.dater.date_of((sentence.start, sentence.end), (found.start, found.end),
                                 own_only=certainty == "planned")
    if context.dater.is_background(date) and cue.kind != "held":
        return []
    start, end = _quote(text, sentence, found.start)
    side_text = side[2] if sentence.start <= text.find(side[2], sentence.start) < \
        sentence.end else ""
    claim = Claim(context.name, cue.table, cue.kind, start, end, text[start:end], date.date,
                  date.precision, _claim_places(context, sentence, found, mentions, cue.table),
                  side[1], side[0], side_text if side[2] else "", certainty,
                  f"{METHOD}:{cue.name}", trigger=(found.start, found.end))
    claims = [claim]
    if cue.also_retreat:
        claims += _retreat(context, sentence, found, claim)
    if certainty != "denied":
        context.recent_places = [*context.recent_places, *mentions][-5:]
    context.last_claim_sentence = index
    if side[0]:
        context.topic = side
    return claims


def _retreat(context: ArticleContext, sentence: Sentence, found: _Found, claim: Claim
             ) -> list[Claim]:
    """"Withdrew from X to Y", "retreat from the city towards the south": a retreat too."""
    after = context.text[found.end:found.clause_end]
    bearing = bearing_of(after)
    blocked = [(a.start, a.end) for a in context.actors]
    ends = [m for m in window_places(context.text, context.mentions, found.end,
                                     found.clause_end, blocked)
            if re.search(r"\b(?:to|towards?|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                         context.text[max(found.end, m.start - 40):m.start])]
    if bearing is None and not ends:
        return []
    starts = tuple(replace(p, role="from") for p in claim.places)
    to = tuple(replace(p, role="to") for p in _claim_places(context, sentence, found, ends,
                                                             "movement"))
    return [replace(claim, table="movement", kind="retreat", places=starts + to,
                    rule=f"{METHOD}:retreat-from-withdrawal", bearing_deg=bearing)]


def _claim_key(claim: Claim) -> tuple:
    places = frozenset(p.place_id or p.text.lower() for p in claim.places)
    return (claim.table, claim.kind, places, claim.side_id, claim.certainty == "denied",
            claim.date)


def _sentence_cues(context: ArticleContext, sentence: Sentence) -> list[_Found]:
    found = []
    for cue, start, end in find_cues(context.text, sentence.start, sentence.end):
        opening, closing = _clause(context.text, sentence, start, end)
        found.append(_Found(cue, start, end, opening, closing))
    return found


def _update_topic(context: ArticleContext, sentence: Sentence) -> None:
    """After a sentence, the side it named first is the one "they" will mean."""
    named = [a for a in _actors_in(context, sentence.start, sentence.end) if not a.pronoun
             and context.side_of(a)[0]]
    if named:
        context.topic = (*context.side_of(named[0]), named[0].text)


def draft_context(context: ArticleContext) -> list[Claim]:
    """The claims of an article already read (:func:`geo.draft.context.read_article`)."""
    claims: list[Claim] = []
    seen: set[tuple] = set()
    for index, sentence in enumerate(sentences(context.text)):
        if sentence.headline:
            continue
        found = _sentence_cues(context, sentence)
        topic_before = context.topic
        for position, cue in enumerate(found):
            nxt = found[position + 1].start if position + 1 < len(found) else sentence.end
            for claim in _draft_cue(context, sentence, index, cue, nxt):
                key = _claim_key(claim)
                if key not in seen:
                    seen.add(key)
                    claims.append(claim)
        if context.topic is topic_before:
            _update_topic(context, sentence)
    return claims


def draft_text(text: str, published: dt.date, gazetteer: Gazetteer, book: SideBook,
               name: str = "text") -> Drafts:
    """The drafts of one text: its claims and the new sides they name.

    Parameters
    ----------
    text : str
        The article; every offset of the result indexes this exact string.
    published : datetime.date
        The publication date relative dates are resolved against.
    gazetteer : Gazetteer
        From :func:`geo.inputs.places.load_gazetteer`.
    book : SideBook
        The story's sides (:func:`geo.draft.sides.side_book`).
    name : str
        The article's id (its file stem), for the rows' ``source``.
    """
    context = read_article(name, text, published, gazetteer, book)
    claims = draft_context(context)
    used = {c.side_id for c in claims}
    named = [(side_id, context.proposed[side_id]) for side_id in context.proposed
             if side_id in used]
    return Drafts(claims, propose_sides(named, book, f"seed:{name}"))


def draft_articles(articles: Iterable, gazetteer: Gazetteer, book: SideBook) -> Drafts:
    """The drafts of every article (``geo.inputs.articles.Article``), as plain records.

    New sides named in several articles are proposed once, under the first article's name.
    """
    drafts = Drafts()
    named: list[tuple[str, str]] = []
    sources: dict[str, str] = {}
    for article in articles:
        one = draft_text(article.text, article.published, gazetteer, book, article.id)
        drafts.claims += one.claims
        for side in one.sides:
            named += [(side.id, name) for name in side.names]
            sources.setdefault(side.id, side.source)
    drafts.sides = [replace(side, source=sources[side.id])
                    for side in propose_sides(named, book, "")]
    return drafts
