"""The segment files a reader of the caches holds open (``records.LazyRecords``,
``segrecords.SegmentRecords``), and, for a command answering once from the caches as
they lie (``fastquery``), the segments mapped in memory. Apart from ``records.py`` so that
it stays small."""

from __future__ import annotations

import mmap
import os
from pathlib import Path
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any, Sequence

from ..messages import M_
from .errors import StoreError
from .residency import file_backed_bytes

__all__ = ["EAGER", "MAPPED_BUDGET", "MAP_LIMIT", "SegmentFiles"]

EAGER = 256                      # segment files opened with the reader; more are opened when first read
MAPPED_BUDGET = 128 << 20 # mapped segments' pages resident at most (about), then let go (``SegmentFiles.settle``)
MAP_LIMIT = 256 << 20     # segments mapped while they hold at most this many bytes in all (``SegmentFiles.mapping``)


class SegmentFiles:
    """The segment files of a caches folder (``names``: rows.json's "segments"), opened
    when made (up to :data:`EAGER` of them; more when first read): a compaction that
    removes a segment meanwhile does not pull the rug from a running command.

    ``mapped`` (a command answering once from the caches as they lie: ``fastquery``; not
    the app's long-lived index): :meth:`view` maps a segment read-only, from the file
    opened here (a segment is written once and never changed in place: a compaction or a
    rebuild writes new files beside it), so that lines lying apart are copied from memory
    rather than read by a system call each (``records.LazyRecords._apart``, for an answer
    of ``records.MAP_LINES`` lines or more; 100,000 events, ``--type signing``'s 24,293
    lines: no ``pread`` a line for a few hundred more page faults, system time about a
    third, peak resident memory 22 → 113–131 MB). The pages
    read count in the process's resident memory while mapped: :meth:`settle` lets go of
    them (the page cache keeps them) past :data:`MAPPED_BUDGET`, and segments of more
    than :data:`MAP_LIMIT` in all are not mapped (their lines lie too far apart for a
    page to be read twice before it is let go)."""

    def __init__(self, folder: Path, names: Sequence[str], mapped: bool = False) -> None:
        self._folder, self._names = folder, list(names)
        self._fds: dict[int, int] = {}
        self._maps: dict[int, Any] = {}  # code -> its mmap, or None: not mapped
        # file-backed bytes resident before mapping (-1: not mapping; None: not asked yet)
        self._base: int | None = None if mapped else -1
        for code, name in enumerate(self._names[:EAGER]):
            try:
                self._fds[code] = os.open(folder / name, os.O_RDONLY)
            except OSError:
                pass  # gone (compacted): said when one of its records is read

    def fd(self, code: int) -> int:
        fd = self._fds.get(code)
        if fd is None:
            if not 0 <= code < len(self._names):
                raise StoreError(M_("a cache file of the database is damaged (a record names no segment); "
                                    "`hoptac repair` rebuilds the caches"))
            try:
                fd = self._fds[code] = os.open(self._folder / self._names[code], os.O_RDONLY)
            except OSError:
                raise StoreError(M_("{name} is gone: the database changed while it was read; run the command "
                                    "again", name=self._names[code])) from None
        return fd

    def view(self, code: int) -> mmap.mmap | None:
        """Segment ``code`` mapped read-only (a slice of it is a copy of its bytes, short
        beyond its end: a reader compares lengths); None where segments are not mapped
        (:meth:`mapping`) or this one cannot be (read it)."""
        got = self._maps.get(code, False)
        if got is False:
            got = None
            if self.mapping():
                try:
                    got = mmap.mmap(self.fd(code), 0, access=mmap.ACCESS_READ)
                except (OSError, ValueError):  # empty, or a file that cannot be mapped
                    pass
            self._maps[code] = got
        return got

    def mapping(self) -> bool:
        """Whether segments are mapped (:meth:`view`): where the process's resident
        file-backed pages can be read (``/proc/self/statm``: :meth:`settle` keeps them
        under a budget) and the segments opened are at most :data:`MAP_LIMIT` bytes in
        all (more, and lines lying apart would seldom find their pages still mapped:
        each fault would cost what a read costs)."""
        if self._base is None:
            held = file_backed_bytes()
            try:
                total = sum(os.fstat(fd).st_size for fd in self._fds.values())
            except OSError:
                total = MAP_LIMIT + 1
            self._base = held if held is not None and total <= MAP_LIMIT and len(self._fds) == len(self._names) else -1
        return self._base >= 0

    def settle(self) -> None:
        """Let go of the mapped segments' pages (``MADV_DONTNEED``: the page cache keeps
        them, a later read maps them again) once the process holds :data:`MAPPED_BUDGET`
        bytes of file-backed pages more than when it began mapping them."""
        if not self._maps or self._base is None or self._base < 0:
            return
        held = file_backed_bytes()
        if held is not None and held - self._base <= MAPPED_BUDGET:
            return
        for got in self._maps.values():
            if got is not None:
                try:
                    got.madvise(mmap.MADV_DONTNEED)
                except (OSError, ValueError, AttributeError):
                    pass   # refused, or no madvise here: the pages stay, nothing else changes

    def close(self) -> None:
        for got in self._maps.values():
            if got is not None:
                got.close()
        self._maps.clear()
        for fd in self._fds.values():
            try:
                os.close(fd)
            except OSError:
                pass
        self._fds.clear()
