"""A reproduced agreement's own opening formula (round 48, late48d). A page that quotes a memorandum or an
agreement in full gives its date the way such a document opens: its title, then "Hôm nay, ngày D tháng M năm Y,
tại …" and the parties. The sentence names no occasion (the document's clauses follow), yet the day is the day the
document was signed: the occasion is the signing. Read only when the date follows "Hôm nay" and the document's
title stands before it on the page, near (``NEAR`` characters); minutes of a meeting ("Biên bản họp", "Biên bản
hội nghị") are no agreement, and a day told "hôm nay" in prose after no such title keeps its own reading.

Each row of :data:`AGREEMENT_TITLES` (folded): (name, pattern, example of our own).
"""

from __future__ import annotations

import re

__all__ = ["AGREEMENT_TITLES", "NEAR", "agreement_opening"]

AGREEMENT_TITLES: tuple[tuple[str, str, str], ...] = (
    ("memorandum", r"\b(?:bien ban|ban) ghi nho\b",
     "BIÊN BẢN GHI NHỚ về hợp tác phòng chống dịch giữa tỉnh A và tỉnh B. Hôm nay, ngày 8 tháng 1 năm 2010, tại …"),
    ("agreement", r"\b(?:bien ban |ban |van ban )?thoa thuan hop tac\b|\bbien ban thoa thuan\b",
     "THỎA THUẬN HỢP TÁC giữa huyện A và huyện B. Hôm nay, ngày 12/5/2015, tại trụ sở UBND huyện A, …"),
    ("twinning", r"\bbien ban (?:ket nghia|ky ket)\b",
     "BIÊN BẢN KẾT NGHĨA giữa xã A và xã B. Hôm nay, ngày 3 tháng 9 năm 2012, tại hội trường xã A, …"),
)
NEAR = 400
_TITLE = re.compile("|".join(f"(?:{p})" for _, p, _ in AGREEMENT_TITLES))
_TODAY = re.compile(r"\bhom nay\s*,?\s*(?:la\s+)?$")


def agreement_opening(folded: str, date_at: int) -> str | None:
    """The agreement's title (folded) when the date at ``date_at`` opens a reproduced agreement ('… BIÊN BẢN GHI NHỚ
    … Hôm nay, ngày …'), else None."""
    if _TODAY.search(folded, max(0, date_at - 16), date_at) is None:
        return None
    before = folded[max(0, date_at - NEAR):date_at]
    found = None
    for found in _TITLE.finditer(before):
        pass
    return None if found is None else found.group(0)
