"""Article records read where the store holds them: in the segment files, by offset.

A segment (``segments.py``) is written once, by ``orjson.dumps`` of its tables, and
never changed: each article record lies in it as the very bytes ``orjson.dumps(article)``
gives. So the caches need not hold the articles again (``articles.jsonl`` was as big as
the segments' articles, a gigabyte at a million events): they record, for each article,
the segment that holds it, the offset and length of its bytes there, and their CRC-32
(``art_seg``, ``art_off``, ``art_len``, ``art_crc``; the segments' names in
``rows.json``). :class:`SegmentLocator` finds those bytes when the caches are written
(a record is *located* only when the bytes found are exactly its serialisation); a
record that is not found so (a segment written by something else) is copied to
``articles.jsonl`` as before (``art_seg`` -1), which is empty otherwise. An article
stored without the sentences its events quote (``textcut``) is located as it lies, and
taken only when it reads back whole; it is read back with its events beside it.

:class:`SegmentRecords` reads them back: each record checked against its CRC-32 before
it is parsed, so a segment changed or replaced under the same name (it never is) gives
one clear line, never another article. The segment files are opened when the reader is
made (up to :data:`EAGER` of them; more are opened when first read): a compaction that
removes a segment meanwhile does not pull the rug from a running command.
"""

from __future__ import annotations

import os
import re
import zlib
from collections import OrderedDict
from pathlib import Path
from typing import Any, Sequence

import orjson

from ..messages import M_
from .errors import StoreError
from .records import EAGER, CachedRecords, SegmentFiles
from .textcut import KEY, whole_from_region

__all__ = ["SegmentLocator", "SegmentRecords", "OVERLAY", "EAGER"]

OVERLAY = -1   # ``art_seg`` of an article copied to articles.jsonl (not found verbatim in its segment)
_NEAR = 64     # bytes between two records of a table (``,"12345":``) looked through first
# where a record of the articles table ends: before the next record's key, or the table's end
# (never inside a string, where every quote is escaped: ``,"`` cannot occur there)
_RECORD_END = re.compile(rb'\}(?:,"\d+":\{|\},"events":\{)')


