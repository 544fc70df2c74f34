"""The date table's own checks, by the name its rows give (``check`` in :data:`.date_rules.RULES`), and the words
around a number they read: applied by :mod:`.dates` after a rule matched; a refused match hands over to the
later rules. The checks of ranges of days are in :mod:`.range_checks`, of a month's word in :mod:`.month_words`.
Split out of :mod:`.dates` (round 36, fold36) to keep it well under ~400 lines; the checks are unchanged.
"""

from __future__ import annotations

import re

from .date_rules import UNIT_EXCEPTIONS, UNITS
from .doc_words import doc_before as _doc_before
from .month_words import check_month_word
from .paren_days import check_paren_alone
from .range_checks import check_consecutive as _check_consecutive, check_days_listed as _check_days_listed
from .range_checks import check_no_dash_run as _check_no_dash_run, check_opens_runs as _check_opens_runs
from ..text import fold

__all__ = ["CHECKS", "strong"]


# --- words around a number ----------------------------------------------------------

_NEXT = re.compile(r"[ \t\xa0]*(%|\w+)(?:[ \t\xa0]+(\w+))?")
_UNITS = frozenset(UNITS)
_UNIT_EXCEPTIONS = frozenset(UNIT_EXCEPTIONS)


def strong(g: dict) -> bool:
    """A cue of a date before the number: a part of the day, a weekday or 'ngày' (the lead's groups)."""
    return bool(g.get("dp") or g.get("wd") or g.get("ngay"))


# --- checks (named in the table) ----------------------------------------------------

def _check_not_doc(g, text, start, end):
    """No 'số', 'Bài', 'lần thứ', 'chiếm' ... (DOC_WORDS) just before."""
    return strong(g) or not _doc_before(text, start)


def _check_no_unit(g, text, start, end):
    """No unit ('tỷ', 'người', 'số', '%' ... UNITS) just after."""
    m = _NEXT.match(text, end)
    if m is None:
        return True
    if m.group(1) == "%":
        return False
    w1 = fold(m.group(1))
    two = f"{w1} {fold(m.group(2))}" if m.group(2) else ""
    return (w1 not in _UNITS or two in _UNIT_EXCEPTIONS) and two not in _UNITS


def _check_slash_unless_cue(g, text, start, end):
    """Without 'ngày', a part of the day or a year, both dates use '/'."""
    if strong(g) or g.get("y") or g.get("y2"):
        return True
    if (g.get("s") or "").strip() != "/" or (g.get("s2") or "").strip() != "/":
        return False
    return bool(g.get("tu")) or not _doc_before(text, start)


#: A span of time after "từ 2 đến 3-4": "tháng", "tuần", "ngày" count months, weeks, days ("kéo dài từ 2 đến 3-4 tháng").
_SPAN_AFTER = re.compile(r"\s*(?:thang|tuan|ngay)\b")


#: An occasion's verb that runs over days, just before "từ" (round 37, other37): "… năm 2025, diễn ra từ 16-18.5;"
#: -- with it a dot is a range's month ('từ 16-18.5'), not a decimal ('giá từ 16-18.5 triệu đồng').
_RUNS_BEFORE = re.compile(r"\b(?:dien ra|to chuc|keo dai)\s+(?:tu\s+)?$")


def _check_range_cue(g, text, start, end):
    """'tháng', a year, 'ngày'/a part of the day; or 'từ'/'(' before and a slash; or 'từ D đến D2-M' with a dash,
    the days rising and no unit after ('từ 25 đến 27-7', not 'từ 3 đến 5-6 người'); or 'diễn ra từ D-D2.M' with a
    dot, the days rising and no unit after ('diễn ra từ 16-18.5', not 'giá từ 16-18.5 triệu')."""
    if g.get("s") is None or g.get("y") or strong(g):
        return True
    paren = text[max(0, start - 3):start].rstrip().endswith("(")
    sep = (g.get("s") or "").strip()
    if sep == "." and g.get("tu") and g.get("d2") and int(g["d"]) < int(g["d2"]) \
            and _RUNS_BEFORE.search(fold(text[max(0, start - 30):start])):
        return _check_no_unit(g, text, start, end)
    if sep == "-" and g.get("tu") and " den " in f" {fold(text[start:end])} " and g.get("d2") \
            and int(g["d"]) < int(g["d2"]):
        return _check_no_unit(g, text, start, end) and not _SPAN_AFTER.match(fold(text[end:end + 8]))
    return sep == "/" and bool(g.get("tu") or paren)


def _check_cue_or_year(g, text, start, end):
    return strong(g) or bool(g.get("y"))


def _check_quarter(g, text, start, end):
    return ("q" in g) != ("qr" in g)


def _check_month_alone(g, text, start, end):
    """'tháng' not after a number: '6 tháng 2 lần' is a duration."""
    return not text[max(0, start - 2):start].rstrip()[-1:].isdigit()


def _check_day_alone(g, text, start, end):
    """A day alone only after 'mùng'/'mồng' (the lead was read backwards)."""
    return bool(re.search(r"\b(?:mung|mong)\b", fold((g.get("ngay") or "")[::-1])))


#: The checks by the name a rule of the table gives in its ``check``.
CHECKS = {
    "opens_runs": _check_opens_runs,
    "day_alone": _check_day_alone,
    "consecutive": _check_consecutive,
    "days_listed": _check_days_listed,
    "no_dash_run": _check_no_dash_run,
    "not_doc": _check_not_doc,
    "no_unit": _check_no_unit,
    "slash_unless_cue": _check_slash_unless_cue,
    "range_cue": _check_range_cue,
    "cue_or_year": _check_cue_or_year,
    "quarter": _check_quarter,
    "month_alone": _check_month_alone,
    "month_word": check_month_word,
    "paren_alone": check_paren_alone,
}
