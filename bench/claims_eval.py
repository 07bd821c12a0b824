"""Score ``warmap draft`` against the claims gold set (bench/claims; rules in its README).

A drafted row matches a gold row of the same text when their kinds agree (``--level``:
``kind`` the table and kind; ``class`` the table, with a movement ``advance`` and an event
``attack`` taken as one class, the README's most ambiguous border; ``table`` the table
only), their places agree (the same id, points within 25 km, or the same name) and their
dates agree at the gold row's precision. A claim is found when any of its rows matches;
drafts matching a gold claim another draft already found are restatements, merged as the
README says (``--strict`` counts them as false positives). The side is scored on matched
claims: the draft's side id when it is one of sides.csv, else its name through the
aliases of the text's war below.

The matching is one-to-one and of the largest size (a greedy matching can leave a gold claim
unmatched whose only draft another gold claim could have done without). A gold place whose
point is only its enclosing city's (a quarter or village without one, as its note says)
matches by id or name, not by distance: "within a city, match by name" (README).

Only the tuned texts (``held_out`` 0) are scored unless ``--held-out`` (the 9 held out in
round 1), ``--held-out-2`` (the 10 of round 2), ``--held-out-3`` (those of round 3),
``--held-out-4`` (those of round 4), ``--held-out-5`` (those of round 5), ``--held-out-6``
(those of round 6), ``--held-out-7`` (those of round 7) or ``--all`` is given; errors are
printed with ``--errors``, one by one, for whichever group is scored (from round 7 groups 1-5
are tuned on: ``--errors --held-out-5`` lists group 5's; from round 9 group 6 too, from
round 10 group 7). ``--tuned-on`` scores every group tuned on (0 and 1-7), one score line per
group and one for them together. Standard library plus the package.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import math
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims_gold import load_claims

GOLD = Path(__file__).resolve().parent / "claims"
DATA = Path(__file__).resolve().parent.parent / "data"
MAX_KM = 25.0
#: How the sides of texts of other wars are named (general knowledge, not these texts).
WAR_ALIASES: dict[str, dict[str, str]] = {
    "Ukraine": {"russia": r"russia|moscow|kremlin|shoigu",
                "ukraine": r"ukrain|kyiv|kiev|zelensk|syrsky"},
    "Sudan": {"rsf": r"\brsf\b|rapid support|dagalo|hemedti|janjaweed",
              "saf": r"\bsaf\b|sudan|\barmy\b|military|burhan|armed forces"},
    "Gaza": {"idf": r"israel|\bidf\b|occupation|tank", "hamas": r"hamas|qassam|islamic jihad"},
    "DR Congo (M23)": {"m23": r"\bm23\b|\bafc\b|congo river alliance|rebel",
                       "burundi": r"burund", "fardc": r"congo|fardc|army|government|kinshasa"},
    "Ethiopia/Tigray": {"tplf": r"tplf|\btdf\b|tigray|rebel", "eritrea": r"eritre",
                        "ethiopia": r"ethiopia|federal|government|endf|abiy"},
    "Myanmar": {"knu": r"\bknu\b|karen", "chin": r"\bchin\b", "tnla": r"\btnla\b|ta.ang",
                "aa": r"arakan|\baa\b",
                "mndaa": r"mndaa|myanmar national democratic|kokang|resistance|brotherhood",
                "pdf": r"\bpdf\b|people.s defen[cs]e|pro-democracy|national unity government|"
                       r"insurgent|guerrilla|anti-junta",
                "junta": r"junta|regime|military|tatmadaw|\barmy\b"},
    "Somalia": {"al-shabaab": r"shabaa?b|militant|insurgent|islamist|rebel",
                "somalia": r"somali|government|\barmy\b|military|amisom"},
    "Yemen": {"houthis": r"houthi|ansar allah", "saudi-coalition": r"coalition|saudi",
              "yemen-government": r"government|hadi|yemeni (?:army|forces)",
              "us": r"\bus\b|\bu\.s\.|united states|american|washington|pentagon|centcom"},
    "Lebanon": {"idf": r"israel|\bidf\b", "hezbollah": r"hezbollah|hizbollah|radwan"},
    "West Bank": {"idf": r"israel|\bidf\b|occupation", "hamas": r"hamas|qassam|islamic jihad"},
    "Libya": {"libya-dawn": r"libya dawn|fajr",
              "lna": r"\blna\b|haftar|hifter|libyan national army|wagner",
              "gna": r"\bgna\b|government of national accord|tripoli|volcano|turk"},
    "Sahel (Mali, Burkina Faso)": {
        "ansarul-islam": r"ansarul|ansaroul|extremist|jihad|qaida|qaeda|islamist",
        "mali": r"malian|\bmali\b|g5"},
    "Mali": {"jnim": r"jnim|jama.at nusrat|nusrat al-islam|qaida|qaeda|islamist|militant|jihad|"
                     r"assailant",
             "mali": r"malian|\bmali\b|\barmy\b|military|soldier"},
    "Niger": {"jihadists": r"jihad|islamist|militant|terror|criminal|bandit|attacker|iswap|boko",
              "niger": r"niger|\barmy\b|armed forces|military|soldier"},
    "Burkina Faso": {"jihadists": r"jihad|islamist|militant|terror|assailant|jnim|ansaroul",
                     "burkina-faso": r"burkin|\barmy\b|armed forces|military|soldier"},
    "Ethiopia/Amhara": {"fano": r"fano",
                        "ethiopia": r"ethiopia|federal|government|endf|defen[cs]e force|military|"
                                    r"\barmy\b|abiy"},
    "Nagorno-Karabakh": {"azerbaijan": r"azerbaij|azeri|baku",
                         "armenia": r"armenia|artsakh|karabakh|yerevan"},
    "Colombia": {"eln": r"\beln\b|national liberation army|camilo torres|guerrill",
                 "colombia": r"colombia|\barmy\b|military|soldier"},
    "Mexico": {"sinaloa-cartel": r"cartel|chapitos|mayos|gunmen|organi[sz]ed crime|sicario",
               "mexico": r"mexic|\barmy\b|\bnavy\b|military|soldier|national guard|marine"},
}
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|some|several|many)\s+", re.I)
#: Side words that stand for another's name, never a side's own.
_PRONOUNS = frozenset({"it", "they", "we", "our", "its", "their", "he", "she", "latter", "them"})


def _side_words(text: str) -> str:
    return _DETERMINER.sub("", " ".join(text.lower().split())).strip(" ,.")


def text_sides(gold: list[Row]) -> dict[str, str]:
    """A text's own names of its sides: the words (``side_text``) the gold set gives each
    side in that text, when they name one side only (the README: "side_text gives the
    words")."""
    named: dict[str, set[str]] = defaultdict(set)
    for row in gold:
        words = _side_words(row.side_text)
        if row.side and words and words not in _PRONOUNS:
            named[words].add(row.side)
    return {words: next(iter(sides)) for words, sides in named.items() if len(sides) == 1}


#: A gold row whose point is its enclosing city's or town's (a quarter, village or facility
#: without one, bench/claims/README.md rule 8, said so in its note): only good to that city.
_CITY_POINT = re.compile(r"['’]s (?:GeoNames )?point \([^)]*\)\s*(?::|for)\s+(?:a |an |the )?"
                         r"(?:quarter|village|villages|town|towns|area|site|facility|camp|"
                         r"hospital)", re.I)


@dataclass
class Row:
    """One row (claim x place) of the gold set or of the drafts."""

    text: str
    claim: str
    table: str
    kind: str
    date: str
    precision: str
    place_id: str
    name: str
    lat: float | None
    lon: float | None
    side: str
    certainty: str
    start: int
    end: int
    #: Whether the point is only the enclosing city's (gold rows; see :data:`_CITY_POINT`).
    city_point: bool = False
    side_text: str = ""
    kind_of_place: str = ""  # a draft's place kind (region, city ...)
    #: The place's words in the text (a gold place where its quote writes it; -1: nowhere).
    place_span: tuple[int, int] = (-1, -1)


def _km(a: Row, b: Row) -> float:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


#: Words that say a name is a region's ("the Donetsk region", "Tanganyika province").
_REGION_WORDS = re.compile(r"\b(?:region|province|governorate|oblast|state|district|"
                           r"township|prefecture|county|department)\b", re.I)
_REGION_KINDS = frozenset({"region", "governorate", "district"})


def _same_region(gold: Row, draft: Row) -> bool:
    """A region the gold set names with its generic word ("Donetsk region") and a draft
    names as a region without it ("Donetsk", of kind region): the README's "match them by
    name"."""
    if not _REGION_WORDS.search(gold.name) or not (
            _REGION_WORDS.search(draft.name) or draft.kind_of_place in _REGION_KINDS):
        return False
    bare = _fold(_REGION_WORDS.sub("", gold.name))
    return bool(bare) and bare == _fold(_REGION_WORDS.sub("", draft.name))


def _fold(name: str) -> str:
    name = re.sub(r"^(?:al|el|ad|ar|as|ash|at|az)[-\s]", "", name.lower().strip())
    return re.sub(r"[^a-z0-9]", "", name)


def kind_class(table: str, kind: str, level: str) -> tuple[str, str]:
    if level == "table":
        return (table, "")
    if level == "class":
        return ("assault", "") if (table, kind) in (("movement", "advance"),
                                                    ("event", "attack")) else (table, "")
    return (table, kind)


def place_match(gold: Row, draft: Row) -> bool:
    """The same id, points within :data:`MAX_KM`, or the same name; a gold place whose point
    is its city's (a quarter, a village) only by id or name, as the README says."""
    if gold.place_id and gold.place_id == draft.place_id:
        return True
    if not gold.city_point and _km(gold, draft) <= MAX_KM:
        return True
    if gold.city_point and gold.place_span[0] >= 0 and \
            gold.place_span[0] < draft.place_span[1] and draft.place_span[0] < gold.place_span[1]:
        return True  # "within a city, match by name or offsets"
    return (bool(_fold(gold.name)) and _fold(gold.name) == _fold(draft.name)) or \
        _same_region(gold, draft)


def date_match(gold: Row, draft: Row) -> bool:
    if gold.precision == "unknown":
        return draft.date == ""
    if gold.precision == "day":
        return draft.date == gold.date
    return draft.date.startswith(gold.date)


def rows_match(gold: Row, draft: Row, level: str) -> bool:
    return (kind_class(gold.table, gold.kind, level) ==
            kind_class(draft.table, draft.kind, level)
            and place_match(gold, draft) and date_match(gold, draft))


def side_id(side_id_: str, name: str, war: str, known: set[str],
            own: dict[str, str] | None = None) -> str:
    """The gold-set id of a drafted side: a sides.csv id as it is, else its name as the
    text's own words for a side (``own``, :func:`text_sides`), else through the aliases of
    the text's war."""
    if side_id_ in known:
        return side_id_
    if own and _side_words(name) in own:
        return own[_side_words(name)]
    for gold_id, pattern in WAR_ALIASES.get(war, {}).items():
        if name and re.search(pattern, name, re.I):
            return gold_id
    return ""


def published_of(value: str) -> dt.date:
    """The date relative dates are resolved against (a month's last day when only the
    month is known)."""
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:])
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date.fromisoformat(value)


