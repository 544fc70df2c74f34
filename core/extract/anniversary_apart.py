"""An anniversary the page tells apart from its own occasion: one the parties discuss, prepare or agree to
hold (a later year's), or one held before (an earlier year's). Its years ("kỷ niệm 60 năm Ngày kết nghĩa
(1965 – 2025)") then name another occasion than the page's, and give the page's occasion no year (the cue
``anniversary`` of :data:`~hoptac.core.extract.year_cue_kinds.CUES` is for an occasion *held for* the
anniversary). Read by :func:`hoptac.core.extract.year_cues.anniversary_cues`.

Found by the year probe (``scripts/year_probe.py``): one sentence planning next year's anniversary put
after the lead of every labelled page turned 196 of 537 main years wrong. Each row of :data:`APART` is a
shape (on the folded clause before "kỷ niệm", back to a clause's end, at most :data:`REACH` characters)
with a sentence written for it; the rows of :data:`hoptac.core.extract.occasions_ahead.BEFORE` (an
invitation, a request to join, "dự kiến", "chuẩn bị", "thống nhất tổ chức", "sẽ" …) are asked too."""

from __future__ import annotations

import re

from .occasions_ahead import told_ahead
from ..text import fold

__all__ = ["APART", "REACH", "PREPARED", "anniversary_apart"]

#: How far back from the anniversary's years "kỷ niệm" is looked for, and the clause before it read.
REACH = 160

#: (name, pattern on the folded clause before "kỷ niệm", example).
APART: tuple[tuple[str, str, str], ...] = (
    ("discussed", r"\bban\s+(?:ve\s+)?(?:viec|ke hoach|phuong an|cach|cac hoat dong|cong tac)\b",
     "Hai bên cũng bàn việc tổ chức các hoạt động kỷ niệm 60 năm Ngày kết nghĩa (1965 – 2025)."),
    ("planned", r"\b(?:len ke hoach|xay dung ke hoach|ke hoach)\s+(?:to chuc\s+)?(?:cac\s+)?"
                r"(?:hoat dong\s+)?$",
     "Tỉnh giao các sở xây dựng kế hoạch tổ chức kỷ niệm 50 năm Ngày thành lập (1976 – 2026)."),
    ("held_before", r"\b(?:nam ngoai|nam truoc|truoc do|lan truoc)\b",
     "Năm ngoái, hai tỉnh đã long trọng tổ chức lễ kỷ niệm 45 năm Ngày ký Hiệp định (1978 – 2023)."),
)
#: Preparations under way ("đang chuẩn bị kỷ niệm 10 năm … (năm 2013)", "dự kiến kỷ niệm …"): the
#: anniversary comes after the page's occasion, the same year or a later one (preparations for a round
#: anniversary may start more than a year ahead) -- the row "prepared": no year, an upper bound at most
#: (:mod:`hoptac.core.extract.year_ahead`). "sẽ kỷ niệm" may be next year's: no year.
PREPARED = re.compile(r"\b(?:chuan bi|du kien)\b")
_APART = re.compile("|".join(f"(?P<{n}>{p})" for n, p, _ in APART))
#: The same rows without their names, to search with (round 38): a search for the named rows runs each row's group
#: at every character, two to three times the work; the row is read where this one matched.
_APART_FOUND = re.compile("|".join(f"(?:{p})" for _, p, _ in APART))
_KY_NIEM = re.compile(r"\bky niem\b")
_CLAUSE_ENDS = ".;:!?\n"


def anniversary_apart(text: str, years_start: int) -> str | None:
    """The row (of :data:`APART`, or of ``occasions_ahead``'s) that tells the anniversary whose years
    begin at ``years_start`` as discussed, planned, coming or held before; None when none does (or no
    "kỷ niệm" stands before its years)."""
    lo = max(0, years_start - REACH)
    near = fold(text[lo:years_start])
    at = [m.start() for m in _KY_NIEM.finditer(near)]
    if not at:
        return None
    kn = lo + at[-1]
    clause = text[max(0, kn - REACH):kn]
    clause = fold(clause[max(clause.rfind(ch) for ch in _CLAUSE_ENDS) + 1:])
    m = _APART_FOUND.search(clause)
    if m is not None:   # (the named rows match where the unnamed ones did, the same row first)
        return _APART.match(clause, m.start()).lastgroup
    ahead = told_ahead(text, kn)
    if ahead == "told_ahead" and PREPARED.search(clause):
        return "prepared"
    return ahead
