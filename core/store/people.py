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

import os
import re
from array import array
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
import orjson

from ..text import fold_query
from .storage import atomic_write_bytes

__all__ = ["PeopleTable", "person_province", "event_people", "people_table", "name_matches"]

VERSION = 1
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


def _words(text: str) -> str:
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
    q = fold_query(query)
    return bool(q) and f" {q} " in f" {fold_query(name)} "


class PeopleTable:
    """Event key → its people's ids and their titles' ids (ragged, keys ascending)."""

    def __init__(self) -> None:
        self.persons: list[tuple[str, str | None]] = []   # id → (name, province)
        self.titles: list[str] = []
        self._pid: dict[tuple[str, str | None], int] = {}
        self._tid: dict[str, int] = {}
        self.keys, self.pids, self.tids = array("q"), array("i"), array("i")
        self.starts = array("q", [0])
        self.size = 0   # bytes of events.jsonl read so far
        self.ino = 0

    # -- growing -------------------------------------------------------------------------
    def add(self, key: int, ev: dict[str, Any]) -> None:
        for name, prov, title in event_people(ev):
            who = (name, prov)
            pid = self._pid.get(who)
            if pid is None:
                pid = self._pid[who] = len(self.persons)
                self.persons.append(who)
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
        arrays = [np.frombuffer(a, dtype=t).astype(t) for a, t in
                  ((self.keys, _I8), (self.starts, _I8), (self.pids, _I4), (self.tids, _I4))]
        atomic_write_bytes(folder / "people.bin", b"".join(a.tobytes() for a in arrays))
        head = {"version": VERSION, "size": self.size, "ino": self.ino, "n": len(self.keys),
                "m": len(self.pids), "persons": self.persons, "titles": self.titles}
        atomic_write_bytes(folder / "people.json", orjson.dumps(head))

    @classmethod
    def load(cls, folder: Path) -> "PeopleTable":
        head = orjson.loads((folder / "people.json").read_bytes())
        raw = (folder / "people.bin").read_bytes()
        n, m = head["n"], head["m"]
        if head.get("version") != VERSION or len(raw) != 8 * n + 8 * (n + 1) + 8 * m:
            raise ValueError("people table does not match its header")
        t = cls()
        t.persons = [(a, b) for a, b in head["persons"]]
        t.titles = list(head["titles"])
        t._pid = {p: i for i, p in enumerate(t.persons)}
        t._tid = {s: i for i, s in enumerate(t.titles)}
        t.keys = array("q", raw[: 8 * n])
        t.starts = array("q", raw[8 * n: 8 * (2 * n + 1)])
        t.pids = array("i", raw[8 * (2 * n + 1): 8 * (2 * n + 1) + 4 * m])
        t.tids = array("i", raw[8 * (2 * n + 1) + 4 * m:])
        t.size, t.ino = head["size"], head["ino"]
        if len(t.starts) != n + 1 or (m and (max(t.pids) >= len(t.persons) or max(t.tids) >= len(t.titles))):
            raise ValueError("people table does not match its header")
        return t

    # -- reading -------------------------------------------------------------------------
    def of_keys(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For events with ``keys``: (which of them each entry belongs to, person id,
        title id), flattened."""
        own = np.frombuffer(self.keys, dtype=np.int64)
        starts = np.frombuffer(self.starts, dtype=np.int64)
        if not len(own):
            z = np.zeros(0, dtype=np.int64)
            return z, z, z
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
    r = np.arange(len(keys), dtype=np.int64) if ranks is None else np.asarray(ranks, dtype=np.int64)
    which, pids, tids = table.of_keys(keys[r]) if len(r) else (np.zeros(0, np.int64),) * 3
    return table, r[which], pids, tids


def _folded_names(table: PeopleTable) -> list[str]:
    names = getattr(table, "_folded", None)
    if names is None or len(names) != len(table.persons):
        names = table._folded = [f" {fold_query(n)} " for n, _p in table.persons]  # type: ignore[attr-defined]
    return names


def matching_persons(table: PeopleTable, query: str) -> np.ndarray:
    """The ids of the persons whose name ``query`` stands for (``name_matches``)."""
    q = fold_query(query)
    if not q:
        return np.zeros(0, dtype=np.int64)
    needle = f" {q} "
    return np.array([i for i, n in enumerate(_folded_names(table)) if needle in n], dtype=np.int64)


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
    n = max(len(index), 1)
    combined = np.unique(pids * n + evr)           # one per (person, event), sorted by person, then rank
    p_of, r_of = combined // n, combined % n
    uniq, first_at, counts = np.unique(p_of, return_index=True, return_counts=True)
    order = np.lexsort((uniq, -counts))
    if limit is not None and len(order) > limit:
        order = order[:limit]
    fold_names = _folded_names(table)
    chosen = sorted(order.tolist(), key=lambda i: (-int(counts[i]), fold_names[int(uniq[i])], int(uniq[i])))
    last_at = np.searchsorted(combined, uniq * n + dated) - 1
    dates = index.cols.dates
    out = []
    sel = uniq[chosen]
    titles, years = _titles(index, pids, tids, evr, sel, table)
    for i in chosen:
        pid = int(uniq[i])
        first = int(r_of[first_at[i]])
        last = int(last_at[i])
        name, prov = table.persons[pid]
        out.append({"name": name, "province": prov, "events": int(counts[i]),
                    "first": dates[first] if first < dated else None,
                    "last": dates[int(r_of[last])] if last >= first_at[i] else None,
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
