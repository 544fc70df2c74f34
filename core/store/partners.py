"""Partners of a province, and the pairs as an edge list.

A *partner* of a province is any other province (or foreign partner) among the parties
of an event the province takes part in. :func:`partners_of` ranks them by the number of
such events, with the first and last year, the event types and the events per year;
:func:`pair_edges` lists every pair of partners (an event's ``pair``) with its number of
events and first and last date: the edge list a graph tool or a spreadsheet reads.

Both take ``map_to`` (None: the provinces as the articles name them), a function from a
province to the unit it belongs to now (``places.to_2025``); provinces that became one
unit are then one partner, and a pair whose two sides merged is kept, as that unit with
itself (``merged: true``), never dropped.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from ..text import fold_query
from .colfile import Ragged

__all__ = ["partners_of", "pair_edges", "province_totals", "strip", "SPARKS"]

SPARKS = " ▁▂▃▄▅▆▇█"


def _year(date: str) -> int | None:
    return int(date[:4]) if date[:4].isdigit() else None


def _columns(index: Any) -> dict[str, Any]:
    """Per rank, as numpy arrays, kept on the index: year (0: unknown), type code; and
    the parties' province codes (flat, with where each rank's start)."""
    import numpy as np

    got = getattr(index, "_partner_cols", None)
    if got is None:
        cols = index.cols
        if hasattr(cols.dates, "years"):  # mapped (``mapped.TextColumn``): read with numpy
            years = cols.dates.years()
        else:
            years = np.fromiter((int(d[:4]) if d[:4].isdigit() else 0 for d in cols.dates), dtype=np.int32,
                                count=len(cols.dates))
        prov = cols.provinces
        flat = getattr(prov, "flat", None)
        if flat is None:  # plain lists
            prov = Ragged.from_lists(prov)
        flat = np.asarray(prov.flat, dtype=np.int64)
        got = index._partner_cols = {
            "year": years, "type": np.asarray(cols.types, dtype=np.int64),
            "flat": flat, "start": np.asarray(prov.start, dtype=np.int64),
            "codes": np.unique(flat).tolist()}   # the strings that are provinces (not titles, types …)
    return got


def partners_of(index: Any, ranks: Sequence[int], province: str,
                map_to: Callable[[str], str] | None = None) -> list[dict[str, Any]]:
    """Every partner of ``province`` in the events ``ranks``, most events first:
    ``{partner, events, first, last, types: {type: n}, years: {year: n}, merged}``
    (first and last are years; None when no event has a known year; ``merged``: the
    partner is the province's own unit on the 2025 map — two of its parties are in it)."""
    import numpy as np

    strings = index.strings
    conv = map_to or (lambda s: s)
    me = conv(province)
    c = _columns(index)
    names: dict[str, int] = {}
    unit = np.full(len(strings), -1, dtype=np.int64)
    for code in c["codes"]:
        if strings[code]:
            unit[code] = names.setdefault(conv(strings[code]), len(names))
    me_id = names.get(me, -2)
    r = np.asarray(ranks, dtype=np.int64)
    lo, hi = c["start"][r], c["start"][r + 1]
    lens = hi - lo
    total = int(lens.sum())
    which = np.repeat(np.arange(len(r), dtype=np.int64), lens)
    pos = np.arange(total, dtype=np.int64) + np.repeat(lo - (np.cumsum(lens) - lens), lens)
    mapped = unit[c["flat"][pos]] if total else np.zeros(0, dtype=np.int64)
    mine = np.bincount(which[mapped == me_id], minlength=len(r))   # the province's parties per event
    other = (mapped >= 0) & (mapped != me_id) & (mine[which] > 0)
    width = len(names) + 1
    pairs = np.unique(which[other] * width + mapped[other])             # (event, partner) once each
    ev, partner = pairs // width, pairs % width
    if map_to is not None:  # two parties now in one unit, no other: a partnership within it
        alone = np.flatnonzero(mine >= 2)
        has_other = np.zeros(len(r), dtype=bool)
        has_other[ev] = True
        alone = alone[~has_other[alone]]
        ev = np.concatenate((ev, alone))
        partner = np.concatenate((partner, np.full(len(alone), me_id, dtype=np.int64)))
    if not len(ev):
        return []
    rank = r[ev]
    years, types = c["year"][rank], c["type"][rank]
    label = {i: n for n, i in names.items()}
    out = []
    for pid in np.unique(partner).tolist():
        sel = partner == pid
        ys, ts = years[sel], types[sel]
        known = ys[ys > 0]
        yv, yc = np.unique(known, return_counts=True)
        tv, tc = np.unique(ts, return_counts=True)
        out.append({"partner": label[pid], "events": int(sel.sum()),
                    "first": int(known.min()) if len(known) else None,
                    "last": int(known.max()) if len(known) else None,
                    "types": dict(sorted(((strings[int(t)], int(n)) for t, n in zip(tv, tc)),
                                         key=lambda kv: (-kv[1], kv[0]))),
                    "years": {int(y): int(n) for y, n in zip(yv, yc)}, "merged": pid == me_id})
    out.sort(key=lambda p: (-p["events"], fold_query(p["partner"])))
    return out


def province_totals(index: Any, map_to: Callable[[str], str] | None = None) -> dict[str, tuple[int, int]]:
    """Every province's number of events and of distinct partners, over all events (as
    the pair picker's second step counts a province's partners): ``{name: (events,
    partners)}``. A province named twice in one event counts that event once. With
    ``map_to`` (the 2025 map), each province is counted as its unit: an event of Thái
    Bình and Hưng Yên is one event of Hưng Yên, with no partner from it."""
    import numpy as np

    c = _columns(index)
    flat, start = c["flat"], c["start"]
    if not len(flat):
        return {}
    strings = index.strings
    if map_to is not None:  # each code as its unit's: the units get codes of their own
        units: dict[str, int] = {}
        remap = np.fromiter((units.setdefault(map_to(strings[code]) if strings[code] else "", len(units))
                             for code in range(int(flat.max()) + 1)), dtype=np.int64)
        flat = remap[flat]
        names = list(units)
    else:
        names = None
    lens = np.diff(start)
    end = np.repeat(start[1:], lens)                  # where each party's event ends in ``flat``
    width = int(flat.max()) + 1
    row = np.repeat(np.arange(len(lens), dtype=np.int64), lens)
    events = np.bincount(np.unique(row * width + flat) % width, minlength=width)
    at = np.arange(len(flat), dtype=np.int64)
    links = []
    for step in range(1, int(lens.max())):            # each party with each later party of its event
        i = at[at + step < end]
        a, b = flat[i], flat[i + step]
        keep = a != b
        links += [a[keep] * width + b[keep], b[keep] * width + a[keep]]
    linked = np.unique(np.concatenate(links)) // width if links else np.zeros(0, dtype=np.int64)
    partners = np.bincount(linked, minlength=width)
    named = names if names is not None else strings
    return {named[code]: (int(events[code]), int(partners[code]))
            for code in np.flatnonzero(events).tolist() if named[code]}


def strip(years: dict[int, int], first: int, last: int, width: int | None = None) -> str:
    """Events per year from ``first`` to ``last`` as one character a year (a blank:
    none; ▁ to █: few to the most in any year shown). With ``width``, the most recent
    ``width`` years."""
    span = list(range(first, last + 1))
    if width is not None:
        span = span[-width:]
    top = max((years.get(y, 0) for y in span), default=0)
    if not top:
        return " " * len(span)
    chars = []
    for y in span:
        n = years.get(y, 0)
        chars.append(" " if not n else SPARKS[max(1, round(n / top * (len(SPARKS) - 1)))])
    return "".join(chars)


def pair_edges(index: Any, ranks: Sequence[int], map_to: Callable[[str], str] | None = None) -> list[dict[str, Any]]:
    """Each pair of partners in the events ``ranks``: ``{a, b, events, first, last}``
    (a ≤ b folded; first and last the earliest and latest known dates; a pair that
    merged into one unit has a == b). Most events first. Events are grouped by their
    pair's codes with numpy; only the distinct pairs are named in Python."""
    import numpy as np

    cols, strings = index.cols, index.strings
    conv = map_to or (lambda s: s)
    dated = index._dated
    pairs = cols.pairs
    if getattr(pairs, "flat", None) is None:
        pairs = Ragged.from_lists(pairs)
    start = np.asarray(pairs.start, dtype=np.int64)
    flat = np.asarray(pairs.flat, dtype=np.int64)
    r = np.asarray(ranks, dtype=np.int64)
    lo, hi = start[r], start[r + 1]
    keep = hi > lo                                   # events with a pair
    r, lo, hi = r[keep], lo[keep], hi[keep]
    if not len(r):
        return []
    width = len(strings) + 1
    key = flat[lo] * width + flat[hi - 1]            # first and last code (one code: the same twice)
    uniq, inverse = np.unique(key, return_inverse=True)
    counts = np.bincount(inverse, minlength=len(uniq))
    is_dated = r < dated
    first = np.full(len(uniq), -1, dtype=np.int64)
    first[inverse[is_dated][::-1]] = r[is_dated][::-1]   # ranks ascend: the earliest write wins reversed
    last = np.full(len(uniq), -1, dtype=np.int64)
    last[inverse[is_dated]] = r[is_dated]
    edges: dict[tuple[str, str], list[Any]] = {}
    for k, n, f, la in zip(uniq.tolist(), counts.tolist(), first.tolist(), last.tolist()):
        names = [conv(strings[c]) for c in (k // width, k % width) if strings[c]]
        if not names:
            continue
        a, b = names[0], names[-1]
        pair = (a, b) if fold_query(a) <= fold_query(b) else (b, a)
        e = edges.setdefault(pair, [0, None, None])
        e[0] += n
        if f >= 0:
            d0, d1 = cols.dates[f], cols.dates[la]
            e[1] = d0 if e[1] is None or d0 < e[1] else e[1]
            e[2] = d1 if e[2] is None or d1 > e[2] else e[2]
    out = [{"a": a, "b": b, "events": n, "first": f, "last": la} for (a, b), (n, f, la) in edges.items()]
    out.sort(key=lambda e: (-e["events"], fold_query(e["a"]), fold_query(e["b"])))
    return out
