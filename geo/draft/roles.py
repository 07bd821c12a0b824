"""Read by rule who does a cue's act and where: its voice, the clause's subject, the agent
after "by", the subject of a light verb ("launched air strikes"), shared objects of
coordinated verbs ("encircled and attacked Albu Kamal") and the places each voice points to.

:mod:`geo.draft.syntax` answers the same questions from a dependency parse; the engine
(:mod:`geo.draft.claims`) takes whichever a method chooses.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from geo.draft.actors import Actor
from geo.draft.context import ArticleContext
from geo.draft.cues import Cue
from geo.draft.places import ANAPHOR, window_places
from geo.draft.segment import Sentence
from geo.parse.geoparse import Mention

#: (side id, side name, the words that name it)
Side = tuple[str, str, str]

_AUX_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|get|gets|got)(?:\s+(?:\w+ly|not|now|also|then|since|"
    r"already|again|just|all|reportedly|finally))*\s+$", re.I)
_PARTICIPLE = re.compile(r"\b(?:\w+ed|taken|seen|driven|held|shot|hit|overrun|struck|won|"
                         r"beaten|fought|thrown|retaken)\b", re.I)
_AGENT = re.compile(r"^\W*(?:\w+\s+){0,3}?by\s+(?:the\s+)?$")
_APPOSITION = re.compile(r"^\s*,\s*(?:mostly|mainly|largely|chiefly|led\s+by|including)?"
                         r"\s*(?:some\s+)?(?:units\s+from\s+)?(?:the\s+)?$")
#: An actor after one of these words is no subject ("backed by Turkey", "against ISIS").
_OBJECT_BEFORE = re.compile(
    r"\b(?:by|with|against|on|from|of|to|for|into|including|includes|than|between|among|"
    r"alongside|versus|toward|towards|at|in|near|behind|under|over)\s+(?:the\s+|its\s+|their\s+|"
    r"some\s+)?$", re.I)
#: Where a new clause with its own subject begins ("... have arrived in the area and the
#: Russian deputy foreign minister promised").
_COORDINATION = re.compile(r",\s+(?:and|but|while)\s+|;\s+|\s(?:and|but)\s+(?=(?:the|a|an|its|"
                           r"their)\s)")
_FINITE = re.compile(r"\b(?:\w+ed|has|have|had|is|are|was|were|said|says|took|began|fell|"
                     r"went|came|won|left|fought|made|sent|hit|struck)\b")
#: Verbs whose subject carries out the act a nominal cue names ("X launched air strikes on",
#: "X killed 115 Houthis in air raids").
_LIGHT = re.compile(
    r"^\s*(?:(?!(?:was|were|is|are|been|being|be)\b)[\w'’-]+\s+){0,2}?"
    r"(?:(?:has|have|had|will|would)\s+(?:\w+ly\s+)?|(?:was|were|is|are)\s+(?=\w+ing\b))?"
    r"(?:launch|carr(?:y|ied|ies)\s+out|conduct|"
    r"stag|mount|ma[dk]e|beg[ia]n|begun|continu|resum|step(?:ped)?\s+up|intensif|unleash|"
    r"order|us|target|hit|struck|strik|open|fir|sen[dt]|kill|destroy|pound|wound|repel|"
    r"repuls|foil|thwart|fought\s+off|fend|beat|attack|assault|shell|bomb|ramp(?:ed)?\s+up|"
    r"declar|announc|intercept|engag|kept\s+up|keep(?:s|ing)?\s+up|exert|appl|maintain|"
    r"increas)\w*\s+"
    r"(?:[\w'’“”\"-]+\s+){0,8}$", re.I)
_NOMINAL_AFTER = re.compile(
    r"^\s+(?:(?:launched|carried\s+out|conducted|fired|mounted|staged|operated|waged)\s+)?"
    r"(?:by|of|for|from)\s+(?:the\s+)?(?:(?:presumed|suspected|alleged)\s+)?"
    r"(?:(?:members|fighters|militants|elements|units)\s+of\s+(?:the\s+)?)?$")
#: An actor right before "to" and the cue is the subject of the infinitive ("an attempt by
#: junta troops to advance", "forcing the army to withdraw").
_INFINITIVE = re.compile(r"^\s+(?:(?:attempts?|bids?|efforts?)\s+)?to\s+(?:\w+ly\s+)?$")
#: "accused the military of attacking X (with airstrikes)", "blamed the army for bombing X":
#: the accused is the doer (the accusation makes the claim ``claimed``).
_ACCUSED_BEFORE = re.compile(r"\b(?:accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|charg(?:e|ed|es|ing))"
                             r"\s+(?:the\s+)?$", re.I)
_ACCUSED_OF = re.compile(r"^\s+(?:of|for)\s+(?:\w+ly\s+)?(?:(?:[\w-]+ing)\b[^,;.]{0,60}?\s)?$")
_NEAR_BEFORE = re.compile(r"^(?:['’]s)?(?:\s+(?!(?:in|on|at|by|of|for|from|with|to|into|near|"
                          r"after|before|and|or|during)\b)[a-z][\w-]*)?\s*$")
_SUBJECT_GAP = re.compile(r"^[\s,]*(?:(?:quarter|district|town|city|village|area|areas|"
                          r"neighbou?rhood|province|region|itself|and|the|surrounding|"
                          r"country|base|airport|was|were|is|are|been|being|be|has|have|had|"
                          r"[\w-]+ly)[\s,]+){0,5}$", re.I)
_HOLDER_GAP = re.compile(r"^[\s,]*(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has\s+been|"
                         r"had\s+been|have\s+been|remains?|remained)\s+)?(?:(?:still|now|"
                         r"formerly|previously|long|largely|mostly|partly|fully|firmly|then)\s+)?$",
                         re.I)
_SPAN_OF = re.compile(r"\b(?:months|years|weeks|decades?)\s+of\s+(?:\w+\s+)?$", re.I)
_DIRECT_OBJECT = re.compile(
    r"^[\s)\]”\"’]*(?:(?:the|a|an|its|their|of|city|town|village|surroundings|outskirts|areas?|parts?|"
    r"centre|center|edges?|northern|southern|eastern|western|north|south|east|west|key|"
    r"strategic|nearby|rebel-held|besieged|remaining|whole|entire|most|much|district|"
    r"province|region|quarter|suburb|neighbou?rhood|camp|base|airport|towns|villages|cities|"
    r"districts|positions|neighbouring|neighboring|adjacent|two|three|four|five|several|"
    r"more|other|last|main|major|important|capital|port|border|frontline|"
    r"(?-i:[A-Z][a-z]+(?:i|an|ese|ish)))\s+)*$", re.I)  # "Houthi-held Yemeni capital Sana'a"


#: "holds most areas of the 13 states ..., including the capital, Khartoum": an object whose
#: places are those the list after "including" names.
_INCLUDING = re.compile(r"^\s+(?:[\w’'-]+[\s,]+){1,16}?including\s+(?:the\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:capital|cities|city|towns?|villages?)\s*,?\s+(?:of\s+)?)?$", re.I)


@dataclass(frozen=True)
class Found:
    """A cue at its place in a sentence, with the bounds of its clause."""

    cue: Cue
    start: int
    end: int
    clause_start: int
    clause_end: int


#: A nominal cue written as a verb in the past: it has a subject, as an active verb has.
_PAST_VERB = re.compile(r"(?i:battled|clashed|fought|raided|ambushed|skirmished|bombarded|"
                        r"shelled|bombed|intercepted|thwarted|foiled|repelled|repulsed|attacked|"
                        r"repelling|repulsing|thwarting|foiling|intercepting|"
                        r"respond(?:ed|ing)\s+to|shot\s+down)")
#: An active cue's words that are a noun ("reinforcements", "deployment"): read as nouns.
_NOUN_FORM = re.compile(r"(?i:reinforcements?|deployments?)")
_OF_PLACE = re.compile(r"\s*(?:the\s+)?(?:(?:town|city|village|district|province|region|"
                       r"area)\s+of\s+)?")


def voice_of(text: str, found: Found, mentions: list[Mention] | None = None) -> str:
    """The cue's voice: an active participle after an auxiliary reads as a passive, and
    "stronghold of" before a place as a modifier ("the ISIS stronghold of Al-Bab";
    ``mentions``: the article's places)."""
    voice = found.cue.voice
    if voice == "active" and _NOUN_FORM.fullmatch(text, found.start, found.end):
        return "nominal"  # "Houthi military reinforcements", "the deployment of"
    if voice == "nominal" and _PAST_VERB.fullmatch(text, found.start, found.end) and \
            not _AUX_BEFORE.search(text, max(0, found.start - 40), found.start):
        voice = "active"  # "Israeli forces ... battled in close combat", "they clashed"
    passive_able = voice == "active" or (voice == "nominal" and found.cue.passive_kind)
    if passive_able and _PARTICIPLE.search(text, found.start, found.end) and \
            _AUX_BEFORE.search(text, max(0, found.start - 40), found.start):
        return "passive"
    if voice == "state" and mentions and text[found.start:found.end].endswith("of"):
        after = _OF_PLACE.match(text, found.end)
        at = after.end() if after else found.end
        if any(m.start == at for m in mentions):
            return "modifier"
    return voice


def actors_in(context: ArticleContext, start: int, end: int) -> list[Actor]:
    """The actors wholly inside ``[start, end)`` (found from the first that starts there:
    the context's actors are in text order)."""
    actors = context.actors
    found = []
    for index in range(bisect_left(actors, start, key=_start), len(actors)):
        actor = actors[index]
        if actor.start >= end:
            break
        if actor.end <= end:
            found.append(actor)
    return found


def _start(actor: Actor) -> int:
    return actor.start


def side_of(context: ArticleContext, actor: Actor) -> Side | None:
    """The side an actor names, with its words (``None`` for an actor of no side)."""
    side_id, name = context.side_of(actor)
    return (side_id, name, actor.text) if side_id else None


def antecedent(context: ArticleContext, sentence: Sentence, pronoun: Actor) -> Side | None:
    """The side a pronoun stands for: the sentence's first actor before it (the speaker of
    "X said it had ..."), else the side the text last spoke of."""
    before = [a for a in actors_in(context, sentence.start, pronoun.start) if not a.pronoun
              and context.side_of(a)[0] and not is_object(context.text, a, sentence.start)]
    if before:
        return (*context.side_of(before[0]), pronoun.text)
    if context.topic is not None:
        return (context.topic[0], context.topic[1], pronoun.text)
    return None


def is_object(text: str, actor: Actor, floor: int) -> bool:
    """Whether an actor follows a preposition ("backed by Turkey", "against ISIS"), but
    for a count of it ("Thousands of M23 fighters marched")."""
    match = _OBJECT_BEFORE.search(text, max(floor, actor.start - 30), actor.start)
    return match is not None and not _COUNT_OF.search(text, max(floor, match.start() - 30),
                                                      match.end())


#: "Thousands of", "dozens of", "hundreds of": the actor is the count's, still the subject.
_COUNT_OF = re.compile(r"(?:^|\W)(?:thousands|hundreds|dozens|scores|tens|several|some|many|"
                       r"most|members|elements|units|remnants)\s+of\s+(?:the\s+|its\s+|their\s+|"
                       r"some\s+)?$", re.I)


#: Forces named by whom they answer to ("the army forces under the command of the GNA",
#: "militias loyal to X"): the side is the commander's.
_COMMANDED = re.compile(r"\s*,?\s*(?:under\s+(?:the\s+)?(?:command|leadership|orders)\s+of|"
                        r"loyal\s+to|commanded\s+by|answering\s+to)\s+", re.I)


def _commander(context: ArticleContext, actor: Actor) -> Actor | None:
    match = _COMMANDED.match(context.text, actor.end)
    if match is None:
        return None
    after = [a for a in actors_in(context, match.end(), match.end() + 80) if not a.pronoun]
    if after and after[0].start == match.end() and \
            context.side_of(after[0])[0]:
        return after[0]
    return None


def pick(context: ArticleContext, sentence: Sentence, actors: list[Actor]) -> Side | None:
    """The subject among the actors before a cue: the first, or the appositive after it
    when only that one names a known side ("U.S. proxy forces, mostly Kurdish YPG"), or
    the commander of forces named by whom they answer to ("forces under the command of")."""
    first = actors[0]
    if first.pronoun:
        return antecedent(context, sentence, first)
    commander = _commander(context, first)
    if commander is not None:
        return (*context.side_of(commander), first.text)
    side_id, name = context.side_of(first)
    if len(actors) > 1 and side_id in context.proposed and not actors[1].pronoun and \
            _APPOSITION.match(context.text[first.end:actors[1].start]) and \
            context.side_of(actors[1])[0] not in context.proposed:
        return (*context.side_of(actors[1]), actors[1].text)
    return (side_id, name, first.text) if side_id else None


def subject_start(text: str, found: Found) -> int:
    """Where the cue's own clause begins: after the last coordination that follows a
    complete clause ("X have arrived in the area and the minister promised to retake")."""
    start = found.clause_start
    for match in _COORDINATION.finditer(text, found.clause_start, found.start):
        if _FINITE.search(text, start, match.start()):
            start = match.end()
    return start


#: An attribution that opens a clause ("According to the army, RSF fighters launched"): its
#: source is the speaker, not the subject, and the comma after it coordinates nothing.
_ATTRIBUTION = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]iting|[Qq]uoting|[Pp]er)\s+"
                          r"[^,;.]{1,80}?,\s*")


