"""A stamp months after the main event's day: the stamp's year is no evidence on its own.

News is stamped within days of its occasion. A page whose lead dates its occasion by day and
month only ("Ngày 22.12, …") and whose only stamp comes months later is a late copy: a mirror
site's line, a republication, an archive moved to a new site -- or, now and then, a slow site's
own post. Taking "the latest such day before the stamp" then gives a year that is right only by
chance. Measured on every labelled set (docs/accuracy.md, "Wrong-year guards, round 17"; ``python -m
bench.stamp_lag SET …``): of 111 pages with a stamp and a gold day, 100 are stamped within 7 days of the
occasion (3 of them up to 5 days before it: told ahead, or a late evening's stamp) and 105 within 45; of the 6 stamped later, the
latest such day before the stamp has the right year on 3 and a wrong one on 3 (republications 1 to 7
years on). A wrong year is the worst answer: past :data:`STAMP_LAG_DAYS` the year is unknown --
unless other evidence of the page supports the stamp's year (:func:`supported`):

=================  =============================================================================
evidence           example (stamp "2025-03-16 00:32")
=================  =============================================================================
the bounds         "… sau hội đàm ngày 5/11/2024, ngày 22.12 hai bên …": the one year the
                   article's earlier and later dates leave for the day (when they leave one
                   year and it is another, nothing else counts)
a cue or a date    "Ngày 22.12, … tổng kết hợp tác năm 2024" (a cue of the text, or a full date
                   nearby, of that year, strong enough to give a year on its own)
a weekday          "Chủ nhật (22/12)": 22/12 is a Sunday in 2024 and in none of the 4 years before
=================  =============================================================================

A day the page tells as still to come ("Chương trình dự kiến diễn ra … vào ngày 27/5", "sẽ tổ chức vào ngày …",
"ngày 27/5 tới") that lies more than :data:`TOLD_AHEAD_DAYS` before the stamp is no report of that stamp either:
the page was written before its day, the stamp is a later copy's (round 30, the year probe's stamp+1y1m on a
preview of an art performance, sport30k 05: the headline's "Ngày 27/5" took the moved stamp's year). Such a day
is "far" whatever the lag (:func:`told_ahead_before`).

A day after the stamp is left to year_from_stamp's reach for an occasion told ahead (AHEAD_DAYS): a
preview or an invitation is stamped weeks before its occasion, often without "sẽ" next to the day, and
no labelled page shows a late copy a year on (a first version also cut days told as done more than 7
days after the stamp; it took a preview's year on a page no rule writer had read, and was dropped).

Only the main event, a day (or a range's last day) told without its year, and a year the stamp
gave ("published"; not a relative word's, "hôm qua", "ngày 5/3 năm ngoái", nor a cue's). A day told
"vừa qua" that only last year's can make past ("Ngày 28/12 vừa qua" stamped 20 October) is months
before the stamp: no year either (the stamp is not when it was written).
"""

from __future__ import annotations

import re
from datetime import date

from .dates import DateMention
from .weekdays import WEEKDAYS
from .year_from_stamp import _TOLD_PAST_RIGHT_AFTER
from .tense_words import SE
from ..text import fold

__all__ = ["STAMP_LAG_DAYS", "FRESH_LAG_DAYS", "TOLD_AHEAD_DAYS", "far_from_stamp", "supported", "told_ahead_before"]

#: A stamp more than this many days after the day it gives a year to is a late copy's: the year is
#: unknown unless other evidence supports it (the same reach as a "vừa qua" lead's, undated.RECENT_DAYS).
STAMP_LAG_DAYS = 45
#: ... and, for a day its sentence does not tell as recent ("vừa", "mới đây", "gần đây"): a report written
#: weeks after the day says so; a plain "Ngày 7/3, …" stamped a month later is a copy's (the year probe's
#: stamp+1y1m: a republication a year and a month on). Not a day told alone ("vào ngày mùng 6"): its month is
#: the stamp's or the one before, by construction. Round 19.
FRESH_LAG_DAYS = 21
_TOLD_RECENT = re.compile(r"\b(?:vua|moi day|gan day|hom qua|tuan qua|thang qua)\b")
_WEEKDAY = re.compile(r"\b(?:thu\s+(hai|ba|tu|nam|sau|bay|[2-7])(?![0-9])|(chu\s+nhat))\b")


