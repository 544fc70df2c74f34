"""``hoptac people`` from the caches as they lie (``fastquery``), not the full index.

The people views (``people.py``) read, of an index, the events' line numbers and each
line's rank (to find and grow their rows in the people table), the dates of the
events they name and where the dated events end. :class:`PeopleView` gives them that
from the memory-mapped parts of ``columns.bin`` (each checked against its CRC-32 when
first read), and the date column, each date decoded when asked for: a cold
``hoptac people`` does not load every column, build the posting sets or check every
cache file whole first (``Library.open``). Same answers, same order.
"""

from __future__ import annotations

from typing import Any, Sequence

from .fastquery import FastIndex

__all__ = ["PeopleView"]

FLAG_UNKNOWN = 4  # ``cache.FLAG_UNKNOWN``


class _Dates(Sequence[str]):
    """The date column, a line an event, each decoded when asked for (the views ask for
    a few thousand of a million: not a million strings made first)."""

    def __init__(self, fast: FastIndex) -> None:
        from .fastdates import newlines  # raises Unusable: the wrong number of lines

        self._raw = fast.text_part("dates")
        self._n = len(fast)
        self._nl = newlines(self._raw, self._n)  # only the new lines: no arrays of starts and ends made
        self._seen: dict[int, str] = {}  # a view asks for the same dates again and again

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, r: int) -> str:  # type: ignore[override]
        got = self._seen.get(r)
        if got is None:
            if r < 0:
                r += self._n
            if not 0 <= r < self._n:
                raise IndexError(r)
            nl = self._nl
            got = self._seen[r] = str(self._raw[int(nl[r - 1]) + 1 if r else 0: int(nl[r]) if r < self._n - 1
                                                else len(self._raw)], "utf-8")
        return got


class _Cols:
    def __init__(self, fast: FastIndex) -> None:
        import numpy as np

        self.folder = fast.folder
        self.sidx = np.frombuffer(fast._part("sidx"), dtype=np.int64)
        self.line_rank = np.frombuffer(fast._part("line_rank"), dtype=np.int64)
        self.dates = _Dates(fast)


class PeopleView:
    """What ``people.iter_people`` reads of an index, from a :class:`FastIndex`."""

    def __init__(self, fast: FastIndex) -> None:
        import numpy as np

        self.fast = fast
        self.events = fast.events  # its open files: the people table follows these caches (events.jsonl's inode)
        self.cols = _Cols(fast)
        flags = np.frombuffer(fast._part("flags"), dtype=np.int64)
        known = np.flatnonzero((flags & FLAG_UNKNOWN) == 0)
        self._dated = int(known[-1]) + 1 if len(known) else 0

    def __len__(self) -> int:
        return len(self.fast)
