"""Count the errors of ``warmap draft`` on the claims gold set by mechanism, in aggregate.

``python bench/claims_errors.py [--group 0|1|2|3|4|5|6|7] [--method rules]`` prints, for one
group of texts (0 = tuned on; 1-7 = the held-out groups), how many gold claims were missed
and why, how many drafts were false and of what sort, and how the sides of matched claims went
wrong: counts only, never a text, a quote or a place. That is what may be learnt from a
held-out group once it has been scored without spending it (bench/claims/README.md); the
tuned texts' errors one by one are ``bench/claims_eval.py --errors``.

Categories of a missed gold claim (the first that applies):

``no cue``            no cue word of :mod:`geo.draft.cues` inside its quote;
``cue, no draft``     a cue, but no draft whose quote overlaps it (skipped, or no place);
``taken by another``  a draft that matches it was matched to another gold claim;
``wrong date``        an overlapping draft of its class at its place, dated otherwise
                      (with how: the draft's date from its own sentence, from elsewhere in
                      the text or the publication date; the gold date's precision);
``wrong place``       an overlapping draft of its class and date at another place (or none
                      of its places found by the geoparser: ``gold place not a mention``);
``wrong class``       an overlapping draft at its place and date, of another class;
``several wrong``     an overlapping draft, two or more of class, place and date wrong.

A false draft is ``in a gold sentence`` (its quote overlaps a gold claim's: the attribute
errors above seen from the draft) or ``no gold claim there`` (counted by its cue's table
and certainty: the claims the annotation rules leave out or that are not claims at all).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims_eval import (
    DATA,
    GOLD,
    Row,
    _index,
    date_match,
    draft_rows,
    gold_rows,
    kind_class,
    match_claims,
    place_match,
    published_of,
    rows_match,
    text_sides,
)
from claims_gold import load_claims


def _overlaps(a: Row, b: Row) -> bool:
    return a.start < b.end and b.start < a.end


def _place_reason(text: str, rows: list[Row], mentions: list) -> str:
    """Whether the geoparser found a gold place in the quote's sentence at all."""
    first = rows[0]
    names = {r.name.lower() for r in rows}
    inside = [m for m in mentions if first.start <= m.start < first.end]
    if any(m.text.lower() in names for m in inside):
        return "a gold place is a mention of the quote, not chosen"
    if any(m.text.lower() in names for m in mentions):
        return "a gold place is a mention elsewhere in the text"
    return "no gold place among the geoparser's mentions"


def _miss_reason(text: str, rows: list[Row], drafts: list[Row], unmerged: list[Row],
                 claims: dict, level: str, owners: dict[str, Row], mentions: list) -> str:
    from geo.draft.cues import find_cues

    first = rows[0]
    cues = find_cues(text, first.start, first.end)
    if not cues:
        return f"no cue (gold {first.table} {first.kind})"
    near = [d for d in drafts if _overlaps(first, d)]
    if not near:
        if any(_overlaps(first, d) for d in unmerged):
            return "drafted, merged away as a restatement by the drafter"
        taker = next((d for g in rows for d in drafts
                      if d.claim in owners and rows_match(g, d, level)), None)
        tables = {c.table for c, _s, _e in cues}
        how = "a cue of its table" if first.table in tables else "cues of other tables only"
        also = ", matched elsewhere to another gold claim" if taker is not None else ""
        return f"cue, no draft ({how}{also})"
    flags = []
    for d in near:
        for g in rows:
            same_class = kind_class(g.table, g.kind, level) == kind_class(d.table, d.kind, level)
            flags.append((same_class, place_match(g, d), date_match(g, d), d, g))
    for same_class, place, date, d, g in flags:
        if same_class and place and not date:
            claim = claims[d.claim]
            return f"wrong date ({claim.date_from or 'none'} -> gold {g.precision})"
    for same_class, place, date, _d, _g in flags:
        if same_class and date and not place:
            return f"wrong place ({_place_reason(text, rows, mentions)})"
    for same_class, place, date, d, g in flags:
        if place and date and not same_class:
            return f"wrong class (gold {g.table} {g.kind}, draft {d.table} {d.kind})"
    if any(d.claim in owners for d in near):
        return "its sentence's draft matched another gold claim"
    return "several wrong"


