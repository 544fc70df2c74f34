"""A year's plan the occasion carries out, named in a frame that opens its sentence ("Thực hiện Kế hoạch hợp tác
năm 2023 giữa hai tỉnh, ngày 10/12, đoàn …"): the occasion lies inside the plan's year, whatever the month --
unlike a plan made or launched at the occasion (``plan_year``, ``plan_noun``), which in November-December is the
next year's. :mod:`hoptac.core.extract.year_cues` asks :func:`carries_out` and gives such a year the cue
``plan_carried_out``. Each row of :data:`FRAMES` is a frame's opening words with a sentence written for it;
matched on folded text (no accents, no case, đ→d)."""

from __future__ import annotations

import re

from ..text import fold

__all__ = ["FRAMES", "carries_out"]

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
    lo = max(0, year_start - REACH)
    lo = max((m.end() for m in _SENTENCE_START.finditer(text, lo, year_start)), default=lo if lo == 0 else -1)
    if lo < 0:
        return False   # the sentence starts further back: no frame that opens it
    return bool(_OPENING.match(fold(text[lo:year_start]))) and bool(_CLOSES.match(text, year_end))
