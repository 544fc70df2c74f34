"""A side named as a group, not by its members' names (after :mod:`.partners` has chosen).

Two shapes, each a row of the table below (sentences written for it):

| name               | shape                                                        | what it gives                |
|--------------------|--------------------------------------------------------------|------------------------------|
| counted TW cities  | "Cụm thi đua 5 thành phố trực thuộc Trung ương tổng kết năm" | the five (Hà Nội, TP.HCM,    |
|                    | in the headline or lead, no partner or one of the five found | Hải Phòng, Đà Nẵng, Cần Thơ);|
|                    | ("6 thành phố trực thuộc TW": the six, Huế the sixth)        | the count says which set     |
| NOT: one of them   | "Cần Thơ, một trong 5 thành phố trực thuộc Trung ương, …"    | nothing added                |
| NOT: another found | "tỉnh Bắc Ninh học tập 5 thành phố trực thuộc Trung ương"    | nothing added (not a member) |
| NOT: no count      | "các thành phố trực thuộc Trung ương" (five or six?)          | nothing added                |
| unnamed collective | "Hội nghị kết nối cung cầu giữa TP.HCM và các tỉnh, thành":  | the Vietnamese province the  |
|                    | one partner found, joined in the headline or lead to "các    | body names most (once is     |
|                    | tỉnh (, thành)", "các địa phương", "N tỉnh, thành" with no   | enough: a caption "Doanh     |
|                    | name after it                                                | nghiệp tỉnh B tham gia …")   |
| NOT: a name after  | "giữa TP.HCM và các tỉnh Long An, Tây Ninh"                  | the list decides (partners)  |
| one province's two | "hai huyện A và B tổng kết kết nghĩa", "Đoàn TP.A thăm huyện | the two units; the pair is   |
| units              | B" (A and B of one province), the partners one province      | that province twice          |
| NOT: one unit      | "UBND tỉnh A làm việc với huyện B" (B of A)                  | nothing added                |
| NOT: a venue       | "Đoàn huyện A … tại huyện B" (where, not who)                | B not counted                |
| a region by its    | "Lễ khai mạc Ngày hội … các dân tộc vùng Tây Bắc mở rộng" at | the region's members, only   |
| area word alone    | a venue, no partner found                                    | when no partner was found    |
| NOT: the topic     | "hội nghị bàn về sản xuất lúa vùng ĐBSCL" ("về" before it)   | nothing added                |

The group's members keep the group's name as their ``region`` (shown "Hà Nội – 5 TP trực
thuộc TW"). A collective's member is the pair's second only when the partners were one: a
page the partner rules read right is never changed.
"""

from __future__ import annotations

import re

from ..places import VIETNAM, resolve
from ..scan import fast_fold
from ..places_regions import CENTRAL_CITIES
from .partner_region_body import add_region_from_body
from .partner_regions import _add, _regions_in, add_region_parties
from .partner_units import add_same_province_pair, add_unnamed_communes
from .partner_departments import add_department_twin   # "kết nghĩa giữa Sở A và xã B"

__all__ = ["add_central_cities", "add_collective_member", "add_group_parties", "add_region_members",
           "add_same_province_pair"]

# "5 thành phố trực thuộc Trung ương", "năm thành phố trực thuộc TW", "6 TP trực thuộc Trung ương" (folded)
_CENTRAL_RE = re.compile(r"(?<!\w)(?P<n>5|6|nam|sau)\s+(?:thanh pho|tp\.?)\s+truc thuoc\s+(?:trung uong|tw)(?!\w)")
_COUNTS = {"5": 5, "6": 6, "nam": 5, "sau": 6}
# "một trong 5 thành phố …": one of them, not the group
_ONE_OF_RE = re.compile(r"(?<!\w)(?:mot|1)\s+trong\s+(?:cac\s+|so\s+)?$")


