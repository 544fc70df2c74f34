"""The people named in events: who, for which province, with which titles, when.

A person is a name and a province: "Đặng Xuân Phong" of Lào Cai is one person, the same
name in another province another (``people_names``: names compared folded, the province
read from the title). Their events come from the people table kept beside the caches
(``people_table``); this module answers the views from it: everyone in a set of events,
the persons a typed name stands for, and the events naming them.
"""

from __future__ import annotations

import bisect
from typing import Any, Sequence

import numpy as np

from .people_names import event_people, folded_words, name_matches, person_province
from .people_table import FILES, VERSION, PeopleTable, people_table, table_for_folder

__all__ = ["PeopleTable", "person_province", "event_people", "people_table", "name_matches", "FILES", "VERSION",
           "people_of", "person_ranks", "matching_persons"]

# the names other modules (fastquery) import from here
_words = folded_words
_table_for_folder = table_for_folder


def _entries(index: Any, ranks: Sequence[int] | None) -> tuple[PeopleTable, np.ndarray, np.ndarray, np.ndarray]:
    """(table, rank, person id, title id) of every person named in the events ``ranks``
    (None: all), one entry per person and event."""
    table, keys, hint = people_table(index)
    if ranks is None or len(ranks) == len(keys):  # every event: gathered once, kept on the index
        cached = getattr(index, "_people_all", None)
        if cached is None:
            cached = index._people_all = table.all_entries(keys, hint)
        return (table, *cached)
    r = np.asarray(ranks, dtype=np.int64)
    if not len(r):
        z = np.zeros(0, np.int64)
        return table, z, z, z
    which, pids, tids = table.of_keys(keys[r], None if hint is None else hint[r])
    return table, r[which], pids, tids


def matching_persons(table: PeopleTable, query: str) -> np.ndarray:
    """The ids of the persons whose name ``query`` stands for (``name_matches``)."""
    needle = folded_words(query)
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
    # a person is named at most once an event (``PeopleTable.add``): counting entries counts events
    counts_all = np.bincount(pids)
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
    sel = uniq[chosen]
    spans, years = _spans(index, pids, tids, evr, sel)
    dates, dated = index.cols.dates, index._dated
    out = []
    for i in chosen:
        pid = int(uniq[i])
        name, prov = table.person(pid)
        mine = spans.get(pid, [])
        first = min((s[1] for s in mine), default=-1)
        last = max((s[3] for s in mine), default=-1)
        out.append({"name": name, "province": prov, "events": int(counts[i]),
                    "first": dates[first] if 0 <= first < dated else None,
                    "last": dates[last] if last >= 0 else None,
                    "titles": [{"title": table.titles[t], "events": n,
                                "first": dates[lo] if lo < dated else None,
                                "last": dates[hi] if hi < dated else None}
                               for t, lo, n, _hi_dated, hi in sorted(mine, key=lambda s: s[1]) if table.titles[t]],
                    "years": years.get(pid, {})})
    return out


def _spans(index: Any, pids: np.ndarray, tids: np.ndarray, evr: np.ndarray, sel: np.ndarray
           ) -> tuple[dict[int, list[tuple[int, int, int, int, int]]], dict[int, dict[int, int]]]:
    """For the chosen persons ``sel``: per person, each title's (title id, first rank,
    events, last dated rank or -1, last rank); and their events per year. Whole arrays:
    no Python step per entry."""
    size = int(max(int(pids.max()), int(sel.max()))) + 1 if len(sel) else 0
    wanted = np.zeros(size, dtype=bool)
    wanted[sel] = True
    keep = wanted[pids]
    p, t, r = pids[keep], tids[keep], evr[keep]
    if not len(p):
        return {}, {}
    order = np.lexsort((r, t, p))   # by person, title, rank
    p, t, r = p[order], t[order], r[order]
    new = np.ones(len(p), dtype=bool)
    new[1:] = (p[1:] != p[:-1]) | (t[1:] != t[:-1])
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], len(p)) - 1
    dated = index._dated
    last_dated = np.maximum.reduceat(np.where(r < dated, r, -1), starts)
    spans: dict[int, list[tuple[int, int, int, int, int]]] = {}
    for pid, tid, lo, hi, n, hd in zip(p[starts].tolist(), t[starts].tolist(), r[starts].tolist(),
                                       r[ends].tolist(), (ends - starts + 1).tolist(), last_dated.tolist()):
        spans.setdefault(pid, []).append((tid, lo, n, hd, hi))
    # events per year: dated ranks are in date order, so each year is a stretch of ranks
    years: dict[int, dict[int, int]] = {}
    is_dated = r < dated
    if is_dated.any():
        dates = index.cols.dates
        y0, y1 = int(dates[0][:4]), int(dates[dated - 1][:4])
        bounds = np.array([bisect.bisect_left(dates, f"{y:04d}", 0, dated) for y in range(y0, y1 + 2)], np.int64)
        year = np.searchsorted(bounds, r[is_dated], side="right") - 1 + y0
        key, n = np.unique(np.stack((p[is_dated], year)), axis=1, return_counts=True)
        for pid, y, c in zip(key[0].tolist(), key[1].tolist(), n.tolist()):
            years.setdefault(pid, {})[y] = c
    return spans, years
