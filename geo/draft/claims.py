"""Assemble the claims of an article: each cue with its places, side, certainty and date.

The engine reads sentence by sentence. For each cue of :mod:`geo.draft.cues` it takes the
clause around it, reads its voice, its places and its acting side (by rule,
:mod:`geo.draft.roles`, or from a dependency parse, :mod:`geo.draft.syntax`; what it takes
from the text around, :mod:`geo.draft.reading`), the certainty of its sentence and its
date. An act whose words name no side takes the side the text last
spoke of, corrected by what the text says of the place: a place taken from its holder was
taken by the holder's opponent, a place left was left by its holder. Restatements are then
merged (:mod:`geo.draft.merge`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from geo.draft.certainty import certainty_of, is_hypothetical
from geo.draft.context import ArticleContext, read_article
from geo.draft.cues import CUES, find_cues, placeless_cue
from geo.draft.merge import SUPPORTING_FIRE, merge_restatements, place_keys
from geo.draft.places import (
    ANAPHOR,
    anaphor_places,
    bearing_of,
    window_places,
)
from geo.draft.reading import (
    Reading,
    choose_side,
    claim_date,
    claim_places,
    context_places,
    note_own_date,
    places_of,
    same_raids,
)
from geo.draft.records import Claim, Drafts
from geo.draft.roles import (
    Found,
    actors_in,
    held_subject,
    object_place,
    side_of,
    voice_of,
)
from geo.draft.segment import Sentence, sentences
from geo.draft.sides import SideBook, propose_sides
from geo.draft.syntax import Frame
from geo.parse.gazetteer import Gazetteer
from geo.parse.geoparse import Mention

_CLAUSE_OPEN = re.compile(
    r"[;:]\s|\s[–—-]+\s|,\s+(?:which|who|where|while|but|as|after|before|when)\s|"
    r"(?<=[a-z])\s+where\s|"
    r"\b(?:said|says|added|announced|reported|claimed|told\s+\w+|stated|confirmed)"
    r"(?:\s+on\s+\w+|\s+\w+day)?\s+(?!to\s)(?:that\s+)?|\b(?:that|while|but|whereas)\s")
_CLAUSE_CLOSE = re.compile(r"[;:]\s|\s[–—]+\s|,\s+(?:which|who|where|while|but|as|after|"
                           r"before|when|according|said|says)\b|\s(?:while|but|whereas)\s|"
                           r"[,.!?]”\s|[,!?]\"\s")
_HYPOTHETICAL_AFTER = re.compile(r"^\s*(?:(?!(?:is|are|was|were|has|have|had|will|did|does)\b)"
                                 r"[\w’'-]+,?\s+){0,8}?(?:(?-i:would|could|might|may)\b(?!\s+\d)"
                                 # "fire could be heard": a perception, no possibility
                                 r"(?!\s+(?:still\s+|clearly\s+)?(?:be\s+)?(?:heard|seen|felt|"
                                 r"hear|see|feel)\b)|"
                                 r"(?:is|are|was|were|seems?|looks?)\s+(?:not\s+|un)likely|"
                                 r"unlikely)\b", re.I)
#: "a push to capture al-Bab": the capture is the aim of the act before it, no claim.
_PURPOSE = re.compile(
    r"\b(?:offensives?|push|operations?|attacks?|assaults?|bid|campaign|drive|efforts?|"
    r"attempts?|battles?|fight|fighting|fought|launched|advance|advancing|moving|marching|"
    r"sent|deployed|reinforcements?|entered|moved|came|went|arrived|stormed)\s+"
    r"(?:\w+\s+){0,3}?(?:in\s+order\s+)?to\s+$", re.I)
#: "a months-long advance": an act that has gone on for months is background.
#: An act a request names ("urges Russia to show a little grace and allow Aleppo
#: evacuation") is no claim.
_NOMINAL_REQUEST = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|ask(?:s|ed)?|demand(?:s|ed)?|"
    r"beg(?:s|ged|ging)?|appeal(?:s|ed)?)\b[^.;:]{0,100}$", re.I)
#: An act named only as what is to be avoided, sought or lacking ("retreating to avoid
#: fighting in populated areas", "a process to bring about a ceasefire"): no claim.
_NOMINAL_AIM = re.compile(
    r"\b(?:to\s+(?:avoid|prevent|stop|halt|end|bring\s+about|reach|negotiate|broker|secure|"
    r"agree\s+(?:on|to))|absence\s+of|lack\s+of|without)\s+(?:an?\s+|the\s+|any\s+)?"
    r"(?:[\w-]+\s+)?$", re.I)
_ORDERED = re.compile(r"\b(?:order(?:s|ed|ing)?|issu(?:e|ed|es|ing)|call(?:s|ed|ing)?\s+for)\s+"
                      r"(?:\w+\s+){0,2}$", re.I)
_ORDERS = re.compile(r"\s+(?:orders?|warnings?|notices?|calls?|zones?|maps?)\b", re.I)
#: "The capture of Bukavu ... would represent": a cue read as a noun after its determiner.
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.I)
_UNLIKELY_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:(?:is|are|was|were|seems?|looks?)\s+"
                             r"(?:not\s+|un)likely|unlikely)\b", re.I)
_LONG_AGO = re.compile(r"\b(?:months|years|decades?|year)[-\s]long\s+(?:\w+\s+){0,2}$|"
                       r"\bfor\s+(?:many\s+|several\s+)?(?:months|years)\s+(?:\w+\s+){0,2}$|"
                       r"\b(?:after|over|following)\s+(?:more\s+than\s+|nearly\s+|almost\s+)?"
                       r"(?:\w+\s+)?(?:months|years)\s+of\s+(?:\w+\s+)?$", re.I)
#: "The attack on the camp", "these raids": a noun that refers back to an act told before.
#: An attack carried out by weapons ("attack ... by drones launched by the RSF"): a strike,
#: whose side is the one that launched them.
_BY_WEAPON = re.compile(
    r"[^.;]{0,40}?\bby\s+(?:[\w-]+\s+){0,2}?(?:drones?|aircraft|warplanes|jets|missiles|rockets|"
    r"artillery|helicopters?|shells)\b(?:\s+(?:launched|fired|operated|flown|sent)\s+by\s+"
    r"(?:the\s+)?)?")
#: "Ukrainian drones attacked an oil refinery": an attack by weapons is a strike.
_WEAPON_SUBJECT = re.compile(r"\b(?:drones|missiles|rockets|warplanes|jets|aircraft|artillery|"
                             r"helicopters|bombers)$", re.I)
_STRIKE_CUE = next(c for c in CUES if c.name == "strike-air")
_REPEL_VERB = re.compile(r"(?i:repel(?:led|s|ling)?|repuls(?:ed|es|ing|e)|thwart(?:ed|s|ing)?|"
                         r"foil(?:ed|s|ing)?|respond(?:ed|s|ing)?\s+to|fought\s+off|"
                         r"fend(?:ed|ing|s)?\s+off|halt(?:ed|s|ing)?)")
#: "repelled all but one of 36 attacks", "fought off several waves of attacks"
_REPELLED_GAP = re.compile(r"\s+(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+){0,5}")
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: "attacked those three towns": an anaphor is the cue's object too.
_ANAPHOR_OBJECT = re.compile(rf"\s+(?:{ANAPHOR.pattern})", re.I)
_ATTENDANT = re.compile(r"[\s“”\"]+(?:[\w-]+\s+){0,2}?(?:amid|during|despite|after|following)"
                        r"\s+(?:[\w-]+\s+){0,2}", re.I)
_OBJECT_NOUN = re.compile(r"\s+(?:\w+day\s+)?(?:a|an|the|its|their|several|two|three)\s+"
                          r"(?:[\w-]+\s+){0,2}", re.I)
_IN_COUNTRY = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?(?:whole\s+of\s+)?$", re.I)
_DESTINATION = re.compile(r"\b(?:to|towards?|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_TARGETS_NOUN = re.compile(r"(?i:targets?)")
#: An object noun that a "held by" after it qualifies ("seized positions held by").
_HELD_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their|several|some|two|three|four|five|"
                          r"many|[\w-]+)\s+){0,3}?(?:positions?|posts?|bases?|outposts?|"
                          r"areas?|villages?|towns?|territory|territories|neighbou?rhoods?|"
                          r"districts?|sites?|barracks|camps?)\s+")
#: Fire that supports an act told after it ("backed by artillery fire and shelling, advanced
#: toward X"): its places are that act's (rule 4: each verb with its own kind is a claim).
_SUPPORTING = re.compile(r"\b(?:backed|supported|aided|covered|helped)\s+by\s+(?:[\w-]+\s+){0,6}?$|"
                         r"\b(?:with|under)\s+(?:the\s+)?(?:support|cover|backing)\s+of\s+"
                         r"(?:[\w-]+\s+){0,6}?$", re.I)
#: "before they reached", "until the troops reach": a time clause, its verb no act of its own.
_TEMPORAL_GAP = re.compile(r"\b(?:before|until|till|once|as\s+soon\s+as)\s+(?:[\w-]+\s+){0,2}$",
                           re.I)
_COORDINATED = re.compile(r"^\s*,?\s*(?:and|or|and\s+then|then)\s+$")
_HOLD_NOUN = re.compile(r"(?:strongholds?|bastions?)\s+of", re.I)
_SHORT_OBJECT = re.compile(r"\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}")
_FINITE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|leaves|left|remains|said|says)\b|"
                          r"[,;:]\s+\w+(?:ed|s)\b")




#: A relative clause closed right before the cue ("The RSF, which recaptured Bara on Oct.
#: 25, attacked"): the cue's clause is the one the relative clause interrupts.
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+[^,;:.!?]{1,80},\s+(?:\w+ly\s+)?$")


def _clause(context: ArticleContext, sentence: Sentence, start: int, end: int
            ) -> tuple[int, int]:
    """The clause around a cue; a dash that opens a list of places ("three of its towns –
    Beylagan, Barda, and Terter –") does not end it."""
    text = context.text
    opening = sentence.start
    relative = _RELATIVE_BEFORE.search(text, sentence.start, start)
    before = relative.start() if relative is not None else start
    for match in _CLAUSE_OPEN.finditer(text, sentence.start, before):
        opening = match.end()
    for close in _CLAUSE_CLOSE.finditer(text, end, sentence.end):
        if close.group().strip() in ("–", "—") and \
                any(m.start == close.end() for m in context.mentions):
            continue
        return opening, close.start()
    return opening, sentence.end
















def _quote(text: str, sentence: Sentence, cue_start: int) -> tuple[int, int]:
    """The quote: the sentence, less a dateline before the cue ("MOSCOW (Reuters) -")."""
    start = sentence.start
    dash = re.search(r"\s[-–—]\s?(?=[A-Z])|^[A-Z][A-Z ]+:\s", text[start:min(cue_start,
                                                                            start + 200)])
    if dash and len(text[start:start + dash.start()].split()) <= 12:
        start += dash.end()
    return start, sentence.end


#: Who moves without being a force: civilians fleeing or crossing, weapons heading somewhere
#: ("42,000 people have fled the conflict and crossed into Burundi", "six drones had been
#: destroyed while heading towards the capital"): no movement or withdrawal of a side.
_NO_FORCE = re.compile(r"\b(?:people|civilians|residents|refugees|families|villagers|"
                       r"inhabitants|displaced|migrants|children|women|patients|"
                       r"journalists|officials|drones|missiles|rockets|shells)\b|"
                       # "where many Palestinians fled", "thousands of Sudanese crossed": a
                       # people counted, no force
                       r"\b(?:many|most|some|thousands\s+of|hundreds\s+of|dozens\s+of|"
                       r"millions\s+of)\s+(?-i:[A-Z])[a-z]+(?:ans|is|ese)\b(?!\s+(?:troops|"
                       r"soldiers|forces|fighters|militants|militias?)\b)", re.I)


#: A group's noun before a participle that describes it ("an armed militant group operating
#: in Mali", "terrorist groups operating in the three borders area").
_DESCRIBED = re.compile(r"\b(?:groups?|organi[sz]ations?|factions?|networks?|affiliates?|"
                        r"movements?|coalitions?|cells?)\s+$", re.I)
#: A distance before a place ("about 55 kilometers away from the capital", "40 km north of"):
#: the place measures another's position.
_MEASURED_FROM = re.compile(r"\b\d[\d,.]*\s*(?:km|kms|kilometers?|kilometres?|miles?|meters?|"
                            r"metres?)\b(?:\s+\([^)]{0,30}\))?\s+(?:away\s+)?(?:(?:north|south|"
                            r"east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+)?(?:from|of|outside)"
                            r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)
#: The same for "fighting" with its opponent as object: who the group is, no act of war.
_DESCRIBED_FIGHTING = re.compile(r"\b(?:groups?|organi[sz]ations?|factions?|networks?|"
                                 r"affiliates?|movements?|coalitions?|militias|alliances?)\s+$",
                                 re.I)
_FIGHTING_WHOM = re.compile(r"fighting\s+(?:against\s+)?(?:the\s+)?(?:(?-i:[A-Z])|"
                            r"(?:army|military|government|junta|regime|rebels|militants)\b)",
                            re.I)
#: What a verb of taking takes that is no place: people and things ("captured heads of
#: administrations in X", "seized high-caliber weapons", "took 20 soldiers prisoner").
_TAKEN_NO_PLACE = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|some|several|many|dozens|hundreds|scores|more|[\d,]+|"
    r"(?!(?:from|in|of|near|at|on|to|into|and|with|by)\b)(?-i:[a-z\d])[\w-]*(?:,\d+)*)\s+){0,3}?"
    r"(?:heads?|officials?|"
    r"leaders?|soldiers?|fighters?|prisoners?|commanders?|members|weapons?|vehicles?|tanks?|"
    r"equipment|ammunition|arms|hostages?|civilians?|people|militants?|troops|rifles|"
    r"launchers?|drones?|explosives|devices|documents|suspects?)\b(?![’'-])", re.I)
