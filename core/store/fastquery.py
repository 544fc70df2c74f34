"""A filter with a small answer, from a cold process, without loading the caches.

``EventIndex`` (``index.py``) loads every column and builds posting sets of every
province, level and type before it answers: seconds and hundreds of megabytes at a
million events, for a command that prints a few hundred rows. :class:`FastIndex`
answers the filters a command line asks most (``--pair``, ``--province``, ``--type``,
``--level``, ``--person``, together or alone) from the same cache files, touching only what the
answer needs:

* ``columns.bin`` is memory-mapped, and only the parts a filter reads are looked at:
  a part read whole is checked against its CRC-32 in the layout first; a part read
  at a few rows (a province's postings, a type looked up row by row) is checked a
  block at a time (``colfile.BLOCK``), only the blocks read (:meth:`FastIndex.rows`);
* a province is looked up in the postings written with the columns (its ranks, one
  slice of the map); a level or a type is then looked up row by row (alone: one
  numpy pass over its column);
* where each record lies (``ev_off``, ``ev_len``, ``ev_crc``) is not checked apart:
  each line read is checked against its CRC-32, which a damaged offset, length or
  checksum fails as surely as a damaged line (then the command takes the full path);
* the string table is not read: ``rows.json`` names the codes of provinces, levels and
  types;
* the records printed are read by offset where they lie (their segment, or
  ``events.jsonl`` for a corrected event), each checked against its CRC-32
  (:class:`~.records.LazyRecords`).

It never builds or repairs anything and never parses the manifest: :meth:`FastIndex.open`
returns None — and the caller takes the full path (``Library.open``), which rebuilds
stale caches and verifies them whole — unless the caches are fresh by their stamp (the
manifest file is the one they were written for: same inode, size and time, see
``cache_files.manifest_stat``) and every file matches its recorded size. The data files are
opened before ``rows.json`` is read and the parts are checked against its CRC-32s, so a
rebuild that replaces the files under a running command is seen (then it tries again),
never read half-old, half-new; files it holds open stay whole whatever replaces them.
"""

from __future__ import annotations

import mmap
import os
import sys
import zlib
from pathlib import Path
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any, Iterable, Sequence

from .cache_files import CACHE_VERSION, STAMPED, manifest_stat, read_rows
from .colfile import BLOCK, BLOCKS
from .colfile import code as int_code
from .records import LazyRecords, SegmentFiles

__all__ = ["FastIndex", "Unusable", "equal_rows", "supports", "unfiltered"]

_TRIES = 3
SMALL = 1 << 18  # a type scanned without numpy up to this many events (``_scan``)


def supports(flt: Any) -> bool:
    """Whether :class:`FastIndex` answers ``flt`` (else: the full index): any filter but
    a free-text search, an article and the 2025 map. No filter at all takes the full path,
    which checks the store itself (a damaged segment is refused there, not passed over)."""
    return bool(flt.pair or flt.province or flt.type or flt.level or flt.person or flt.since or flt.until) \
        and not (flt.search or flt.article_id or flt.map)


def unfiltered(flt: Any) -> bool:
    """Whether ``flt`` admits every event: :meth:`FastIndex.everything` answers it."""
    return not (supports(flt) or flt.search or flt.article_id or flt.map)


class Unusable(Exception):
    """The caches changed while they were being opened or read, or lack what a filter
    needs: take the full path."""


