"""A short lead whose time expression stands inside it, not at its start (para31).

:func:`hoptac.core.extract.chrome.is_leadlike` knows a lead by a time expression that opens it
("Sáng 5/3, …"), by an agency tag, or by its length. A reporter also puts the day after the
subject or at the sentence's end, and a one-sentence lead paragraph may then be short:

* after the subject and a comma, before the verb: "Đoàn công tác tỉnh A, sáng 5/3 đã thăm và làm
  việc tại tỉnh B." (TIME_AFTER_SUBJECT);
* at its end, after "vào": "Đoàn công tác tỉnh A thăm và làm việc tại tỉnh B vào sáng 5/3."
  (TIME_AT_END; round 35: "… hôm 5/3.", "… vào ngày 5/3 vừa qua.", "… hợp tác (5/3).").

Either is a lead only as a whole sentence (it ends with a stop) of at least ``MIN_WORDS`` words: a
headline ends with none, and a photo's caption that names its day ("… tại lễ ký kết sáng 5/3.")
has no "vào" before it and no "đã" after it; nor is a signing told as done ("… được ký kết giữa hai tỉnh vào
ngày 17/5/2014.", SIGNED_BEFORE) the lead's occasion.
"""

from __future__ import annotations

import re

__all__ = ["MIN_WORDS", "time_inside_lead"]

MIN_WORDS = 10

#: the day and month: "5/3", "(5.3)", "5-3-2024", or in words, "5 tháng 3 (năm 2024)" (para32)
#: (round 35: the month's name, "5 tháng Ba")
_DAY = (r"(?:\(\s*)?\d{1,2}(?:\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?|\s+thang\s+(?:\d{1,2}|muoi\s+mot|muoi\s+hai|muoi"
        r"|mot|hai|ba|tu|nam|sau|bay|tam|chin)(?:\s+nam\s+\d{4})?)"
        r"(?:\s*\))?")
#: ("hôm 5/3" alone, round 35: "…, hôm 5/3 đã …", "… vào hôm 5/3.")
_PART = (r"(?:(?:buoi\s+)?(?:sang|chieu|toi|trua)\s+(?:ngay\s+|nay\s+|qua\s+|hom qua\s+)?|ngay\s+|hom\s+(?:(?:nay|qua)\s+)?)")
#: ... a weekday after the part of the day or alone ("sáng thứ Hai (29/1)", "chiều thứ Hai, 29/1", "thứ Ba, ngày
#: 7/10"; para32)
_WEEKDAY = r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*,?\s*(?:ngay\s+)?"
_WHEN = rf"(?:{_PART}(?:{_WEEKDAY})?|{_WEEKDAY})"
#: ... and the lunar day beside the date ("sáng 1/12 (tức ngày 6 tháng 11 năm Kỷ Hợi)", "(mùng 8 Tết)"; para32)
_LUNAR_AFTER = r"(?:\s*\((?:tuc|mung)\s[^()]{0,60}\))?"
#: ... or the days of a range, after the subject only ("Đoàn …, trong 2 ngày 5 và 6/3 đã …", "…, từ ngày 5 đến
#: 7/3 đã …", "…, trong các ngày 15-19/12 đã …"; para32)
_RANGE = (r"(?:(?:trong|suot)\s+(?:hai|ba|bon|nam|2|3|4|5|cac|nhung)\s+ngay\s+\d{1,2}(?:\s*(?:va|,|-|–)\s*\d{1,2})+"
          r"|tu\s+(?:ngay\s+)?\d{1,2}(?:\s*[/.\-]\s*\d{1,2})?\s*(?:den(?:\s+ngay)?|-|–)\s*\d{1,2})"
          r"\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?")
#: "Đoàn công tác tỉnh A, sáng 5/3 đã …", "UBND tỉnh A, ngày 12-4 vừa …", "…, chiều nay (5/3) đã …"
TIME_AFTER_SUBJECT = re.compile(rf",\s*(?:vao\s+)?(?:{_WHEN}{_DAY}{_LUNAR_AFTER}|{_RANGE})\s+(?:da|vua|se)\s")
#: "… thăm và làm việc tại tỉnh B vào sáng 5/3.", "… ký kết thỏa thuận hợp tác vào ngày 12/4/2024."
#: Round 35: "vừa qua" after the day ("… vào ngày 5/3 vừa qua."), "hôm" without "vào" ("… hợp tác hôm 5/3."), the day in
#: brackets right after the verb's phrase ("… ký kết biên bản ghi nhớ hợp tác (5/3).").
_PAST = r"(?:\s+vua\s+qua)?"
TIME_AT_END = re.compile(rf"\s(?:vao\s+{_WHEN}{_DAY}{_LUNAR_AFTER}{_PAST}|hom\s+{_DAY}{_PAST}"
                         rf"|\(\s*\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}(?:\s*[/.\-]\s*\d{{4}})?\s*\))\s*\.$")
#: ... but not a signing told as done ("… biên bản hợp tác được ký kết giữa hai tỉnh vào ngày 17/5/2014."): background
SIGNED_BEFORE = re.compile(r"\b(?:da|duoc|tung)\s+(?:duoc\s+)?ky(?:\s+ket)?\b")


def time_inside_lead(raw: str, folded: str) -> bool:
    """Is the line a one-sentence lead with its day after the subject or at its end?"""
    end = raw.rstrip(" |\t\xa0")
    if not end.endswith(".") or len(end.split()) < MIN_WORDS or ("," not in folded and " vao " not in folded
                                                                 and " hom " not in folded and "(" not in folded):
        return False
    f = folded.rstrip(" |\t\xa0")
    if TIME_AFTER_SUBJECT.search(f, 0, 160) is not None:
        return True
    at = TIME_AT_END.search(f, max(0, len(f) - (110 if f.endswith(").") else 40)))   # (a lunar day: longer)
    return at is not None and SIGNED_BEFORE.search(f, max(0, at.start() - 80), at.start()) is None
