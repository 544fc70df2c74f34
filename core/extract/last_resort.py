"""The main date when the text dates no occasion (round 59): what is left, in order (used by
:func:`hoptac.core.extract.events.extract_events` only when neither a dated occasion nor an undated
recent one was found).

| rule                 | shape                                           | example (our own sentences)                  |
|----------------------|-------------------------------------------------|----------------------------------------------|
| ``headline_day``     | the headline dates its own occasion             | "Tỉnh A đón đoàn tỉnh B (Lào) ngày 18/12"     |
| ``reported_in_lead`` | the lead opens "Như tin đã đưa" and its day is  | "Như tin đã đưa, hôm qua (28.8), sau khi thăm |
|                      | the page's only day: a follow-up tells the same | tỉnh B, đoàn tỉnh A đã đến thăm tỉnh C."      |
|                      | occasion in detail, not an earlier one          |                                              |

A day told "as already reported" (verdicts: ``past``) is background when the page dates its news
otherwise ("Như tin đã đưa, ngày 5/3, … . Sáng 9/3, …": the 9th); a page whose only dated sentence is
that one reports the occasion again, with the details the first report lacked, and the day is its
date. Only a day in the lead, and only when no other reading of the page is an occasion, a range or a
headline's day (counter-shapes: tests/test_round59_lead.py).
"""

from __future__ import annotations

from ..messages import M_, Message
from .dates import DateMention
from .verdicts import WHY_REPORTED, Reading

__all__ = ["last_resort_day"]


def last_resort_day(readings: list[Reading]) -> tuple[DateMention | None, Message | None]:
    """The headline's own day, else the lead's day told as already reported when nothing else is dated;
    with why. (None, None) when neither."""
    day = next((r.mention for r in readings if r.verdict == "headline"
                and r.mention.kind == "date" and r.mention.precision == "day"), None)
    if day is not None:
        return day, M_("the headline's date: the text dates no occasion")
    told = [r for r in readings if r.verdict == "past" and r.in_lead and r.mention.kind == "date"
            and r.mention.precision == "day" and r.why is WHY_REPORTED]   # (the verdict's own reason, not its words)
    if len(told) != 1 or any(r.verdict in ("event", "range") for r in readings):
        return None, None
    return told[0].mention, M_("the lead's day told as already reported: the page dates nothing else (reported_in_lead)")