def _place_span(record: dict) -> tuple[int, int]:
    at = record["quote"].find(record["place"])
    return (-1, -1) if at < 0 else (record["start"] + at, record["start"] + at +
                                    len(record["place"]))


def gold_rows(records: list[dict]) -> list[Row]:
    return [Row(r["text"], r["claim_id"], r["table"], r["kind"], r["date"],
                r["date_precision"], r["place_id"], r["place"], r["lat"], r["lon"], r["side"],
                r["certainty"], r["start"], r["end"],
                city_point=not r["place_id"] and bool(_CITY_POINT.search(r["note"])),
                side_text=r["side_text"], place_span=_place_span(r))
            for r in records]


def draft_rows(name: str, drafts, war: str, known: set[str],
               own: dict[str, str] | None = None) -> list[Row]:
    """The rows of a text's drafts (``own``: the text's own side names, :func:`text_sides`)."""
    rows = []
    for number, claim in enumerate(drafts.claims):
        side = side_id(claim.side_id, claim.side, war, known, own)
        for place in claim.places:
            rows.append(Row(name, f"d{number}", claim.table, claim.kind, claim.date,
                            claim.date_precision, place.place_id, place.text, place.lat,
                            place.lon, side, claim.certainty, claim.start, claim.end,
                            kind_of_place=str(getattr(place.kind, "value", place.kind)),
                            place_span=(place.start, place.end)))
    return rows


