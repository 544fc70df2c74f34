"""``--since`` / ``--until`` for the fast path (``fastquery``), from the date columns as
they lie in ``columns.bin``: the same window of ranks as ``EventIndex._date_range``.

Events are in timeline order, dated ones first (unknown years last), so the events that
start inside the bounds are one range of ranks, found by bisecting the dates column read
in place (its lines located once, with numpy); before it come the earlier events whose
date range (``date_end``) still reaches ``since``.
"""

from __future__ import annotations

import bisect
from typing import Any, Iterator

__all__ = ["date_window", "Window"]

FLAG_UNKNOWN = 4  # ``cache.FLAG_UNKNOWN``: the year is not known (such events sort last)


class Window:
    """Ascending ranks: a few early ones (events that started before the bound and
    reach it), then a range."""

    __slots__ = ("early", "_early_set", "span")

    def __init__(self, early: list[int], span: range) -> None:
        self.early = early
        self._early_set = set(early)
        self.span = span

    def __contains__(self, r: object) -> bool:
        return r in self.span or r in self._early_set

    def __iter__(self) -> Iterator[int]:
        yield from self.early
        yield from self.span

    def __len__(self) -> int:
        return len(self.early) + len(self.span)


def _lines(part: memoryview, count: int) -> tuple[Any, Any]:
    """Where each of the ``count`` lines of a text column starts and ends."""
    import numpy as np

    buf = np.frombuffer(part, dtype=np.uint8)
    nl = np.flatnonzero(buf == 10)
    if count and len(nl) != count - 1:
        from .fastquery import Unusable

        raise Unusable("a text column has the wrong number of lines")
    # each made once, in place (a million lines: no concatenated copies to cast again)
    starts = np.empty(count, dtype=np.int64)
    ends = np.empty(count, dtype=np.int64)
    if count:
        starts[0] = 0
        np.add(nl[: count - 1], 1, out=starts[1:])
        ends[: count - 1] = nl[: count - 1]
        ends[count - 1] = nl[count - 1] if len(nl) >= count else len(buf)
    return starts, ends


def newlines(part: memoryview, count: int) -> Any:
    """Where each of the ``count`` lines of a text column ends but the last (:func:`_lines`
    without the arrays made from it: line ``r`` is ``part[nl[r-1]+1 : nl[r]]``)."""
    import numpy as np

    nl = np.flatnonzero(np.frombuffer(part, dtype=np.uint8) == 10)
    if count and len(nl) != count - 1:
        from .fastquery import Unusable

        raise Unusable("a text column has the wrong number of lines")
    return nl


def date_window(index: Any, since: str | None, until: str | None) -> Window:
    """The ranks whose events overlap ``since``..``until`` (ISO bounds, inclusive),
    as ``EventIndex._date_range`` finds them."""
    import numpy as np

    n = len(index)
    flags = index.array("flags")
    known = np.flatnonzero((flags & FLAG_UNKNOWN) == 0)
    dated = int(known[-1]) + 1 if len(known) else 0
    dates = index.text_part("dates")
    d_start, d_end = _lines(dates, n)
    raw = bytes(dates)
    starts, ends_at = d_start.tolist(), d_end.tolist()

    def date(r: int) -> bytes:
        return raw[starts[r]: ends_at[r]]

    lo, hi = 0, dated
    early: list[int] = []
    if since:
        want = since.encode()
        lo = bisect.bisect_left(range(dated), want, key=date)
        ends = index.text_part("ends")
        e_start, e_end = _lines(ends, n)
        ranged = np.flatnonzero(e_end[:lo] > e_start[:lo]).tolist()  # events before lo with an end date
        if ranged:
            e_raw = bytes(ends)
            es, ee = e_start.tolist(), e_end.tolist()
            early = [r for r in ranged if e_raw[es[r]: ee[r]] >= want]
    if until:
        hi = bisect.bisect_right(range(dated), (until + "~").encode(), key=date)
    early = [r for r in early if r < hi]
    return Window(early, range(lo, max(lo, hi)))
