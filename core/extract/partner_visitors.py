"""The visitor of a pair: "A … chuyến thăm … tới X và Y".

A lead whose sentence names one locality, then its visit, then two places joined by "và"
("chính quyền thành phố A đã bắt đầu chuyến thăm chính thức kéo dài 5 ngày tới thành phố X
và thành phố Y") reports one event with three parties: the guest and both hosts. The words
between the guest and the hosts are too many for a join (:mod:`.partners`), so A, named once
in the lead, scores below the two joined hosts and would be dropped.

| shape (folded, between the visitor and the first host, one sentence)  | example                          |
|------------------------------------------------------------------------|----------------------------------|
| a visit word, then "tới / đến / sang" right before the host            | "A … chuyến thăm … tới X và Y"   |
| a visit word, then "tại / với" right before the host                   | "A … thăm và làm việc tại X và Y"|

The visit word: "thăm", "công tác", "làm việc". The gap is at most 120 characters and
holds no other locality and no sentence end.
"""

from __future__ import annotations

import re

from ..places import Place, PlaceMention
from ..scan import fast_fold

__all__ = ["visitor_of"]

_GAP = 120
_VISIT_RE = re.compile(r"\b(?:tham|cong tac|lam viec)\b")
_TO_HOST_RE = re.compile(r"\b(?:toi|den|sang|tai|voi)(?:\s+(?:thanh pho|tinh|thu do|huyen|tp\.?))?\s*$")


def visitor_of(text: str, lead_mentions: list[PlaceMention], places: dict[int, Place],
               pair: list[str], candidates: list[str]) -> str | None:
    """The one of ``candidates`` the lead names right before a visit to the two of ``pair``
    (joined there), or None."""
    ms = [m for m in lead_mentions if m.start in places]
    for i, m in enumerate(ms[:-2]):
        prov = places[m.start].province
        if prov not in candidates:
            continue
        host, other = ms[i + 1], ms[i + 2]
        if {places[host.start].province, places[other.start].province} != set(pair):
            continue
        gap = text[m.end:host.start]
        if len(gap) > _GAP or "\n" in gap or ". " in gap:
            continue
        folded = fast_fold(gap)
        if _VISIT_RE.search(folded) and _TO_HOST_RE.search(folded):
            return prov
    return None
