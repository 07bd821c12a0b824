"""What a claim takes from the text around its cue: its places (its window, a relative
clause's antecedent, an anaphor, the place its sentence names before it), its side (the
words, the act told before at the same place, the context corrected by the place's
holder) and its date (its own, a same act's just before, the dater's fallbacks).

:mod:`geo.draft.claims` drafts with these; :class:`Reading` is what it keeps as it reads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from geo.draft.actors import find_actors
from geo.draft.context import ArticleContext
from geo.draft.dating import ClaimDate
from geo.draft.merge import place_keys
from geo.draft.places import ANAPHOR, anaphor_places, claim_place, role_of, window_places
from geo.draft.records import Claim, ClaimPlace
from geo.draft.roles import (
    Found,
    Side,
    accused_side,
    actors_in,
    antecedent,
    held_subject,
    is_object,
    passive_subject,
    side_of,
    subject_of,
)
from geo.draft.segment import Sentence
from geo.draft.sides import stem
from geo.draft.syntax import Frame, frame_places, frame_subject
from geo.parse.geoparse import Mention

_LIST = re.compile(r"\s*(?:,|and|or|, and|, or)\s*")


_RAIDS = re.compile(r"raids?$", re.I)


#: How many sentences a place or a side named by one claim carries to the next.
CONTEXT_SENTENCES = 2


#: How many sentences back a cue of the same class lends its date to one without.
EVENT_DATE_SENTENCES = 3
#: How many sentences back any cue's own date is the date of a claim that would otherwise
#: fall back to the publication date (the nearest date before it in the text, rule 7): a day
#: up to ``ANY_DATE_SENTENCES`` back (wire copy gives each sentence its own paragraph, so the
#: paragraph's own dates are few), a month or a year only up to ``NEAR_DATE_SENTENCES``.
ANY_DATE_SENTENCES = 4
NEAR_DATE_SENTENCES = 2


@dataclass
class Reading:
    """What the engine keeps while it reads one article."""

    context: ArticleContext
    frames: Mapping[int, Frame]
    method: str
    spans: list[tuple[int, int]]
    dated: list[tuple[int, tuple[str, str], ClaimDate]]  # (sentence, class, own date)
    told: list[tuple[int, Claim]] = field(default_factory=list)  # (sentence, claim) so far


def _rule_places(context: ArticleContext, sentence: Sentence, found: Found, voice: str,
                 nxt: int, blocked: list[tuple[int, int]]) -> list[Mention] | None:
    text = context.text
    after = window_places(text, context.mentions, found.end, min(found.clause_end, nxt), blocked)
    if voice == "passive" and not found.cue.passive_kind:
        subject = passive_subject(context, found, blocked)
        if not subject and _BARE_PASSIVE.fullmatch(text, found.clause_start, found.start):
            # "Umm Dham and Kazgil, which were seized by the rebel group": the antecedent
            subject = _relative_antecedent(context, found, blocked) or subject
        return None if subject is None else subject + after
    if voice in ("agent", "state"):
        inside = window_places(text, context.mentions, found.start, found.end, blocked) \
            if voice == "agent" else []
        return inside or held_subject(context, sentence, found, blocked) or (
            _relative_antecedent(context, found, blocked)
            if voice == "agent" and _BARE_PASSIVE.fullmatch(text, found.clause_start, found.start)
            else [])  # "handed over X to"; "Bara, which had fallen to the RSF"
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


#: A relative clause that is only its verb ("which were seized by", "which had fallen to").
_BARE_PASSIVE = re.compile(r"\s*(?:(?:was|were|is|are|had|has|have|been|being|later|also|"
                           r"then|recently|only|briefly|\w+ly)\s+)*", re.I)
_RELATIVE = re.compile(r"(?:\s+(?:region|province|state|district|town|city|village|area|"
                       r"governorate|camp|base))?,?\s+(?:which|that|where)\s+$")


def _relative_antecedent(context: ArticleContext, found: Found,
                         blocked: list[tuple[int, int]]) -> list[Mention]:
    """The place a relative clause is about when the cue names none after it ("Kurakhove,
    which Russian troops have stormed and are threatening to encircle")."""
    text = context.text
    opening = _RELATIVE.search(text, max(0, found.clause_start - 24), found.clause_start)
    if opening is None:
        return []
    found_at = [m for m in context.mentions if m.end == opening.start() and m.kind != "country"
                and not any(s <= m.start < e for s, e in blocked)][:1]
    if found_at:  # "the Donetsk region of eastern Ukraine, where": the head, not its locator
        head = [m for m in context.mentions if m.end < found_at[0].start and re.fullmatch(
            r"(?:\s+(?:region|province|state|district|oblast|governorate))?\s+of\s+(?:the\s+)?",
            text[m.end:found_at[0].start]) and not any(s <= m.start < e for s, e in blocked)]
        if head:
            return head[-1:]
    return found_at


def places_of(reading: Reading, sentence: Sentence, found: Found, voice: str, nxt: int,
            blocked: list[tuple[int, int]]) -> list[Mention] | None:
    frame = reading.frames.get(found.start)
    if frame is not None:
        parsed = frame_places(reading.context, found, frame, blocked)
        if parsed:
            return parsed
    return _rule_places(reading.context, sentence, found, voice, nxt, blocked)


def context_places(reading: Reading, found: Found, index: int,
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
    if found.cue.table == "control" and not found.cue.context_place:
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


def claim_places(context: ArticleContext, sentence: Sentence, found: Found,
                  mentions: list[Mention], table: str) -> tuple[ClaimPlace, ...]:
    places = []
    for mention in mentions:
        role = role_of(context.text, mention, table, found.start)
        stand_in = _stand_in(context, sentence, mention) if mention.lat is None else None
        places.append(claim_place(mention, role, stand_in))
    return tuple(places)


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


#: Words of fighting that no one side does ("Fighting took place on Friday", "gunfire
#: echoed"): when the clause names no actor, they take no side from the context.
_MUTUAL = re.compile(r"(?i:fighting|clash(?:es)?|battles?|gunfire|confrontations?|hostilities|"
                     r"skirmish(?:es)?|fire-?fights?|gun\s*fights?|gun\s+battles?|shootouts?)")
_VERB_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|kept|keep|continu\w*|began|"
                          r"started|and)\s+$", re.I)
_BETWEEN = re.compile(r"^\s+(?:\w+\s+){0,3}?between\b", re.I)


#: A repelling verb right before an attack noun ("repulsed attacks", "thwarted an attack").
_REPELLED = re.compile(r"\b(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing|e)|thwart(?:ed|s|ing)?|"
                       r"foil(?:ed|s|ing)?|fought\s+off|fend(?:ed|ing|s)?\s+off|halt(?:ed|s|ing)?|"
                       r"respond(?:ed|s|ing)?\s+to)"
                       r"\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,5}$", re.I)


def choose_side(reading: Reading, sentence: Sentence, found: Found, voice: str,
                 mentions: list[Mention]) -> tuple[Side, str]:
    """The acting side of a claim and where it came from (see :class:`Claim`)."""
    context = reading.context
    frame = reading.frames.get(found.start)
    named = accused_side(context, found) if voice in ("active", "nominal") else None
    if named is None and frame is not None:
        named = frame_subject(context, sentence, found, frame)
    if named is None:
        named = subject_of(context, sentence, found, voice)
    repelled = _REPELLED.search(context.text, max(found.clause_start, found.start - 60),
                                found.start) if voice == "nominal" else None
    if repelled is not None and not actors_in(context, repelled.start(), found.end):
        # "it had repulsed attacks on bases" (no attacker named): the repeller's opponent's,
        # the repeller being the subject or, for a pronoun, the side the text spoke of
        repeller = named[0] if named and named[0] else \
            (context.topic[0] if context.topic is not None else "")
        opponent = context.opponent(repeller) if repeller else None
        if opponent or named:
            named = (*opponent, "") if opponent else None
    if found.cue.loser and named and named[0]:
        opponent = context.opponent(named[0])
        named = (*opponent, "") if opponent else None
    if named is not None and named[0] and _two_sides_fight(context, found):
        return ("", "", ""), ""  # "Fano forces and government forces fought in X"
    named = _engaged_or_reported(context, sentence, found, named)
    if named is not None and (named[0] or voice == "target"):
        return named, "actor" if named[0] else ""
    mutual = _MUTUAL.fullmatch(context.text, found.start, found.end) and not \
        _VERB_BEFORE.search(context.text, max(0, found.start - 20), found.start)
    if mutual and not _BETWEEN.search(context.text, found.end,
                                      min(found.clause_end, found.end + 60)):
        earlier = _fighting_told(reading, found)
        if earlier is not None:
            return earlier, "context"  # "The recent clashes occurred near X": those told before
    if mutual or _BETWEEN.search(context.text, found.end, min(found.clause_end, found.end + 60)):
        return ("", "", ""), ""  # fighting between two sides: no one acting side
    target = _target_side(context, found) if found.cue.table == "event" else ""
    told = _told_side(reading, found, mentions)
    if told is not None and not (target and told[0] == target):
        return told, "context"
    side: Side = (*context.topic[:2], "") if context.topic is not None else ("", "", "")
    kind = found.cue.passive_kind if voice == "passive" and found.cue.passive_kind else \
        found.cue.kind
    inferred = _holder_side(context, kind, mentions, side)
    if inferred is not None and not (target and inferred[0][0] == target):
        return inferred
    if target and (side[0] == target or told is not None):
        # "attacks against government checkpoints": the side attacked is not the attacker,
        # whoever the text spoke of before; its opponent is
        opponent = context.opponent(target)
        return ((*opponent, ""), "context") if opponent else (("", "", ""), "")
    return side, "context" if side[0] else ""


#: "attacks against government checkpoints", "an assault on rebel positions": the side
#: the words before the target noun name.
_AGAINST = re.compile(r"[\s\"”’']*(?:against|on)\s+(?:the\s+)?(?P<who>[\w’'-]+(?:\s+[\w’'-]+)?)"
                      r"\s+(?:checkpoints?|positions?|posts?|bases?|forces|troops|fighters|"
                      r"targets|lines|units|outposts?|strongholds?)\b")


def _target_side(context: ArticleContext, found: Found) -> str:
    """The side an act is aimed at, right after its cue, or ""."""
    at = _AGAINST.match(context.text, found.end, found.clause_end)
    if at is None:
        return ""
    who = find_actors(f"{at.group('who')} forces")
    if not who or who[0].pronoun or who[0].start != 0:
        return ""
    # the side of the text's own actor of those words ("Government forces" before)
    words = {stem(w) for w in (*who[0].identity, *at.group("who").lower().split())}
    for actor in context.actors:
        if actor.pronoun:
            continue
        side_id = context.side_of(actor)[0]
        if side_id and (words & {stem(w) for w in actor.identity} or
                        (who[0].generic and actor.generic == who[0].generic)):
            return side_id
    return ""


_FOUGHT = re.compile(r"(?i:fought|clashed|battled|skirmished|fighting|clashes|battles?)")


_THE_FIGHTING = re.compile(r"\b(?:the|these|those|such)\s+(?:recent\s+|latest\s+|ongoing\s+|"
                          r"heavy\s+|fierce\s+)?$", re.I)


def _fighting_told(reading: Reading, found: Found) -> Side | None:
    """The side of the fighting a definite noun refers back to ("The recent clashes"): the
    last assault told, when one side did it."""
    context = reading.context
    if not _THE_FIGHTING.search(context.text, max(found.clause_start, found.start - 20),
                                found.start) or actors_in(context, found.clause_start,
                                                          found.clause_end):
        return None
    for _at, earlier in reversed(reading.told):
        if (earlier.table, earlier.kind) in (("event", "attack"), ("movement", "advance")):
            return (earlier.side_id, earlier.side, "") if earlier.side_id and \
                earlier.side_from == "actor" else None
    return None


#: "clashes with the RSF", "fighting with resistance forces": the other side of the fight.
_WITH_OTHER = re.compile(r"\s+with\s+", re.I)


def _fought_with(context: ArticleContext, sentence: Sentence, found: Found) -> Side | None:
    """The side of fighting "with" another side when the sentence's subject before it names
    one ("The army seized X after heavy clashes with the RSF", "conducted airstrikes during
    fierce fighting with resistance forces"): the subject does the fighting (rule 10)."""
    if not _MUTUAL.fullmatch(context.text, found.start, found.end):
        return None
    with_ = _WITH_OTHER.match(context.text, found.end, found.clause_end)
    if with_ is None:
        return None
    other = [a for a in actors_in(context, with_.end(), min(sentence.end, with_.end() + 80))
             if not a.pronoun]
    if not other or not re.fullmatch(r"(?:[\w-]+\s+){0,3}", context.text[with_.end():
                                                                         other[0].start]):
        return None
    subjects = [a for a in actors_in(context, sentence.start, found.start)
                if not is_object(context.text, a, sentence.start)]
    if not subjects:
        return None
    side = antecedent(context, sentence, subjects[0]) if subjects[0].pronoun else \
        side_of(context, subjects[0])
    theirs = context.side_of(other[0])[0]
    if side is None or not side[0] or not theirs or side[0] == theirs:
        return None
    return side


#: "The army said units had redeployed", "The ministry confirmed that troops had
#: retreated": a speech verb, then a bare force noun as the reported clause's subject.
_SPEAKERS_FORCES = re.compile(
    r"\b(?:said|says|confirmed|confirms|announced|announces|added|adds|stated|reported|"
    r"acknowledged|admitted)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:some\s+|several\s+|many\s+)?"
    r"(?:(?-i:[a-z])[\w-]+\s+)?(?:troops|units|soldiers|forces|fighters|personnel|"
    r"servicemen)\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+|are\s+|is\s+)?(?:been\s+)?"
    r"(?:\w+ly\s+)?$", re.I)


def _speakers_forces(context: ArticleContext, sentence: Sentence, found: Found
                     ) -> Side | None:
    """The speaker's side for a bare force noun its report makes the subject ("The army
    said units had redeployed outside the city"; "Sudan said its army" is a pronoun's)."""
    said = _SPEAKERS_FORCES.search(context.text, sentence.start, found.start)
    if said is None:
        return None
    speakers = [a for a in actors_in(context, sentence.start, said.start()) if not a.pronoun
                and not is_object(context.text, a, sentence.start)]
    if not speakers or actors_in(context, said.start(), found.start):
        return None
    return side_of(context, speakers[-1])


def _engaged_or_reported(context: ArticleContext, sentence: Sentence, found: Found,
                         named: Side | None) -> Side | None:
    """A subject found, else the side fighting "with" another (:func:`_fought_with`), else
    the speaker whose report has bare forces do the act (:func:`_speakers_forces`)."""
    if named is not None and named[0]:
        return named
    return _fought_with(context, sentence, found) or \
        _speakers_forces(context, sentence, found) or named


def _two_sides_fight(context: ArticleContext, found: Found) -> bool:
    """Whether a fighting cue's subject is two sides joined by "and" ("Fano forces and
    government forces fought"): fighting between them, no one acting side (rule 10)."""
    if not _FOUGHT.fullmatch(context.text, found.start, found.end):
        return False
    before = [a for a in actors_in(context, found.clause_start, found.start) if not a.pronoun]
    if len(before) < 2 or not re.fullmatch(r"\s+and\s+(?:the\s+)?",
                                           context.text[before[-2].end:before[-1].start]):
        return False
    if not re.fullmatch(r"\s+(?:(?:have|had|has|were|are|have\s+been|had\s+been)\s+)?"
                        r"(?:\w+ly\s+)?(?:engaged\s+in\s+)?",
                        context.text[before[-1].end:found.start]):
        return False
    first, second = context.side_of(before[-2])[0], context.side_of(before[-1])[0]
    return bool(first and second and first != second)


def _told_side(reading: Reading, found: Found, mentions: list[Mention]) -> Side | None:
    """The side of the same act at the same place told before ("Albu Kamal is liberated"
    ... "it was not true that Albu Kamal was taken"): an act whose words name no side."""
    keys = {m.place_id or m.text.lower() for m in mentions}
    for _at, earlier in reversed(reading.told):
        if (earlier.table, earlier.kind) == (found.cue.table, found.cue.kind) and \
                earlier.side_id and place_keys(earlier) & keys:
            return earlier.side_id, earlier.side, ""
    return None


#: A relative or subordinate clause's opening: its date is its own act's, not the story's.
_RELATIVE_OPEN = re.compile(r",\s+(?:where|which|who|when|after|before|since)\s+$")


def note_own_date(reading: Reading, sentence: Sentence, index: int, found: Found) -> None:
    """Keep the date a cue's own sentence gives, for the acts of its class told after it
    without one ("captured five more villages on Feb. 9 ... The villages of A and B were
    captured"), even when the cue itself names no place."""
    text = reading.context.text
    if _RELATIVE_OPEN.search(text, max(0, found.clause_start - 12), found.clause_start):
        return  # "the city of Taiz, where fighting resumed on Tuesday": that clause's date
    own = reading.context.dater.date_of((sentence.start, sentence.end),
                                        (found.start, found.end), own_only=True)
    if own.origin == "own":
        reading.dated.append((index, (found.cue.table, found.cue.kind), own))


def claim_date(reading: Reading, sentence: Sentence, index: int, found: Found, certainty: str
               ) -> ClaimDate:
    """The claim's date (:func:`_claim_date`), counted back when its act is told as so long
    before the sentence's own ("a day after X seized Qusayr", "three weeks after ...")."""
    date = _claim_date(reading, sentence, index, found, certainty)
    return reading.context.dater.counted_back(date, max(sentence.start, found.clause_start),
                                              found.start)


def _claim_date(reading: Reading, sentence: Sentence, index: int, found: Found,
                certainty: str) -> ClaimDate:
    """The claim's date: its sentence's own, else the own date of a cue of the same class
    up to :data:`EVENT_DATE_SENTENCES` sentences before, else the dater's fallbacks."""
    dater = reading.context.dater
    date = dater.date_of((sentence.start, sentence.end), (found.start, found.end),
                         own_only=certainty == "planned")
    klass = (found.cue.table, found.cue.kind)
    text = reading.context.text
    since = dater.held_since(text[max(found.clause_start, found.start - 40):found.start],
                             text[found.end:found.clause_end]) \
        if found.cue.kind in ("held", "besieged") else None
    if since is not None:
        return since
    if found.cue.kind == "held" and (date.origin != "own" or _other_verbs_date(
            text, found, date)) and _present_holding(text, found):
        return dater.publication()  # "The RSF controls X": a baseline of the story's day
    if found.cue.name == "held-control" and text[found.start - 1:found.start] in ("-", "\u2010") \
            and not (date.origin == "own" and dater.is_lasting(date)):
        # "leave for the rebel-held Idlib province" in a sentence dated "this week": the
        # epithet holds at the story's time; the sentence's date is its verb's (rule 10)
        return dater.publication()
    if date.origin == "text" and dater.is_background(date):
        date = dater.publication()  # a background date is no date to borrow
    if date.origin != "own" and certainty != "planned" and \
            not dater.in_span(sentence.start, sentence.end) and \
            (_PRESENT_PERFECT.search(text, sentence.start, found.end) or
             _ONGOING.search(text, max(sentence.start, found.start - 30), found.start)):
        # "The coalition has also made gains ..., seizing X", "due to ongoing bombardments"
        # in a sentence that gives no time at all: the present perfect or "ongoing" tells
        # the state at the story's time, not an earlier sentence's day
        return dater.publication()
    if date.origin != "own" and certainty != "planned":
        for at, other, own in reversed(reading.dated):
            if index - at > EVENT_DATE_SENTENCES:
                break
            if other == klass and at < index and not dater.is_background(own):
                return replace(own, origin="text")
    if date.origin == "publication" and certainty != "planned":
        for at, _other, own in reversed(reading.dated):
            if index - at > ANY_DATE_SENTENCES:
                break
            if at < index and not dater.is_background(own) and (
                    index - at <= NEAR_DATE_SENTENCES or own.precision == "day"):
                return replace(own, origin="text")
    return date


#: A present perfect in a claim's sentence up to its cue ("has also made gains", "have
#: fallen under", "have been taking place"), not a report's ("has said that ...") nor a
#: relative clause's ("a coalition that has been fighting").
_PRESENT_PERFECT = re.compile(
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?<!\bto\s)\b(?:has|have)\s+"
    r"(?:(?:also|now|already|just|since|recently|reportedly)\s+)?"
    r"(?:been\s+)?(?!to\b|not\b|no\b|said\b|told\b|reported\b|announced\b|claimed\b|"
    r"stated\b|confirmed\b|denied\b|warned\b|added\b)[a-z]+\b(?![^.;]*\bthat\b)",
    re.I)