class SegmentLocator:
    """Finds articles' bytes in the segment files of ``folder``: each segment read once
    (when its first article is asked for), the records looked for in the order they lie
    (the order ``Store.iter_live`` gives them). ``names``: the segment names known so far
    (their codes are their places in it; new names are appended)."""

    def __init__(self, folder: Path, names: Sequence[str] = ()) -> None:
        self.folder = folder
        self.names: list[str] = list(names)
        self._codes = {n: i for i, n in enumerate(self.names)}
        self._name: str | None = None
        self._raw = b""
        self._pos = 0
        self._lost = False   # a record of this segment was not found: the rest are copied
        self._epos = -1      # where the next event is looked for (its events table)
        self._elost = False  # an event of this segment was not found: the rest are copied

    def _open(self, name: str) -> None:
        if name == self._name:
            return
        self._name, self._lost = name, False
        try:
            with open(self.folder / name, "rb") as fh:
                self._raw = fh.read()
        except OSError:
            self._raw, self._lost = b"", True
        at = self._raw.find(b'"articles":{')
        self._pos = at + 12 if at >= 0 else 0
        if at < 0:
            self._lost = True
        # the events table, last in a segment orjson wrote (a record found is its exact
        # bytes wherever it is found, so a wrong start only copies events to events.jsonl)
        at = self._raw.rfind(b'"events":{')
        self._epos, self._elost = (at + 10, False) if at >= 0 else (0, True)

    def _code(self, name: str) -> int:
        code = self._codes.get(name)
        if code is None:
            code = self._codes[name] = len(self.names)
            self.names.append(name)
        return code

    def find_event(self, name: str, blob: bytes) -> tuple[int, int] | None:
        """(segment code, offset) of an event's bytes ``blob`` (``orjson.dumps`` of it)
        in segment ``name``, looked for in the order the events lie; None when they are
        not there verbatim (the caller copies the event to events.jsonl)."""
        self._open(name)
        if self._elost:
            return None
        raw, pos = self._raw, self._epos
        at = raw.find(blob, pos, pos + len(blob) + _NEAR)   # the next event, most often
        if at < 0:
            at = raw.find(blob, pos)   # events of dead articles lie between
        if at < 0:
            self._elost = True
            return None
        self._epos = at + len(blob)
        return self._code(name), at

    def find(self, name: str, record: dict[str, Any]) -> tuple[int, int, int, int] | None:
        """(segment code, offset, length, CRC-32) of ``record``'s bytes in segment
        ``name`` (its stored form: whole, or without the sentences its events quote,
        ``textcut``); None when they are not there (the caller copies it)."""
        self._open(name)
        if self._lost:
            return None
        blob = orjson.dumps(record)
        raw, pos = self._raw, self._pos
        at = raw.find(blob, pos, pos + len(blob) + _NEAR)   # the next record, most often
        if at < 0:
            cut = self._find_cut(record)
            if cut is not None:
                at, blob = cut
        if at < 0:
            at = raw.find(blob, pos)   # dead articles lie between
        if at < 0:
            self._lost = True   # not written by orjson as we would: no more searching this one
            return None
        self._pos = at + len(blob)
        return self._code(name), at, len(blob), zlib.crc32(blob)

    def _find_cut(self, record: dict[str, Any]) -> tuple[int, bytes] | None:
        """Where ``record`` lies stored without its quoted sentences, and those bytes: the
        next record with its id, taken only when it reads back (by offset, as
        ``SegmentRecords`` reads it) as ``record`` itself."""
        aid = record.get("id")
        if not isinstance(aid, str) or not isinstance(record.get("text"), str):
            return None
        raw, pos = self._raw, self._pos
        head = b'{"id":' + orjson.dumps(aid) + b","
        at = raw.find(head, pos, pos + len(head) + _NEAR)
        if at < 0:
            at = raw.find(head, pos)
        if at < 0:
            return None
        end = _RECORD_END.search(raw, at)
        if end is None:
            return None
        blob = raw[at:end.start() + 1]
        try:
            stored = orjson.loads(blob)
            if KEY not in stored:
                return None
            size = len(raw)
            back = whole_from_region(stored, lambda b, n: raw[size - b:size - b + n] if 0 < b <= size else b"")
        except (orjson.JSONDecodeError, StoreError):
            return None
        return (at, blob) if back == record else None

    def close(self) -> None:
        self._raw, self._name = b"", None


class SegmentRecords(CachedRecords):
    """Records read by (segment, offset, length), each checked against its CRC-32, with
    a small LRU cache; segment -1 is the overlay file (``articles.jsonl``, ``fd``)."""

    def __init__(self, folder: Path, names: Sequence[str], segs: Sequence[int], offsets: Sequence[int],
                 lengths: Sequence[int], crcs: Sequence[int], overlay: Path, fd: int | None = None,
                 cache: int = 64) -> None:
        self._seg, self._off, self._len, self._crc = segs, offsets, lengths, crcs
        self._overlay = os.open(overlay, os.O_RDONLY) if fd is None else fd
        self._files = SegmentFiles(folder, names)   # opened as the events' reader opens them
        self._lru: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._cache = cache
        self._sizes: dict[int, int] = {}   # a segment's size (an open file: it never changes)

    def __len__(self) -> int:
        return len(self._off)

    def _fd(self, code: int) -> int:
        return self._overlay if code == OVERLAY else self._files.fd(code)

    def raw(self, i: int) -> bytes:
        """The stored bytes of record ``i`` (checked against its CRC-32)."""
        if i < 0:
            i += len(self)
        raw = os.pread(self._fd(int(self._seg[i])), int(self._len[i]), int(self._off[i]))
        if zlib.crc32(raw) != int(self._crc[i]):
            raise StoreError(M_("an article of the database does not match the checksum the caches recorded "
                                "(record {i}); `hoptac repair` rebuilds the caches", i=i))
        return raw

    def _read_one(self, i: int) -> dict[str, Any]:
        rec = orjson.loads(self.raw(i))
        if KEY in rec:   # stored without the sentences its events quote: read them beside it
            fd = self._fd(int(self._seg[i]))
            size = self._sizes.get(fd)
            if size is None:
                size = self._sizes[fd] = os.fstat(fd).st_size
            return whole_from_region(rec, lambda back, n: os.pread(fd, n, size - back) if 0 < back <= size else b"")
        return rec

    def close(self) -> None:
        try:
            os.close(self._overlay)
        except OSError:
            pass
        self._files.close()
