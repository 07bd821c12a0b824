"""Read a JSON file that a user edits (article metadata, ``story.json``, ``shapes.geojson``).

Every way such a file can fail to read becomes one problem that names the file, the line
where one is known, and what was expected: bytes that are not UTF-8, a syntax error, NaN or
Infinity (not JSON by RFC 8259, though Python's parser takes them), nesting too deep to
read, a folder in the file's place, and a file the system will not let us read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from geo.errors import InputError, OutputError, Problem, display_path

_CONSTANT = re.compile(r"-?\b(?:NaN|Infinity)\b")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number (RFC 8259)")


def read_json(path: Path, expected: str, *, kind: str = "JSON") -> Any:
    """The JSON value of ``path``, read as UTF-8 (a leading byte-order mark allowed).

    ``expected`` says what the file should hold ("a JSON object", "a GeoJSON
    FeatureCollection"); ``kind`` names the format in the encoding problem ("GeoJSON").

    Raises
    ------
    InputError
        When the file is not UTF-8, not valid JSON (NaN and Infinity included), nested too
        deeply to read, or a folder.
    OutputError
        When the system refuses to read it (permissions, a broken disk).
    """
    name = display_path(path)
    text = ""
    try:
        text = path.read_text(encoding="utf-8-sig")
        return json.loads(text, parse_constant=_reject_constant)
    except UnicodeDecodeError as error:
        raise InputError([Problem(name, f"not UTF-8 text (byte {error.start})",
                                  expected=f"a UTF-8 encoded {kind} file")]) from None
    except json.JSONDecodeError as error:
        raise InputError([Problem(name, f"not valid JSON: {error.msg} (column {error.colno})",
                                  line=error.lineno, expected=expected)]) from None
    except ValueError as error:  # NaN, Infinity
        constant = _CONSTANT.search(text)
        raise InputError([Problem(name, f"not valid JSON: {error}",
                                  line=text[:constant.start()].count("\n") + 1 if constant
                                  else None, expected="a number (or null)")]) from None
    except RecursionError:
        raise InputError([Problem(name, "not valid JSON: nested too deeply",
                                  expected=expected)]) from None
    except IsADirectoryError:
        raise InputError([Problem(name, "a folder, not a file", expected=expected)]) from None
    except OSError as error:
        raise OutputError.from_os_error(error, path) from None