def _after_attribution(text: str, start: int, end: int) -> int:
    """Where the clause's subject may begin: after an attribution that opens it."""
    match = _ATTRIBUTION.search(text, start, end)
    if match is not None and re.fullmatch(r"[\s,\"“”‘’'-]*", text[start:match.start()]):
        return match.end()
    return start


#: A word that opens a subordinate clause with a subject of its own.
_SUBORDINATOR = re.compile(r"\b(?:after|before|since|when|while|because|until|once|"
                           r"(?<!such\s)(?<!well\s)as)\s+(?=\S)", re.I)


def _match_start(match: re.Match[str]) -> int:
    return match.start()


def _subjects(context: ArticleContext, sentence: Sentence, found: Found) -> list[Actor]:
    """The actors that may be the cue's subject: those of its own clause, or of the clause
    before when its own names none ("X have battled ISIS ..., and have driven"); never the
    source of an attribution that opens the clause ("According to the army, ...")."""
    text = context.text
    for start in (subject_start(text, found), found.clause_start):
        start = _after_attribution(text, start, found.start)
        opener = max(_SUBORDINATOR.finditer(text, start, found.start), key=_match_start,
                     default=None)
        if opener is not None and any(not is_object(text, a, opener.end()) for a in
                                      actors_in(context, opener.end(), found.start)):
            start = opener.end()  # "a day after Syrian forces seized": its own subject
        subjects, previous_object = [], None
        for actor in actors_in(context, start, found.start):
            if is_object(text, actor, start) or (previous_object is not None and re.fullmatch(
                    r"\s*(?:,|and|or|, and|, or)\s+(?:the\s+|its\s+|their\s+)?",
                    text[previous_object.end:actor.start])):
                previous_object = actor  # "by the U.S. or its Gulf allies"
                continue
            previous_object = None
            subjects.append(actor)
        if subjects:
            return subjects
    return []


