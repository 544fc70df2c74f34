"""The people named in events: who, for which province, with which titles, when.

A person is a name and a province: "Đặng Xuân Phong" of Lào Cai is one person, the same
name in another province another (``people_names``: names compared folded, the province
read from the title). Their events come from the people table kept beside the caches
(``people_table``); this module answers the views from it: everyone in a set of events,
the persons a typed name stands for, and the events naming them.
"""

from __future__ import annotations

import bisect
from typing import Any, Iterator, Sequence

import numpy as np

from .gcpause import gc_paused
from .people_names import event_people, folded_words, name_matches, person_province
from .people_table import FILES, VERSION, PeopleTable, people_table, table_for_folder

__all__ = ["PeopleTable", "person_province", "event_people", "people_table", "name_matches", "FILES", "VERSION",
           "people_of", "iter_people", "person_ranks",
           "matching_persons"]

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
            cached = index._people_all = table.all_entries(np.asarray(keys, dtype=np.int64),
                                                           None if hint is None else np.asarray(hint, dtype=np.int64))
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


def people_of(index: Any, ranks: Sequence[int], query: str = "", limit: int | None = None, *,
              places: bool = False) -> list[dict[str, Any]]:
    """Everyone named in the events ``ranks`` (or only those ``query`` names), most
    events first: name, province (None: unknown), events, first and last date (None
    when no event of theirs has a known year), and titles as written, earliest first.
    ``places``: a person of unknown province also gets ``"shared"``, the provinces that
    are a party of every one of their events (``people_places``; the app's people view)."""
    return list(iter_people(index, ranks, query, limit, places=places))


def iter_people(index: Any, ranks: Sequence[int], query: str = "", limit: int | None = None,
                first_batch: int = 300, *, places: bool = False) -> Iterator[dict[str, Any]]:
    """:func:`people_of`, one person at a time: who comes first is known after one count
    over the entries; their details are gathered in batches (``first_batch``, then four
    times as many each time), so the first lines can be written before the last are made."""
    table, evr, pids, tids = _entries(index, ranks)
    if query:
        keep = np.isin(pids, matching_persons(table, query))
        evr, pids, tids = evr[keep], pids[keep], tids[keep]
    if not len(pids):
        return
    # a person is named at most once an event (``PeopleTable.add``): counting entries counts events
    counts_all = np.bincount(pids)
    uniq = np.flatnonzero(counts_all)
    counts = counts_all[uniq]
    if limit is not None and len(uniq) > limit:
        # the `limit` with most events (ties at the cut: the persons first seen), in O(n)
        cut = np.partition(counts, len(counts) - limit)[len(counts) - limit]
        above = np.flatnonzero(counts > cut)
        order = np.sort(np.concatenate((above, np.flatnonzero(counts == cut)[: limit - len(above)])))
        uniq, counts = uniq[order], counts[order]
    with gc_paused():
        if len(uniq) <= FOLD_NAMES and not table.folds_ready():   # a few: fold their names, not read all
            folds = [folded_words(name) for name, _prov in table.persons(uniq)]
        else:
            folds = table.folds(uniq)
        # most events first, then by folded name (code point order, as Python compares), then first seen
        chosen = np.lexsort((uniq, np.array(folds, dtype=str), -counts)) if len(uniq) > 1 else np.zeros(1, np.int64)
        del folds
    dates, dated = index.cols.dates, index._dated
    at, step = 0, first_batch
    while at < len(chosen):
        part = chosen[at: at + step]
        sel = uniq[part]
        with gc_paused():   # many small objects, none of them cycles: no full collection meanwhile
            first, last, titles, years = _details(index, table, pids, tids, evr, sel)
            batch = [{"name": name, "province": prov, "events": n,
                      "first": dates[f] if 0 <= f < dated else None, "last": dates[la] if la >= 0 else None,
                      "titles": titles.get(pid, []), "years": years.get(pid, {})}
                     for pid, (name, prov), n, f, la in zip(sel.tolist(), table.persons(sel), counts[part].tolist(),
                                                            first.tolist(), last.tolist())]
            if places:
                _add_shared(index, batch, pids, evr, sel)
        yield from batch
        at, step = at + step, step * 4


