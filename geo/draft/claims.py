"""Assemble the claims of an article: each cue with its places, side, certainty and date.

The engine reads sentence by sentence. For each cue of :mod:`geo.draft.cues` it takes the
clause around it, reads its voice, its places and its acting side (by rule,
:mod:`geo.draft.roles`, or from a dependency parse, :mod:`geo.draft.syntax`), the certainty
of its sentence and its date. An act whose words name no side takes the side the text last
spoke of, corrected by what the text says of the place: a place taken from its holder was
taken by the holder's opponent, a place left was left by its holder. Restatements are then
merged (:mod:`geo.draft.merge`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from geo.draft.certainty import certainty_of, is_hypothetical
from geo.draft.context import ArticleContext, read_article
from geo.draft.cues import find_cues, placeless_cue
from geo.draft.dating import ClaimDate
from geo.draft.merge import merge_restatements, place_keys
from geo.draft.places import (
    ANAPHOR,
    anaphor_places,
    bearing_of,
    claim_place,
    role_of,
    window_places,
)
from geo.draft.records import Claim, ClaimPlace, Drafts
from geo.draft.roles import (
    Found,
    Side,
    actors_in,
    held_subject,
    object_place,
    passive_subject,
    subject_of,
    voice_of,
)
from geo.draft.segment import Sentence, sentences
from geo.draft.sides import SideBook, propose_sides
from geo.draft.syntax import Frame, frame_places, frame_subject
from geo.parse.gazetteer import Gazetteer
from geo.parse.geoparse import Mention

_CLAUSE_OPEN = re.compile(
    r"[;:]\s|\s[–—-]+\s|,\s+(?:which|who|where|while|but|as|after|before|when)\s|"
    r"\b(?:said|says|added|announced|reported|claimed|told\s+\w+|stated|confirmed)"
    r"(?:\s+on\s+\w+|\s+\w+day)?\s+(?:that\s+)?|\b(?:that|while|but|whereas)\s")
_CLAUSE_CLOSE = re.compile(r"[;:]\s|\s[–—]+\s|,\s+(?:which|who|where|while|but|as|after|"
                           r"before|when|according|said|says)\b|\s(?:while|but|whereas)\s")
_HYPOTHETICAL_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:would|could|might|may|"
                                 r"(?:is|are|was|were|seems?|looks?)\s+(?:not\s+|un)likely|"
                                 r"unlikely)\b", re.I)
#: "a push to capture al-Bab": the capture is the aim of the act before it, no claim.
_PURPOSE = re.compile(
    r"\b(?:offensives?|push|operations?|attacks?|assaults?|bid|campaign|drive|efforts?|"
    r"attempts?|battles?|fight|fighting|fought|launched|advance|advancing|moving|marching|"
    r"sent|deployed|reinforcements?)\s+(?:\w+\s+){0,3}?(?:in\s+order\s+)?to\s+$", re.I)
#: "a months-long advance": an act that has gone on for months is background.
#: An act a request names ("urges Russia to show a little grace and allow Aleppo
#: evacuation") is no claim.
_NOMINAL_REQUEST = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|ask(?:s|ed)?|demand(?:s|ed)?|"
    r"beg(?:s|ged|ging)?|appeal(?:s|ed)?)\b[^.;:]{0,100}$", re.I)
_UNLIKELY_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:(?:is|are|was|were|seems?|looks?)\s+"
                             r"(?:not\s+|un)likely|unlikely)\b", re.I)
_LONG_AGO = re.compile(r"\b(?:months|years|decades?|year)[-\s]long\s+(?:\w+\s+){0,2}$|"
                       r"\bfor\s+(?:many\s+|several\s+)?(?:months|years)\s+(?:\w+\s+){0,2}$",
                       re.I)
_LIST = re.compile(r"\s*(?:,|and|or|, and|, or)\s*")
#: "The attack on the camp", "these raids": a noun that refers back to an act told before.
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,2}$", re.I)
_RAIDS = re.compile(r"raids?$", re.I)
#: "attacked those three towns": an anaphor is the cue's object too.
_ANAPHOR_OBJECT = re.compile(rf"\s+(?:{ANAPHOR.pattern})", re.I)
_ATTENDANT = re.compile(r"[\s“”\"]+(?:[\w-]+\s+){0,2}?(?:amid|during|despite|after|following)"
                        r"\s+(?:[\w-]+\s+){0,2}", re.I)
_COORDINATED = re.compile(r"^\s*,?\s*(?:and|or|and\s+then|then)\s+$")
_FINITE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|leaves|left|remains|said|says)\b|"
                          r"[,;:]\s+\w+(?:ed|s)\b")
#: How many sentences a place or a side named by one claim carries to the next.
CONTEXT_SENTENCES = 2
#: How many sentences back a cue of the same class lends its date to one without.
EVENT_DATE_SENTENCES = 3


@dataclass
class _Reading:
    """What the engine keeps while it reads one article."""

    context: ArticleContext
    frames: Mapping[int, Frame]
    method: str
    spans: list[tuple[int, int]]
    dated: list[tuple[int, tuple[str, str], ClaimDate]]  # (sentence, class, own date)
    told: list[tuple[int, Claim]] = field(default_factory=list)  # (sentence, claim) so far


def _clause(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    opening = sentence.start
    for match in _CLAUSE_OPEN.finditer(text, sentence.start, start):
        opening = match.end()
    close = _CLAUSE_CLOSE.search(text, end, sentence.end)
    return opening, close.start() if close else sentence.end


def _rule_places(context: ArticleContext, sentence: Sentence, found: Found, voice: str,
                 nxt: int, blocked: list[tuple[int, int]]) -> list[Mention] | None:
    text = context.text
    after = window_places(text, context.mentions, found.end, min(found.clause_end, nxt), blocked)
    if voice == "passive" and not found.cue.passive_kind:
        subject = passive_subject(context, found, blocked)
        return None if subject is None else subject + after
    if voice in ("agent", "state"):
        return held_subject(context, sentence, found, blocked)
    if not after and voice in ("active", "nominal"):
        antecedent = _relative_antecedent(context, found, blocked)
        if antecedent:
            return antecedent
    if voice == "modifier":  # its own noun phrase: the first place and the list it heads
        chosen = after[:1]
        for mention in after[1:]:
            if not _LIST.fullmatch(text[chosen[-1].end:mention.start]):
                break
            chosen.append(mention)
        return chosen
    return after


_RELATIVE = re.compile(r",?\s+(?:which|that|where)\s+$")


def _relative_antecedent(context: ArticleContext, found: Found,
                         blocked: list[tuple[int, int]]) -> list[Mention]:
    """The place a relative clause is about when the cue names none after it ("Kurakhove,
    which Russian troops have stormed and are threatening to encircle")."""
    text = context.text
    opening = _RELATIVE.search(text, max(0, found.clause_start - 12), found.clause_start)
    if opening is None:
        return []
    return [m for m in context.mentions if m.end == opening.start() and m.kind != "country"
            and not any(s <= m.start < e for s, e in blocked)][:1]


def _places(reading: _Reading, sentence: Sentence, found: Found, voice: str, nxt: int,
            blocked: list[tuple[int, int]]) -> list[Mention] | None:
    frame = reading.frames.get(found.start)
    if frame is not None:
        parsed = frame_places(reading.context, found, frame, blocked)
        if parsed:
            return parsed
    return _rule_places(reading.context, sentence, found, voice, nxt, blocked)


def _context_places(reading: _Reading, found: Found, index: int,
                    blocked: list[tuple[int, int]]) -> list[Mention]:
    """Places a claim without a named one takes from the text before it: the place "the
    city", "there" or "those towns" stand for, or, for a movement or an event, the last
    claim's place when that claim is at most :data:`CONTEXT_SENTENCES` sentences back."""
    context = reading.context
    anaphor = ANAPHOR.search(context.text, found.clause_start, found.clause_end)
    if anaphor:
        spans = [*reading.spans[:-1], (reading.spans[-1][0], anaphor.start())]
        return anaphor_places(context.text, anaphor, context.mentions, spans, blocked,
                              context.claimed_places)
    if found.cue.table == "control":
        return []
    earlier = [m for m in window_places(context.text, context.mentions, reading.spans[-1][0],
                                        found.start, blocked) if m.kind != "country"]
    if earlier:  # "Assailants rode into the community of Boulikessi ... to attack"
        return earlier[-1:]
    recent = [m for m in context.recent_places if m.kind != "country"]
    if recent and index - context.last_claim_sentence <= CONTEXT_SENTENCES:
        return recent[-1:]
    return []


def _stand_in(context: ArticleContext, sentence: Sentence, mention: Mention
              ) -> Mention | None:
    placed = [m for m in context.mentions if sentence.start <= m.start < sentence.end and
              m.lat is not None and m.kind != "country"]
    return min(placed, key=lambda m: abs(m.start - mention.start)) if placed else None


def _claim_places(context: ArticleContext, sentence: Sentence, found: Found,
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
    dash = re.search(r"\s[-–—]\s?(?=[A-Z])|^[A-Z][A-Z ]+:\s", text[start:min(cue_start,
                                                                            start + 200)])
    if dash and len(text[start:start + dash.start()].split()) <= 12:
        start += dash.end()
    return start, sentence.end


def _skip(context: ArticleContext, found: Found) -> bool:
    """Conditions, possibilities, requests and aims ("if government forces can progress
    to", "a push to capture al-Bab") are no claims."""
    text = context.text
    before = text[max(found.clause_start, found.start - 90):found.start]
    if is_hypothetical(before[-50:]) or is_hypothetical(before):
        return True
    if found.cue.table == "control" and found.cue.kind == "taken" and _PURPOSE.search(before):
        return True
    if _LONG_AGO.search(before[-40:]):
        return True
    if found.cue.voice == "nominal" and _NOMINAL_REQUEST.search(before):
        return True
    after = text[found.end:found.clause_end]
    return bool(_UNLIKELY_AFTER.match(after)) or (found.cue.voice == "nominal" and bool(
        _HYPOTHETICAL_AFTER.match(after)))


def _window_end(text: str, found: Found, following: list[Found], sentence_end: int) -> int:
    """Where a cue's places may end: at the next cue, unless that one only qualifies a
    place ("the ISIS held city of") or shares the object ("encircled and attacked X")."""
    shares = found.cue.voice == "active"
    for nxt in following:
        between = text[found.end:nxt.start]
        if nxt.cue.voice == "modifier" and len(between) < 60 and not _FINITE_WORD.search(between):
            continue
        if _ATTENDANT.fullmatch(between):  # "new advances amid ongoing clashes near Marib"
            continue
        if shares and nxt.cue.voice == "active" and \
                _COORDINATED.match(text[found.end:nxt.start]):
            shares = False  # only the verb right after: "encircled and attacked"
            continue
        return nxt.start
    return sentence_end


def _holder_side(context: ArticleContext, kind: str, places: list[Mention], side: Side
                 ) -> tuple[Side, str] | None:
    """The side of an act whose words name none, from what the text said of its place:
    a place taken from its holder was taken by the holder's opponent; a place left was
    left by its holder."""
    keys = [m.place_id or m.text.lower() for m in places]
    holder = next((context.holders[k] for k in keys if k in context.holders), "")
    if not holder:
        return None
    names = context.side_names
    if kind in ("withdrawn", "retreat", "evacuation"):
        return ((holder, names.get(holder, holder), ""), "holder") if side[0] != holder \
            else None
    if kind in ("taken", "encircled", "besieged", "advance", "strike", "attack") and \
            side[0] == holder:
        opponent = context.opponent(holder)
        if opponent is not None:
            return ((*opponent, ""), "holder")
    return None


def _choose_side(reading: _Reading, sentence: Sentence, found: Found, voice: str,
                 mentions: list[Mention]) -> tuple[Side, str]:
    """The acting side of a claim and where it came from (see :class:`Claim`)."""
    context = reading.context
    frame = reading.frames.get(found.start)
    named = frame_subject(context, sentence, found, frame) if frame is not None else None
    if named is None:
        named = subject_of(context, sentence, found, voice)
    if found.cue.loser and named and named[0]:
        opponent = context.opponent(named[0])
        named = (*opponent, "") if opponent else None
    if named is not None and (named[0] or voice == "target"):
        return named, "actor" if named[0] else ""
    told = _told_side(reading, found, mentions)
    if told is not None:
        return told, "context"
    side: Side = (*context.topic[:2], "") if context.topic is not None else ("", "", "")
    kind = found.cue.passive_kind if voice == "passive" and found.cue.passive_kind else \
        found.cue.kind
    inferred = _holder_side(context, kind, mentions, side)
    if inferred is not None:
        return inferred
    return side, "context" if side[0] else ""


def _told_side(reading: _Reading, found: Found, mentions: list[Mention]) -> Side | None:
    """The side of the same act at the same place told before ("Albu Kamal is liberated"
    ... "it was not true that Albu Kamal was taken"): an act whose words name no side."""
    keys = {m.place_id or m.text.lower() for m in mentions}
    for _at, earlier in reversed(reading.told):
        if (earlier.table, earlier.kind) == (found.cue.table, found.cue.kind) and \
                earlier.side_id and place_keys(earlier) & keys:
            return earlier.side_id, earlier.side, ""
    return None


def _note_own_date(reading: _Reading, sentence: Sentence, index: int, found: Found) -> None:
    """Keep the date a cue's own sentence gives, for the acts of its class told after it
    without one ("captured five more villages on Feb. 9 ... The villages of A and B were
    captured"), even when the cue itself names no place."""
    own = reading.context.dater.date_of((sentence.start, sentence.end),
                                        (found.start, found.end), own_only=True)
    if own.origin == "own":
        reading.dated.append((index, (found.cue.table, found.cue.kind), own))


def _date(reading: _Reading, sentence: Sentence, index: int, found: Found, certainty: str
          ) -> ClaimDate:
    """The claim's date: its sentence's own, else the own date of a cue of the same class
    up to :data:`EVENT_DATE_SENTENCES` sentences before, else the dater's fallbacks."""
    dater = reading.context.dater
    date = dater.date_of((sentence.start, sentence.end), (found.start, found.end),
                         own_only=certainty == "planned")
    klass = (found.cue.table, found.cue.kind)
    text = reading.context.text
    since = dater.held_since(text[max(found.clause_start, found.start - 40):found.start],
                             text[found.end:found.clause_end]) \
        if found.cue.kind == "held" else None
    if since is not None:
        return since
    if date.origin == "text" and dater.is_background(date):
        date = dater.publication()  # a background date is no date to borrow
    if date.origin != "own" and certainty != "planned":
        for at, other, own in reversed(reading.dated):
            if index - at > EVENT_DATE_SENTENCES:
                break
            if other == klass and at < index:
                return replace(own, origin="text")
    return date


def _retreat(context: ArticleContext, sentence: Sentence, found: Found, claim: Claim
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
    starts = tuple(replace(p, role="from") for p in claim.places if p.role != "to")
    to = tuple(replace(p, role="to") for p in _claim_places(context, sentence, found, ends,
                                                             "movement"))
    return [replace(claim, table="movement", kind="retreat", places=starts + to,
                    rule=f"{claim.rule.split(':')[0]}:retreat-from-withdrawal",
                    bearing_deg=bearing)]


def _found_places(reading: _Reading, sentence: Sentence, found: Found, voice: str,
                  nxt: int, blocked: list[tuple[int, int]]
                  ) -> tuple[Found, str, list[Mention]] | None:
    """The cue (perhaps read as its noun), its voice and its places; ``None`` for no claim."""
    context = reading.context
    mentions = _places(reading, sentence, found, voice, nxt, blocked)
    if mentions is None:
        return None
    if voice == "modifier" and not object_place(context, found, mentions):
        # "Raqqa, the jihadist group's largest Syrian hub": the place it is said of
        return (found, voice, held_subject(context, sentence, found, blocked)) if \
            held_subject(context, sentence, found, blocked) else None
    if found.cue.needs_place and not object_place(context, found, mentions) and \
            not _ANAPHOR_OBJECT.match(context.text, found.end):
        other = placeless_cue(context.text, found.start, found.end + 40)
        if other is None or other[0].voice == "modifier":
            return None
        found = Found(other[0], other[1], other[2], found.clause_start, found.clause_end)
        voice = found.cue.voice
        mentions = _places(reading, sentence, found, voice, nxt, blocked) or []
    return found, voice, mentions


def _draft_cue(reading: _Reading, sentence: Sentence, index: int, found: Found, nxt: int
               ) -> list[Claim]:
    """The claims of one cue (none when it has no place or is no claim)."""
    context, text = reading.context, reading.context.text
    if _skip(context, found):
        return []
    _note_own_date(reading, sentence, index, found)
    blocked = [(a.start, a.end) for a in context.actors]
    chosen = _found_places(reading, sentence, found, voice_of(text, found, context.mentions),
                           nxt, blocked)
    if chosen is None:
        return []
    found, voice, mentions = chosen
    own_places = bool(mentions)
    mentions = mentions or _context_places(reading, found, index, blocked)
    if found.cue.table != "movement":  # a country is no place of control or of an event
        mentions = [m for m in mentions if m.kind != "country"]
    if not mentions:
        return []
    side, side_from = _choose_side(reading, sentence, found, voice, mentions)
    certainty = certainty_of(text[sentence.start:sentence.end], found.start - sentence.start,
                             found.end - sentence.start, found.clause_start - sentence.start,
                             planned=voice != "modifier")
    date = _date(reading, sentence, index, found, certainty)
    kind = found.cue.passive_kind if voice == "passive" and found.cue.passive_kind else \
        found.cue.kind
    if context.dater.is_background(date) and kind != "held":
        return []
    start, end = _quote(text, sentence, found.start)
    in_sentence = bool(side[2]) and sentence.start <= text.find(side[2], sentence.start) < \
        sentence.end
    claim = Claim(context.name, found.cue.table, kind, start, end, text[start:end], date.date,
                  date.precision, _claim_places(context, sentence, found, mentions,
                                                found.cue.table),
                  side[1], side[0], side[2] if in_sentence else "", certainty,
                  f"{reading.method}:{found.cue.name}", trigger=(found.start, found.end),
                  date_from=date.origin, side_from=side_from,
                  places_from="own" if own_places else "context")
    if voice == "nominal" and not own_places and \
            _DEFINITE.search(text, max(found.clause_start, found.start - 24), found.start):
        claim = replace(claim, refers_back=True)
    claim = _same_raids(reading, index, found, claim)
    reading.told.append((index, claim))
    claims = [claim]
    if found.cue.also_retreat:
        claims += _retreat(context, sentence, found, claim)
    _remember(context, claim, mentions, index)
    return claims


def _same_raids(reading: _Reading, index: int, found: Found, claim: Claim) -> Claim:
    """"Raids" with no actor of their own, told shortly after strikes, are those strikes
    ("air raids near Marib ... The Houthis were killed in raids in the Sirwah district")."""
    if claim.side_from == "actor" or not _RAIDS.search(reading.context.text[found.start:found.end]):
        return claim
    for at, earlier in reversed(reading.told):
        if index - at > 2 * EVENT_DATE_SENTENCES:
            break
        if earlier.table == "event" and earlier.kind == "strike" and earlier.side_id:
            return replace(claim, kind="strike", side=earlier.side, side_id=earlier.side_id,
                           side_from="context")
    return claim


def _remember(context: ArticleContext, claim: Claim, mentions: list[Mention], index: int
              ) -> None:
    """What the next claims may take from this one: its places, its side, and the holder
    it makes of its places."""
    if claim.certainty not in ("denied", "planned"):
        context.recent_places = [*context.recent_places, *mentions][-5:]
        context.claimed_places.append(list(mentions))
        for key in place_keys(claim):
            if claim.kind in ("taken", "held") and claim.side_id:
                context.holders[key] = claim.side_id
            elif claim.kind == "withdrawn" and context.holders.get(key) == claim.side_id:
                del context.holders[key]
            elif claim.kind == "withdrawn" and claim.side_id and key not in context.holders:
                context.holders[key] = claim.side_id  # it held the place it left
    context.last_claim_sentence = index
    if claim.side_id and claim.side_from == "actor":
        context.topic = (claim.side_id, claim.side, claim.side_text)


def _sentence_cues(context: ArticleContext, sentence: Sentence) -> list[Found]:
    found = []
    for cue, start, end in find_cues(context.text, sentence.start, sentence.end):
        opening, closing = _clause(context.text, sentence, start, end)
        found.append(Found(cue, start, end, opening, closing))
    return found


def _update_topic(context: ArticleContext, sentence: Sentence) -> None:
    """After a sentence, the side it named first is the one "they" will mean."""
    named = [a for a in actors_in(context, sentence.start, sentence.end) if not a.pronoun
             and context.side_of(a)[0]]
    if named:
        context.topic = (*context.side_of(named[0]), named[0].text)


def draft_context(context: ArticleContext, frames: Mapping[int, Frame] | None = None,
                  method: str = "rules") -> list[Claim]:
    """The claims of an article already read (:func:`geo.draft.context.read_article`);
    ``frames``: the dependency frames of its cues by offset (:mod:`geo.draft.syntax`)."""
    reading = _Reading(context, frames or {}, method, [], [])
    claims: list[Claim] = []
    for index, sentence in enumerate(sentences(context.text)):
        reading.spans.append((sentence.start, sentence.end))
        if sentence.headline:
            continue
        found = _sentence_cues(context, sentence)
        topic_before = context.topic
        for position, cue in enumerate(found):
            nxt = _window_end(context.text, cue, found[position + 1:], sentence.end)
            claims += _draft_cue(reading, sentence, index, cue, nxt)
        if context.topic is topic_before:
            _update_topic(context, sentence)
    return merge_restatements(claims)


def draft_text(text: str, published: dt.date, gazetteer: Gazetteer, book: SideBook,
               name: str = "text", method: str = "rules") -> Drafts:
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
    method : str
        ``rules`` (the default), ``spacy`` or ``hybrid`` (:mod:`geo.draft.methods`).
    """
    from geo.draft.methods import frames_for

    context = read_article(name, text, published, gazetteer, book)
    claims = draft_context(context, frames_for(method, context), method)
    used = {c.side_id for c in claims}
    named = [(side_id, context.proposed[side_id]) for side_id in sorted(context.proposed)
             if side_id in used]
    return Drafts(claims, propose_sides(named, book, f"seed:{name}"))


def draft_articles(articles: Iterable, gazetteer: Gazetteer, book: SideBook,
                   method: str = "rules") -> Drafts:
    """The drafts of every article (``geo.inputs.articles.Article``), as plain records.

    New sides named in several articles are proposed once, under the first article's name;
    the articles are drafted in the order of their ids, so the sides and their colours do
    not depend on the order the articles come in.
    """
    drafts = Drafts()
    named: list[tuple[str, str]] = []
    sources: dict[str, str] = {}
    for article in sorted(articles, key=lambda a: a.id):
        one = draft_text(article.text, article.published, gazetteer, book, article.id, method)
        drafts.claims += one.claims
        for side in one.sides:
            named += [(side.id, name) for name in side.names]
            sources.setdefault(side.id, side.source)
    drafts.sides = [replace(side, source=sources[side.id])
                    for side in propose_sides(named, book, "")]
    return drafts
