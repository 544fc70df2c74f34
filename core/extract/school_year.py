"""A school year named near the occasion: "Ngày 24/10, trường tiếp nhận 20 lưu học sinh … sang học tập năm học
2025-2026" -- a school year runs from September to the next summer, so an occasion of September to December
told with the school year it belongs to is in the school year's first year (the cue ``school_year`` of
:data:`~hoptac.core.extract.year_cue_kinds.CUES`; no cue from January to August, when the year named may be
the next school year's, prepared or enrolled for, or the one going on). Matched on folded text (no accents,
no case, đ→d).

Only a school year of two running years ("năm học 2016-2017"), in a sentence that tells students taken in
or come to study ("tiếp nhận", "đón", "sang học", "nhập học", "theo học") and no plan for it or tally of it
done (review24 found a December meeting on next year's enrolment and an October tally of a finished year
read a year off), in the lead's paragraph or the paragraph right after it, and only when it is the one school year the page names apart from a history's start. Never a school
year reviewed ("tổng kết năm học …", "kết quả năm học …": held after it ends), the start of a history ("từ năm
học 2002 - 2003"), nor one told as past ("năm học … vừa qua", "năm học trước").

Each shape, with an example (the cue's year for an occasion in October):

=====================  ===================================================================  =====
shape                  example                                                              year
=====================  ===================================================================  =====
enrolled for           "Ngày 12/10, trường đón 15 sinh viên Lào sang học năm học 2031-2032"   2031
the year's tally       "Ngày 3/11, … Được biết, năm học 2029-2030, trường tiếp nhận 40 …"    2029
reviewed               "Ngày 20/10, hội nghị tổng kết năm học 2029-2030"                     none
a history's start      "… diễn ra từ năm học 2002 - 2003"                                   none
told as past           "… năm học 2029-2030 vừa qua"                                       none
two school years       "… năm học 2029-2030 … năm học 2030-2031"                             none
planned for            "Ngày 8/12, bàn chỉ tiêu tuyển sinh năm học 2031-2032"                   none
a year done            "Ngày 5/10, … năm học 2029-2030, trường đã đào tạo 50 người tốt nghiệp"  none
no intake told         "Ngày 12/10, hai trường giao lưu trong năm học 2031-2032"                none
=====================  ===================================================================  =====
"""

from __future__ import annotations

import re
from typing import Sequence

from .sentences import sentence_at
from .year_cue_kinds import YearCue, _cue

__all__ = ["SCHOOL_SHAPES", "school_year_cues"]

SCHOOL_SHAPES: tuple[tuple[str, str], ...] = (
    ("enrolled_for", "Ngày 12/10, trường đón 15 sinh viên Lào sang học năm học 2031-2032"),
    ("the_years_tally", "Được biết, năm học 2029-2030, trường tiếp nhận 40 lưu học sinh"),
    ("reviewed", "hội nghị tổng kết năm học 2029-2030: no cue"),
    ("history_start", "diễn ra từ năm học 2002 - 2003: not counted"),
    ("told_as_past", "năm học 2029-2030 vừa qua: no cue"),
)

_SCHOOL = re.compile(r"\bnam hoc\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")
#: Right before "năm học": the start of a history ("từ năm học …", "kể từ", "đến", "sau", "trước").
_HISTORY = re.compile(r"\b(?:tu|ke tu|den|sau|truoc|cac)\s*$")
#: In its clause before it: a review of the school year, held after it ends.
_REVIEWED = re.compile(r"\b(?:tong ket|so ket|danh gia|ket qua|nhin lai|bao cao)\b")
#: Right after it: told as past.
_PAST_AFTER = re.compile(r"\s*(?:vua qua|truoc|da qua|qua\b)")
#: In its sentence: a school year planned for (enrolment quotas, plans: agreed in the autumn before it).
#: ("sẽ", not "Sê Kông", "Sê Pôn", "Sê San": folded alike, as in :mod:`.year_bounds`)
_AHEAD = re.compile(r"\b(?:tuyen sinh|chi tieu|ke hoach|chuan bi|du kien|(?<!chia )se(?![\s-]+(?:kong|pon|san|don)\b)"
                    r"|cho nam hoc)\b")
#: In its sentence: a school year done (graduates, trained): the one before.
_DONE = re.compile(r"\b(?:tot nghiep|da dao tao|hoan thanh|thanh tich)\b")
#: In its sentence, required: students taken in or come to study (the school year going on).
_INTAKE = re.compile(r"\b(?:tiep nhan|don(?! vi)|sang hoc|nhap hoc|theo hoc)\b")


def school_year_cues(folded: str, lead: tuple[int, int], paragraphs: Sequence[tuple[int, int]] = (),
                     sentences: list[tuple[int, int]] | None = None) -> list[YearCue]:
    """'năm học 2016-2017' in the lead's paragraph or the next one, the page's one school year -> 2016 (for an
    occasion of September-December: the kind's shift). ``sentences``: the page's sentence spans
    (:func:`.sentences.sentences`, which knows "TP." and "Th.S" are no sentence's end)."""
    if "nam hoc" not in folded:
        return []   # (speed: ``_SCHOOL`` opens with ``\b``, so it has no literal prefix and is tried at every character)
    named = []
    for m in _SCHOOL.finditer(folded):
        if int(m.group(2)) - int(m.group(1)) != 1 or _HISTORY.search(folded, max(0, m.start() - 8), m.start()):
            continue
        named.append(m)
    if len({m.group(1) for m in named}) != 1:
        return []   # none, or two school years: which is the occasion's?
    scope_end = lead[1]
    after = [p for p in paragraphs if p[0] >= lead[1]]
    if after:
        scope_end = max(scope_end, after[0][1])
    out = []
    for m in named:
        if not lead[0] <= m.start() < scope_end:
            continue
        lo = max(0, m.start() - 80)
        clause = folded[lo:m.start()]
        clause = clause[max(clause.rfind(c) for c in ".;\n") + 1:]
        if _REVIEWED.search(clause) or _PAST_AFTER.match(folded, m.end()):
            continue
        ss, se = sentence_at(sentences or [], m.start())
        sentence = folded[ss:se]
        if _AHEAD.search(sentence) or _DONE.search(sentence) or not _INTAKE.search(sentence):
            continue   # planned for, done, or no students taken in: which year is the occasion's? (review24)
        out.append(_cue("school_year", int(m.group(1)), m.start(), m.start(), m.end()))
    return out