def _false_reason(d: Row, gold: list[Row], claim) -> str:
    if any(_overlaps(g, d) for g in gold):
        return "in a gold sentence"
    return f"no gold claim there ({claim.table}, {claim.certainty})"


def _side_reason(gold_side: str, draft_side: str, side_from: str) -> str:
    if not gold_side:
        return f"gold none, draft a side (from {side_from or '-'})"
    if not draft_side:
        return "draft none"
    return f"other side (from {side_from or '-'})"


def _unmerged(draft, text, published, gazetteer, book, name, war, known, own) -> list[Row]:
    """The drafts before the drafter merges restatements."""
    from geo.draft import claims as engine

    merge = engine.merge_restatements
    engine.merge_restatements = list  # type: ignore[assignment]
    try:
        return draft_rows(name, draft(text, published, gazetteer, book, name), war, known, own)
    finally:
        engine.merge_restatements = merge


def breakdown(group: str, method: str, level: str) -> dict[str, Counter[str]]:
    """The counts of each category for one group of texts."""
    from geo.draft.methods import drafter
    from geo.draft.sides import side_book
    from geo.inputs.places import load_gazetteer

    gazetteer = load_gazetteer(DATA)
    book = side_book(DATA, gazetteer)
    known = {s.id for s in book.sides}
    draft = drafter(method)
    gold_all = gold_rows(load_claims(GOLD))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in (e for e in _index() if e["held_out"] == group):
        name = entry["name"]
        text = (GOLD / entry["text"]).read_text(encoding="utf-8")
        drafts = draft(text, published_of(entry["published"]), gazetteer, book, name)
        from geo.draft.context import read_article

        mentions = read_article(name, text, published_of(entry["published"]), gazetteer,
                                book).mentions
        gold = [r for r in gold_all if r.text == name]
        own = text_sides(gold)
        unmerged = _unmerged(draft, text, published_of(entry["published"]), gazetteer, book,
                             name, entry["war"], known, own)
        claims = {f"d{n}": c for n, c in enumerate(drafts.claims)}
        rows = draft_rows(name, drafts, entry["war"], known, own)
        matched, restated = match_claims(gold, rows, level)
        used = set(matched.values())
        by_gold: dict[str, list[Row]] = defaultdict(list)
        for r in gold:
            by_gold[r.claim].append(r)
        by_draft = {r.claim: r for r in rows}
        owners = {d: by_gold[g][0] for g, d in matched.items()}
        counts["totals"]["gold claims"] += len(by_gold)
        counts["totals"]["drafts"] += len(claims)
        counts["totals"]["found"] += len(matched)
        counts["totals"]["restated (merged by the scorer)"] += len(restated)
        for claim_id, g_rows in by_gold.items():
            if claim_id in matched:
                d = by_draft[matched[claim_id]]
                if g_rows[0].side != d.side:
                    counts["side"][_side_reason(g_rows[0].side, d.side,
                                                claims[d.claim].side_from)] += 1
                else:
                    counts["side"]["right"] += 1
                continue
            counts["missed"][_miss_reason(text, g_rows, rows, unmerged, claims, level,
                                                owners, mentions)] += 1
            counts["missed by gold table"][g_rows[0].table] += 1
        for claim_id, claim in claims.items():
            if claim_id in used or claim_id in restated or not claim.places:
                continue
            counts["false"][_false_reason(by_draft[claim_id], gold, claim)] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--group", default="0", choices=["0", "1", "2", "3", "4", "5", "6", "7"])
    parser.add_argument("--method", default="rules")
    parser.add_argument("--level", choices=["kind", "class", "table"], default="class")
    args = parser.parse_args(argv)
    counts = breakdown(args.group, args.method, args.level)
    print(f"group {args.group}, method {args.method}, level {args.level}")
    for section in ("totals", "missed", "missed by gold table", "false", "side"):
        print(f"\n{section}:")
        for label, n in sorted(counts[section].items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:4d}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
