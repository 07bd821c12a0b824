"""The drafts folder of a story: write drafts, list them, accept or reject them by id.

``<story>/drafts/`` holds ``control.csv``, ``movements.csv``, ``events.csv`` and
``sides.csv``: drafted rows in the columns of ``data/`` plus the draft columns of
:mod:`geo.draft.rows`, and ``decisions.csv``, every draft accepted or rejected
(``draft_id,decision,key``), so that drafting again leaves them out. Accepting moves rows
into ``data/`` only when the data with them passes the checks of ``warmap check``; every
file is written to a temporary name and renamed, all or nothing.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from geo.draft.records import Drafts
from geo.draft.rows import DRAFT_COLUMNS, TABLE_FILES, claim_rows, draft_id, missing, side_row
from geo.errors import InputError, Problem, display_path

DECISION_COLUMNS = ["draft_id", "decision", "key"]
_TABLES = ("control", "movement", "event", "side")


@dataclass
class DraftRow:
    """A row of the drafts folder: its table, its key and its fields."""

    table: str
    key: str
    fields: dict[str, str]

    @property
    def id(self) -> str:
        return self.fields["draft_id"]


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _csv_text(columns: list[str], rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def write_atomically(files: dict[Path, str]) -> None:
    """Write every file to a temporary name beside it, then rename them all."""
    temporary: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.write(text)
            temporary.append((Path(name), path))
    except BaseException:
        for written, _ in temporary:
            written.unlink(missing_ok=True)
        raise
    for written, path in temporary:
        os.replace(written, path)


def undecided_rows(drafts: Drafts, decided: Mapping[str, str]) -> tuple[list[DraftRow], int]:
    """The rows of ``drafts`` (each key once) whose key ``decided`` lacks, and the number
    of rows left out as decided."""
    rows, skipped, seen = [], 0, set()
    pairs = [(claim.table, pair) for claim in drafts.claims for pair in claim_rows(claim)]
    pairs += [("side", side_row(side)) for side in drafts.sides]
    for table, (key, fields) in pairs:
        if key in decided:
            skipped += 1
        elif key not in seen:
            seen.add(key)
            rows.append(DraftRow(table, key, fields))
    return rows, skipped


def drafts_csv(rows: list[DraftRow]) -> dict[str, str]:
    """The files of a drafts folder but ``decisions.csv``, by name: every table's drafts
    in its data columns, the draft columns and ``key``."""
    files = {}
    for table in _TABLES:
        columns = [*TABLE_FILES[table][1], *DRAFT_COLUMNS, "key"]
        mine = [{**r.fields, "key": r.key} for r in rows if r.table == table]
        files[TABLE_FILES[table][0]] = _csv_text(columns, mine)
    return files


def _folder_rows(folder: Path) -> list[DraftRow]:
    found = []
    for table in _TABLES:
        for fields in _read_csv(folder / TABLE_FILES[table][0]):
            found.append(DraftRow(table, fields.get("key", ""), fields))
    return found


class DraftStore:
    """The drafts folder of a story (``drafts/``) and the data folder rows go into.

    ``built_dir`` is the drafts folder of the last build (``out/drafts/``): its drafts can
    be listed, accepted and rejected as the folder's own, and the decisions go into
    ``drafts_dir`` (``out/`` belongs to the build, which leaves decided drafts out).
    """

    def __init__(self, drafts_dir: Path, data_dir: Path, built_dir: Path | None = None):
        self.drafts_dir, self.data_dir = Path(drafts_dir), Path(data_dir)
        self.built_dir = Path(built_dir) if built_dir is not None else None

    def _path(self, table: str) -> Path:
        return self.drafts_dir / TABLE_FILES[table][0]

    def _own_rows(self) -> list[DraftRow]:
        return _folder_rows(self.drafts_dir)

    def rows(self) -> list[DraftRow]:
        """Every pending draft, by table then file order: the folder's own, then the
        build's that the folder neither holds nor has decided."""
        found = self._own_rows()
        if self.built_dir is None or self.built_dir.resolve() == self.drafts_dir.resolve():
            return found
        known, decided = {r.id for r in found}, self.decisions()
        return found + [r for r in _folder_rows(self.built_dir)
                        if r.id not in known and r.key not in decided]

    def decisions(self) -> dict[str, str]:
        """Draft key -> ``accepted`` or ``rejected``."""
        return {r["key"]: r["decision"] for r in _read_csv(self.drafts_dir / "decisions.csv")}

    def _decision_rows(self) -> list[dict[str, str]]:
        return _read_csv(self.drafts_dir / "decisions.csv")

    def _files_for(self, rows: list[DraftRow], decisions: list[dict[str, str]]
                   ) -> dict[Path, str]:
        files = {self.drafts_dir / name: text for name, text in drafts_csv(rows).items()}
        files[self.drafts_dir / "decisions.csv"] = _csv_text(DECISION_COLUMNS, decisions)
        return files

    def write(self, drafts: Drafts) -> tuple[int, int]:
        """Replace the pending drafts with ``drafts``, leaving out decided ones.

        Returns the number of rows written and of rows left out as decided before.
        """
        rows, skipped = undecided_rows(drafts, self.decisions())
        write_atomically(self._files_for(rows, self._decision_rows()))
        return len(rows), skipped

    def _choose(self, ids: list[str]) -> tuple[list[DraftRow], list[DraftRow]]:
        """The chosen drafts, and the folder's own drafts left pending."""
        rows = self.rows()
        known = {r.id for r in rows}
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise InputError([Problem(display_path(self.drafts_dir), "no pending draft of "
                                      "this id", field="draft_id", value=i,
                                      expected="an id that `warmap review` lists")
                              for i in unknown])
        chosen = [r for r in rows if r.id in ids]
        return chosen, [r for r in self._own_rows() if r.id not in ids]

    def reject(self, ids: list[str]) -> list[DraftRow]:
        """Drop drafts and remember them, so drafting again leaves them out."""
        chosen, rest = self._choose(ids)
        decisions = self._decision_rows() + [
            {"draft_id": r.id, "decision": "rejected", "key": r.key} for r in chosen]
        write_atomically(self._files_for(rest, decisions))
        return chosen

    def _ids(self, name: str) -> set[str]:
        return {r["id"] for r in _read_csv(self.data_dir / name) if r.get("id")}

    def _check(self, rows: list[DraftRow]) -> list[Problem]:
        sides = self._ids("sides.csv") | {r.fields["id"] for r in rows if r.table == "side"}
        places = self._ids("places.csv")
        problems = []
        for row in rows:
            for need in missing(row.table, row.fields, sides, places):
                problems.append(Problem(display_path(self.drafts_dir / TABLE_FILES[
                    row.table][0]), f"draft {row.id} cannot be accepted yet: fill {need}",
                    field=need.split(":")[0]))
        return problems

    def _appended(self, rows: list[DraftRow]) -> dict[Path, str]:
        files = {}
        for table in _TABLES:
            mine = [r.fields for r in rows if r.table == table]
            if not mine:
                continue
            path = self.data_dir / TABLE_FILES[table][0]
            text = path.read_text(encoding="utf-8-sig") if path.is_file() else ""
            header = next(csv.reader([text.splitlines()[0]])) if text.strip() else \
                TABLE_FILES[table][1]
            body = _csv_text(header, mine).split("\n", 1)[1]
            if text and not text.endswith("\n"):
                text += "\n"
            files[path] = (text or _csv_text(header, [])) + body
        return files

    def _validate(self, files: dict[Path, str], seeds_dir: Path | None) -> list[Problem]:
        """The errors ``warmap check`` would report on data/ with ``files`` in it."""
        from geo.inputs.timeline import load_timeline

        with tempfile.TemporaryDirectory() as folder:
            trial = Path(folder) / "data"
            shutil.copytree(self.data_dir, trial)
            for path, text in files.items():
                (trial / path.name).write_text(text, encoding="utf-8")
            try:
                if seeds_dir is not None:
                    from geo.inputs.check import load_inputs

                    return load_inputs(trial, Path(seeds_dir)).errors
                load_timeline(trial, self._ids("places.csv"))
            except InputError as error:
                return [p for p in error.problems if p.severity == "error"]
        return []

    def accept(self, ids: list[str], settings: dict[str, str] | None = None,
               seeds_dir: Path | None = None) -> list[DraftRow]:
        """Move drafts into data/ as ordinary rows, or raise and write nothing.

        ``settings`` fill or correct fields of every chosen row (``side=government``).

        Raises
        ------
        InputError
            Naming what each draft lacks (a side, a place id, a distance …), or the
            problems ``warmap check`` finds in data/ with the rows in it.
        """
        chosen, rest = self._choose(ids)
        for row in chosen:
            for field, value in (settings or {}).items():
                if field in TABLE_FILES[row.table][1]:
                    row.fields[field] = value
        problems = self._check(chosen)
        if problems:
            raise InputError(problems)
        data_files = self._appended(chosen)
        problems = self._validate(data_files, seeds_dir)
        if problems:
            raise InputError(problems)
        decisions = self._decision_rows() + [
            {"draft_id": r.id, "decision": "accepted", "key": r.key} for r in chosen]
        write_atomically({**data_files, **self._files_for(rest, decisions)})
        return chosen


__all__ = ["DraftRow", "DraftStore", "draft_id", "drafts_csv", "undecided_rows",
           "write_atomically"]
