"""A filter with a small answer, from a cold process, without loading the caches.

``EventIndex`` (``index.py``) loads every column and builds posting sets of every
province, level and type before it answers: seconds and hundreds of megabytes at a
million events, for a command that prints a few hundred rows. :class:`FastIndex`
answers the filters a command line asks most (``--pair``, ``--province``, ``--type``,
``--level``, ``--person``, together or alone) from the same cache files, touching only what the
answer needs:

* ``columns.bin`` is memory-mapped, and only the parts a filter reads are looked at
  (each part's CRC-32 is in the layout, checked before the part is used);
* a province is looked up in the postings written with the columns (its ranks, one
  slice of the map); a level or a type is ``bytes.find`` of its code in the packed
  column (C speed, nothing decoded), then a bisect per hit to find its row;
* the string table is not read: ``rows.json`` names the codes of provinces, levels and
  types;
* the records printed are read by offset from ``events.jsonl``, each line checked
  against its CRC-32 (:class:`~.index.LazyRecords`).

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
import re
import zlib
from pathlib import Path
from typing import Any, Sequence

from .cache_files import CACHE_VERSION, STAMPED, manifest_stat, read_rows
from .records import LazyRecords

__all__ = ["FastIndex", "Unusable", "supports"]

_TRIES = 3


def supports(flt: Any) -> bool:
    """Whether :class:`FastIndex` answers ``flt`` (else: the full index): any filter but
    a free-text search, an article and the 2025 map. No filter at all takes the full path,
    which checks the store itself (a damaged segment is refused there, not passed over)."""
    return bool(flt.pair or flt.province or flt.type or flt.level or flt.person or flt.since or flt.until) \
        and not (flt.search or flt.article_id or flt.map)


class Unusable(Exception):
    """The caches changed while they were being opened or read, or lack what a filter
    needs: take the full path."""


class FastIndex:
    """Filters over a database's fresh caches; see the module docstring."""

    def __init__(self, folder: Path, rows: dict[str, Any], mm: mmap.mmap, events_fd: int) -> None:
        self.folder = folder
        self._names: dict[str, int] = rows["names"]  # the codes of provinces, levels and types
        self._layout: dict[str, list[Any]] = rows["layout"]
        self._mm = mm
        self._parts: dict[str, memoryview] = {}
        self._n = int(self._layout["dates"][3])
        self.events = LazyRecords(folder / "events.jsonl", self._ints("ev_off"), self._ints("ev_len"),
                                  crcs=self._ints("ev_crc"), fd=events_fd)

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
            if off + size > len(self._mm) or size != 8 * count:
                raise Unusable
            part = memoryview(self._mm)[off: off + size]
            if zlib.crc32(part) != crc:
                raise Unusable
            self._parts[name] = part
        return part

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
        return self._part(name).cast("q")

    def _code(self, s: str) -> int | None:
        return self._names.get(s)

    # -- filtering --------------------------------------------------------------------
    def _province_rows(self, value: str, at_least: int = 1) -> set[int]:
        """The rows with a party in province ``value`` (``at_least`` of them): its
        postings (``cache_files.postings``), read as they lie in the map."""
        code = self._code(value)
        if code is None:
            return set()
        start = self._ints("province_ranks.start")
        if code + 1 >= len(start):
            return set()
        ranks = self._ints("province_ranks.flat")[start[code]: start[code + 1]].tolist()
        if at_least <= 1:
            return set(ranks)
        counts: dict[int, int] = {}
        for r in ranks:
            counts[r] = counts.get(r, 0) + 1
        return {r for r, n in counts.items() if n >= at_least}

    def _person_rows(self, query: str) -> set[int]:
        """The rows of the events naming a person ``query`` stands for: from the people
        table (``people.py``, keyed by each event's offset in events.jsonl), as
        ``people.person_ranks`` finds them."""
        import numpy as np  # only for a person: the other filters stay without it

        from .people import _table_for_folder, _words, matching_persons

        off = np.frombuffer(self._part("ev_off"), dtype=np.int64)
        end = int((off + np.frombuffer(self._part("ev_len"), dtype=np.int64)).max()) if len(off) else 0
        needle = _words(query)
        if not needle.strip():
            return set()
        got = self._mapped_people(end)
        if got is None:  # missing, or behind events.jsonl: made or grown (and saved) as the views do
            table = _table_for_folder(self.folder, self.events._fd, end)
            wanted = matching_persons(table, query)
            keys_all, starts, pids = (np.frombuffer(a, dtype=t) for a, t in
                                      ((table.keys, np.int64), (table.starts, np.int64), (table.pids, np.int32)))
        else:
            keys_all, starts, pids, folds, ends = got
            found = [m.start() for m in re.finditer(re.escape(needle.encode("utf-8")), memoryview(folds))]
            wanted = np.unique(np.searchsorted(ends, np.asarray(found, dtype=np.int64))) if found else []
        if not len(wanted):
            return set()
        mark = np.zeros(max(int(pids.max()) if len(pids) else 0, int(np.max(wanted))) + 1, dtype=bool)
        mark[np.asarray(wanted, dtype=np.int64)] = True
        entries = np.flatnonzero(mark[pids])  # one gather, not a search per entry
        events = np.unique(np.searchsorted(starts, entries, side="right") - 1)
        return self._ranks_of_lines(events, keys_all[events], off)

    def _ranks_of_lines(self, rows: Any, keys: Any, off: Any) -> set[int]:
        """The ranks of the events whose lines in events.jsonl start at ``keys`` (the
        people table's ``rows``). A table row is an event's line number, as ``sidx`` is
        (``people_table.people_table`` takes it as a hint the same way): the ranks are
        found through it and checked against their offsets; where it does not hold,
        by comparing every offset."""
        import numpy as np

        sidx = np.frombuffer(self._part("sidx"), dtype=np.int64)
        if len(sidx) and len(rows) and int(sidx.min()) >= 0:
            rank_of = np.full(max(int(sidx.max()), int(rows.max())) + 1, -1, dtype=np.int64)
            rank_of[sidx] = np.arange(len(sidx), dtype=np.int64)
            cand = rank_of[rows]
            live = cand >= 0
            if bool((off[cand[live]] == keys[live]).all()):
                # a row without a rank is a line of a replaced article, unless its key is an
                # event's all the same (then the hint does not hold: compare every offset)
                dead = keys[~live]
                if not len(dead) or not bool(np.isin(dead, off).any()):
                    return set(cand[live].tolist())
        return set(np.flatnonzero(np.isin(off, keys)).tolist())

    def _mapped_people(self, end: int) -> Any:
        """The people table's keys, starts, person ids and folded names, memory-mapped
        (``people.PeopleTable.save`` wrote them), when it covers this events.jsonl."""
        import numpy as np

        from .people import VERSION

        try:
            head = read_rows(self.folder / "people.json")  # checked against its own CRC-32
            fd = os.open(self.folder / "people.bin", os.O_RDONLY)
        except (OSError, ValueError):
            return None
        try:
            n, m = int(head["n"]), int(head["m"])
            at = 8 * (2 * n + 1) + 8 * m
            size = os.fstat(fd).st_size
            if head.get("version") != VERSION or head.get("ino") != os.fstat(self.events._fd).st_ino \
                    or head.get("size") != end or size != at + int(head["names"]) + int(head["folds"]) or not size:
                return None
            mm = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
            parts, view = head.get("parts"), memoryview(mm)
            if isinstance(parts, dict) and isinstance(parts.get("numbers"), int) and isinstance(parts.get("folds"), int):
                # the parts read here (not the persons' names, a third of the file)
                whole = zlib.crc32(view[:at]) == parts["numbers"] \
                    and zlib.crc32(view[at + int(head["names"]):]) == parts["folds"]
            else:
                whole = zlib.crc32(view) == (head.get("crcs") or {}).get("people.bin")
            view.release()
            if not whole:
                return None  # damaged: made again from events.jsonl (``_table_for_folder``)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        finally:
            os.close(fd)
        keys = np.frombuffer(mm, dtype=np.int64, count=n)
        starts = np.frombuffer(mm, dtype=np.int64, count=n + 1, offset=8 * n)
        pids = np.frombuffer(mm, dtype=np.int32, count=m, offset=8 * (2 * n + 1))
        folds = np.frombuffer(mm, dtype=np.uint8, offset=at + int(head["names"]))
        ends = np.flatnonzero(folds == 10)  # where each folded name ends
        if len(ends) != int(head["persons"]) or (len(pids) and (int(pids.max()) >= len(ends) or int(pids.min()) < 0)):
            return None
        return keys, starts, pids, folds, ends

    def filter(self, flt: Any) -> Sequence[int]:
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
        if not sets:
            if flt.type:
                sets.append(self._scan("types", flt.type))
            elif flt.level:
                sets.append(self._scan("levels", flt.level))
            elif window is not None:
                return list(window)
            else:
                return range(self._n)
        smallest = min(sets, key=len)
        others = [s for s in sets if s is not smallest]
        ranks = sorted(smallest) if not others else sorted(r for r in smallest if all(r in s for s in others))
        if window is not None:
            ranks = [r for r in ranks if r in window]
        if flt.type:
            code = self._code(flt.type)
            types = self._ints("types")
            ranks = [r for r in ranks if types[r] == code]
        if flt.level:
            code = self._code(flt.level)
            start, flat = self._ints("levels.start"), self._ints("levels.flat")
            ranks = [r for r in ranks if code in flat[start[r]: start[r + 1]].tolist()]
        return ranks

    def _scan(self, name: str, value: str) -> list[int]:
        """The rows whose ``types`` (or ``levels``: lists) hold ``value``: one vectorised
        pass over the column (numpy: only for a scan, a large answer anyway)."""
        import numpy as np

        code = self._code(value)
        if code is None:
            return []
        if name == "types":
            return np.flatnonzero(np.frombuffer(self._part("types"), dtype=np.int64) == code).tolist()
        flat = np.frombuffer(self._part(name + ".flat"), dtype=np.int64)
        start = np.frombuffer(self._part(name + ".start"), dtype=np.int64)
        return np.unique(np.searchsorted(start, np.flatnonzero(flat == code), side="right") - 1).tolist()
