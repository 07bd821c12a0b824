"""The package's errors: one root class, and problems that name the file, line or feature,
field and what was expected.

As in geopy's ``exc.py``, every error the package raises on purpose is a
:class:`WarmapError`, and each subclass is also the matching builtin, so a caller can catch
either ours or Python's:

* :class:`InputError` (a ``ValueError``): an input file, an option or an answer of an
  online service is wrong; it carries every :class:`Problem` found, not just the first.
* :class:`OutputError` (an ``OSError``): the environment refused (a full disk, a read-only
  or missing folder, a file in the way): nothing is wrong with the input.
"""

from __future__ import annotations

import errno as errnos
import os
from dataclasses import dataclass
from pathlib import Path

from geo.vocab import Severity


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file.

    ``line`` is the 1-based line of a CSV file (the header is line 1) or ``None``;
    ``feature`` is the 0-based index of a GeoJSON feature or ``None``. ``severity`` is
    :class:`~geo.vocab.Severity` (a plain ``"error"`` or ``"warning"`` is accepted): an
    error stops a build, a warning is reported and the build goes on.
    """

    path: str
    message: str
    line: int | None = None
    feature: int | None = None
    field: str | None = None
    value: str | None = None
    expected: str | None = None
    suggestion: str | None = None
    severity: Severity = Severity.ERROR

    def __post_init__(self) -> None:
        object.__setattr__(self, "severity", Severity.parse(self.severity))

    @property
    def is_error(self) -> bool:
        """Whether this problem stops a build."""
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f" line {self.line}"
        if self.feature is not None:
            where += f" feature {self.feature}"
        if self.field:
            where += f", field '{self.field}'"
        text = f"{where}: {self.message}"
        if self.value is not None:
            text += f" (got {self.value!r}"
            text += f"; expected {self.expected})" if self.expected else ")"
        elif self.expected:
            text += f" (expected {self.expected})"
        if self.suggestion:
            text += f"; did you mean {self.suggestion!r}?"
        return f"{self.severity}: {text}"


class WarmapError(Exception):
    """The root of every error warmap raises on purpose."""


class InputError(WarmapError, ValueError):
    """Input files (or options) have problems; carries every problem found, not just the
    first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop a build (the others are warnings)."""
        return [p for p in self.problems if p.is_error]


class OutputError(WarmapError, OSError):
    """A file or folder could not be read or written for a reason outside the input: a full
    disk, a read-only or missing folder, a folder where a file should be.

    ``path`` names it; ``reason`` says why in words (``no space left on the device``);
    ``written`` says what had been written already (``""`` when nothing was).
    """

    def __init__(self, path: Path | str, reason: str, written: str = "",
                 error_number: int | None = None):
        self.path = display_path(path)
        self.reason = reason
        self.written = written
        super().__init__(error_number or 0, f"{self.path}: {reason}")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    @classmethod
    def from_os_error(cls, error: OSError, path: Path | str | None = None,
                      written: str = "") -> OutputError:
        """The environment error an ``OSError`` stands for, in words."""
        if isinstance(error, OutputError):
            return error
        where = path if path is not None else (error.filename or "?")
        return cls(where, os_reason(error), written, error.errno)


#: Plain words for the operating system's refusals that a user can do something about.
_REASONS = {
    errnos.ENOSPC: "no space left on the device",
    errnos.EDQUOT: "disk quota exceeded",
    errnos.EROFS: "the file system is read-only",
    errnos.EACCES: "permission denied",
    errnos.EPERM: "operation not permitted (a file locked or marked immutable?)",
    errnos.ENOTDIR: "a file is in the way where a folder is needed",
    errnos.EISDIR: "a folder is in the way where a file is needed",
    errnos.ENOENT: "no such file or folder",
    errnos.EEXIST: "a file already exists there",
    errnos.ENOTEMPTY: "a folder that is not empty is in the way",
    errnos.EBUSY: "the file or folder is in use",
    errnos.EIO: "input/output error (a failing disk or network share?)",
    errnos.ENAMETOOLONG: "the name is too long",
    errnos.EMFILE: "too many open files",
}


def os_reason(error: OSError) -> str:
    """Why the operating system refused, in words (the system's own text otherwise)."""
    if error.errno in _REASONS:
        return _REASONS[error.errno]
    return error.strerror or (os.strerror(error.errno) if error.errno else str(error))


def display_path(path: Path | str) -> str:
    """A short path for messages: relative to the working directory when possible."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)