def _overlap(a: Row, b: Row) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _pair_score(g: Row, d: Row) -> tuple[int, int, int]:
    """How well a matching pair agrees beyond what a match needs: whether the quotes
    overlap, whether the kinds are the same (within a class), and how much the quotes
    overlap (never the side or the certainty, which are scored on the pairs)."""
    overlap = _overlap(g, d)
    return int(overlap > 0), int((g.table, g.kind) == (d.table, d.kind)), 1 + overlap


def match_claims(gold: list[Row], drafts: list[Row], level: str
                 ) -> tuple[dict[str, str], set[str]]:
    """A one-to-one matching of draft claims to gold claims (gold -> draft): the best pairs
    first (:func:`_pair_score`), then augmented (alternating paths) to the largest size, so
    that no gold claim is left unmatched whose only draft another gold claim can do
    without; and the draft claims that restate an already matched gold claim."""
    pairs: dict[tuple[str, str], tuple[int, int, int]] = {}
    for g in gold:
        for d in drafts:
            if rows_match(g, d, level):
                key = (g.claim, d.claim)
                pairs[key] = max(pairs.get(key, (0, 0, 0)), _pair_score(g, d))
    ranked = sorted(pairs.items(), key=lambda kv: (tuple(-x for x in kv[1]), kv[0]))
    options: dict[str, list[str]] = defaultdict(list)
    owner: dict[str, str] = {}  # draft -> gold
    for (g, d), _score in ranked:
        options[g].append(d)
        if g not in owner.values() and d not in owner:
            owner[d] = g

    def augment(g: str, seen: set[str]) -> bool:
        for d in options[g]:
            if d not in seen:
                seen.add(d)
                if d not in owner or augment(owner[d], seen):
                    owner[d] = g
                    return True
        return False

    for g in sorted(options):
        if g not in owner.values():
            augment(g, set())
    matched = {g: d for d, g in owner.items()}
    restated = {d for (g, d) in pairs if d not in owner and g in matched}
    return matched, restated


