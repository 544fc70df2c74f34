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
review     "Ngày 21/8, tại huyện A, các xã giáp ranh của ba huyện tổ chức giao ban từ tháng     2025
_months    10/2024 đến tháng 6/2025." (cue review_months: a day in June to September only)
results    "Ngày 12/7, tại buổi làm việc, hai bên thông tin về kết quả nổi bật đạt được trong    2025
_quarter   quý II năm 2025." (cue results_quarter: a day in the quarter after only, round 43)
=========  ================================================================================  ====

A quarter told by what it achieved ("kết quả …", "thành tựu …", "tình hình kinh tế - xã hội …" before it in its
sentence, no plan word between) is over when the page's occasion reports it: a report is made in the quarter after,
so a day in that quarter is in the quarter's year (the first three quarters only: the fourth's report falls in the
next year, `review_q4`'s matter); a day in another month gives no year ("Ngày 15/9, … kết quả quý I năm 2025": it
may be any later year's September too). Not: "phấn đấu đạt kết quả cao trong quý III năm 2025" (a plan).

A span of months reviewed ("từ tháng 10/2024 đến tháng 6/2025", "từ tháng 1 đến tháng 6/2025") ends in month M of
year Y: a review is held at its end or in the :data:`REVIEW_MONTHS` months after it, in Y for a day in June to
September when M is June; a day in another month ("Ngày 15/3, … giao ban từ tháng 10/2024 đến tháng 6/2025") would
be held long after or during the span: no year (cue_shift: the cue counts only for the months it names). A
window that would run into the next year stops at December.

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

__all__ = ["HELD_IN", "REVIEW_MONTHS", "RESULTS", "held_in_cues"]

#: shape -> the date rule that reads the period (:mod:`date_rules`)
HELD_IN: dict[str, str] = {"quarter": "quarter", "half_year": "half_year"}
_RULES = frozenset(HELD_IN.values())

# The meeting the period names, before it in its clause: "buổi giao ban kết nghĩa … quý IV năm 2024",
# "hội nghị sơ kết công tác phối hợp … 6 tháng đầu năm 2024".
_MEETING = re.compile(r"\b(?:giao ban|hoi nghi|hoi dam|cuoc hop|buoi hop|hop dinh ky|so ket|tong ket|danh gia)\b"
                      r"[^,;.!?\n]{0,120}$")
_PLAN = re.compile(rf"\b(?:{SE}|du kien|ke hoach|chuan bi|{SAP})\b")   # (not "Sê Pôn", "chia sẻ", "sáp nhập")
_SENTENCE_ENDS = re.compile(r"[.!?](?:\s|$)|\n")
#: What a quarter achieved, before it in its sentence (folded): "kết quả (nổi bật) đạt được trong", "thành tựu nổi
#: bật trong", "tình hình kinh tế - xã hội"; no plan word between ("phấn đấu", "mục tiêu", "kế hoạch", "sẽ").
RESULTS = re.compile(r"\b(?:ket qua|thanh tuu|tinh hinh)\b[^.!?;\n]{0,80}$")
_RESULTS_PLAN = re.compile(rf"\b(?:{SE}|du kien|ke hoach|chuan bi|{SAP}|phan dau|muc tieu|chi tieu|nhiem vu)\b")
#: How far back in its sentence the day may stand (a lead may list its venue and parties at length).
REACH = 600
#: A span of months reviewed: its end month and the months after it in which the review is read as held.
REVIEW_MONTHS = 3
#: "từ tháng 10/2024 đến tháng 6/2025", "từ tháng 1 đến hết tháng 6/2025", "từ tháng 1 đến tháng 6 năm 2025"
#: (folded): group ``m`` the last month, ``y`` its year.
_MONTHS_SPAN = re.compile(r"\btu thang \d{1,2}(?:\s*[/.-]\s*(?:19|20)\d{2})?\s+(?:den|toi|-|–)\s+(?:het\s+)?thang\s+"
                          r"(?P<m>\d{1,2})(?:\s*[/.-]\s*|\s+nam\s+)(?P<y>(?:19|20)\d{2})\b")


def _names_the_occasion(folded: str, mentions: list[DateMention], start: int) -> bool:
    """Does the period at ``start`` name the occasion its sentence dates: a day and month with no year before it
    in the sentence, a meeting's noun before it in its clause, no plan between the day and it?"""
    lo = max(0, start - REACH)
    ends = [e.end() for e in _SENTENCE_ENDS.finditer(folded, lo, start)]
    lo = ends[-1] if ends else lo
    day = next((d for d in mentions if lo <= d.start and d.end <= start and d.kind == "date"
                and d.precision == "day" and d.year is None and d.month), None)
    return (day is not None and _MEETING.search(folded, max(day.end, start - 140), start) is not None
            and not _PLAN.search(folded, day.end, start))


def _told_as_results(folded: str, start: int) -> bool:
    """Is the quarter at ``start`` told by what it achieved (:data:`RESULTS`), with no plan word between?"""
    x = RESULTS.search(folded, max(0, start - 100), start)
    return x is not None and not _RESULTS_PLAN.search(folded, x.start(), start)


def held_in_cues(folded: str, mentions: list[DateMention]) -> list[YearCue]:
    """A cue "held_in" for each quarter or half-year that names the dated occasion of its sentence, "results_quarter"
    for each other quarter told by what it achieved, and
    "review_months" for each span of months reviewed that does (``folded``: the page folded character for
    character)."""
    out = []
    for m in mentions:
        if m.rule not in _RULES or m.year is None or m.month is None:
            continue
        if not _names_the_occasion(folded, mentions, m.start):
            if m.rule == "quarter" and m.end_month in (3, 6, 9) and _told_as_results(folded, m.start):
                cue = _cue("results_quarter", m.year, m.start, m.start, m.end)
                cue.months = (m.end_month + 1, m.end_month + 3)   # the quarter after: its report's
                out.append(cue)
            continue
        cue = _cue("held_in", m.year, m.start, m.start, m.end)
        cue.months = (m.month, m.end_month or m.month)
        out.append(cue)
    if "tu thang" in folded:
        for x in _MONTHS_SPAN.finditer(folded):
            month = int(x["m"])
            if 1 <= month <= 12 and _names_the_occasion(folded, mentions, x.start()):
                cue = _cue("review_months", int(x["y"]), x.start("y"), x.start(), x.end())
                cue.months = (month, min(12, month + REVIEW_MONTHS))
                out.append(cue)
    return out
