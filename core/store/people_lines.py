"""The events of the caches' event lines, in line order, for the people table
(``people_table``): each read by its rank from the records where they lie."""

from __future__ import annotations

from typing import Any, Sequence

import orjson

__all__ = ["EventLines"]


class EventLines:
    """The events of the caches' event lines ``lo:hi``, in line order, as (line, event)
    (an empty event for a line of a replaced article): each read by its rank
    (``line_rank``) from ``events`` (``records.LazyRecords``), a window at a time in the
    order they lie, each checked against its CRC-32."""

    def __init__(self, events: Any, line_rank: Sequence[int], window: int = 16384) -> None:
        self.events, self.line_rank, self.window = events, line_rank, window

    def __call__(self, lo: int, hi: int) -> Any:
        for a in range(lo, hi, self.window):
            b = min(hi, a + self.window)
            got = self.line_rank[a:b]
            ranks = got.tolist() if hasattr(got, "tolist") else list(got)
            live = [r for r in ranks if r >= 0]
            # parsed one at a time as they are added (a window of parsed events held at
            # once would make every garbage collection meanwhile walk them)
            parsed = (orjson.loads(x) for _n, run in self.events.runs(live, b"\n", window=len(live) or 1)
                      for x in run.split(b"\n")) if hasattr(self.events, "runs") \
                else (self.events[r] for r in live)
            for line, r in enumerate(ranks, a):
                yield line, (next(parsed) if r >= 0 else {})
