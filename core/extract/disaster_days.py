"""The days of a disaster, told after the lead of a page about aid for it (round 49, late49a: env49b 01).

A relief page tells its occasion in the lead, often with "vừa" and no day ("Đoàn công tác huyện A vừa đến thăm
hỏi, trao quà hỗ trợ đồng bào lũ lụt huyện B"), then, in a sentence of its own, the disaster the aid is for, with
its days ("Từ ngày 29/11 đến ngày 17/12/2030, trên địa bàn huyện B đã xảy ra các đợt mưa lũ lớn …"). Those days
are the disaster's, never the occasion the page reports: put after a lead that gives no day, they took the main
event's day before (and its type from a sentence that names no occasion). The verdict is "past" (background),
as a meeting told as earlier: the disaster is still a lower bound for the year (:mod:`.year_relief`).
Matched on folded text (no accents, no case, đ→d); the disasters are :data:`.year_relief.DISASTERS`; every
example is ours.

===================  ==================================================================================  =========
rule                 example (written for the table)                                                     verdict
===================  ==================================================================================  =========
disaster_days        "Từ ngày 29/11 đến ngày 17/12/2030, trên địa bàn huyện B đã xảy ra các đợt mưa lũ   past
                     lớn làm thiệt hại nặng về người và tài sản." (after the lead)
disaster_days        "Ngày 5/9/2030, cơn bão số 3 đổ bộ vào tỉnh B, gây thiệt hại nặng." (after the      past
                     lead)
NOT: aid told        "Ngày 20/8, tỉnh A trao 50 tấn gạo giúp nhân dân huyện B khắc phục hậu quả lũ       event
                     quét." (the sentence hands over, visits or receives: the occasion)
NOT: in the lead     "Ngày 5/9, bão số 3 đổ bộ vào tỉnh B; ngay trong ngày, tỉnh A cử đoàn sang hỗ trợ."  as before
===================  ==================================================================================  =========

The sentence must name the disaster (``DISASTERS``) told as happening ("xảy ra", "gây", "đổ bộ", "tàn phá",
"làm thiệt hại", …) and no act of help or meeting ("trao", "tặng", "ủng hộ", "hỗ trợ", "thăm", "tiếp nhận",
"bàn giao", "cứu trợ", "tổ chức", "làm việc", "ký"): a date that tells the aid keeps its verdict.
"""

from __future__ import annotations

import functools
import re

from .dates import DateMention
from .year_relief import _DISASTER, _DISASTER_RE   # the disasters of year_relief.DISASTERS, the same pattern
from ..messages import M_

__all__ = ["DISASTER_DAYS", "WHY_DISASTER_DAYS", "disaster_days", "page_may_tell_disaster"]

#: (rule, the words of its sentence (folded), an example of ours)
DISASTER_DAYS: tuple[tuple[str, str, str], ...] = (
    ("disaster_days", "a disaster (year_relief.DISASTERS) + xay ra | gay | do bo | tan pha | lam thiet hai | …",
     "Từ ngày 29/11 đến ngày 17/12/2030, trên địa bàn huyện B đã xảy ra các đợt mưa lũ lớn làm thiệt hại nặng."),
)
#: The counter-shape: a date whose sentence tells the aid (the occasion, as before).
EXAMPLES_NOT = (
    "Ngày 20/8, tỉnh A trao 50 tấn gạo giúp nhân dân huyện B khắc phục hậu quả lũ quét.",
)

_HAPPENING = re.compile(r"\b(?:xay ra|gay(?: ra)?|do bo|tan pha|thieu rui|lam sap|cuon troi|vui lap|"
                        r"lam (?:thiet hai|hu hong|nhieu nguoi))\b")
#: The page-wide gate (the merge of round 49): the same patterns without their closing boundary, so that a match
#: inside a sentence's window (whose end counts as a boundary) is always a match on the whole page.
_DISASTER_OPEN = re.compile(rf"\b{_DISASTER}")
_HAPPENING_OPEN = re.compile(_HAPPENING.pattern.removesuffix(r"\b"))
#: An act of help or a meeting in the sentence: the date is the aid's occasion, not the disaster's.
_HELP = re.compile(r"\b(?:trao|tang|ung ho|ho tro|tham|tiep nhan|ban giao|cuu tro|to chuc|lam viec|ky|chuyen|"
                   r"doan|phat dong|quyen gop|van chuyen|dua)\b")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")
_REACH = 240

WHY_DISASTER_DAYS = M_("the days of a disaster the page's aid is for ('… đã xảy ra các đợt mưa lũ'), told after the lead: "
                       "background, not the occasion")


@functools.lru_cache(maxsize=8)
def page_may_tell_disaster(folded: str) -> bool:
    """Can any date of the page pass :func:`disaster_days`? Its words, on the whole page, asked once a page: the
    check by date walked two sentences for every date after the lead of every page ("gay" is in "ngay": +1.8% of the
    seeds' instructions); the same answer, by construction."""
    return (("xay ra" in folded or "gay" in folded or "do bo" in folded)
            and _DISASTER_OPEN.search(folded) is not None and _HAPPENING_OPEN.search(folded) is not None)


def disaster_days(folded: str, m: DateMention, lead) -> bool:
    """Does the date, after the lead, date a disaster told as happening in a sentence that tells no help or meeting?"""
    if m.start < lead[1]:
        return False
    lo = max(0, m.start - _REACH)
    ends = [x.end() for x in _SENTENCE_END.finditer(folded, lo, m.start)]
    s0 = ends[-1] if ends else lo
    stop = _SENTENCE_END.search(folded, m.end, m.end + _REACH)
    s1 = stop.start() if stop else min(len(folded), m.end + _REACH)
    return (_DISASTER_RE.search(folded, s0, s1) is not None and _HAPPENING.search(folded, s0, s1) is not None
            and _HELP.search(folded, s0, s1) is None)
