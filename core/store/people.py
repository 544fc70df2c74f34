"""The people named in events: who, for which province, with which titles, when.

A person is a name and a province: "Đặng Xuân Phong" of Lào Cai is one person, the same
name in another province another (names are compared folded: no accents, no case).
The province is read from the person's title as the article wrote it ("Bí thư Tỉnh ủy
Lào Cai", "Chủ tịch UBND huyện Tân Uyên"): the one party of the event the title names;
when it names none, or more than one, the province is unknown (``None``), never guessed.

The people are not in the columns the timeline loads, and reading every event record
at a million events takes seconds, so a small table of its own is kept beside the
caches (:class:`PeopleTable`): for each event line of ``events.jsonl`` (by its offset),
the ids of its people and of their titles. It grows with ``events.jsonl`` (only the new
lines are read) and is made anew when that file was rebuilt. It is derived, never the
only copy of anything: deleting it costs one pass over the events.
"""

from __future__ import annotations

import functools
import os
import re
import zlib
from array import array
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
import orjson

from ..text import fold_query
from .cache_files import checked_json, read_rows
from .storage import atomic_write_bytes

__all__ = ["PeopleTable", "person_province", "event_people", "people_table", "name_matches", "FILES"]

VERSION = 4
FILES = ("people.json", "people.bin")  # the head (with people.bin's CRC-32 and its own), the data
_I8, _I4 = np.dtype("<i8"), np.dtype("<i4")


def person_province(title: str, parties: Iterable[dict[str, Any]]) -> str | None:
    """The province of the one party of the event the ``title`` names, else None."""
    folded = _words(title)
    found = set()
    for p in parties:
        prov = p.get("province") or ""
        for name in {p.get("name") or "", prov}:
            if name and _words(name) in folded:
                found.add(prov)
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=1 << 16)  # titles and place names repeat: folded once each
def _words(text: str) -> str:
    """' folded words ' of ``text``, one space around each (the search lines' form)."""
    return " " + " ".join(_WORD.findall(fold_query(text))) + " "


_WORD = re.compile(r"[^\W_]+")


def event_people(ev: dict[str, Any]) -> list[tuple[str, str | None, str]]:
    """``(name, province or None, title)`` for each person named in the event."""
    parties = ev.get("parties") or ()
    out = []
    for p in ev.get("people") or ():
        name = (p.get("name") or "").strip()
        if name:
            title = (p.get("title") or "").strip()
            out.append((name, person_province(title, parties), title))
    return out


def name_matches(query: str, name: str) -> bool:
    """Does a typed name (accents optional) stand for ``name``: its syllables, adjacent
    ("xuan phong" is in "Đặng Xuân Phong"; "phong xuan" is not)."""
    needle = _words(query)
    return bool(needle.strip()) and needle in _words(name)


class _Lines:
    """Strings kept as one UTF-8 blob, one a line: a million of them load in milliseconds,
    with no Python object each until one is asked for."""

    def __init__(self, blob: bytes) -> None:
        self.blob = blob
        self.ends = np.flatnonzero(np.frombuffer(blob, dtype=np.uint8) == 10)
        self.starts = np.concatenate(([0], self.ends[:-1] + 1)).astype(np.int64)

    @staticmethod
    def encode(items: Iterable[str]) -> bytes:
        return b"".join(x.replace("\n", " ").encode("utf-8") + b"\n" for x in items)

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: int) -> str:
        return self.blob[int(self.starts[i]): int(self.ends[i])].decode("utf-8")

    def all(self) -> list[str]:
        return self.blob.decode("utf-8").split("\n")[:-1] if self.blob else []

    def holding(self, needle: str) -> np.ndarray:
        """The lines that hold ``needle`` (no line break in it)."""
        found = [m.start() for m in re.finditer(re.escape(needle.encode("utf-8")), self.blob)]
        return np.unique(np.searchsorted(self.ends, np.asarray(found, dtype=np.int64))) if found \
            else np.zeros(0, dtype=np.int64)


