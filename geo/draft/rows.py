"""Turn claims into rows of data/control.csv, movements.csv and events.csv (and sides.csv).

Each drafted row carries the columns of its table plus the draft's own: ``draft_id``,
``article``, ``quote_start``/``quote_end`` (the quote's offsets), ``rule`` (the cue and
method that drafted it), ``kind`` (the claim's kind), ``date_precision``, ``place_name``
and ``side_text``. What a table cannot hold is left empty, and :func:`missing` says what
to fill before the row can be accepted.
"""

from __future__ import annotations

import hashlib

from geo.draft.records import Claim, ClaimPlace, ProposedSide

CONTROL_COLUMNS = ["date", "place_id", "side", "change", "certainty", "state", "by", "share",
                   "quote", "source", "note"]
MOVEMENT_COLUMNS = ["id", "start", "end", "side", "kind", "status", "from_place", "to_place",
                    "bearing_deg", "distance_km", "quote", "source", "note"]
EVENT_COLUMNS = ["id", "date", "place_id", "kind", "side", "status", "label", "quote",
                 "source"]
SIDE_COLUMNS = ["id", "name", "colour", "pattern", "description", "source", "aliases"]
DRAFT_COLUMNS = ["draft_id", "article", "quote_start", "quote_end", "rule", "claim_kind",
                 "date_precision", "place_name", "side_text"]
#: The data file and columns of each table.
TABLE_FILES = {"control": ("control.csv", CONTROL_COLUMNS),
               "movement": ("movements.csv", MOVEMENT_COLUMNS),
               "event": ("events.csv", EVENT_COLUMNS),
               "side": ("sides.csv", SIDE_COLUMNS)}
_CONTROL_CERTAINTY = {"fact": "confirmed", "claimed": "claimed"}
_MOVEMENT_STATUS = {"fact": "done", "claimed": "claimed", "planned": "planned"}
_EVENT_STATUS = {"fact": "reported", "claimed": "claimed"}


def draft_key(claim: Claim, place: ClaimPlace | None = None) -> str:
    """What identifies a draft across runs: article, table, kind, place and quote."""
    places = [place] if place is not None else list(claim.places)
    where = "|".join(f"{p.role}:{p.place_id or p.text}" for p in places)
    return f"{claim.article}\t{claim.table}\t{claim.kind}\t{where}\t{claim.quote}"


def draft_id(key: str) -> str:
    """A short stable id for a draft key ("d" and 7 hex digits)."""
    return "d" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:7]


def _draft_fields(claim: Claim, key: str, place: ClaimPlace | None) -> dict[str, str]:
    return {"draft_id": draft_id(key), "article": claim.article,
            "quote_start": str(claim.start), "quote_end": str(claim.end), "rule": claim.rule,
            "claim_kind": claim.kind, "date_precision": claim.date_precision,
            "place_name": "; ".join(p.text for p in ([place] if place else claim.places)),
            "side_text": claim.side_text}


def _day(claim: Claim) -> str:
    """A table date: the day, or the first day of a month or year (the note says so)."""
    if claim.date_precision == "month":
        return claim.date + "-01"
    if claim.date_precision == "year":
        return claim.date + "-01-01"
    return claim.date


def _precision_note(claim: Claim) -> str:
    if claim.date_precision in ("month", "year"):
        return f"date known to the {claim.date_precision} only"
    return ""


def control_rows(claim: Claim) -> list[tuple[str, dict[str, str]]]:
    """One control.csv row per place; the side is the holder after the claim. A besieged or
    encircled place is the other side's, in that state, ``by`` the side that cuts it off;
    a contested place is the named side's, contested by the other side (when named)."""
    holder, note, state, by = claim.side_id, [], "", ""
    if claim.kind in ("besieged", "encircled"):
        holder, state, by = claim.other_side, claim.kind, claim.side_id
    elif claim.kind == "withdrawn":
        holder = claim.other_side
        note.append("withdrawn" + (f" by {claim.side}" if claim.side else ""))
    elif claim.kind == "contested":
        state, by = "contested", claim.other_side
    rows = []
    for place in claim.places:
        key = draft_key(claim, place)
        rows.append((key, {
            "date": _day(claim), "place_id": place.place_id, "side": holder,
            "change": "taken" if claim.kind in ("taken", "withdrawn") else "held",
            "certainty": _CONTROL_CERTAINTY.get(claim.certainty, ""), "state": state,
            "by": by, "share": "", "quote": claim.quote,
            "source": f"seed:{claim.article}",
            "note": "; ".join(n for n in [*note, _precision_note(claim)] if n),
            **_draft_fields(claim, key, place)}))
    return rows


