"""How sure the text is of a claim: stated as fact, claimed, planned or denied.

Read from the words of the claim's own sentence (reported speech elsewhere does not make a
claim ``claimed``): a negation or a word of falsehood near the cue denies it; a modal or a
verb of intent before it makes it planned; a verb of saying, "according to" or a hedge makes
it claimed. A conditional or a mere possibility ("if", "could", "may") is no claim at all.
"""

from __future__ import annotations

import re

_DENIED_BEFORE = re.compile(
    r"\b(?:not|n[o']t|never|no|denied|denies|deny|falsely|without)\b(?:\s+\S+){0,2}\s*$"
    r"|n[’']t(?:\s+\S+){0,2}\s*$|\bhas\s+yet\s+to\s*$"
    # "tried in vain to occupy", "failed to take", "unsuccessfully tried to": a failed attempt
    r"|\b(?:in\s+vain|unsuccessfully|fail(?:ed|s|ing)?)\s+(?:\w+\s+)?to\s+(?:\S+\s+){0,1}$",
    re.I)
#: "it was not true that Albu Kamal was taken": a denial of the clause it opens.
_DENIED_THAT = re.compile(
    r"\b(?:not\s+true|untrue|false|no\s+truth\s+(?:in\s+(?:reports?|claims?)\s+)?|"
    r"(?:does|do|did)\s+not\s+mean)\s+(?:that\s+)?(?:\S+\s+){0,8}$", re.I)
_DENIED_SENTENCE = re.compile(
    r"\b(?:falsely|(?:is|are|was|were|seemingly|be)\s+(?:\w+\s+)?false|denied|denies|"
    r"(?:dismissed|rejected|refuted)\s+(?:the\s+|these\s+|those\s+)?(?:claims?|reports?)|"
    r"fake|baseless)\b", re.I)
_PLANNED = re.compile(
    r"\b(?:would|will|shall|'ll|plans?\s+to|planning\s+to|planned\s+to|intends?\s+to|"
    r"intending\s+to|aims?\s+to|aiming\s+to|promised\s+to|promises\s+to|vowed\s+to|vows\s+to|"
    r"threaten(?:s|ed|ing)?\s+to|tried\s+to|trying\s+to|tries\s+to|attempt(?:s|ed|ing)?\s+to|"
    r"wants?\s+to|wanted\s+to|seeks?\s+to|seeking\s+to|sought\s+to|on\s+the\s+verge\s+of|"
    r"(?:is|are|was|were)\s+(?:set|poised|about|preparing|ready)\s+to|"
    r"prepar(?:e|es|ing)\s+(?:to|for)|close\s+to(?=\s+\w+ing\b|\s*$)|"
    r"allowed\s+to|ordered\s+(?:\w+\s+){0,3}to|push\s+to|bid\s+to|in\s+order\s+to|"
    r"no\s+choice\s+but\s+to|anticipat(?:e|es|ed|ing)|expect(?:s|ed|ing)?\s+to|"
    r"hop(?:e|es|ed|ing)\s+to|agree(?:s|d)?\s+to)\b(?:\s+[^\s,;]+){0,6}\s*$", re.I)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|(?:could|can)(?!\s+(?:still\s+|clearly\s+)?(?:be\s+)?(?:heard|seen|felt|"
    r"hear|see|feel)\b)|might|may|should|whether|would\s+be\s+(?:a|the)|"
    r"(?:enabl|allow)ing\s+(?:\w+\s+){1,2}?to)\b"
    r"(?:\s+\S+){0,6}\s*$", re.I)
_CLAIMED = re.compile(
    r"\b(?:said|says|say|saying|told|tells|according\s+to|reported(?:ly)?|reports?|claim(?:s|ed|"
    r"ing)?|announc(?:ed|es|ing)|stated|states(?=\s+that\b)|added|adds|confirmed|apparently|allegedly|"
    r"purportedly|presum(?:ed|ably)|suspected|alleged|appear(?:s|ed)?\s+to|(?:is|are|was|were)\s+(?:thought|believed|said|reported)|"
    r"believed|sources|witnessed|accus(?:ed|es|ing)|blam(?:ed|es|ing)|posted|wrote|insisted|"
    r"quoted)\b", re.I)


#: Requests and demands are no claims ("urged them to allow the evacuation", "an ultimatum
#: to surrender and evacuate", "called for a ceasefire"), nor an act that stopped ("Ankara
#: had halted air strikes").
_REQUESTED = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|ask(?:s|ed|ing)?|"
    r"beg(?:s|ged|ging)?|"
    r"demand(?:s|ed|ing)?|ultimatum|appeal(?:s|ed|ing)?|plead(?:s|ed)?)\b"
    r"(?:(?:\s+\S+){0,10}?\s+to(?:\s+\S+){0,3}|(?:\s+\S+){0,3})\s*$"
    r"|\b(?:halt|stop|suspend|paus|end|ceas|interrupt)(?:s|ed|ped|ing|e|es)?\s+"
    r"(?:(?:its|their|the|his|her|all|further)\s+)?(?:\w+\s+)?$"
    r"|\b(?:vulnerable|exposed|prone|open)\s+to\s+(?:\S+\s+){0,3}$"
    r"|\b(?:risk|threat|fears?|danger|prospect)\s+of\s+(?:\S+\s+){0,3}$"
    # "to block potential army advances", "to slow their advances": an act only hoped
    # against, or a possible one
    r"|\b(?:potential|possible|eventual|future)\s+(?:\S+\s+){0,1}$"
    # "warned against a ground incursion into Rafah": an act feared, not told
    r"|\bwarn(?:s|ed|ing)?\s+(?:\w+ly\s+)?against\s+(?:\S+\s+){0,3}$"
    r"|\b(?:block|slow|prevent|curb|stem|deter|forestall)(?:s|ed|ing)?\s+(?:the\s+|their\s+|"
    r"its\s+|any\s+|further\s+)?(?:\S+\s+){0,2}$", re.I)


def is_hypothetical(before: str) -> bool:
    """Whether the words just before a cue make it a condition, a possibility, a request
    or an act that stopped."""
    return bool(_HYPOTHETICAL.search(before) or _REQUESTED.search(before))


def certainty_of(sentence: str, cue_start: int, cue_end: int, clause_start: int = 0,
                 planned: bool = True) -> str:
    """``fact``, ``claimed``, ``planned`` or ``denied`` for the cue at ``sentence[cue_start:
    cue_end]`` (offsets within ``sentence``; ``clause_start`` where its clause begins).
    ``planned=False`` for a baseline inside a phrase ("seizing the opposition-held
    district"): the plan is the phrase's, not the holding's."""
    before = sentence[max(clause_start, cue_start - 60):cue_start]
    if _DENIED_BEFORE.search(before) or _DENIED_SENTENCE.search(sentence) or \
            _DENIED_THAT.search(sentence[max(0, cue_start - 90):cue_start]):
        return "denied"
    if planned and _PLANNED.search(sentence[max(clause_start, cue_start - 80):cue_start]):
        return "planned"
    if _CLAIMED.search(sentence):
        return "claimed"
    return "fact"