def _actor_after(context: ArticleContext, start: int, end: int) -> Side | None:
    after = [a for a in actors_in(context, start, end) if not a.pronoun]
    return side_of(context, after[0]) if after else None


def _agent(context: ArticleContext, found: Found, window_end: int) -> Actor | None:
    agent = [a for a in actors_in(context, found.end, window_end)
             if _AGENT.match(context.text[found.end:a.start])]
    return agent[0] if agent else None


def _nominal_subject(context: ArticleContext, sentence: Sentence, found: Found,
                     window_end: int) -> Side | None:
    """The side of an act a noun names: inside the cue ("assault by Syrian forces"), just
    before it ("Russian air attacks", "ISIS's attack"), after "by", "of" or "for"
    ("reinforcements for the Syrian army"), or the subject of a light verb."""
    text = context.text
    inside = [a for a in actors_in(context, found.start, found.end) if not a.pronoun]
    if inside:
        return side_of(context, inside[0])
    near = [a for a in actors_in(context, max(sentence.start, found.start - 40), found.start)
            if _NEAR_BEFORE.match(text[a.end:found.start])]
    if near:
        return antecedent(context, sentence, near[-1]) if near[-1].pronoun else \
            side_of(context, near[-1])
    after = [a for a in actors_in(context, found.end, window_end)
             if _NOMINAL_AFTER.match(text[found.end:a.start]) and not a.pronoun]
    if after:
        return side_of(context, after[0])
    subjects = _subjects(context, sentence, found)
    if subjects and _LIGHT.match(text[subjects[0].end:found.start]):
        return pick(context, sentence, subjects)
    return None


