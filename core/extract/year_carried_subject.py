"""The occasion told as the subject that carries out an earlier meeting's or visit's results (round 37, late37c).

Round 29's follow-up (:mod:`.year_bounds`, the bound ``follow_up`` told ``near``) reads an earlier occasion whose
results the page's occasion carries out as a lower bound that also gives the year (the first such day and month
after it, :func:`.year_bound_days.follow_year`), when the page says the occasion carries them out: in the headline,
in the lead's paragraph, or as its purpose ("nhằm cụ thể hóa kết quả hội đàm tháng 3/2025"). A fourth way writers
say it is a sentence of its own whose subject is the occasion, after the lead (china37 04: a border gate's opening
ceremony, then "Sự kiện cũng là một trong những nội dung được cụ thể hóa kết quả chuyến thăm … vào tháng 2/2024").
Such a sentence is often longer than the 120 characters the follow-up's words are looked for in before a date.

The sentence opens with the occasion as its subject (:data:`SUBJECTS`), then, anywhere before the earlier
occasion's month and year (``tháng M/Y``: a year alone bounds but gives no year, as before), the words that carry
out a meeting's or a visit's results (``_CARRIED``). Matched on folded text (no accents, no case, đ→d); every
example is our own.

=========================================  ===============================================================================
the subject (folded)                       example (written for the table)
=========================================  ===============================================================================
su kien (nay) (cung) la / duoc / nham      "Sự kiện cũng là một trong những nội dung cụ thể hóa kết quả chuyến thăm của đoàn
                                           tỉnh A tới tỉnh B vào tháng 2/2027."
hoat dong (nay) …                          "Hoạt động này là bước cụ thể hóa kết quả hội đàm giữa lãnh đạo hai tỉnh tháng 3/2027."
chuyen tham / chuyen cong tac (nay) …      "Chuyến thăm này nhằm thực hiện kết quả hội nghị giữa hai tỉnh tháng 9/2027."
buoi le / buoi lam viec / le … nay …       "Buổi lễ là một bước triển khai kết quả hội đàm tháng 10/2027."
day la (hoat dong / su kien / buoc / …)    "Đây là hoạt động cụ thể hóa kết quả chuyến thăm của lãnh đạo tỉnh A tháng 4/2027."
=========================================  ===============================================================================

Not read: a sentence whose subject is a side ("Hai tỉnh đã cụ thể hóa kết quả chuyến thăm tháng 2/2027 bằng …": the
sides' doings over time), results of a plan or a programme (not a meeting or a visit: "thực hiện kết quả chương trình
hợp tác …"), and an earlier occasion with its year alone ("… chuyến thăm năm 2027").
"""

from __future__ import annotations

import re

__all__ = ["SUBJECTS", "carried_by_subject"]

#: The occasion as a sentence's subject, at the sentence's opening (folded), each with an example of ours.
SUBJECTS: tuple[tuple[str, str], ...] = (
    (r"su kien(?: nay)?", "Sự kiện cũng là một trong những nội dung cụ thể hóa kết quả chuyến thăm … tháng 2/2027."),
    (r"hoat dong(?: nay)?", "Hoạt động này là bước cụ thể hóa kết quả hội đàm giữa lãnh đạo hai tỉnh tháng 3/2027."),
    (r"chuyen (?:tham|cong tac)(?: nay)?", "Chuyến thăm này nhằm thực hiện kết quả hội nghị giữa hai tỉnh tháng 9/2027."),
    (r"buoi (?:le|lam viec)(?: nay)?", "Buổi lễ là một bước triển khai kết quả hội đàm tháng 10/2027."),
    (r"le (?:[a-z]+ ){1,6}nay", "Lễ khai trương này là bước cụ thể hóa kết quả hội nghị tháng 5/2027."),
    (r"day", "Đây là hoạt động cụ thể hóa kết quả chuyến thăm của lãnh đạo tỉnh A tháng 4/2027."),
)
_OPENING = re.compile(r"\s*(?:" + "|".join(p for p, _ in SUBJECTS if p != "day") + r")(?:\s+cung)?\s+(?:la|duoc|nham)\b"
                      r"|\s*day(?:\s+cung)?\s+la\s+(?:hoat dong|su kien|buoc|mot trong|noi dung|ket qua)\b")
#: A meeting's or a visit's results carried out.
_CARRIED = re.compile(r"\b(?:cu the hoa|thuc hien|trien khai)\s+(?:cac\s+)?ket qua\s+(?:cua\s+)?(?:chuyen tham|chuyen cong tac|"
                      r"hoi dam|hoi nghi|buoi lam viec|buoi hoi dam|cuoc hoi dam|cuoc gap|ky hop|phien hop)\b")
#: How far back the sentence's opening is looked for.
REACH = 320
_ENDS = re.compile(r"[.;!?\n]")


def carried_by_subject(folded: str, at: int) -> bool:
    """Does the sentence that holds ``at`` (an earlier occasion's month and year) open with the page's occasion as
    its subject and carry out that occasion's results before ``at`` (see the module)?"""
    lo = max(0, at - REACH)
    ends = [m.end() for m in _ENDS.finditer(folded, lo, at)]
    if not ends and lo > 0:
        return False   # the sentence opens further back than REACH
    start = ends[-1] if ends else 0
    opening = _OPENING.match(folded, start, at)
    return opening is not None and _CARRIED.search(folded, opening.end(), at) is not None