_SUBJECTLESS = re.compile(r"\s*(?:while|when|after|before|as)?\s*\w+ing\b", re.I)


def _moved_by_no_force(context: ArticleContext, found: Found) -> bool:
    """Whether a movement's or withdrawal's subject is no force (:data:`_NO_FORCE`): such a
    word before the cue in its clause, inside no actor and with no actor after it."""
    if found.cue.table != "movement" and (found.cue.table, found.cue.kind) != \
            ("control", "withdrawn"):
        return False
    text = context.text
    if found.cue.voice == "nominal" or "offensive" in text[found.start:found.end].lower():
        return False  # "saw the return of rebel troops": a noun's doer is its own
    start = found.clause_start
    if _SUBJECTLESS.match(text, start, found.end):
        start = max(0, start - 80)  # "drones had been destroyed while heading towards"
    words = list(_NO_FORCE.finditer(text, start, found.start))
    if not words:
        return False
    word = words[0]
    actors = actors_in(context, start, found.start)
    return not any(a.start <= word.start() < a.end or a.start >= word.end() for a in actors)


def _skip(context: ArticleContext, found: Found) -> bool:
    """Conditions, possibilities, requests, aims ("if government forces can progress
    to", "a push to capture al-Bab") and questions are no claims."""
    text = context.text
    if text[found.clause_end:found.clause_end + 1] == "?" or \
            text[found.end:found.clause_end].rstrip().endswith("?"):
        return True
    before = text[max(found.clause_start, found.start - 90):found.start]
    if is_hypothetical(before[-50:]) or is_hypothetical(before):
        return True
    if found.cue.table == "control" and found.cue.kind in ("taken", "held") and \
            _PURPOSE.search(before):
        return True
    if _LONG_AGO.search(before[-40:]):
        return True
    if _moved_by_no_force(context, found):
        return True
    if _DESCRIBED.search(before[-40:]) and re.match(r"(?i:operat)", text[found.start:]):
        return True  # "an armed militant group operating in Mali": who it is, no act
    if _DESCRIBED_FIGHTING.search(before[-40:]) and \
            _FIGHTING_WHOM.match(text, found.start, found.clause_end):
        return True  # "the ethnic militias fighting the army", "the coalition fighting ISIS"
    if (found.cue.table, found.cue.kind) == ("control", "taken") and \
            found.cue.voice == "active" and _TAKEN_NO_PLACE.match(text, found.end):
        return True  # "attempted to capture heads of administrations", "seized weapons"
    if found.cue.name == "advance-reach" and _TEMPORAL_GAP.search(before[-40:]):
        return True  # "before they reached X": not (yet) reached
    if found.cue.voice == "nominal" and (_NOMINAL_REQUEST.search(before) or
                                         _NOMINAL_AIM.search(before[-60:])):
        return True
    if found.cue.kind == "evacuation" and (_ORDERED.search(before[-30:]) or
                                           _ORDERS.match(text, found.end)):
        return True  # an evacuation order is no evacuation
    after = text[found.end:found.clause_end]
    noun = found.cue.voice == "nominal" or bool(_NOUN_BEFORE.search(before[-12:]))
    return bool(_UNLIKELY_AFTER.match(after)) or (noun and bool(
        _HYPOTHETICAL_AFTER.match(after)))


