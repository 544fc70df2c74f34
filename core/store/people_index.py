"""The people table's index: a person found by name, and their events, without numpy
and without reading the table whole (a cold ``--person``, ``fastperson``).

``people.bin`` (``people_table``) holds, after its columns and name blobs:

* where each person's name and folded name start in their blobs (``nstarts``,
  ``fstarts``, one more than there are persons): a name found in the folded names is
  a person by one bisect, and a loaded table need not look for the line ends;
* each person's entries: their table rows (``prows``, ascending), grouped by person,
  with where each person's group starts (``pstart``);
* the CRC-32 of each :data:`BLOCK` bytes of everything before it (``blocks``), itself
  checked against the CRC-32 in ``people.json``: a reader checks the blocks it reads.

Made with numpy when the table is saved; :class:`MappedIndex` reads it with none.
"""

from __future__ import annotations

import bisect
import mmap
import os
import zlib
from pathlib import Path
from typing import Any, Iterable, Sequence

from .cache_files import read_rows
from .colfile import BLOCK, block_crcs

__all__ = ["BLOCK", "W", "INT", "index_parts", "block_table", "sizes", "MappedIndex", "line_starts", "check_blocks"]

VERSION = 7   # people_table.VERSION: 5, the index after the name blobs; 6, keyed by event line, not offset;
#   7, every number column 4 bytes a number (int32: 8 before)
W = 4   # bytes a number of every column (little-endian int32: lines, rows and byte offsets below 2**31)
INT = "<i4"


