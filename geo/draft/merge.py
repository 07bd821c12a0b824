"""Merge the claims an article restates, so that each is drafted once (the gold set's rule 3).

A later claim restates an earlier one when it is of the same class (a movement ``advance``
and an event ``attack`` are one class: the words often call one assault both), is as sure
(a denial or a plan is a claim of its own), names no place the earlier one lacks, names
no other side, and does not date itself otherwise: two claims that each carry a date of
their own sentence, and differ, are two happenings. The earlier claim stays (the first
that names its place); it takes the later one's date when only the later one has a date of
its own and names its place itself, and its side when it had none.

Within one clause, an assault and a strike by one side at one place are one act told by
its weapon ("attacked the towers with a ballistic missile"): the strike stays. A claim
that refers back ("The attack on the camp caused ...", see :class:`Claim`) restates the
last claim of its class, whatever its place and side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.draft.records import Claim

_ASSAULT = frozenset({("movement", "advance"), ("event", "attack")})


def claim_class(claim: Claim) -> tuple[str, str]:
    """The class a claim is merged within: its table and kind, assaults as one."""
    return ("assault", "") if (claim.table, claim.kind) in _ASSAULT else (claim.table,
                                                                            claim.kind)


def place_keys(claim: Claim) -> frozenset[str]:
    """What identifies each place of a claim: its id, else its words."""
    return frozenset(p.place_id or p.text.lower() for p in claim.places)


def _sureness(claim: Claim) -> str:
    return claim.certainty if claim.certainty in ("denied", "planned") else "said"


#: Dates a claim's own words give, or that a restatement gave it: two such that differ are
#: two happenings.
_FIRM = frozenset({"own", "restated"})


def _same_day(first: Claim, second: Claim) -> bool:
    if first.table == "event" and {first.date_from, second.date_from} == {"own", "text"}:
        own, carried = (first, second) if first.date_from == "own" else (second, first)
        if not carried.date.startswith(own.date):
            # an event dated by its own words and one at its place dated only by the nearest
            # date before it in the text, not within the first's: acts recur, two happenings
            # (rule 7 dates the second one so too)
            return False
    if first.date_from not in _FIRM or second.date_from not in _FIRM:
        return True
    if first.date_from == second.date_from == "own" and \
            first.date_precision != second.date_precision:
        return False  # "fighting in recent weeks" and "the clashes on Tuesday": two told
    return first.date.startswith(second.date) or second.date.startswith(first.date)


#: Words of fighting between sides ("street fighting with Assad's forces", "clashes"): an
#: engagement, a happening of its own beside a movement of forces, never its restatement.
_ENGAGEMENT = re.compile(r"(?i:fighting|fought|clash(?:es|ed)?|battl(?:es?|ed|ing)|"
                         r"skirmish(?:es|ed)?|fire-?fights?|gun\s*fights?|gun\s+battles?)")


#: "new advances amid ongoing clashes": fighting told as the circumstance of an act.
_ATTENDANT = re.compile(r"\b(?:amid|amidst|during|in\s+the\s+midst\s+of)\s+(?:[\w-]+\s+){0,3}$",
                        re.I)


#: Verbs of repelling ("thwarted a Houthi attack"): the repeller's act, no restatement of
#: the attack it stopped when that one names its side (rule 10: "a repelled attack ...
#: besides the attack"); "repelling the attack" with no attacker named is one act.
_REPELLING = re.compile(r"(?i:repel(?:led|s|ling)?|repuls(?:ed|es|ing|e)|thwart(?:ed|s|ing)?|"
                        r"foil(?:ed|s|ing)?|fought\s+off|fend(?:ed|ing|s)?\s+off|"
                        r"intercept(?:ed|s|ing)?)")


def _operating(claim: Claim) -> bool:
    """Whether an advance is told as operations around a place ("conducted sweeps around the
    villages of X, Y"): a presence there, not the arrival another advance tells ("have
    reached X"), which is a claim of its own."""
    return claim.rule.split(":")[1:2] == ["advance-operations"]


def _cue_is(pattern: re.Pattern[str], claim: Claim) -> bool:
    at = claim.trigger[0] - claim.start
    return at >= 0 and bool(pattern.fullmatch(claim.quote, at, claim.trigger[1] - claim.start))


def _engagement(claim: Claim) -> bool:
    """Whether a claim's cue is fighting between sides, not told as another act's
    circumstance."""
    at = claim.trigger[0] - claim.start
    return at >= 0 and bool(_ENGAGEMENT.fullmatch(claim.quote, at, claim.trigger[1] -
                                                  claim.start)) and \
        not _ATTENDANT.search(claim.quote, max(0, at - 40), at)


def restates(later: Claim, earlier: Claim) -> bool:
    """Whether ``later`` restates ``earlier`` (see the module docstring)."""
    return (claim_class(later) == claim_class(earlier)
            and _operating(later) == _operating(earlier)
            and (_cue_is(_REPELLING, later) == _cue_is(_REPELLING, earlier) or
                 not later.side_id or later.side_id == earlier.side_id)
            and (later.kind == earlier.kind or (bool(later.side_id and earlier.side_id)
                                                and not _engagement(later)
                                                and not _engagement(earlier)))
            and _sureness(later) == _sureness(earlier)
            and place_keys(later) <= place_keys(earlier)
            and (not later.side_id or not earlier.side_id or later.side_id == earlier.side_id)
            and _same_day(later, earlier))


def _absorb(kept: Claim, later: Claim) -> Claim:
    """The earlier claim with what the later one adds: a date of its own, a side."""
    if kept.date_from not in _FIRM and later.date_from == "own" and \
            later.places_from == "own" and kept.certainty != "planned":
        kept = replace(kept, date=later.date, date_precision=later.date_precision,
                       date_from="restated")
    if not kept.side_id and later.side_id:
        kept = replace(kept, side=later.side, side_id=later.side_id, side_from="context")
    return kept


#: The rule suffix of a strike that supports another act ("backed by artillery fire,
#: advanced"): a claim of its own, never that act's weapon.
SUPPORTING_FIRE = "supporting-fire"


def _weapon_told(claim: Claim, claims: list[Claim]) -> bool:
    """Whether an assault is told again, in its clause, as a strike of the same side."""
    return claim_class(claim) == ("assault", "") and any(
        other.table == "event" and other.kind == "strike" and other.start == claim.start
        and not other.rule.endswith(SUPPORTING_FIRE)
        and other.side_id == claim.side_id and place_keys(other) & place_keys(claim)
        and abs(other.trigger[0] - claim.trigger[0]) < 120 for other in claims)


def _named_later(claim: Claim, later: list[Claim]) -> Claim | None:
    """The first later claim of an indefinite one's kind, as sure, of no other side, at
    other places (a town "captured in central Myanmar" is "Kawlin")."""
    for other in later:
        if (other.table, other.kind) == (claim.table, claim.kind) and not other.indefinite \
                and not place_keys(other) & place_keys(claim) and \
                _sureness(other) == _sureness(claim) and \
                (not other.side_id or not claim.side_id or other.side_id == claim.side_id) \
                and not (claim.date_from == other.date_from == "own" and
                         claim.date_precision != other.date_precision):
            # "On May 24, an attack on a base ..." is not the attacks "in mid-May" (dated
            # by their own words at other precisions: two happenings, as in restates)
            return other
    return None


def _name_indefinite(claims: list[Claim]) -> list[Claim]:
    """Indefinite claims replaced by the later claim that names their place, which takes
    their date when it has none of its own."""
    named: dict[int, Claim] = {}
    dropped: set[int] = set()
    for index, claim in enumerate(claims):
        if not claim.indefinite:
            continue
        other = _named_later(claim, claims[index + 1:])
        if other is None:
            continue
        dropped.add(index)
        at = claims.index(other)
        if other.date_from not in _FIRM and claim.date_from == "own":
            named[at] = replace(other, date=claim.date, date_precision=claim.date_precision,
                                date_from="restated")
    return [named.get(i, c) for i, c in enumerate(claims) if i not in dropped]


def merge_restatements(claims: list[Claim]) -> list[Claim]:
    """The claims of one article with each restatement merged into its first statement."""
    claims = _name_indefinite([c for c in claims if not _weapon_told(c, claims)])
    kept: list[Claim] = []
    for claim in claims:
        if claim.refers_back and any(claim_class(k) == claim_class(claim) and
                                     _sureness(k) == _sureness(claim) for k in kept):
            continue
        for index, earlier in enumerate(kept):
            if restates(claim, earlier):
                kept[index] = _absorb(earlier, claim)
                break
        else:
            kept.append(claim)
    return kept