def _supporting(text: str, found: Found) -> bool:
    """Whether a strike is fire that supports the act told after it (:data:`_SUPPORTING`)."""
    return found.cue.table == "event" and found.cue.kind == "strike" and bool(
        _SUPPORTING.search(text, max(0, found.start - 50), found.start))


def _window_end(text: str, found: Found, following: list[Found], sentence_end: int) -> int:
    """Where a cue's places may end: at the next cue, unless that one only qualifies a
    place ("the ISIS held city of") or shares the object ("encircled and attacked X")."""
    shares = found.cue.voice == "active"
    if _supporting(text, found):
        return sentence_end  # "forces, backed by air strikes, advanced on X": the strikes' X too
    for nxt in following:
        between = text[found.end:nxt.start]
        if nxt.cue.voice == "modifier" and len(between) < 60 and not _FINITE_WORD.search(between):
            continue
        if _TARGETS_NOUN.fullmatch(text, nxt.start, nxt.end) and len(between) < 40 and \
                not _FINITE_WORD.search(between):
            continue  # "struck Houthi targets in Hodeidah": the noun is the strike's object
        if nxt.cue.voice == "state" and found.cue.voice == "active" and \
                _HELD_OBJECT.fullmatch(between):
            continue  # "seized several positions held by the RSF in El-Fasher": its object's place
        if found.cue.table == "event" and nxt.cue.voice == "state" and \
                _HOLD_NOUN.fullmatch(text, nxt.start, nxt.end) and _SHORT_OBJECT.fullmatch(between):
            continue  # "shelled the ISIS stronghold of X": the stronghold is the strike's object
        if _ATTENDANT.fullmatch(between):  # "new advances amid ongoing clashes near Marib"
            continue
        if nxt.cue.name == "advance-reach" and _TEMPORAL_GAP.search(between):
            continue  # "reinforcements before they reached the battlefields in Marib"
        if nxt.cue.voice == "nominal" and _OBJECT_NOUN.fullmatch(between):
            continue  # "intercepted Saturday a drone attack ... on El-Obeid": its object's place
        if _REPEL_VERB.fullmatch(text, found.start, found.end) and \
                _REPELLED_GAP.fullmatch(between):
            continue  # "repulsed attacks on bases in X": the attacks' place is the repelling's
        if shares and nxt.cue.voice == "active" and \
                _COORDINATED.match(text[found.end:nxt.start]):
            shares = False  # only the verb right after: "encircled and attacked"
            continue
        return nxt.start
    return sentence_end












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
    to = tuple(replace(p, role="to") for p in claim_places(context, sentence, found, ends,
                                                             "movement"))
    return [replace(claim, table="movement", kind="retreat", places=starts + to,
                    rule=f"{claim.rule.split(':')[0]}:retreat-from-withdrawal",
                    bearing_deg=bearing)]