def movement_rows(claim: Claim) -> list[tuple[str, dict[str, str]]]:
    """One movements.csv row per destination (or one with no destination)."""
    starts = [p for p in claim.places if p.role == "from"]
    ends: list[ClaimPlace | None] = [p for p in claim.places if p.role != "from"] or [None]
    rows = []
    for end in ends:
        places = [*starts, *([end] if end is not None else [])]
        key = draft_key(claim) if end is None else draft_key(claim, end) + \
            "|" + ",".join(p.place_id or p.text for p in starts)
        rows.append((key, {
            "id": draft_id(key), "start": _day(claim), "end": _day(claim),
            "side": claim.side_id, "kind": claim.kind,
            "status": _MOVEMENT_STATUS.get(claim.certainty, ""),
            "from_place": starts[0].place_id if starts else "",
            "to_place": end.place_id if end is not None else "",
            "bearing_deg": "" if claim.bearing_deg is None else f"{claim.bearing_deg:g}",
            "distance_km": "", "quote": claim.quote, "source": f"seed:{claim.article}",
            "note": _precision_note(claim),
            **_draft_fields(claim, key, None), "place_name": "; ".join(
                f"{p.role} {p.text}" for p in places)}))
    return rows


def event_rows(claim: Claim) -> list[tuple[str, dict[str, str]]]:
    """One events.csv row per place."""
    rows = []
    for place in claim.places:
        key = draft_key(claim, place)
        who = f"{claim.side}: " if claim.side else ""
        rows.append((key, {
            "id": draft_id(key), "date": _day(claim), "place_id": place.place_id,
            "kind": claim.kind, "side": claim.side_id,
            "status": _EVENT_STATUS.get(claim.certainty, ""),
            "label": f"{who}{claim.kind} at {place.name}", "quote": claim.quote,
            "source": f"seed:{claim.article}", **_draft_fields(claim, key, place)}))
    return rows


def claim_rows(claim: Claim) -> list[tuple[str, dict[str, str]]]:
    """The drafted rows of a claim, each with its draft key."""
    return {"control": control_rows, "movement": movement_rows,
            "event": event_rows}[claim.table](claim)


def side_row(side: ProposedSide) -> tuple[str, dict[str, str]]:
    """The sides.csv row of a proposed side."""
    key = f"side\t{side.id}"
    return key, {"id": side.id, "name": side.name, "colour": side.colour,
                 "pattern": side.pattern, "description": side.description,
                 "source": side.source, "aliases": "|".join(n for n in side.names
                                                            if n != side.name),
                 "draft_id": "s-" + side.id, "article": side.source.removeprefix("seed:"),
                 "quote_start": "", "quote_end": "", "rule": "sides:proposed",
                 "claim_kind": "side", "date_precision": "", "place_name": "",
                 "side_text": "; ".join(side.names)}


def missing(table: str, row: dict[str, str], sides: set[str], places: set[str]) -> list[str]:
    """What a drafted row lacks before ``check`` accepts it, as instructions."""
    needs: list[str] = []
    if table == "side":
        return needs
    side_ok = row["side"] in sides
    if not row["side"]:
        needs.append("side: the text names no side; set side=ID (a sides.csv id)")
    elif not side_ok:
        needs.append(f"side: '{row['side']}' is not in sides.csv; accept its draft "
                     f"(s-{row['side']}) too, or set side=ID")
    if table == "control":
        fields = ["place_id"]
        if row.get("state") in ("besieged", "encircled", "contested") and not row.get("by"):
            needs.append(f"by: a {row['state']} place needs the other side; set by=ID (a "
                         "sides.csv id)")
        if not row["certainty"]:
            needs.append("certainty: a planned or denied claim is no control row; set "
                         "certainty=confirmed|claimed|approximate or reject it")
    elif table == "event":
        fields = ["place_id"]
        if not row["status"]:
            needs.append("status: a planned or denied event is no event row; set "
                         "status=reported|claimed|confirmed or reject it")
    else:
        fields = [f for f in ("from_place", "to_place") if row[f]]
        if not row["status"]:
            needs.append("status: a denied movement is no movement row; reject it")
        if not (row["from_place"] and row["to_place"]) and not (
                row["bearing_deg"] and row["distance_km"]):
            needs.append("distance_km (and bearing_deg): the movement has one end; set "
                         "the other end (from_place=/to_place=) or bearing_deg= and "
                         "distance_km=")
    for field in fields:
        if not row[field]:
            needs.append(f"{field}: '{row['place_name']}' has no place id; set {field}=ID")
        elif row[field] not in places:
            needs.append(f"{field}: '{row[field]}' is not in places.csv; add it (warmap "
                         f"geocode --append) or set {field}=ID")
    return needs
