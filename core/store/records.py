"""Records read from a JSON-lines cache file by offset (``events.jsonl``, ``articles.jsonl``).

Kept apart from the index (``index.py``) so that a command answering from the caches as
they lie (``fastquery``) imports only this: no columns, no search, no numpy.
"""

from __future__ import annotations

import os
import zlib
from collections import OrderedDict
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import orjson

from ..messages import M_
from .errors import StoreError

__all__ = ["LazyRecords"]


class LazyRecords(Sequence[dict[str, Any]]):
    """Records read from a JSON-lines file by offset, with a small LRU cache."""

    def __init__(self, path: Path, offsets: Sequence[int], lengths: Sequence[int], cache: int = 4096,
                 crcs: Sequence[int] = (), fd: int | None = None) -> None:
        # kept open: a rebuilt cache file never pulls the rug (``fd``: already open, now ours)
        self._fd = os.open(path, os.O_RDONLY) if fd is None else fd
        self._crc = crcs if len(crcs) == len(offsets) else None  # each line's CRC-32, checked when read
        self._off = offsets
        self._len = lengths
        self._lru: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._cache = cache

    def __len__(self) -> int:
        return len(self._off)

    def __getitem__(self, i: int) -> dict[str, Any]:  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]  # type: ignore[return-value]
        if i < 0:
            i += len(self)
        hit = self._lru.get(i)
        if hit is not None:
            self._lru.move_to_end(i)
            return hit
        raw = os.pread(self._fd, self._len[i], self._off[i])
        try:
            if self._crc is not None and zlib.crc32(raw) != self._crc[i]:
                raise ValueError("checksum")
            rec = orjson.loads(raw)
        except ValueError:
            raise StoreError(M_("a cache file of the database is damaged (record {i} does not match its checksum); "
                                "`hoptac repair` rebuilds the caches", i=i)) from None
        self._lru[i] = rec
        if len(self._lru) > self._cache:
            self._lru.popitem(last=False)
        return rec

    def lines(self, ranks: Sequence[int], batch: int = 4096, few: int = 16384) -> Iterator[bytes]:
        """The stored lines of records ``ranks`` (each ends with a new line), in runs of
        up to ``batch``, each line checked against its CRC-32 and never parsed: what
        ``--jsonl`` writes (``export.line_runs``). Lines that lie end to end in the file
        are read together. A long answer is planned with numpy a run at a time (which
        records, where, which of them touch); a shorter one (under ``few``) needs no numpy:
        importing it costs a cold command about as much as 16,000 reads (0.1 s)."""
        if self._crc is None:  # no checksums to check against: parsed, as when read one by one
            run = [orjson.dumps(self[i]) + b"\n" for i in ranks]
            for k in range(0, len(run), batch):
                yield b"".join(run[k: k + batch])
            return
        if len(ranks) < few:
            yield from self._few_lines(ranks)
            return
        import numpy as np

        offs, sizes, crcs = (np.frombuffer(a, dtype=np.int64) for a in (self._off, self._len, self._crc))
        fd, pread, crc32 = self._fd, os.pread, zlib.crc32
        for k in range(0, len(ranks), batch):
            part = ranks[k: k + batch]
            r = np.arange(part.start, part.stop, part.step) if isinstance(part, range) else np.asarray(part, np.int64)
            o, n = offs[r], sizes[r]
            cut = np.flatnonzero(o[1:] != o[:-1] + n[:-1]) + 1  # where a record does not follow the last
            first = np.concatenate(([0], cut))
            last = np.concatenate((cut, [len(r)])) - 1
            at = o[first]
            out: list[bytes] = []
            put = out.append
            want = crcs[r].tolist()
            for start, size, g0, g1 in zip(at.tolist(), (o[last] + n[last] - at).tolist(), first.tolist(),
                                           last.tolist()):
                raw = pread(fd, size, start)
                if g0 == g1:  # most records: alone
                    if crc32(raw) != want[g0]:
                        self._damaged(int(r[g0]))
                else:
                    self._check(raw, r[g0: g1 + 1].tolist())
                put(raw)
            yield b"".join(out)

    def _few_lines(self, ranks: Iterable[int]) -> Iterator[bytes]:
        out: list[bytes] = []
        fd, off, size, crcs = self._fd, self._off, self._len, self._crc
        assert crcs is not None
        for i in ranks:
            raw = os.pread(fd, size[i], off[i])
            if zlib.crc32(raw) != crcs[i]:
                self._damaged(i)
            out.append(raw)
        if out:
            yield b"".join(out)

    def _check(self, raw: bytes, group: list[int]) -> None:
        """Records ``group``, read together as ``raw``, against their CRC-32s."""
        view, at = memoryview(raw), 0
        for i in group:
            n = self._len[i]
            if zlib.crc32(view[at: at + n]) != self._crc[i]:  # type: ignore[index]
                self._damaged(i)
            at += n
        if at != len(raw):
            self._damaged(group[-1])

    @staticmethod
    def _damaged(i: int) -> None:
        raise StoreError(M_("a cache file of the database is damaged (record {i} does not match its checksum); "
                            "`hoptac repair` rebuilds the caches", i=i))

    def close(self) -> None:
        os.close(self._fd)
