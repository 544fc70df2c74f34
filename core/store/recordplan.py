"""numpy's plan of a window of records' reads (``records.LazyRecords``): the order by
offset, the runs of lines lying end to end (or, in a segment, within :data:`GAP` bytes of
each other) found in arrays, then each run read once and each line checked against its
CRC-32. Apart from ``records.py`` so that it stays small; numpy is imported only here,
when a plan is made.

The offsets' layout (``SEG_SHIFT``, ``SEG_MASK``) is described in ``records.py``, which
re-exports these names.
"""

from __future__ import annotations

import os
import zlib
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any, Sequence

__all__ = ["GAP", "SEG_MASK", "SEG_SHIFT", "PlannedReads"]

SEG_SHIFT = 40                   # an offset with bits above this is in a segment (``records``)
SEG_MASK = (1 << SEG_SHIFT) - 1
GAP = 256                        # records of a segment at most this many bytes apart are read together


class PlannedReads:
    """``LazyRecords``' reads planned by numpy (its ``_off``, ``_len``, ``_crc``, ``_fd``,
    ``_segs`` and ``_damaged``)."""

    _off: Sequence[int]
    _len: Sequence[int]
    _crc: Sequence[int] | None
    _fd: int
    _segs: Any

    def _damaged(self, i: int) -> None:
        raise NotImplementedError

    def _planned(self, part: Sequence[int], bare: bool = False) -> list[Any]:
        """:meth:`_window` with the order and the runs found by numpy."""
        import numpy as np

        # (views of the columns as they are stored, 1 to 8 bytes a number: widened once picked)
        offs, sizes, crcs = (np.asarray(a) if not isinstance(a, list) else np.asarray(a, np.int64)
                             for a in (self._off, self._len, self._crc))
        r = np.arange(part.start, part.stop, part.step) if isinstance(part, range) else np.asarray(part, np.int64)
        if len(r) and int(r.min()) < 0:
            r = np.where(r < 0, r + len(offs), r)
        order = np.argsort(offs[r], kind="stable")
        rs = r[order]
        so, ss = offs[rs].astype(np.int64), sizes[rs].astype(np.int64)
        gap = so[1:] - (so[:-1] + ss[:-1])
        # where a line does not follow the last (in a segment: lies more than GAP bytes after it)
        joined = (gap == 0) | ((so[1:] > SEG_MASK) & (gap >= -1) & (gap < GAP))
        cut = (np.flatnonzero(~joined) + 1).tolist()
        return self._read(order.tolist(), so.tolist(), ss.tolist(), crcs[rs].tolist(), part, [0] + cut,
                          cut + [len(r)], bare)

    def _read(self, where: list[int], so: list[int], ss: list[int], want: list[int], part: Sequence[int],
              firsts: list[int], lasts: list[int], bare: bool) -> list[Any]:
        """Lines in file order (offsets ``so``, sizes ``ss``, CRC-32s ``want``) read and
        checked, each put at ``where`` in the answer (of records ``part``, named when one
        is found damaged); ``firsts``/``lasts``: the runs of
        lines lying end to end. A line alone (most of a long answer) is one read of
        itself (``bare``: without its new line, whose CRC-32 is folded in instead of
        copying the line without it); a run is one read, cut into views."""
        got: list[Any] = [b""] * len(where)
        if not got:
            return got
        fd, pread, crc32 = self._fd, os.pread, zlib.crc32
        lone = [a for a, b in zip(firsts, lasts) if b - a == 1]
        if len(lone) < len(firsts):
            self._runs(got, where, so, ss, want, part, firsts, lasts, bare)
        less = 1 if bare else 0
        fds: dict[int, int] = {}  # segment files by the offset's high bits: one look-up each
        for a in lone:
            at, size = so[a], ss[a] - 1
            if at > SEG_MASK:  # in a segment, without a new line: the line read bare
                high = at >> SEG_SHIFT
                sfd = fds.get(high)
                if sfd is None:
                    sfd = self._segment_fd(fds, high, part[where[a]])
                raw = pread(sfd, size, at & SEG_MASK)
                if crc32(raw) != want[a] or len(raw) != size:
                    self._damaged(part[where[a]])
                got[where[a]] = raw if bare else raw + b"\n"
                continue
            size += 1 - less
            raw = pread(fd, size, at)
            if (crc32(b"\n", crc32(raw)) if bare else crc32(raw)) != want[a] or len(raw) != size:
                self._damaged(part[where[a]])
            got[where[a]] = raw
        return got

    def _segment_fd(self, fds: dict[int, int], high: int, record: int) -> int:
        """The open segment file of an offset's high bits, kept in ``fds`` (a record that
        points into a segment of a store with none is damaged)."""
        if self._segs is None:
            self._damaged(record)
        sfd = fds[high] = self._segs.fd(high - 1)  # type: ignore[union-attr]
        return sfd

    def _runs(self, got: list[Any], where: list[int], so: list[int], ss: list[int], want: list[int],
              part: Sequence[int], firsts: list[int], lasts: list[int], bare: bool) -> None:
        fd, pread, crc32 = self._fd, os.pread, zlib.crc32
        fds: dict[int, int] = {}  # segment files by the offset's high bits: one look-up each
        for a, b in zip(firsts, lasts):
            if b - a == 1:
                continue
            first = so[a]
            if first > SEG_MASK:  # records of a segment near each other: one read in one read
                high = first >> SEG_SHIFT
                sfd = fds.get(high)
                if sfd is None:
                    sfd = self._segment_fd(fds, high, part[where[a]])
                size_all = so[b - 1] + ss[b - 1] - 1 - first
                raw = pread(sfd, size_all, first & SEG_MASK)
                if len(raw) != size_all:
                    self._damaged(part[where[a]])
                view = memoryview(raw)
                for q in range(a, b):
                    o = so[q] - first
                    blob = view[o: o + ss[q] - 1]
                    if crc32(blob) != want[q]:
                        self._damaged(part[where[q]])
                    got[where[q]] = blob if bare else bytes(blob) + b"\n"
                continue
            size_all = so[b - 1] + ss[b - 1] - so[a]
            raw = pread(fd, size_all, so[a])
            if len(raw) != size_all:
                self._damaged(part[where[a]])
            view = memoryview(raw)
            pos = 0
            for q in range(a, b):
                size = ss[q]
                line = view[pos: pos + size]
                if crc32(line) != want[q]:
                    self._damaged(part[where[q]])
                got[where[q]] = line[:-1] if bare else line
                pos += size
