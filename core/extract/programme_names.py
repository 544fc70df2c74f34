"""A programme named in quotes with its year, held together with another occasion the sentence opens.

"Tối 26/12, tại tỉnh A đã diễn ra diễn đàn “…” và Chương trình nghệ thuật hữu nghị “…” năm 2025": the year after the
programme's quoted name is the programme's own, an occasion held that evening, not a year's plan. Read as a plan
noun ("chương trình hợp tác năm 2025", which in November-December is next year's, told at a meeting the year before)
it gave 2024 against the page's stamp of 30/12/2025, and the main day got no year (round 21, sector21 04).
:mod:`hoptac.core.extract.year_cues` already calls a plan noun right after an opening verb ("tổ chức Chương trình
giao lưu đầu xuân năm 2024") the occasion's name; :func:`named_with_another` adds the programme that follows another
occasion after the verb, joined by 'và' or 'cùng', when a quoted name closes just before its year.

:func:`numbered_programme` adds a programme numbered by its edition right before the year ("chương trình Chạy giao
lưu hữu nghị … lần thứ 3 năm 2025 đã được tổ chức"): a programme held in editions is an occasion, and the year
after its number names that edition, as "Hội chợ … lần thứ 17, năm 2025" does (round 30, sport30k 04: read as a
plan noun it gave 2024 in December against the page's other "lần thứ 17 năm 2025", and the day got no year). Not
an earlier edition ("tiếp nối", "kết quả", "sau" before it), nor a plan that holds the edition ("kế hoạch tổ
chức Chương trình … lần thứ 4 năm 2026": the noun is 'kế hoạch', and the edition planned may be next year's).

Both conditions, and the noun 'chương trình' only: a plan joined to a meeting ("tổ chức hội nghị tổng kết năm 2025 và
phương hướng, nhiệm vụ năm 2026") is next year's plan and stays one. Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from ..scan import fold_slice
from ..text import fold

__all__ = ["OPENING_VERBS", "named_with_another", "numbered_programme"]

#: The verbs that open or hold an occasion (as year_cues' own list), with an example each.
OPENING_VERBS: tuple[tuple[str, str], ...] = (
    ("dien ra", "đã diễn ra Hội thảo “…” và Chương trình giao lưu “…” năm 2024"),
    ("to chuc", "tổ chức Hội chợ … cùng Chương trình biểu diễn “…” năm 2023"),
    ("khai mac", "khai mạc Lễ hội … và Chương trình nghệ thuật “…” năm 2022"),
    ("be mac", "bế mạc Tuần văn hóa … và Chương trình “…” năm 2019"),
    ("dang cai", "đăng cai Liên hoan … và Chương trình “…” năm 2018"),
    ("mo dau", "mở đầu là Lễ dâng hương và Chương trình “…” năm 2017"),
)
_JOINED = re.compile(r"\b(?:" + "|".join(w for w, _ in OPENING_VERBS) + r")\s+(?:la\s+)?(?:le\s+)?"
                     r"[^,.;:!?\n]{1,160}?\s(?:va|cung)\s+$")
_CLOSE_QUOTES = "”\"»"


def named_with_another(text: str, at: int, year_at: int) -> bool:
    """Is the plan noun at ``at`` a programme ('chương trình') whose quoted name closes just before the year at
    ``year_at``, joined by 'và'/'cùng' to an occasion an opening verb names before it?"""
    if fold_slice(text, at, at + 12, fold) != "chuong trinh":
        return False
    name = text[at:year_at].rstrip()
    if not name or name[-1] not in _CLOSE_QUOTES or not any(q in name for q in "“\"«"):
        return False
    return _JOINED.search(fold_slice(text, max(0, at - 200), at, fold)) is not None


#: An edition's number just before the year ("lần thứ 3 năm ", "lần thứ IV - năm ", "lần thứ hai, năm ").
_EDITION_END = re.compile(r"\blan thu\s+(?:\d{1,2}|[ivx]{1,5}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\s*[,-]?\s*(?:nam\s+)?$")
#: Words that make the numbered programme an earlier one, before it in its clause.
_EARLIER = re.compile(r"\b(?:tiep noi|tiep theo|ke thua|ket qua|thuc hien|trien khai|sau|truoc|ke tu|tu)\s")
_CLAUSE_END = ".;:!?\n"


def numbered_programme(text: str, at: int, year_at: int) -> bool:
    """Is the plan noun at ``at`` a programme ('chương trình') numbered by its edition right before the year at
    ``year_at`` ("chương trình Chạy giao lưu … lần thứ 3 năm 2025"), in one clause, no earlier one?"""
    if year_at - at > 160 or fold_slice(text, at, at + 12, fold) != "chuong trinh":
        return False
    name = fold_slice(text, at, year_at, fold)
    if "lan thu" not in name or any(c in name for c in _CLAUSE_END) or _EDITION_END.search(name) is None:
        return False
    lo = max(0, at - 60)
    lo = max([text.rfind(c, lo, at) + 1 for c in _CLAUSE_END] + [lo])
    return _EARLIER.search(fold_slice(text, lo, at, fold)) is None
