"""A year that closes an anniversary told inside a plan verb's clause: the year the anniversary falls in, not the
plan's (round 33, late33a).

:func:`~hoptac.core.extract.year_cues.find_year_cues` reads a bare "năm Y" after a plan verb ("triển khai",
"thống nhất", "ký kết") as the plan's year (``plan_year``; at a meeting of November or December, the plan for the
next year, so Y-1). When "kỷ niệm N năm <what it counts from>" stands between the verb and the year, with no
punctuation and no plan's noun after it, the year closes the anniversary: when it falls, a year the page names in
passing ("… đang triển khai tuyên bố chung và kỷ niệm 15 năm thiết lập quan hệ … trong năm 2023"), not a plan
(round 33, finance33 03: read as a plan for 2024 at a conference of November 2023, it contradicted the headline's
"… lần thứ X năm 2023" and left the day's year unknown). No cue: the anniversary is not the occasion either.

======================  ================================================================================  ========
shape                   example (written for the table)                                                   reads
======================  ================================================================================  ========
``anniversary_within``  "Hai tỉnh tích cực triển khai các thỏa thuận đã ký và kỷ niệm 20 năm kết nghĩa      no cue
                        trong năm 2024." -- the anniversary's year
======================  ================================================================================  ========

Not this shape (the cue stays ``plan_year``):

* the plan named after the anniversary: "triển khai các hoạt động kỷ niệm 20 năm kết nghĩa và kế hoạch hợp tác
  năm 2024" (a plan's noun, :data:`PLAN_NOUNS`, between the anniversary and the year: the year closes the plan);
* the anniversary in another clause: "Nhân kỷ niệm 20 năm kết nghĩa, hai tỉnh ký kết kế hoạch hợp tác năm 2024"
  (the anniversary before the plan verb; a comma after it);
* the anniversary's years written as a span, "(2004 - 2024)" (:mod:`year_cues` reads those as ``anniversary``).

Matched on folded text (no accents, no case, đ→d); gated on the letters "niệm" between the verb and the year.
"""

from __future__ import annotations

import re

__all__ = ["ANNIVERSARY_WITHIN", "PLAN_NOUNS", "anniversary_within"]

ANNIVERSARY_WITHIN: tuple[tuple[str, str], ...] = (
    ("anniversary_within", "Hai tỉnh tích cực triển khai các thỏa thuận đã ký và kỷ niệm 20 năm kết nghĩa trong năm 2024"),
)
#: A plan's nouns: after the anniversary, the year closes the plan again.
PLAN_NOUNS: tuple[str, ...] = ("ke hoach", "chuong trinh", "phuong huong", "nhiem vu", "de an", "thoa thuan",
                               "bien ban", "ghi nho")
#: "kỷ niệm (tròn) N năm …" (N in digits or words), then words with no punctuation to the end of the window (the
#: year mention's own "năm" lies after it).
_WITHIN = re.compile(r"\bky niem\s+(?:(?:tron|hon|gan)\s+)?(?:\d{1,3}|[a-z]+(?:\s+muoi)?(?:\s+[a-z]+)?)\s+nam\b([^.,;:!?()\n]*)$")
_NOUNS = re.compile(r"\b(?:%s)\b" % "|".join(PLAN_NOUNS))


def anniversary_within(window: str) -> str | None:
    """"anniversary_within" when ``window`` -- the folded words from the plan verb to the year mention -- holds an
    anniversary the year closes (see the module), else None. Callers gate on "niệm" in the words as written."""
    m = _WITHIN.search(window)
    if m is None or _NOUNS.search(m.group(1)):
        return None
    return "anniversary_within"