#: What joins two actors that do one thing ("Congolese soldiers and their allied Burundian
#: troops", "Congolese and Burundian troops", "the Syrian and Russian air forces").
_PARTNER_JOIN = re.compile(r"\s*,?\s*and\s+(?:(?:their|its)\s+)?(?:allied\s+)?(?:the\s+)?")


def _partners(context: ArticleContext, sentence: Sentence, claim: Claim) -> list[Claim]:
    """The same claim for each other side coordinated with its actor (rule 4: "Two sides
    doing one thing ... are two claims with the same quote"); not for fighting, which two
    sides do to each other."""
    if not claim.side_text or claim.side_from != "actor" or \
            (claim.table, claim.kind) == ("event", "attack"):
        return []
    actors = [a for a in actors_in(context, sentence.start, claim.trigger[0]) if not a.pronoun]
    at = next((i for i in range(len(actors) - 1, -1, -1)
               if actors[i].text == claim.side_text), None)
    if at is None:
        return []
    first = last = at
    while first > 0 and _PARTNER_JOIN.fullmatch(context.text, actors[first - 1].end,
                                                actors[first].start):
        first -= 1
    while last + 1 < len(actors) and _PARTNER_JOIN.fullmatch(context.text, actors[last].end,
                                                             actors[last + 1].start):
        last += 1
    partners: list[Claim] = []
    for actor in actors[first:last + 1]:
        side = side_of(context, actor)
        if side is not None and side[0] != claim.side_id and \
                side[0] not in {p.side_id for p in partners} and \
                not (side[0] in context.proposed and claim.side_id not in context.proposed):
            # a partner the story's sides do not know beside one they do is its ally
            # ("the Syrian army and allied Iranian militias"): one side
            partners.append(replace(claim, side_id=side[0], side=side[1], side_text=side[2],
                                    rule=f"{claim.rule}:partner"))
    return partners


