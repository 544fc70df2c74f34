"""The people table: for each event line of the caches, its people and their titles.

The people are not in the columns the timeline loads, and reading every event record
at a million events takes seconds, so a small table of its own is kept beside the
caches (:class:`PeopleTable`): for each event line (its number, ``sidx``: the order
the caches met the events in), the ids of its people and of their titles. It grows
with the caches (only the new lines are read, each by its rank: ``line_rank``; a line
of a replaced article has no event now and gets no people) and is made anew when they
were rebuilt (``events.jsonl``, replaced by a rebuild and only appended to by an
ingest, has another inode). It is derived, never the only copy of anything: deleting
it costs one pass over the events.

On disk it is columns, memory-mapped when opened (``people.bin``): keys, starts, person
ids, title ids (each 4 bytes a number: ``people_index.W``), then the persons ("name<TAB>province" lines) and their folded names,
then an index for a cold ``--person`` (``people_index``: where each folded name starts,
each person's rows, and the CRC-32 of each block of the file).
``people.json`` (the head, written last) holds their sizes, the titles, how much of
event lines are read, and CRC-32s: of the whole file (for ``hoptac check``) and of each
part. Opening checks the four number columns; the names are read and checked only when
first asked for (the first screen shows 300 people, not 600,000). A part that does not
match its checksum is never used: the table is made again from the events, in place,
and answers the same ids (they follow the order of the event lines).
"""

from __future__ import annotations

import mmap
import os
import zlib
from array import array
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from .cache_files import checked_json, read_rows
from .lineblob import DamagedBlob, LineBlob
from .people_index import INT, VERSION, block_table, index_parts, line_starts, sizes
from .people_lines import EventLines
from .people_names import event_people, folded_words, one_line
from .storage import atomic_write_bytes

__all__ = ["PeopleTable", "EventLines", "people_table", "table_for_folder", "VERSION", "FILES"]

# VERSION (people_index): the layout of people.bin (fastquery maps it too); 5: the index after the names
FILES = ("people.json", "people.bin")  # the head (with people.bin's CRC-32 and its own), the data
_I4 = np.dtype(INT)   # every number column (people_index.W bytes a number)
_PARTS = ("keys", "starts", "pids", "tids", "names", "folds")