def far_from_stamp(mention: DateMention, year: int, stamp: date, text: str) -> int | None:
    """Days from the mention's (last) day in ``year`` to the stamp, when the day lies more than
    STAMP_LAG_DAYS before the stamp; else None."""
    month, day = mention.end_month or mention.month, mention.end_day or mention.day
    if not (month and day) or mention.year is not None or mention.precision != "day":
        return None
    past = _TOLD_PAST_RIGHT_AFTER.match(text, mention.end, mention.end + 16)
    if past is not None and past.group(1) is not None:
        return None   # "ngày 5/3 năm ngoái": told from the writing's own year, a year back by its words
    try:
        lag = (stamp - date(year, month, min(day, 28) if month == 2 else day)).days
    except ValueError:
        return None
    if lag > STAMP_LAG_DAYS or (lag > TOLD_AHEAD_DAYS and told_ahead_before(mention, text)):
        return lag
    if lag > FRESH_LAG_DAYS and mention.rule != "day_of_month" and not _TOLD_RECENT.search(fold(text[max(0, mention.start - 80):mention.end + 200])):
        return lag
    return None


#: A stamp up to this many days after a day told as ahead is still the report's (a preview's late evening, a day
#: moved by a few days: 3 of the 111 stamped pages were stamped up to 5 days before their occasion).
TOLD_AHEAD_DAYS = 5
#: Before the day, in its clause: words that put it ahead ("dự kiến (diễn ra) … vào ngày", "sẽ …", "sắp …").
_AHEAD_BEFORE = re.compile(rf"\b(?:du kien|{SE}|sap)\b(?:[^.;!?\n]|\.(?=\w)){{0,80}}$")   # ("tại TP.Vũng Tàu vào ngày")
#: ... or right after it: "ngày 27/5 tới", "(27/5) sắp tới".
_AHEAD_AFTER = re.compile(r"\s*\)?\s*(?:sap\s+)?toi\b")


def told_ahead_before(mention: DateMention, text: str) -> bool:
    """Does the page tell the mention's day and month (written "27/5", "27-5", "27.5") as still to come, in any
    sentence? Gated on the digits as written: only where they stand is the page folded."""
    month, day = mention.end_month or mention.month, mention.end_day or mention.day
    if not (month and day):
        return False
    written = re.compile(rf"(?<![\d/.-])0?{day}\s*[/.-]\s*0?{month}(?![\d]|[/.-]\d)")
    for m in written.finditer(text):
        if _AHEAD_BEFORE.search(fold(text[max(0, m.start() - 100):m.start()])):
            return True
        after = fold(text[m.end():m.end() + 12])
        if _AHEAD_AFTER.match(after) and "tới" in text[m.end():m.end() + 12]:   # (not "tối", an evening)
            return True
    return False


def _weekday_fits(mention: DateMention, year: int) -> bool:
    """Is the day told with a weekday that fits ``year``? (A day's weekday comes back five years
    later at the soonest: among the stamp's year and the four before, it fits that year only.)"""
    if not (mention.day and mention.month) or mention.end_day is not None:
        return False
    w = _WEEKDAY.search(fold(mention.text))
    if w is None:
        return False
    try:
        return date(year, mention.month, mention.day).weekday() == (6 if w.group(2) else WEEKDAYS[w.group(1)])
    except ValueError:
        return False


def supported(mention: DateMention, year: int, best, threshold: int, bounds_years) -> str | None:
    """What of the page supports the stamp's ``year`` for a far day, or None. ``best``: the best
    (score, -distance, year, cue) of the nearby dates and the cues (year_nearby._context);
    ``bounds_years``: the years the article's bounds leave for the day and month (None: no bounds)."""
    if bounds_years is not None and len(bounds_years) == 1:   # the bounds leave one year: it decides
        return "bounds" if bounds_years[0] == year else None
    if best is not None and best[2] == year and best[0] >= threshold:
        return "cue"
    if _weekday_fits(mention, year):
        return "weekday"
    return None
