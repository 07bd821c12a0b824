"""The signal words of claims: each cue names a table and kind and how its words are read.

A cue's ``voice`` tells :mod:`geo.draft.claims` where to look for the place and the side:

``active``    "ISIS attacked Palmyra": the side before the cue, the places after it.
``passive``   "Sheikh Saeed was taken": the places before (and listed after) the cue, the
              side after "by", else from the context.
``agent``     "fell to ISIS", "handed over to": the places before, the side after the cue.
``nominal``   "the capture of", "air strikes on": the places after, the side after "by",
              else before the cue.
``modifier``  "ISIS held Raqqa", "rebel-held": the side just before, the places after.
``state``     "held by", "under the control of", "stronghold of": the places before, the
              side after the cue.
``target``    "under attack in Mosul": the places after; the side only after "by".

``needs_place`` cues ("attacked", "holds") count only when a place follows them closely,
which tells "attacked Palmyra" from "attacked the convoy". An ``active`` cue after an
auxiliary ("were surrounded", "was abandoned") is read in the passive
(:func:`geo.draft.roles.voice_of`); a cue with a ``passive_kind`` changes kind there ("drove
ISIS out of al-Bab" is a take, "ISIS was driven out of al-Bab" a withdrawal). A ``loser``
cue names the side that lost ("the loss of Qaboun"): the claim's side is its opponent.
Patterns are matched in order at each position (the first that matches wins), so longer
phrases come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Cue:
    """One signal: its name (the rule that drafts), table, kind and how to read it."""

    name: str
    table: str
    kind: str
    voice: str
    pattern: str
    needs_place: bool = False
    #: Also a movement of this kind when the text gives where to ("retreat from X to Y").
    also_retreat: bool = False
    #: The kind in the passive, whose subject is then the acting side.
    passive_kind: str = ""
    #: The actor the words name lost the place; the claim is its opponent's.
    loser: bool = False
    #: With no place of its own, the place the text spoke of ("troops had pulled back").
    context_place: bool = False


_AUX = r"(?:was|were|is|are|be|been|being|has\s+been|have\s+been|had\s+been)"
_ADV = r"(?:\s+(?:\w+ly|again|now|also|since|finally|then|just|reportedly|all))*"
_TAKE_PARTICIPLE = (r"(?:taken|captured|seized|retaken|recaptured|liberated|overrun|freed|"
                    r"regained|won\s+back|taken\s+back|taken\s+over)")
_CONTROL = r"(?:full\s+|complete\s+|total\s+|effective\s+)?control"
_FORCES = r"(?:troops|forces|fighters|units|soldiers|reinforcements|militants|men)"
#: A holder named in lower case ("under rebel control", "under army control").
_HOLDER_WORD = (r"(?:rebel|army|government|regime|militia|junta|insurgent|jihadist|militant|"
                r"opposition|military|separatist|paramilitary)")

#: "took part", "have taken refuge": the verb of taking, no place taken.
_NOT_TAKEN = (r"(?!\s+(?:place|part|note|care|time|turns|aim|refuge|shelter|cover|root|hold|"
              r"effect|advantage|prisoners?|hostages?)\b)"
              # "taking necessary actions", "took further measures": no place taken
              r"(?!\s+(?:(?:the|all|every|such|these|necessary|further|urgent|new|"
              r"additional|decisive|appropriate)\s+){1,2}(?:actions?|measures|steps)\b)")

CUES: tuple[Cue, ...] = (
    # --- control: taken ------------------------------------------------------------------
    Cue("taken-passive", "control", "taken", "passive",
        rf"{_AUX}{_ADV}\s+{_TAKE_PARTICIPLE}"),
    Cue("taken-fell-to", "control", "taken", "agent",
        r"f[ae]ll(?:s|en)?(?:\s+again|\s+back)?\s+(?:in)?to(?:\s+the\s+hands\s+of)?"),
    Cue("taken-handed-over", "control", "taken", "agent",
        r"hand(?:ed|s|ing)?\s+over(?:\s+\w+){0,4}?\s+to"),
    Cue("taken-control", "control", "taken", "active",
        rf"(?:re)?(?:t(?:ook|ake|akes|aking|aken)|gain(?:ed|s|ing)?|regain(?:ed|s|ing)?|"
        rf"reassum(?:e|ed|es|ing)|assum(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|"
        rf"w[oi]n(?:s|ning)?(?:\s+back)?|establish(?:ed|es)?|secur(?:e|ed|es|ing))\s+"
        rf"{_CONTROL}\s+(?:over|of)"),
    # "were close to controlling the airport": a take, planned by its "close to"
    Cue("taken-close", "control", "taken", "active",
        r"(?<=close\sto\s)(?:taking\s+)?controlling"),
    # "tried in vain to occupy X", "in a bid to occupy X": an attempt to take it (rule 10)
    Cue("taken-occupy", "control", "taken", "active", r"(?<=\bto\s)occupy(?=\s)",
        needs_place=True),
    Cue("taken-took-over", "control", "taken", "active",
        r"t(?:ook|ake|akes|aking)\s+over"),
    Cue("taken-expel", "control", "taken", "active",
        r"(?:dr(?:ove|ive|ives|iving|iven)|push(?:ed|es|ing)?|forc(?:ed|ing)|expell?(?:ed|s|ing)?|"
        r"oust(?:ed|s|ing)?|kick(?:ed|s|ing)?|flush(?:ed|es|ing)?|chas(?:ed|es|ing))"
        # "pushed south from X towards Y": a direction is no one driven out
        r"(?!\s+(?:north|south|east|west|\w+wards?|deeper|further|forward|ahead|on)\b)"
        r"(?:(?:\s+[\w'’-]+){0,4}?\s+(?:out\s+of|from)(?=\s)|\s+out\b)",
        passive_kind="withdrawn"),
    Cue("taken-verb", "control", "taken", "active",
        r"(?:re)?captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|(?:re)?t(?:ook|ake|akes|aking)"
        rf"{_NOT_TAKEN}|"
        r"retaken|liberat(?:e|es|ed|ing)|overr(?:an|un|uns|unning)|win(?:ning)?\s+back|"
        r"won\s+back|regain(?:ed|s|ing)?|reclaim(?:ed|s|ing)?|recover(?:ed|s)|wrest(?:ed|s)?|wrestl(?:ed|es|ing)"),
    Cue("taken-perfect", "control", "taken", "active",
        r"(?:ha[sd]|have)\s+(?:now\s+|already\s+|completely\s+|fully\s+)?(?:taken"
        rf"{_NOT_TAKEN}|captured|"
        r"seized|retaken|recaptured|liberated|overrun)"
        rf"(?:\s+{_CONTROL}\s+(?:over|of))?"),
    Cue("taken-secured", "control", "taken", "active", r"secur(?:ed|es|ing)(?!\s+(?:a|an)\s)",
        needs_place=True),
    Cue("taken-noun", "control", "taken", "nominal",
        r"(?:re)?capture\s+of|fall\s+of|seizure\s+of|liberation\s+of|"
        r"takeover\s+of|recapture"),
    Cue("taken-loss", "control", "taken", "nominal", r"loss\s+of", loser=True),
    # "lost Qaboun", not "lost significant leverage": the verb needs its place as object
    Cue("taken-lost", "control", "taken", "nominal", r"(?:lost|loses|lose)(?=\s)",
        needs_place=True, loser=True),
    Cue("taken-hands", "control", "taken", "state",
        r"(?:is|are|was|were)\s+(?:now\s+)?in\s+(?:the\s+)?(?:hands\s+of|their\s+hands)|"
        rf"(?:is|are|was|were)\s+now\s+under\s+(?:our|their|its|the)\s+{_CONTROL}(?!\s+of)"),
    # --- control: withdrawn (and retreat when a destination follows) --------------------
    # "soldiers abandoned their positions": a withdrawal from the place the text spoke of
    Cue("withdrawn-abandoned", "control", "withdrawn", "active",
        r"abandon(?:ed|s|ing)\s+(?:their|its|his|the)\s+(?:\w+\s+)?(?:positions?|posts?|bases?|"
        r"outposts?|camps?|barracks|trenches)", context_place=True),
    Cue("withdrawn-verb", "control", "withdrawn", "active",
        r"withdr(?:ew|awn|aws|aw|awing)(?:\s+\w+){0,3}?\s+from|"
        r"pull(?:ed|s|ing)?\s+(?:back\s+|out\s+)?(?:out\s+)?(?:of|from)|"
        r"retreat(?:ed|s|ing)?\s+from|fle(?:d|e|es|eing)\s+from|escap(?:ed|es|ing)\s+from|"
        r"fled(?=\s+(?-i:[A-Z]))|"
        r"fled(?=\s+(?:the|their|its)\s+(?:outpost|camp|base|town|city|village|positions?|"
        r"area|post|barracks)\b)|abandon(?:ed|s|ing)",
        also_retreat=True),
    Cue("withdrawn-noun", "control", "withdrawn", "nominal",
        r"withdrawal(?:\s+of(?:\s+\w+){1,3})?\s+from|retreat\s+from",
        also_retreat=True),
    # --- control: encircled, besieged, contested --------------------------------------------
    Cue("encircled", "control", "encircled", "active",
        r"encircl(?:e|ed|es|ing)|(?:fully|completely|almost|nearly)\s+surrounded|"
        r"cornered\s+in"),
    Cue("besieged-by", "control", "besieged", "state", r"surrounded\s+by|besieged\s+by"),
    # "El Fasher ... has been under partial siege": the place before, the besieger after
    Cue("besieged-under", "control", "besieged", "state",
        r"under\s+(?:(?:a|partial|full|total|tight|complete)\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?"
        r"siege(?:\s+by)?"),
    Cue("besieged", "control", "besieged", "active",
        r"besieg(?:e|ed|es|ing)|siege\s+(?:of|on)|blockad(?:e|ed|ing)"),
    Cue("contested-seen", "control", "contested", "state",
        r"(?:has|have|had)\s+(?:\w+\s+)?seen\s+(?:\w+\s+){0,2}?(?:fighting|clashes|battles)"),
    Cue("contested", "control", "contested", "nominal",
        r"yet\s+to\s+be\s+(?:completely\s+|fully\s+)?(?:seized|captured|taken|liberated)|"
        r"not\s+(?:yet\s+)?(?:fully|completely)\s+(?:seized|captured|taken|controlled)|"
        r"(?:street|heavy|fierce|intense)\s+fighting\s+(?:in|inside)|fighting\s+inside|"
        r"battle\s+for(?:\s+control\s+of)?|contested|grey\s+zone|gray\s+zone|"
        r"(?:there\s+(?:was|is|were|are)\s+)?(?:still|continued|continuing|ongoing)\s+"
        r"fighting\s+(?:in|inside|for|around)|"
        r"clashes\s+(?:are\s+|were\s+)?(?:still\s+)?(?:going\s+on|continu\w*|raging)\s+in|"
        r"(?:clashes|fighting|battles)\s+(?:are|is|were|was)\s+still\s+(?:taking\s+place|"
        r"going\s+on|raging|under\s?way|ongoing)"),
    # --- control: held (baselines) ------------------------------------------------------------
    Cue("held-by", "control", "held", "state",
        r"(?:held|controlled|occupied|defended|garrisoned)\s+by|"
        r"under\s+(?:the\s+)?(?:full\s+|complete\s+)?control\s+of|control\s+by|"
        r"(?:stronghold|bastion|bastions|strongholds)\s+of"),
    Cue("held-control", "control", "held", "modifier",
        # "the occupied West Bank": an epithet of a whole territory with no holder's word, no
        # claim ("the occupied part of X", "the partially occupied X" are claims)
        r"(?<=[A-Za-z)][-\s])(?<!\bthe\s)occupied(?=\s+(?-i:[A-Z]))|"
        r"(?<=[A-Za-z)][-\s])(?:held|controlled|occupied|dominated)(?=[\s)\]”’\"])"
        r"(?!(?<=occupied)\s+(?-i:[A-Z]))|"
        r"(?<=[A-Za-z)]-)run(?=\s)|"
        r"(?<=['’]s\s)(?:(?:largest|main|biggest|last|key|chief|principal|major)\s+)?(?:\w+\s+)?"
        r"(?:garrison|stronghold|bastion|foothold|de\s+facto\s+capital|hub|heartland|fiefdom)|"
        # "the last army stronghold": a holder's word before the noun
        r"(?:(?<=army\s)|(?<=rebel\s)|(?<=regime\s)|(?<=junta\s)|(?<=militia\s)|"
        r"(?<=government\s)|(?<=opposition\s)|(?<=insurgent\s)|(?<=jihadist\s)|"
        r"(?<=militant\s))(?:garrison|stronghold|bastion|foothold)"),
    # "retaining control of", "remained in control of": a holding that goes on
    Cue("held-retained", "control", "held", "active",
        r"(?:retain(?:ed|s|ing)?|kept|keep(?:s|ing)?|maintain(?:ed|s|ing)?)\s+"
        rf"{_CONTROL}\s+(?:of|over)|remain(?:ed|s|ing)?\s+in\s+{_CONTROL}\s+of"),
    Cue("held-under-control", "control", "held", "state",
        rf"under\s+(?:(?:(?-i:[A-Z])[\w-]*|{_HOLDER_WORD})\s+){{1,3}}control|"
        r"under\s+(?:our|their)\s+control"),
    Cue("held-verb", "control", "held", "active",
        r"(?:still\s+)?(?:holds?|controls?|occup(?:y|ies))(?=\s)", needs_place=True),
    # --- movements ---------------------------------------------------------------------
    Cue("retreat", "movement", "retreat", "active",
        r"(?:retreat(?:ed|s|ing)?|withdr(?:ew|awn|aw|aws)|fle(?:d|e|es|eing)|escap(?:ed|e|es|ing)|"
        r"fall(?:ing|en)?\s+back|"
        r"fell\s+back|pull(?:ed|ing)?\s+back)(?:\s+\w+){0,3}?\s+(?:to|towards?|into)\b"
        r"(?!\s+(?:avoid|prevent|protect|regroup|save|spare|escape|allow|ensure|defend|reduce|"
        r"limit|stop|preserve|consolidate|evade|rest|fight|seek|await|minimi[sz]e)\b)"),
    # "troops had pulled back with their equipment", "We had to withdraw": from the place
    # the text spoke of
    Cue("withdrawn-bare", "control", "withdrawn", "active",
        r"withdr(?:ew|awn|aw|aws|awing)|pull(?:ed|s|ing)?\s+(?:back|out)|retreat(?:ed|s|ing)?|"
        # "most Islamic State fighters fled or were killed": no place after it
        r"f[ae]ll(?:en|ing)?\s+back|fled(?=\s*(?:[,.;]|or\b|and\b))", context_place=True),
    Cue("reinforcement", "movement", "reinforcement", "active",
        r"reinforcements?|reinforc(?:e|ed|es|ing)|"
        rf"(?:sent|send|sends|sending|dispatch(?:ed|es)?|rush(?:ed|es)?)(?:\s+\w+){{0,3}}?"
        rf"\s+{_FORCES}\s+(?:to|into|towards?)|"
        r"c(?:a|o)me\s+from|arriv(?:ed|ing|e)\s+from"),
    Cue("advance-offensive", "movement", "advance", "nominal",
        r"(?:counter-?)?offensives?\s+(?:on|against|towards?|to\s+(?:re)?(?:take|capture|"
        r"seize))|assaults?\s+(?:by(?:\s+\S+){1,8}?\s+)?(?:on|against)|"
        r"push\s+(?:on|into|towards?)|incursions?\s+(?:in|into)|advances?\s+(?:on|into|"
        r"towards?|in)|return\s+of(?:\s+\w+){0,2}\s+(?:troops|forces|fighters)|"
        r"hot\s+pursuit|made(?:\s+\w+)?\s+advances|offensive\s+(?:actions?|operations?)|"
        r"(?:made|making|make|makes)\s+(?:\w+\s+){0,2}?(?:progress|gains|inroads)"),
    Cue("advance-launch", "movement", "advance", "active",
        r"(?:launch(?:ed|es|ing)?|beg[au]n|start(?:ed|s)?|resum(?:ed|es|ing)|renew(?:ed|s)?|"
        r"mount(?:ed|s)?|ramp(?:ed|s|ing)?\s+up|step(?:ped|s)?\s+up|intensif(?:y|ied|ies))\s+(?:a\s+|an\s+|its\s+|their\s+|the\s+)?"
        # "launched a missile attack": a strike, not an assault
        r"(?!(?:\w+\s+)?(?:missile|drone|air|rocket|artillery|mortar|aerial|ballistic)[\s-])"
        r"(?:\w+\s+){0,2}?"
        r"(?:offensive|assault|attacks?|push|operation|incursion)s?"),
    Cue("advance-sent", "movement", "advance", "active",
        rf"(?:sent|send|sends|sending)\s+(?:\w+\s+){{0,2}}?(?:{_FORCES}|tanks|armou?r)\s+"
        rf"(?:back\s+)?(?:into|deep\s+into)"),
    Cue("advance-effort", "movement", "advance", "active",
        r"(?:work(?:ing|ed|s)?|fight(?:ing|s)?|fought|battl(?:ing|ed|es)|struggl(?:ing|ed|es)|"
        r"push(?:ing|ed|es)?)\s+to\s+(?:re)?(?:captur|tak|seiz|liberat|retak|recaptur)\w*"),
    Cue("advance-near", "movement", "advance", "active",
        r"(?:are|were|is|was)\s+(?:now\s+|only\s+|just\s+|some\s+|about\s+|around\s+)*"
        r"(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
        r"(?:km|kilometres?|kilometers?|miles?)(?:\s+\([^)]{0,30}\))?"
        r"(?:\s+(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?"
        r"(?:\s+(?:and|or)\s+(?:north|south|east|west)(?:[\s-]?(?:east|west))?)?)?"
        r"\s+(?:of|from|outside)|"
        # "advanced to within 5 km of Pokrovsk", "are within 600 meters of the border"
        r"(?:advanc(?:ed|ing|es?)|mov(?:ed|ing|es?)|push(?:ed|ing|es)?|got|came|are|were|is|"
        r"was)\s+(?:now\s+)?(?:to\s+)?"
        r"within\s+(?:about\s+|some\s+|just\s+)?(?:[\d.,]+|one|two|three|four|five|six|seven|"
        r"eight|nine|ten|a\s+few)\s*(?:km|kilometres?|kilometers?|miles?|meters?|metres?)\s+"
        r"(?:of|from)"),
    Cue("advance-verb", "movement", "advance", "active",
        r"cross(?:ed|es|ing)?\s+(?:the\s+border\s+)?into|advanc(?:e|es|ed|ing)|push(?:ed|es|ing)?\s+(?:deeper\s+|further\s+)?(?:into|"
        r"towards?|on|through|to)|mov(?:e|es|ed|ing)\s+(?:deeper\s+|further\s+)?(?:into|"
        r"towards?|on)|clos(?:e|es|ed|ing)\s+in\s+on|march(?:ed|es|ing)?\s+(?:on\s+)?(?:into|"
        r"towards?|on)|storm(?:ed|s|ing)?|invad(?:e|ed|es|ing)|enter(?:ed|s|ing)|"
        r"edg(?:e|ed|es|ing)\s+(?:closer\s+)?(?:towards?|into|to)|operat(?:e|es|ed|ing)\s+"
        r"(?:in|around|inside)|(?:were|are|was|is)\s+on\s+the\s+outskirts\s+of|"
        r"roll(?:ed|s|ing)?\s+(?:\w+\s+)?(?:into|towards?|through)|"
        # "moved from Nyala towards El Fasher", "pushed south from X towards Y"
        r"(?:mov(?:e|es|ed|ing)|push(?:ed|es|ing)?|march(?:ed|es|ing)?|advanc(?:e|es|ed|ing)|"
        r"head(?:ed|s|ing)?)(?:\s+(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:wards?)?)?"
        r"(?:\s+from(?=[^.;]{1,60}?\b(?:to|towards?|into)\b)|"
        r"\s+(?:into|towards?|to|on|through)(?=\s))"),
    # "have reached Chamaa", "efforts to penetrate the villages", "pushed several hundred
    # meters inside", "progressing inside": forces that get into or to a place advance
    Cue("advance-reach", "movement", "advance", "active",
        r"(?<!able\sto\s)reach(?:ed|es|ing)?(?!\s+(?:an?|the)\s+(?:agreement|deal|accord|settlement|"
        r"understanding|decision|conclusion)\b)|penetrat(?:e|ed|es|ing)|"
        # "the army was approaching the last areas under al-Shabab": forces near a place
        r"approach(?:ed|es|ing)(?!\s+(?:to|for|of)\b)|"
        r"progress(?:ed|es|ing)?\s+(?:inside|into|towards?)|"
        r"push(?:ed|es|ing)?\s+(?:[\w-]+\s+){0,3}?(?:meters|metres|kilometers|kilometres|km|"
        r"miles)\s+(?:inside|into|towards?|deeper)|"
        r"push(?:ed|es|ing)?\s+inside", needs_place=True),
    # "carried out operations around the X neighborhood", "ongoing offensives in X",
    # "conducted extensive sweeps around the villages of": operating in an area (README)
    Cue("advance-operations", "movement", "advance", "active",
        r"(?:(?:carr(?:y|ied|ies|ying)\s+out|conduct(?:ed|s|ing)?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:operations?|sweeps?|raids?)|(?:ongoing\s+|ground\s+)?offensives?)"
        r"\s+(?:in|around|inside|across)(?=\s)", needs_place=True),
    # "expanded eastward in the Kordofan region"
    Cue("advance-expand", "movement", "advance", "active",
        r"expand(?:ed|s|ing)?\s+(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?wards?\s+)?"
        r"(?:(?:its|their)\s+(?:control|presence|offensive|operations)\s+)?"
        r"(?:in|into|to|towards?)"),
    # "vehicles were dispatched by the RSF from A towards B": places after, side after "by"
    Cue("advance-dispatched", "movement", "advance", "nominal",
        r"(?:dispatched|sent|redeployed)(?=\s+by\b)|dispatched(?=\s+(?:from|to|towards?)\b)"),
    # "a town under recent Russian pressure", "pressure on Pokrovsk": an advance towards it
    Cue("advance-pressure", "movement", "advance", "state",
        r"under\s+(?:(?:recent|heavy|mounting|increasing|growing|constant|intense|renewed|"
        r"sustained)\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?(?:military\s+)?pressure(?:\s+from)?"),
    Cue("advance-pressure-on", "movement", "advance", "nominal",
        r"(?:military\s+)?pressure\s+on", needs_place=True),
    Cue("advance-heading", "movement", "advance", "active",
        r"head(?:ed|ing|s)?\s+(?:towards?|for)", needs_place=True),
    Cue("advance-attack", "movement", "advance", "active",
        r"attack(?:ed|s|ing)?", needs_place=True),
    # --- events ------------------------------------------------------------------------
    Cue("bombing", "event", "bombing", "nominal",
        r"(?:suicide|car|truck|roadside)[\s-]+bomb(?:s|ings?|ers?)?|(?:[Ss]uicide\s+)?"
        r"(?:[Vv]ehicle[\s-]+[Bb]ased\s+)?(?:VB)?IEDs?(?=\s+(?:attacks?|blasts?|explosions?|"
        r"exploded|detonated|penetrated|hit|struck|killed|went\s+off))|"
        r"[Ss]uicide\s+(?:bombers?|bombings?)|[Ee]xplosives?[\s-]+laden|"
        r"[Ss]uicide[\s-]+bomb\s+vehicles?"),
    Cue("strike-verb", "event", "strike", "active",
        r"(?:bombard(?:ed|s|ing)?|shell(?:ed|s|ing)|bomb(?:ed|s|ing)|pound(?:ed|s|ing)|"
        r"struck|strik(?:es|ing))(?=\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?-i:[A-Z])|"
        # "striking the northwestern enclave's Mount Bafilun", "striking terrorist targets"
        r"\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+(?-i:[A-Z])|"
        r"\s+(?:[\w-]+\s+){0,2}?targets\b)|"
        r"(?:bombard(?:ed|s)|shelled|bombed|pounded)(?!\s+(?:by|with)\b)"),
    Cue("strike-hit", "event", "strike", "active", r"hit|hits|hitting|target(?:ed|s|ing)?",
        needs_place=True),
    Cue("strike-fired-on", "event", "strike", "active",
        r"(?:open(?:ed|s|ing)?\s+)?fir(?:ed|es|ing|e)\s+(?:on|upon)", needs_place=True),
    # "blew up dozens of houses": the vocabulary's "other"
    Cue("other-blown-up", "event", "other", "active",
        r"(?:bl(?:ew|own|ow|ows|owing)\s+up|demolish(?:ed|es|ing))\s+(?:[\w-]+\s+){0,3}?"
        r"(?:houses|homes|buildings|residential\s+(?:blocks|buildings))"),
    Cue("strike-air", "event", "strike", "nominal",
        r"air[\s-]*(?:strikes?|raids?|attacks?|bombardments?)|airstrikes?|drone\s+(?:strikes?|"
        r"attacks?)|(?:missile|rocket|artillery|mortar|drone)\s+(?:strikes?|attacks?|fire|"
        r"barrages?)|tank\s+(?:fire|shells?|shelling|rounds)|bombard(?:ed|ing|ments?)|shell(?:ed|ing)|(?:ballistic\s+)?missiles?|"
        r"rockets?|bomb(?:ed|ing)|strikes?\s+(?:on|against|in|near)|struck|"
        r"(?:aerial|ground)\s+(?:and\s+(?:aerial|ground)\s+)?bombardments?|air\s+support|"
        r"(?:explosive|armed|suicide|kamikaze|attack)[\s-]+drones?|mortar\s+fire|"
        r"drones?(?=\s+(?:at|on|into|towards?|against)\b)|"
        r"(?:glide|cluster|barrel|guided|aerial|phosphorus|incendiary)\s+bombs?"),
    Cue("ceasefire", "event", "ceasefire", "nominal",
        r"cease-?fires?|truce|cessation\s+of\s+hostilities"),
    Cue("evacuation", "event", "evacuation", "nominal",
        r"evacuat(?:ed|ion|ions|ing|e|es)", passive_kind="evacuation"),
    Cue("deployment", "event", "deployment", "active",
        r"deploy(?:ed|s|ing|ment|ments)?|stationed|reposition(?:ed|s|ing)?",
        passive_kind="deployment"),  # "troops are stationed in": the troops deploy
    Cue("siege", "event", "siege", "active", r"la(?:id|y|ying)\s+siege\s+to"),
    Cue("attack-target", "event", "attack", "target", r"under\s+(?:heavy\s+)?attack"),
    Cue("attack", "event", "attack", "nominal",
        r"(?:counter-?)?attacks?(?!\s+(?:planes?|helicopters?|aircraft|jets?|drones?|dogs?|"
        r"boats?|submarines?|craft|units?|squads?|groups?)\b)|attacked|raids?|raid(?:ed|ing)|"
        r"ambush(?:ed|es)?|"
        # "halted 18 Russian attacks": the halting side's fighting there (rule 10)
        r"halt(?:ed|s|ing)?(?=\s+(?:[\w-]+\s+){0,3}?(?:attacks?|assaults?|advances?|"
        r"offensives?)\b)|fought\s+off|"
        r"clash(?:es|ed)?|battl(?:ed|es|ing)|fought(?!\s+alongside\b)|"
        # "their fighting positions", "fighting age": a noun's modifier, no fighting
        r"fighting(?!\s+(?:alongside|positions?|units?|vehicles?|age|season|capacity|"
        r"capabilit(?:y|ies)|strength|spirit|chance|men|force)\b)|"
        r"repel(?:led|s|ling)?|repuls(?:ed|e|es|ing)|fend(?:ed|ing|s)?\s+off|"
        r"respond(?:ed|s|ing)?\s+to(?=\s+(?:the|an?|their|its)\s+(?:[\w-]+\s+)?(?:attacks?|"
        r"assaults?|offensive|raids?|incursions?))|skirmish(?:es)?|fire-?fights?|shot\s+down|assaults?|"
        r"shoot(?:s|ing)?\s+down|shootouts?|gun\s*fights?|gun\s+battles?|gunfire|"
        r"confrontations?|thwart(?:ed|s|ing)?|foil(?:ed|s|ing)?|intercept(?:ed|s|ing)?"),
)

#: Cues matched with the letter case as written (acronyms).
_CASE_SENSITIVE = frozenset({"bombing"})


@lru_cache(maxsize=2)
def cue_pattern(placeless: bool = False) -> re.Pattern[str]:
    """One pattern of every cue, a named group each (``c0``, ``c1`` … in :data:`CUES`);
    ``placeless``: only the cues that need no place after them."""
    parts = []
    for index, cue in enumerate(CUES):
        if placeless and cue.needs_place:
            continue
        body = cue.pattern if cue.name in _CASE_SENSITIVE else f"(?i:{cue.pattern})"
        parts.append(f"(?P<c{index}>{body})")
    # every cue begins with a letter: the lookahead spares the alternatives elsewhere
    return re.compile(r"(?<![\w])(?=[A-Za-z])(?:" + "|".join(parts) + r")(?![\w])")


def find_cues(text: str, start: int = 0, end: int | None = None
              ) -> list[tuple[Cue, int, int]]:
    """The cues in ``text[start:end]``: (cue, start, end) in order, none overlapping."""
    found = []
    for match in cue_pattern().finditer(text, start, len(text) if end is None else end):
        cue = CUES[int(match.lastgroup[1:])] if match.lastgroup else None
        if cue is not None:
            found.append((cue, match.start(), match.end()))
    return found


def placeless_cue(text: str, start: int, end: int) -> tuple[Cue, int, int] | None:
    """The cue at ``start`` among those that need no place ("attack" as a noun when
    "attack" with a place after it did not apply)."""
    match = cue_pattern(placeless=True).match(text, start, end)
    if match is None or not match.lastgroup:
        return None
    return CUES[int(match.lastgroup[1:])], match.start(), match.end()
