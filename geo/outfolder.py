"""Replace an output folder as a whole: readers see the old set of files or the new one,
never a mix, even when the build is killed or fails half-way.

``out/`` stays a plain folder of plain files (a web server, ``rsync``, git or a zip see
nothing unusual). :func:`replace_folder` writes the new set into a hidden sibling
(``.out.warmap-new-…``), marks it complete by renaming it (``.out.warmap-ready-…``), then
switches it with ``out/`` in one step:

* on Linux (``renameat2(RENAME_EXCHANGE)``) and macOS (``renamex_np(RENAME_SWAP)``), one
  atomic exchange of the two folders;
* elsewhere, or on a file system that cannot exchange, two renames (``out/`` aside, the new
  set in its place); a kill between them leaves no ``out/`` for a moment, and the next build
  puts back the complete set (:func:`_recover`);
* when ``out/`` cannot be renamed (a mount point, or a parent folder that cannot be written),
  file by file inside it, with every replaced file put back if one fails (not atomic against
  a kill: the only case that is not).

Files of ``out/`` that the build does not write (``map.png`` of a build without picture,
a ``CNAME``, a ``.nojekyll``) are carried into the new set as hard links. One build at a
time switches a folder (an advisory lock), and every build first removes what an interrupted
one left (the hidden siblings, and the ``.NAME.*.tmp`` files of older versions inside
``out/``). A program whose working folder is ``out/`` itself keeps the old folder: serve
``out/`` from its parent (``python -m http.server -d out``).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import functools
import logging
import os
import re
import secrets
import shutil
import stat
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from geo.errors import OutputError

log = logging.getLogger(__name__)

#: Temporary files of the per-file writes of earlier versions (``.map.html.k3j2.tmp``).
_OLD_TEMPORARY_RE = re.compile(r"^\..+\.[A-Za-z0-9_]+\.tmp$")


def _checkpoint(step: str) -> None:
    """Called between the steps of a switch; tests replace it to fail or kill there."""


def replace_folder(files: Mapping[str, str | bytes], out_dir: Path | str,
                   outputs: frozenset[str] = frozenset(),
                   dropped: frozenset[str] = frozenset()) -> list[Path]:
    """Make ``out_dir`` hold ``files`` (name -> content), replacing the folder as a whole.

    Parameters
    ----------
    files : mapping
        File names and their contents (``str`` is written as UTF-8). A name may be in one
        folder (``drafts/control.csv``): that folder of ``out_dir`` is then replaced as a
        whole by the files of ``files`` in it.
    out_dir : path
        The folder; created if missing. When it is a symbolic link, the folder it points to
        is replaced and the link kept.
    outputs : frozenset of str
        The names the tool writes at other times (``map.png``): a folder under one of
        those names, or under a name of ``files``, is refused rather than discarded.
    dropped : frozenset of str
        Entries of ``out_dir`` (files or folders) that the new set no longer has: they are
        not carried into it.

    Returns
    -------
    list of Path
        The files written, in ``out_dir``.

    Raises
    ------
    OutputError
        When a file or folder cannot be written (the message says which and why); the
        folder then holds the old set, untouched.
    """
    out_dir = Path(out_dir)
    target = _target(out_dir)
    _refuse_folders_in_the_way(target, set(files) | set(outputs))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        swap = _can_rename(target)
        with _locked(target.parent if swap else target, target):
            if swap:
                _switch_whole(files, target, dropped)
            else:
                _switch_file_by_file(files, target)
                for name in dropped:
                    if (target / name).exists():
                        _remove(target / name)
    except OSError as error:
        raise OutputError.from_os_error(error, _blamed(error, target)) from None
    return [out_dir / name for name in files]


def _blamed(error: OSError, target: Path) -> Path:
    """The path a message names: the output folder rather than a temporary of the switch
    (or nothing at all, as a full disk's write gives)."""
    name = error.filename
    if name is None or ".warmap-" in str(name):
        return target
    return Path(os.fsdecode(name))


def tidy(out_dir: Path | str) -> None:
    """Remove what interrupted builds left beside and in ``out_dir`` (under the lock)."""
    target = _target(Path(out_dir))
    if not target.parent.is_dir():
        return
    try:
        with _locked(target.parent if _can_rename(target) else target, target):
            _recover(target)
            _remove_leftovers(target)
    except OSError as error:
        raise OutputError.from_os_error(error) from None


# --- the two ways to switch -----------------------------------------------------------------

def _switch_whole(files: Mapping[str, str | bytes], target: Path,
                  dropped: frozenset[str] = frozenset()) -> None:
    _recover(target)
    _remove_leftovers(target)
    new = _sibling(target, "new")
    staging: Path | None = new
    try:
        _write_set(files, new, target if target.exists() else None, dropped)
        ready = _sibling(target, "ready")
        os.rename(new, ready)
        staging = ready
        _fsync_folder(target.parent)
        _checkpoint("ready")
        if target.exists():
            staging = _exchange_or_rename(ready, target)  # where the old set now is
        else:
            os.rename(ready, target)
            staging = None
        _checkpoint("switched")
        with contextlib.suppress(OSError):  # switched: durability is the system's now
            _fsync_folder(target.parent)
    finally:
        if staging is not None and staging.exists():
            _discard(staging)  # the new set that failed, or the old set switched out


def _discard(path: Path) -> None:
    """Remove a temporary folder; if that fails, the next build removes it."""
    try:
        _remove(path)
    except OSError as error:
        log.warning("could not remove %s (%s); the next build will", path, error)


def _write_set(files: Mapping[str, str | bytes], staging: Path, old: Path | None,
               dropped: frozenset[str] = frozenset()) -> None:
    """Write the new set into ``staging`` (created), with the other files of ``old`` but
    the ``dropped`` ones."""
    os.mkdir(staging)
    _checkpoint("staging")
    if old is not None:
        os.chmod(staging, stat.S_IMODE(old.stat().st_mode))
        _carry(old, staging, {name.split("/", 1)[0] for name in files} | dropped)
        _checkpoint("carried")
    for name, content in files.items():
        if "/" in name:
            (staging / name).parent.mkdir(exist_ok=True)
        _write_file(staging / name, content)
        _checkpoint(f"wrote {name}")
    _fsync_folder(staging)


def _exchange_or_rename(ready: Path, target: Path) -> Path:
    """Switch ``ready`` (the new set) with ``target`` (the old one): atomically where the
    system can exchange two folders; else by two renames. Returns where the old set is."""
    if _exchange(ready, target):
        return ready
    aside = _sibling(target, "old")
    os.rename(target, aside)
    try:
        _checkpoint("moved aside")
        os.rename(ready, target)
    except BaseException:
        os.rename(aside, target)
        raise
    return aside


def _switch_file_by_file(files: Mapping[str, str | bytes], target: Path) -> None:
    """Replace the files one by one inside ``target``; put every one back if one fails."""
    target.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(target)
    token = f"{os.getpid()}-{secrets.token_hex(4)}"
    staging, backup = target / f".warmap-new-{token}", target / f".warmap-old-{token}"
    replaced: list[str] = []
    try:
        _write_set(files, staging, None)
        os.mkdir(backup)
        for name in files:
            if "/" in name:
                for folder in (backup, target):
                    (folder / name).parent.mkdir(exist_ok=True)
            if (target / name).exists() or (target / name).is_symlink():
                os.link(target / name, backup / name, follow_symlinks=False)
            os.replace(staging / name, target / name)
            replaced.append(name)
            _checkpoint(f"replaced {name}")
    except BaseException:
        for name in reversed(replaced):
            if (backup / name).exists() or (backup / name).is_symlink():
                os.replace(backup / name, target / name)
            else:
                (target / name).unlink(missing_ok=True)
        raise
    finally:
        for folder in (staging, backup):
            if folder.exists():
                _discard(folder)


# --- steps ----------------------------------------------------------------------------------

def _target(out_dir: Path) -> Path:
    """The folder to replace: ``out_dir``, or the folder its symbolic link points to."""
    target = Path(os.path.realpath(out_dir)) if out_dir.is_symlink() else out_dir.absolute()
    if target.exists() and not target.is_dir():
        raise OutputError(out_dir, "a file, not a folder (choose another --out)",
                          error_number=errno.ENOTDIR)
    return target


def _refuse_folders_in_the_way(target: Path, names: set[str]) -> None:
    for name in sorted(names):
        path = target / name
        if path.is_dir() and not path.is_symlink():
            raise OutputError(path, "a folder is in the way of this output file (move it "
                              "away; warmap does not delete folders)",
                              error_number=errno.EISDIR)


def _can_rename(target: Path) -> bool:
    """Whether ``target`` can be switched as a whole: not a mount point, in a parent
    folder that can be written."""
    if not os.access(target.parent, os.W_OK | os.X_OK):
        return False
    return not (target.exists() and os.path.ismount(target))


def _sibling(target: Path, kind: str) -> Path:
    return target.parent / f".{target.name}.warmap-{kind}-{os.getpid()}-{secrets.token_hex(4)}"


def _leftovers(target: Path) -> list[Path]:
    """What interrupted switches of ``target`` left: hidden siblings, and temporaries
    inside it."""
    prefix = f".{target.name}.warmap-"
    found = [p for p in target.parent.iterdir() if p.name.startswith(prefix)]
    if target.is_dir():
        found += [p for p in target.iterdir() if p.name.startswith(".warmap-")
                  or (p.is_file() and _OLD_TEMPORARY_RE.match(p.name))]
    return found


def _recover(target: Path) -> None:
    """After a kill between the two renames of :func:`_exchange_or_rename`, put back the
    complete set: the new one if it was ready, else the old one."""
    if target.exists() or target.is_symlink():
        return
    prefix = f".{target.name}.warmap-"
    for kind in ("ready", "old"):
        candidates = sorted(target.parent.glob(prefix + kind + "-*"),
                            key=lambda p: p.stat().st_mtime_ns)
        if candidates:
            log.warning("putting back %s as %s (a build was interrupted)", candidates[-1],
                        target)
            os.rename(candidates[-1], target)
            return


def _remove_leftovers(target: Path) -> None:
    """Remove what interrupted switches left; one that cannot be removed (a file another
    program holds, or marked immutable) is left with a warning, not in the way."""
    for path in _leftovers(target):
        _discard(path)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def _carry(old: Path, new: Path, written: set[str]) -> None:
    """Hard-link (or copy) into ``new`` every entry of ``old`` that is not written anew."""
    for entry in old.iterdir():
        if entry.name in written or entry.name.startswith(".warmap-") or \
                _OLD_TEMPORARY_RE.match(entry.name):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, new / entry.name, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(entry, new / entry.name)


def _link_or_copy(source: str | Path, destination: str | Path) -> None:
    try:
        os.link(source, destination, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, destination, follow_symlinks=False)


def _write_file(path: Path, content: str | bytes) -> None:
    data = content.encode("utf-8") if isinstance(content, str) else content
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a folder's entries durable (where the system allows it)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the renames are still atomic
    finally:
        os.close(descriptor)


# --- the operating system's exchange and lock -----------------------------------------------

_RENAME_EXCHANGE = 2  # Linux renameat2 flag
_RENAME_SWAP = 2  # macOS renamex_np flag
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step; ``False`` when the system cannot."""
    call = _exchange_call()
    if call is None:
        return False
    if call(os.fsencode(first), os.fsencode(second)) == 0:
        return True
    number = ctypes.get_errno()
    if number in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV, errno.EPERM):
        return False  # a file system without exchange: fall back to two renames
    raise OSError(number, os.strerror(number), str(second))


@functools.lru_cache(maxsize=1)
def _exchange_call() -> Callable[[bytes, bytes], int] | None:
    """A function ``(first, second) -> 0 or -1`` that exchanges two paths, or ``None``."""
    call: Callable[[bytes, bytes], int] | None = None
    try:
        if sys.platform.startswith("linux"):
            libc = ctypes.CDLL(None, use_errno=True)
            renameat2 = libc.renameat2

            def call(first: bytes, second: bytes) -> int:
                return int(renameat2(_AT_FDCWD, first, _AT_FDCWD, second, _RENAME_EXCHANGE))
        elif sys.platform == "darwin":
            libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
            renamex = libc.renamex_np

            def call(first: bytes, second: bytes) -> int:
                return int(renamex(first, second, _RENAME_SWAP))
    except (OSError, AttributeError):
        return None
    return call


@contextlib.contextmanager
def _locked(folder: Path, target: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``folder`` (waiting for another build's switch);
    on systems without ``flock``, a lock file beside ``target``."""
    try:
        import fcntl
    except ImportError:  # Windows
        with _lock_file(target.parent / f".{target.name}.warmap.lock"):
            yield
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


@contextlib.contextmanager
def _lock_file(path: Path) -> Iterator[None]:
    import msvcrt  # type: ignore[import-not-found,unused-ignore]

    with open(path, "a+b") as handle:
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined,unused-ignore]
        try:
            yield
        finally:
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]


__all__ = ["replace_folder", "tidy"]
