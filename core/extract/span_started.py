"""The start of a span the page counts its years from (late38c): a bond, a signing or a founding told with its
date, then the years counted since it as done -- "Tháng 4/2008, thôn A và bản B đã tổ chức kết nghĩa. Sau 15 năm
thực hiện quy chế, phong trào … đã phát huy …". The date is where the span the page reviews begins: history
(verdict "past"), never the occasion, which comes N years later (a review, an anniversary) and which the page
dates elsewhere or leaves undated. Taken for the occasion it gives a wrong year, N years early. (The count still
bounds the occasion from below: :data:`year_bound_kinds.BOUNDS` "years_since".) Used by
:func:`hoptac.core.extract.verdicts.judge`. Matched on folded text (no accents, no case, đ→d).

Each shape with an example (written for the table) and the dated mention's verdict:

=======================  ===========================================================================  =======
row                      example                                                                      verdict
=======================  ===========================================================================  =======
``years_after_bond``     "Tháng 4/2008, thôn A và bản B đã tổ chức kết nghĩa. Sau 15 năm thực hiện    past
                         quy chế, phong trào … đã phát huy …"
``years_after_bond``     "Ngày 5/9/2012, hai huyện ký kết biên bản hợp tác. Qua hơn 10 năm triển      past
                         khai, nhiều mô hình …"
``years_after_bond``     "Năm 2010, hai xã thiết lập quan hệ kết nghĩa; trải qua 13 năm hợp tác, …"   past
(counter) a review       "Ngày 10/4/2023, hai xã tổ chức sơ kết 15 năm kết nghĩa. Sau 15 năm kết      event
                         nghĩa, …" (the date's own sentence is the review)
(counter) ahead          "Ngày 5/4/2024, hai tỉnh ký kết thỏa thuận. Sau 5 năm thực hiện, hai bên     event
                         sẽ tổng kết …"
(counter) no bond        "Ngày 5/4/2024, đoàn tỉnh A thăm tỉnh B. Sau 5 năm hợp tác, …"               event
(counter) words first    "Sau 15 năm kết nghĩa, ngày 3/4/2023 hai xã ký kết quy chế mới"              event
=======================  ===========================================================================  =======

Only a date with its year, in a sentence that tells a bond, a signing or a founding (:data:`_BOND`) and no
review, anniversary or meeting (:data:`_OCCASION`); the count ("sau", "qua", "trải qua", "hơn", "gần",
"tròn" N years of carrying out, cooperating, being bonded) opens the next sentence or a clause of the same one
after the bond's words, and tells nothing ahead ("sẽ", "dự kiến", "tới").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..messages import M_

if TYPE_CHECKING:
    from .verdicts import Reading

__all__ = ["SPAN_STARTED", "span_started"]

_N = r"(?:\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|muoi lam|hai muoi|ba muoi)"
#: (name, folded pattern of the count, example)
SPAN_STARTED: tuple[tuple[str, str, str], ...] = (
    ("years_after_bond",
     rf"(?:trai qua|sau|qua)\s+(?:hon\s+|gan\s+|tron\s+)?{_N}\s+nam\s+(?:qua\s+)?"
     r"(?:thuc hien|trien khai|hop tac|ket nghia|gan bo|hoat dong)\b",
     "Tháng 4/2008, thôn A và bản B đã tổ chức kết nghĩa. Sau 15 năm thực hiện quy chế, …"),
)
_COUNT = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for _, p, _ in SPAN_STARTED) + ")")
#: The bond, signing or founding the date's sentence tells.
#: the words every count above ends with ("… năm thực hiện"): a page without them has no span counted (lead, round 38)
COUNT_GATE = re.compile(r"nam\s+(?:qua\s+)?(?:thuc hien|trien khai|hop tac|ket nghia|gan bo|hoat dong)\b")
_BOND = re.compile(r"\b(?:ket nghia|ky ket|thiet lap|thanh lap|ky (?:thoa thuan|ban ghi nho|bien ban|hiep dinh|quy che))\b")
#: The date's sentence is itself an occasion of the span's end: a review, an anniversary, a meeting.
_OCCASION = re.compile(r"\b(?:so ket|tong ket|ky niem|danh gia|nhin lai|hoi nghi|gap mat|giao luu)\b")
_AHEAD = re.compile(r"\b(?:se|du kien|du dinh|sap toi)\b")
#: The count opens a clause of the date's sentence: a comma right before it.
_CLAUSE_OPENS = re.compile(r",\s*$")
_WHY = M_("the start of a span the page counts its years from ('Tháng 4/2008, … kết nghĩa. Sau 15 năm thực hiện …')")
_ENDS = ".;!?\n"


def _sentence_end(folded: str, at: int) -> int:
    his = [i for i in (folded.find(ch, at) for ch in _ENDS) if i >= 0]
    return min(his) if his else len(folded)


def span_started(readings: list[Reading], folded: str) -> None:
    """Mark as "past" a dated bond, signing or founding whose years the page then counts as done."""
    if COUNT_GATE.search(folded) is None:
        return
    for r in readings:
        m = r.mention
        if r.verdict not in ("event", "range", "caption") or m.kind != "date" or not m.year:
            continue
        s0 = max(folded.rfind(ch, 0, m.start) for ch in _ENDS) + 1
        s1 = _sentence_end(folded, m.end)
        bond = _BOND.search(folded, m.end, s1) or _BOND.search(folded, s0, m.start)
        if bond is None or _OCCASION.search(folded, s0, s1):
            continue
        # the count: a clause of the same sentence after the bond's words, or the next sentence's opening
        cands = [x for x in _COUNT.finditer(folded, bond.end(), s1) if _CLAUSE_OPENS.search(folded, s0, x.start())]
        if s1 < len(folded):
            nxt = s1 + 1
            while nxt < len(folded) and folded[nxt] in " \n":
                nxt += 1
            if (x := _COUNT.match(folded, nxt)) is not None:
                cands.append(x)
        if any(not _AHEAD.search(folded, x.end(), _sentence_end(folded, x.end())) for x in cands):
            r.verdict, r.why, r.score = "past", _WHY, 0
