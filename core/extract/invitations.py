"""A named occasion someone is invited to, or asked to join, lies ahead of the page's occasion: its year
("Festival Biển … 2023", "Lễ hội Hoa Ban năm 2024") names a later occasion, not the one the page dates.
:mod:`hoptac.core.extract.year_names` asks :func:`invited_to` before it reads such a year as the
occasion's own (``named_year``); with no other evidence the year is then unknown, never the later
occasion's. Each row of :data:`INVITED` is a shape, with a sentence written for it; matched on the
clause that leads to the name (back to a clause's end, at most :data:`REACH` characters)."""

from __future__ import annotations

import re

from ..text import fold

__all__ = ["INVITED", "REACH", "invited_to"]

#: How far back from the name the clause is read.
REACH = 140

#: (name, pattern on the folded clause, example). "mời" folds to "moi" like "mới" (new): the
#: invitation's own word is read on the clause as written (see :data:`_INVITE_AS_WRITTEN`).
INVITED: tuple[tuple[str, str, str], ...] = (
    ("invitation", r"\b(?:loi moi|thu moi|giay moi)\b",
     "Ông A gửi lời mời đoàn tham dự Festival Biển Nha Trang - Khánh Hòa 2023"),
    ("asked_to_join", r"\b(?:de nghi|keu goi|mong muon|ngo y)\b[^.;:!?\n]{0,80}\b(?:tham du|tham gia|sang du|den du)\b",
     "đề nghị thành phố B cử đoàn tham gia Hội chợ thương mại quốc tế Việt - Trung 2025"),
    ("will_join", r"\b(?:se|du kien|sap)\s+(?:cu doan\s+)?(?:tham du|tham gia|sang du|dang cai)\b",
     "Đoàn tỉnh B sẽ tham dự Tuần văn hóa du lịch tỉnh A năm 2025"),
    ("meet_again", r"\bhen gap (?:lai|nhau)\b",
     "Hai bên hẹn gặp lại tại Liên hoan nghệ thuật hai tỉnh 2024"),
)
_INVITED = re.compile("|".join(f"(?:{p})" for _, p, _ in INVITED))
#: "mời" as written ("Tỉnh A mời lãnh đạo tỉnh B sang dự Lễ hội Hoa Ban năm 2024"), any case.
_INVITE_AS_WRITTEN = re.compile(r"(?i)(?<!\w)mời(?!\w)")
#: ... but not an invitation taken up: the page's occasion is the one it was made for ("Theo lời mời của
#: tỉnh B, đoàn tỉnh A đã dự Lễ hội Hoa Ban năm 2024"; "nhận lời mời", "được mời").
_TAKEN_UP = re.compile(r"\b(?:theo|nhan|nhan dip|duoc|dap lai)\s+(?:loi\s+)?$")
_CLAUSE_ENDS = ".;:!?\n"


def invited_to(text: str, name_start: int) -> bool:
    """Does the clause that leads to the name at ``name_start`` invite someone to it, ask them to join
    it, or tell that they will (see :data:`INVITED`)?"""
    lo = max(0, name_start - REACH)
    clause = text[lo:name_start]
    clause = clause[max(clause.rfind(ch) for ch in _CLAUSE_ENDS) + 1:]
    folded = fold(clause)
    for m in _INVITE_AS_WRITTEN.finditer(clause):
        if not _TAKEN_UP.search(folded, 0, m.start()):
            return True
    m = _INVITED.search(folded)
    return m is not None and not _TAKEN_UP.search(folded, 0, m.start())