def _add_shared(index: Any, batch: list[dict[str, Any]], pids: np.ndarray, evr: np.ndarray, sel: np.ndarray) -> None:
    """``"shared"`` for each person of ``batch`` (the persons ``sel``) of unknown province."""
    from .people_places import holds_foreign_office, shared_provinces

    slot = np.full(max(int(pids.max()), int(sel.max())) + 1, -1, dtype=np.int64)
    slot[sel] = np.arange(len(sel))
    where = slot[pids]
    keep = where >= 0
    abroad = frozenset(i for i, p in enumerate(batch)
                       if p["province"] is None and holds_foreign_office(t["title"] for t in p["titles"]))
    for person, shared in zip(batch, shared_provinces(index, where[keep], evr[keep], len(sel), abroad)):
        if person["province"] is None:
            person["shared"] = shared


FOLD_NAMES = 2000   # up to this many persons, their names are folded rather than all folded names read


def _details(index: Any, table: PeopleTable, pids: np.ndarray, tids: np.ndarray, evr: np.ndarray, sel: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray, dict[int, list[dict[str, Any]]], dict[int, dict[int, int]]]:
    """For the chosen persons ``sel``: each one's first rank and last dated rank (-1:
    none), titles (first and last date, events; earliest first) and events per year.
    Whole arrays: a Python step per title and per year, none per entry."""
    size = max(int(pids.max()), int(sel.max())) + 1
    slot = np.full(size, -1, dtype=np.int64)
    slot[sel] = np.arange(len(sel))
    where = slot[pids]
    keep = where >= 0
    s, t, r = where[keep], tids[keep], evr[keep]
    dated = index._dated
    first = np.full(len(sel), np.iinfo(np.int64).max, dtype=np.int64)
    last = np.full(len(sel), -1, dtype=np.int64)
    order = np.lexsort((r, t, s))   # by person, title, rank
    s, t, r = s[order], t[order], r[order]
    new = np.ones(len(s), dtype=bool)
    new[1:] = (s[1:] != s[:-1]) | (t[1:] != t[:-1])
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], len(s)) - 1
    lo, hi, gs, gt = r[starts], r[ends], s[starts], t[starts]
    np.minimum.at(first, gs, lo)
    np.maximum.at(last, gs, np.maximum.reduceat(np.where(r < dated, r, -1), starts))
    dates = index.cols.dates
    names = table.titles
    titles: dict[int, list[dict[str, Any]]] = {}
    by_first = np.lexsort((lo, gs))
    for g_s, g_t, g_lo, g_hi, n in zip(gs[by_first].tolist(), gt[by_first].tolist(), lo[by_first].tolist(),
                                       hi[by_first].tolist(), (ends - starts + 1)[by_first].tolist()):
        if names[g_t]:
            titles.setdefault(g_s, []).append({"title": names[g_t], "events": n,
                                               "first": dates[g_lo] if g_lo < dated else None,
                                               "last": dates[g_hi] if g_hi < dated else None})
    for g_s, held in titles.items():
        if len(held) > 1:
            titles[g_s] = _one_spelling(held)
    # events per year: dated ranks are in date order, so each year is a stretch of ranks
    years: dict[int, dict[int, int]] = {}
    is_dated = r < dated
    if is_dated.any():
        y0, y1 = int(dates[0][:4]), int(dates[dated - 1][:4])
        bounds = np.array([bisect.bisect_left(dates, f"{y:04d}", 0, dated) for y in range(y0, y1 + 2)], np.int64)
        year = np.searchsorted(bounds, r[is_dated], side="right") - 1
        key, n = np.unique(s[is_dated] * (y1 - y0 + 1) + year, return_counts=True)
        for k, c in zip(key.tolist(), n.tolist()):
            years.setdefault(k // (y1 - y0 + 1), {})[y0 + k % (y1 - y0 + 1)] = c
    ids = sel.tolist()
    return (np.where(first == np.iinfo(np.int64).max, -1, first), last,
            {ids[k]: v for k, v in titles.items()}, {ids[k]: v for k, v in years.items()})


def _one_spelling(held: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A person's titles (earliest first) with the old and new tone placements made one ("Uỷ
    viên" and "Ủy viên": :mod:`hoptac.core.tone_marks`): the first spelling seen is shown, the
    events added, the first and last dates the widest."""
    from ..tone_marks import new_tone_placement

    out: dict[str, dict[str, Any]] = {}
    for t in held:
        key = new_tone_placement(t["title"])
        was = out.get(key)
        if was is None:
            out[key] = dict(t)
            continue
        was["events"] += t["events"]
        if t["first"] is not None and (was["first"] is None or t["first"] < was["first"]):
            was["first"] = t["first"]
        if t["last"] is not None and (was["last"] is None or t["last"] > was["last"]):
            was["last"] = t["last"]
    return list(out.values())
