"""The timeline's rows: year headings and events, built once per filter result.

``TimelineRows`` is plain data (no Textual), built in the filter worker thread: a list of
row codes (``>= 0`` an event's rank in ``EventIndex.events``, ``< 0`` a heading) and the
headings. Navigation by date (years, months, "go to date") is a bisect over the rows,
never a scan, so it stays instant at a million events.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Sequence

from hoptac.core.store import textcolumn

from ..i18n import _
from .text import format_date

__all__ = ["Heading", "TimelineRows", "RowCodes", "UNKNOWN_KEY"]

UNKNOWN_KEY = "~"  # sorts after every digit: the unknown-year group comes last


@dataclass(slots=True)
class Heading:
    year: int | None  # None: the "year unknown" group
    row: int  # the heading's own row
    count: int = 0

    @property
    def label(self) -> str:
        return str(self.year) if self.year is not None else _("Year unknown")


class RowCodes(Sequence[int]):
    """The rows of a timeline: ``rows[i]`` is the rank of the event on row ``i``, or
    ``-(k + 1)`` on the row of the k-th heading (``heading_rows``, ascending); worked
    out from the ranks when asked for (a bisect over the headings)."""

    __slots__ = ("ranks", "heads", "n")

    def __init__(self, ranks: Sequence[int], heads: list[int], count: int | None = None) -> None:
        self.ranks, self.heads = ranks, heads  # ``count``: of ``ranks``, the first so many (all)
        self.n = (len(ranks) if count is None else count) + len(heads)

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        h = bisect.bisect_right(self.heads, i)
        if h and self.heads[h - 1] == i:
            return -h
        return int(self.ranks[i - h])

    def __iter__(self) -> Any:
        return (self[i] for i in range(self.n))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, (list, RowCodes)) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def _range_examples(ranks: Sequence[int], dates: Sequence[str], ends: Sequence[str | None]) -> list[tuple[str, str]]:
    """One (date, end) of each shape among the events ``ranks`` that have an end date:
    the shown width depends only on these features (lengths, same month or year, unknown
    years), so one real example of each is formatted and no record is read. Over mapped
    columns (``TextColumn``) the shapes are found with numpy, not a loop over the rows
    (once numpy is imported; before, as for the app's first frame, over the lines that
    have an end: ``TextColumn.nonempty``)."""
    if hasattr(ends, "nonempty") and not textcolumn.numpy_loaded():
        have = ends.nonempty()
        if not isinstance(ranks, range) or ranks.step != 1:
            wanted = set(ranks)
            have = [r for r in have if r in wanted]
        elif ranks.start or ranks.stop < len(ends):
            have = have[bisect.bisect_left(have, ranks.start): bisect.bisect_left(have, ranks.stop)]
        dl, el = getattr(dates, "raw_lines", lambda: None)(), ends.raw_lines()
        if dl is not None and el is not None:  # the lines as bytes: no line decoded but the examples'
            first: dict[tuple[Any, ...], int] = {}
            for r in have:
                d, e = dl[r], el[r]
                first.setdefault((len(d), len(e), d[:7] == e[:7], d[:4] == e[:4], d[:2] == b"--", e[:2] == b"--"), r)
            return [(dates[r], ends[r] or "") for r in first.values()]
        return _examples(have, dates, ends)
    if hasattr(ends, "present") and hasattr(dates, "prefixes"):
        import numpy as np

        present = ends.present()
        if isinstance(ranks, range):
            r = np.flatnonzero(present[ranks.start: ranks.stop]) + ranks.start if ranks.step == 1 else \
                np.arange(ranks.start, ranks.stop, ranks.step)[present[ranks.start: ranks.stop: ranks.step]]
        else:
            r = np.asarray(ranks, dtype=np.int64)
            r = r[present[r]] if len(r) else r
        if not len(r):
            return []
        d, e = dates.prefixes(r, 7), ends.prefixes(r, 7)
        dl, el = dates.lengths()[r], ends.lengths()[r]
        flags = ((d == e).all(axis=1) * 8 + (d[:, :4] == e[:, :4]).all(axis=1) * 4
                 + ((d[:, 0] == 45) & (d[:, 1] == 45)) * 2 + ((e[:, 0] == 45) & (e[:, 1] == 45)))
        keys = (dl * (int(el.max()) + 1) + el) * 16 + flags  # the shape, one number
        _u, first = np.unique(keys, return_index=True)
        return [(dates[int(r[k])], ends[int(r[k])] or "") for k in sorted(first.tolist())]
    return _examples([r for r in ranks if ends[r]] if any(ends) else [], dates, ends)


def _examples(ranked: Sequence[int], dates: Sequence[str], ends: Sequence[str | None]) -> list[tuple[str, str]]:
    """One (date, end) of each shape among ``ranked`` (events that have an end)."""
    examples: dict[tuple[Any, ...], tuple[str, str]] = {}
    for r in ranked:
        d, e = dates[r], ends[r] or ""
        examples.setdefault((len(d), len(e), d[:7] == e[:7], d[:4] == e[:4], d[:2] == "--", e[:2] == "--"), (d, e))
    return list(examples.values())


@dataclass(slots=True)
class TimelineRows:
    events: Sequence[dict[str, Any]]
    ranks: list[int] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    heading_rows: list[int] = field(default_factory=list)  # ascending, for bisect
    has_ranges: bool = False
    date_width: int = 11  # marker + the longest date shown ("~2023-02-18"; ranges are longer, columns.row_layout)

    pair_full: int = 0  # cells the widest pair label needs (0: not worked out)
    pair_short: int = 0  # the same with the gazetteer's short forms ("TP.HCM")
    pair_typical: int = 0  # what 9 in 10 rows' pair labels need (columns.pair_widths)
    dates: Sequence[str] = ()  # by rank: the index's date column (no record is read to build rows)

    @classmethod
    def build(cls, events: Sequence[dict[str, Any]], ranks: list[int], should_stop: Any = None, *,
              dates: Sequence[str] | None = None, ends: Sequence[str | None] | None = None) -> "TimelineRows":
        """Rows for ``ranks`` (ascending). Year groups are found by bisecting the sorted
        date column, so a million rows cost a few list slices, not a loop in Python."""
        if dates is None:
            dates = [ev.get("date") or "" for ev in events]
        if ends is None:
            ends = [ev.get("date_end") for ev in events]
        out = cls(events=events, ranks=ranks, dates=dates)
        headings = out.headings
        # dated events come first (a year on four digits), the unknown years after them
        dated = bisect.bisect_left(dates, True, key=lambda d: not d[:4].isdigit())
        i, n = 0, len(ranks)
        while i < n:
            if should_stop is not None and should_stop():
                break
            d = dates[ranks[i]]
            if d[:4].isdigit():
                year = int(d[:4])
                j = bisect.bisect_left(ranks, bisect.bisect_left(dates, f"{year + 1:04d}", 0, dated), i)
                heading = Heading(year, i + len(headings))
            else:
                j = n
                heading = Heading(None, i + len(headings))
            headings.append(heading)
            heading.count = j - i
            i = j
        out.heading_rows = [h.row for h in headings]
        # the rows are worked out from the ranks and the headings' rows when asked for:
        # no list of a million rows is built
        out.rows = RowCodes(ranks, out.heading_rows, i)  # type: ignore[assignment]
        examples = _range_examples(ranks, dates, ends)
        out.has_ranges = bool(examples)
        for d, e in examples:
            out.date_width = max(out.date_width, 1 + len(format_date({"date": d, "date_end": e})[1]))
        return out

    # -- looking rows up -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.rows)

    @property
    def event_count(self) -> int:
        return len(self.ranks)

    def is_heading(self, row: int) -> bool:
        return self.rows[row] < 0

    def heading_at(self, row: int) -> Heading:
        return self.headings[-self.rows[row] - 1]

    def heading_of(self, row: int) -> Heading | None:
        """The heading of the group ``row`` belongs to."""
        i = bisect.bisect_right(self.heading_rows, row) - 1
        return self.headings[i] if i >= 0 else None

    def event_at(self, row: int) -> dict[str, Any] | None:
        if 0 <= row < len(self.rows) and self.rows[row] >= 0:
            return self.events[self.rows[row]]
        return None

    def ordinal(self, row: int) -> int:
        """1-based position of the event on ``row`` among the events (headings not counted)."""
        return row - bisect.bisect_right(self.heading_rows, row) + 1

    def row_of_rank(self, rank: int) -> int | None:
        i = bisect.bisect_left(self.ranks, rank)
        if i < len(self.ranks) and self.ranks[i] == rank:
            return self._row_of_ordinal(i)
        return None

    def nearest_row_of_rank(self, rank: int) -> int | None:
        """The row of ``rank``, else of the next event after it in timeline order, else the
        last event (so the cursor stays near the same date when filters change)."""
        if not self.ranks:
            return None
        i = min(bisect.bisect_left(self.ranks, rank), len(self.ranks) - 1)
        return self._row_of_ordinal(i)

    def _row_of_ordinal(self, i: int) -> int:
        # rows = events interleaved with headings; the k-th heading sits before its events
        lo, hi = i, i + len(self.headings)
        while lo < hi:  # smallest row >= i whose ordinal-1 == i
            mid = (lo + hi) // 2
            if mid - bisect.bisect_right(self.heading_rows, mid) < i:
                lo = mid + 1
            else:
                hi = mid
        while lo < len(self.rows) and self.rows[lo] < 0:
            lo += 1
        return lo

    # -- moving ------------------------------------------------------------------------------
    def next_event_row(self, row: int, step: int = 1) -> int | None:
        """The nearest event row from ``row`` in direction ``step`` (``row`` itself counts)."""
        while 0 <= row < len(self.rows):
            if self.rows[row] >= 0:
                return row
            row += step
        return None

    def first_event_row(self) -> int | None:
        return self.next_event_row(0, 1)

    def last_event_row(self) -> int | None:
        return self.next_event_row(len(self.rows) - 1, -1)

    def last_dated_row(self) -> int | None:
        for h in reversed(self.headings):
            if h.year is not None:
                return self.next_event_row(h.row + h.count, -1)
        return None

    def _key(self, row_code: int) -> str:
        if row_code < 0:
            h = self.headings[-row_code - 1]
            return str(h.year) if h.year is not None else UNKNOWN_KEY
        date = self.dates[row_code] or ""
        return date if date[:4].isdigit() else UNKNOWN_KEY + date

    def row_for_date(self, iso: str) -> int | None:
        """The first event on or after ``iso`` (``2018``, ``2018-03``, ``2018-03-08``);
        None when every dated event is earlier."""
        i = bisect.bisect_left(self.rows, iso, key=self._key)
        row = self.next_event_row(i, 1)
        if row is None:
            return None
        if (self.dates[self.rows[row]] or "")[:4].isdigit():
            return row
        return None  # only unknown-year events after the date

    def _month_key(self, row: int) -> str:
        key = self._key(self.rows[row])
        return UNKNOWN_KEY if key.startswith(UNKNOWN_KEY) else key[:7]

    def _group_start(self, row: int, key: str) -> int:
        i = bisect.bisect_left(self.rows, key, key=self._key)
        return self.next_event_row(i, 1) or row

    def next_group(self, row: int, *, unit: str) -> int | None:
        """First event of the next year (``unit="year"``) or month after ``row``'s."""
        if unit == "year":
            i = bisect.bisect_right(self.heading_rows, row)
            return self.next_event_row(self.heading_rows[i], 1) if i < len(self.heading_rows) else None
        key = self._month_key(row)
        if key == UNKNOWN_KEY:
            return None
        bound = key + ("\uffff" if len(key) == 7 else "")
        i = bisect.bisect_right(self.rows, bound, key=self._key)
        return self.next_event_row(i, 1)

    def prev_group(self, row: int, *, unit: str) -> int | None:
        """First event of ``row``'s year or month if ``row`` is not it already, else the first
        event of the year or month before."""
        if unit == "year":
            h = bisect.bisect_right(self.heading_rows, row) - 1
            if h < 0:
                return None
            start = self.next_event_row(self.heading_rows[h], 1)
            if start is not None and start < row:
                return start
            return self.next_event_row(self.heading_rows[h - 1], 1) if h > 0 else None
        key = self._month_key(row)
        start = self._group_start(row, key)
        if start < row:
            return start
        before = self.next_event_row(start - 1, -1)
        if before is None:
            return None
        return self._group_start(before, self._month_key(before))