@dataclass
class Tally:
    gold: int = 0
    drafted: int = 0
    found: int = 0
    correct: int = 0
    restated: int = 0
    sides: int = 0
    sides_right: int = 0
    sides_relaxed: int = 0
    certainty_right: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self, strict: bool) -> tuple[float, float, float]:
        drafted = self.drafted - (0 if strict else self.restated)
        p = self.correct / drafted if drafted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score_text(gold: list[Row], drafts: list[Row], level: str) -> dict[str, Tally]:
    """Tallies per table (gold's table for recall, the draft's for precision) and 'all'."""
    matched, restated = match_claims(gold, drafts, level)
    by_claim_g = {r.claim: r for r in gold}
    by_claim_d = {r.claim: r for r in drafts}
    tallies: dict[str, Tally] = defaultdict(Tally)
    for claim, row in by_claim_g.items():
        for key in (row.table, "all"):
            tallies[key].gold += 1
            tallies[key].found += claim in matched
    right = {d: g for g, d in matched.items()}
    for claim, row in by_claim_d.items():
        for key in (row.table, "all"):
            tallies[key].drafted += 1
            tallies[key].correct += claim in right
            tallies[key].restated += claim in restated
    for g_claim, d_claim in matched.items():
        g, d = by_claim_g[g_claim], by_claim_d[d_claim]
        for key in (g.table, "all"):
            tallies[key].sides += 1
            tallies[key].sides_right += g.side == d.side
            tallies[key].sides_relaxed += g.side == d.side or not g.side
            tallies[key].certainty_right += g.certainty == d.certainty
    return tallies


