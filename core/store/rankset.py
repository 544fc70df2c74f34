"""Filter rows as numpy arrays of ranks (ascending, each once): the index's filters
(``index.py``) over loaded or memory-mapped columns (``mapped.py``).

A province, level or type is one vectorised pass over its column (a province of mapped
columns: one slice of its postings, written with the columns for ``fastquery``); the
criteria of a filter are intersected smallest first, then cut to the date window. The
answers are those of the set intersections they replace, as lists.
"""

from __future__ import annotations

from array import array
from typing import Any, Sequence

import numpy as np

__all__ = ["ints", "rows_with", "union", "intersect", "EMPTY"]

EMPTY = np.zeros(0, dtype=np.int64)


def ints(col: Any) -> np.ndarray:
    """An int column (an ``array``, a list or a numpy array) as a numpy array, without
    a copy for an array: of its own width (a mapped column: int32 or int64, as stored),
    for comparing and indexing with; whoever adds or multiplies widens first."""
    if isinstance(col, np.ndarray):
        return col
    return np.frombuffer(col, dtype=col.typecode) if isinstance(col, array) else np.asarray(col, dtype=np.int64)


def rows_with(cols: Any, kind: str, code: int) -> np.ndarray:
    """The ranks with ``code`` as their type (``kind="type"``) or among their parties'
    provinces or levels."""
    if kind == "type":
        return np.flatnonzero(ints(cols.types) == code).astype(np.int64, copy=False)
    if kind == "province" and hasattr(cols, "postings"):
        got = cols.postings(code)  # ascending, once per party in that province
        return got[np.concatenate(([True], got[1:] != got[:-1]))] if len(got) else EMPTY
    rag = cols.provinces if kind == "province" else cols.levels
    flat, start = ints(rag.flat), ints(rag.start)
    return np.unique(np.searchsorted(start, np.flatnonzero(flat == code), side="right") - 1).astype(np.int64)


def union(arrays: Sequence[np.ndarray]) -> np.ndarray:
    arrays = [a for a in arrays if len(a)]
    if len(arrays) <= 1:
        return arrays[0] if arrays else EMPTY
    return np.unique(np.concatenate(arrays))


def as_ranks(got: np.ndarray, compact: bool = False) -> Any:
    """Ranks found with numpy as a list of ints, or (``compact``) as a stdlib
    ``array("i")``: 4 bytes a rank, not a Python int and a list slot (36 bytes). The app
    holds its answers so (a million ranks: 4 MB, not 36 MB); it reads them as a list is
    read (``len``, indexing, ``bisect``, iteration), and ``list()`` gives the list."""
    if not compact:
        return got.tolist()
    from array import array

    out = array("i")
    out.frombytes(np.ascontiguousarray(got, dtype=np.int32).tobytes())
    return out


def intersect(arrays: Sequence[np.ndarray], window: Any, compact: bool = False) -> Any:
    """The ranks in every one of ``arrays`` and in ``window`` (a range, or a
    ``fastdates.Window``: early ranks, then a range), ascending (:func:`as_ranks`)."""
    ordered = sorted(arrays, key=len)
    got = ordered[0]
    for other in ordered[1:]:
        if not len(got):
            break
        got = got[np.isin(got, other, assume_unique=True)]
    span = window if isinstance(window, range) else window.span
    inside = (got >= span.start) & (got < span.stop)
    early = getattr(window, "early", None)
    if early:
        inside |= np.isin(got, np.asarray(early, dtype=np.int64))
    return as_ranks(got[inside], compact)
