"""The caches' columns as they lie in ``columns.bin``, memory-mapped: the app's index.

``cache.load_columns`` decodes every column into Python lists and arrays (a million
events: a second and 300 MB before the first frame). :func:`open_mapped` instead maps
``columns.bin`` and gives the same columns as views over the map:

* an ``int`` column is a numpy array over its part (read-only, nothing copied: int32 or
  int64 as stored; a part of one or two bytes a number is widened to int32 once);
* a ragged column (pairs, provinces, levels) is a :class:`NpRagged` over two of them;
* a text column (dates, ends, article ids) is a :class:`~.textcolumn.TextColumn`: where
  each line starts is found once (one numpy pass; without numpy for a column of up to
  ``STDLIB_LINES`` lines while nothing has imported numpy yet, so the app's first frame
  does not wait for it), a line is decoded when it is asked for;
* the string table is a :class:`LazyStrings`: the codes of provinces, levels and types
  come from ``rows.json`` (what filters ask for); the whole table (the titles too) is
  decoded only if another code is asked for.

Each part is checked against its CRC-32 in the layout when it is first used, so only
what the first screen needs is read (``verify_caches`` reads the rest after the first
frame). The data files (``columns.bin``, the records, the search files) are opened
before ``rows.json`` is read and their sizes checked against its stamp, as ``fastquery``
does: caches replaced while they are opened are seen (the open is tried again), and an
open index keeps reading the files it was opened on whatever replaces them, never half
old and half new.
"""

from __future__ import annotations

import mmap
import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from .cache_files import CACHE_VERSION, STAMPED, manifest_stat, read_rows
from . import colfile
from .colfile import Ragged
from .errors import StoreError
from .residency import STATM, statm_file_bytes
from .textcolumn import STDLIB_LINES, DamagedPart, TextColumn, _damaged, numpy_loaded  # noqa: F401 (re-exported)

if TYPE_CHECKING:
    import numpy as np

__all__ = ["MappedColumns", "TextColumn", "LazyStrings", "NpRagged", "open_mapped", "numpy_loaded", "ReadBudget",
           "READ_BUDGET"]

_TRIES = 3
SEARCH_FILES = ("words.txt", "words.bin")  # what ``wordindex.Pinned`` holds
RECORD_FILES = ("events.jsonl", "articles.jsonl")


class Changed(Exception):
    """The caches changed while they were being opened: try again."""


class NpRagged(Ragged):
    """A :class:`~.colfile.Ragged` over numpy arrays; a row is a list of ints."""

    __slots__ = ()

    def __getitem__(self, r: int) -> list[int]:  # type: ignore[override]
        return self.flat[self.start[r]: self.start[r + 1]].tolist()

    def __iter__(self) -> Iterator[list[int]]:
        for r in range(len(self)):
            yield self[r]


class LazyStrings(Sequence[str]):
    """The string table: the codes ``rows.json`` names (provinces, levels, types) at
    once, the whole table (titles too) decoded from its part only if another is asked."""

    def __init__(self, names: dict[str, int], size: int, load: Any) -> None:
        self.names = names
        self._by = {c: s for s, c in names.items()}
        self._n = size
        self._load = load
        self._all: list[str] | None = None

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, code: Any) -> Any:
        if isinstance(code, slice):
            return self.whole()[code]
        got = self._by.get(code)
        if got is not None:
            return got
        return self.whole()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self.whole())

    def whole(self) -> list[str]:
        if self._all is None:
            got = self._load()
            if not isinstance(got, list) or len(got) != self._n:
                raise _damaged("strings")
            self._all = got
        return self._all


