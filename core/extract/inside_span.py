"""A milestone inside the years a page looks back on (round 51, late51a): a founding or first signing told
with its year Y0, then "Trong N năm qua" -- the page's now is about Y0 + N -- then a day told with its own
year Y well inside those years ("Đặc biệt, ngày 21/10/2013, … hai bên đã ký Thỏa thuận nâng cấp …" after a
memorandum of 2008 and "Trong 15 năm qua"). That day is a step of the history looked back on (verdict "past"),
never the page's occasion: taken for it, a 15th-anniversary page read 2013 for 2023 (red51 11, a wrong year).
Used by :func:`hoptac.core.extract.verdicts.judge`. Matched on folded text (no accents, no case, đ→d).

Each shape with an example (ours) and the later day's verdict:

==========================  ==========================================================================  =======
row                         example                                                                     verdict
==========================  ==========================================================================  =======
``milestone_inside``        "Hai tỉnh ký Bản ghi nhớ hữu nghị ngày 5/3/2009. Trong 14 năm qua, quan hệ   past
                            … phát triển. Đặc biệt, ngày 8/6/2015, hai bên đã ký Thỏa thuận kết nghĩa."
``milestone_inside``        "… kết nghĩa năm 2005. Qua hơn 18 năm qua, … Tháng 4/2012, hai huyện đã …"   past
(counter) the span's end    "… ngày 5/3/2009. Trong 14 năm qua, … Ngày 8/6/2023, hai bên tổ chức lễ      event
                            kỷ niệm 14 năm …" (Y0 + N: the occasion the years lead to)
(counter) a year before     "… ngày 5/3/2009. Trong 14 năm qua, … Ngày 8/6/2022, …" (Y0 + N - 1: a       event
                            count may be loose, "14 năm" told in the 14th year)
(counter) no founding year  "Trong 14 năm qua, quan hệ … phát triển. Ngày 8/6/2015, hai bên …"          event
(counter) forward count     "… ngày 5/3/2009. Sau 4 năm, ngày 8/6/2013, hai bên …" (no "năm qua")       event
==========================  ==========================================================================  =======

Only a day or month with its own year (the mention's), after the count and no more than :data:`REACH`
characters after it; the founding's year a reading before the count and no more than :data:`FOUNDING_REACH`
characters before it, earlier than Y; and Y at most Y0 + N - 2 (a year of slack for a loose count).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..messages import M_
from .number_words import counting

if TYPE_CHECKING:
    from .verdicts import Reading

__all__ = ["INSIDE_SPAN", "milestones_inside"]

_WORDS = counting(1, 10)
_N = r"(\d{1,2}|" + "|".join(_WORDS) + ")"
#: (name, folded pattern of the count looked back on, example)
INSIDE_SPAN: tuple[tuple[str, str, str], ...] = (
    ("milestone_inside",
     rf"\b(?:trong|qua|suot|trai qua)\s+(?:hon\s+|gan\s+|tron\s+)?{_N}\s+nam\s+qua\b",
     "… ngày 5/3/2009. Trong 14 năm qua, quan hệ … phát triển. Đặc biệt, ngày 8/6/2015, hai bên đã ký …"),
)
_COUNT = re.compile(INSIDE_SPAN[0][1])
#: How far after the count the milestone may be told (its paragraph, about).
REACH = 400
#: How far before the count the founding's date may be told (its sentence or the one before).
FOUNDING_REACH = 200
#: Years of slack below Y0 + N: a later day within them may be the occasion the years lead to.
SLACK = 2
_WHY = M_("a milestone inside the years the page looks back on ('… ngày 5/3/2009. Trong 14 năm qua, … Đặc biệt, "
          "ngày 8/6/2015, …')")


_NAM_QUA = re.compile(r"nam\s+qua\b")   # how every count ends: the engine skips to "nam"


#: Marks no count holds (a count is letters, digits and spaces): the search for one starts after the last of them.
_NOT_IN_COUNT = ".,;:!?()"


def counts_of(folded: str) -> list[re.Match]:
    """The counts :data:`INSIDE_SPAN` finds on the page, found from their ends (the merge of round 51): every count
    ends with "nam qua" and holds only letters, digits and spaces, so it starts after the last mark before its end
    (_NOT_IN_COUNT). The whole-page search with a pattern opening on four words tried every position of every page
    (+4.6% of the seeds' instructions); the same matches (``tests/test_round51_count_gate.py``)."""
    found: dict[int, re.Match] = {}
    for end in _NAM_QUA.finditer(folded):
        lo = max(folded.rfind(c, 0, end.start()) for c in _NOT_IN_COUNT) + 1
        for x in _COUNT.finditer(folded, lo, end.end()):   # (its closing boundary holds: _NAM_QUA found it)
            found.setdefault(x.start(), x)
    return [found[k] for k in sorted(found)]


def milestones_inside(readings: list[Reading], folded: str) -> None:
    """Mark as "past" the dated days told inside the years a page looks back on from a founding."""
    if "nam qua" not in folded:
        return
    counts = [(x.start(), x.end(), int(n) if (n := x.group(1)).isdigit() else _WORDS[n]) for x in counts_of(folded)]
    if not counts:
        return
    for r in readings:
        m = r.mention
        if r.verdict not in ("event", "range") or m.kind != "date" or not m.year:
            continue
        for c0, c1, n in counts:
            if not (c1 <= m.start <= c1 + REACH):
                continue
            founded = [p.mention.year for p in readings if p.mention.year and p.mention.end <= c0
                       and c0 - p.mention.end <= FOUNDING_REACH and p.mention.year < m.year]
            if any(m.year <= y0 + n - SLACK for y0 in founded):
                r.verdict, r.why, r.score = "past", _WHY, 0
                break
