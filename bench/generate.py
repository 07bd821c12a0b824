"""Generate larger inputs for the benchmarks: a data/ and a seeds/ folder, valid for the
loaders and for ``build_map.py check``.

    python bench/generate.py OUT_DIR [--scale 10]

Scale 1 is 100 articles, 200 quarters (2 cities of 100 quarters, each a Voronoi polygon
with a control history), 500 events and 500 movements; scale 10 is the issue's large input:
1,000 articles, 2,000 quarters (20 cities), 10,000 events and movements. The real
``data/`` rows and the seed article are kept, so the seed's quotes still check.

Articles are 2 to 6 paragraphs of the seed plus a sentence naming three generated quarters
and their city, dated over the two months of the generated control history. Everything is
drawn from a fixed random seed: the same scale gives the same files.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_DAY = dt.date(2016, 11, 1)
DAYS = 60
QUARTERS_PER_CITY = 100
SIDES = ("government", "rebels")
SOURCE = "https://example.org/warmap-bench"
_ONSETS = ("b", "d", "f", "gh", "h", "j", "k", "kh", "l", "m", "n", "q", "r", "s", "sh", "t",
           "w", "z")
_VOWELS = ("a", "i", "u", "aa", "ei")
_CODAS = ("b", "d", "f", "l", "m", "n", "r", "s", "t", "z", "")


def sizes(scale: int) -> dict[str, int]:
    """How many of each thing a scale generates."""
    return {"articles": 100 * scale, "cities": 2 * scale,
            "quarters": 2 * scale * QUARTERS_PER_CITY, "events": 500 * scale,
            "movements": 500 * scale}


def _names(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """Pronounceable two-syllable names, unique (and unique after folding case)."""
    names = []
    while len(names) < count:
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                       for _ in range(3))
        name = f"Bench {word.capitalize()}"
        if name.lower() not in taken:
            taken.add(name.lower())
            names.append(name)
    return names


def _day(offset: int) -> str:
    return (FIRST_DAY + dt.timedelta(days=offset)).isoformat()


def generate(out: Path, scale: int = 1, seed: int = 20161212) -> dict[str, int]:
    """Write ``out/data`` and ``out/seeds``; returns the sizes written."""
    rng = random.Random(seed * 1000 + scale)
    count = sizes(scale)
    data, seeds = out / "data", out / "seeds"
    if out.exists():
        shutil.rmtree(data, ignore_errors=True)
        shutil.rmtree(seeds, ignore_errors=True)
    shutil.copytree(ROOT / "data", data)
    seeds.mkdir(parents=True)
    for path in (ROOT / "seeds").iterdir():
        shutil.copy(path, seeds / path.name)
    taken = {row["name"].lower() for row in csv.DictReader(
        (data / "places.csv").open(encoding="utf-8"))}

    def append(name: str, rows: list[list]) -> None:
        with (data / name).open("a", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(rows)

    # Cities on a grid over northern Syria, each with a jittered grid of quarters ~500 m apart.
    cities, quarters = [], []
    city_names = _names(rng, count["cities"], taken)
    side = math.ceil(math.sqrt(count["cities"]))
    for index, name in enumerate(city_names):
        lat = 33.5 + 3.0 * (index // side) / side + 0.05
        lon = 36.5 + 4.0 * (index % side) / side + 0.05
        city_id = f"bench-city-{index:03d}"
        cities.append((city_id, name, lat, lon))
        names = _names(rng, QUARTERS_PER_CITY, taken)
        columns = math.ceil(math.sqrt(QUARTERS_PER_CITY))
        for q, quarter_name in enumerate(names):
            dlat = ((q // columns) - columns / 2 + rng.uniform(-0.3, 0.3)) * 0.0045
            dlon = ((q % columns) - columns / 2 + rng.uniform(-0.3, 0.3)) * 0.0056
            quarters.append((f"bench-q-{index:03d}-{q:03d}", quarter_name, city_id,
                             round(lat + dlat, 5), round(lon + dlon, 5)))
    append("places.csv",
           [[cid, name, "", "", "city", "syria", lat, lon, SOURCE, 250000, "generated"]
            for cid, name, lat, lon in cities] +
           [[qid, name, "", "", "quarter", city, lat, lon, SOURCE, "", "generated"]
            for qid, name, city, lat, lon in quarters])

    # Control: a baseline and one or two changes of hands per quarter, on distinct days.
    control = []
    for qid, _, _, _, _ in quarters:
        holder = rng.choice(SIDES)
        # (state, by, share: empty, the place held whole; the columns of control.csv)
        control.append([_day(0), qid, holder, "held", "confirmed", "", "", "",
                        "generated baseline", SOURCE, ""])
        for day in sorted(rng.sample(range(1, DAYS), rng.randint(1, 2))):
            holder = SIDES[1 - SIDES.index(holder)]
            control.append([_day(day), qid, holder, "taken",
                            rng.choice(("confirmed", "claimed")), "", "", "",
                            "generated change", SOURCE, ""])
    append("control.csv", control)

    by_city: dict[str, list[tuple]] = {}
    for quarter in quarters:
        by_city.setdefault(quarter[2], []).append(quarter)
    events = []
    for index in range(count["events"]):
        quarter = rng.choice(quarters)
        events.append([f"bench-event-{index:05d}", _day(rng.randrange(DAYS)), quarter[0],
                       rng.choice(("attack", "strike", "shelling")), rng.choice(SIDES),
                       rng.choice(("reported", "claimed", "confirmed")),
                       f"Generated event {index} in {quarter[1]}",
                       "generated event", SOURCE])
    append("events.csv", events)
    movements = []
    for index in range(count["movements"]):
        origin = rng.choice(quarters)
        start = rng.randrange(DAYS - 3)
        row = [f"bench-move-{index:05d}", _day(start), _day(start + rng.randint(0, 3)),
               rng.choice(SIDES), rng.choice(("advance", "retreat", "reinforcement",
                                              "strike")),
               rng.choice(("done", "claimed", "planned"))]
        if index % 3 == 0:  # one end given by a bearing and a distance
            row += ["", origin[0], rng.randrange(360), round(rng.uniform(1, 8), 1)]
        else:
            target = rng.choice(by_city[origin[2]])
            while target is origin:
                target = rng.choice(by_city[origin[2]])
            row += [origin[0], target[0], "", ""]
        row += ["generated movement", SOURCE, ""]
        movements.append(row)
    append("movements.csv", movements)

    # Articles: paragraphs of the seed and a sentence naming generated quarters.
    seed_text = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    paragraphs = [p for p in seed_text.split("\n") if p.strip()]
    names_of = {cid: name for cid, name, _, _ in cities}
    for index in range(count["articles"] - len(list((ROOT / "seeds").glob("*.txt")))):
        city = rng.choice(cities)[0]
        named = rng.sample(by_city[city], 3)
        text = "\n\n".join(rng.sample(paragraphs, rng.randint(2, 6)))
        text += (f"\n\nClashes were reported in {named[0][1]}, {named[1][1]} and "
                 f"{named[2][1]} in {names_of[city]}.\n")
        stem = f"bench_{index:05d}"
        (seeds / f"{stem}.txt").write_text(text, encoding="utf-8")
        (seeds / f"{stem}.json").write_text(json.dumps({
            "title": f"Generated article {index}", "outlet": "warmap bench",
            "published": _day(rng.randrange(10, DAYS)), "url": ""}), encoding="utf-8")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    written = generate(args.out, args.scale)
    print(", ".join(f"{value:,} {key}" for key, value in written.items()) + f" in {args.out}")


if __name__ == "__main__":
    main()
