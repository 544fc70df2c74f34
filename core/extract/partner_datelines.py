"""A place named as a wire dateline is no partner (used by :mod:`.partners`).

News-agency copy opens its lead with the place it was filed from and the agency, the day often
with it: "Phnom Penh (TTXVN 14/1) - Tỉnh A tiếp đoàn …", "Hà Nội (TTXVN) – …", "Viêng Chăn, 14/1
(TTXVN/Vietnam+) - …". That place is where the correspondent wrote, not a side of the occasion: a
lead whose only date is the dateline's took "Phnom Penh" as the partner over the province the
sentence names ("tỉnh Kep (Campuchia)"). Round 20 (audit20b). A place at the start of a line (after
the page's " date …" prefix, if any), then perhaps a comma and a day, then an agency in parentheses
and a dash or colon; dropped only when its line names another place on its side of the border (the
agency's bureau, "Cần Thơ (TTXVN) - Tỉnh An Giang tiếp …"), since a report filed from the host may leave
the host unnamed after it ("Tây Ninh (TTXVN) - Lãnh đạo tỉnh tiếp đoàn tỉnh Svay Rieng …"):

| shape                                      | example (written for this table)                          |
|--------------------------------------------|-----------------------------------------------------------|
| place (agency day) -                       | "Phnom Penh (TTXVN 14/1) - Tỉnh A tiếp đoàn tỉnh B …"      |
| place (agency) –                           | "Hà Nội (TTXVN) – Tỉnh A và tỉnh B (Lào) ký kết …"         |
| place, day (agency/Vietnam+) -             | "Viêng Chăn, 14/1 (TTXVN/Vietnam+) - Đoàn tỉnh A …"        |
| NOT: a place that acts first in the line   | "Hà Nội (Việt Nam) và Viêng Chăn (Lào) ký kết …"           |
| NOT: the only place of its side in the line | "Tây Ninh (TTXVN) - Lãnh đạo tỉnh tiếp đoàn tỉnh Svay Rieng" |
| NOT: the place inside the sentence         | "Ngày 14/1, tại Phnom Penh (Campuchia), tỉnh A …"          |
"""

from __future__ import annotations

import re

from ..places import VIETNAM, Place, PlaceMention

__all__ = ["AGENCIES", "datelines"]

#: the agencies whose copy carries a dateline, as written in the parentheses
AGENCIES: tuple[str, ...] = ("TTXVN", "VNA", "Vietnam+", "VOV", "VOVworld", "VOV5", "Chinhphu.vn", "VGP", "TTXVN/Vietnam+")
_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
# what may come before the place on its line: blanks, the page's " date 2024-01-14 " prefix
_BEFORE = re.compile(r"(?:^|\n)[ \t\u00a0]*(?:date \d{4}-\d{2}(?:-\d{2})?[ \t\u00a0]+)?$")
# after it: perhaps ", 14/1" or ", ngày 14/1/2025", then "(TTXVN …)" and a dash or a colon
_AFTER = re.compile(r"[ \t\u00a0]*(?:,[ \t\u00a0]*(?:ngày[ \t\u00a0]+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?[ \t\u00a0]*)?"
                    r"\((?:" + _AGENCY + r")(?:[ \t\u00a0/][^()\n]{0,25})?\)[ \t\u00a0]*[-–—:]", re.IGNORECASE)
# a page where no "(" opens an agency's name (as _AFTER reads it: case-blind) has no dateline (speed24c)
_GATE = re.compile(r"\((?:" + _AGENCY + r")", re.IGNORECASE)


def datelines(text: str, mentions: list[PlaceMention], places: dict[int, Place]) -> set[int]:
    """The starts of the mentions named as a dateline's place ("Phnom Penh (TTXVN 14/1) - …")."""
    if _GATE.search(text) is None:
        return set()
    out: set[int] = set()
    for m in mentions:
        place = places.get(m.start)
        if place is None or not _AFTER.match(text, m.end) or not _BEFORE.search(text, max(0, m.start - 30), m.start):
            continue
        end = text.find("\n", m.end)
        end = len(text) if end < 0 else end
        home = place.country == VIETNAM
        if any(m.end <= o.start < end and o.start in places and places[o.start].province != place.province
               and (places[o.start].country == VIETNAM) == home for o in mentions):
            out.add(m.start)   # another place of its side named after it: the wire's, not a side
    return out
