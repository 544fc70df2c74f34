"""A trip told day by day (round 58, late58a): a relief or working trip is reported as one paragraph a day,
each opening on its day, "Ngày 12/10/2023, đoàn trao quà …" / "Ngày 13/10/2023, đoàn đến …" / "Ngày 14/10/2023,
đoàn về …". Each day is a stage of one occasion, and the days are its span: the main event is the trip, 12–14/10,
as a lead that says "Trong ba ngày 12 - 14/10/2023" gives it, not the day that happens to score best.

| rule            | shape                                                           | example (our own)                   |
|-----------------|-----------------------------------------------------------------|-------------------------------------|
| ``day_by_day``  | two or more days of one month and year, each the next day, each | "Theo đó, sáng ngày 12/10/2023, …"  |
|                 | opening its own paragraph (after "Theo đó," / "Sau đó," and a   | / "Ngày 13/10/2023, đoàn đến …"     |
|                 | part of the day at most), no other date between them, the main  | → 12/10/2023 – 13/10/2023           |
|                 | event's day one of them                                         |                                     |

Not a trip's days (tests/test_round58_late58a.py): days that skip one ("Ngày 12/10 …" / "Ngày 14/10 …": two
occasions), days inside a paragraph's sentences (told in passing, not as the paragraph's stage), another date
told between them, days of two months (the tight shape only), the main event's day outside the run. A lunar
day restating a solar one is no date between them (its verdict is "lunar").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..messages import M_
from .dates import DateMention

__all__ = ["DAY_OPENINGS", "day_by_day"]

#: What may stand before the day at its paragraph's start (folded): a connective that goes on with the story
#: ("Theo đó,", "Sau đó,", "Tiếp đó,"), then the mention itself (it holds its part of the day, "sáng ngày").
DAY_OPENINGS = re.compile(r"(?:(?:theo|sau|tiep) do\s*,\s*)?")
WHY_DAY_BY_DAY = M_("a trip told day by day, one paragraph a day: its days from the first to the last")
_SKIPPED = ("lunar", "headline")


def _opens_paragraph(folded: str, m: DateMention, paragraphs) -> int | None:
    """The paragraph's index when the day opens it (DAY_OPENINGS at most before it), else None."""
    for i, (s, e) in enumerate(paragraphs):
        if s <= m.start < e:
            while s < m.start and folded[s].isspace():
                s += 1
            return i if DAY_OPENINGS.fullmatch(folded, s, m.start) else None
    return None


def _a_day(m: DateMention) -> bool:
    return m.kind == "date" and m.precision == "day" and bool(m.day and m.month) and m.end_day is None \
        and m.end_month is None


def day_by_day(folded: str, main: DateMention, readings: list, paragraphs) -> tuple[DateMention, str] | None:
    """The trip's span when the main event's day is one of a trip's days told one paragraph a day (the module's
    table), else None. ``readings``: the page's dated readings (lunar days and the headline's are passed over)."""
    if not (_a_day(main) and main.year) or len(paragraphs) < 2:
        return None
    # (cheap first: another day of the month next to the main's, and the main's day opening its paragraph)
    if not any(r.verdict == "event" and r.mention.month == main.month and r.mention.day in (main.day - 1, main.day + 1)
               for r in readings) or _opens_paragraph(folded, main, paragraphs) is None:
        return None
    dated = sorted((r for r in readings if r.verdict not in _SKIPPED), key=lambda r: r.mention.start)
    at = next((i for i, r in enumerate(dated) if r.mention is main), None)
    if at is None:
        return None

    def stage(i: int, step: int) -> bool:   # dated[i] is the day after (step 1) or before (-1) dated[i - step]
        r, prev = dated[i].mention, dated[i - step].mention
        return dated[i].verdict == "event" and _a_day(r) and r.month == main.month and r.year in (None, main.year) \
            and r.day == prev.day + step and _opens_paragraph(folded, r, paragraphs) not in (
                None, _opens_paragraph(folded, prev, paragraphs))

    lo = at
    while lo > 0 and stage(lo - 1, -1):
        lo -= 1
    hi = at
    while hi + 1 < len(dated) and stage(hi + 1, 1):
        hi += 1
    if hi == lo:
        return None
    first, last = dated[lo].mention, dated[hi].mention
    return replace(first, year=main.year, end_day=last.day, end_month=last.month, end_year=main.year), WHY_DAY_BY_DAY