def sizes(head: dict[str, Any]) -> dict[str, int]:
    """Where each part of people.bin starts (and "end": its size) for a head."""
    n, m, k = int(head["n"]), int(head["m"]), int(head["persons"])
    at: dict[str, int] = {}
    pos = 0
    for name, size in (("keys", W * n), ("starts", W * (n + 1)), ("pids", W * m), ("tids", W * m),
                       ("names", int(head["names"])), ("folds", int(head["folds"])), ("nstarts", W * (k + 1)),
                       ("fstarts", W * (k + 1)),
                       ("pstart", W * (k + 1)), ("prows", W * m)):
        at[name] = pos
        pos += size
    at["blocks"] = pos
    at["end"] = pos + 8 * (-(-pos // BLOCK))
    return at


def _line_starts(blob: bytes) -> Any:
    import numpy as np

    ends = np.flatnonzero(np.frombuffer(blob, dtype=np.uint8) == 10)
    return np.concatenate(([0], ends + 1)).astype(INT)


def index_parts(starts: Any, pids: Any, names: bytes, folds: bytes, n_persons: int) -> bytes:
    """``nstarts``, ``fstarts``, ``pstart`` and ``prows`` of a table (numpy: only when
    it is saved)."""
    import numpy as np

    fstarts = _line_starts(folds)
    starts = np.asarray(starts, dtype=np.int64)
    pids = np.asarray(pids, dtype=np.int64)
    rows = np.repeat(np.arange(len(starts) - 1, dtype=np.int64), np.diff(starts))
    order = np.argsort(pids, kind="stable")  # by person, rows ascending within each
    pstart = np.concatenate(([0], np.cumsum(np.bincount(pids, minlength=n_persons)))).astype(INT)
    return (_line_starts(names).tobytes() + fstarts.tobytes() + pstart.tobytes()
            + rows[order].astype(INT).tobytes())


def block_table(data: bytes | memoryview) -> bytes:
    return block_crcs(memoryview(data)).tobytes()


def check_blocks(buf: Any, table: Sequence[int], end: int, lo: int, hi: int, good: set[int] | None = None) -> None:
    """Bytes ``lo:hi`` of ``buf`` (people.bin, its block table ``table``, which covers
    ``buf[:end]``): each block holding them against its CRC-32; Damaged if one differs."""
    crc32 = zlib.crc32
    for b in range(lo // BLOCK, (hi - 1) // BLOCK + 1):
        if good is None or b not in good:
            if crc32(buf[b * BLOCK: min((b + 1) * BLOCK, end)]) != table[b]:
                raise Damaged("people.bin does not match its checksum")
            if good is not None:
                good.add(b)


def line_starts(buf: Any, head: dict[str, Any], part: str) -> Any:
    """``nstarts`` or ``fstarts`` of a table on disk, its blocks checked (numpy: for
    ``PeopleTable.load``): None when they do not match."""
    import numpy as np

    at = sizes(head)
    table = memoryview(buf)[at["blocks"]: at["end"]]
    if zlib.crc32(table) != (head.get("index") or {}).get("blocks"):
        return None
    lo, hi = at[part], at[part] + W * (int(head["persons"]) + 1)
    try:
        check_blocks(buf, table.cast("q"), at["blocks"], lo, hi)
    except Damaged:
        return None
    return np.frombuffer(buf, dtype=INT, count=int(head["persons"]) + 1, offset=lo)


class _Checked(Sequence[int]):
    """Whole numbers of a part, each block checked when first read (for ``bisect``)."""

    def __init__(self, owner: "MappedIndex", part: str, count: int) -> None:
        self._owner, self._base, self._count = owner, owner.at[part], count
        self._ints = owner.view[self._base: self._base + W * count].cast("i")

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, i: int) -> int:  # type: ignore[override]
        at = self._base + W * i
        self._owner.check(at, at + W)
        return self._ints[i]

    def span(self, lo: int, hi: int) -> Sequence[int]:
        if hi > lo:
            self._owner.check(self._base + W * lo, self._base + W * hi)
        return self._ints[lo:hi]


class Damaged(ValueError):
    """A block of people.bin does not match its CRC-32."""


class MappedIndex:
    """people.bin mapped, read through its index (see the module docstring)."""

    def __init__(self, mm: mmap.mmap, head: dict[str, Any]) -> None:
        self.mm, self.head = mm, head
        self.view = memoryview(mm)
        self.at = sizes(head)
        self.persons = int(head["persons"])
        self.n, self.m = int(head["n"]), int(head["m"])
        table = self.view[self.at["blocks"]: self.at["end"]]
        if zlib.crc32(table) != head["index"]["blocks"]:
            raise Damaged("people.bin: its table of block checksums is damaged")
        self._table = table.cast("q")
        self._good: set[int] = set()
        self.keys = _Checked(self, "keys", self.n)
        self.fstarts = _Checked(self, "fstarts", self.persons + 1)
        self.pstart = _Checked(self, "pstart", self.persons + 1)
        self.prows = _Checked(self, "prows", self.m)

    @classmethod
    def open(cls, folder: Path, events_fd: int, events_size: int) -> "MappedIndex | None":
        """The table of ``folder`` when it has this index and covers every event line
        (``events_size`` of them) of the caches whose events.jsonl is open as
        ``events_fd``; None otherwise."""
        try:
            head = read_rows(folder / "people.json")  # checked against its own CRC-32
            if head.get("version") != VERSION or not isinstance(head.get("index"), dict) \
                    or head.get("ino") != os.fstat(events_fd).st_ino or head.get("size") != events_size:
                return None
            fd = os.open(folder / "people.bin", os.O_RDONLY)
        except (OSError, ValueError):
            return None
        try:
            if os.fstat(fd).st_size != sizes(head)["end"] or not head["n"]:
                return None
            mm = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
            return cls(mm, head)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        finally:
            os.close(fd)

    def check(self, lo: int, hi: int) -> None:
        """Bytes ``lo:hi`` of the file: their blocks checked against the table."""
        check_blocks(self.mm, self._table, self.at["blocks"], lo, hi, self._good)

    def named(self, needle: bytes) -> list[int]:
        """The persons whose folded name holds ``needle`` (' folded words ')."""
        lo, hi = self.at["folds"], self.at["fstarts"]
        self.check(lo, hi)  # read whole: every block
        found: set[int] = set()
        pos = self.mm.find(needle, lo, hi)
        fstarts = self.fstarts
        while pos >= 0:
            p = bisect.bisect_right(fstarts, pos - lo) - 1
            if not 0 <= p < self.persons:
                raise Damaged("people.bin: a name outside the names")
            found.add(p)
            pos = self.mm.find(needle, lo + fstarts[p + 1], hi)  # the next person's name on
        return sorted(found)

    def rows(self, persons: Iterable[int]) -> list[int]:
        """The table rows (event lines) naming ``persons``, ascending, once each."""
        out: set[int] = set()
        for p in persons:
            a, b = self.pstart.span(p, p + 2)
            if not 0 <= a <= b <= self.m:
                raise Damaged("people.bin: a person's entries outside the table")
            out.update(self.prows.span(a, b))
        return sorted(out)

    def close(self) -> None:
        for part in (self.keys, self.fstarts, self.pstart, self.prows):
            part._ints.release()
        self._table.release()
        self.view.release()
        try:
            self.mm.close()
        except BufferError:  # a view still held: the map goes with it
            pass
