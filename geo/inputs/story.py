"""The story's own settings, ``data/story.json`` (optional): what an editor sets for the map.

Every key is optional; without the file the map takes its title from its article (or the
story folder's name when there are several), opens on the latest publication date and
spans the dates its tables and articles give.

``title``
    The map's title (page title, legend, picture).
``headline``, ``credit``, ``source_line``
    The editor's headline, credit ("Map: …") and source line for the embed and the picture.
``opening_date``
    The date the map opens on (``YYYY-MM-DD``).
``start``, ``end``
    The first and last day of the slider (``YYYY-MM-DD``), when the default span is not
    the one wanted.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError, Problem, display_path
from geo.inputs.jsonfile import read_json
from geo.vocab import Severity

TEXT_KEYS = ("title", "headline", "credit", "source_line")
DATE_KEYS = ("opening_date", "start", "end")


@dataclass(frozen=True)
class Story:
    """The settings of ``data/story.json``; empty strings and ``None`` where not set."""

    title: str = ""
    headline: str = ""
    credit: str = ""
    source_line: str = ""
    opening_date: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None


def read_story(data_dir: Path) -> tuple[Story, list[Problem]]:
    """The story settings of ``data_dir`` and the problems of its ``story.json``.

    A missing file gives the defaults. Unknown keys are warnings; a value of the wrong
    type, an impossible date or a ``start`` after ``end`` is an error.

    Raises
    ------
    InputError
        When the file is not a UTF-8 JSON object.
    """
    path = Path(data_dir) / "story.json"
    if not path.is_file():
        return Story(), []
    name = display_path(path)
    loaded = read_json(path, "a JSON object")
    if not isinstance(loaded, dict):
        raise InputError([Problem(name, "not a JSON object",
                                  expected='{"title": "...", "credit": "..."}')])
    problems: list[Problem] = []
    values: dict[str, object] = {}
    for key, value in loaded.items():
        if key in TEXT_KEYS:
            if isinstance(value, str):
                values[key] = value.strip()
            else:
                problems.append(Problem(name, "not a string", field=key,
                                        value=json.dumps(value)[:60], expected="a JSON string"))
        elif key in DATE_KEYS:
            try:
                values[key] = dt.date.fromisoformat(value) if isinstance(value, str) else None
                if values[key] is None:
                    raise ValueError
            except ValueError:
                problems.append(Problem(name, "not a date", field=key,
                                        value=json.dumps(value)[:60],
                                        expected='a date string "YYYY-MM-DD"'))
        else:
            problems.append(Problem(name, "unknown setting", field=str(key),
                                    expected="one of " + ", ".join(TEXT_KEYS + DATE_KEYS),
                                    severity=Severity.WARNING))
    story = Story(**values)  # type: ignore[arg-type]
    if story.start and story.end and story.start > story.end:
        problems.append(Problem(name, "start is after end", field="start",
                                value=story.start.isoformat(),
                                expected=f"a date on or before {story.end.isoformat()}"))
    return story, problems
