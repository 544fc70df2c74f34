"""Talks with a signing in them: the talks, or the signing the headline names (types round 17).

The corpus's convention: a working session or talks with a signing during it is the meeting (a13 "Hội đàm
và ký kết …", a28, b05, b11: a review meeting that also signs), a signing ceremony as the occasion is the
signing. A lead that tells talks and a signing in one breath ("đã có buổi hội đàm, ký kết thỏa thuận hợp
tác") leaves the choice to the writer's headline: one that names the signing and nothing of the talks
("Tỉnh A - tỉnh B ký kết thỏa thuận hợp tác giai đoạn 2021-2025") makes the signing the occasion (golds:
learn-rulesdate9 l20, learn-rulesdate10 r23, holdout16 u05); one that names the talks ("Hội đàm giữa …",
"A: Hội đàm và ký kết …") or names neither leaves them the talks. A meeting named as such ("hội nghị sơ
kết …", "hội nghị tổng kết …") is an occasion of its own, whatever its headline (corpus b11).
Matched on folded text (no accents, no case, đ→d); examples are sentences of our own.
"""

from __future__ import annotations

import re

__all__ = ["headline_signing_over_talks"]

# (the lead's clause, the headline, the occasion)
EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("Sáng 5/3, đoàn đại biểu tỉnh A và đoàn đại biểu tỉnh B đã có buổi hội đàm, ký kết thỏa thuận hợp tác.",
     "Tỉnh A - tỉnh B ký kết thỏa thuận hợp tác giai đoạn 2026-2030", "signing"),
    ("Ngày 5/3, tại trụ sở Tỉnh ủy A đã diễn ra buổi hội đàm và ký kết Thỏa thuận hợp tác năm 2026.",
     "Hai tỉnh A - B ký Thỏa thuận hợp tác năm 2026", "signing"),
    ("Ngày 5/3, lãnh đạo tỉnh A và tỉnh B đã hội đàm và ký biên bản hợp tác.",
     "Hội đàm giữa đoàn đại biểu cấp cao tỉnh A và tỉnh B", "conference"),
    ("Chiều 5/3, lãnh đạo huyện A và huyện B (Lào) đã hội đàm, ký kết kết nghĩa giữa hai huyện.",
     "Huyện A và huyện B (Lào) ký MOU, kết nghĩa hai huyện", "signing"),
    ("Ngày 5/3, đã diễn ra hội nghị sơ kết và ký kết hợp tác giữa tỉnh A và thành phố B.",
     "Tỉnh A – thành phố B tiếp tục ký kết hợp tác", "conference"),
)
_TALKS = re.compile(r"\b(?:hoi dam|hoi kien)\b")
_SIGNS = re.compile(r"\bky(?: ket)?\s+(?:bien ban|thoa thuan|ban ghi nho|ghi nho|ban thoa thuan|chuong trinh|quy che|hop tac|"
                    r"ke hoach|giao uoc|y dinh thu|van ban|mou|ket nghia|hop dong)\b")
# a meeting named as such is an occasion of its own (its own review, its own agenda)
_MEETING = re.compile(r"\b(?:hoi nghi|so ket|tong ket|ky hop|hoi thao|toa dam|dien dan)\b")
# what a headline may name of the talks, the meeting or a visit
_HEAD_OTHER = re.compile(r"\b(?:hoi dam|hoi kien|hoi nghi|so ket|tong ket|lam viec|gap go|gap mat|tham|tiep|ky hop)\b")


def headline_signing_over_talks(folded_clause: str, folded_headline: str) -> bool:
    """Does the clause tell talks with a signing (no meeting of its own) under a headline that names the
    signing and nothing of the talks?"""
    if "ky" not in folded_headline or ("hoi dam" not in folded_clause and "hoi kien" not in folded_clause):
        return False   # (a cheap guard: most clauses name no talks, most headlines no signing)
    if _TALKS.search(folded_clause) is None or _SIGNS.search(folded_clause) is None:
        return False
    if _MEETING.search(folded_clause) is not None:
        return False
    return _SIGNS.search(folded_headline) is not None and _HEAD_OTHER.search(folded_headline) is None
