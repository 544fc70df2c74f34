"""A year's plan the occasion carries out, named in a frame that opens its sentence ("Thực hiện Kế hoạch hợp tác
năm 2023 giữa hai tỉnh, ngày 10/12, đoàn …"): the occasion lies inside the plan's year, whatever the month --
unlike a plan made or launched at the occasion (``plan_year``, ``plan_noun``), which in November-December is the
next year's. :mod:`hoptac.core.extract.year_cues` asks :func:`carries_out` and gives such a year the cue
``plan_carried_out``. Each row of :data:`FRAMES` is a frame's opening words with a sentence written for it;
matched on folded text (no accents, no case, đ→d). Also: a plan's carrying out that a review looks at
(:func:`carried_out_reviewed`: "đánh giá kết quả triển khai … giai đoạn 2022 - 2024" is no plan of a period), and a
period signed in a sentence that opens on an earlier time of its own (:func:`opens_earlier`)."""

from __future__ import annotations

import re

from ..scan import fold_slice
from ..text import fold

__all__ = ["FRAMES", "carries_out", "NOT_ITS_OBJECT", "carried_out_reviewed", "opens_earlier"]

#: (opening words, folded; example).
FRAMES: tuple[tuple[str, str], ...] = (
    ("thuc hien", "Thực hiện Kế hoạch hợp tác năm 2023 giữa hai tỉnh, ngày 10/12, đoàn tỉnh A sang thăm tỉnh B"),
    ("trien khai", "Triển khai chương trình hợp tác năm 2023, sáng 10/12, hai huyện tổ chức giao lưu"),
    ("theo", "Theo kế hoạch hợp tác năm 2023 giữa hai tỉnh, từ ngày 10 - 12/12, đoàn tỉnh A làm việc tại tỉnh B"),
    ("trong khuon kho", "Trong khuôn khổ chương trình hợp tác năm 2023, chiều 10/12, …"),
    ("nam trong khuon kho", "Nằm trong khuôn khổ Kế hoạch hợp tác năm 2023, ngày 10/12, …"),
    ("cu the hoa", "Cụ thể hóa kế hoạch hợp tác năm 2023, ngày 10/12, hai tỉnh ký biên bản …"),
)
_OPENING = re.compile(r"^\s*(?:tiep tuc\s+)?(?:" + "|".join(w for w, _ in FRAMES) + r")\s[^,.;:!?\n]{0,100}$")
#: The frame closes with a comma before its sentence ends (the occasion follows it).
_CLOSES = re.compile(r"[^.;:!?\n]{0,100},")
_SENTENCE_START = re.compile(r"(?:[.!?…]\s|\n)")
REACH = 140


def carries_out(text: str, year_start: int, year_end: int) -> bool:
    """Is the year at ``text[year_start:year_end]`` a plan's named in a frame that opens its sentence and
    closes with a comma (see :data:`FRAMES`)?"""
    if not _CLOSES.match(text, year_end):
        return False   # (the cheap test first: no comma closes a frame)
    lo = max(0, year_start - REACH)
    lo = max((m.end() for m in _SENTENCE_START.finditer(text, lo, year_start)), default=lo if lo == 0 else -1)
    if lo < 0:
        return False   # the sentence starts further back: no frame that opens it
    return bool(_OPENING.match(fold_slice(text, lo, year_start, fold)))


#: Between a review and a carrying out, what makes the latter no object of the former: a year ("sơ kết … năm
#: 2024 và triển khai kế hoạch năm 2025"), "và" or a comma ("Hội nghị sơ kết và triển khai kế hoạch năm 2025":
#: two things done, the second a plan).
NOT_ITS_OBJECT = re.compile(r"[12]\d{3}|\bva\b|,")


def carried_out_reviewed(looked_back: tuple[str, int], text: str) -> str:
    """The sort of a plan's carrying out ("triển khai") that a review earlier in its clause looks at: an
    interim review's ("sơ kết việc triển khai …": its N years, if told, give the year); a final one's
    ("tổng kết việc triển khai … giai đoạn 2016-2020": held after the period); else ("đánh giá kết quả
    triển khai …", "kết quả triển khai"), a report while the period runs or after it: no cue ("ongoing")."""
    kind, at = looked_back
    if kind == "interim" or fold_slice(text, at, at + 8, fold) == "tong ket":
        return kind
    return "ongoing"


#: A sentence that opens on an earlier time of its own ("Trước đó, …", "Năm 2016, …", "Tháng 5/2016, …",
#: "Ngày 12/5/2016, …"), after the lead: a period it signs is that earlier occasion's, not the page's
#: ("Năm 2016, hai huyện đã ký kết chương trình phối hợp giai đoạn 2016 - 2020" under a visit on 25/6).
_OPENS_EARLIER = re.compile(r"\s*(?:truoc do|truoc day|(?:vao |trong )?(?:nam|thang \d{1,2}\s*[/.-])\s*(?:19|20)\d\d\s*,"
                            r"|ngay \d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d\s*,)")
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")


def opens_earlier(text: str, pos: int) -> bool:
    """Does the sentence holding ``pos`` (read back at most 300 characters) open on an earlier time of its own?"""
    lo = max(0, pos - 300)
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, lo, pos)), default=lo)
    return _OPENS_EARLIER.match(fold_slice(text, lo, pos, fold)) is not None