def add_central_cities(partners, folded: str, spans: list[tuple[int, int]]) -> None:
    """Add the centrally-run cities a headline or lead (``spans``) names by their count, when
    the partners are none or one of them (:class:`.partners.Partners`)."""
    from .partners import Party

    if len(partners.parties) > 1:
        return
    for s, e in spans:
        if e <= s or "truc thuoc" not in folded[s:e]:
            continue
        for m in _CENTRAL_RE.finditer(folded, s, e):
            if _ONE_OF_RE.search(folded, max(s, m.start() - 16), m.start()):
                continue
            region = CENTRAL_CITIES[_COUNTS[m.group("n")]]
            have = {p.place.province for p in partners.parties}
            if have - set(region.members):
                return   # another partner, not one of them
            _add(partners, region, list(region.members), m.start(), Party)
            return


def add_region_members(partners, text: str, folded: str, spans: list[tuple[int, int]]) -> None:
    """Add the members of a region a headline or lead (``spans``) names with a count or a unit
    word ("Cụm thi đua 5 tỉnh Tây Nguyên", "13 tỉnh, thành ĐBSCL") when the partners are none
    or one of its members (a region joined to a partner: :mod:`.partner_regions`)."""
    from .partners import Party

    if len(partners.parties) > 1:
        return
    # with no partner at all, a region named with its area word is the side too ("Ngày hội … các dân
    # tộc vùng Tây Bắc mở rộng" at a venue that scores nothing): a main event needs two parties
    units = bool(partners.parties)
    for s, e in spans:
        if e <= s:
            continue
        for start, _end, region, count in _regions_in(text, folded, s, e, units=units):
            if not units and (not _COLLECTIVE_START_RE.match(folded, start) or _TOPIC_RE.search(folded, max(s, start - 60), start)
                              or _counted_apart(text, folded, region, e)):
                continue   # a bare name ("du lịch Tây Nguyên") stays in passing; "hội nghị bàn về sản xuất lúa vùng
                # ĐBSCL": the topic; "5 tỉnh ĐBSCL đã ký": some of them
            # the members the article lists ("Cụm thi đua các tỉnh miền Đông Nam bộ gồm các địa phương:
            # A, B, …": an emulation cluster is not the planning region) before the region's own
            members = _listed_members(folded, region, partners.places) or region.members
            if count is not None and count != len(members):
                continue   # "5 tỉnh ĐBSCL": some of them
            if _ONE_OF_RE.search(folded, max(s, start - 16), start):
                continue
            if _COMMUNITY_RE.search(folded, max(s, start - 40), start):
                continue   # "cộng đồng người Hàn Quốc các tỉnh ĐBSCL": people living there, not the provinces
            if {p.place.province for p in partners.parties} - set(members):
                return   # another partner, not one of them
            _add(partners, region, list(members), start, Party)
            return


def _counted_apart(text: str, folded: str, region, after: int) -> bool:
    """Does the body after ``after`` count ``region`` with another number than its members'
    ("đại diện 5 tỉnh ĐBSCL đã ký": some of them, which ones unsaid)?"""
    return any(found is region and count is not None and count != len(region.members)
               for _s, _e, found, count in _regions_in(text, folded, after, len(folded), units=True))


# foreigners living in a region, named right before it: the community, not the region's provinces, is the side
# ("cộng đồng người Hàn Quốc các tỉnh khu vực ĐBSCL", "kiều bào tại các tỉnh …", "người Nhật Bản sinh sống tại
# các tỉnh …"; folded)
_COMMUNITY_RE = re.compile(r"(?<!\w)(?:cong dong nguoi(?:\s+[\w-]+){1,3}|kieu bao(?:\s+[\w-]+){0,2}"
                           r"|nguoi(?:\s+[\w-]+){1,3}\s+(?:dang\s+)?(?:sinh song|lam viec))\s+(?:(?:tai|o)\s+)?$")
