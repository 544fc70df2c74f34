"""A group of provinces of several countries that meets in turn: an earlier host is a member (round 45,
late45c; called from :mod:`.page_partners` after the other group readings).

Border provinces of neighbouring countries hold yearly meetings as one group ("9 tỉnh của 3 nước Việt
Nam, Lào, Thái Lan cùng sử dụng đường số 8"), each in turn the host. A report of one meeting names its
venue, the partner the other rules find, and seldom lists the other members; the body often tells where
an earlier meeting of the same group was held, and that host is a member too. It is the pair's second
only when the partners were one: a page the partner rules read right is never changed.

| name                    | shape (sentences written for this table)                        | gives                      |
|-------------------------|-----------------------------------------------------------------|----------------------------|
| earlier host of the     | headline or lead: "Đại diện 6 tỉnh thuộc 3 nước Việt Nam, Lào,  | B (one of the named        |
| group                   | Campuchia họp tại tỉnh A"; body: "Hội nghị lần trước của 6 tỉnh | countries' provinces)      |
|                         | được tổ chức tại tỉnh B vào năm 2024"                           |                            |
| ... the countries       | "9 tỉnh của Việt Nam, Lào và Thái Lan" (no count of countries)  | the same                   |
| named alone             |                                                                 |                            |
| NOT: one country        | "6 tỉnh Tây Bắc họp tại tỉnh A" (:mod:`.partner_groups` reads   | nothing added              |
|                         | a region)                                                       |                            |
| NOT: another count      | lead "6 tỉnh thuộc 3 nước"; body "Hội nghị 4 tỉnh … tổ chức tại | nothing added              |
|                         | tỉnh B" (another group)                                         |                            |
| NOT: not the venue      | body "Đoàn đại biểu 6 tỉnh đã thăm tỉnh B": B is where they     | nothing added              |
|                         | went, not a meeting of theirs held there                        |                            |
| NOT: another country    | body "… 6 tỉnh … tổ chức tại tỉnh Vân Nam (Trung Quốc)" when    | nothing added              |
|                         | the group is of Việt Nam, Lào and Campuchia                     |                            |
| NOT: two partners found | "tỉnh A và tỉnh C chủ trì hội nghị 6 tỉnh thuộc 3 nước"         | the pair as found          |
"""

from __future__ import annotations

import re

from .country_trips import countries_folded
from .number_words import counting

__all__ = ["add_group_host"]

_COUNT_WORDS = counting(3, 10)
_N = r"(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")"
# the group, counted, then the countries it spans ("9 tỉnh, thuộc 3 nước Lào, …", "9 tỉnh của Việt Nam, Lào"; folded)
_GROUP_RE = re.compile(r"(?<!\w)" + _N + r"\s+tinh(?:\s*,\s*thanh(?:\s+pho)?)?\s*,?\s+(?:cua|thuoc)\s+"
                       r"(?:(?P<m>\d|hai|ba|bon)\s+nuoc\s*:?\s*\(?)?(?P<rest>[^.;\n]{0,60})")
_NATIONS = {"hai": 2, "ba": 3, "bon": 4}
# right before the other host: a meeting held there ("được tổ chức tại", "diễn ra tại", "tại"; folded)
_HELD_AT_RE = re.compile(r"(?<!\w)(?:(?:to chuc|dien ra)\s+)?tai\s+$")




def _count(n: str) -> int:
    return int(n) if n.isdigit() else _COUNT_WORDS[n]


def _named_countries(rest: str) -> set[str]:
    found = set()
    for written, name in countries_folded():
        if re.search(r"(?<!\w)" + re.escape(written) + r"(?!\w)", rest):
            found.add(name)
            rest = rest.replace(written, " ")
    return found


def _group(folded: str, spans: list[tuple[int, int]]) -> tuple[int, set[str]] | None:
    """The group the headline or lead names: its count of provinces and the countries it spans (two or more)."""
    for s, e in spans:
        for m in _GROUP_RE.finditer(folded, s, e):
            countries = _named_countries(m.group("rest"))
            nations = m.group("m")
            if len(countries) >= 2 or (nations and (int(nations) if nations.isdigit() else _NATIONS[nations]) >= 2):
                n = _count(m.group("n"))
                if n >= 3:
                    return n, countries
    return None


def add_group_host(partners, folded: str, spans: list[tuple[int, int]], body: tuple[int, int], mentions) -> None:
    """One partner found and a group of provinces of several countries named in the headline or lead
    (``spans``): the other host of a meeting of that group the body (``body``) tells of, held in one of the
    group's countries' provinces, is the pair's second."""
    if len(partners.parties) != 1:
        return
    group = _group(folded, spans)
    if group is None:
        return
    n, countries = group
    own = partners.parties[0].place.province
    b0, b1 = body
    count_re = re.compile(r"(?<!\w)(?:" + "|".join([str(n)] + [w for w, v in _COUNT_WORDS.items() if v == n])
                          + r")\s+tinh(?!\w)")
    for c in count_re.finditer(folded, b0, b1):
        if any(s <= c.start() < e for s, e in spans):
            continue
        stop = min((i for i in (folded.find(". ", c.end()), folded.find("\n", c.end())) if i >= 0),
                   default=len(folded))
        for m in mentions:
            if not c.end() <= m.start < stop:
                continue
            place = partners.places.get(m.start)
            if place is None or place.province == own or not _HELD_AT_RE.search(folded, max(c.end(), m.start - 24), m.start):
                continue
            if countries and place.country not in countries:
                continue
            from .partners import Party
            partners.parties.append(Party(place, place.level, m.start))
            return