_INTERCEPT = re.compile(r"(?i:intercept(?:ed|s|ing)?|shot\s+down|shoot(?:s|ing)?\s+down)")
_WEAPON_ACTOR = re.compile(r"\b(?:drones?|missiles?|rockets?|warplanes|jets|aircraft|"
                           r"helicopters?|bombers?)$", re.I)


def _intercepted(context: ArticleContext, found: Found, claim: Claim) -> list[Claim]:
    """"Air defences intercepted 95 Ukrainian drones over Moscow": the interception is the
    interceptor's attack, and the drones its opponent's strike at the place (rule 10)."""
    if not _INTERCEPT.fullmatch(context.text, found.start, found.end):
        return []
    weapons = [a for a in actors_in(context, found.end, min(found.clause_end, found.end + 60))
               if not a.pronoun and _WEAPON_ACTOR.search(a.text)]
    side = side_of(context, weapons[0]) if weapons else None
    if side is None or side[0] == claim.side_id:
        return []
    return [replace(claim, kind="strike", side_id=side[0], side=side[1], side_text=side[2],
                    side_from="actor", rule=f"{claim.rule}:intercepted-strike")]


def _expelled(context: ArticleContext, found: Found, voice: str, claim: Claim) -> list[Claim]:
    """"Their fighters pushed government forces from Dessie": the side driven out withdrew
    (a claim of its own, rule 4), besides the taking by the subject."""
    if found.cue.passive_kind != "withdrawn" or voice != "active" or claim.kind != "taken" \
            or claim.certainty == "planned":  # a plan to drive them out is one claim
        return []
    if re.search(r"\bto\s+$", context.text[max(0, found.start - 6):found.start]):
        return []  # "working to push opposition fighters away from": an aim
    driven = [a for a in actors_in(context, found.start, found.end) if not a.pronoun]
    side = side_of(context, driven[0]) if driven else None
    if side is None or side[0] == claim.side_id:
        return []
    return [replace(claim, kind="withdrawn", side_id=side[0], side=side[1], side_text=side[2],
                    side_from="actor", rule=f"{claim.rule}:withdrawn-of-object")]