_WHO = re.compile(r"\s*,?\s*who\s+|\s*,\s*which\s+")


#: "shelling and strikes carried out by the air force": a cue read as a noun, its doer after.
_CARRIED_BY = re.compile(r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:carried\s+out|conducted|launched|"
                         r"mounted|staged|waged|led)\s+by\s+(?:the\s+)?")


def _named_elsewhere(context: ArticleContext, sentence: Sentence, found: Found,
                     window_end: int) -> Side | None:
    """The doer of an act whose clause has no subject before it: after "carried out by",
    the antecedent of a relative clause, or the launcher of its weapons."""
    carried = [a for a in actors_in(context, found.end, window_end) if not a.pronoun and
               _CARRIED_BY.fullmatch(context.text, found.end, a.start)]
    if carried:
        return side_of(context, carried[0])
    relative = _relative_antecedent(context, sentence, found)
    if relative is not None:
        return relative
    return _launched_by(context, found)


def _adjacent_actor(context: ArticleContext, found: Found) -> Side | None:
    """An actor right before the cue's word ("a target of Russian advances", "Ukrainian
    attacks"): its doer, whether the word is read as a verb or a noun."""
    text = context.text
    near = [a for a in actors_in(context, max(found.clause_start, found.start - 40), found.start)
            if not a.pronoun and re.fullmatch(r"(?:['’]s)?\s", text[a.end:found.start]) and
            _NOUN_OPENER.search(text, max(0, a.start - 16), a.start)]
    return side_of(context, near[-1]) if near else None