def _index() -> list[dict]:
    import csv

    with open(GOLD / "index.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def drafter(method: str):
    """The drafting function of a method: (text, published, gazetteer, book, name) -> Drafts."""
    from geo.draft.methods import drafter as bound

    return bound(method)


def run(method: str, names: list[dict], level: str, errors: bool, strict: bool
        ) -> tuple[dict[str, Tally], float, int]:
    from geo.draft.sides import side_book
    from geo.inputs.places import load_gazetteer

    gazetteer = load_gazetteer(DATA)
    book = side_book(DATA, gazetteer)
    known = {s.id for s in book.sides}
    draft = drafter(method)
    gold = gold_rows(load_claims(GOLD))
    totals: dict[str, Tally] = defaultdict(Tally)
    texts = {e["name"]: (GOLD / e["text"]).read_text(encoding="utf-8") for e in names}
    for entry in names:  # warm-up: compile patterns and caches outside the timing
        draft(texts[entry["name"]][:2000], published_of(entry["published"]), gazetteer, book,
              entry["name"])
        break
    seconds, characters = 0.0, 0
    for entry in names:
        name, text = entry["name"], texts[entry["name"]]
        started = time.perf_counter()
        drafts = draft(text, published_of(entry["published"]), gazetteer, book, name)
        seconds += time.perf_counter() - started
        characters += len(text)
        mine = [r for r in gold if r.text == name]
        rows = draft_rows(name, drafts, entry["war"], known, text_sides(mine))
        for key, tally in score_text(mine, rows, level).items():
            totals[key].add(tally)
        if errors:
            print_errors(name, mine, rows, level)
    return totals, seconds, characters


def _row_text(r: Row) -> str:
    return (f"{r.claim} {r.table}/{r.kind} {r.date or '-'} {r.name}({r.place_id}) "
            f"side={r.side or '-'} {r.certainty} | {r.start}-{r.end}")


def print_errors(name: str, gold: list[Row], drafts: list[Row], level: str) -> None:
    matched, restated = match_claims(gold, drafts, level)
    right = set(matched.values())
    print(f"\n== {name}")
    g_by, d_by = defaultdict(list), defaultdict(list)
    for r in gold:
        g_by[r.claim].append(r)
    for r in drafts:
        d_by[r.claim].append(r)
    for claim, rows in g_by.items():
        if claim not in matched:
            print("  MISS  " + "; ".join(_row_text(r) for r in rows))
        elif g_by[claim][0].side != d_by[matched[claim]][0].side:
            print(f"  SIDE  gold {g_by[claim][0].side or '-'} draft "
                  f"{d_by[matched[claim]][0].side or '-'}: {_row_text(rows[0])}")
    for claim, rows in d_by.items():
        if claim not in right:
            label = "RESTATED" if claim in restated else "FALSE"
            print(f"  {label} " + "; ".join(_row_text(r) for r in rows))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--method", default="rules")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--held-out", action="store_true",
                       help="score the 9 texts held out in round 1")
    group.add_argument("--held-out-2", action="store_true",
                       help="score the 10 texts annotated and held out in round 2")
    group.add_argument("--held-out-3", action="store_true",
                       help="score the texts annotated and held out in round 3")
    group.add_argument("--held-out-4", action="store_true",
                       help="score the 10 texts annotated and held out in round 4")
    group.add_argument("--held-out-5", action="store_true",
                       help="score the 10 texts annotated and held out in round 5")
    group.add_argument("--held-out-6", action="store_true",
                       help="score the 10 texts annotated and held out in round 6")
    group.add_argument("--held-out-7", action="store_true",
                       help="score the 10 texts annotated and held out in round 7")
    group.add_argument("--all", action="store_true", help="score every text")
    group.add_argument("--tuned-on", action="store_true",
                       help="score groups 0-7 (1-5 tuned on from round 7, 6 from round 9, "
                            "7 from round 10), "
                            "a line per group "
                            "and one for them together")
    parser.add_argument("--level", choices=["kind", "class", "table"], default="class")
    parser.add_argument("--errors", action="store_true",
                        help="print the misses and false drafts of the texts scored, one by one")
    parser.add_argument("--strict", action="store_true",
                        help="count restatements as false positives")
    args = parser.parse_args(argv)
    index = _index()
    if args.tuned_on:
        return _score_groups(args, index, TUNED_ON)
    wanted = ("7" if args.held_out_7 else "6" if args.held_out_6 else "5" if args.held_out_5
              else "4" if args.held_out_4 else "3" if args.held_out_3 else "2" if args.held_out_2
              else "1" if args.held_out else "0")
    names = index if args.all else [e for e in index if e["held_out"] == wanted]
    totals, seconds, characters = run(args.method, names, args.level, args.errors,
                                      args.strict)
    which = (f"all {len(names)}" if args.all else f"tuned {len(names)}" if wanted == "0"
             else f"held-out (round {wanted}) {len(names)}")
    print(f"\nmethod {args.method}, {which} texts, level {args.level}"
          f"{', strict' if args.strict else ''}: {characters:,} characters in "
          f"{seconds:.3f} s = {characters / seconds:,.0f} chars/s")
    print(_HEADER)
    for key in ("control", "movement", "event", "all"):
        print(_score_line(key, totals[key], args.strict))
    return 0