def _foundplaces_of(reading: Reading, sentence: Sentence, found: Found, voice: str,
                  nxt: int, blocked: list[tuple[int, int]]
                  ) -> tuple[Found, str, list[Mention]] | None:
    """The cue (perhaps read as its noun), its voice and its places; ``None`` for no claim."""
    context = reading.context
    mentions = places_of(reading, sentence, found, voice, nxt, blocked)
    if mentions is None:
        return None
    if voice == "modifier" and not object_place(context, found, mentions):
        # "Raqqa, the jihadist group's largest Syrian hub": the place it is said of
        subject = held_subject(context, sentence, found, blocked)
        if subject:
            return found, voice, subject
        noun = ANAPHOR.search(context.text, max(found.clause_start, found.start - 24),
                              min(found.clause_end, found.end + 30))
        if noun is None or not noun.start() < found.start < noun.end():
            return None  # "the army-controlled city": the city the text means
        return found, voice, anaphor_places(context.text, noun, context.mentions,
                                            [*reading.spans[:-1], (sentence.start, noun.start())],
                                            blocked, context.claimed_places)
    if found.cue.needs_place and not object_place(context, found, mentions) and \
            not _ANAPHOR_OBJECT.match(context.text, found.end):
        other = placeless_cue(context.text, found.start, found.end + 40)
        if other is None or other[0].voice == "modifier":
            return None
        found = Found(other[0], other[1], other[2], found.clause_start, found.clause_end)
        voice = found.cue.voice
        mentions = places_of(reading, sentence, found, voice, nxt, blocked) or []
    return found, voice, mentions


