"""A venue that hosts: a place named as where something happened ("tại TP.HCM") whose own
authority, unnamed, acts in the same sentence ("tại TP.HCM, Phó Chủ tịch UBND Thành phố tiếp
đoàn tỉnh X": TP.HCM receives). Read by :mod:`hoptac.core.extract.partners`' scores (a host is
no mere venue); moved out of that module to keep it small.

A page that names one Vietnamese side only, and where its event took place in the lead
("Sáng 6-7, tại TP A, đã khai mạc hội chợ của doanh nghiệp các tỉnh miền Trung và TP B": B named, A the
venue), has the venue's locality as the other side when that sentence names a gathering of several localities
("các tỉnh …"): the venue's locality is one of them, the host (``venue_host``). Not when a delegation is named
there ("tại Hà Nội, đoàn đại biểu tỉnh A tham dự hội nghị": an occasion it came to), nor for one side's own
event held away ("tại thành phố B, Sở Du lịch tỉnh A tổ chức hội nghị …": B stays a venue).

An occasion of a region the venue's locality belongs to is such a gathering too (round 27):

| shape                                      | example (written for this table)                           | the venue      |
|--------------------------------------------|------------------------------------------------------------|----------------|
| the occasion of a region ("vùng", "khu     | "tại tỉnh Lạng Sơn sẽ diễn ra ngày hội văn hóa các dân tộc  | Lạng Sơn hosts |
| vực" and its name), the venue a member     | vùng Đông Bắc", the page naming Cao Bằng as taking part    |                |
| NOT: the venue outside that region         | "tại TP.HCM diễn ra hội nghị xúc tiến đầu tư vùng Tây       | a venue        |
|                                            | Nguyên", the page naming Gia Lai                           |                |

A lead that names no place at all is a sapo (a summary of the story, "Giá cát tăng cao, nguyên nhân là …"):
the paragraph after it, where such pages put the occasion's where and when, is read for the host as the lead's
would be (round 29, ``sapo_venue_host``):

| shape                                      | example (written for this table)                           | the venue      |
|--------------------------------------------|------------------------------------------------------------|----------------|
| a sapo naming no place, then the gathering | "… hội nghị giao ban giữa Sở Y tế tỉnh A với sở y tế các   | B hosts        |
| of one side with several localities held   | tỉnh miền Trung, tổ chức tại B vào ngày 5-6"               |                |
| at a venue in the paragraph after it       |                                                            |                |
| NOT: a delegation came to it               | "… đoàn công tác tỉnh A dự hội nghị của các tỉnh miền      | a venue        |
|                                            | Trung, tổ chức tại B vào ngày 5-6"                          |                |
| NOT: one side's own event held away        | "… Sở Y tế tỉnh A tổ chức tập huấn tại B vào ngày 5-6"     | a venue        |

A page whose only side is foreign (a foreign locality's gala, week or programme held in Vietnam) has the Vietnamese
locality its headline or lead names as where the occasion took place as the other side, the host (round 42, late42z;
``guest_venue``): the mirror of a Vietnamese side's foreign venue (``partners._foreign_host``). Every labelled page
has two sides; this reads only when one side alone was found.

| shape                                      | example (written for this table)                           | the venue      |
|--------------------------------------------|------------------------------------------------------------|----------------|
| one foreign side; the headline or lead     | "Tối 2/9, đêm nhạc do tỉnh A (Trung Quốc) tổ chức đã diễn  | B hosts        |
| tells the occasion "diễn ra / (được) tổ    | ra tại thành phố B"                                        |                |
| chức / khai mạc tại" a Vietnamese place    |                                                            |                |
| NOT: a place merely named ("tại" with no   | "đoàn tỉnh A (Lào) ... trao đổi về các dự án tại tỉnh B"    | a mention      |
| occasion's verb before it)                 |                                                            |                |
| NOT: a mission's seat ("Tổng Lãnh sự quán  | "Tổng Lãnh sự quán C tại thành phố B phối hợp tổ chức"      | no side        |
| … tại B": ``partner_seats``)               |                                                            |                |
| NOT: a Vietnamese side already found       | "tỉnh A (Lào) và tỉnh C … diễn ra tại thành phố B"          | the ranking's  |

A river basin's committee or council meeting at a venue is such a gathering too (round 44, late44a): its members
are provinces, and a page names the venue's and one more at most; a lead naming the one side only ("(VOV) - Chủ tịch
UBND tỉnh A sẽ là Chủ tịch Ủy ban …") is still a sapo for ``sapo_venue_host``:

| shape                                      | example (written for this table)                           | the venue      |
|--------------------------------------------|------------------------------------------------------------|----------------|
| "tại B, Ủy ban (Bảo vệ môi trường) lưu vực | "Ngày 8-11, tại Bắc Ninh, Ủy ban Bảo vệ môi trường lưu vực  | B hosts        |
| sông …" / "Hội đồng … lưu vực" meets       | sông Cầu tổ chức phiên họp lần thứ 9", the page naming A    |                |
| NOT: one side's own body at B on a basin   | "tại Bắc Ninh, Sở Tài nguyên và Môi trường tỉnh A tổ chức   | a venue        |
|                                            | hội thảo về lưu vực sông Cầu"                               |                |
| NOT: a delegation of the committee         | "tại Bắc Ninh, đoàn công tác Ủy ban … lưu vực sông Cầu …"   | a venue        |

The members are :mod:`hoptac.core.places_regions`' ("vùng Tây Nguyên", "vùng Việt Bắc"); "Đông
Bắc" (Đông Bắc Bộ, Vietnamese Wikipedia) is the north-east of the 14 provinces of the Trung du và
miền núi phía Bắc (NQ81) and Quảng Ninh: those 14 and Quảng Ninh may host one of its occasions.
"""

