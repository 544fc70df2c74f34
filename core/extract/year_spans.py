"""Spans of years a year cue must not be taken from as the occasion's own: results "so far"
("Từ đầu năm 2023 đến nay", "6 tháng đầu năm 2023", "8 tháng năm 2024") and a review counting
years since a signing ("sơ kết 1 năm thực hiện Thỏa thuận … ký ngày 14/5/2018"). Used by
:func:`hoptac.core.extract.year_cues.find_year_cues` (split out of it when it passed 400 lines).
"""

from __future__ import annotations

import re

from .dates import DateMention
from ..scan import fold_slice
from ..text import fold
from .number_words import NUMBER_WORDS


_SO_FAR_BEFORE = re.compile(r"(?:tu\s+dau|(?:\d+|sau|chin|ba|nam)\s+thang(?:\s+(?:dau|qua\s+cua))?|dau)\s+(?:nam\s+)?$")
_SO_FAR_AFTER = re.compile(r"^\s*(?:den\s+nay|toi\s+nay|den\s+thoi\s+diem\s+nay)")
_RESULTS_BEFORE = re.compile(r"\b(?:ket\s+qua|thanh\s+tich|thanh\s+tuu)\s+(?:\w+\s+){0,3}$")
# results_until (round 59): the end of a span the meeting reviews, "… đánh giá kết quả đạt được từ hội nghị lần thứ
# 13 (tháng 11-2009) đến tháng 8-2010": the article is written in that month's year, as for "6 tháng đầu năm 2023".
# Only a month with its year, after "đến", with a review's words earlier in its sentence. A past span told alone
# ("từ tháng 11-2009 đến tháng 8-2010, hai tỉnh đã …") is no cue, nor figures as of a month ("Tính đến hết tháng
# 5/2024, tỉnh thu hút …": a lower bound only, year_bounds "as_of": such figures may be years old).
_UNTIL_BEFORE = re.compile(r"\bden\s+(?:het\s+)?$")
_REVIEWED = re.compile(r"\b(?:danh\s+gia|so\s+ket|tong\s+ket|bao\s+cao)\s+(?:lai\s+)?ket\s+qua\b")


def _so_far(text: str, m: DateMention, folded: str | None = None) -> bool:
    """'Từ đầu năm 2023 đến nay', '6 tháng đầu năm 2023', '8 tháng năm 2024', 'kết quả đầu năm 2024'.
    ``folded``: ``text`` folded character by character, if the caller has it (windows sliced from it)."""
    lo, hi = max(0, m.start - 40), m.start + (len(m.text) - len(m.text.lstrip()))
    before = folded[lo:hi] if folded is not None else fold_slice(text, lo, hi, fold)
    after = folded[m.end:m.end + 24] if folded is not None else fold_slice(text, m.end, m.end + 24, fold)
    head = fold(m.text)
    if re.search(r"thang\s+(?:dau|qua)\s+(?:cua\s+)?nam", head):
        return True
    if m.precision == "month" and _UNTIL_BEFORE.search(before) is not None:   # results_until
        lo2 = max(0, m.start - 200)
        window = folded[lo2:m.start] if folded is not None else fold_slice(text, lo2, m.start, fold)
        return _REVIEWED.search(window[max(window.rfind("."), window.rfind(";")) + 1:]) is not None
    if head.startswith("dau nam") or head.startswith("tu dau nam"):
        if head.startswith("tu dau") or re.search(r"\btu\s*$", before) or _RESULTS_BEFORE.search(before):
            return True
        before = before + " " + head[: head.index("nam")]
    return bool(_SO_FAR_BEFORE.search(before) and (_SO_FAR_AFTER.match(after) or "thang" in before))


_NUMBER_WORDS = NUMBER_WORDS
# ... "sau" before the count says the same ("đánh giá kết quả sau hai năm thực hiện Thông báo … ngày 30/5/2018", round 60)
_YEARS_SINCE = re.compile(r"\b(?:so ket|tong ket|danh gia|nhin lai)\s+(?:ket qua\s+)?(?:sau\s+)?(\d{1,2}|%s)\s+nam\s+"
                          r"(?:thuc hien|trien khai|hop tac|ky ket|hoat dong)\b[^.;!?\n]{0,160}$" % "|".join(_NUMBER_WORDS))


