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

__all__ = ["partners_of", "pair_edges", "strip", "SPARKS"]

SPARKS = " ▁▂▃▄▅▆▇█"


def _year(date: str) -> int | None:
    return int(date[:4]) if date[:4].isdigit() else None


def partners_of(index: Any, ranks: Sequence[int], province: str,
                map_to: Callable[[str], str] | None = None) -> list[dict[str, Any]]:
    """Every partner of ``province`` in the events ``ranks``, most events first:
    ``{partner, events, first, last, types: {type: n}, years: {year: n}}`` (first and
    last are years; None when no event has a known year)."""
    cols, strings = index.cols, index.strings
    conv = map_to or (lambda s: s)
    me = conv(province)
    found: dict[str, dict[str, Any]] = {}
    named: dict[int, str] = {}
    for r in ranks:
        provs = cols.provinces[r]
        mapped = []
        for code in provs:
            name = named.get(code)
            if name is None:
                name = named[code] = conv(strings[code]) if strings[code] else ""
            mapped.append(name)
        if me not in mapped:
            continue
        others = {m for m in mapped if m and m != me}
        if not others and mapped.count(me) >= 2 and map_to is not None:
            others = {me}  # two parties now in one unit: a partnership within it
        if not others:
            continue
        year = _year(cols.dates[r])
        typ = strings[cols.types[r]]
        for other in others:
            rec = found.get(other)
            if rec is None:
                rec = found[other] = {"partner": other, "events": 0, "first": None, "last": None,
                                      "types": {}, "years": {}, "merged": other == me}
            rec["events"] += 1
            rec["types"][typ] = rec["types"].get(typ, 0) + 1
            if year is not None:
                rec["years"][year] = rec["years"].get(year, 0) + 1
                rec["first"] = year if rec["first"] is None else min(rec["first"], year)
                rec["last"] = year if rec["last"] is None else max(rec["last"], year)
    out = sorted(found.values(), key=lambda p: (-p["events"], fold_query(p["partner"])))
    for rec in out:
        rec["types"] = dict(sorted(rec["types"].items(), key=lambda kv: (-kv[1], kv[0])))
        rec["years"] = dict(sorted(rec["years"].items()))
    return out


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
    merged into one unit has a == b). Most events first."""
    cols, strings = index.cols, index.strings
    conv = map_to or (lambda s: s)
    dated = index._dated
    edges: dict[tuple[str, str], list[Any]] = {}
    cache: dict[tuple[int, ...], tuple[str, str] | None] = {}
    for r in ranks:
        key = tuple(cols.pairs[r])
        pair = cache.get(key, ())
        if pair == ():
            names = [conv(strings[c]) for c in key if strings[c]]
            if not names:
                pair = None
            else:
                a, b = (names[0], names[-1])
                pair = (a, b) if fold_query(a) <= fold_query(b) else (b, a)
            cache[key] = pair
        if pair is None:
            continue
        e = edges.get(pair)
        if e is None:
            e = edges[pair] = [0, None, None]
        e[0] += 1
        if r < dated:
            d = cols.dates[r]
            e[1] = d if e[1] is None or d < e[1] else e[1]
            e[2] = d if e[2] is None or d > e[2] else e[2]
    out = [{"a": a, "b": b, "events": n, "first": f, "last": la} for (a, b), (n, f, la) in edges.items()]
    out.sort(key=lambda e: (-e["events"], fold_query(e["a"]), fold_query(e["b"])))
    return out
