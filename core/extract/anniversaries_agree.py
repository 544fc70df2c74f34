"""Anniversaries named without "kỷ niệm" whose counts agree: "Hai bên khẳng định chặng đường 50 năm Ngày thiết lập
quan hệ hữu nghị (12/3/1975), 40 năm Ngày ký Thỏa thuận hợp tác (ngày 20/6/1985)". Each "N năm Ngày <named day>
(d/m/Y)" is an anniversary's name, and the bracket may hold either the day it counts from (Y + N is the
anniversary's year) or the anniversary's own day ("20 năm ngày tái lập tỉnh (ngày 30/9/2011)": Y is);
:func:`.verdict_shapes._anniversary_day` chooses the second when Y + N lies after every other year of the page,
so a page whose only other years are another such name's reads both as the anniversary's own days (an old day
then, "past"; the page's occasion no year). Two names of different counts whose Y + N agree settle it: both
brackets hold the days counted from (were they the anniversary's own days, told at one occasion, their years
would agree and their sums differ). The pass gives each the verdict "anniversary", and
:func:`.anniversary_cues.anniversary_cues` its year Y + N.

Not such names (no verdict changed):

* a count told loosely or as a duration (:data:`NOT_EXACT` before N: "hơn 60 năm", "gần 45 năm", "trải qua 60
  năm", "suốt 45 năm");
* one name alone, or names whose sums differ, or names of one count (the same name told twice);
* names told in a clause that dates itself with a written year ("Năm 2017, hai nước …": an earlier
  anniversary's), or told as coming, prepared or agreed to (:func:`.occasions_ahead.told_ahead`: "Hai bên thống
  nhất tổ chức các hoạt động chào mừng 60 năm Ngày …": a later year's, the page's occasion may be the year before).

Matched on folded text (no accents, no case, đ→d).

==============  ===============================================================================================
row             example (written for the table)
==============  ===============================================================================================
``NAMED``       "… chặng đường 50 năm Ngày thiết lập quan hệ hữu nghị (12/3/1975), 40 năm Ngày ký Thỏa thuận …
                (ngày 20/6/1985)"
``NOT_EXACT``   "hơn 50 năm Ngày thiết lập quan hệ (12/3/1975)"; "trải qua 40 năm Ngày ký … (20/6/1985)"
==============  ===============================================================================================
"""

from __future__ import annotations

import re

from .occasions_ahead import told_ahead
from ..messages import M_

__all__ = ["NAMED", "NOT_EXACT", "agreeing_anniversaries"]

#: "N năm Ngày <named day> (" just before the date (the bracket's "ngày" is the mention's own).
NAMED = re.compile(r"(?<![\w/.,-])(?P<n>\d{1,3})\s+nam\s+ngay\s[^().;\n]{3,100}\(\s*$")
#: A count told loosely or as a duration, just before N.
NOT_EXACT = re.compile(r"\b(?:gan|hon|tren|ngot|xap xi|khoang|chung|trai qua|suot|sau|trong|qua)\s+$")
#: A year written in the clause before the first name: the clause dates its own (an earlier) occasion.
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
_REACH = 160
_CLAUSE_ENDS = ".;!?\n"
_WHY = M_("an anniversary's name ('N năm Ngày …') whose count agrees with another's: the day it counts from")
#: The verdicts a date read so may have had (an occasion's, or an old day's).
_REREAD = frozenset({"event", "range", "past", "caption", "founding"})


def _named(folded: str, m) -> int | None:
    """N when ``m`` is the bracketed day of an exact "N năm Ngày …" name, else None."""
    lo = max(0, m.start - _REACH)
    near = folded[lo:m.start]
    if "nam ngay" not in near:
        return None   # (the literal first: NAMED opens with no literal character)
    n = NAMED.search(near)
    if n is None or NOT_EXACT.search(near, 0, n.start()) or not 0 < int(n["n"]) < 200:
        return None
    return int(n["n"])


def agreeing_anniversaries(readings: list, folded: str, text: str) -> None:
    """Give the verdict "anniversary" to the bracketed days of two or more "N năm Ngày …" names of different
    counts whose years plus N agree (see the module)."""
    found = []   # (only bracketed days are read, "… (12/3/1975)": no scan of the whole page)
    for r in readings:
        m = r.mention
        if r.verdict not in _REREAD or m.kind != "date" or m.precision != "day" or not m.year or m.end_year \
                or "(" not in folded[max(0, m.start - 3):m.start]:
            continue
        n = _named(folded, m)
        if n is not None:
            found.append((r, n))
    if len({n for _, n in found}) < 2 or len({r.mention.year + n for r, n in found}) != 1:
        return
    first = min(r.mention.start for r, _ in found)
    at = folded.rfind(" nam ngay", 0, first)
    at = folded.rfind(" ", 0, at) + 1   # where the first name's count starts
    clause = folded[max(0, at - _REACH):at]
    clause = clause[max(clause.rfind(ch) for ch in _CLAUSE_ENDS) + 1:]
    if _YEAR_WRITTEN.search(clause) or told_ahead(text, at) is not None:
        return
    for r, _ in found:
        r.verdict, r.why = "anniversary", _WHY