#: What opens a noun phrase whose head is the cue ("a target of Russian advances", "amid
#: new Ukrainian attacks"), never a subject's coordination ("X and allied militias
#: encircled") nor an agent ("backed by Turkish troops are").
_NOUN_OPENER = re.compile(r"\b(?:of|to|against|amid|despite|after|with|from|for|on|the|a|an|"
                          r"new|fresh|recent|repeated|continued|renewed|heavy|further)\s+$",
                          re.I)


def _relative_antecedent(context: ArticleContext, sentence: Sentence, found: Found
                         ) -> Side | None:
    """The subject of a relative clause ("the Houthi forces, who have recently wrestled",
    "GNA forces who regained control", "The RSF, which recaptured"): the actor "who" (or
    ", which") follows."""
    text = context.text
    window = max(sentence.start, found.clause_start - 6)
    at = max(text.rfind("who", window, found.start), text.rfind("which", window, found.start))
    if at < 0 or not re.fullmatch(r"(?:who|which)\s+(?:[\w-]+\s+){0,3}", text[at:found.start]):
        return None
    word = 5 if text.startswith("which", at) else 3
    before = [a for a in actors_in(context, sentence.start, at) if not a.pronoun and
              _WHO.fullmatch(text, a.end, at + word + 1)]
    return side_of(context, before[-1]) if before else None


