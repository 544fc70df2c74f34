"""What a command reading the store's files as they lie needs to know of them, without
the storage layer (``storage``, ``manifest``: TinyDB, orjson, dataclasses, tempfile —
about 70 million instructions of a cold ``events --jsonl``): the checksum head of a
document written with one, and the name of a segment file. ``storage`` and ``manifest``
import theirs from here (one definition)."""

from __future__ import annotations

import re
import zlib

__all__ = ["CRC_HEAD", "SEGMENT_NAME", "crc_ok"]

CRC_HEAD = b'{"crc":{"1":{"v":'
SEGMENT_NAME = re.compile(r"^seg-\d{6}\.json$")


def crc_ok(data: bytes) -> bool | None:
    """Does a document written with a checksum head match it (None: it has none)?
    (``storage`` reads it from here.)"""
    if not data.startswith(CRC_HEAD):
        return None
    n = len(CRC_HEAD)
    digits, close = data[n:n + 10], data[n + 10:n + 12]
    if close != b"}}" or not digits.strip().isdigit():
        return False
    rest = memoryview(data)[n + 12:]  # a view: a manifest of a million events is 25 MB
    if rest[:1] == b",":
        rest = rest[1:]
    return zlib.crc32(rest) == int(digits)