from __future__ import annotations

import re

from ..places import VIETNAM, Place, PlaceMention
from ..places_regions import REGIONS, region_named
from ..scan import fast_fold, fold_slice

__all__ = ["guest_venue", "hosts", "venue_host", "sapo_venue_host"]

# an unnamed authority of a level ("UBND Thành phố", "lãnh đạo tỉnh", "Thành ủy"), folded: in
# the sentence of a venue of that level, it makes the venue the host ("tại TP.HCM, Phó Chủ
# tịch UBND Thành phố tiếp đoàn tỉnh X": TP.HCM receives)
_AUTHORITY_RE = re.compile(r"(?<!\w)(?:(?:ubnd|hdnd|uy ban nhan dan|lanh dao|chinh quyen|dai dien)\s+(tinh|thanh pho|tp)"
                           r"|(tinh) uy|(thanh) uy)(?!\w)")

# a delegation named in a venue's sentence ("đoàn đại biểu", "đoàn công tác", "đoàn cán bộ"), folded
_DELEGATION_RE = re.compile(r"(?<!\w)doan (?:dai bieu|cong tac|can bo)(?!\w)")
# a gathering of several localities named in a venue's sentence ("của doanh nghiệp các tỉnh miền Trung và TP B",
# "đại diện 12 tỉnh, thành phố"), folded: the venue's locality is one of them, the host
_GATHERING_RE = re.compile(r"(?<!\w)(?:cac|\d+) tinh(?:,? thanh(?: pho)?)?(?!\w)")
# a body of several localities named in a venue's sentence (round 44): a river basin's committee or council ("Ủy ban
# Bảo vệ môi trường lưu vực sông A", "Hội đồng quản lý lưu vực sông B"), folded: its members are provinces, the venue one
_BASIN_BODY_RE = re.compile(r"(?<!\w)(?:uy ban|hoi dong)(?: [a-z0-9-]+){0,6} luu vuc(?!\w)")
# an occasion of a region named in a venue's sentence ("ngày hội … vùng Đông Bắc"), folded: the region's name
_REGION_RE = re.compile(r"(?<!\w)(?:vung|khu vuc) ([a-z]+(?: [a-z]+){0,5})")
# an occasion's verb right before "tại"/"ở" and the place ("đã diễn ra tại", "được tổ chức tại", "khai mạc tại"), folded
_HELD_AT_RE = re.compile(r"(?<!\w)(?:dien ra|to chuc|khai mac)(?:\s+thanh cong)?\s+(?:tai|o)\s+$")
#: "Đông Bắc": the north-east of the north's 14 provinces (NQ81), with Quảng Ninh (see the table)
_NORTH_EAST = next(r for r in REGIONS if r.short == "TD&MNPB").members + ("Quảng Ninh",)


