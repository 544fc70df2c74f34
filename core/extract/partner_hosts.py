"""A venue that hosts: a place named as where something happened ("tại TP.HCM") whose own
authority, unnamed, acts in the same sentence ("tại TP.HCM, Phó Chủ tịch UBND Thành phố tiếp
đoàn tỉnh X": TP.HCM receives). Read by :mod:`hoptac.core.extract.partners`' scores (a host is
no mere venue); moved out of that module to keep it small.

A page that names one Vietnamese side only, and where its event took place in the headline or the lead
("Sáng 6-7, tại TP A, đã khai mạc hội chợ của doanh nghiệp các tỉnh miền Trung và TP B": B named, A the
venue), has the venue's locality as the other side: the host of what the side came to (``venue_host``;
every labelled page has two sides, and a venue of another Vietnamese province is the likeliest).
"""

from __future__ import annotations

import re

from ..places import VIETNAM, Place, PlaceMention
from ..scan import fast_fold

__all__ = ["hosts", "venue_host"]

# an unnamed authority of a level ("UBND Thành phố", "lãnh đạo tỉnh", "Thành ủy"), folded: in
# the sentence of a venue of that level, it makes the venue the host ("tại TP.HCM, Phó Chủ
# tịch UBND Thành phố tiếp đoàn tỉnh X": TP.HCM receives)
_AUTHORITY_RE = re.compile(r"(?<!\w)(?:(?:ubnd|hdnd|uy ban nhan dan|lanh dao|chinh quyen|dai dien)\s+(tinh|thanh pho|tp)"
                           r"|(tinh) uy|(thanh) uy)(?!\w)")


def hosts(text: str, m: PlaceMention, place: Place, mentions: list[PlaceMention],
          framed: list[Place]) -> bool:
    """A venue named with an unnamed authority of its level in its sentence: the host;
    unless the headline or lead names another Vietnamese place of that level, which the
    words may mean ("tại Hà Nội, lãnh đạo Thành phố ..." in a report of TP.HCM)."""
    if any(p.level == place.level and p.country == VIETNAM and p.province != place.province for p in framed):
        return False
    lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    hi = min((i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0), default=len(text))
    level = "tỉnh" if place.level == "tỉnh" else "thành phố" if place.level == "thành phố" else None
    if level is None:
        return False
    starts = {x.start for x in mentions}
    folded = fast_fold(text[lo:hi])
    for a in _AUTHORITY_RE.finditer(folded):
        word = next(g for g in a.groups() if g)
        lvl = "tỉnh" if word == "tinh" else "thành phố"
        at = lo + a.start(next(i for i, g in enumerate(a.groups(), 1) if g))
        after = text[lo + a.end():hi].lstrip(" \t\u00a0")
        if lvl == level and at not in starts and not after[:1].isupper():
            return True  # unnamed: "UBND Thành phố tiếp", not "UBND tỉnh Bình Dương"
    return False


def venue_host(side: str, venues: list[PlaceMention], places: dict[int, Place]) -> list[str]:
    """The province of the first Vietnamese venue of the headline or the lead that is not ``side``'s
    (in a list, for ``chosen +=``), else nothing."""
    for m in venues:
        place = places.get(m.start)
        if place is not None and place.country == VIETNAM and place.province != side:
            return [place.province]
    return []