#: An act told as going on ("ongoing bombardments", "the ongoing air strikes"): the
#: gold set's "'ongoing': publication".
_ONGOING = re.compile(r"\bongoing\s+(?:[\w-]+\s+){0,2}$", re.I)


#: A holding told in the present ("the RSF controls", "which remain under army control",
#: "continues to hold"): the README's rule 10, a present baseline is dated at publication.
_PRESENT_HOLD_CUE = re.compile(r"(?i:(?:still\s+)?(?:holds|controls|occupies|hold|control|"
                               r"occupy)|maintains?\s.*|retains?\s.*|keeps\s.*|"
                               r"remains?\s.*)")
_PRESENT_BEFORE = re.compile(r"\b(?:is|are|remains?|continues?\s+to|still)\s+(?:\w+\s+){0,2}$",
                             re.I)
_PAST_NEAR = re.compile(r"\b(?:was|were|had|been|since|until|before)\b", re.I)


#: A past verb of its own between a cue and a date after it ("The RSF controls X, and
#: released footage Saturday"): the date is that verb's.
_OTHER_VERB = re.compile(r"(?:\band|\bbut|,)\s+(?:\w+\s+){0,2}?\w+ed\b", re.I)


def _other_verbs_date(text: str, found: Found, date: ClaimDate) -> bool:
    if date.start < found.clause_start or date.start >= found.clause_end:
        return True
    return date.start > found.end and bool(_OTHER_VERB.search(text, found.end, date.start))


def _present_holding(text: str, found: Found) -> bool:
    """Whether a held cue is told in the present tense (no past word beside it)."""
    words = text[found.start:found.end]
    before = text[max(found.clause_start, found.start - 30):found.start]
    if _PAST_NEAR.search(before) or _PAST_NEAR.search(text, found.end,
                                                      min(found.clause_end, found.end + 12)):
        return False
    if found.cue.voice == "state":
        return bool(_PRESENT_BEFORE.search(before))
    return bool(_PRESENT_HOLD_CUE.fullmatch(words)) or bool(
        re.search(r"\b(?:continues?\s+to|still)\s+$", before, re.I))


def same_raids(reading: Reading, index: int, found: Found, claim: Claim) -> Claim:
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
