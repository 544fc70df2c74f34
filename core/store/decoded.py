"""Postings decoded from ``words.bin`` kept for the next searches (``wordpairs``).

A phrase is typed a letter at a time, and each keystroke searches again: "ky ket thoa
thuan hop t", then "... hop ta", "... hop tac" share every pair but the last. The
bit-packed postings of a pair (``bitpack``) cost a decoding each time they are read;
this keeps the most recently read ones (lines as uint32, flags as uint16: 6 bytes a
posting), up to a budget of postings, so that a keystroke decodes only what it adds.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Hashable

import numpy as np

__all__ = ["Decoded", "BUDGET"]

BUDGET = 16_000_000   # postings kept at most (about 96 MB; a long phrase at a million events holds 5 to 6 million)


class Decoded:
    """A least-recently-used store of decoded postings: key → (lines, flags)."""

    def __init__(self, budget: int | None = None) -> None:
        self.budget = BUDGET if budget is None else budget
        self._items: OrderedDict[Hashable, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()   # the app searches in a worker thread

    def get(self, key: Hashable) -> tuple[np.ndarray, np.ndarray] | None:
        """(lines as int64, flags) kept for ``key``, or None."""
        with self._lock:
            got = self._items.get(key)
            if got is None:
                return None
            self._items.move_to_end(key)
        return got[0].astype(np.int64), got[1]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0

    def put(self, key: Hashable, lines: np.ndarray, flags: Any) -> None:
        n = len(lines)
        if n > self.budget // 4 or not n:   # one list never takes most of it (nor is an empty one worth it)
            return
        small = lines.astype(np.uint32)
        flags.flags.writeable = False   # shared by every search that reads it (as the mapped file's were)
        with self._lock:
            if key in self._items:
                return
            self._items[key] = (small, flags)
            self._size += n
            while self._size > self.budget and self._items:
                _k, (old, _f) = self._items.popitem(last=False)
                self._size -= len(old)
