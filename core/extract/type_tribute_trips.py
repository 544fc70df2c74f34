"""One side's delegation that goes to pay tribute in the other side's province: its trip, a visit (round 35,
late35b; used by :mod:`.events` after :mod:`.main_event_type`).

"Ngày 12/4, lãnh đạo huyện A đã đến dâng hoa, dâng hương tại Nghĩa trang liệt sĩ X (tỉnh B)" names no occasion
(no visit, no meeting), so the sentence read as 'other'. The rite is the trip's stop: a delegation of one locality
that goes ("đến", "sang", "về", "tới") to lay flowers or incense, or to visit a cemetery, at a place of the other
province of the pair is on a trip to it, a visit -- as :mod:`.type_joint_rites` says of one side's delegation at a
rite in its partner's land. Read from the places of the dated sentence: those before the verb of going are the
subject's (one province only), the ones after it the venue's.

| reading                                                 | example (written for this table)                              | type  |
|---------------------------------------------------------|---------------------------------------------------------------|-------|
| the subject's place, a verb of going then the rite, a   | "Ngày 12/4, lãnh đạo huyện Phú Ninh đã đến dâng hương tại     | visit |
| venue in the pair's other province                      | Nghĩa trang liệt sĩ Trường Sơn (tỉnh Quảng Trị)"              |       |
| NOT: the venue in the subject's own province            | "lãnh đạo huyện Gio Linh đến dâng hương tại Nghĩa trang liệt  | other |
|                                                         | sĩ Trường Sơn (tỉnh Quảng Trị)"                               |       |
| NOT: both sides before the verb (a joint rite, a host   | "lãnh đạo tỉnh Quảng Nam và tỉnh Quảng Trị đến dâng hương tại | other |
| with its guest)                                         | …" (:mod:`.type_joint_rites`)                                 |       |
| no verb of going ("dâng hương tại …"): round 36 reads it | "lãnh đạo huyện Phú Ninh dâng hương tại … (tỉnh Quảng Trị)"   | visit |
| in :mod:`.type_travellers` (``tribute_here``)           |                                                               |       |
| NOT: the other side named as company, not as the venue  | "lãnh đạo huyện Gio Linh đến dâng hương tại Nghĩa trang liệt  | other |
| ("cùng", "với", "và đoàn", after the rite)              | sĩ Trường Sơn cùng lãnh đạo tỉnh Quảng Nam"                   |       |
"""

from __future__ import annotations

import re

from ..places import Place
from .vieng_places import NOT_A_VIENG_PLACE

__all__ = ["TRIBUTE_TRIP_WORDS", "tribute_trip"]

#   (folded words, example written for this table): a verb of going, then the rite (up to one word between:
#   "đến dâng hoa, dâng hương", "về thăm viếng")
TRIBUTE_TRIP_WORDS: tuple[tuple[str, str], ...] = (
    (r"(?:den|sang|ve|toi)\s+(?:dang huong|dang hoa|dat vong hoa|dat hoa|vieng|tham vieng)",
     "lãnh đạo huyện Phú Ninh đã đến dâng hoa, dâng hương tại Nghĩa trang liệt sĩ Trường Sơn (tỉnh Quảng Trị)"),
)
#: after the rite, where its venue ends: a company ("cùng đoàn tỉnh A", "với"), the occasion ("nhân kỷ niệm …"), another
#: clause (";", "và đoàn …", "sau đó")
_COMPANY_RE = re.compile(r"\b(?:cung|voi|nhan|sau do|va (?:doan|lanh dao|dai bieu))\b|;")
_TRIP_RE = re.compile(r"\b(?:" + "|".join(p for p, _ in TRIBUTE_TRIP_WORDS) + r")\b" + NOT_A_VIENG_PLACE)


def tribute_trip(folded: str, s: int, e: int, places: dict[int, Place], pair: list[str]) -> str | None:
    """The words of a tribute trip (the table) in ``folded[s:e]`` (the dated sentence, offsets of the page) when its
    subject's places (before the words) are of one province of ``pair`` and a place after them is of the other."""
    if len(set(pair)) != 2 or ("dang" not in folded[s:e] and "vieng" not in folded[s:e]):
        return None
    m = _TRIP_RE.search(folded, s, e)
    if m is None:
        return None
    before = {q.province for at, q in places.items() if s <= at < m.start()}
    cut = _COMPANY_RE.search(folded, m.end(), e)
    end = cut.start() if cut is not None else e   # the venue's words: not a company or an occasion told after it
    after = {q.province for at, q in places.items() if m.end() <= at < end}
    if len(before) != 1 or not before <= set(pair):
        return None
    other = set(pair) - before
    return m.group(0) if after & other else None