def _draft_cue(reading: Reading, sentence: Sentence, index: int, found: Found, nxt: int
               ) -> list[Claim]:
    """The claims of one cue (none when it has no place or is no claim)."""
    context, text = reading.context, reading.context.text
    if _skip(context, found):
        return []
    note_own_date(reading, sentence, index, found)
    blocked = [(a.start, a.end) for a in context.actors]
    chosen = _foundplaces_of(reading, sentence, found, voice_of(text, found, context.mentions),
                           nxt, blocked)
    if chosen is None:
        return []
    found, voice, mentions = chosen
    own_places = bool(mentions)
    mentions = mentions or context_places(reading, found, index, blocked)
    if found.cue.table != "movement":
        # a country is no place of control or of an event, but for a ceasefire in it
        mentions = [m for m in mentions if m.kind != "country" or (
            found.cue.kind == "ceasefire" and _IN_COUNTRY.search(text, max(0, m.start - 20),
                                                                 m.start))]
    if found.cue.also_retreat:  # "retreated from X towards Y": Y is where they went, not left
        left = [m for m in mentions if not (m.start > found.end and _DESTINATION.search(
            text, max(found.end, m.start - 40), m.start))]
        mentions = left or mentions
    if found.cue.table == "event" and own_places:
        # "Fighting is reported about 55 kilometers away from the capital X": X only
        # measures where the act was, it is not its place
        mentions = [m for m in mentions if m.start < found.end or
                    not _MEASURED_FROM.search(text, max(0, m.start - 60), m.start)]
    if not mentions:
        return []
    side, side_from = choose_side(reading, sentence, found, voice, mentions)
    weapon = (_BY_WEAPON.match(text, found.end, found.clause_end) or
              _WEAPON_SUBJECT.search(side[2])) \
        if (found.cue.table, found.cue.kind) == ("event", "attack") and \
        not _REPEL_VERB.fullmatch(text, found.start, found.end) else \
        _WEAPON_SUBJECT.search(side[2]) if found.cue.name == "advance-attack" else None
    # "Ukrainian drones attacked Moscow": weapons that attack move no forces, they strike
    if weapon is not None:  # "a similar attack yesterday by drones launched by X": a strike
        found = Found(_STRIKE_CUE, found.start, found.end, found.clause_start, found.clause_end)
        launcher = [a for a in context.actors if weapon.end() - 4 <= a.start <= weapon.end()
                    and not a.pronoun and weapon.group().rstrip().endswith(("by", "the"))]
        named = side_of(context, launcher[0]) if launcher else None
        if named is not None:
            side, side_from = named, "actor"
    certainty = certainty_of(text[sentence.start:sentence.end], found.start - sentence.start,
                             found.end - sentence.start, found.clause_start - sentence.start,
                             planned=voice != "modifier")
    date = claim_date(reading, sentence, index, found, certainty)
    kind = found.cue.passive_kind if voice == "passive" and found.cue.passive_kind else \
        found.cue.kind
    # fighting with no place, side or date of its own, or only attempted there: no claim,
    # though its place stays the one the text speaks of
    generic = (found.cue.table, kind) == ("event", "attack") and not own_places and \
        ((not side[0] and date.origin != "own") or certainty == "planned") and \
        not all(sentence.start <= m.start < sentence.end for m in mentions)
    if context.dater.is_background(date) and kind != "held" and \
            not (kind == "besieged" and context.dater.is_lasting(date)):
        return []
    start, end = _quote(text, sentence, found.start)
    in_sentence = bool(side[2]) and sentence.start <= text.find(side[2], sentence.start) < \
        sentence.end
    claim = Claim(context.name, found.cue.table, kind, start, end, text[start:end], date.date,
                  date.precision, claim_places(context, sentence, found, mentions,
                                                found.cue.table),
                  side[1], side[0], side[2] if in_sentence else "", certainty,
                  f"{reading.method}:{found.cue.name}", trigger=(found.start, found.end),
                  date_from=date.origin, side_from=side_from,
                  places_from="own" if own_places else "context")
    claim = _marked(context, found, voice, own_places, mentions, claim)
    if _supporting(text, found):  # its own act beside the one it supports, not its weapon
        claim = replace(claim, rule=f"{claim.rule}:{SUPPORTING_FIRE}")
    claim = _launched(text, claim)
    claim = same_raids(reading, index, found, claim)
    if generic:
        _remember(context, claim, mentions, index)
        return []
    reading.told.append((index, claim))
    claims = [claim, *_expelled(context, found, voice, claim),
              *_intercepted(context, found, claim), *_partners(context, sentence, claim)]
    if found.cue.also_retreat:
        claims += _retreat(context, sentence, found, claim)
    _remember(context, claim, mentions, index)
    return claims