class MappedColumns:
    """What :class:`~.cache.Columns` holds, as views over the mapped ``columns.bin``
    (see the module docstring). ``fds``: the data files opened with it."""

    _INT = ("flags", "types", "titles", "article", "ev_off", "ev_len", "sidx", "ev_crc", "art_seg", "art_off", "art_len",
            "art_crc", "line_rank")

    def __init__(self, folder: Path, rows: dict[str, Any], mm: Any, fds: dict[str, int]) -> None:
        self.folder = folder
        self.words = rows.get("words")
        self.seg_names = rows.get("segments") or []   # the segment files art_seg names
        self.words_bin = -1  # words.bin's size as the stamp gives it (``open_mapped``)
        self.fds = fds
        self._layout: dict[str, list[Any]] = rows["layout"]
        self._mm = mm
        self._got: dict[str, Any] = {}
        names = rows.get("names")
        if not isinstance(names, dict):
            raise ValueError("rows.json names no codes")
        start = self._layout.get("province_ranks.start")
        size = int(start[3]) - 1 if start else len(self._strings_part())
        self.names: dict[str, int] = names
        self.strings = LazyStrings(names, size, self._strings_part)

    def __len__(self) -> int:
        return int(self._layout["dates"][3])

    def count(self, name: str) -> int:
        """How many entries a column has, as its layout says (nothing read)."""
        return int(self._layout[name][3])

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        got = self._got.get(name)
        if got is None:
            got = self._got[name] = self._column(name)
        return got

    def _entry(self, name: str) -> tuple[int, int, int]:
        """(offset, size, count) of a part, checked against its CRC-32."""
        entry = self._layout[name]
        if len(entry) < 5:
            raise _damaged(name)
        off, size, count, crc = int(entry[1]), int(entry[2]), int(entry[3]), entry[4]
        if off + size > len(self._mm):
            raise _damaged(name)
        view = memoryview(self._mm)[off: off + size]
        try:
            if zlib.crc32(view) != crc:
                raise _damaged(name)
        finally:
            view.release()
        return off, size, count

    def unchecked(self, name: str) -> memoryview:
        """An int column whose part is not checked against its CRC-32 (nor read until
        used): for where records lie, each record being checked against its own. A view
        of the map (no numpy: the first frame reads its records through these)."""
        entry = self._layout[name]
        off, size, count = int(entry[1]), int(entry[2]), int(entry[3])
        typecode = colfile.code(entry)
        if entry[0] != "int" or off + size > len(self._mm) or typecode is None:
            raise _damaged(name)
        # as it lies (1 to 8 bytes a number): read a row at a time, never computed with
        return memoryview(self._mm)[off: off + size].cast(typecode)

    def int_view(self, name: str) -> memoryview:
        """An int part checked against its CRC-32, as a view of the map (no numpy; its
        numbers at the width they are stored at: ``colfile.code``)."""
        off, size, _count = self._entry(name)
        typecode = colfile.code(self._layout[name])
        if typecode is None:
            raise _damaged(name)
        return memoryview(self._mm)[off: off + size].cast(typecode)

    def ragged_view(self, name: str) -> Ragged:
        """A ragged column (pairs, provinces, levels) as views of the map (no numpy)."""
        return Ragged(self.int_view(name + ".flat"), self.int_view(name + ".start"))

    def _ints(self, name: str) -> np.ndarray:
        import numpy as np

        off, size, count = self._entry(name)
        typecode = colfile.code(self._layout[name])
        if typecode is None:
            raise _damaged(name)
        if not count:
            return np.zeros(0, np.int64)
        got = np.frombuffer(self._mm, dtype="<" + typecode, count=count, offset=off)
        if typecode in ("i", "q"):
            # as it lies, a view of the map: its pages count in the process's memory only
            # while read (``release_pages`` lets them go). Widened to int64 a million-event
            # column of int32 took 8 MB of the process's own, each column the app reads
            # (pairs, provinces, the search's lines: 70 MB) for good. Readers that compute
            # with a column widen what they compute with (``np.asarray(.., np.int64)``)
            return got
        # one or two bytes a number: widened once to int32, so that a sum or a difference
        # of two cannot wrap nor a Python int outside their range refuse (1 MB → 4 MB);
        # the mapped pages are let go, so memory stays as it was
        wide = got.astype(np.int32)
        if hasattr(self._mm, "madvise"):
            lo = off - off % mmap.PAGESIZE
            try:
                self._mm.madvise(mmap.MADV_DONTNEED, lo, off + size - lo)
            except (OSError, ValueError):
                pass
        return wide

    def release(self) -> None:
        """Let go of the pages of columns.bin this process has read (``release_pages``)."""
        release_pages(self._mm)

    def words_fit(self) -> bool:
        """Does the word index's list of blocks (``rows.json``) fit ``words.bin`` (as
        long as the stamp says) and cover every line? Asked after the first frame
        (``Library.verify_caches``; the word index asks again when it is read): the
        check's module imports numpy."""
        from .wordindex import blocks_fit

        return blocks_fit(self.words, self.words_bin, {"e": self.count("line_rank"), "b": self.count("article_ids")})

    def postings(self, code: int) -> np.ndarray:
        """The ranks with a party in province ``code``, ascending, once per such party:
        one slice of the postings written with the columns (``cache_files.postings``)."""
        post = self.province_ranks
        if not 0 <= code < len(post.start) - 1:
            import numpy as np

            return np.zeros(0, dtype=np.int64)
        return post.flat[int(post.start[code]): int(post.start[code + 1])]

    def _column(self, name: str) -> Any:
        if name in ("dates", "ends", "article_ids"):
            off, size, count = self._entry(name)
            return TextColumn(self._mm, off, size, count, none_if_empty=(name == "ends"))
        if name in ("pairs", "provinces", "levels", "province_ranks"):
            return NpRagged(self._ints(name + ".flat"), self._ints(name + ".start"))
        if name in self._INT:
            return self._ints(name)
        raise AttributeError(name)

    def _strings_part(self) -> list[str]:
        import orjson

        off, size, _count = self._entry("strings")
        return orjson.loads(self._mm[off: off + size])


