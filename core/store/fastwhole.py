"""Every event from the caches as they lie: the store checked as the full path checks it.

With no filter at all, ``hoptac events`` and ``hoptac export`` answer with the whole
store, so they must refuse a damaged store as the full path does (``Library.open``:
the manifest parsed and checked, every segment it lists present with its recorded
size) rather than pass it over. Parsing a million events' manifest costs a second and
200 MB, and verifying every cache file whole reads 3 GB; :func:`store_whole` checks the
same facts without either:

* the manifest is the file the caches were written for (its inode, size and time, read
  from the file it then reads, so it cannot be swapped in between) and matches the
  CRC-32 in its head (read, not parsed: 25 MB at a million events);
* its ``segments`` table alone is parsed (:func:`listed_segments`: a few lines found in
  the bytes), and every segment it lists is a regular file with the size it recorded,
  as ``manifest.check_manifest`` checks on disk.

Anything unexpected (no checksum head, the table not told apart, a segment missing or of
another size) answers False: the caller takes the full path, which says what is wrong
in one line or rebuilds. The records themselves are each checked against their
CRC-32 as they are read (``records.LazyRecords``), as for any filter.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

from .cache_files import stat_of
from .storefile import SEGMENT_NAME, crc_ok as _crc_ok

__all__ = ["store_whole", "listed_segments"]

_KEY = b'"segments":{'
_SYNTAX = re.compile(rb'[{}"]')


def store_whole(folder: Path, manifest_stat: Any) -> bool:
    """Whether the database whose caches are in ``folder`` is whole as the full path
    checks it (see the module docstring); ``manifest_stat``: the caches' stamp of the
    manifest ([inode, size, mtime_ns, schema]: ``cache_files.manifest_stat``)."""
    manifest = folder.with_name(folder.name[:-2])
    try:
        fd = os.open(manifest, os.O_RDONLY)
    except OSError:
        return False
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or stat_of(st) != list(manifest_stat or ()):
            return False
        data = _read_all(fd, st.st_size)
    except OSError:
        return False
    finally:
        os.close(fd)
    if data is None or _crc_ok(data) is not True:
        return False
    segments = listed_segments(data)
    if not segments:
        return False
    for entry in segments:
        name = entry.get("name")
        if not isinstance(name, str) or not SEGMENT_NAME.match(name):
            return False
        try:
            seg = os.stat(folder / name)
        except OSError:
            return False
        if not stat.S_ISREG(seg.st_mode) or ("size" in entry and seg.st_size != entry["size"]):
            return False
    return True


def listed_segments(data: bytes) -> list[dict[str, Any]] | None:
    """The entries of the manifest's ``segments`` table, parsed alone from the manifest's
    bytes; None when it cannot be told apart.

    A '"' inside a JSON string is always escaped, so ``"segments":{`` is a key wherever
    it lies; when it lies once only in the document, it is the top-level table's (the
    manifest the caches were built from had one: it was checked then). The table's end
    is found by matching braces outside strings: the table is a few lines, the
    articles around it (25 MB at a million events) are never looked at."""
    if data.count(_KEY) != 1:
        return None
    start = data.index(_KEY) + len(_KEY) - 1
    end = _object_end(data, start)
    if end is None:
        return None
    import json  # a few lines: the standard library's (orjson's import is dearer than the parse)

    try:
        table = json.loads(data[start:end])
    except (ValueError, RecursionError):  # not JSON, not UTF-8
        return None
    if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
        return None
    return list(table.values())


def _object_end(data: bytes, start: int) -> int | None:
    """Where the JSON object opening at ``data[start]`` ends (just past its brace)."""
    depth, pos = 0, start
    while True:
        m = _SYNTAX.search(data, pos)
        if m is None:
            return None
        c, pos = m.group(), m.end()
        if c == b'"':  # to the string's end: a quote not escaped by an odd run of backslashes
            while True:
                q = data.find(b'"', pos)
                if q < 0:
                    return None
                k = q
                while data[k - 1] == 0x5C:  # '\\'
                    k -= 1
                pos = q + 1
                if (q - k) % 2 == 0:
                    break
        elif c == b"{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return pos


def _read_all(fd: int, size: int) -> bytes | None:
    data = os.pread(fd, size, 0)
    return data if len(data) == size else None