#: "captured a town in central Myanmar", "seized two towns in northwestern Myanmar": the
#: places after the cue only locate places the sentence does not name.
_INDEFINITE = re.compile(
    r"^\W*(?:[\w’'-]+\s+){0,2}?(?:a|an|another|one|two|three|four|five|several|some|"
    r"a\s+string\s+of|a\s+number\s+of)\s+(?:[\w’'-]+\s+){0,2}?(?:towns?|villages?|city|"
    r"cities|bases?|camps?|settlements?|outposts?|positions?|localities|locality|strongholds?)"
    r"\s+(?:(?:[\w’'-]+\s+){0,4}?(?:in|near|outside|of)\s+)+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.I)


def _marked(context: ArticleContext, found: Found, voice: str, own_places: bool,
            mentions: list[Mention], claim: Claim) -> Claim:
    """A claim that refers back to an act told before ("The attack on the camp", no place
    of its own), or whose places only locate an unnamed one ("a town in central Myanmar")."""
    text = context.text
    if voice == "nominal" and not own_places and \
            _DEFINITE.search(text, max(found.clause_start, found.start - 24), found.start):
        return replace(claim, refers_back=True)
    if own_places and mentions and mentions[0].start > found.end and \
            _INDEFINITE.match(text[found.end:mentions[0].start]):
        return replace(claim, indefinite=True)
    return claim


_LAUNCHED_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
#: "rockets from those areas": the first preposition after the cue is "from".
_FROM_FIRST = re.compile(r"^\s+(?:(?!(?:on|at|against|into|in|toward|towards|near)\b)"
                         r"[\w-]+\s+){0,2}?from\s", re.I)


def _launched(text: str, claim: Claim) -> Claim:
    """A strike whose places are all where it was launched from ("firing rockets from those
    areas", "missiles fired from Gaza") drafts a movement of kind strike from them."""
    if (claim.table, claim.kind) != ("event", "strike") or not claim.places:
        return claim
    after = text[claim.trigger[1]:claim.trigger[1] + 60]
    own = all(p.start > claim.trigger[1] and
              _LAUNCHED_FROM.search(text, max(claim.trigger[1], p.start - 30), p.start)
              for p in claim.places)
    if not own and not (claim.places_from == "context" and _FROM_FIRST.match(after)):
        return claim
    return replace(claim, table="movement",
                   places=tuple(replace(p, role="from") for p in claim.places))


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


#: A verb whose subject is the cue before it ("Suicide car bombs hit Palmyra", "air strikes
#: targeted"): that cue's act, no claim of its own.
_ITS_VERB = frozenset({"strike-hit"})
_VERB_GAP = re.compile(r"^\s+(?:(?:have|has|had|reportedly|also|again|then)\s+)*$")


def _sentence_cues(context: ArticleContext, sentence: Sentence) -> list[Found]:
    found: list[Found] = []
    for cue, start, end in find_cues(context.text, sentence.start, sentence.end):
        if cue.name in _ITS_VERB and found and found[-1].cue.voice == "nominal" and \
                _VERB_GAP.match(context.text[found[-1].end:start]):
            continue
        opening, closing = _clause(context, sentence, start, end)
        found.append(Found(cue, start, end, opening, closing))
    return found


def _update_topic(context: ArticleContext, sentence: Sentence) -> None:
    """After a sentence, the side it named first is the one "they" will mean."""
    named = [a for a in actors_in(context, sentence.start, sentence.end) if not a.pronoun
             and context.side_of(a)[0]]
    if named:
        context.topic = (*context.side_of(named[0]), named[0].text)


def _lead_dated(context: ArticleContext, lead: Sentence, after: tuple[int, int],
                claims: list[Claim]) -> list[Claim]:
    """The lead's claims that would fall back to the publication date take the first date
    the next two sentences give (``after``; wire copy dates its lead's act there: "...
    seized positions in X. The army said on Tuesday ..."), the gold set's "the date the
    text gives elsewhere"."""
    dater = context.dater
    date = dater.first_in(*after)
    if date is None or dater.is_background(date):
        return claims
    return [replace(c, date=date.date, date_precision=date.precision, date_from="text")
            if c.date_from == "publication" and c.certainty != "planned" and
            lead.start <= c.start < lead.end else c for c in claims]


def draft_context(context: ArticleContext, frames: Mapping[int, Frame] | None = None,
                  method: str = "rules") -> list[Claim]:
    """The claims of an article already read (:func:`geo.draft.context.read_article`);
    ``frames``: the dependency frames of its cues by offset (:mod:`geo.draft.syntax`)."""
    reading = Reading(context, frames or {}, method, [], [])
    claims: list[Claim] = []
    body: list[Sentence] = []
    for index, sentence in enumerate(sentences(context.text)):
        reading.spans.append((sentence.start, sentence.end))
        if sentence.headline:
            continue
        body.append(sentence)
        if len(body) == 3:
            claims = _lead_dated(context, body[0], (body[1].start, body[2].end), claims)
        found = _sentence_cues(context, sentence)
        topic_before = context.topic
        for position, cue in enumerate(found):
            nxt = _window_end(context.text, cue, found[position + 1:], sentence.end)
            claims += _draft_cue(reading, sentence, index, cue, nxt)
        if context.topic is topic_before:
            _update_topic(context, sentence)
    if len(body) == 2:
        claims = _lead_dated(context, body[0], (body[1].start, body[1].end), claims)
    return merge_restatements(_repellers(context, claims))


def _repellers(context: ArticleContext, claims: list[Claim]) -> list[Claim]:
    """A repelling act with no side named ("were able to thwart a Houthi attack") is the
    side opposing the attack it stopped, told right after it in its sentence (rule 10)."""
    text = context.text
    out = list(claims)
    for index, claim in enumerate(out):
        if claim.side_id or not _REPEL_VERB.fullmatch(text, *claim.trigger):
            continue
        stopped = next((c for c in out[index + 1:] if c.start == claim.start and
                        c.table == "event" and c.side_id and c.trigger[0] > claim.trigger[1]
                        and c.trigger[0] - claim.trigger[1] < 60), None)
        opponent = context.opponent(stopped.side_id) if stopped is not None else None
        if opponent is not None:
            out[index] = replace(claim, side_id=opponent[0], side=opponent[1],
                                 side_from="context")
    return out


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