class PeopleTable:
    """Event key → its people's ids and their titles' ids (ragged, keys ascending).

    Persons are (name, province); a loaded table keeps its columns mapped and its persons,
    and their folded names, as line blobs (:class:`LineBlob`), and makes Python lists of
    them only when it grows. ``remake``, when set, makes the table again from the events
    (a damaged part found after opening)."""

    def __init__(self) -> None:
        self._persons: list[tuple[str, str | None]] | None = []   # id → (name, province)
        self._folded: list[str] | None = []                         # id → " folded name "
        self._blobs: tuple[LineBlob, LineBlob] | None = None          # (name\tprovince, folded) when loaded
        self.titles: list[str] = []
        self._pid: dict[tuple[str, str | None], int] | None = {}   # made when first needed after a load
        self._tid: dict[str, int] | None = {}
        self.keys: Any = array("q")   # array("q") while growing; mapped numpy columns once loaded
        self.pids: Any = array("i")
        self.tids: Any = array("i")
        self.starts: Any = array("q", [0])
        self.size = 0   # event lines read so far
        self.ino = 0
        self.remake: Any = None

    # -- persons -------------------------------------------------------------------------
    @property
    def n_persons(self) -> int:
        return len(self._persons) if self._persons is not None else len(self._blobs[1])  # type: ignore[index]

    def _blob(self, which: int) -> LineBlob:
        """A name blob, checked when first read; a damaged one makes the table again."""
        blobs = self._blobs
        assert blobs is not None
        try:
            blobs[which]._ready()
        except DamagedBlob:
            if self.remake is None:
                raise
            self.remake(self)
            return self._blob(which) if self._blobs is not None else None  # type: ignore[return-value]
        return blobs[which]

    def person(self, i: int) -> tuple[str, str | None]:
        if self._persons is None:
            blob = self._blob(0)
            if blob is not None:
                name, _tab, prov = blob[i].partition("\t")
                return name, (prov or None)
        return self._persons[i]  # type: ignore[index]

    def folded(self, i: int) -> str:
        if self._folded is None:
            blob = self._blob(1)
            if blob is not None:
                return blob[i]
        return self._folded[i]  # type: ignore[index]

    def persons(self, ids: np.ndarray) -> list[tuple[str, str | None]]:
        """``person(i)`` for each of ``ids``."""
        if self._persons is None:
            blob = self._blob(0)
            if blob is not None:
                return [(name, prov or None) for name, _tab, prov in (x.partition("\t") for x in blob.many(ids))]
        return [self._persons[i] for i in ids.tolist()]  # type: ignore[index]

    def folds_ready(self) -> bool:
        """Are the folded names at hand (lists, or their blob read already)?"""
        return self._folded is not None or (self._blobs is not None and self._blobs[1].ready())

    def folds(self, ids: np.ndarray) -> list[str]:
        """``folded(i)`` for each of ``ids``."""
        if self._folded is None:
            blob = self._blob(1)
            if blob is not None:
                return blob.many(ids)
        return [self._folded[i] for i in ids.tolist()]  # type: ignore[index]

    def holding(self, needle: str) -> np.ndarray:
        """The ids of the persons whose folded name holds ``needle``."""
        if self._folded is None:
            blob = self._blob(1)
            if blob is not None:
                return blob.holding(needle)
        return np.array([i for i, f in enumerate(self._folded) if needle in f], dtype=np.int64)  # type: ignore[arg-type]

    def _lists(self) -> tuple[list[tuple[str, str | None]], list[str]]:
        """The persons as lists (to grow or to save)."""
        if self._persons is None or self._folded is None:
            names, folded = self._blob(0), self._blob(1)
            if names is not None:   # else: made again, as lists, meanwhile
                self._persons = []
                for line in names.all():
                    name, _tab, prov = line.partition("\t")
                    self._persons.append((name, prov or None))
                self._folded = folded.all()
                self._blobs = None
        return self._persons, self._folded  # type: ignore[return-value]

    # -- growing -------------------------------------------------------------------------
    def add(self, key: int, ev: dict[str, Any]) -> None:
        persons, folded = self._lists()
        if not isinstance(self.keys, array):   # mapped columns: copied to grow
            self.keys = array("q", self.keys.astype(np.int64).tobytes())
            self.starts = array("q", self.starts.astype(np.int64).tobytes())
            self.pids, self.tids = array("i", self.pids.tobytes()), array("i", self.tids.tobytes())
        if self._pid is None or self._tid is None:
            self._pid = {(p[0], p[1]): i for i, p in enumerate(persons)}
            self._tid = {s: i for i, s in enumerate(self.titles)}
        seen: set[tuple[str, str | None]] = set()
        for name, prov, title in event_people(ev):
            who = (one_line(name), prov)
            if who in seen:  # named twice in one event: once is enough
                continue
            seen.add(who)
            pid = self._pid.get(who)
            if pid is None:
                pid = self._pid[who] = len(persons)
                persons.append(who)
                folded.append(folded_words(name))
            tid = self._tid.get(title)
            if tid is None:
                tid = self._tid[title] = len(self.titles)
                self.titles.append(title)
            self.pids.append(pid)
            self.tids.append(tid)
        self.keys.append(key)
        self.starts.append(len(self.pids))

    def read_events(self, source: "EventLines", end: int) -> None:
        """Add the event lines from ``self.size`` up to line ``end`` (``source`` reads them)."""
        for line, ev in source(self.size, end):
            self.add(line, ev)
        self.size = end

    # -- keeping -------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """``people.bin``: the columns, then the persons' lines and their folded names;
        ``people.json`` (last): the sizes of those parts, the titles, how much of
        the event lines are read, people.bin's CRC-32 and each part's, with its own CRC-32
        in its head (``cache_files.checked_json``, as rows.json): a table that does not
        match is made again, never trusted."""
        persons, folded = self._lists()
        names = LineBlob.encode(f"{n}\t{p or ''}" for n, p in persons)
        folds = LineBlob.encode(folded)
        top = max(len(self.keys) + 1, len(self.pids), len(names) + len(folds), int(self.keys[-1]) + 1 if len(self.keys) else 0)
        if top >= 1 << 31:
            return   # beyond 4-byte numbers (people_index.W): kept in memory only, never written wrapped
        parts = [np.asarray(a, dtype=t).tobytes() for a, t in
                 ((self.keys, _I4), (self.starts, _I4), (self.pids, _I4), (self.tids, _I4))] + [names, folds]
        parts.append(index_parts(self.starts, self.pids, names, folds, len(persons)))
        body = b"".join(parts)
        table = block_table(body)
        data = body + table
        atomic_write_bytes(folder / "people.bin", data)
        head = {"version": VERSION, "size": self.size, "ino": self.ino, "n": len(self.keys),
                "m": len(self.pids), "persons": len(persons), "names": len(names), "folds": len(folds),
                "titles": self.titles, "crcs": {"people.bin": zlib.crc32(data)},
                "parts": {"numbers": zlib.crc32(b"".join(parts[:4])), "names": zlib.crc32(names),
                          "folds": zlib.crc32(folds)}, "index": {"blocks": zlib.crc32(table)}}
        atomic_write_bytes(folder / "people.json", checked_json(head))

    @classmethod
    def load(cls, folder: Path) -> "PeopleTable":
        """The table on disk, mapped: its number columns checked now, its names when
        first read. ValueError when it does not match its head or its checksums."""
        head = read_rows(folder / "people.json")  # ValueError: it does not match its checksum
        if head.get("version") != VERSION:
            raise ValueError("people table of another version")
        n, m, k = head["n"], head["m"], head["persons"]
        at = sizes(head)["names"]
        folds_end = at + head["names"] + head["folds"]
        with open(folder / "people.bin", "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size != sizes(head)["end"] or not isinstance(head.get("index"), dict):
                raise ValueError("people table does not match its header")
            mm: Any = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        parts = head.get("parts")
        view = memoryview(mm)
        if isinstance(parts, dict):
            crcs: list[int | None] = [parts.get("names"), parts.get("folds")]
            if zlib.crc32(view[:at]) != parts.get("numbers") or None in crcs:
                raise ValueError("people.bin does not match its checksum")
        else:   # a head without them: the whole file, now
            crcs = [None, None]
            if (head.get("crcs") or {}).get("people.bin") != zlib.crc32(view):
                raise ValueError("people.bin does not match its checksum")
        view.release()
        t = cls()
        t.titles = list(head["titles"])
        t._blobs = (LineBlob(mm, at, at + head["names"], crcs[0], k,
                             (lambda: line_starts(mm, head, "nstarts")) if size else None),
                    LineBlob(mm, at + head["names"], folds_end, crcs[1], k,
                             (lambda: line_starts(mm, head, "fstarts")) if size else None))
        t._persons = t._folded = None
        t._pid = t._tid = None
        buf = mm if size else np.zeros(8, np.uint8)
        part = sizes(head)
        t.keys = np.frombuffer(buf, dtype=_I4, count=n, offset=part["keys"])
        t.starts = np.frombuffer(buf, dtype=_I4, count=n + 1, offset=part["starts"])
        t.pids = np.frombuffer(buf, dtype=_I4, count=m, offset=part["pids"])
        t.tids = np.frombuffer(buf, dtype=_I4, count=m, offset=part["tids"])
        t.size, t.ino = head["size"], head["ino"]
        starts = t.starts
        if (int(starts[0]) != 0 or int(starts[-1]) != m or (n and bool((np.diff(starts) < 0).any()))
                or (m and (int(t.pids.max()) >= k or int(t.tids.max()) >= len(t.titles)
                           or int(t.pids.min()) < 0 or int(t.tids.min()) < 0))):
            raise ValueError("people table does not match its header")
        return t

    def take(self, other: "PeopleTable") -> None:
        """Become ``other`` (a table made again in place of this one)."""
        for name in ("_persons", "_folded", "_blobs", "titles", "_pid", "_tid", "keys", "pids", "tids", "starts",
                     "size", "ino"):
            setattr(self, name, getattr(other, name))

    # -- reading -------------------------------------------------------------------------
    def rows_of(self, keys: np.ndarray, hint: np.ndarray | None = None) -> np.ndarray:
        """The table's row of each key (-1: not in the table). ``hint``: a guess of the
        rows (each event's line number: the table has a row a line),
        taken when it holds, in one gather instead of a search."""
        own = np.asarray(self.keys, dtype=np.int64)
        if not len(keys):
            return np.zeros(0, dtype=np.int64)
        if not len(own):
            return np.full(len(keys), -1, dtype=np.int64)
        if hint is not None and len(hint) == len(keys):
            h = np.asarray(hint, dtype=np.int64)
            if int(h.min()) >= 0 and int(h.max()) < len(own) and bool((own[h] == keys).all()):
                return h
        if len(keys) > 4096:  # sorted needles: the bisects walk the keys in order (5x faster at 1M)
            order = np.argsort(keys, kind="stable")
            pos = np.empty(len(keys), dtype=np.int64)
            pos[order] = np.searchsorted(own, keys[order])
        else:
            pos = np.searchsorted(own, keys)
        pos = np.minimum(pos, len(own) - 1)
        return np.where(own[pos] == keys, pos, -1)

    def all_entries(self, keys: np.ndarray, hint: np.ndarray | None = None
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rank, person id, title id) of every entry whose event is one of ``keys``
        (``keys[rank]``), in the table's order."""
        starts = np.asarray(self.starts, dtype=np.int64)
        rows = self.rows_of(keys, hint)
        rank_of = np.full(len(starts) - 1, -1, dtype=np.int64)   # lines of replaced articles: no event now
        found = rows >= 0
        rank_of[rows[found]] = np.flatnonzero(found)
        ranks = np.repeat(rank_of, np.diff(starts))
        keep = ranks >= 0
        return (ranks[keep], np.asarray(self.pids, dtype=np.int32)[keep].astype(np.int64),
                np.asarray(self.tids, dtype=np.int32)[keep].astype(np.int64))

    def of_keys(self, keys: np.ndarray, hint: np.ndarray | None = None
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For events with ``keys``: (which of them each entry belongs to, person id,
        title id), flattened."""
        starts = np.asarray(self.starts, dtype=np.int64)
        rows = self.rows_of(keys, hint)
        ok = rows >= 0
        pos = np.where(ok, rows, 0)
        lens = np.where(ok, starts[pos + 1] - starts[pos], 0) if len(starts) > 1 else np.zeros(len(keys), np.int64)
        total = int(lens.sum())
        shift = np.repeat(starts[pos] - (np.cumsum(lens) - lens), lens) if len(starts) > 1 else np.zeros(0, np.int64)
        flat = np.arange(total, dtype=np.int64) + shift
        which = np.repeat(np.arange(len(keys), dtype=np.int64), lens)
        pids = np.asarray(self.pids, dtype=np.int32)[flat].astype(np.int64)
        tids = np.asarray(self.tids, dtype=np.int32)[flat].astype(np.int64)
        return which, pids, tids


def _table_for_memory(events: Sequence[dict[str, Any]]) -> PeopleTable:
    t = PeopleTable()
    for r in range(len(events)):
        t.add(r, events[r])
    return t


def people_table(index: Any) -> tuple[PeopleTable, np.ndarray, np.ndarray | None]:
    """The index's people table, each rank's key in it and a guess of its row (loaded,
    grown or made, and kept on the index)."""
    got = getattr(index, "_people", None)
    if got is not None:
        return got
    cols = index.cols
    if not len(cols.sidx):  # an index built in memory (or no event): keys are ranks
        table = _table_for_memory(index.events)
        keys = np.arange(len(index.events), dtype=np.int64)
        hint = keys
    else:
        # an event's line: its row in the table (the fast path's, read at the ranks asked: ``fastpeople``)
        keys = cols.sidx if getattr(cols.sidx, "rows_at", False) else np.asarray(cols.sidx, dtype=np.int64)
        hint = keys
        fd = getattr(index.events, "_fd", None)  # the events file the index was opened on (its inode)
        if fd is None:
            fd = os.open(cols.folder / "events.jsonl", os.O_RDONLY)
        table = table_for_folder(cols.folder, fd, len(cols.line_rank), source=EventLines(index.events, cols.line_rank))
    index._people = (table, keys, hint)
    return index._people


def table_for_folder(folder: Path, fd: int, end: int, damaged: bool = False,
                     source: EventLines | None = None) -> PeopleTable:
    """The table of ``folder`` covering the event lines up to ``end`` of the caches whose
    events.jsonl is open as ``fd`` (its inode says which build): loaded, grown by the
    lines it lacks (read by ``source``), or made (and then saved); made anew when the one
    on disk is known ``damaged`` (a block of its index did not match its CRC-32)."""
    ino = os.fstat(fd).st_ino
    try:
        if damaged:
            raise ValueError("damaged")
        table = PeopleTable.load(folder)
        if table.ino != ino or table.size > end:
            table = PeopleTable()  # the caches were rebuilt: start again
    except (OSError, ValueError, KeyError, TypeError):
        table = PeopleTable()
    if table.size < end:
        if source is None:
            raise ValueError("the people table lacks lines and nothing reads them")
        table.ino = ino
        table.read_events(source, end)
        try:
            table.save(folder)
        except OSError:
            pass  # a read-only folder: kept in memory only

    def remake(damaged: PeopleTable) -> None:
        fresh = PeopleTable()
        fresh.ino = ino
        if source is None:
            raise ValueError("the people table is damaged and nothing reads the events")
        fresh.read_events(source, end)
        try:
            fresh.save(folder)
        except OSError:
            pass
        damaged.take(fresh)
        damaged.remake = None

    table.remake = remake
    return table
