"""The schema of the data files, read from the Frictionless Data Package of this version.

``geo/inputs/datapackage.json`` is the one written description of ``data/``: one Table
Schema per CSV file (columns, types, the vocabularies of :mod:`geo.vocab`, value ranges,
primary and foreign keys) and a version. ``check`` takes its columns, types, ranges and
patterns from it; the README's table of files lists the same columns (a test keeps them
equal), and anyone can run ``frictionless validate data/datapackage.json``.

The packaged file is the source of truth: a story's own ``data/datapackage.json`` is a copy
for other tools (the example story ships one; a test keeps it identical), and ``check``
warns when a story's copy is not this version's. Frictionless itself is not used: it takes
longer to import than a watch-mode rebuild may take.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

#: The packaged schema.
SCHEMA_PATH = Path(__file__).with_name("datapackage.json")
#: The name of a story's copy, in its ``data/`` folder.
STORY_SCHEMA_NAME = "datapackage.json"


@dataclass(frozen=True)
class FieldSpec:
    """One column of a table: its Table Schema ``type`` and ``constraints``."""

    name: str
    type: str
    description: str
    required: bool
    constraints: dict[str, Any]

    @property
    def enum(self) -> tuple[str, ...] | None:
        """The valid values, when the column has a fixed vocabulary."""
        values = self.constraints.get("enum")
        return tuple(values) if values is not None else None

    @property
    def pattern(self) -> str | None:
        """The regular expression every value must match in whole, if any."""
        return self.constraints.get("pattern")

    def bounds(self) -> tuple[float, float]:
        """The lowest and highest valid number (exclusive bounds are given as is)."""
        low = self.constraints.get("minimum", self.constraints.get("exclusiveMinimum"))
        high = self.constraints.get("maximum", self.constraints.get("exclusiveMaximum"))
        return (float("-inf") if low is None else float(low),
                float("inf") if high is None else float(high))

    def in_range(self, value: float) -> bool:
        """Whether a number meets the column's minimum and maximum."""
        c = self.constraints
        return not (("minimum" in c and value < c["minimum"])
                    or ("maximum" in c and value > c["maximum"])
                    or ("exclusiveMinimum" in c and value <= c["exclusiveMinimum"])
                    or ("exclusiveMaximum" in c and value >= c["exclusiveMaximum"]))

    def range_text(self) -> str:
        """``a number from 0 to 360`` / ``a number above 0, at most 5000``."""
        c = self.constraints
        if "exclusiveMinimum" in c:
            text = f"a number above {c['exclusiveMinimum']:g}"
            return text + (f", at most {c['maximum']:g}" if "maximum" in c else "")
        low, high = self.bounds()
        return f"a number from {low:g} to {high:g}"


@dataclass(frozen=True)
class TableSpec:
    """One CSV file of ``data/``."""

    name: str
    path: str
    fields: tuple[FieldSpec, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str], ...]  # (column, referenced table)

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column, in the documented order."""
        return tuple(f.name for f in self.fields)

    @property
    def required_columns(self) -> tuple[str, ...]:
        """The columns that must be there (and hold a value on every row)."""
        return tuple(f.name for f in self.fields if f.required)

    @property
    def optional_columns(self) -> tuple[str, ...]:
        """The columns that may be left out."""
        return tuple(f.name for f in self.fields if not f.required)

    def field(self, name: str) -> FieldSpec:
        """The column called ``name``."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.path} has no column {name!r}: expected one of "
                       + ", ".join(self.columns))


@dataclass(frozen=True)
class Schema:
    """The data package: its version and its tables by name (``control``)."""

    version: str
    tables: dict[str, TableSpec]

    def table(self, name: str) -> TableSpec:
        """The table called ``name`` (``places``) or stored in ``name`` (``places.csv``)."""
        key = name.removesuffix(".csv")
        if key not in self.tables:
            raise KeyError(f"no table {name!r} in the schema: expected one of "
                           + ", ".join(self.tables))
        return self.tables[key]


@lru_cache(maxsize=1)
def schema() -> Schema:
    """The packaged schema (read once)."""
    return parse_schema(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def parse_schema(package: dict[str, Any]) -> Schema:
    """A :class:`Schema` from a Data Package descriptor's tabular resources."""
    tables = {}
    for resource in package["resources"]:
        if "schema" not in resource:
            continue
        described = resource["schema"]
        fields = tuple(FieldSpec(f["name"], f.get("type", "string"), f.get("description", ""),
                                 bool(f.get("constraints", {}).get("required")),
                                 dict(f.get("constraints", {})))
                       for f in described["fields"])
        keys = tuple((key["fields"][0], key["reference"]["resource"] or resource["name"])
                     for key in described.get("foreignKeys", ()))
        tables[resource["name"]] = TableSpec(resource["name"], resource["path"], fields,
                                             tuple(described.get("primaryKey", ())), keys)
    return Schema(str(package.get("version", "")), tables)


def table(name: str) -> TableSpec:
    """The table called ``name`` in the packaged schema."""
    return schema().table(name)


def story_schema_differs(data_dir: Path) -> bool:
    """Whether ``data_dir`` holds a ``datapackage.json`` other than this version's."""
    path = Path(data_dir) / STORY_SCHEMA_NAME
    try:
        return path.read_bytes() != SCHEMA_PATH.read_bytes()
    except OSError:
        return False  # no copy: nothing to compare


__all__ = ["SCHEMA_PATH", "FieldSpec", "Schema", "TableSpec", "schema",
           "story_schema_differs", "table"]