_LEADING_SUBORDINATOR = re.compile(r"[\W]*(?:After|Before|While|Upon|When|Since)\s+")
_ING = re.compile(r"[A-Za-z]+ing\b")


def _participle_subject(context: ArticleContext, found: Found) -> Side | None:
    """The side of a participle that follows its actor ("chasing army units retreating
    toward al-Obeid", "troops advancing on the town"): that actor, whatever the clause's
    subject is."""
    ing = _ING.match(context.text, found.start)
    if not ing:
        return None
    near = [a for a in actors_in(context, max(found.clause_start, found.start - 60), found.start)
            if not a.pronoun and _BEFORE_PARTICIPLE.fullmatch(context.text[a.end:found.start])]
    if near:
        return side_of(context, near[-1])
    # "chasing away the fleeing ISIS fighters toward": the participle before its noun
    if not _DETERMINER_BEFORE.search(context.text, max(0, found.start - 8), found.start):
        return None  # "rebels are targeting government posts": the object, no actor
    after = [a for a in actors_in(context, ing.end(), found.end)
             if not a.pronoun and re.fullmatch(r"\s+", context.text[ing.end():a.start])]
    return side_of(context, after[0]) if after else None


#: What lies between a participle's actor and the participle: a space, or a possessive
#: ("Haftar's fleeing forces": the forces are Haftar's).
_BEFORE_PARTICIPLE = re.compile(r"(?:['’]s)?\s+")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+$", re.I)


#: A weapon named as the subject with its launcher ("a drone launched by the RSF targeted"):
#: the launcher, after "by", is the acting side.
_WEAPON_BY = re.compile(r"\b(?:drones?|missiles?|rockets?|shells?|aircraft|warplanes|jets|"
                        r"helicopters?)\s+(?:launched|fired|operated|flown|sent)\s+by\s+$", re.I)


def _launched_by(context: ArticleContext, found: Found) -> Side | None:
    for actor in reversed(actors_in(context, found.clause_start, found.start)):
        if not actor.pronoun and re.fullmatch(r"\s*(?:\([^)]{1,12}\)\s*)?",
                                              context.text[actor.end:found.start]) and \
                _WEAPON_BY.search(context.text, max(found.clause_start, actor.start - 40),
                                  actor.start):
            return side_of(context, actor)
    return None


#: "its stronghold of", "their bastion": the holder is the actor the possessive stands for.
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[a-z]+\s+)?$")


def _possessor(context: ArticleContext, sentence: Sentence, found: Found) -> Side | None:
    """The actor "its" or "their" before a holding cue stands for: the last named before."""
    if not _POSSESSIVE_BEFORE.search(context.text, max(sentence.start, found.start - 12),
                                     found.start):
        return None
    before = [a for a in actors_in(context, sentence.start, found.start) if not a.pronoun]
    return side_of(context, before[-1]) if before else None


def accused_side(context: ArticleContext, found: Found) -> Side | None:
    """The side accused of the act ("X accused the military of attacking Y")."""
    text = context.text
    for actor in reversed(actors_in(context, max(found.clause_start, found.start - 120),
                                    found.start)):
        if actor.pronoun or not _ACCUSED_OF.match(text[actor.end:found.start]):
            continue
        if _ACCUSED_BEFORE.search(text, max(0, actor.start - 30), actor.start):
            return side_of(context, actor)
    return None