def _region_of(said: str, province: str) -> bool:
    """Does the sentence ``said`` (folded) name an occasion of a region ``province`` belongs to?"""
    if "vung" not in said and "khu vuc" not in said:
        return False
    for m in _REGION_RE.finditer(said):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if name == "dong bac":
                return province in _NORTH_EAST
            if (found := region_named(name)) is not None:
                return province in found[0].members
    return False


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
    folded = fold_slice(text, lo, hi)
    for a in _AUTHORITY_RE.finditer(folded):
        word = next(g for g in a.groups() if g)
        lvl = "tỉnh" if word == "tinh" else "thành phố"
        at = lo + a.start(next(i for i, g in enumerate(a.groups(), 1) if g))
        after = text[lo + a.end():hi].lstrip(" \t\u00a0")
        if lvl == level and at not in starts and not after[:1].isupper():
            return True  # unnamed: "UBND Thành phố tiếp", not "UBND tỉnh Bình Dương"
    return False


def venue_host(text: str, side: str, venues: list[PlaceMention], places: dict[int, Place]) -> list[str]:
    """The province of the first Vietnamese venue of the lead (``text``) that is not ``side``'s
    (in a list, for ``chosen +=``), else nothing. The venue's sentence must name a gathering of several
    localities ("các tỉnh …"); not a delegation ("tại Hà Nội, đoàn đại biểu tỉnh A tham dự hội nghị …": the
    delegation came to an occasion held there, whoever held it). One side's own event at a venue ("tại thành phố
    B, Sở Du lịch tỉnh A tổ chức hội nghị …") keeps the venue a venue."""
    for m in venues:
        place = places.get(m.start)
        if place is None or place.country != VIETNAM or place.province == side:
            continue
        lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        hi = min((i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0), default=len(text))
        said = fold_slice(text, lo, hi)
        if _DELEGATION_RE.search(said) or not (_GATHERING_RE.search(said) or _BASIN_BODY_RE.search(said)
                                                  or _region_of(said, place.province)):
            return []
        return [place.province]
    return []


def sapo_venue_host(partners, text: str, mentions: list[PlaceMention], lead: tuple[int, int],
                    after: tuple[int, int], a_venue) -> None:
    """Add the host of a page with one Vietnamese partner whose lead (``lead``) names no place: the
    venue of the paragraph ``after`` it that :func:`venue_host` reads as one (``a_venue``: named as
    where something took place)."""
    parties = partners.parties
    if len(parties) != 1 or parties[0].place.country != VIETNAM:
        return
    (l0, l1), (lo, hi) = lead, after
    side = parties[0].place.province
    if any(l0 <= m.start < l1 and (m.start not in partners.places or partners.places[m.start].province != side)
           for m in mentions):
        return   # (a lead naming the one side only is a sapo still: "(VOV) - Chủ tịch UBND tỉnh A sẽ là …", round 44)
    venues = [m for m in mentions if lo <= m.start < hi and m.start in partners.places and a_venue(text, m)]
    found = venue_host(text, side, venues, partners.places)
    if not found:
        return
    from .partners import Party   # (here: that module imports this one; most pages return above)
    m = next(m for m in venues if partners.places[m.start].province == found[0])
    place = partners.places[m.start]
    parties.append(Party(place, m.level_word if m.level_word in ("tỉnh", "thành phố", "huyện") else place.level, m.start))


def guest_venue(sources: list[tuple[str, list[PlaceMention]]], places: dict[int, Place]) -> list[str]:
    """The province of the first Vietnamese place of ``sources`` (the headline, then the lead: each its text and
    mentions) named as where the occasion took place ("diễn ra tại B"), for a page whose only side is foreign (in a
    list, for ``chosen +=``), else nothing."""
    for text, mentions in sources:
        for m in mentions:
            place = places.get(m.start)
            if place is not None and place.country == VIETNAM and \
                    _HELD_AT_RE.search(fast_fold(text[max(0, m.start - 40):m.start])):
                return [place.province]
    return []
