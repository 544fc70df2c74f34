"""Is the page's occasion the preparation of a later one it dates ahead? A day told ahead ("Theo dự kiến, từ
ngày 18 đến 20-6-2024, đoàn sẽ sang …") is written less than a year before it -- the lower bound
``before_plan`` of :mod:`hoptac.core.extract.year_bounds` -- only when the occasion the page reports prepares
it ("Chiều 14-6, … hội nghị bàn kế hoạch đón tiếp đoàn …"): then the two are weeks apart. Another occasion
planned on its own ("Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến 11/3/2026", told at a
visit in January 2025) may lie more than a year ahead: it is an upper bound only, and gives no year.

Each row of :data:`PREPARES` is a shape of the main occasion's sentence (folded: no accents, no case, đ→d)
with a sentence written for it."""

from __future__ import annotations

import re

__all__ = ["NOT_PREPARES", "PREPARES", "prepares_for"]

#: (name, pattern on the folded sentence of the page's occasion, example).
PREPARES: tuple[tuple[str, str, str], ...] = (
    ("discusses_plan", r"\bban\s+(?:ve\s+)?(?:ke hoach|viec|cong tac|phuong an|cac cong viec)\b",
     "Chiều 14-6, Phó Chủ tịch UBND tỉnh A chủ trì hội nghị bàn kế hoạch đón tiếp đoàn tỉnh B."),
    ("prepares", r"\b(?:chuan bi|cong tac to chuc)\b",
     "Sáng 2/3, Ban tổ chức họp triển khai công tác chuẩn bị Tuần Văn hóa hai tỉnh."),
    ("welcome_plan", r"\bke hoach\s+(?:don|tiep|to chuc|tham)\b",
     "Ngày 5/5, Sở Ngoại vụ trình kế hoạch đón đoàn đại biểu tỉnh B."),
)
_PREPARES = re.compile("|".join(f"(?P<{n}>{p})" for n, p, _ in PREPARES))
#: The same rows without their names, searched with (round 38: the named groups cost the search two to three times
#: the work at every character; only where a row matches is read).
_PREPARES_FOUND = re.compile("|".join(f"(?:{p})" for _, p, _ in PREPARES))
#: (name, pattern at a :data:`PREPARES` match, example): words that prepare no occasion the page plans ahead.
#: "chuẩn bị đón Tết" is the season a Tết visit is paid in, not the preparation of a later occasion.
NOT_PREPARES: tuple[tuple[str, str, str], ...] = (
    ("tet_ahead", r"chuan bi\s+(?:don\s+|vui\s+|mung\s+)?(?:tet|xuan|nam moi)\b",
     "Nhân dịp chuẩn bị đón Tết Nguyên đán, chiều 8-1, đoàn tỉnh B sang thăm, chúc Tết tỉnh A."),
)
_NOT_PREPARES = re.compile("|".join(f"(?P<{n}>{p})" for n, p, _ in NOT_PREPARES))
_SENTENCE_ENDS = (". ", ".\n", "\n", "; ")


def prepares_for(folded: str, main_start: int, main_end: int) -> bool:
    """Does the sentence of the page's occasion (its date at ``main_start:main_end``) tell it as preparing a
    later one (:data:`PREPARES`)?"""
    lo = max([folded.rfind(e, 0, main_start) + len(e) for e in _SENTENCE_ENDS if folded.rfind(e, 0, main_start) >= 0]
             + [0])
    ends = [i for i in (folded.find(e, main_end) for e in _SENTENCE_ENDS) if i >= 0]
    hi = min(ends) if ends else len(folded)
    return any(_NOT_PREPARES.match(folded, m.start()) is None for m in _PREPARES_FOUND.finditer(folded, lo, hi))
