"""A part of a stated year that times the lead's occasion ("Vừa qua, đoàn tỉnh A đã hội đàm với tỉnh B đầu
năm 2019": 2019), the cue ``lead_part_year`` of :mod:`.undated` (split from it when it passed 400 lines)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .tense_words import SE
from .year_cue_kinds import CUE, YearCue

if TYPE_CHECKING:
    from .verdicts import Reading

__all__ = ["FRAMED_LEAD", "lead_part_year"]

#: Inside the lead's sentence: "… hội đàm với tỉnh B đầu năm 2019" (lead_part_year), not results so far
#: ("từ đầu năm 2019", "6 tháng đầu năm 2019", "kết quả … đầu năm 2019"), nor what is still to come, nor an
#: earlier occasion ("Ngày 10/1, tiếp nối chuyến thăm cuối năm 2018, …", "sau", "thực hiện").
_PART_HEAD = re.compile(r"(?:vao\s+)?(?:dau|cuoi|giua)\s+nam\s")
_NOT_ITS_TIME = re.compile(rf"\b(?:tu|thang|ket qua|so ket|tong ket|{SE}|du kien|ke hoach|chuan bi|phuong huong|nhiem vu|"
                           r"muc tieu|phan dau|tiep noi|sau|truoc do|thuc hien|trien khai)\b")   # (the last: an earlier one)


#: A lead whose first sentence frames the page's occasion, undated ("Tại buổi tiếp, …", "Phát biểu tại
#: hội nghị, …", "Trong buổi làm việc, …"): a part of a year in a later sentence of the lead times
#: another occasion told as background ("Đặc biệt, chuyến thăm của đoàn tỉnh B cuối năm 2023 đã mở ra …").
FRAMED_LEAD = re.compile(r"\W*(?:phat bieu\s+)?(?:tai|trong)\s+(?:buoi|cuoc|hoi nghi|hoi dam|le|phien)\b")


def lead_part_year(readings: list[Reading], folded: str, lead) -> YearCue | None:
    """The cue of a part of a year that times the lead's occasion ("Vừa qua, đoàn tỉnh A đã hội đàm
    với tỉnh B đầu năm 2019": 2019; CUES' lead_part_year), or None."""
    l0, l1 = lead
    for r in readings:
        m = r.mention
        if not (l0 <= m.start < l1) or r.verdict != "event" or m.precision != "year" or m.year is None \
                or not _PART_HEAD.match(folded, m.start):
            continue
        s = max(folded.rfind(".", l0, m.start), folded.rfind("\n", l0, m.start), l0 - 1) + 1
        if s > l0 and FRAMED_LEAD.match(folded, l0):
            continue   # "Tại buổi tiếp, … . Đặc biệt, chuyến thăm … cuối năm 2023 …": another occasion's time
        stop = re.search(r"[.;!?](?:\s|$)|\n", folded[m.end:l1])
        if _NOT_ITS_TIME.search(folded, max(s, m.start - 60), m.start) \
                or _NOT_ITS_TIME.search(folded, m.end, m.end + stop.start() if stop else l1) \
                or folded.startswith(" den nay", m.end):
            continue
        return YearCue(m.start, m.year, "lead_part_year", CUE["lead_part_year"].weight, m.start, m.end)
    return None