#: The groups tuned on (bench/claims/README.md): the first tuned texts, the held-out groups
#: 1-5 from round 7, group 6 from round 9 and group 7 from round 10, each scored at least once.
#: A later group is not named here until it has been scored.
TUNED_ON = ("0", "1", "2", "3", "4", "5", "6", "7")
_HEADER = (f"{'table':9s} {'gold':>5s} {'draft':>5s} {'P':>6s} {'R':>6s} {'F1':>6s} "
           f"{'side':>6s} {'side~':>6s} {'cert':>6s}")


def _score_line(key: str, t: Tally, strict: bool) -> str:
    p, r, f = t.scores(strict)
    side = t.sides_right / t.sides if t.sides else 0.0
    relaxed = t.sides_relaxed / t.sides if t.sides else 0.0
    cert = t.certainty_right / t.sides if t.sides else 0.0
    return (f"{key:9s} {t.gold:5d} {t.drafted - (0 if strict else t.restated):5d} "
            f"{p:6.3f} {r:6.3f} {f:6.3f} {side:6.3f} {relaxed:6.3f} {cert:6.3f}")


def _score_groups(args: argparse.Namespace, index: list[dict], groups: tuple[str, ...]) -> int:
    """Score each group on its own line (``group N``) and all of them together."""
    together: Tally = Tally()
    lines = []
    for group in groups:
        names = [e for e in index if e["held_out"] == group]
        if not names:
            continue
        totals, _seconds, _characters = run(args.method, names, args.level, args.errors,
                                            args.strict)
        together.add(totals["all"])
        lines.append(_score_line(f"group {group}", totals["all"], args.strict))
    print(f"\nmethod {args.method}, groups {','.join(groups)}, level {args.level}"
          f"{', strict' if args.strict else ''} (all tables)")
    print(_HEADER.replace("table    ", "group    "))
    print("\n".join(lines))
    print(_score_line("together", together, args.strict))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
