"""A year that names a plan, not the time it was signed ("Theo đó, hai bên đã ký kết Chương trình phối hợp
hoạt động năm 2020"): the "đã" before it reads as a past meeting held in that year, a lower bound from 1 January
(:mod:`hoptac.core.extract.year_bounds`, ``past_meeting``). But a year's plan is signed at the end of the year
before as often as in its own year -- the cue ``plan_year`` (:mod:`.year_cue_kinds`) reads Y-1 for an occasion
in November-December, no year in September-October -- so the lower bound such a year gives is 1 September of
the year before (``plan_signed``), not 1 January of its own: a plan for 2020 signed on 29/11 is 2019-11-29.

Each row of :data:`PLAN_NAMES` is a plan's noun, the words that may stand between it and "năm Y", and a
sentence written for it; matched on folded text (no accents, no case, đ→d) ending just before the year.
A programme held as an occasion ("Chương trình giao lưu văn hóa năm 2019", a festival's name) is no plan:
its words are not in the list.

The same year is also the plan's year (the cue ``plan_year``), though told as done ("đã ký kết"), when the
sentence opens on the occasion it was signed at (:data:`AT_OCCASION`: "Theo đó,", "Tại buổi lễ,", "Dịp này,"):
:func:`signed_at_occasion`, asked by :mod:`.year_cues`, where a plan verb after "đã" is otherwise a plan done
long ago ("hai bên đã cùng nhau xây dựng Quy chế … năm 2004": no cue).

======================  ===============================================================================
plan's noun             example (written for the table)
======================  ===============================================================================
``chuong trinh``        "Tỉnh Đoàn A và Tỉnh Đoàn B đã ký kết Chương trình phối hợp hoạt động năm 2021"
``ke hoach``            "lãnh đạo hai huyện đã ký Kế hoạch hợp tác năm 2024"; "đã thông qua kế hoạch năm 2023"
``phuong huong``        "hai bên đã thống nhất phương hướng nhiệm vụ năm 2022"
``ban ghi nho``         "đã ký Bản ghi nhớ hợp tác năm 2025" (a memorandum named for the year it governs)
``giao uoc``            "các đơn vị trong Cụm đã ký kết giao ước thi đua năm 2018" (a pledge for the coming year)
======================  ===============================================================================
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["PLAN_NAMES", "PLAN_WORDS", "AT_OCCASION", "REVIEW_OPENINGS", "PART_OF_YEAR", "plan_signed_from",
           "review_before_plan", "reviewed_then_planned", "signed_at_occasion"]

#: (the plan's noun, folded; example).
PLAN_NAMES: tuple[tuple[str, str], ...] = (
    ("chuong trinh", "Tỉnh Đoàn A và Tỉnh Đoàn B đã ký kết Chương trình phối hợp hoạt động năm 2021"),
    ("ke hoach", "lãnh đạo hai huyện đã ký Kế hoạch hợp tác năm 2024; đã thông qua kế hoạch năm 2023"),
    ("phuong huong", "hai bên đã thống nhất phương hướng nhiệm vụ năm 2022"),
    ("ban ghi nho", "đã ký Bản ghi nhớ hợp tác năm 2025"),
    # an emulation cluster's pledge for the coming year, signed at the year's review (round 61, veterans61 06)
    ("giao uoc", "tại hội nghị tổng kết, các đơn vị trong Cụm đã ký kết giao ước thi đua năm 2018"),
)
#: Words that may stand between the plan's noun and "năm Y" (what it is a plan of, between whom).
PLAN_WORDS: tuple[str, ...] = ("hop tac", "phoi hop", "hoat dong", "cong tac", "lam viec", "hanh dong",
                               "ket nghia", "thi dua", "nhiem vu", "giua", "hai", "ben", "don vi", "dia phuong",
                               "tinh", "huyen", "xa")
_PLAN_BEFORE = re.compile(r"\b(?:" + "|".join(n for n, _ in PLAN_NAMES) + r")\s+(?:(?:"
                          + "|".join(PLAN_WORDS) + r")\s+){0,5}nam\s+$")
#: The earliest month a year's plan is signed in the year before (plan_year: none in September-October).
SIGNED_FROM_MONTH = 9


def plan_signed_from(folded: str, start: int, year: int) -> date | None:
    """When the bare year mention at ``folded[start:]`` ("năm 2020") names a plan (:data:`PLAN_NAMES`), the
    earliest day it may have been signed (1 September of the year before); else None."""
    if not _PLAN_BEFORE.search(folded[max(0, start - 90):start + 4 if folded.startswith("nam ", start) else start]):
        return None
    return date(year - 1, SIGNED_FROM_MONTH, 1)


#: Openings of a sentence that tie what follows to the occasion the page reports (folded; example).
AT_OCCASION: tuple[tuple[str, str], ...] = (
    ("theo do", "Ngày 29/11, Tỉnh Đoàn A tổ chức lễ ký kết nghĩa với Tỉnh Đoàn B. Theo đó, lãnh đạo hai đơn vị "
                "đã ký kết Chương trình phối hợp hoạt động năm 2021"),
    ("tai buoi le|tai le ky ket|tai buoi ky ket|tai hoi nghi|tai buoi lam viec|tai buoi hoi dam",
     "Tại hội nghị, hai bên đã ký Kế hoạch hợp tác năm 2024"),
    ("dip nay|nhan dip nay|cung tai (?:buoi le|hoi nghi|buoi lam viec)", "Dịp này, hai huyện đã ký kết Kế hoạch năm 2023"),
)
_AT_OCCASION = re.compile(r"(?:^|[.!?\n]\s*)(?:" + "|".join(w for w, _ in AT_OCCASION)
                          + r")\b[^.;:!?\n,]{0,40},[^.;:!?\n]*$")


def signed_at_occasion(folded: str, start: int, verb_at: int) -> bool:
    """Is the year mention at ``folded[start:]`` a plan's (:data:`PLAN_NAMES`) whose signing, told as done at
    ``verb_at`` ("đã ký kết"), is in a sentence that opens on the occasion (:data:`AT_OCCASION`)?"""
    if plan_signed_from(folded, start, 2000) is None:
        return False
    return _AT_OCCASION.search(folded, max(0, verb_at - 160), verb_at) is not None


#: A meeting that reviews what was done and sets the plan for a whole year Y in one sentence ("Ngày 14/10, hai sở
#: tổ chức hội nghị đánh giá kết quả thực hiện thỏa thuận hợp tác; đồng thời đề ra phương hướng phối hợp trong năm
#: 2025") is the year-end review of Y-1, held from the autumn on (the cue ``review_plan_year``): a plan alone in
#: September-October may be one signed late for its own year (``plan_year``: no cue). (The review's words, folded;
#: example.)
REVIEW_OPENINGS: tuple[tuple[str, str], ...] = (
    ("danh gia ket qua", "hội nghị đánh giá kết quả thực hiện thỏa thuận; đồng thời đề ra phương hướng năm 2025"),
    ("tong ket", "hội nghị tổng kết công tác phối hợp và bàn phương hướng phối hợp năm 2025"),
)
#: Words between the review and the year that make the plan one for part of the year, the rest of the year the
#: review is held in ("sơ kết 9 tháng và phương hướng những tháng cuối năm 2025", "quý IV năm 2025", "thời gian
#: còn lại của năm 2025"): no Y-1 (folded).
PART_OF_YEAR: tuple[str, ...] = ("thang", "quy", "cuoi nam", "dau nam", "con lai", "nua nam", "giua nam")
_REVIEW = re.compile(r"\b(?:" + "|".join(w for w, _ in REVIEW_OPENINGS) + r")\b")
_PART = re.compile(r"\b(?:" + "|".join(PART_OF_YEAR) + r")\b")


def reviewed_then_planned(folded: str, start: int, verb_at: int) -> bool:
    """Does a review of results (:data:`REVIEW_OPENINGS`) stand before the plan's words at ``verb_at`` in the same
    sentence (a ';' does not end it), the plan's year at ``folded[start:]`` a whole year (no :data:`PART_OF_YEAR`
    between the review and the year)?"""
    if "tong ket" not in folded and "danh gia ket qua" not in folded:   # (a cheap literal test first)
        return False
    opened = max(folded.rfind(c, max(0, verb_at - 300), verb_at) for c in ".!?\n") + 1
    review = next(_REVIEW.finditer(folded, max(opened, verb_at - 300), verb_at), None)
    return review is not None and _PART.search(folded, review.end(), start) is None


#: The plan cues that, for the year after a review's, turn the review into ``review_before_plan``.
_NEXT_YEARS_PLANS = ("plan_year", "plan_noun")
_SENTENCE_ENDS = ".!?\n"


def review_before_plan(cues: list, text: str, cue_kinds: dict) -> None:
    """A review of year Y (``review_year``) followed in its sentence by a plan for the whole year Y+1 (``plan_year``,
    ``plan_noun``: "kết quả phối hợp … năm 2022, đồng thời thảo luận kế hoạch hợp tác năm 2023") is renamed
    ``review_before_plan`` in place: the review closes Y and the plan opens Y+1, so the occasion is not in Y from
    January to October. ``cue_kinds``: the cue table by name (year_cue_kinds.CUE)."""
    for c in cues:
        if c.name != "review_year":
            continue
        if any(p.name in _NEXT_YEARS_PLANS and p.year == c.year + 1 and c.pos < p.pos < c.pos + 300
               and not any(ch in text[c.pos:p.pos] for ch in _SENTENCE_ENDS) for p in cues):
            c.name, c.weight = "review_before_plan", cue_kinds["review_before_plan"].weight
