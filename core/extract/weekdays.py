"""The weekday a date is told with, against a year found for it."""

from __future__ import annotations

import re
from datetime import date

from .dates import DateMention
from ..text import fold

#: The weekday a date is told with ("Sáng thứ Năm (5/12)", "Chủ nhật, 8/12") checks a year found for
#: it (stated dates with their weekday agree on every page of the learning sets): a year in which
#: the day falls on another weekday is no year.
_WEEKDAY = re.compile(r"\b(?:thu\s+(hai|ba|tu|nam|sau|bay|[2-7])(?![0-9])|(chu\s+nhat))\b")
WEEKDAYS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5,
            "2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5}


def weekday_disagrees(mention: DateMention, year: int) -> bool:
    """Does the weekday written with ``mention`` disagree with its day in ``year``?"""
    if not (mention.day and mention.month) or mention.end_day is not None:
        return False   # (a range's weekday may be its first day's or its last's)
    w = _WEEKDAY.search(fold(mention.text))
    if w is None:
        return False
    try:
        real = date(year, mention.month, mention.day).weekday()
    except ValueError:
        return True
    return real != (6 if w.group(2) else WEEKDAYS[w.group(1)])
