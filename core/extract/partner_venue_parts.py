"""A merged province's part where the occasion is: the old province of its part that holds the
venue (used by :mod:`.events`, after :mod:`.partners`, beside :mod:`.partner_border_parts`).

The pair is given on the map in force until 30 June 2025 (:mod:`.partner_places`). After the
merger of 1 July 2025 a page names a party by its province of 2025 ("trao hỗ trợ tỉnh Quảng Trị")
and the place where the occasion is by a unit of one of that province's old parts: a commune or
ward of 2025, a district, a town, or a landmark named after its town ("sân bay Tuy Hòa", found as
thành phố Tuy Hòa: :mod:`hoptac.core.places_institutions`). The occasion is then that old part's,
as the border occasions' side is the part holding the border (:mod:`.partner_border_parts`).

| reading                                         | example (written for this table)                       | gives          |
|-------------------------------------------------|--------------------------------------------------------|----------------|
| after the merger, a province of 2025 named as a | "Sáng 9/12, tại xã Bố Trạch, tỉnh Quảng Trị, đoàn công | Cần Thơ –      |
| party, and a place of one other old part of it  | tác TP Cần Thơ trao quà hỗ trợ tỉnh Quảng Trị"          | Quảng Bình     |
| named in the headline, the lead or the next     | "vừa xuống sân bay Tuy Hòa (Đắk Lắk), đoàn thành phố   | Hà Nội –       |
| paragraph (a sapo's dateline) as where the      | Hà Nội đến thăm người dân tỉnh Đắk Lắk" (2025)          | Phú Yên        |
| occasion is ("tại", "ở", "đến", "tới", "xuống", |                                                        |                |
| "về thăm", up to three words before it)         |                                                        |                |
| NOT: the venue in the part that kept the name   | "tại phường Đông Hà, tỉnh Quảng Trị, …"                 | Quảng Trị      |
| NOT: a place of the part named for something    | "… hỗ trợ tỉnh Quảng Trị; ông A, Chủ tịch UBND xã Bố    | Quảng Trị      |
| else (no word of where before it)               | Trạch, cảm ơn …"                                        |                |
| NOT: places of two parts named there            | "tại xã Bố Trạch và xã Vĩnh Linh, tỉnh Quảng Trị"       | Quảng Trị      |
| NOT: a page of before July 2025                 | "tại thành phố Tuy Hòa, tỉnh Đắk Lắk" on a page of 2024 | Đắk Lắk (as    |
|                                                 | (a mistake of the page's)                               | written)       |
| NOT: the venue is the ward that seats the       | "Ngày 3/3, tại phường Đồng Hới, tỉnh Quảng Trị, Ban     | Quảng Trị      |
| province of 2025 (:mod:`.province_seats`)       | Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị …"     |                |

A page is of after the merger when its publication time is July 2025 or later, or, without one,
when its body tells it (:func:`.year_bounds.merger_told`) or the venue is a commune named with the
merged province as its home ("xã Bố Trạch, tỉnh Quảng Trị": only the map of 2025 puts it there,
:mod:`.partner_places`).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

from ..places import VIETNAM, Place, resolve
from ..places_match import COMMUNE_LEVELS
from ..text import fold_query
from .partner_border_parts import swap_parts, unit_parts
from .partner_places import MERGER_DAY
from .province_seats import is_seat

__all__ = ["VENUE_BEFORE_RE", "venue_parts"]

#: Words that say a place is where the occasion is, then up to three words (a landmark: "sân bay",
#: "trụ sở UBND") right before the place (folded; searched in the 40 characters before it).
VENUE_BEFORE_RE = re.compile(r"(?<!\w)(?:tai|o|den|toi|xuong|ve tham)(?:\s+\w+){0,3}\s+$")


def _venue_at(folded: str, start: int) -> bool:
    return VENUE_BEFORE_RE.search(folded, max(0, start - 40), start) is not None


def venue_parts(partners, folded: str, spans: list[tuple[int, int]], published: _dt.datetime | None,
                merger_told: Callable[[], bool] = lambda: False) -> None:
    """Give each Vietnamese party named by its province of 2025 the old province of its part where
    ``spans`` (the headline, the lead and the paragraph after it) set the occasion (the table). ``merger_told``: whether the body tells
    the page is of after the merger, asked last and only where the page has no publication time."""
    if published is not None and (published.year, published.month) < (MERGER_DAY.year, MERGER_DAY.month):
        return
    parts = unit_parts()
    units = [p.place.province_2025 for p in partners.parties if p.place.country == VIETNAM]
    merged = {p.place.province_2025: p.place for p in partners.parties
              if p.place.country == VIETNAM and p.place.is_province and not p.region
              and len(parts.get(p.place.province_2025, ())) > 1 and units.count(p.place.province_2025) == 1}
    if not merged:
        return
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    framed = sorted((s, q) for s, q in partners.places.items()
                    if lo <= s < hi and q.province_2025 in merged and q.country == VIETNAM
                    and any(a <= s < b for a, b in spans))
    swaps: dict[str, Place] = {}
    for unit, party in merged.items():
        below = [(s, q) for s, q in framed if q.province_2025 == unit and not q.is_province]
        olds = {q.province for _, q in below}
        if len(olds) != 1 or party.province in olds:
            continue   # no place of a part, or places of two parts
        venues = [s for s, q in below if _venue_at(folded, s) and not is_seat(q)]   # (not its seat: province_seats)
        old = resolve(olds.pop())
        if not venues or old is None or not old.is_province:
            continue
        if published is None and not _homed(folded, framed, venues, party, old) and not merger_told():
            continue
        swaps[party.province] = old
    if swaps:
        swap_parts(partners, swaps)


def _homed(folded: str, framed: list[tuple[int, Place]], venues: list[int], party: Place, old: Place) -> bool:
    """Is a venue a commune named with the merged province as its home ("xã Bố Trạch, tỉnh Quảng
    Trị": the province's mention read as the commune's old province, :mod:`.partner_places`)?"""
    name = fold_query(party.name)
    for s in venues:
        if not folded.startswith(tuple(w + " " for w in map(fold_query, COMMUNE_LEVELS)), s):
            continue
        after = next(((t, q) for t, q in framed if t > s and q.is_province), None)
        if after is not None and after[1] == old and after[0] - s < 60 and name in folded[after[0]:after[0] + 30]:
            return True
    return False
