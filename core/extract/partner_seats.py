"""The seat of a foreign mission in Vietnam is no partner (used by :mod:`.partners`).

A foreign country's consulate or embassy is named with the Vietnamese city it sits in:
"Tổng Lãnh sự Úc tại thành phố Hồ Chí Minh", "Đại sứ quán Nhật Bản tại Hà Nội". That city
is where the mission is, not a side of the occasion: the mission's visit to a province is
that province's occasion (with the foreign country), and a page of a courtesy call on Long
An must not read "Long An – TP.HCM". A Vietnamese mission abroad ("Tổng Lãnh sự quán Việt Nam
tại Côn Minh") is left alone: a delegation that calls on it is in that foreign place.

| words before the place (folded)                      | example (written for this table)                          |
|------------------------------------------------------|-----------------------------------------------------------|
| (tổng) lãnh sự (quán) + a foreign country + tại       | "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng đến chào xã giao"       |
| đại sứ (quán) + a foreign country + tại               | "Đại sứ quán Pháp tại Hà Nội cùng tỉnh tổ chức …"          |
"""

from __future__ import annotations

import re

from ..places import VIETNAM, Place, PlaceMention
from ..scan import fast_fold, fold_slice

__all__ = ["SEAT_WORDS", "seats"]

#   (folded words, example)
SEAT_WORDS: tuple[tuple[str, str], ...] = (
    ("lanh su", "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng đến chào xã giao lãnh đạo tỉnh"),
    ("dai su", "Đại sứ quán Pháp tại Hà Nội cùng tỉnh tổ chức ngày hội"),
)
_SEAT_RE = re.compile(r"(?<!\w)(?:" + "|".join(w for w, _ in SEAT_WORDS) + r")(?:\s+quan)?"
                      r"(?P<who>(?:\s+[\w.-]+){1,5}?)\s+(?:thuong tru\s+)?tai\s*$")
_BACK = 70
# the words of SEAT_WORDS as a page may write them (accented, capitals, or without accents)
_GATE = ("ãnh sự", "ại sứ", "ÃNH SỰ", "ẠI SỨ", "anh su", "ai su", "ANH SU", "AI SU")
# (speed24) each gate word folds to one of these, in place: the page's fold says where one may stand
_GATE_FOLDED = (("anh su", tuple(w for w in _GATE if fast_fold(w) == "anh su")),
                ("ai su", tuple(w for w in _GATE if fast_fold(w) == "ai su")))


def _names_a_mission(text: str, folded: str | None) -> bool:
    """Does ``text`` hold a word of ``_GATE``? (``folded``: its fast fold, when the caller has it; then the
    words are asked only where their fold stands, not with eight scans of the page)"""
    if folded is None:
        return any(w in text for w in _GATE)
    for key, words in _GATE_FOLDED:
        at = folded.find(key)
        while at >= 0:
            if text.startswith(words, at):
                return True
            at = folded.find(key, at + 1)
    return False


def seats(text: str, mentions: list[PlaceMention], places: dict[int, Place], folded: str | None = None) -> set[int]:
    """The starts of the mentions that name a foreign mission's Vietnamese seat."""
    out: set[int] = set()
    if not _names_a_mission(text, folded):
        return out   # no mission named: a few scans of the page, then nothing folded
    for m in mentions:
        place = places.get(m.start)
        if place is None or place.country != VIETNAM or not text.endswith(("tại ", "tại\u00a0"), 0, m.start):
            continue
        window = fold_slice(text, max(0, m.start - _BACK), m.start)
        s = _SEAT_RE.search(window)
        if s is None:
            continue
        who = s.group("who").split()
        if "viet" in who or who == ["ta"] or who[-1:] == ["nuoc"]:
            continue   # a Vietnamese mission, or "Đại sứ nước ta tại"
        out.add(m.start)
    return out
