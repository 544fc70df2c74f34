"""A province of 2025 and a unit of its other old part named as two partners: one side, the old
part's (used by :mod:`.events`, between two readings of :func:`.partners.principal_partners`).

The pair is given on the map in force until 30 June 2025 (:mod:`.partner_places`). After the
merger of 1 July 2025 a page names its province by the name of 2025 ("Ban Chỉ đạo tỉnh Tây
Ninh") and where the occasion is by a commune or a district of one of the province's other old
parts ("xã Hưng Điền", old Long An's, which the Tây Ninh of 2025 took in). Where a word of place
stands right before that unit, :mod:`.partner_venue_parts` reads it as the venue; where it stands
after a landmark ("tại Cửa khẩu Hưng Điền, xã Hưng Điền") the scores take it for a partner of its
own, and the page's one side becomes two: the old Long An (the commune's) and the old Tây Ninh
(the name of 2025 read on the old map). They are one side, the old part's, and the partners are
read again with every mention of the province of 2025 read as that old part (so that the other
side, across the border, is found as for a page naming one Vietnamese partner).

| reading                                           | example (written for this table)                      | gives            |
|---------------------------------------------------|-------------------------------------------------------|------------------|
| after the merger, two Vietnamese partners: a      | "Sáng 11/9, tại Cửa khẩu Hưng Điền, xã Hưng Điền, Ban | Long An and the  |
| province named by the name its unit of 2025 kept, | Chỉ đạo tỉnh Tây Ninh tổ chức lễ tiếp nhận hài cốt    | foreign side     |
| and a commune or district of one other old part   | liệt sĩ" (page of September 2025)                     |                  |
| of that unit                                      |                                                       |                  |
| NOT: a page of before July 2025                   | the same on a page of 2024 (two provinces then)       | as written       |
| NOT: the unit lies in the part that kept the name | "tại Cửa khẩu Xa Mát, xã Tân Biên, … tỉnh Tây Ninh"   | Tây Ninh         |
| NOT: the headline or the lead names units of two  | "xã Hưng Điền và xã Tân Biên, tỉnh Tây Ninh"          | as scored        |
| old parts of it                                   |                                                       |                  |
| NOT: the province named by an old name its unit   | "tỉnh Long An (cũ)" beside a commune of old Tây Ninh  | as scored        |
| did not keep                                      |                                                       |                  |
| NOT: the unit is the ward that seats the province | "tại Cửa khẩu X, phường Long An, … tỉnh Tây Ninh"     | as scored        |
| of 2025 (:mod:`.province_seats`)                  |                                                       |                  |

A page is of after the merger when its publication time is July 2025 or later or, without one,
when its body tells it (:func:`.year_bounds.merger_told`), as for :mod:`.partner_venue_parts`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from ..places import VIETNAM, Place, resolve
from .partner_border_parts import unit_parts
from .partner_places import MERGER_DAY
from .province_seats import is_seat

__all__ = ["one_side"]


def one_side(partners, spans: list[tuple[int, int]], published: _dt.datetime | None,
             merger_told: Callable[[], bool] = lambda: False) -> dict[str, Place]:
    """{the old province a province of 2025 was read as: the old part it stands for} when the
    parties hold both (the table); empty when not. ``spans``: the headline and the lead."""
    if len(partners.parties) < 2:
        return {}
    if published is not None and (published.year, published.month) < (MERGER_DAY.year, MERGER_DAY.month):
        return {}
    parts = unit_parts()
    out: dict[str, Place] = {}
    home = [p.place for p in partners.parties if p.place.country == VIETNAM]
    for unit in home:
        if not unit.is_province or unit.province != unit.province_2025 or len(parts.get(unit.province_2025, ())) < 2:
            continue   # a province named by the name its unit of 2025 kept (Tây Ninh, not Long An)
        lower = [q for q in home if not q.is_province and q.province_2025 == unit.province_2025
                 and q.province != unit.province]
        if not lower:
            continue
        # every unit of the headline and the lead below the province, in this unit of 2025: one old part
        olds = {q.province for s, q in partners.places.items() if q.country == VIETNAM and not q.is_province
                and q.province_2025 == unit.province_2025 and any(a <= s < b for a, b in spans)
                and not is_seat(q)}   # (the province's own seat is no other part's: province_seats)
        if len(olds) != 1 or unit.province in olds:
            continue
        old = resolve(olds.pop())
        if old is None or not old.is_province:
            continue
        out[unit.province] = old
    if out and published is None and not merger_told():
        return {}
    return out