def subject_of(context: ArticleContext, sentence: Sentence, found: Found, voice: str
               ) -> Side | None:
    """The acting side of a cue by its voice; ``None`` for the context to fill, ("", "", "")
    when the words say no side is named."""
    window_end = min(found.clause_end, found.end + 80)
    participle = _participle_subject(context, found) if voice == "active" else None
    if participle is not None:
        return participle
    if voice in ("active", "nominal"):
        infinitive = [a for a in actors_in(context, max(found.clause_start, found.start - 60),
                                           found.start)
                      if _INFINITIVE.match(context.text[a.end:found.start]) and not a.pronoun]
        if infinitive and side_of(context, infinitive[-1]) is not None:
            return side_of(context, infinitive[-1])
    if voice in ("agent", "state"):  # "the cartel in its stronghold of X": the cartel
        return _possessor(context, sentence, found) or \
            _actor_after(context, found.start, window_end)
    if voice in ("target", "passive"):
        if voice == "passive" and found.cue.passive_kind:
            subjects = _subjects(context, sentence, found)
            return pick(context, sentence, subjects) if subjects else None
        agent = _agent(context, found, window_end)
        if agent is not None and not agent.pronoun:
            return side_of(context, agent)
        return ("", "", "") if voice == "target" else None
    if voice == "nominal":
        return _nominal_subject(context, sentence, found, window_end)
    if voice == "modifier":
        before = [a for a in actors_in(context, found.clause_start, found.start)
                  if found.start - a.end <= 3]
        return pick(context, sentence, before) if before else \
            _possessor(context, sentence, found)
    adjacent = _adjacent_actor(context, found)
    if adjacent is not None:
        return adjacent
    subjects = _subjects(context, sentence, found)
    if subjects:
        return pick(context, sentence, subjects)
    named = _named_elsewhere(context, sentence, found, window_end)
    if named is not None:
        return named
    if found.start - sentence.start < 3 or _LEADING_SUBORDINATOR.fullmatch(
            context.text, sentence.start, found.start):
        # "Advancing from the west, the SAF captured", "After repelling the attack, officers"
        return _actor_after(context, found.end, sentence.end)
    return None


def passive_subject(context: ArticleContext, found: Found, blocked: list[tuple[int, int]]
                    ) -> list[Mention] | None:
    """The places a passive cue is about: the subject just before it ("Sheikh Saeed
    quarter was taken", "The villages of A, B and C ... were captured"); ``None`` when the
    subject is no place ("the decision was taken")."""
    text = context.text
    before = window_places(text, context.mentions, found.clause_start, found.start, blocked)
    last = max((m for m in context.mentions if found.clause_start <= m.start and
                m.end <= found.start), key=lambda m: m.end, default=None)
    if before and last is not None and _SUBJECT_GAP.match(text[last.end:found.start]):
        first = len(before) - 1
        while first > 0 and re.fullmatch(r"\s*(?:,|and|, and|or)\s*|[\s,]*(?:in|of|near|"
                                         r"as\s+well\s+as)\b[^,.;]{0,60}",
                                         text[before[first - 1].end:before[first].start]):
            first -= 1
        return before[first:]
    if ANAPHOR.search(text[max(found.clause_start, found.start - 30):found.start]) or \
            found.cue.kind != "taken":  # "ISIS forces were cornered in Qaboun"
        return []
    return None


#: An apposition that locates the place before it ("El Fasher, the army's last major
#: foothold in Darfur, ..."): the clause is about that place, not the one it names.
_APPOSED = re.compile(r"\s*,\s*(?:the|a|an|its|their)\s+[^,;.]{0,60}?\b(?:in|of|near)\s+"
                      r"(?:the\s+)?")


