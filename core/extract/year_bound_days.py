"""Reading an article's bounds (:mod:`.year_bounds`): the first and last day of a mention,
the years a day and month can take inside the bounds (:func:`years_within`), whether a
year puts them outside (:func:`outside`), the year after a recent follow-up
(:func:`follow_year`) and the latest day the body tells as earlier (:func:`earliest_floor`).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .dates import DateMention
from .year_bound_kinds import Bound, Bounds
from .year_last_session import GAP_DAYS

__all__ = ["first_day", "last_day", "years_within", "outside", "earliest_floor", "follow_year", "FOLLOWED", "EARLIER"]


#: Verdicts (:mod:`verdicts`) of dates that the article tells as earlier than its occasion.
EARLIER = frozenset({"past", "document", "since", "basis"})


def first_day(m: DateMention) -> date | None:
    try:
        return date(m.year, m.month or 1, m.day or 1)
    except (TypeError, ValueError):
        return None


def last_day(m: DateMention) -> date | None:
    y, mo = m.end_year or m.year, m.end_month or m.month
    d = m.end_day or (m.day if m.end_month is None else None)
    try:
        if mo is None:
            return date(y, 12, 31)
        return date(y, mo, d or calendar.monthrange(y, mo)[1])
    except (TypeError, ValueError):
        return None


def years_within(bounds: Bounds | None, month: int | None, day: int | None) -> list[int] | None:
    """The years in which day/month lies inside the bounds, or None when a side is open."""
    if bounds is None or bounds.lower is None or bounds.upper is None or month is None:
        return None
    lo, hi = bounds.lower.day, bounds.upper.day
    out = []
    for y in range(lo.year, hi.year + 1):
        d = min(day or 1, calendar.monthrange(y, month)[1])
        first = date(y, month, d if day else 1)
        last = date(y, month, d if day else calendar.monthrange(y, month)[1])
        if last >= lo and first <= hi:
            out.append(y)
    return out


def outside(bounds: Bounds | None, year: int, month: int | None, day: int | None) -> bool:
    """Would day/month in ``year`` lie outside the bounds (a day's slack either side)?"""
    if bounds is None or month is None:
        return False
    d = min(day or 1, calendar.monthrange(year, month)[1])
    first = date(year, month, d if day else 1)
    last = date(year, month, d if day else calendar.monthrange(year, month)[1])
    if bounds.lower is not None and (last - bounds.lower.day).days < -1:
        return True
    return bounds.upper is not None and (first - bounds.upper.day).days > 1


def earliest_floor(readings, b0: int, b1: int) -> date | None:
    """The latest full date the body tells as earlier than its occasion (a document it
    implements, a legal basis, a background milestone, where a reviewed period starts):
    a year before it is no year, even one from the publication stamp."""
    out = None
    for r in readings:
        m = r.mention
        if r.verdict in EARLIER and b0 <= m.start < b1 and m.year and m.month:
            d = first_day(m)
            if d is not None and (out is None or d > out):
                out = d
    return out


#: Lower bounds that may come within about a year before the occasion (when ``near``).
FOLLOWED = frozenset({"follow_up", "as_of", "last_session", "announced_decision", "relief_after"})   # (year_announced, year_relief)


def follow_year(bounds: Bounds | None, month: int | None, day: int | None) -> tuple[Bound, int] | None:
    """The year of the first day/month on or after the latest follow-up (or as-of) bound:
    an occasion that follows up one of 5/9/2025 is on 27/9/2025 or 20/3/2026. None when
    there is no such bound, when another lower bound is later than it (it is then not
    the latest occasion told), or when that year lies outside the bounds."""
    if bounds is None or month is None:
        return None
    # only a follow-up told as recent: 'tiếp nối', 'tính đến' a day also open histories
    follows = [b for b in bounds.every if b.name in FOLLOWED and b.near]
    if not follows:
        return None
    f = max(follows, key=lambda b: b.day)
    if bounds.lower is not None and bounds.lower.day > f.day:
        return None
    if bounds.latest is not None and bounds.latest > f.day.year:
        return None   # the page names a later year: the follow-up is no recent one (a history, an old figure)
    after = f.day + timedelta(days=GAP_DAYS) if f.name == "last_session" else f.day   # a yearly meeting's next session
    year = after.year if (month, day or 31) >= (after.month, after.day) else after.year + 1
    if outside(bounds, year, month, day):
        return None
    return f, year
