"""``hoptac pairs`` and ``hoptac partners`` from the caches as they lie (``fastquery``).

The full index (``index.py``) loads every column and the string table before it counts
anything. These answers need only the pair column (pairs), or the parties' provinces,
the types and the years (partners): memory-mapped parts of ``columns.bin``, grouped with
numpy. Names come from ``rows.json`` (the codes of provinces, levels and types); a pair
code it does not name sends the command down the full path (:class:`~.fastquery.Unusable`).
The answers are those of ``EventIndex.pair_counts`` and ``partners.partners_of``, in the
same order.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..text import fold_query
from .fastquery import FastIndex, Unusable

__all__ = ["pair_counts", "partners"]


class _Names:
    """Code → name for the codes ``rows.json`` names ("" for any other), sized like the
    string table up to the largest of them: what ``partners_of`` reads as ``strings``."""

    def __init__(self, names: dict[str, int]) -> None:
        self._by = {c: s for s, c in names.items()}
        self._n = max(self._by, default=-1) + 1

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, code: int) -> str:
        return self._by.get(code, "")

    def known(self, code: int) -> bool:
        return code in self._by


def _ranks(fast: FastIndex, ranks: Sequence[int]) -> Any:
    import numpy as np

    if isinstance(ranks, range):
        return np.arange(ranks.start, ranks.stop, ranks.step, dtype=np.int64)
    return np.asarray(ranks, dtype=np.int64)


FEW = 200_000  # up to this many events, pairs are counted in Python: numpy's import costs more


def pair_counts(fast: FastIndex, ranks: Sequence[int], few: int = FEW) -> list[tuple[tuple[str, ...], int]]:
    """Events per pair among ``ranks``, most first (``EventIndex.pair_counts``)."""
    if len(ranks) <= few:
        return _pair_counts_few(fast, ranks)
    import numpy as np

    start = fast.array("pairs.start")
    flat = fast.array("pairs.flat")
    r = _ranks(fast, ranks)
    if not len(r):
        return []
    lo, hi = start[r], start[r + 1]
    size = hi - lo
    if len(size) and int(size.max()) > 2:
        raise Unusable("a pair of more than two")
    width = int(flat.max()) + 2 if len(flat) else 2
    has = size > 0
    first = np.where(has, flat[np.minimum(lo, max(len(flat) - 1, 0))] if len(flat) else 0, -1)
    last = np.where(has, flat[np.maximum(hi - 1, 0)] if len(flat) else 0, -1)
    key = (size * width + (first + 1)) * width + (last + 1)
    uniq, where, counts = np.unique(key, return_index=True, return_counts=True)
    order = np.argsort(where, kind="stable")  # as the full index meets them: by first rank
    names = _Names(fast._names)
    out: list[tuple[tuple[str, ...], int]] = []
    for k, n in zip(uniq[order].tolist(), counts[order].tolist()):
        rest, b = divmod(k, width)
        n_codes, a = divmod(rest, width)
        codes = [a - 1, b - 1][:n_codes] if n_codes == 2 else ([a - 1] if n_codes == 1 else [])
        if not all(names.known(c) for c in codes):
            raise Unusable("a pair names a place rows.json does not")
        out.append((tuple(names[c] for c in codes), n))
    folded = {s: fold_query(s) for s in {s for pair, _n in out for s in pair}}  # a few hundred names, not two a pair
    return sorted(out, key=lambda kv: (-kv[1], [folded[p] for p in kv[0]]))


def _pair_counts_few(fast: FastIndex, ranks: Sequence[int]) -> list[tuple[tuple[str, ...], int]]:
    """:func:`pair_counts` without numpy (a cold command on a smaller answer): the pair
    of each event read from the mapped column, counted in first-met order."""
    start, flat = fast._ints("pairs.start").tolist(), fast._ints("pairs.flat").tolist()
    counts: dict[tuple[int, ...], int] = {}
    get = counts.get
    for r in ranks:
        key = tuple(flat[start[r]: start[r + 1]])
        counts[key] = get(key, 0) + 1
    names = _Names(fast._names)
    out: list[tuple[tuple[str, ...], int]] = []
    for codes, n in counts.items():
        if len(codes) > 2:
            raise Unusable("a pair of more than two")
        if not all(names.known(c) for c in codes):
            raise Unusable("a pair names a place rows.json does not")
        out.append((tuple(names[c] for c in codes), n))
    folded = {s: fold_query(s) for s in {s for pair, _n in out for s in pair}}
    return sorted(out, key=lambda kv: (-kv[1], [folded[p] for p in kv[0]]))


class _View:
    """What ``partners.partners_of`` reads of an index, from the mapped columns: the
    year of the events ``ranks`` only (0 for the others: never read)."""

    def __init__(self, fast: FastIndex, ranks: Any) -> None:
        import numpy as np

        from .fastdates import _lines

        self.strings = _Names(fast._names)
        dates = fast.text_part("dates")
        starts = _lines(dates, len(fast))[0][ranks]
        buf = np.frombuffer(dates, dtype=np.uint8)
        year = np.zeros(len(fast), dtype=np.int32)
        if len(starts):
            pos = np.minimum(starts[:, None] + np.arange(4), max(len(buf) - 1, 0))
            digits = buf[pos].astype(np.int32) - 48
            whole = ((digits >= 0) & (digits <= 9)).all(axis=1) & (starts + 4 <= len(buf))
            year[ranks] = np.where(whole, digits @ np.array([1000, 100, 10, 1], dtype=np.int32), 0)
        self._partner_cols = {
            "year": year, "type": fast.array("types"),
            "flat": fast.array("provinces.flat"),
            "start": fast.array("provinces.start"),
            "codes": sorted(fast._names.values())}


def partners(fast: FastIndex, ranks: Sequence[int], province: str) -> list[dict[str, Any]]:
    """``partners.partners_of`` (on the map as the articles name it) from the mapped columns."""
    from .partners import partners_of

    r = _ranks(fast, ranks)
    return partners_of(_View(fast, r), r, province)