class FastIndex:
    """Filters over a database's fresh caches; see the module docstring."""

    def __init__(self, folder: Path, rows: dict[str, Any], mm: mmap.mmap, events_fd: int) -> None:
        self.folder = folder
        self.events_size = int(rows["stamp"]["sizes"]["events.jsonl"])  # what the caches were written with
        self._manifest = rows["stamp"]["manifest"]  # the manifest file they were written for
        self._names: dict[str, int] = rows["names"]  # the codes of provinces, levels and types
        self._layout: dict[str, list[Any]] = rows["layout"]
        self._mm = mm
        self._parts: dict[str, memoryview] = {}
        self._good: dict[str, set[int]] = {}  # the blocks of a part checked so far
        self._n = int(self._layout["dates"][3])
        self.asked: Sequence[int] | None = None  # the last answer of :meth:`filter`
        # not checked apart: each line read is checked against its CRC-32 (module docstring)
        self.events = LazyRecords(folder / "events.jsonl", self.unchecked("ev_off"), self.unchecked("ev_len"),
                                  crcs=self.unchecked("ev_crc"), fd=events_fd,
                                  segments=SegmentFiles(folder, rows.get("segments") or [], mapped=True))

    @classmethod
    def open(cls, db_path: str | Path) -> "FastIndex | None":
        """The caches of the database at ``db_path`` when they are fresh and whole; None
        when anything is missing, stale, damaged or from another version."""
        path = Path(db_path)
        try:
            if path.is_symlink():
                from .safepath import real_path

                path = real_path(path)
            folder = path.with_name(path.name + ".d")
            for _ in range(_TRIES):
                try:
                    return cls._open(folder)
                except Unusable:
                    continue
        except (OSError, ValueError, KeyError, TypeError, IndexError, Unusable):
            return None
        return None

    @classmethod
    def _open(cls, folder: Path) -> "FastIndex | None":
        # the data files first, rows.json last: rows.json is written last, so files older
        # than it are caught by their sizes and checksums below
        cfd = os.open(folder / "columns.bin", os.O_RDONLY)
        efd = -1
        try:
            efd = os.open(folder / "events.jsonl", os.O_RDONLY)
            rows = read_rows(folder / "rows.json")
            stamp = rows.get("stamp") or {}
            if stamp.get("version") != CACHE_VERSION or not stamp.get("manifest") \
                    or stamp["manifest"] != manifest_stat(folder):
                raise ValueError("stale")
            sizes = stamp["sizes"]
            if set(sizes) != set(STAMPED):
                raise ValueError("stale")
            if os.fstat(cfd).st_size != sizes["columns.bin"] or os.fstat(efd).st_size < sizes["events.jsonl"]:
                raise Unusable
            mm = mmap.mmap(cfd, 0, access=mmap.ACCESS_READ) if sizes["columns.bin"] else mmap.mmap(-1, 1)
            index = cls(folder, rows, mm, efd)
        except BaseException:
            if efd >= 0:
                os.close(efd)
            raise
        finally:
            os.close(cfd)  # the map keeps the file
        return index

    def close(self) -> None:
        self.events.close()

    def __len__(self) -> int:
        return self._n

    # -- parts of columns.bin ---------------------------------------------------------
    def _part(self, name: str) -> memoryview:
        part = self._parts.get(name)
        if part is None:
            entry = self._layout[name]
            if entry[0] != "int" or len(entry) < 5:
                raise Unusable(f"no checksum for {name}")
            off, size, count, crc = entry[1], entry[2], entry[3], entry[4]
            if off + size > len(self._mm) or int_code(entry) is None:
                raise Unusable
            part = memoryview(self._mm)[off: off + size]
            if zlib.crc32(part) != crc:
                raise Unusable
            self._parts[name] = part
        return part

    def unchecked(self, name: str) -> Sequence[int]:
        """A whole-number part as it lies in the map, not checked (see :meth:`rows`)."""
        entry = self._layout[name]
        if entry[0] != "int" or len(entry) < 5:
            raise Unusable(f"no checksum for {name}")
        off, size, typecode = entry[1], entry[2], int_code(entry)
        if off + size > len(self._mm) or typecode is None:
            raise Unusable
        return memoryview(self._mm)[off: off + size].cast(typecode)

    def rows(self, name: str, lo: int, hi: int) -> Sequence[int]:
        """Items ``lo:hi`` of a whole-number part, the blocks holding them checked against
        the part's table of block CRC-32s (``colfile``; the part whole when it has none)."""
        if name in self._parts:
            return self._ints(name)[lo:hi]
        part = self.unchecked(name)
        if hi > lo:
            per = self._per(name)
            self.check_items(name, range(lo // per, (hi - 1) // per + 1), blocks=True)
        return part[lo:hi]

    def check_items(self, name: str, items: Iterable[int], blocks: bool = False) -> None:
        """Check the blocks of part ``name`` that hold ``items`` (or are ``blocks``)."""
        if name in self._parts:
            return
        table_name = name + BLOCKS
        if table_name not in self._layout:
            self._part(name)  # small: checked whole
            return
        table = self._ints(table_name)
        good = self._good.setdefault(name, set())
        entry = self._layout[name]
        base, size = entry[1], entry[2]
        mm, crc32 = self._mm, zlib.crc32
        per = self._per(name)
        for b in (items if blocks else {i // per for i in items}):
            if b in good:
                continue
            lo = b * BLOCK
            if lo >= size or b < 0 or crc32(mm[base + lo: base + min(lo + BLOCK, size)]) != table[b]:
                raise Unusable(f"{name} does not match its checksum")
            good.add(b)

    def text_part(self, name: str) -> memoryview:
        """A text column (lines joined by new lines), checked against its CRC-32."""
        entry = self._layout[name]
        if entry[0] != "text" or len(entry) < 5:
            raise Unusable(f"no checksum for {name}")
        off, size, crc = entry[1], entry[2], entry[4]
        if off + size > len(self._mm):
            raise Unusable
        part = memoryview(self._mm)[off: off + size]
        if zlib.crc32(part) != crc:
            raise Unusable
        return part

    def _ints(self, name: str) -> Sequence[int]:
        return self._part(name).cast(int_code(self._layout[name]) or "q")

    def _per(self, name: str) -> int:
        """Whole numbers of part ``name`` in a block of :data:`BLOCK` bytes (each part is
        stored at its own width: ``colfile.code``)."""
        return BLOCK // max(1, int(self._layout[name][2]) // max(1, int(self._layout[name][3])))

    def array(self, name: str) -> Any:
        """A whole-number part checked whole, as numpy int64 (widened when stored
        narrower: readers compute with it)."""
        import numpy as np

        got = np.frombuffer(self._part(name), dtype="<" + (int_code(self._layout[name]) or "q"))
        return got if got.dtype == np.int64 else got.astype(np.int64)

    def _code(self, s: str) -> int | None:
        return self._names.get(s)

    # -- filtering --------------------------------------------------------------------
    def everything(self) -> range:
        """Every rank, once the store is found whole as the full path finds it (the
        manifest's checksum, its segments present with their sizes: ``fastwhole``): an
        answer of every event must refuse a damaged store, not pass it over."""
        from .fastwhole import store_whole

        if not store_whole(self.folder, self._manifest):
            raise Unusable("the store needs the full path's check")
        return range(self._n)

    def _province_rows(self, value: str, at_least: int = 1) -> set[int]:
        """The rows with a party in province ``value`` (``at_least`` of them): its
        postings (``cache_files.postings``), read as they lie in the map; a region the gazetteer
        renamed, under its former names too (``place_keys.former_names``)."""
        from ..place_keys import former_names

        ranks: list[int] = []
        for name in (value, *former_names(value)):
            code = self._code(name)
            if code is None or code + 1 >= self._layout["province_ranks.start"][3]:
                continue
            lo, hi = self.rows("province_ranks.start", code, code + 2)
            ranks += self.rows("province_ranks.flat", lo, hi).tolist()
        if at_least <= 1:
            return set(ranks)
        counts: dict[int, int] = {}
        for r in ranks:
            counts[r] = counts.get(r, 0) + 1
        return {r for r, n in counts.items() if n >= at_least}

    def _person_rows(self, query: str) -> set[int]:
        """The rows of the events naming a person ``query`` stands for (``fastperson``)."""
        from .fastperson import person_rows

        return person_rows(self, query)

    def filter(self, flt: Any) -> Sequence[int]:
        """:meth:`_filter`, the answer kept as ``asked`` (what a view over these caches
        will read: ``fastpeople`` checks those rows' blocks when it is made)."""
        self.asked = self._filter(flt)
        return self.asked

    def _filter(self, flt: Any) -> Sequence[int]:
        """The ranks of the events ``flt`` admits, ascending: the same as
        ``EventIndex.filter`` for every filter :func:`supports` accepts. The postings of
        a pair, a province or a person give the candidates; a type or a level is then
        looked up row by row in its column (or, alone, found by a scan of it); dates
        are a window of ranks (:mod:`.fastdates`)."""
        if not supports(flt):
            raise Unusable("this filter needs the full index")
        sets: list[Any] = []  # sets of candidates (a scan's list when alone)
        if flt.pair:
            a, b = flt.pair
            if a == b:
                sets.append(self._province_rows(a, 2))
            else:
                sets += [self._province_rows(a), self._province_rows(b)]
        if flt.province:
            sets.append(self._province_rows(flt.province))
        if flt.person:
            sets.append(self._person_rows(flt.person))
        window = None
        if flt.since or flt.until:
            from .fastdates import date_window

            window = date_window(self, flt.since, flt.until)
        scanned = None  # the column a scan found the candidates by: not looked up again
        if not sets:
            if flt.type:
                sets.append(self._scan("types", flt.type))
                scanned = "types"
            elif flt.level:
                sets.append(self._scan("levels", flt.level))
                scanned = "levels"
            elif window is not None:
                return list(window)
            else:
                return range(self._n)
        smallest = min(sets, key=len)
        others = [s for s in sets if s is not smallest]
        if scanned:
            ranks = smallest  # ascending already
        else:
            ranks = sorted(smallest) if not others else sorted(r for r in smallest if all(r in s for s in others))
        if window is not None:
            ranks = [r for r in ranks if r in window]
        if flt.type and scanned != "types":
            code = self._code(flt.type)
            types = self._looked_up("types", ranks)
            ranks = [r for r in ranks if types[r] == code]
        if flt.level and scanned != "levels":
            code = self._code(flt.level)
            start = self._looked_up("levels.start", ranks, 1)
            flat = self.unchecked("levels.flat")
            self.check_items("levels.flat", (i for r in ranks for i in range(start[r], start[r + 1])))
            ranks = [r for r in ranks if code in flat[start[r]: start[r + 1]].tolist()]
        return ranks

    def _looked_up(self, name: str, ranks: Sequence[int], extra: int = 0) -> Sequence[int]:
        """Part ``name`` to be read at ``ranks`` (and ``extra`` rows after each): the
        blocks holding them checked, or the whole part when they are most of it."""
        if len(ranks) * 4 > self._layout[name][3] // self._per(name):
            return self._ints(name)
        self.check_items(name, (r + k for r in ranks for k in range(extra + 1)))
        return self.unchecked(name)

    def _scan(self, name: str, value: str) -> list[int]:
        """The rows whose ``types`` (or ``levels``: lists) hold ``value``: one vectorised
        pass over the column (numpy: only for a scan, a large answer anyway). Types over
        at most :data:`SMALL` rows, numpy not imported yet, are scanned without it
        (:func:`equal_rows`): its import costs a cold command more than the scan (about
        300 million instructions), and an answer of fewer than ``records.LONG`` lines is
        then read without it too."""
        code = self._code(value)
        if code is None:
            return []
        if name == "types" and self._n <= SMALL and "numpy" not in sys.modules:
            entry = self._layout["types"]   # (stored at 1 to 8 bytes a row: ``colfile.code``)
            return equal_rows(self._part("types"), code, int(entry[2]) // max(1, int(entry[3])) or 8)
        import numpy as np

        if name == "types":
            return np.flatnonzero(self.array("types") == code).tolist()
        flat = self.array(name + ".flat")
        start = self.array(name + ".start")
        return np.unique(np.searchsorted(start, np.flatnonzero(flat == code), side="right") - 1).tolist()


def equal_rows(part: memoryview, code: int, width: int = 8) -> list[int]:
    """The rows of a column of whole numbers (``part``: its bytes, ``width`` a row, as
    ``colfile`` stores them: signed, little-endian) that equal ``code``, without numpy and
    without a Python step a row: each of the ``width`` byte positions taken apart
    (``bytes[j::width]``), those that are not ``code``'s byte everywhere turned into a
    mask of ones and zeros (``translate``), the masks ANDed as whole numbers, the rows
    picked by ``itertools.compress`` (100,000 rows: about a fifth of the instructions of
    comparing them one by one)."""
    from itertools import compress

    data = part.tobytes()
    n = len(data) // width
    try:
        want = code.to_bytes(width, "little", signed=True)
    except OverflowError:
        return []  # wider than the column: no row holds it
    mask = -1
    for j in range(width):
        column = data[j::width]
        b = want[j]
        if column.count(b) == n:
            continue  # this byte is code's in every row
        ones = bytes(256).replace(b"\0", b"\1", 1) if b == 0 else bytes(b) + b"\1" + bytes(255 - b)
        mask &= int.from_bytes(column.translate(ones), "little")
    if mask == -1:
        return list(range(n))
    return list(compress(range(n), mask.to_bytes(n, "little")))