def _one_line(text: str) -> str:
    return text.replace("\n", " ").replace("\t", " ")


class PeopleTable:
    """Event key → its people's ids and their titles' ids (ragged, keys ascending).

    Persons are (name, province); a loaded table keeps them, and their folded names, as
    line blobs (:class:`_Lines`) and makes lists of them only when it grows."""

    def __init__(self) -> None:
        self._persons: list[tuple[str, str | None]] | None = []   # id → (name, province)
        self._folded: list[str] | None = []                         # id → " folded name "
        self._blobs: tuple[_Lines, _Lines] | None = None            # (name\tprovince, folded) when loaded
        self.titles: list[str] = []
        self._pid: dict[tuple[str, str | None], int] | None = {}   # made when first needed after a load
        self._tid: dict[str, int] | None = {}
        self.keys, self.pids, self.tids = array("q"), array("i"), array("i")
        self.starts = array("q", [0])
        self.size = 0   # bytes of events.jsonl read so far
        self.ino = 0

    # -- persons -------------------------------------------------------------------------
    @property
    def n_persons(self) -> int:
        return len(self._persons) if self._persons is not None else len(self._blobs[1])  # type: ignore[index]

    def person(self, i: int) -> tuple[str, str | None]:
        if self._persons is not None:
            return self._persons[i]
        name, _tab, prov = self._blobs[0][i].partition("\t")  # type: ignore[index]
        return name, (prov or None)

    def folded(self, i: int) -> str:
        return self._folded[i] if self._folded is not None else self._blobs[1][i]  # type: ignore[index]

    def holding(self, needle: str) -> np.ndarray:
        """The ids of the persons whose folded name holds ``needle``."""
        if self._folded is None:
            return self._blobs[1].holding(needle)  # type: ignore[index]
        return np.array([i for i, f in enumerate(self._folded) if needle in f], dtype=np.int64)

    def _lists(self) -> tuple[list[tuple[str, str | None]], list[str]]:
        """The persons as lists (to grow or to save)."""
        if self._persons is None or self._folded is None:
            names, folded = self._blobs  # type: ignore[misc]
            self._persons = []
            for line in names.all():
                name, _tab, prov = line.partition("\t")
                self._persons.append((name, prov or None))
            self._folded = folded.all()
            self._blobs = None
        return self._persons, self._folded

    # -- growing -------------------------------------------------------------------------
    def add(self, key: int, ev: dict[str, Any]) -> None:
        persons, folded = self._lists()
        if self._pid is None or self._tid is None:
            self._pid = {(p[0], p[1]): i for i, p in enumerate(persons)}
            self._tid = {s: i for i, s in enumerate(self.titles)}
        seen: set[tuple[str, str | None]] = set()
        for name, prov, title in event_people(ev):
            who = (_one_line(name), prov)
            if who in seen:  # named twice in one event: once is enough
                continue
            seen.add(who)
            pid = self._pid.get(who)
            if pid is None:
                pid = self._pid[who] = len(persons)
                persons.append(who)
                folded.append(_words(name))
            tid = self._tid.get(title)
            if tid is None:
                tid = self._tid[title] = len(self.titles)
                self.titles.append(title)
            self.pids.append(pid)
            self.tids.append(tid)
        self.keys.append(key)
        self.starts.append(len(self.pids))

    def read_lines(self, fd: int, end: int, step: int = 16 << 20) -> None:
        """Add the events of the file ``fd`` from ``self.size`` up to byte ``end``."""
        pos, rest = self.size, b""
        while pos < end:
            chunk = os.pread(fd, min(step, end - pos), pos)
            if not chunk:
                break
            pos += len(chunk)
            lines = (rest + chunk).split(b"\n")
            rest = lines.pop()
            at = pos - len(rest) - sum(len(x) + 1 for x in lines)
            for line in lines:
                if line.strip():
                    self.add(at, orjson.loads(line))
                at += len(line) + 1
        if rest.strip():
            self.add(pos - len(rest), orjson.loads(rest))
        self.size = pos

    # -- keeping -------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """``people.bin``: keys, starts, person ids, title ids, then the persons'
        "name<TAB>province" lines and their folded names' lines; ``people.json`` (last):
        the sizes of those parts, the titles, how much of events.jsonl is read and
        people.bin's CRC-32, with its own CRC-32 in its head (``cache_files.checked_json``,
        as rows.json): a table that does not match is made again, never trusted."""
        persons, folded = self._lists()
        names = _Lines.encode(f"{n}\t{p or ''}" for n, p in persons)
        folds = _Lines.encode(folded)
        arrays = [np.frombuffer(a, dtype=t).astype(t) for a, t in
                  ((self.keys, _I8), (self.starts, _I8), (self.pids, _I4), (self.tids, _I4))]
        data = b"".join([*(a.tobytes() for a in arrays), names, folds])
        atomic_write_bytes(folder / "people.bin", data)
        head = {"version": VERSION, "size": self.size, "ino": self.ino, "n": len(self.keys),
                "m": len(self.pids), "persons": len(persons), "names": len(names), "folds": len(folds),
                "titles": self.titles, "crcs": {"people.bin": zlib.crc32(data)}}
        atomic_write_bytes(folder / "people.json", checked_json(head))

    @classmethod
    def load(cls, folder: Path) -> "PeopleTable":
        head = read_rows(folder / "people.json")  # ValueError: it does not match its checksum
        raw = (folder / "people.bin").read_bytes()  # read whole anyway: its checksum costs little
        if head.get("version") != VERSION or (head.get("crcs") or {}).get("people.bin") != zlib.crc32(raw):
            raise ValueError("people.bin does not match its checksum")
        n, m, k = head["n"], head["m"], head["persons"]
        at = 8 * (2 * n + 1) + 8 * m
        if len(raw) != at + head["names"] + head["folds"]:
            raise ValueError("people table does not match its header")
        t = cls()
        t.titles = list(head["titles"])
        t._blobs = (_Lines(raw[at: at + head["names"]]), _Lines(raw[at + head["names"]:]))
        t._persons = t._folded = None
        t._pid = t._tid = None
        t.keys = array("q", raw[: 8 * n])
        t.starts = array("q", raw[8 * n: 8 * (2 * n + 1)])
        t.pids = array("i", raw[8 * (2 * n + 1): 8 * (2 * n + 1) + 4 * m])
        t.tids = array("i", raw[8 * (2 * n + 1) + 4 * m: at])
        t.size, t.ino = head["size"], head["ino"]
        pids, tids = np.frombuffer(t.pids, dtype=np.int32), np.frombuffer(t.tids, dtype=np.int32)
        if (len(t.starts) != n + 1 or len(t._blobs[0]) != k or len(t._blobs[1]) != k
                or (m and (int(pids.max()) >= k or int(tids.max()) >= len(t.titles)
                           or int(pids.min()) < 0 or int(tids.min()) < 0))):
            raise ValueError("people table does not match its header")
        return t

    # -- reading -------------------------------------------------------------------------
    def all_entries(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rank, person id, title id) of every entry whose event is one of ``keys``
        (``keys[rank]``), in the table's order: each table key's rank found by one
        sorted bisect, no per-entry gather."""
        own = np.frombuffer(self.keys, dtype=np.int64)
        starts = np.frombuffer(self.starts, dtype=np.int64)
        pids = np.frombuffer(self.pids, dtype=np.int32)
        tids = np.frombuffer(self.tids, dtype=np.int32)
        if not len(own) or not len(keys):
            z = np.zeros(0, dtype=np.int64)
            return z, z, z
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        pos = np.minimum(np.searchsorted(ordered, own), len(ordered) - 1)
        live = ordered[pos] == own                  # lines of replaced articles are not events now
        rank_of = np.where(live, order[pos], -1)
        lens = np.diff(starts)
        ranks = np.repeat(rank_of, lens)
        keep = ranks >= 0
        return ranks[keep], pids[keep], tids[keep]

    def of_keys(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For events with ``keys``: (which of them each entry belongs to, person id,
        title id), flattened."""
        own = np.frombuffer(self.keys, dtype=np.int64)
        starts = np.frombuffer(self.starts, dtype=np.int64)
        if not len(own):
            z = np.zeros(0, dtype=np.int64)
            return z, z, z
        if len(keys) > 4096:  # sorted needles: the bisects walk the keys in order (5x faster at 1M)
            order = np.argsort(keys, kind="stable")
            pos = np.empty(len(keys), dtype=np.int64)
            pos[order] = np.searchsorted(own, keys[order])
            pos = np.minimum(pos, len(own) - 1)
        else:
            pos = np.minimum(np.searchsorted(own, keys), len(own) - 1)
        ok = own[pos] == keys
        pos = np.where(ok, pos, 0)
        lens = np.where(ok, starts[pos + 1] - starts[pos], 0)
        total = int(lens.sum())
        begin = starts[pos]
        shift = np.repeat(begin - (np.cumsum(lens) - lens), lens)
        flat = np.arange(total, dtype=np.int64) + shift
        which = np.repeat(np.arange(len(keys), dtype=np.int64), lens)
        pids = np.frombuffer(self.pids, dtype=np.int32)[flat].astype(np.int64)
        tids = np.frombuffer(self.tids, dtype=np.int32)[flat].astype(np.int64)
        return which, pids, tids


def _table_for_memory(events: Sequence[dict[str, Any]]) -> PeopleTable:
    t = PeopleTable()
    for r in range(len(events)):
        t.add(r, events[r])
    return t


def people_table(index: Any) -> tuple[PeopleTable, np.ndarray]:
    """The index's people table and each rank's key in it (loaded, grown or made, and
    kept on the index)."""
    got = getattr(index, "_people", None)
    if got is not None:
        return got
    cols = index.cols
    if not len(cols.ev_off):  # an index built in memory: keys are ranks
        table = _table_for_memory(index.events)
        keys = np.arange(len(index.events), dtype=np.int64)
    else:
        keys = np.asarray(cols.ev_off, dtype=np.int64)
        end = int((keys + np.asarray(cols.ev_len, dtype=np.int64)).max()) if len(keys) else 0
        fd = getattr(index.events, "_fd", None)  # the events file the index was opened on
        if fd is None:
            fd = os.open(cols.folder / "events.jsonl", os.O_RDONLY)
        table = _table_for_folder(cols.folder, fd, end)
    index._people = (table, keys)
    return table, keys


def _table_for_folder(folder: Path, fd: int, end: int) -> PeopleTable:
    ino = os.fstat(fd).st_ino
    try:
        table = PeopleTable.load(folder)
        if table.ino != ino or table.size > end:
            table = PeopleTable()  # events.jsonl was rebuilt: start again
    except (OSError, ValueError, KeyError, TypeError):
        table = PeopleTable()
    if table.size < end:
        table.ino = ino
        table.read_lines(fd, end)
        try:
            table.save(folder)
        except OSError:
            pass  # a read-only folder: kept in memory only
    return table


def _entries(index: Any, ranks: Sequence[int] | None) -> tuple[PeopleTable, np.ndarray, np.ndarray, np.ndarray]:
    """(table, rank, person id, title id) of every person named in the events ``ranks``
    (None: all), one entry per person and event."""
    table, keys = people_table(index)
    if ranks is None or len(ranks) == len(keys):  # every event: gathered once, kept on the index
        cached = getattr(index, "_people_all", None)
        if cached is None:
            cached = index._people_all = table.all_entries(keys)
        return (table, *cached)
    r = np.asarray(ranks, dtype=np.int64)
    which, pids, tids = table.of_keys(keys[r]) if len(r) else (np.zeros(0, np.int64),) * 3
    return table, r[which], pids, tids




def matching_persons(table: PeopleTable, query: str) -> np.ndarray:
    """The ids of the persons whose name ``query`` stands for (``name_matches``)."""
    needle = _words(query)
    if not needle.strip():
        return np.zeros(0, dtype=np.int64)
    return table.holding(needle)


def person_ranks(index: Any, query: str) -> set[int]:
    """The ranks of the events that name a person ``query`` stands for."""
    table, ranks, pids, _tids = _entries(index, None)
    wanted = matching_persons(table, query)
    return set(np.unique(ranks[np.isin(pids, wanted)]).tolist())


def people_of(index: Any, ranks: Sequence[int], query: str = "", limit: int | None = None) -> list[dict[str, Any]]:
    """Everyone named in the events ``ranks`` (or only those ``query`` names), most
    events first: name, province (None: unknown), events, first and last date (None
    when no event of theirs has a known year), and titles as written, earliest first."""
    table, evr, pids, tids = _entries(index, ranks)
    if query:
        keep = np.isin(pids, matching_persons(table, query))
        evr, pids, tids = evr[keep], pids[keep], tids[keep]
    if not len(pids):
        return []
    dated = index._dated
    # a person is named at most once an event (``add``), so O(n) passes give each
    # person's events and first and last (dated) rank, whatever order the entries are in
    size = table.n_persons
    counts_all = np.bincount(pids, minlength=size)
    first_all = np.full(size, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first_all, pids, evr)
    first_all[first_all == np.iinfo(np.int64).max] = -1
    last_all = np.full(size, -1, dtype=np.int64)
    is_dated = evr < dated
    np.maximum.at(last_all, pids[is_dated], evr[is_dated])
    uniq = np.flatnonzero(counts_all)
    counts = counts_all[uniq]
    if limit is not None and len(uniq) > limit:
        # the `limit` with most events (ties at the cut: the persons first seen), in O(n)
        cut = np.partition(counts, len(counts) - limit)[len(counts) - limit]
        above = np.flatnonzero(counts > cut)
        order = np.sort(np.concatenate((above, np.flatnonzero(counts == cut)[: limit - len(above)])))
    else:
        order = np.arange(len(uniq))
    chosen = sorted(order.tolist(), key=lambda i: (-int(counts[i]), table.folded(int(uniq[i])), int(uniq[i])))
    dates = index.cols.dates
    out = []
    sel = uniq[chosen]
    titles, years = _titles(index, pids, tids, evr, sel, table)
    for i in chosen:
        pid = int(uniq[i])
        first, last = int(first_all[pid]), int(last_all[pid])
        name, prov = table.person(pid)
        out.append({"name": name, "province": prov, "events": int(counts[i]),
                    "first": dates[first] if 0 <= first < dated else None,
                    "last": dates[last] if last >= 0 else None,
                    "titles": titles.get(pid, []), "years": years.get(pid, {})})
    return out


def _titles(index: Any, pids: np.ndarray, tids: np.ndarray, evr: np.ndarray, sel: np.ndarray,
            table: PeopleTable) -> tuple[dict[int, list[dict[str, Any]]], dict[int, dict[int, int]]]:
    """The chosen persons' titles (first and last date, events) and events per year."""
    keep = np.isin(pids, sel)
    dates, dated = index.cols.dates, index._dated
    spans: dict[tuple[int, int], list[int]] = {}
    years: dict[int, dict[int, int]] = {}
    for p, t, r in zip(pids[keep].tolist(), tids[keep].tolist(), evr[keep].tolist()):
        s = spans.setdefault((p, t), [r, r, 0])
        s[0], s[1], s[2] = min(s[0], r), max(s[1], r), s[2] + 1
        if r < dated:
            y = int(dates[r][:4])
            per = years.setdefault(p, {})
            per[y] = per.get(y, 0) + 1
    out: dict[int, list[dict[str, Any]]] = {}
    for (p, t), (lo, hi, count) in sorted(spans.items(), key=lambda kv: (kv[0][0], kv[1][0])):
        if not table.titles[t]:
            continue
        out.setdefault(p, []).append({"title": table.titles[t], "events": count,
                                      "first": dates[lo] if lo < dated else None,
                                      "last": dates[hi] if hi < dated else None})
    return out, {p: dict(sorted(v.items())) for p, v in years.items()}
