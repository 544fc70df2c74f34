"""How wide the timeline's pair column needs to be for the events of a view.

The pair gets what its widest label needs (full names, else the gazetteer's short forms
such as "TP.HCM"), the title the rest. Worked out in the filter worker from the index's
columns, so no event record is read: exactly over the distinct pairs of a view of up to
``EXACT`` events, and for larger views from the widest names of the whole database (an
upper bound, computed once per index).
"""

from __future__ import annotations

from typing import Any, Sequence

from hoptac.core.store import textcolumn
from rich.cells import cell_len

from .names import short_name

__all__ = ["PairWidths", "pair_widths", "EXACT"]

EXACT = 20_000
SEP = " – "
PairWidths = tuple[int, int]  # (full names, short forms)


def _label_width(names: Sequence[str], extra: int, *, short: bool) -> int:
    shown = [short_name(n) if short else n for n in names]
    width = cell_len(SEP.join(shown)) if shown else 1
    return width + (len(f" +{extra}") if extra > 0 else 0)


def pair_widths(index: Any, ranks: Sequence[int]) -> PairWidths:
    """(full, short) cell widths of the widest pair label among ``ranks``."""
    cols = getattr(index, "cols", None)
    if cols is None or not ranks:
        return (0, 0)
    strings = index.strings
    if len(ranks) > EXACT:
        return _database_bound(index)
    if hasattr(cols, "ragged_view") and not textcolumn.numpy_loaded():  # mapped, the app's first frame
        pairs, provinces = cols.ragged_view("pairs"), cols.ragged_view("provinces")
    else:
        pairs, provinces = cols.pairs, cols.provinces
    keys: set[tuple[tuple[int, ...], int]] = set()
    for r in ranks:
        pair = tuple(pairs[r])
        extra = len(set(provinces[r]) - set(pair)) if pair else 0
        keys.add((pair, extra))
    full = short = 0
    for pair, extra in keys:
        names = [strings[c] for c in pair]
        full = max(full, _label_width(names, extra, short=False))
        short = max(short, _label_width(names, extra, short=True))
    return (full, short)


_BOUNDS: dict[int, tuple[Any, PairWidths]] = {}


def _database_bound(index: Any) -> PairWidths:
    held = _BOUNDS.get(id(index))
    if held is not None and held[0] is index:
        return held[1]
    strings = index.strings
    cols = index.cols
    if hasattr(cols, "int_view") and not textcolumn.numpy_loaded():
        codes = set(cols.int_view("pairs.flat"))  # mapped, before numpy is imported (the app's first frame)
    elif hasattr(flat := cols.pairs.flat, "dtype"):  # mapped: the codes present, counted in one numpy pass
        import numpy as np

        codes = np.flatnonzero(np.bincount(flat)).tolist() if len(flat) else []
    else:
        codes = set(flat)
    names = [strings[c] for c in codes]
    out = []
    for short in (False, True):
        widths = sorted((cell_len(short_name(n) if short else n) for n in names), reverse=True)[:2]
        out.append(sum(widths) + len(SEP) * (len(widths) - 1) + 3)
    bound = (out[0], out[1])
    _BOUNDS.clear()
    _BOUNDS[id(index)] = (index, bound)
    return bound
