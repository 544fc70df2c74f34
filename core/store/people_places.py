"""The provinces a person's events share, for a person whose title names none.

A person's province comes from their title (``people_names.person_province``: "Bí thư
Tỉnh ủy Lào Cai"); a title that names no province ("Phó Bí thư Tỉnh ủy") leaves it
unknown, and that reading is not changed here. The people view can still say where such a
person was seen: the Vietnamese provinces that are a party of *every* event naming them.
A foreign partner is never one (a person's home province is Vietnamese): an official seen
only at Lạng Sơn's meetings with Quảng Tây is of Lạng Sơn, not "Lạng Sơn or Quảng Tây".

==============================================  ===========================  =======================
their events (pairs)                            shared provinces             the view says
==============================================  ===========================  =======================
Lào Cai – Yên Bái, Lào Cai – Thái Bình          Lào Cai                      Lào Cai (their events)
Lào Cai – Yên Bái (one event)                   Lào Cai, Yên Bái             Lào Cai or Yên Bái
Lào Cai – Yên Bái, Hà Nội – Hưng Yên            none                         province unknown
Lạng Sơn – Quảng Tây (two events)               Lạng Sơn (Quảng Tây abroad)  Lạng Sơn (their events)
Bình Định – Chăm-pa-sắc, Kon Tum – Chăm-pa-sắc  none (Chăm-pa-sắc abroad)    province unknown
==============================================  ===========================  =======================

A guest whose title is an office only a foreign locality has ("Thị trưởng", "Tỉnh trưởng": the
table below) is the other way round: their home is abroad, so the foreign partners of every
event of theirs are read, never the host's province ("Kim Jung-ki, Thị trưởng" at Yên Bái's
meetings with Naju was "of Yên Bái").

======================================  =======================================================
foreign office (lower case, accents)    example
======================================  =======================================================
thị trưởng                              "Thị trưởng thành phố Naju" (a mayor, not "thị trường")
tỉnh trưởng, phó tỉnh trưởng, tỉnh phó  "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Chăm-pa-sắc"
huyện trưởng                            "Phó Bí thư Huyện ủy, Huyện trưởng" (China, Laos)
quận trưởng                             "Quận trưởng quận Ulju" (a Korean county's head)
thống đốc                               "Thống đốc tỉnh Gyeonggi" (a governor)
chính phủ nhân dân                      "Chủ tịch Chính phủ nhân dân huyện" (China's)
ủy ban chính quyền, uỷ ban chính quyền  "Chủ tịch Ủy ban chính quyền tỉnh" (Laos's)
======================================  =======================================================

Whole arrays over the chosen persons' entries: no Python step per entry.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..province_names import vietnamese_provinces
from ..text import fold_query
from .rankset import ints

__all__ = ["FOREIGN_OFFICES", "holds_foreign_office", "shared_provinces"]

FOREIGN_OFFICES = ("thị trưởng", "tỉnh trưởng", "tỉnh phó", "huyện trưởng", "quận trưởng", "thống đốc",
                   "chính phủ nhân dân", "ủy ban chính quyền", "uỷ ban chính quyền")


#: Offices of those words that are Vietnamese all the same: the State Bank's governor ("Thống đốc Ngân hàng Nhà
#: nước", "Phó Thống đốc NHNN", review23).
_HOME_OFFICES = ("thống đốc ngân hàng", "thống đốc nhnn")


def holds_foreign_office(titles: Any) -> bool:
    """Whether one of ``titles`` (strings) is an office only a foreign locality has
    (``FOREIGN_OFFICES``, accents kept: "thị trường" is a market; not ``_HOME_OFFICES``)."""
    return any(office in low and not any(h in low for h in _HOME_OFFICES)
               for low in (title.lower() for title in titles) for office in FOREIGN_OFFICES)


def shared_provinces(index: Any, slot: np.ndarray, ranks: np.ndarray, persons: int,
                     abroad: frozenset[int] = frozenset()) -> list[list[str]]:
    """For each of ``persons`` (entries: ``slot[i]`` named in the event ``ranks[i]``, one
    entry a person and event), the Vietnamese provinces that are a party of every one of
    their events (never a foreign partner), in the gazetteer's spelling, in alphabetical
    order (accents aside); for the persons in ``abroad`` (a foreign office's holders), the
    foreign partners instead."""
    out: list[list[str]] = [[] for _ in range(persons)]
    keep = ranks >= 0
    slot, ranks = slot[keep].astype(np.int64), ranks[keep].astype(np.int64)
    if not len(ranks):
        return out
    col = index.cols.provinces
    start = ints(col.start).astype(np.int64, copy=False)
    flat = ints(col.flat)
    events = np.bincount(slot, minlength=persons)        # a person is named once an event
    lo, n = start[ranks], start[ranks + 1] - start[ranks]
    if not n.sum():
        return out
    # one line per (entry, party): the party's province code
    who = np.repeat(slot, n)
    event = np.repeat(ranks, n)
    at = np.repeat(lo - np.cumsum(n) + n, n) + np.arange(int(n.sum()), dtype=np.int64)
    code = flat[at].astype(np.int64)
    # a province counted once an event (two parties of one province), then per person
    triples = np.unique(np.stack((who, event, code)), axis=1)
    pairs, count = np.unique(triples[[0, 2]], axis=1, return_counts=True)
    strings = index.strings
    home = vietnamese_provinces()
    for person, c in zip(*pairs[:, count == events[pairs[0]]].tolist()):
        name = strings[c]
        if (name in home) != (person in abroad):
            out[person].append(name)
    for names in out:
        names.sort(key=fold_query)  # the alphabet's order: Đà Nẵng before Quảng Nam (not after Z)
    return out
