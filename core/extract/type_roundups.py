"""A round-up lead: many activities of one day, then the one the page develops (round 38, late38d).

A news round-up opens with the day and the kind of many activities ("Ngày 4/2, nhiều hoạt động giao lưu hữu nghị
diễn ra sôi nổi trên tuyến biên giới"): the sentence names no one occasion, only what its activities have in common,
and that word ("giao lưu hữu nghị", a meeting's row) does not type the page. The page then develops one of them and
dates it again with the lead's day ("Nhân dịp Tết Nguyên đán, ngày 4/2, đoàn đại biểu phường A đã sang chúc mừng
Tết tại thành phố B"): that sentence's occasion is the page's, its verb the type. Asked by :mod:`.main_event_type`
for a main date in the lead; only the first later sentence dated with the same day and month, and only when its
verb gives a type.

| the lead, after its date (folded)                                   | example (written for this table)                      |
|---------------------------------------------------------------------|-------------------------------------------------------|
| nhiều / các / hàng loạt hoạt động / chương trình / sự kiện, up to   | "Ngày 4/2, nhiều hoạt động giao lưu hữu nghị diễn ra   |
| eight words, then (đã) diễn ra / được tổ chức / được triển khai       | sôi nổi tại các xã biên giới."                         |

Not read (sentences of our own in tests): a side that holds many activities ("Ngày 4/2, tỉnh A tổ chức nhiều hoạt
động giao lưu": the side's own occasion), a round-up whose day the page never tells again (the lead's word stays),
a later sentence of another day.

Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

__all__ = ["ROUNDUP_LEADS", "roundup_lead", "developed_day"]

#: (name, example, pattern over the folded lead right after its date and comma)
ROUNDUP_LEADS: tuple[tuple[str, str, str], ...] = (
    ("many_activities_took_place",
     "Ngày 4/2, nhiều hoạt động giao lưu hữu nghị diễn ra sôi nổi tại các xã biên giới.",
     r"(?:nhieu|cac|hang loat|chuoi)\s+(?:hoat dong|chuong trinh|su kien)\b(?:\s+[^\s.;:,]+){0,8}?\s+"
     r"(?:da\s+)?(?:dien ra|duoc to chuc|duoc trien khai)\b"),
)

_ROUNDUP = re.compile(r"[\s,]*(?:" + "|".join(f"(?:{p})" for _, _, p in ROUNDUP_LEADS) + ")")


def roundup_lead(folded: str, date_end: int, end: int) -> bool:
    """Does the lead sentence, dated up to ``date_end`` and ending at ``end``, report many activities after its date?"""
    return _ROUNDUP.match(folded, date_end, end) is not None


def developed_day(folded: str, sentences, end: int, day: int, month: int) -> tuple[int, int] | None:
    """The first sentence after ``end`` dated again with ``day``/``month`` ("ngày 4/2", "4-2", "4.2", "4/2/2026"), as
    (start, end), or None."""
    again = re.compile(rf"(?<![\d/.-])0?{day}\s*[/.-]\s*0?{month}(?![\d])")
    for s, e in sentences:
        if s >= end and again.search(folded, s, e):
            return s, e
    return None
