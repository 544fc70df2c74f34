"""A period the plan of a reviewing sentence names, not the review ("đánh giá kết quả hợp tác trong thời gian
qua và bàn phương hướng, biện pháp thúc đẩy hợp tác giai đoạn 2017 - 2020"): the main finder
(:mod:`hoptac.core.extract.year_cues`) reads a period whose own clause has no verb by its sentence, a review
first; but a sentence that reviews and then plans, joined by "và" and a plan's word, puts what follows the plan's
word into the plan. Each shape a row of :data:`PLANNED_AFTER` (name, example):

- ``and_plans``: "… và (bàn | đề ra | thảo luận | xác định | thống nhất | xây dựng) phương hướng / định hướng /
  kế hoạch / nhiệm vụ / giải pháp / biện pháp …", or "… và phương hướng / định hướng …" (forward words by
  themselves): the period after it is planned. Not "… thực hiện chương trình và kế hoạch hợp tác giai đoạn
  2016-2020" (a plan's noun that is a second object of what is reviewed: nothing plans it).
- ``next_period``: "kết quả … mùa khô năm 2018-2019, kế hoạch 2019-2020": a review of one period, then a plan's
  noun with a period of its own: the second is planned. Not "thực hiện Chương trình, kế hoạch hợp tác giai đoạn
  2016-2020" (no period reviewed before the plan's noun: the list is what is reviewed).
- ``proposes``: "Ghi nhận, đánh giá các kết quả đạt được, Chủ tịch UBND tỉnh A đề nghị giai đoạn 2026 - 2028, hai
  tỉnh tập trung …": after the review's clause, a speaker proposes (đề nghị, đề xuất, kiến nghị) what to do in the
  period, the verb right before it: the period is the proposal's, ahead (round 59, late59a). Not "… đề nghị đánh
  giá kết quả giai đoạn 2021 - 2025" (the proposal reviews: its verb is not right before the period).
- ``proposes_contents`` (round 62, the lead; :func:`proposes_contents`): "…; đề xuất nội dung hợp tác trong giai đoạn
  2026 - 2028": what a speaker proposes for a period, named between the verb and the period, after a comma or a
  semicolon. The period is ahead, not reviewed, but such proposals are made the year before the period as often as
  in its first year (a meeting of 31/5 proposing the contents of 2025 - 2027 was held in 2024): no review's Y+1, and
  no year of its own.

Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

__all__ = ["PLANNED_AFTER", "PROPOSES_CONTENTS", "planned_after", "proposes_contents"]

PLANNED_AFTER: tuple[tuple[str, str], ...] = (
    ("and_plans", "Hai bên đánh giá kết quả hợp tác thời gian qua và bàn phương hướng, giải pháp hợp tác giai đoạn "
                  "2026 - 2030"),
    ("next_period", "hội đàm về kết quả phối hợp cất bốc hài cốt mùa khô năm 2022-2023, kế hoạch 2023-2024"),
    ("proposes", "Ghi nhận, đánh giá các kết quả đạt được, Chủ tịch UBND tỉnh A đề nghị giai đoạn 2026 - 2028, hai "
                 "tỉnh tập trung …"),
)

_AND_PLANS = re.compile(r"\bva\s+(?:(?:ban|de ra|thao luan|xac dinh|thong nhat|xay dung)\s+(?:cac\s+)?"
                        r"(?:phuong huong|dinh huong|ke hoach|nhiem vu|giai phap|bien phap)|phuong huong|dinh huong)\b")
#: (name, example) of the proposal whose period gives no year (:func:`proposes_contents`)
PROPOSES_CONTENTS: tuple[tuple[str, str], ...] = (
    ("proposes_contents", "Tại cuộc họp, các đại biểu nghe báo cáo kết quả hợp tác; đề xuất nội dung hợp tác trong giai "
                          "đoạn 2026 - 2028"),
)
# the verb after a clause's comma or semicolon, what it proposes, and "trong" / "cho", right before the period
_PROPOSES_CONTENTS = re.compile(r"[,;][^,.;]{0,80}?\b(?:de nghi|de xuat|kien nghi)\s+(?:cac\s+|nhung\s+)?(?:noi dung|"
                                r"chuong trinh|ke hoach|phuong huong|dinh huong|nhiem vu|giai phap)"
                                r"(?:\s+(?:hop tac|phoi hop))?\s+(?:(?:trong|cho)\s+)?$")
_PROPOSES = re.compile(r",[^,.;]{0,80}?\b(de nghi|de xuat|kien nghi)\s+$")
_NEXT_PLAN = re.compile(r"(?:19|20)\d\d\s*,\s*(?:va\s+)?(?:ke hoach|phuong huong|dinh huong)\s+(?:[a-z]+\s+){0,4}?$")


def planned_after(words: str) -> int | None:
    """``words``: the folded words from a sentence's review word to a period (not included). Where the
    plan's word starts in them when the period is the plan's (:data:`PLANNED_AFTER`), else None."""
    if "va " not in words and "," not in words:
        return None
    if ("de " in words or "kien nghi" in words) and (m := _PROPOSES.search(words)) is not None:
        return m.start(1)
    if (m := _NEXT_PLAN.search(words)) is not None:
        return m.start() + m.group(0).index(",") + 1
    last = None
    for last in _AND_PLANS.finditer(words):
        pass
    return None if last is None else last.start()


def proposes_contents(words: str) -> bool:
    """``words`` as for :func:`planned_after`: does a proposal of what to do in the period stand right before it
    (:data:`PROPOSES_CONTENTS`)? Then the period is neither reviewed nor the occasion's year."""
    return ("de " in words or "kien nghi" in words) and _PROPOSES_CONTENTS.search(words) is not None
