"""What the parties agree to do is not the occasion they meet at.

A sentence framed by its occasion ("Tại buổi hội đàm, …", "Phát biểu tại hội nghị, …", "Trong buổi
làm việc, …") goes on to tell what was said there; after the parties' agreement verb ("hai bên nhất trí …",
"hai tỉnh thống nhất …", "cam kết …", "ông A đề nghị …") the occasions it names are the ones they agree,
commit or propose to hold: "Tại buổi hội đàm, hai bên nhất trí …; phối hợp tổ chức lễ công bố nâng cấp
cặp cửa khẩu" is the talks, not an announcement. Read by :func:`event_type._main_type` on folded text
(no accents, no case, đ→d) before it weighs the sentence's phrases.

Not this shape: a sentence with no framing occasion ("Ngày 5/3, đoàn đại biểu tỉnh A và tỉnh B đã
thống nhất ký kết biên bản …": the signing), and a headline that names the agreed occasion keeps its
say ("A và B ký kết biên bản ghi nhớ" over "Tại buổi hội đàm, hai bên thống nhất ký kết …").
"""

from __future__ import annotations

import re

__all__ = ["AGREEMENT_VERBS", "FRAMING_OCCASIONS", "agreed_from", "before_agreement"]

#: The occasion that frames the sentence, at its start (folded; example).
FRAMING_OCCASIONS: tuple[tuple[str, str], ...] = (
    ("tai buoi hoi dam", "Tại buổi hội đàm, hai bên nhất trí …"),
    ("tai cuoc hoi dam", "Tại cuộc hội đàm, lãnh đạo hai tỉnh thống nhất …"),
    ("tai hoi dam", "Tại hội đàm, hai bên cam kết …"),
    ("tai hoi nghi", "Tại hội nghị, hai tỉnh thống nhất sẽ tổ chức lễ ký kết vào quý III"),
    ("tai buoi lam viec", "Tại buổi làm việc, hai địa phương cam kết phối hợp tổ chức lễ hội …"),
    ("tai cuoc lam viec", "Tại cuộc làm việc, hai bên thống nhất …"),
    ("trong buoi lam viec", "Trong buổi làm việc, ông A đề nghị …"),
    ("tai buoi tiep", "Tại buổi tiếp, hai bên nhất trí tổ chức hội nghị xúc tiến …"),
    ("trong buoi tiep", "Trong buổi tiếp, lãnh đạo hai tỉnh đã thống nhất …"),
    ("tai buoi gap", "Tại buổi gặp, hai bên đề xuất …"),
    ("tai le ky ket", "Tại lễ ký kết, hai bên đề xuất tổ chức hội nghị sơ kết hằng năm"),
    ("tai dien dan", "Tại diễn đàn, các tỉnh thống nhất …"),
    ("tai hoi thao", "Tại hội thảo, các bên đề xuất …"),
)
_FRAME = re.compile(r"^\W*(?:phat bieu\s+)?(?:" + "|".join(re.escape(p) for p, _ in FRAMING_OCCASIONS) + r")\b")

#: Who agrees and the verb (folded pattern; example). The subject is written ('hai bên', 'hai tỉnh',
#: 'lãnh đạo hai …'), so a name ("Hội trường Thống Nhất") is no agreement; a proposal is a speaker's verb,
#: not the noun ("theo đề nghị của …", "các đề xuất").
AGREEMENT_VERBS: tuple[tuple[str, str], ...] = (
    (r"\b(?:hai|ba|cac)\s+(?:ben|tinh|dia phuong|thanh pho|huyen|xa|don vi)(?:\s+(?!(?:khong|chua)\b)[a-z]+){0,4}?"
     r"\s+(?:nhat tri|thong nhat|cam ket)\b", "hai bên đã trao đổi và thống nhất tổ chức lễ ký kết …"),
    (r"\b(?:lanh dao|dai dien)\s+(?:hai|ba|cac)\s+\w+(?:\s+(?!(?:khong|chua)\b)[a-z]+){0,4}?\s+(?:nhat tri|thong nhat|cam ket)\b",
     "lãnh đạo hai tỉnh đã thống nhất tổ chức hội nghị xúc tiến đầu tư …"),
    (r"(?<!theo )(?<!cac )(?<!nhung )(?<!loi )\b(?:de nghi|de xuat|kien nghi|mong muon)\s+(?!cua\b)",
     "ông A đề nghị hai bên sớm ký kết biên bản ghi nhớ; bà B mong muốn hai bên tổ chức tuần văn hóa …"),
)
_AGREES = re.compile("|".join(f"(?:{p})" for p, _ in AGREEMENT_VERBS))


def agreed_from(clause: str) -> int | None:
    """Where what the parties agree to do begins in a framed ``clause`` (folded), or None when the
    sentence opens with no framing occasion or tells no agreement."""
    frame = _FRAME.match(clause)
    if frame is None:
        return None
    m = _AGREES.search(clause, frame.end())
    return m.end() if m else None


def before_agreement(clause: str, found: list, headline_occasion: tuple[str, str] | None) -> list:
    """``found`` (event_type's (position, type, rank, phrase) rows) without the occasions a framed
    ``clause`` names after the parties' agreement verb; all of them when none comes before it, or when
    the headline opens with an occasion of a type only those name (``headline_occasion``: (type, phrase))."""
    at = agreed_from(clause)
    if at is None or not any(f[0] < at for f in found):
        return found
    kept = [f for f in found if f[0] < at]
    if headline_occasion is not None and headline_occasion[0] not in {f[1] for f in kept}:
        return found
    return kept