# The same review a sentence or two before the date of the signing it counts from:
# "… sơ kết 1 năm thực hiện Thỏa thuận hợp tác. Thỏa thuận được ký ngày 14/5/2018 …".
_YEARS_SINCE_FAR = re.compile(_YEARS_SINCE.pattern.replace("[^.;!?\\n]{0,160}$", "[^\\n]{0,300}"))
_SIGNED_BEFORE = re.compile(r"\bky(?:\s+ket)?\s+(?:vao\s+)?$")


# the review words _YEARS_SINCE opens with, as they stand in it: a window without any of them
# is not searched (the regex tries its alternatives at every character)
_REVIEW_WORDS = ("so ket", "tong ket", "danh gia", "nhin lai")


def _has_review_word(folded: str) -> bool:
    return any(w in folded for w in _REVIEW_WORDS)


def _years_since(text: str, m: DateMention, folded: str | None = None) -> tuple[int, int, tuple[int, int] | None] | None:
    """'sơ kết 1 năm thực hiện Thỏa thuận … (ký ngày 14/5/2018)': (1, where the review
    words start, None), or None. Across sentences only for a signing's date ('ký ngày …'). The
    third: the date's (month, day), where the N years end (also for years counted after it: _counted_after).
    ``folded``: ``text`` folded character by character, if the caller has it (windows sliced from it)."""
    lo = max(0, m.start - 220)
    before = folded[lo:m.start] if folded is not None else fold_slice(text, lo, m.start, fold)
    x = _YEARS_SINCE.search(before) if _has_review_word(before) else None
    if x is None and _SIGNED_BEFORE.search(before[-12:]):
        lo = max(0, m.start - 400)
        far = folded[lo:m.start] if folded is not None else fold_slice(text, lo, m.start, fold)
        x = next((y for y in _YEARS_SINCE_FAR.finditer(far)), None) if _has_review_word(far) else None
    if x is None:
        return _counted_after(text, m, before)
    n = x.group(1)
    n = int(n) if n.isdigit() else _NUMBER_WORDS[n]
    # the N years end on the date's day and month: a review told on an earlier day and month is a year
    # short of them, or a loose count (round 59, late59a): no year for it (cue_shift)
    return (n, lo + x.start(), (m.month, m.day) if m.month and m.day else None) if 0 < n <= 30 else None


#: The review told before the signing's date, the years counted after it: "… vừa tổng kết Chương trình hợp
#: tác … được hai tỉnh ký kết ngày 22-2-2006. … Trong 10 năm qua, Chương trình đã …" -- the review counts N
#: years from that signing (N exact: "Sau hơn 2 năm", "qua gần 10 năm" count loosely, no cue).
_REVIEW_OF_SIGNED = re.compile(r"\b(?:so ket|tong ket|danh gia)\b[^.;!?\n]*\bky(?:\s+ket)?\s+(?:vao\s+)?$")
_COUNTED_AFTER = re.compile(r"\b(?:trong|sau|qua)\s+(\d{1,2})\s+nam\s+(?:qua|thuc hien|trien khai)\b")
#: How far after the signing's date the years counted from it may be told (the next sentence or two).
COUNTED_REACH = 400
#: The years counted end on the signing's day and month: a review told on an earlier day and month of
#: the year Y+N is a year short of N years ("ký kết ngày 20-12-2015 … Trong 5 năm qua" on 15/1 is
#: 2021, or a loose count in 2020): the cue carries the signing's (month, day) and gives no year to a
#: day before it (year_cue_kinds.cue_shift), so another cue or none decides.


def _counted_after(text: str, m: DateMention, before: str) -> tuple[int, int, tuple[int, int] | None] | None:
    """'tổng kết Chương trình … ký kết ngày 22-2-2006. … Trong 10 năm qua, …': (10, where the review words
    start, the signing's (month, day)), or None."""
    if not _has_review_word(before):
        return None
    review = _REVIEW_OF_SIGNED.search(before)
    if review is None:
        return None
    x = _COUNTED_AFTER.search(fold_slice(text, m.end, m.end + COUNTED_REACH, fold))
    if x is None or not 0 < int(x.group(1)) <= 30:
        return None
    return int(x.group(1)), max(0, m.start - 220) + review.start(), (m.month, m.day) if m.month and m.day else None