#: "Donetsk, which is the main city of the region and is under Russian control": the
#: place before "which" is the one the second predicate is about.
_WHICH_AND = re.compile(r"\s*,\s*(?:which|that)\s+[^,;.]{0,80}?\s+and\s+(?:is|are|was|were|"
                        r"remains?|remained|has\s+been|have\s+been)\s+(?:still\s+|now\s+)?")
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:the|a|an|its|their)\s+[^,;.]{0,80},(?=\s)")


def held_subject(context: ArticleContext, sentence: Sentence, found: Found,
                 blocked: list[tuple[int, int]]) -> list[Mention]:
    """The place a "held by", "stronghold of" or "fell to" cue is about: the one the
    phrase follows ("Palmyra was held by", "Marib, the final stronghold of")."""
    text = context.text
    before = window_places(text, context.mentions, sentence.start, found.start, blocked)
    if not before:
        return []
    gap = text[before[-1].end:found.start]
    if len(before) > 1 and _APPOSED.fullmatch(text, before[-2].end, before[-1].start) and \
            gap.lstrip().startswith(","):
        before = before[:-1]  # "El Fasher, the army's last foothold in Darfur, has been"
        gap = gap.lstrip()[1:]
    elif (apposed := _APPOSITION_GAP.match(gap)) is not None:
        gap = gap[apposed.end():]  # "Aleppo, the army's last foothold in the north, has"
    relative = _RELATIVE_GAP.match(gap)
    if relative is not None and _HOLDER_GAP.match(gap[relative.end():]):
        return before[-1:]  # "Kupiansk, which Russian forces have tried to take, remains under"
    if _SPAN_OF.search(gap):  # "X ..., after 13 months of control by the RSF"
        return before[-1:]
    if _HOLDER_GAP.match(gap) or _SUBJECT_GAP.match(gap) or _WHICH_AND.fullmatch(gap) or \
            re.fullmatch(r"\s*(?:,|[–—-])\s*(?:the|a|an|its)\s+(?:[\w’'-]+\s+){0,4}", gap):
        first = len(before) - 1
        while first > 0 and re.fullmatch(r"\s*(?:,|and|, and)\s*",
                                         text[before[first - 1].end:before[first].start]):
            first -= 1
        return before[first:]
    located = [m for m in context.mentions if before[-1].end < m.start and m.end <= found.start]
    if located and _LOCATED_IN.fullmatch(text, before[-1].end, located[0].start) and \
            _HOLDER_GAP.match(text[located[-1].end:found.start]):
        return before[-1:]  # "the city of Abu Zaid in West Kordofan, which is under the control of"
    return []


_RELATIVE_GAP = re.compile(r"\s*,\s*(?:which|that|where|who|whose)\b[^;.,]{0,150},\s*")
#: The words between a place and the region that locates it ("X in Y", "X, Y").
_LOCATED_IN = re.compile(r"\s*,?\s*(?:in|near|of)?\s+(?:the\s+)?(?:(?:north|south|east|west)"
                         r"(?:ern)?\s+)?", re.I)


def object_place(context: ArticleContext, found: Found, places: list[Mention]) -> bool:
    """Whether a place is the object of the cue ("attacked Palmyra", "attack ISIS in al-Bab")."""
    if not places or places[0].start < found.end:
        return False
    gap = context.text[found.end:places[0].start]
    for actor in actors_in(context, found.end, places[0].start):
        gap = gap.replace(actor.text, " the ")
    gap = re.sub(r"[-\s](?:held|controlled|occupied)\b", " the", gap)
    if _DIRECT_OBJECT.match(gap) or _INCLUDING.match(gap):
        return True
    actors = actors_in(context, found.end, places[0].start)
    return bool(actors) and bool(re.match(r"^\s*(?:in|near|around|at)\s+(?:the\s+)?$",
                                          context.text[actors[-1].end:places[0].start]))