def open_mapped(folder: Path, most: int | None = None) -> MappedColumns | None:
    """The columns of the caches in ``folder`` mapped, when their stamp names the
    manifest file as it is now (the one they were written for) and every file has its
    recorded size; None: take ``cache.load_columns`` (or, with ``most``, there are more
    events than that). Tried again when the caches change while they are opened."""
    for _ in range(_TRIES):
        try:
            return _open(folder, most)
        except Changed:
            continue
        except (OSError, ValueError, KeyError, TypeError, IndexError, StoreError):
            return None
    return None


def _open(folder: Path, most: int | None = None) -> MappedColumns | None:
    fds: dict[str, int] = {}
    try:
        # the data files first, rows.json last (it is written last): files older or
        # newer than the stamp read are caught by their sizes (and parts by their CRC-32s)
        for name in ("columns.bin", *RECORD_FILES, *SEARCH_FILES):
            fds[name] = os.open(folder / name, os.O_RDONLY)
        rows = read_rows(folder / "rows.json")
        stamp = rows.get("stamp")
        if not isinstance(stamp, dict) or stamp.get("version") != CACHE_VERSION or not stamp.get("manifest") \
                or stamp.get("manifest") != manifest_stat(folder):
            _close(fds)
            return None
        sizes = stamp.get("sizes")
        if not isinstance(sizes, dict) or set(sizes) != set(STAMPED) or set(stamp.get("crcs") or ()) != set(STAMPED):
            _close(fds)
            return None
        if any(os.fstat(fd).st_size != sizes[name] for name, fd in fds.items()):
            raise Changed
        cfd = fds.pop("columns.bin")
        try:
            mm = mmap.mmap(cfd, 0, access=mmap.ACCESS_READ) if sizes["columns.bin"] else b""
        finally:
            os.close(cfd)
        cols = MappedColumns(folder, rows, mm, fds)
        cols.words_bin = sizes["words.bin"]
        if most is not None and len(cols) > most:
            _close(fds)
            return None
        # the word index's blocks against words.bin: checked after the first frame
        # (``Library.verify_caches``, ``MappedColumns.words_fit``) and when it is read
        len(cols.dates)  # the parts the first screen reads, checked now
        return cols
    except BaseException:
        _close(fds)
        raise


# resident file-backed bytes (the mapped caches and the libraries' code, about 20 MB of it)
# past which a search lets go of the word index's pages between blocks (``ReadBudget``)
READ_BUDGET = 48 << 20


class ReadBudget:
    """Keeps what a search holds of a mapped file bounded while it reads: ``spent()``,
    called after each block read, lets go of the file's pages (``release``) once the
    process's resident file-backed pages (``/proc/self/statm``'s third field) pass
    ``budget``. Needed where the page cache holds large folios (Linux 6.18 on ext4 here):
    a read of one byte of the map brings the whole folio, up to 2 MB, into the process's
    resident memory, so a phrase's lookups over the blocks of ``words.bin`` counted 60 to
    120 MB of it before the answer was built. Where statm cannot be read (not Linux):
    nothing is let go mid-search."""

    def __init__(self, release: Any, budget: int = READ_BUDGET, statm: str = STATM) -> None:
        self._release = release
        self.budget = budget
        self._statm = statm
        self._fd: int | None = None
        self._pid = 0
        self.released = 0   # times let go of (tests)

    def resident(self) -> int | None:
        """Resident file-backed bytes of this process now (None: unknown)."""
        try:
            if self._fd is None or self._pid != os.getpid():   # (a forked child reads its own)
                self._fd, self._pid = os.open(self._statm, os.O_RDONLY), os.getpid()
            return statm_file_bytes(os.pread(self._fd, 200, 0))
        except (OSError, ValueError, IndexError):
            return None

    def spent(self) -> None:
        got = self.resident()
        if got is not None and got > self.budget:
            self._release()
            self.released += 1

    def __del__(self) -> None:
        if self._fd is not None and self._pid == os.getpid():
            try:
                os.close(self._fd)
            except OSError:
                pass


def release_pages(mm: Any) -> None:
    """Drop from this process the pages of a read-only file mapping it has touched: the
    page cache keeps them, the next read maps them again (a minor fault). They count in
    the process's resident memory while mapped, so the app lets go of them once a search
    or the checks after the first frame are done: its peak stays what one answer needs,
    not every page of columns.bin and words.bin any answer ever read. No-op where the
    platform has no ``madvise``."""
    advise = getattr(mm, "madvise", None)   # (None: nothing mapped)
    dontneed = getattr(mmap, "MADV_DONTNEED", None)
    if advise is None or dontneed is None or not len(mm):
        return
    try:
        advise(dontneed)
    except (OSError, ValueError):
        pass   # closed, or refused: the pages stay, nothing else changes


def _close(fds: dict[str, int]) -> None:
    for fd in fds.values():
        try:
            os.close(fd)
        except OSError:
            pass
    fds.clear()
