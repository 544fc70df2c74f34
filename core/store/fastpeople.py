"""``hoptac people`` from the caches as they lie (``fastquery``), not the full index.

The people views (``people.py``) read, of an index, the events' line offsets and line
numbers in ``events.jsonl`` (to find their rows in the people table), the dates of the
events they name and where the dated events end. :class:`PeopleView` gives them that
from the memory-mapped parts of ``columns.bin`` (each checked against its CRC-32 when
first read), and the date column as strings: a cold
``hoptac people`` does not load every column, build the posting sets or check every
cache file whole first (``Library.open``). Same answers, same order.
"""

from __future__ import annotations

from typing import Any

from .fastquery import FastIndex

__all__ = ["PeopleView"]

FLAG_UNKNOWN = 4  # ``cache.FLAG_UNKNOWN``


def _dates(fast: FastIndex) -> list[str]:
    """The date column as strings (ASCII, a line an event), as the full index holds it."""
    from .fastquery import Unusable

    n = len(fast)
    dates = bytes(fast.text_part("dates")).decode("utf-8").split("\n") if n else []
    if len(dates) != n:
        raise Unusable("the date column has the wrong number of lines")
    return dates


class _Cols:
    def __init__(self, fast: FastIndex) -> None:
        import numpy as np

        self.folder = fast.folder
        self.ev_off = np.frombuffer(fast._part("ev_off"), dtype=np.int64)
        self.ev_len = np.frombuffer(fast._part("ev_len"), dtype=np.int64)
        self.sidx = np.frombuffer(fast._part("sidx"), dtype=np.int64)
        self.dates = _dates(fast)


class PeopleView:
    """What ``people.iter_people`` reads of an index, from a :class:`FastIndex`."""

    def __init__(self, fast: FastIndex) -> None:
        import numpy as np

        self.fast = fast
        self.events = fast.events  # its open file: the people table follows this events.jsonl
        self.cols = _Cols(fast)
        flags = np.frombuffer(fast._part("flags"), dtype=np.int64)
        known = np.flatnonzero((flags & FLAG_UNKNOWN) == 0)
        self._dated = int(known[-1]) + 1 if len(known) else 0

    def __len__(self) -> int:
        return len(self.fast)
