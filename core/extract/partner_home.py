"""The page's own side, named only in its chrome (split from :mod:`.partners`).

A page that gives one partner only, whose lead leaves its own side unnamed ("đoàn công tác
của Thường trực HĐND tỉnh … sang thăm Quảng Tây", "Đoàn công tác đã đến thăm, học tập kinh
nghiệm tại tỉnh B"), is a provincial site's: the one
Vietnamese province its chrome names (site name, related titles) is that side.
"""

from __future__ import annotations

import re

from ..places import VIETNAM, find_places, resolve
from ..places_bare import _NAME_WORDS
from .partners import Partners, Party

__all__ = ["UNNAMED_HOME", "add_home_in_chrome", "chrome_provinces"]

# A page whose lead names its own side only by its level ("đoàn công tác của Thường trực HĐND
# tỉnh … sang thăm Quảng Tây", "UBND tỉnh tiếp đoàn …"): a provincial site names itself in its
# chrome (the site's name, its related titles), not in the article. When the article gives one
# partner only and its lead has such an unnamed authority, the one Vietnamese province the
# chrome names (and no other) is that side.
#   (folded authority before 'tỉnh', example)
UNNAMED_HOME: tuple[tuple[str, str], ...] = (
    ("ubnd", "Chủ tịch UBND tỉnh tiếp đoàn đại biểu tỉnh Kampot"),
    ("uy ban nhan dan", "Ủy ban nhân dân tỉnh làm việc với đoàn …"),
    ("hdnd", "đoàn công tác của Thường trực HĐND tỉnh sang thăm Quảng Tây"),
    ("hoi dong nhan dan", "Hội đồng nhân dân tỉnh tiếp …"),
    ("lanh dao", "lãnh đạo tỉnh tiếp đoàn …"),
    ("doan dai bieu", "Đoàn đại biểu tỉnh sang thăm …"),
    ("doan cong tac", "Đoàn công tác tỉnh đến thăm …"),
    ("bi thu", "Bí thư Tỉnh ủy Nguyễn Văn A tiếp Tỉnh trưởng tỉnh Attapeu"),
    ("thuong truc", "Thường trực Tỉnh ủy làm việc với đoàn …"),
    ("ban thuong vu", "Ban Thường vụ Tỉnh ủy tiếp đoàn …"),
    # a provincial mass organisation's site (round 37, agri37 08): "Hội Nông dân tỉnh đã có công văn … hỗ trợ tiêu
    # thụ cam cho nông dân tỉnh B", "Hội LHPN tỉnh trao quà cho hội viên tỉnh B"
    ("hoi nong dan", "Hội Nông dân tỉnh hỗ trợ tiêu thụ nông sản cho nông dân tỉnh B"),
    ("hoi lien hiep phu nu", "Hội Liên hiệp Phụ nữ tỉnh trao quà cho hội viên tỉnh B"),
    ("hoi lhpn", "Hội LHPN tỉnh phối hợp với Hội LHPN tỉnh B …"),
    ("hoi cuu chien binh", "Hội Cựu chiến binh tỉnh thăm Hội Cựu chiến binh tỉnh B"),
    ("lien doan lao dong", "Liên đoàn Lao động tỉnh ký kết chương trình phối hợp với …"),
    ("uy ban mttq", "Ủy ban MTTQ tỉnh tiếp nhận ủng hộ của tỉnh B"),
)
# ... or a delegation whose origin the lead leaves unnamed, visiting ("Đoàn công tác (do ông A, Phó Giám
# đốc Sở B dẫn đầu) đã đến thăm, học tập kinh nghiệm tại tỉnh C"): the site's own (its credit "Ảnh: Báo D",
# its name), when no place is named between "đoàn" and the visit (folded; written for this table)
# ... and only a delegation told by who leads it or how many it is ("do …", "gồm …") or by nothing, never
# a ministry's, a central body's or a country's ("Đoàn đại biểu Bộ Quốc phòng Lào", "do Thứ trưởng Bộ …")
_UNNAMED_DELEGATION_RE = re.compile(r"(?<!\w)doan (?:cong tac|dai bieu|khao sat)"
                                    r"(?P<who>(?:\s+(?:do|gom)\s[^.;\n]{0,160}?)?)\s+(?:da |vua )?(?:den tham|sang tham|den|tham|hoc tap|khao sat)(?!\w)")
