"""The day of the lead told again, far below, with its year: year evidence beyond the nearby reach
(used by :func:`hoptac.core.extract.year_nearby._context`).

A lead often dates its occasion by day and month only ("Tối ngày 29/1, tại tỉnh B đã khai mạc …")
and the body, paragraphs later, tells the same day again with its year ("… được tổ chức vào ngày
29/1/2018 tại khu di tích …"). That full date is the occasion's own: its year outweighs a stamp that
says another year (a copy republished later), and gives the year when the page has no stamp. Each
shape is a row of :data:`RESTATED`, with an example written for it.

Not when the restating sentence tells the past (``year_nearby.PAST_MARKERS``: "Ngày 29/1/2015, hai
tỉnh đã ký …" is an earlier occasion on the same day), nor on a page of many years (a history), nor
for a range (``year_nearby`` and ``events._restated`` read those).
"""

from __future__ import annotations

from typing import Callable, Sequence

from .dates import DateMention
from .year_cue_kinds import YearCue

__all__ = ["RESTATED", "RESTATED_WEIGHT", "restated_day"]

#: The shapes read here: (name, example, what it requires).
RESTATED: tuple[tuple[str, str, str], ...] = (
    ("same_day_with_year",
     "Tối ngày 29/1, tỉnh B khai mạc Năm du lịch … Lễ khai mạc được tổ chức vào ngày 29/1/2018 tại …",
     "the same day and month, one day (no range), its year stated, farther than the nearby reach"),
)
#: As strong as a full date in the mention's own paragraph (``year_nearby.NEARBY['same_paragraph']``):
#: above ``years.CONFLICT``, so a stamp of another year gives no year against it.
RESTATED_WEIGHT = 85


def restated_day(mention: DateMention, mentions: Sequence[DateMention], *, reach: int,
                 tells_past: Callable[[DateMention], bool], history: bool) -> list[tuple]:
    """Candidates ``(score, -gap, year, cue)`` for ``mention`` (day and month, no year) from the
    full dates farther than ``reach`` that tell its day again with a year."""
    if history or mention.year is not None or mention.end_day or not (mention.day and mention.month):
        return []
    out = []
    for other in mentions:
        if (other is mention or other.kind != "date" or other.precision != "day" or other.year is None
                or other.end_day or other.end_year or (other.day, other.month) != (mention.day, mention.month)):
            continue
        gap = max(other.start - mention.end, mention.start - other.end, 0)
        if gap <= reach or tells_past(other):
            continue
        cue = YearCue(other.start, other.year, "nearby_date", RESTATED_WEIGHT, other.start, other.end)
        out.append((RESTATED_WEIGHT, -gap, other.year, cue))
    return out