# a region named with collective or area words before it: "vùng Tây Bắc mở rộng", "khu vực Tây Nguyên",
# "các tỉnh ĐBSCL", "13 tỉnh, thành ĐBSCL" (folded)
# "về" before it in the clause: the meeting's topic, not its side ("hội nghị bàn về sản xuất lúa vùng ĐBSCL")
_TOPIC_RE = re.compile(r"(?<!\w)ve(?!\w)[^.;\n]*$")
_COLLECTIVE_START_RE = re.compile(r"(?:\d|cac |nhung |tinh|dia phuong|thuoc |vung |khu vuc |mien )")
# after a region's name: its members listed ("… gồm các địa phương: A, B và C", "… gồm: A, B")
_LIST_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,12}\)\s*)?(?:gom|bao gom)(?:\s+(?:cac|co)(?:\s+(?:tinh|dia phuong|"
                            r"don vi|thanh vien))?)?\s*:?\s")


def _listed_members(folded: str, region, places) -> tuple[str, ...]:
    """The Vietnamese provinces the article lists as ``region``'s members, in one sentence after its
    name and "gồm" (two or more), else ()."""
    for name in region.names + region.count_names:
        at = folded.find(name)
        while at >= 0:
            end = at + len(name)
            m = _LIST_AFTER_RE.match(folded, end)
            if m is not None:
                stop = min((i for i in (folded.find(". ", m.end()), folded.find("\n", m.end())) if i >= 0),
                           default=len(folded))
                found = [p.province for at2, p in sorted(places.items()) if m.end() <= at2 < stop
                         and p.country == VIETNAM and p.is_province]
                if len(set(found)) >= 2:
                    return tuple(dict.fromkeys(found))
            at = folded.find(name, end)
    return ()


# after a partner (folded, asides dropped): a pairing word and an unnamed collective of its country
_COLLECTIVE_AFTER_RE = re.compile(
    r"^\s*(?:va|voi|cung(?: voi)?)\s+(?:cac|nhieu|\d{1,2})\s+"
    r"(?:tinh(?:\s*,\s*thanh(?:\s+pho)?|\s+thanh(?:\s+pho)?)?|dia phuong|thanh pho)"
    r"(?:\s+(?:trong|tren)\s+ca\s+nuoc|\s+(?:phia|khu vuc|vung|mien)\s+\w+)?\s*(?P<end>\S|$)")
_MIN = 0.3   # named once in the body


def add_collective_member(partners, text: str, folded: str, spans: list[tuple[int, int]],
                          mentions) -> None:
    """One Vietnamese partner joined in the headline or lead (``spans``, ``mentions`` the places
    found there) to an unnamed collective ("và các tỉnh, thành"): the other Vietnamese province
    the article names most is its second."""
    if len(partners.parties) != 1 or partners.parties[0].place.country != VIETNAM:
        return
    own = partners.parties[0].place.province
    starts = sorted(m.start for m in mentions)
    joined = False
    for m in mentions:
        place = partners.places.get(m.start)
        if place is None or place.province != own or not any(s <= m.start < e for s, e in spans):
            continue
        after = folded[m.end:m.end + 60].split("\n", 1)[0]
        c = _COLLECTIVE_AFTER_RE.match(after)
        if c is None:
            continue
        if c.group("end") and text[m.end + c.start("end")].isupper():
            continue   # "và các tỉnh Long An, Tây Ninh": named, the list decides
        if any(m.end < s <= m.end + c.end() for s in starts):
            continue
        joined = True
        break
    if not joined:
        return
    scores = partners.scores
    best = max((p for p in scores if p != own and scores[p] >= _MIN), key=lambda p: scores[p], default=None)
    if best is None:
        return
    ties = [p for p in scores if p != own and scores[p] == scores[best]]
    place = resolve(best) if len(ties) == 1 else None
    if place is None or place.country != VIETNAM or not place.is_province:
        return
    from .partners import Party
    partners.parties.append(Party(place, place.level, -1))


def add_group_parties(partners, keep: str, folded: str, spans: list[tuple[int, int]], mentions) -> None:
    """Every side named as a group, in this order, each in place: a region joined to a partner
    (:func:`.partner_regions.add_region_parties`), the centrally-run cities by their count, a
    region by its count or unit words, a region of the headline or lead whose members the body names
    (:mod:`.partner_region_body`), a partner's unnamed collective, two units of one province
    (:mod:`.partner_units`), a department named without its province twinned with a unit of it (:mod:`.partner_departments`)."""
    add_region_parties(partners, keep, folded, spans, mentions)
    add_central_cities(partners, folded, spans)
    add_region_members(partners, keep, folded, spans)
    add_region_from_body(partners, keep, folded, spans)
    add_collective_member(partners, keep, folded, spans, mentions)
    add_unnamed_communes(partners, keep, mentions)
    add_same_province_pair(partners, keep, mentions)
    add_department_twin(partners, folded, spans, mentions)
