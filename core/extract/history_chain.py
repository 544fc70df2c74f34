"""A history told in steps: a dated milestone told as background, then the next step opened with "Tiếp
đó", "Sau đó", "Tiếp theo" and dated with its own year ("Cách đây hơn 10 năm, tháng 8/2013, thôn A đã kết
nghĩa với tổ B. Tiếp đó, vào tháng 5/2015, thôn C kết nghĩa với tổ D."). The step continues the background:
it is an earlier milestone too (verdict "past"), never the page's occasion -- a feature story that opens on
an undated day ("Một ngày cuối năm, …") was dated by it. Used by :func:`hoptac.core.extract.verdicts.judge`.
Matched on folded text (no accents, no case, đ→d).

Each shape with an example (the step's verdict):

=================================================================================  =======
text                                                                               step
=================================================================================  =======
"Trước đó, ngày 3/4/2019, hai huyện ký kết nghĩa. Sau đó, ngày 5/6/2020, …"        past
"Năm 2013, … (past). Tiếp đó, vào tháng 5/2015, thôn C kết nghĩa với tổ D."       past
"Sáng 12/3/2024, đoàn thăm huyện A. Tiếp đó, ngày 13/3/2024, đoàn …" (event)       event
"Trước đó, ngày 3/4/2019, … Sau đó, ngày 5/6/2018, …" (an earlier year)            event
=================================================================================  =======

Only a step with its own year, not in the lead, no later than REACH characters after the background's date
and not earlier than it (a step back in time is no continuation).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..messages import M_

if TYPE_CHECKING:
    from .verdicts import Reading

__all__ = ["REACH", "history_continued"]

#: How far after the background's date the next step may be told (its sentence or the next).
REACH = 300
#: The words that open the step's sentence up to its date.
_NEXT_STEP = re.compile(r"\W*(?:tiep do|sau do|tiep theo|tiep den)\s*,?\s*(?:(?:vao|den)\s+)?$")
_WHY = M_("the next step of a history told as background ('Tiếp đó', 'Sau đó' after an earlier milestone)")


def history_continued(readings: list[Reading], folded: str) -> None:
    """Mark as "past" the dated steps that continue a background told just before them."""
    for i, r in enumerate(readings):
        m = r.mention
        if i == 0 or r.verdict not in ("event", "range") or r.in_lead or not m.year or m.kind != "date":
            continue
        prev = readings[i - 1]
        p = prev.mention
        if prev.verdict not in ("past", "founding") or not p.year or p.year > m.year or m.start - p.end > REACH:
            continue
        s = max(folded.rfind(".", 0, m.start), folded.rfind("\n", 0, m.start)) + 1
        if s <= p.start or not _NEXT_STEP.fullmatch(folded, s, m.start):
            continue   # (the background's date in the same sentence: no step of its own)
        r.verdict, r.why, r.score = "past", _WHY, 0
