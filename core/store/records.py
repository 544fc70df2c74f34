"""Records read from a JSON-lines cache file by offset (``events.jsonl``, ``articles.jsonl``),
or from the segments that hold them.

An event record lies where the store holds it: in its segment, as the very bytes
``orjson.dumps(event)`` gives (``segments``, ``packed``), found there when the caches
are written (``segrecords.SegmentLocator``). Its offset then says which segment too:
``((code + 1) << SEG_SHIFT) | offset`` (``code``: the segment's place in rows.json's
"segments"); an offset below ``1 << SEG_SHIFT`` is a line of ``events.jsonl``, which
holds only the events not found verbatim (a correction applied, a segment written by
something else). Its length is that of the record *as a line* (its bytes and a new
line, as in events.jsonl); its CRC-32 that of its bytes as they lie (with the new line
in events.jsonl, without it in a segment). Lines are read without their new lines and
joined by them.

Kept apart from the index (``index.py``) so that a command answering from the caches as
they lie (``fastquery``) imports only this: no columns, no search, no numpy.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections import OrderedDict
from collections import abc as _abc
from itertools import repeat
from operator import add, and_, getitem, rshift, sub
from pathlib import Path
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any, Iterator, Sequence

from ..messages import M_
from .errors import StoreError
from .recordplan import GAP, SEG_MASK, SEG_SHIFT, PlannedReads
from .segfiles import EAGER, SegmentFiles

__all__ = ["CachedRecords", "LazyRecords", "SegmentFiles", "SEG_SHIFT", "SEG_MASK", "EAGER"]


LONG = 1 << 18  # from this many records on (262,144), the reads are planned with numpy (imported for them)
PLANNED_WINDOW = 16384  # records read at a time when planned, at most
WINDOW = 2048   # records read at a time (``runs``)
MAP_LINES = 8192  # an answer of this many lines or more is copied from the segments mapped (``segfiles``)
BATCH = 256     # records a run given (``runs``)


class CachedRecords(_abc.Sequence):  # of dict[str, Any]
    """Records read one at a time by :meth:`_read_one` (an index), with a small LRU cache:
    the part :class:`LazyRecords` and ``segrecords.SegmentRecords`` share."""

    _lru: OrderedDict[int, dict[str, Any]]
    _cache: int

    def _read_one(self, i: int) -> dict[str, Any]:
        raise NotImplementedError

    def __getitem__(self, i: int) -> dict[str, Any]:  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]  # type: ignore[return-value]
        if i < 0:
            i += len(self)
        hit = self._lru.get(i)
        if hit is not None:
            self._lru.move_to_end(i)
            return hit
        rec = self._read_one(i)
        self._lru[i] = rec
        if len(self._lru) > self._cache:
            self._lru.popitem(last=False)
        return rec


class LazyRecords(PlannedReads, CachedRecords):
    """Records read by offset from a JSON-lines file, or from the segments (``segments``:
    see the module docstring), with a small LRU cache."""

    def __init__(self, path: Path, offsets: Sequence[int], lengths: Sequence[int], cache: int = 4096,
                 crcs: Sequence[int] = (), fd: int | None = None, segments: SegmentFiles | None = None) -> None:
        # kept open: a rebuilt cache file never pulls the rug (``fd``: already open, now ours)
        self._fd = os.open(path, os.O_RDONLY) if fd is None else fd
        self._segs = segments
        self._crc = crcs if len(crcs) == len(offsets) else None  # each line's CRC-32, checked when read
        self._off = offsets
        self._len = lengths
        self._lru: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._cache = cache

    def __len__(self) -> int:
        return len(self._off)

    def _read_one(self, i: int) -> dict[str, Any]:
        start = int(self._off[i])
        if start > SEG_MASK:
            raw = self._seg_line(start, int(self._len[i]), self._crc[i] if self._crc is not None else None, True, i)
            import orjson  # a record parsed: not for lines copied as they lie (``runs``)

            return orjson.loads(raw)
        raw = os.pread(self._fd, self._len[i], start)
        try:
            if self._crc is not None and zlib.crc32(raw) != self._crc[i]:
                raise ValueError("checksum")
            import orjson  # a record parsed: not for lines copied as they lie (``runs``)

            return orjson.loads(raw)
        except ValueError:
            raise StoreError(M_("a cache file of the database is damaged (record {i} does not match its checksum); "
                                "`hoptac repair` rebuilds the caches", i=i)) from None

    def _seg_line(self, start: int, size: int, want: int | None, bare: bool, i: int) -> bytes:
        """The record at ``start`` in a segment (``size``: its length as a line), checked
        against ``want`` (its bytes' CRC-32): without a new line when ``bare``."""
        if self._segs is None:
            self._damaged(i)
        raw = os.pread(self._segs.fd((start >> SEG_SHIFT) - 1), size - 1, start & SEG_MASK)  # type: ignore[union-attr]
        if len(raw) != size - 1 or (want is not None and zlib.crc32(raw) != want):
            self._damaged(i)
        return raw if bare else raw + b"\n"

    def lines(self, ranks: Sequence[int], batch: int = BATCH, window: int = WINDOW,
              planned: bool | None = None) -> Iterator[bytes]:
        """The stored lines of records ``ranks`` (each ends with a new line), in the order
        asked, in runs of up to ``batch``, each line checked against its CRC-32 and never
        parsed: what ``--jsonl`` writes (``export.line_runs``). See :meth:`runs`."""
        for _n, run in self.runs(ranks, None, batch, window, planned):
            yield run

    def runs(self, ranks: Sequence[int], sep: bytes | None = None, batch: int = BATCH,
             window: int = WINDOW, planned: bool | None = None) -> Iterator[tuple[int, bytes]]:
        """(how many records, their lines) in runs of up to ``batch``: each line with its
        new line (``sep`` None), or the lines without it joined by ``sep`` (none after
        the last of a run: a JSON array's items, written without a second pass).

        The records are read ``window`` at a time in the order they lie in the file (an
        article's events lie end to end, so a province's few thousand lines take a
        quarter as many reads), then given in the order asked: memory stays a window's
        lines (about 2 MB) whatever the answer's size. Small windows and runs are
        cheaper than large ones, not dearer — most likely because a window's lines and a
        run's bytes are then memory used again (allocated afresh, megabytes cost a page
        fault every 4 kB) and stay in the processor's caches while they are checked and
        written (100,000
        events: 2,048 lines a window and runs of 256 took about 25% less CPU time than
        16,384 and 4,096, at a fifth of the peak memory). Lines of segments that are
        mapped (``segfiles``) or lie apart (the timeline's order of a large answer) need
        no plan (:meth:`_apart`; mapped, a window is a run: the pages it touched are let
        go of, past a budget, before the next);
        lines that lie near each other are planned, by numpy (imported only then) for an
        answer of :data:`LONG` records or when something imported it already, else in
        Python (``planned``: True forces numpy's plan, False Python's)."""
        if self._crc is None:  # no checksums to check against: parsed, as when read one by one
            import orjson

            run = [orjson.dumps(self[i]) for i in ranks]
            for k in range(0, len(run), batch):
                part = run[k: k + batch]
                yield len(part), (b"".join(x + b"\n" for x in part) if sep is None else sep.join(part))
            return
        batch, window = max(batch, 1), max(window, 1)
        # read without their new lines (a segment's records have none to copy), joined by them
        join = (lambda part: b"\n".join([*part, b""])) if sep is None else sep.join
        # a long answer of lines near each other is planned with numpy (already imported by
        # what found it, or worth importing): a Python step less per record
        forced = planned
        if planned is None:
            planned = len(ranks) >= LONG or "numpy" in sys.modules
        if planned:
            window = min(window, PLANNED_WINDOW)
        mapped = len(ranks) >= MAP_LINES and self._segs is not None and self._segs.mapping()
        if mapped:
            window = min(window, batch)  # sliced from mapped segments: the pages one run touched, settled
        from .gcpause import gc_paused

        for k in range(0, len(ranks), window):
            part = ranks[k: k + window]
            with gc_paused():  # a window's lists and lines: no cycles, and full collections would walk them
                got = self._planned(part, True) if forced else self._window(part, True, planned, mapped)
            if self._segs is not None:
                self._segs.settle()  # the mapped segments' pages let go of past a budget
            for b in range(0, len(got), batch):
                part = got[b: b + batch]
                yield len(part), join(part)

    def _window(self, part: Sequence[int], bare: bool = False, planned: bool = False,
                mapped: bool = False) -> list[Any]:
        """The lines of records ``part`` (``bare``: without their new line), read in file
        order, lines that lie end to end read together, each checked against its CRC-32:
        the plan made in Python, in one pass (``planned``: by numpy, :meth:`_planned`);
        lines that lie apart in the segments are read as :meth:`_apart` reads them (at a
        million events, 300,000 lines of the timeline: 1.40 s of CPU against 1.53 s
        planned by numpy, numpy's import not counted)."""
        n = len(self._off)
        offs, sizes, crcs = self._off, self._len, self._crc
        assert crcs is not None
        if isinstance(part, range) and part.step == 1 and 0 <= part.start <= part.stop <= n:
            rs: Sequence[int] = part
            at, szs, want = (_items(a, part.start, part.stop) for a in (offs, sizes, crcs))
        else:  # lists: an item of a list is cheaper to get than one of a memory map's view
            rs = [r + n if r < 0 else r for r in part]
            at, szs, want = [offs[r] for r in rs], [sizes[r] for r in rs], [crcs[r] for r in rs]
        if bare and at and self._segs is not None:
            got = self._apart(rs, at, szs, want, mapped)
            if got is not None:
                return got
        if planned:
            return self._planned(part, bare)
        # by offset; the keys as floats (exact below 2**53), which the sort compares
        # without the general comparison that offsets of several digits take
        exact = not at or max(at) < 1 << 53
        order = sorted(range(len(rs)), key=(list(map(float, at)) if exact else at).__getitem__)
        got: list[Any] = [b""] * len(rs)
        fd, pread, crc32 = self._fd, os.pread, zlib.crc32
        fds: dict[int, int] = {}  # segment files by the offset's high bits: one look-up each
        i, total = 0, len(order)
        while i < total:
            j = order[i]
            start = at[j]
            end = start + szs[j]
            k = i + 1
            if start > SEG_MASK:   # in a segment: the records near it read with it, in one read
                stop = end - 1
                while k < total and 0 <= at[order[k]] - stop <= GAP:
                    stop = at[order[k]] + szs[order[k]] - 1
                    k += 1
                high = start >> SEG_SHIFT
                sfd = fds.get(high)
                if sfd is None:
                    if self._segs is None:
                        self._damaged(rs[j])
                    sfd = fds[high] = self._segs.fd(high - 1)  # type: ignore[union-attr]
                size = stop - start
                raw = pread(sfd, size, start & SEG_MASK)
                if len(raw) != size:
                    self._damaged(rs[j])
                if k == i + 1:  # alone (most of a sparse answer): the read is the line
                    if crc32(raw) != want[j]:
                        self._damaged(rs[j])
                    got[j] = raw if bare else raw + b"\n"
                    i = k
                    continue
                view = memoryview(raw)
                for q in order[i:k]:
                    o = at[q] - start
                    blob = view[o: o + szs[q] - 1]
                    if crc32(blob) != want[q]:
                        self._damaged(rs[q])
                    got[q] = blob if bare else bytes(blob) + b"\n"
                i = k
                continue
            while k < total and at[order[k]] == end:  # the next line follows: one read
                end += szs[order[k]]
                k += 1
            if k == i + 1:  # alone: read without its new line when bare, its CRC-32 folded in
                size = end - start - bare
                raw = pread(fd, size, start)
                if (crc32(b"\n", crc32(raw)) if bare else crc32(raw)) != want[j] or len(raw) != size:
                    self._damaged(rs[j])
                got[j] = raw
                i = k
                continue
            raw = pread(fd, end - start, start)
            if len(raw) != end - start:
                self._damaged(rs[j])
            view = memoryview(raw)
            pos = 0
            for q in order[i:k]:
                size = szs[q]
                line = view[pos: pos + size]
                if crc32(line) != want[q]:
                    self._damaged(rs[q])
                got[q] = line[:-1] if bare else line
                pos += size
            i = k
        return got

    def _apart(self, rs: Sequence[int], at: list[int], szs: list[int], want: list[int],
               mapped: bool = False) -> list[Any] | None:
        """The bare lines of records ``rs`` (where they lie: ``at``, ``szs``, ``want``)
        when every one is in a segment, in the order asked, every step a C loop (``map``:
        the reads, their CRC-32s and lengths compared as lists), no Python step a line:
        ``mapped`` (an answer of :data:`MAP_LINES` lines or more), copied from the segments
        mapped in memory (``segfiles``), no system call a line either; else each read by
        itself, when few lie near the one before them (100,000 lines: about a sixth less
        CPU time than the plan's loop). None: the plan's way (lines of ``events.jsonl``,
        or lines lying end to end, as an article's events do, when not mapped: read
        together there, a read for several)."""
        if min(at) <= SEG_MASK:
            return None
        segs = self._segs
        assert segs is not None
        highs = list(map(rshift, at, repeat(SEG_SHIFT)))
        sizes = list(map(sub, szs, repeat(1)))  # a line of a segment has no new line
        starts = list(map(and_, at, repeat(SEG_MASK)))
        maps = {h: segs.view(h - 1) for h in set(highs)} if mapped else {0: None}
        if None not in maps.values():  # copies of the lines' bytes: what is checked is what is written
            got: list[Any] = list(map(getitem, map(maps.__getitem__, highs), map(slice, starts, map(add, starts, sizes))))
        else:
            ends = list(map(add, at, szs))
            if sum(map(GAP.__ge__, map(abs, map(sub, at[1:], ends)))) * 8 > len(at):
                return None  # many lines near the one before: joined reads pay
            fds = {h: segs.fd(h - 1) for h in set(highs)}
            got = list(map(os.pread, map(fds.__getitem__, highs), sizes, starts))
        if list(map(zlib.crc32, got)) != want or list(map(len, got)) != sizes:
            for q, raw in enumerate(got):
                if len(raw) != sizes[q] or zlib.crc32(raw) != want[q]:
                    self._damaged(rs[q])
        return got

    def _damaged(self, i: int) -> None:
        i = i + len(self._off) if i < 0 else i
        raise StoreError(M_("a cache file of the database is damaged (record {i} does not match its checksum); "
                            "`hoptac repair` rebuilds the caches", i=i))

    def close(self) -> None:
        os.close(self._fd)
        if self._segs is not None:
            self._segs.close()


def _items(col: Sequence[int], lo: int, hi: int) -> list[int]:
    """Items ``lo:hi`` of a column (a memoryview's in one step) as a list."""
    got = col[lo:hi]
    return got.tolist() if hasattr(got, "tolist") else list(got)
