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
        import numpy as np

        from .fastdates import newlines  # raises Unusable: the wrong number of lines

        self._raw = fast.text_part("dates")
        self._n = n = len(fast)
        # line r is raw[bounds[r] + 1: bounds[r + 1]]: one array from the new lines, not
        # arrays of starts and ends made and cast
        self._bounds = bounds = np.empty(n + 1, dtype=np.int64)
        bounds[0] = -1
        bounds[1:n] = newlines(self._raw, n)
        bounds[n] = len(self._raw)
        self._seen: dict[int, str] = {}  # a view asks for the same dates again and again

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, r: int) -> str:  # type: ignore[override]
        got = self._seen.get(r)
        if got is None:
            at = r + self._n if r < 0 else r
            if not 0 <= at < self._n:
                raise IndexError(r)
            got = self._seen[r] = str(self._raw[int(self._bounds[at]) + 1: int(self._bounds[at + 1])], "utf-8")
        return got


class _Checked:
    """A whole-number part of ``columns.bin`` read at the rows asked, the blocks holding
    them checked against their CRC-32s (``FastIndex.rows``), or whole (checked whole)
    when made an array: a province's people read 20,000 rows of a million-row part,
    not all of it (``people_table``: ``rows_at``)."""

    rows_at = True

    def __init__(self, fast: FastIndex, name: str) -> None:
        self._fast, self._name = fast, name
        self._n = int(fast._layout[name][3])

    def __len__(self) -> int:
        return self._n

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        import numpy as np

        whole = self._fast.array(self._name)  # int64, widened when stored narrower
        return whole if dtype is None else whole.astype(dtype, copy=False)

    def check(self, rows: Sequence[int]) -> None:
        """Check the blocks holding ``rows`` now (raises ``Unusable``): what will be read."""
        import numpy as np

        if len(rows):
            per = self._fast._per(self._name)
            self._fast.check_items(self._name, _blocks(np.asarray(rows, dtype=np.int64) // per), blocks=True)

    def __getitem__(self, idx: Any) -> Any:
        import numpy as np

        if isinstance(idx, np.ndarray) and idx.dtype.kind in "iu" and idx.ndim == 1 and len(idx) \
                and int(idx.min()) >= 0 and int(idx.max()) < self._n:
            self._fast.check_items(self._name, _blocks(idx // self._fast._per(self._name)), blocks=True)
            return np.asarray(self._fast.unchecked(self._name))[idx].astype(np.int64)  # at its stored width
        return np.asarray(self)[idx]


def _blocks(blocks: Any) -> list[int]:
    """The distinct numbers of ``blocks``: a filter's rows ascend, so each differs from
    the last (no hashing or sorting, as ``np.unique`` would); any others sorted."""
    import numpy as np

    if len(blocks) > 1 and not bool((blocks[1:] >= blocks[:-1]).all()):
        blocks = np.sort(blocks)
    keep = np.ones(len(blocks), dtype=bool)
    keep[1:] = blocks[1:] != blocks[:-1]
    return blocks[keep].tolist()


class _Cols:
    def __init__(self, fast: FastIndex) -> None:
        self.folder = fast.folder
        self.sidx = _Checked(fast, "sidx")            # read at the ranks asked (``people._entries``)
        self.line_rank = fast.array("line_rank")      # checked now: read part way otherwise
        self.dates = _Dates(fast)


def _dated(fast: FastIndex, step: int = 1 << 15) -> int:
    """Where the dated events end (the events of an unknown year sort last): the flags
    read from the end, a stretch at a time, the blocks read checked (``FastIndex.rows``),
    until a dated event is found — a few blocks, not the whole column."""
    import numpy as np

    hi = len(fast)
    while hi > 0:
        lo = max(0, hi - step)
        flags = np.asarray(fast.rows("flags", lo, hi))  # at its stored width
        known = np.flatnonzero((flags & FLAG_UNKNOWN) == 0)
        if len(known):
            return lo + int(known[-1]) + 1
        hi = lo
    return 0


class PeopleView:
    """What ``people.iter_people`` reads of an index, from a :class:`FastIndex`."""

    def __init__(self, fast: FastIndex) -> None:
        self.fast = fast
        self.events = fast.events  # its open files: the people table follows these caches (events.jsonl's inode)
        self.cols = _Cols(fast)
        # the rows the view will read checked now, where a damaged block sends the command
        # to the full path (``cli_views._fast_people``), not part way through its answer
        asked = fast.asked
        if asked is not None and 8 * len(asked) < len(fast):
            self.cols.sidx.check(asked)
        else:
            fast._part("sidx")
        self._dated = _dated(fast)

    def __len__(self) -> int:
        return len(self.fast)
