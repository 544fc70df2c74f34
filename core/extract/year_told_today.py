"""The year a full date told as today gives the main occasion of the same day (round 48, late48b).

A page that dates its occasion by day and month only ("Sáng 19.3, …") often writes the same day once more with
its year, told as today: a caption or a closing line "… trong ngày hôm nay (19.3.2019)", "Chiều nay (5/4/2021), …".
"Today" is the day the text was written; on the occasion's own day and month it is the occasion's year (the
writer says the occasion is today). Only a day and month equal to the occasion's count (a "today" of another
day dates the writing, not the occasion); only when nothing else gives the year (a cue or a stamp of the page
decides first: :func:`hoptac.core.extract.years.infer_year`); never a year the page contradicts (a weekday told
with the day, the latest date told as earlier, the bounds) or after the page's clock.

Each shape is named, with an example of our own, in :data:`TOLD_TODAY` (matched on folded text: no accents,
no case, đ→d, just before the full date).
"""

from __future__ import annotations

import re
from datetime import date

from .dates import DateMention
from .weekdays import weekday_disagrees
from .year_bounds import Bounds, outside
from .year_cue_kinds import YearCue
from .year_photo_names import photo_year

__all__ = ["TOLD_TODAY", "day_context_year", "today_year"]

#: (name, example, pattern ending right before the date)
TOLD_TODAY: tuple[tuple[str, str, str], ...] = (
    ("today_bracketed", "Những chuyến xe đầu tiên qua cầu trong ngày hôm nay (19.3.2019). Ảnh: …",
     r"\b(?:ngay\s+)?hom\s+nay\s*\(\s*(?:ngay\s+)?$"),
    ("part_of_today", "Chiều nay (5/4/2021), đoàn công tác tỉnh A đến thăm …; Sáng nay, ngày 5/4/2021, …",
     r"\b(?:sang|chieu|toi|trua)\s+nay\s*(?:\(|,)\s*(?:ngay\s+)?$"),
    ("today_is", "Hôm nay, ngày 19/3/2019, hai tỉnh khai trương tuyến xe buýt …; Hôm nay 19/3/2019, …",
     r"\bhom\s+nay\s*,?\s*(?:la\s+)?(?:ngay\s+)?$"),
)
_PATTERNS = tuple((name, re.compile(p)) for name, _, p in TOLD_TODAY)
_REACH = 24   # the words before the date looked at


def today_year(folded: str, mention: DateMention, dates: list[DateMention], *, clock: "date | None" = None,
               floor: "date | None" = None, bounds: Bounds | None = None) -> YearCue | None:
    """The cue of the year a full date told as today gives ``mention`` (a day and month without a year), or None:
    every such date on that day and month must agree on one year, one the page does not contradict."""
    if mention.year is not None or mention.month is None or mention.day is None or mention.end_day is not None:
        return None
    found: list[DateMention] = []
    for d in dates:
        if d is mention or d.year is None or (d.month, d.day) != (mention.month, mention.day) or d.end_day is not None:
            continue
        digits = re.search(r"\d", folded[d.start:d.end])   # a mention may hold its words: "hôm nay (19.3.2019)"
        at = d.start + (digits.start() if digits else 0)
        before = folded[max(0, at - _REACH):at]
        if any(p.search(before) for _, p in _PATTERNS):
            found.append(d)
    years = {d.year for d in found}
    if len(years) != 1:
        return None
    d = found[0]
    y = d.year
    if y > (clock or date.today()).year or weekday_disagrees(mention, y) or outside(bounds, y, mention.month, mention.day):
        return None
    if floor is not None and date(y, mention.month, min(mention.day, 28)) < floor:
        return None
    return YearCue(d.start, y, "told_today", 60, d.start, d.end)


def day_context_year(head: str, folded: str, mention: DateMention, dates: list[DateMention], *,
                     clock: "date | None" = None, floor: "date | None" = None,
                     bounds: Bounds | None = None) -> YearCue | None:
    """The main occasion's year from what writes its own day again with a year, when nothing else gave one: a
    photo's file name before the body (``head``: "img-20241108-141402.jpg", :mod:`.year_photo_names`), else a
    full date told as today (:func:`today_year`)."""
    return (photo_year(head, mention, clock=clock, floor=floor, bounds=bounds)
            or today_year(folded, mention, dates, clock=clock, floor=floor, bounds=bounds))
