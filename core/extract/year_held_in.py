"""A quarter or half-year that names the dated occasion itself: the year of a day that lies in it.

"Chiều 9/11, … hai xã đã tổ chức buổi giao ban kết nghĩa cụm dân cư hai bên biên giới quý IV năm 2024": the
sentence dates its occasion by day and month and names the occasion with its quarter ("giao ban … quý IV năm
2024"). A quarterly meeting is held in its quarter or in the one after it (a review); when the day and month lie
in the quarter, the occasion is in the quarter's year. A day outside it ("Sáng 5/10, … hội nghị sơ kết quý III năm
2024", "Ngày 8/1, … giao ban quý IV năm 2024") would need arithmetic on how long after the quarter a review is
held: this rule gives it no year (the cue "held_in" counts only for a day in the quarter: year_cue_kinds.cue_shift;
:data:`year_cue_kinds.CUES` "review_quarter" and "review_q4" read a meeting written right before its quarter).

Each shape (folded text: no accents, no case, đ→d), with a sentence written for it and the year it gives:

=========  ================================================================================  ====
shape      example                                                                           year
=========  ================================================================================  ====
quarter    "Chiều 9/11, tại nhà văn hóa xã A, hai xã đã tổ chức buổi giao ban kết nghĩa cụm   2024
           dân cư hai bên biên giới quý IV năm 2024."
half_year  "Ngày 25/6, tại trụ sở UBND huyện A, công an hai huyện tổ chức hội nghị sơ kết     2024
           công tác phối hợp bảo đảm an ninh trật tự khu vực giáp ranh 6 tháng đầu năm 2024."
=========  ================================================================================  ====

Conditions, all needed: the period has its year; a day and month with no year of their own stand before it in
its sentence (the occasion the sentence dates); a meeting's noun stands before the period in its clause (no
comma, semicolon or full stop between: the period names that meeting, not some result or plan); nothing between
the day and the period tells a plan ("sẽ", "dự kiến", "kế hoạch", "chuẩn bị", "sắp"). Not: "Ngày 20/11, hai
huyện thống nhất sẽ tổ chức giao ban quý I năm 2025" (a plan), "Sáng 9/11, … họp bàn, phấn đấu hoàn thành trong
quý IV năm 2024" (no meeting names the quarter in its clause).
"""

from __future__ import annotations

import re

from .dates import DateMention
from .tense_words import SAP, SE
from .year_cue_kinds import YearCue, _cue

__all__ = ["HELD_IN", "held_in_cues"]

#: shape -> the date rule that reads the period (:mod:`date_rules`)
HELD_IN: dict[str, str] = {"quarter": "quarter", "half_year": "half_year"}
_RULES = frozenset(HELD_IN.values())

# The meeting the period names, before it in its clause: "buổi giao ban kết nghĩa … quý IV năm 2024",
# "hội nghị sơ kết công tác phối hợp … 6 tháng đầu năm 2024".
_MEETING = re.compile(r"\b(?:giao ban|hoi nghi|hoi dam|cuoc hop|buoi hop|hop dinh ky|so ket|tong ket|danh gia)\b"
                      r"[^,;.!?\n]{0,120}$")
_PLAN = re.compile(rf"\b(?:{SE}|du kien|ke hoach|chuan bi|{SAP})\b")   # (not "Sê Pôn", "chia sẻ", "sáp nhập")
_SENTENCE_ENDS = re.compile(r"[.!?](?:\s|$)|\n")
#: How far back in its sentence the day may stand (a lead may list its venue and parties at length).
REACH = 600


def held_in_cues(folded: str, mentions: list[DateMention]) -> list[YearCue]:
    """A cue "held_in" for each quarter or half-year that names the dated occasion of its sentence
    (``folded``: the page folded character for character)."""
    out = []
    for m in mentions:
        if m.rule not in _RULES or m.year is None or m.month is None:
            continue
        lo = max(0, m.start - REACH)
        ends = [e.end() for e in _SENTENCE_ENDS.finditer(folded, lo, m.start)]
        lo = ends[-1] if ends else lo
        day = next((d for d in mentions if lo <= d.start and d.end <= m.start and d.kind == "date"
                    and d.precision == "day" and d.year is None and d.month), None)
        if day is None or _MEETING.search(folded, max(day.end, m.start - 140), m.start) is None:
            continue
        if _PLAN.search(folded, day.end, m.start):
            continue
        cue = _cue("held_in", m.year, m.start, m.start, m.end)
        cue.months = (m.month, m.end_month or m.month)
        out.append(cue)
    return out
