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

from ..i18n import _
from .text import format_date

__all__ = ["Heading", "TimelineRows", "UNKNOWN_KEY"]

UNKNOWN_KEY = "~"  # sorts after every digit: the unknown-year group comes last


@dataclass(slots=True)
class Heading:
    year: int | None  # None: the "year unknown" group
    row: int  # the heading's own row
    count: int = 0

    @property
    def label(self) -> str:
        return str(self.year) if self.year is not None else _("Year unknown")


@dataclass(slots=True)
class TimelineRows:
    events: Sequence[dict[str, Any]]
    ranks: list[int] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    heading_rows: list[int] = field(default_factory=list)  # ascending, for bisect
    has_ranges: bool = False
    date_width: int = 11  # marker + the longest date shown ("~2023-02-18"; ranges are longer)

    pair_full: int = 0  # cells the widest pair label needs (0: not worked out)
    pair_short: int = 0  # the same with the gazetteer's short forms ("TP.HCM")
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
        rows = out.rows
        headings = out.headings
        dated = len(dates)
        while dated and not dates[dated - 1][:4].isdigit():
            dated -= 1
        i, n = 0, len(ranks)
        while i < n:
            if should_stop is not None and should_stop():
                break
            d = dates[ranks[i]]
            if d[:4].isdigit():
                year = int(d[:4])
                j = bisect.bisect_left(ranks, bisect.bisect_left(dates, f"{year + 1:04d}", 0, dated), i)
                heading = Heading(year, len(rows))
            else:
                j = n
                heading = Heading(None, len(rows))
            headings.append(heading)
            rows.append(-len(headings))
            rows.extend(ranks[i:j])
            heading.count = j - i
            i = j
        with_end = [r for r in ranks if ends[r]] if any(ends) else []
        out.has_ranges = bool(with_end)
        # the shown width depends only on these features, so one real example of each is
        # formatted (no record is read; a million rows cost one pass over the dates)
        examples: dict[tuple[Any, ...], tuple[str, str]] = {}
        for r in with_end:
            d, e = dates[r], ends[r] or ""
            examples.setdefault((len(d), len(e), d[:7] == e[:7], d[:4] == e[:4], d[:2] == "--", e[:2] == "--"), (d, e))
        for d, e in examples.values():
            out.date_width = max(out.date_width, 1 + len(format_date({"date": d, "date_end": e})[1]))
        out.heading_rows = [h.row for h in headings]
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
