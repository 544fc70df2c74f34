"""A period the occasion only carries out is not the occasion's year (round 37, period37).

A period's first year is the occasion's when the occasion signs or opens the period ("ký kết hợp tác giữa hai
tỉnh giai đoạn 2024 - 2026" on 27/6: 2024; ``plan_period``). When the occasion only carries out or implements a
period agreed before ("tổ chức hội nghị nhằm triển khai thỏa thuận hợp tác toàn diện giai đoạn 2024 - 2027"), it
may lie in any year of the period: the first year is a guess, so the cue is kept (``hoptac explain`` shows it)
but gives no year in any month (``YearCue.carried``; :func:`~.year_cue_kinds.cue_shift`). Asked by
:func:`~.year_cues._signed_fw` with the folded words of the period's clause (from its verb to the period) and the
words just before them.

The verbs that carry a period out (the last such verb before the period in its clause, folded; examples written
for this table):

=================  ===========================================================================================  =======
verb               example                                                                                      reads
=================  ===========================================================================================  =======
triển khai         "Sáng 21/8, tỉnh A và thành phố B tổ chức hội nghị nhằm triển khai thỏa thuận hợp tác         no year
                   toàn diện giai đoạn 2024 - 2027 giữa hai địa phương."
thực hiện          "Sáng 12/5, lãnh đạo tỉnh A và tỉnh B tổ chức hội nghị nhằm thực hiện chương trình hợp tác     no year
                   giai đoạn 2021 - 2025 giữa hai tỉnh."
(tiếp tục)         "… tổ chức hội nghị để tiếp tục triển khai kế hoạch hợp tác giai đoạn 2021 - 2025"; "đã hội    no year
triển khai         đàm, nhất trí triển khai thỏa thuận hợp tác giai đoạn 2021 - 2025"
cụ thể hóa         "… nhằm cụ thể hóa thỏa thuận hợp tác giai đoạn 2024 - 2027" (where a plan cue arises; most    no year
                   such clauses are read as ongoing already, no cue)
=================  ===========================================================================================  =======

The verbs that open it (unchanged, the period's first year: ``year_cues._SIGNS_PERIOD``, the clause kinds):
"ký", "ký kết", "thông qua", "phương hướng", "thống nhất (nội dung)", a conference of the period with no verb.

Not carried (the first year stays):

- a signing told with "triển khai" in the same clause, the signing first: "ký kết kế hoạch triển khai thỏa thuận
  hợp tác giai đoạn 2024 - 2027", "ký kết thỏa thuận … giai đoạn 2024 - 2027 và thống nhất triển khai ngay …"
  (any "ký" or "thông qua" in the period's words or before them in its sentence: "hai bên đã ký kết Biên bản
  ghi nhớ, thống nhất các nội dung phối hợp, trao đổi thực hiện nhiệm vụ giai đoạn 2020 - 2021");
- a signing after the period, in its sentence, not told as done before: "chương trình hợp tác giai đoạn 2023 - 2025
  vừa được lãnh đạo hai tỉnh ký kết" (any "ký" or "thông qua" after it, no "đã" or "từng" before that);
- a period that is not the verb's object, a new clause or predicate between them (";", ":", a dash "–", "là"):
  "Đẩy nhanh triển khai các dự án giao thông – đó là một nội dung của chương trình hợp tác giai đoạn 2023 - 2025";
- a review of the period before, then the verb, in one sentence: "tổ chức Hội nghị sơ kết chương trình hợp tác giai
  đoạn 2011-2015 và triển khai kế hoạch hợp tác giai đoạn 2016 - 2020" (the next period launched at the review);
- a conference or ceremony named by the verb, a kick-off: "Hội nghị triển khai chương trình hợp tác giai đoạn
  2024 - 2027" (the words before end with "hội nghị", "lễ", "buổi"; unmeasured: no labelled page holds it).

A conference about the work of a period (round 51, late51a, ``about_work``): the occasion's noun, then "về công tác"
(the work done in the period, not a cooperation the occasion opens), is held in any year of the period -- no year
in any month, as for a carrying verb (north51 06: "Hội nghị về công tác … giai đoạn 2021-2025" on 10/8 read 2021
for 2022, a wrong year). Examples written for this table:

=====================================================================================================  =======
clause (on 10/8)                                                                                       reads
=====================================================================================================  =======
"… tổ chức Hội nghị về công tác bảo đảm an toàn thực phẩm giữa hai tỉnh giai đoạn 2021-2025"            no year
"… tổ chức hội thảo về công tác phòng, chống dịch bệnh cây trồng giai đoạn 2024 - 2027"                  no year
"… tổ chức Hội nghị hợp tác giữa ba tỉnh giai đoạn 2022-2025" (counter: the conference of the period)  2022
"… ký kết chương trình phối hợp về công tác an toàn thực phẩm giai đoạn 2021-2025" (counter: signed)     2021
=====================================================================================================  =======

A review of a period's carrying out is read before this (the review kinds), never a plan. When it counts the years
carried out so far (:func:`years_carried`), it is held after them, in the period's first year plus them:

=====================================================================================================  =======
review (on 15/3; written for the table)                                                                reads
=====================================================================================================  =======
"tổ chức hội nghị đánh giá kết quả năm đầu thực hiện thỏa thuận hợp tác giai đoạn 2024 - 2027"           2025
"tổ chức hội nghị sơ kết năm đầu triển khai thỏa thuận hợp tác giai đoạn 2024 - 2027"                    2025
"tổ chức hội nghị tổng kết 2 năm thực hiện thỏa thuận hợp tác giai đoạn 2024 - 2027"                     2026
"tổ chức hội nghị sơ kết 1 năm thực hiện …" (round 16's interim row, unchanged)                          2025
"tổ chức hội nghị tổng kết thỏa thuận hợp tác giai đoạn 2024 - 2027" (no count: after the period)       2028
=====================================================================================================  =======

Before, a count written otherwise than "sơ kết N năm" was read as a review of the whole period (2028 for the
first three): a wrong year. Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

__all__ = ["CARRY_VERBS", "carried", "YEARS_CARRIED", "years_carried"]

#: The verbs that carry a period out (folded), anywhere in the period's clause.
CARRY_VERBS = ("trien khai", "thuc hien", "cu the hoa")
_CARRY = re.compile(r"\b(?:" + "|".join(CARRY_VERBS) + r")\b")
#: A signing or adoption anywhere in the clause keeps the period opened there.
_SIGNS = re.compile(r"\b(?:ky|thong qua)\b")
#: Between the verb and the period, a new clause or predicate: the period is not what the verb carries out.
_BREAK = re.compile(r"[;:\u2013\u2014]|\bla\b")
#: A signing after the period told as done before ("… giai đoạn 2024 - 2027 đã ký kết năm 2024"): no opening here.
_DONE = re.compile(r"\b(?:da|tung)\b")
#: A review of the period before, then the verb: the review's conference launches the next period.
_REVIEW_AND = re.compile(r"\b(?:so ket|tong ket|danh gia)\b.*\bva\s*$")
#: The verb names the occasion itself: "Hội nghị triển khai …", "Lễ triển khai …" (a kick-off).
_NAMED_BY = re.compile(r"\b(?:hoi nghi|le|buoi)\s*$")
#: A conference about the work of a period ("Hội nghị về công tác …"): any year of it (about_work).
_ABOUT_WORK = re.compile(r"\b(?:hoi nghi|hoi thao|toa dam|cuoc hop|buoi lam viec)\s+(?:ban\s+)?ve\s+cong\s+tac\b")


def carried(words: str, before: str = "", after: str = "") -> bool:
    """Do the folded ``words`` of a period's clause (from its verb or its occasion's noun to the period) carry
    the period out, not open it? ``before``: the folded words just before them (120 characters; their sentence is read); ``after``: the
    rest of the period's sentence (the folded words after it)."""
    if _ABOUT_WORK.search(words) and not _SIGNS.search(words) and not _SIGNS.search(re.split(r"[.!?\n]", before)[-1]):
        return True   # "Hội nghị về công tác bảo đảm an toàn thực phẩm … giai đoạn 2021-2025": any year of it
    m = None
    for m in _CARRY.finditer(words):
        pass   # the last carrying verb before the period
    before = re.split(r"[.!?\n]", before)[-1]   # (its sentence)
    if m is None or _SIGNS.search(words) or _SIGNS.search(before):
        return False   # a signing in the clause or just before it ("đã ký kết Biên bản …, thực hiện …"): opened there
    if _REVIEW_AND.search(before + " " + words[:m.start()]):
        return False   # "Hội nghị sơ kết … giai đoạn 2011-2015 và triển khai kế hoạch … giai đoạn 2016 - 2020": launched there
    if _BREAK.search(words, m.end()):
        return False   # "Đẩy nhanh triển khai các dự án – Đó là nội dung trong chương trình … giai đoạn …": not its object
    if (a := _SIGNS.search(after)) and not _DONE.search(after, 0, a.start()):
        return False   # "chương trình … giai đoạn 2023 - 2025 vừa được lãnh đạo hai tỉnh ký kết": signed there
    clause = re.split(r"[,.;:!?\n]", before + " " + words[:m.start()])[-1]   # the words before the verb
    return not _NAMED_BY.search(clause)


#: A review that counts the years of a period carried out so far ("sơ kết 2 năm thực hiện", "đánh giá kết quả năm
#: đầu triển khai", "năm thứ nhất thực hiện"): held after those years, the period's first year plus them.
YEARS_CARRIED = re.compile(r"(?:\b(\d{1,2})\s+nam|\bnam\s+(?:dau(?:\s+tien)?|thu\s+nhat))\s+(?:thuc hien|trien khai)\b")


def years_carried(words: str) -> int | None:
    """The years a review counts of a period carried out (folded ``words`` from the review to the period):
    N for "N năm thực hiện", 1 for "năm đầu (tiên) / năm thứ nhất thực hiện", else None."""
    m = YEARS_CARRIED.search(words)
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1) else 1
    return n if n >= 1 else None
