"""``--person`` on the fast path (``fastquery``): the ranks of the events naming a person.

A typed name is looked up in the people table's index (``people_index``: the folded
names searched at C speed, a person found by a bisect, their rows read from the
index), each row's rank read from the columns' ``line_rank`` and checked against the
event's line (``sidx``): no numpy, and only the blocks read are checked against their CRC-32s.
When the table lacks the index, is behind the caches or does not match its checksums,
the table is read whole with numpy (``_numpy_rows``), and made again or grown (and
saved) as the people views do.
"""

from __future__ import annotations

import mmap
import os
import re
import zlib
from typing import Any

from .cache_files import read_rows

__all__ = ["person_rows"]

MANY = 20_000  # more rows than this: numpy pays for its import


def person_rows(fast: Any, query: str) -> set[int]:
    """The ranks of the events naming a person ``query`` stands for, as
    ``people.person_ranks`` finds them."""
    from .people_index import Damaged
    from .people_names import folded_words

    needle = folded_words(query)
    if not needle.strip():
        return set()
    try:
        got = _indexed(fast, needle)
    except Damaged:  # the table on disk is not to be trusted: made anew (and saved)
        return _numpy_rows(fast, query, damaged=True)
    return got if got is not None else _numpy_rows(fast, query)


def _indexed(fast: Any, needle: str) -> set[int] | None:
    """:func:`person_rows` through the people table's index; None: take the numpy path."""
    from .people_index import MappedIndex

    entry = fast._layout.get("line_rank")
    if entry is None:
        return None
    idx = MappedIndex.open(fast.folder, fast.events._fd, entry[3])
    if idx is None:
        return None
    try:
        if idx.n != entry[3]:  # a row an event line, as line_rank has
            return None
        rows = idx.rows(idx.named(needle.encode("utf-8")))
        if len(rows) > MANY:
            return None
        fast.check_items("line_rank", rows)
        line_rank, off, keys = fast.unchecked("line_rank"), fast.unchecked("sidx"), idx.keys
        out: set[int] = set()
        for row in rows:
            rank = line_rank[row]
            if rank < 0:
                continue  # a line of a replaced article
            if rank >= len(off) or off[rank] != keys[row]:
                return None  # the rows are not the lines they should be: the numpy path says
            out.add(rank)
        return out
    finally:
        idx.close()


def _numpy_rows(self: Any, query: str, damaged: bool = False) -> set[int]:
    """The rows of the events naming a person ``query`` stands for: from the people
    table (``people.py``, keyed by each event's line), as
    ``people.person_ranks`` finds them."""
    import numpy as np  # only for a person: the other filters stay without it

    from .people import _table_for_folder, _words, matching_persons
    from .people_table import EventLines

    off = self.array("sidx")   # each rank's line: its key in the table
    line_rank = self.array("line_rank")
    end = len(line_rank)
    needle = _words(query)
    if not needle.strip():
        return set()
    got = None if damaged else _mapped_people(self, end)
    if got is None:  # missing, or behind the caches: made or grown (and saved) as the views do
        table = _table_for_folder(self.folder, self.events._fd, end, damaged, source=EventLines(self.events, line_rank))
        wanted = matching_persons(table, query)
        # (growing: array("q"); loaded: the mapped int32 columns)
        keys_all, starts, pids = (np.asarray(a, dtype=t) for a, t in
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
    return _ranks_of_lines(self, events, keys_all[events], off)


def _ranks_of_lines(self: Any, rows: Any, keys: Any, off: Any) -> set[int]:
    """The ranks of the events whose lines are ``keys`` (the people table's ``rows``;
    ``off``: each rank's line, ``sidx``). A table row is an event's line number, as
    ``sidx`` is: the ranks are found through it and checked against their keys; where
    it does not hold, by comparing every key."""
    import numpy as np

    sidx = self.array("sidx")
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


def _mapped_people(self: Any, end: int) -> Any:
    """The people table's keys, starts, person ids and folded names, memory-mapped
    (``people.PeopleTable.save`` wrote them), when it covers every event line of these caches."""
    import numpy as np

    from .people import VERSION
    from .people_index import INT, sizes

    try:
        head = read_rows(self.folder / "people.json")  # checked against its own CRC-32
        fd = os.open(self.folder / "people.bin", os.O_RDONLY)
    except (OSError, ValueError):
        return None
    try:
        n, m = int(head["n"]), int(head["m"])
        part = sizes(head)
        at = part["names"]
        folds_at = at + int(head["names"])
        folds_end = folds_at + int(head["folds"])
        size = os.fstat(fd).st_size
        if head.get("version") != VERSION or head.get("ino") != os.fstat(self.events._fd).st_ino \
                or head.get("size") != end or size != sizes(head)["end"] or not size:
            return None
        mm = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
        parts, view = head.get("parts"), memoryview(mm)
        if isinstance(parts, dict) and isinstance(parts.get("numbers"), int) and isinstance(parts.get("folds"), int):
            # the parts read here (not the persons' names, a third of the file)
            whole = zlib.crc32(view[:at]) == parts["numbers"] \
                and zlib.crc32(view[folds_at: folds_end]) == parts["folds"]
        else:
            whole = zlib.crc32(view) == (head.get("crcs") or {}).get("people.bin")
        view.release()
        if not whole:
            return None  # damaged: made again from the events (``_table_for_folder``)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    finally:
        os.close(fd)
    keys = np.frombuffer(mm, dtype=INT, count=n, offset=part["keys"])
    starts = np.frombuffer(mm, dtype=INT, count=n + 1, offset=part["starts"])
    pids = np.frombuffer(mm, dtype=INT, count=m, offset=part["pids"])
    folds = np.frombuffer(mm, dtype=np.uint8, count=folds_end - folds_at, offset=folds_at)
    ends = np.flatnonzero(folds == 10)  # where each folded name ends
    if len(ends) != int(head["persons"]) or (len(pids) and (int(pids.max()) >= len(ends) or int(pids.min()) < 0)):
        return None
    return keys, starts, pids, folds, ends
