"""A publication stamp glued to the start of the lead: a scraper that joins a page's paragraphs into one line (or a
site that prints its stamp inline) puts the stamp line right before the lead's first words. Read as part of the
lead, the stamp's day (the day the report was posted, often the day after the occasion) counted as the lead's own
date and outranked the occasion's ("Chủ Nhật, 11/02/2018 | 16:51 (BL-TĐ) Chiều 10/2, …" gave 11/2). When the page
has no stamp of its own, the opening is the page's stamp (not the lead's), and the lead starts after it (round 32,
meta32's frames harness: the whole article on one line).

Only the forms no lead opens with are taken: a time of day with the date, or a publication label. A lead may open
with a weekday and a date ("Chủ nhật, 11/2/2018, đoàn …": the occasion's day); it never opens with a clock time.

===============  =====================================================================================
form             example (the lead goes on after it)
===============  =====================================================================================
weekday_timed    "Chủ Nhật, 11/02/2018 | 16:51 Chiều 10/2, …", "Thứ Sáu, 14/6/2019 - 08:30 Sáng 13/6, …",
                 "Thứ 7, 13/04/2024 | 10:59:25 [GMT +7] A A Ngày 11/4, …" (the text size's buttons),
                 "Chủ nhật: 07:01 ngày 21/01/2024 Sáng 19/1, …" (the clock first, after ':', '|' or '-')
labelled         "Ngày đăng: 27/02/2021 Lượt xem: Chiều ngày 26-2, …", "Cập nhật ngày: 17/01/2012 - 12:47 (BTNO)- …",
                 "Cập nhật: 11:02 ngày 30/11/2022 (BTNO)- Từ ngày 27 …"
timed            "26/12/2013 09:38 GMT+7 Ngày 24.12, …", "B.T 26/12/2013 09:38 …", "Minh Hà 18/06/2023 - 15:09 …"
                 (an author's initials or name first; two names, "Minh Hà - Quốc Tuấn 15:29 26/01/2026 …"; a
                 compiled report, "Minh Hà (t/h) 08/03/2023 14:54 | …"), "20/10/2023 08:39 86 lượt xem Ngày 19/10, …",
                 "08:30 | 12/03/2024 Ngày 11/3, …", "Chủ nhật - 04/12/2022 11:18 280 0 Sáng ngày 2/12, …" (counts)
===============  =====================================================================================
"""

from __future__ import annotations

import datetime as _dt
import re

from .chrome import is_leadlike
from .stamps import parse_published

__all__ = ["LEAD_STAMPS", "lead_stamp", "stamped_lead"]

_DATE = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
_TIME = r"\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
_TAIL = (r"(?:\s*[(\[]?\s*GMT\s*\+?\s*7\s*[)\]]?)?"          # "GMT+7", "(GMT +7)", "[GMT +7]"
         r"(?:\s*\|?\s*(?:Lượt xem|lượt xem)\s*:?\s*[\d.,]*|\s*[\d.,]+\s*lượt xem|(?:\s+\d+){1,2}(?=\s))?"   # a view count
         r"(?:\s+A[-+]?\s+A[-+]?(?=\s))?")   # the text size's buttons: "A A", "A- A+"
_NAME = r"(?:[A-ZĐ][^\W\d_]*\s+){1,3}"   # an author's name, "Minh Hà "
#: (name, the stamp's pattern, matched at the lead's start): the table above.
LEAD_STAMPS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(rx, re.IGNORECASE)) for name, rx in (
    ("weekday_timed", rf"(?:Thứ\s+\w+|Chủ\s+nhật|T[2-7]|CN)\s*(?:[,-]?\s*(?:ngày\s+)?{_DATE}\s*[|,-]?\s*{_TIME}"
                      rf"|[:|-]\s*{_TIME}\s*[|,-]?\s*(?:ngày\s+)?{_DATE}){_TAIL}"),   # (the clock first: after ':', '|', '-')
    ("labelled", rf"(?:Ngày đăng|Đăng ngày|Đăng lúc|Ngày cập nhật|Cập nhật(?:\s+ngày|\s+lúc)?|Thời gian đăng|Ngày xuất bản"
                 rf"|Xuất bản)\s*:?\s*"
                 rf"(?:{_TIME}\s*[|,-]?\s*)?(?:ngày\s+)?{_DATE}(?:\s*[|,-]?\s*{_TIME})?{_TAIL}"),
    ("timed", rf"(?:[A-ZĐ][A-ZĐa-z]?\.[A-ZĐ][A-ZĐa-z]?\.?\s+|{_NAME}(?:[-–,]\s*{_NAME})?)?"   # initials, names
              rf"(?:\((?:t/h|TH|tổng hợp)\)\s*)?"   # "(t/h)": compiled from other reports
              rf"(?:{_DATE}\s*[|,-]?\s*{_TIME}|{_TIME}\s*[|,-]?\s*{_DATE}){_TAIL}"),
))


def lead_stamp(raw: str) -> tuple[int, _dt.datetime] | None:
    """(where the lead starts after it, the time) for a publication stamp opening the lead line ``raw``
    (:data:`LEAD_STAMPS`) with more text after it, else None. (Once a page, each pattern anchored at the line's
    start.)"""
    for _name, rx in LEAD_STAMPS:
        m = rx.match(raw)
        if m is None:
            continue
        rest = raw[m.end():]
        start = m.end() + len(rest) - len(rest.lstrip(" |-–:,"))
        if len(raw) - start < 40 or not (raw[start:start + 1].isupper() or raw[start:start + 1] in "(“\""):
            return None   # (no lead after it: a stamp line of its own is the stamp readers' business)
        t = parse_published(raw[:m.end()])
        return (start, t) if t is not None else None
    return None


def stamped_lead(raw: str, folded: str) -> bool:
    """Is ``raw`` a lead with a publication stamp glued before it ("13/11/2017 | 14:45Ngày 12/11, Ngày hội … đã diễn
    ra tại TP A.")? The stamp hides the lead's opening from :func:`.chrome.is_leadlike`, which then judges a short lead
    as a sub-heading and the stamp's day as an occasion of the body (late48c: the day after the occasion taken for
    it). ``folded`` is ``raw`` folded, the same length."""
    ls = lead_stamp(raw)
    return ls is not None and is_leadlike(raw[ls[0]:], folded[ls[0]:])