_CENTRAL_RE = re.compile(r"(?<!\w)(?:bo truong|thu truong|bo|trung uong|quoc hoi|chinh phu|dai su|lanh su|tong cuc"
                         r"|cuc)(?!\w)")
# the authority, then the unit's word: "tỉnh" or "Tỉnh ủy" (its start is where a named place's mention starts)
_UNNAMED_RE = re.compile(r"(?<!\w)(?:" + "|".join(a for a, _ in UNNAMED_HOME) + r")\s+(?:cua\s+)?(?P<unit>tinh(?:\s+uy)?)(?!\w)")


def add_home_in_chrome(partners: Partners, text: str, folded: str, lead: tuple[int, int],
                       chrome: list[tuple[int, int]], related: list[tuple[int, int]] = ()) -> None:
    """Add the page's own province, named only in its ``chrome`` spans, to ``partners`` when
    they are one and the lead leaves its own side unnamed; unless the chrome names no
    Vietnamese province, or more than one. Where the chrome names none, the ``related`` titles
    spliced into the text (the article's teasers) are read instead (round 37, agri37 08). A partner
    the lead names by its name is not the side it leaves unnamed ("Hội Nông dân tỉnh … cho nông dân
    tỉnh B": B is the other side), so the chrome naming it too does not count against the one other."""
    if len(partners.parties) != 1:
        return
    l0, l1 = lead
    # unnamed: no place's mention starts at the unit's word ("UBND tỉnh Bình Dương", "Tỉnh ủy Lào Cai" name
    # theirs), and no capital follows "tỉnh" ("UBND tỉnh Nguyễn …" is a person after a title: "Tỉnh ủy" only)
    if not any(m.start("unit") not in partners.places and
               (m.group("unit") != "tinh" or not text[m.end():m.end() + 2].strip()[:1].isupper())
               for m in _UNNAMED_RE.finditer(folded, l0, l1)) and \
            not any(not any(m.start() <= at < m.end("who") for at in partners.places)
                    and not _CENTRAL_RE.search(m["who"]) for m in _UNNAMED_DELEGATION_RE.finditer(folded, l0, l1)):
        return
    provinces = chrome_provinces(text, chrome) or chrome_provinces(text, list(related))
    party = partners.parties[0].place.province
    if any(l0 <= at < l1 and p.province == party for at, p in partners.places.items()):   # named in the lead
        provinces.discard(party)
    if len(provinces) != 1 or party in provinces:
        return
    place = resolve(next(iter(provinces)))
    if place is not None and place.is_province:
        partners.parties.append(Party(place, place.level, -1))


def chrome_provinces(text: str, chrome: list[tuple[int, int]]) -> set[str]:
    """The Vietnamese provinces named in the page's ``chrome`` spans (the site's name, its
    menus and related titles): the publisher's province, when there is one. A line that is only
    a name a person may bear ("Hà Nam", "Hà Giang", "Cao Bằng" under the article) is a byline."""
    out: set[str] = set()
    for s, e in chrome:
        if e <= s:
            continue
        span = text[s:e]
        for m in find_places(span):
            if m.level_word is None and _a_byline(span, m.start, m.end):
                continue
            out.update(c.province for c in m.candidates[:1] if c.country == VIETNAM)
    return out


def _a_byline(span: str, start: int, end: int) -> bool:
    """Is ``span[start:end]`` a line of its own whose first word is a surname (a signature)?"""
    space = span.find(" ", start, end)
    if span[start:space if space >= 0 else end].lower() not in _NAME_WORDS:
        return False
    i = start - 1
    while i >= 0 and span[i] in " \t\u00a0":
        i -= 1
    if i >= 0 and span[i] != "\n":
        return False
    j, n = end, len(span)
    while j < n and span[j] in " \t\u00a0":
        j += 1
    return j == n or span[j] == "\n"
