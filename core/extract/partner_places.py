"""Which place each mention of an article means, before its partners are scored
(:mod:`.partners`).

Which place a mention means (before scoring):

| rule                 | example                                           | the mention means          |
|----------------------|---------------------------------------------------|----------------------------|
| named province       | "huyện Kỳ Sơn" in an article naming Nghệ An       | the huyện of Nghệ An       |
| a district of several| "huyện Châu Thành" in an article naming no        | the one in the province the|
| provinces, none named| province, on a page whose chrome names Đồng Tháp  | page's chrome names (the   |
|                      | (the publisher's site)                            | publisher's), else unknown |
|                      |                                                   | (never the first one found)|
| a commune            | "xã Đồng Đăng" in an article naming Lạng Sơn      | counts only in a province  |
|                      |                                                   | the article names          |
| a commune on a page  | "xã Bình Hiệp" on a page of 2018 (no stamp, the   | unknown: its unit of 2025  |
| of the old map       | lead "Chiều 14/9/2018, …") naming tỉnh Gia Lai    | did not exist yet (round   |
| (old_map_commune)    | only (the Gia Lai of 2025 took old Bình Định's)   | 54); a thị trấn never by it|
| a commune homonym    | "tại xã Trường Sơn" on a page naming only Quảng   | unknown after the partners |
| left unplaced        | Nam (Bắc Giang's, old Quảng Bình's): the venue,   | too (``choose``: round 54, |
|                      | another event's sides, the explanation            | homonym_commune_unknown)   |
| communes, no province| "xã Cư Pui … xã Hòa Xuân" (a commune portal after | the one province of 2025   |
| named (2025)         | the merger)                                       | all share, the old one each|
|                      |                                                   | lies in (partner_communes) |
| a town abroad        | "thị trấn Kamikawa (Nhật Bản)" (round 19)         | itself, with its country   |
| a ward named after   | "phường Vũng Tàu", "phường Phan Thiết" (2025)     | the one province of all its|
| the town it replaced | (every candidate in one province, one the town)   | candidates, even unnamed   |
|                      | not "phường Thanh Hà" (only a xã Thanh Hà of 2025)| (of the level written, on a|
|                      | nor "xã Yên Lạc" on a page of 2019                | page of July 2025 or after)|
| a district's level   | "thị xã Sơn Tây" (Hà Nội's; Quảng Ngãi's is a     | the candidate of that level|
| word picks it        | huyện), no province named                         |                            |
| its marks pick it    | "huyện Phú Ninh" (Quảng Nam's; Phú Thọ's is Phù   | the candidate written with |
|                      | Ninh, folded alike), neither province named       | those marks                |
| a commune of 2025 in | "phường Bình Định, tỉnh Gia Lai (mới)"            | the old province it lies in|
| a merged province    |                                                   | (Bình Định), when the      |
|                      |                                                   | article names its new one  |
| the merged province  | "xã Điện Bàn Đông (TP Đà Nẵng)": Đà Nẵng of 2025  | that commune's old province|
| named as that        | holds the old Quảng Nam, where the commune lies   | (Quảng Nam): the pair is of|
| commune's home       |                                                   | the map before July 2025   |
| a bare name          | "Viêng Chăn" in the headline, "tỉnh Viêng Chăn"   | the place named with a     |
|                      | in the lead; "Hà Nam" and "tỉnh Hà Nam (Trung     | level word or a country    |
|                      | Quốc)" (no Vietnamese Hà Nam with a level word)   | elsewhere in the article   |
| its other name       | "tỉnh Kiên Giang (nay là tỉnh An Giang)"          | the place before it        |
| inside (the next     | "huyện Kỳ Sơn (Nghệ An)", "huyện Mèo Vạc, tỉnh Hà | that unit of that province,|
| name contains it)    | Giang", "xã Trường Sơn (huyện Nông Cống)",        | for every mention of that  |
|                      | "huyện Kỳ Sơn thuộc tỉnh Nghệ An", "huyện Quan    | name (a commune of before  |
|                      | Hóa tỉnh Thanh Hóa" (a blank, then a level word)  | 2025 too)                  |
| a list of communes   | "phường Tân Bình và phường Hưng Long thị xã Chơn  | every commune of the list  |
| before their unit    | Thành", "xã Yên Lạc, xã Đồng Tâm (huyện Nông      | lies in the unit the last  |
|                      | Cống)"                                            | one lies in                |
| inside a foreign     | "huyện Phú Ninh, tỉnh Vân Nam (Trung Quốc)",      | the foreign province, for  |
| province             | "châu Văn Sơn (tỉnh Vân Nam, Trung Quốc)",        | every mention of that name |
|                      | "huyện Xôn Tạy tỉnh Hủa Phăn", "huyện Peam Chor   | (also where it is named    |
|                      | thuộc tỉnh Prey Veng" (names the gazetteer lacks) | alone, in the headline)    |
| a commune inside a   | "trấn A, huyện Phú Ninh, tỉnh Vân Nam" (the county| the foreign province, with |
| district inside a    | bears the name of Quảng Nam's huyện Phú Ninh);    | its district (late49b),    |
| foreign province     | not "xã Tam Thành, huyện Phú Ninh, tỉnh Quảng Nam"| not the namesake's province|
| a city far from the  | "thành phố Cheonan (Hàn Quốc)", its region named  | the city itself, the       |
| border named without | nowhere beside it, or only apart ("… cũng bàn hợp | highest unit the page names|
| its region beside it | tác với tỉnh Gyeonggi": another partner); not     | for it (round 25: a city of|
|                      | "thành phố Cheonan, tỉnh Chungcheongnam", nor     | gazetteer_cities, places.  |
|                      | "huyện Hà Khẩu (Trung Quốc)" (across the border:  | stands_alone); the party   |
|                      | Vân Nam)                                          | keeps the city             |
| said to be of a      | "huyện Xầm Tớ (Lào)" and, in the body, "Xầm Tớ là | that foreign province (not |
| foreign province     | huyện biên giới của tỉnh Hủa Phăn"                | a province merely named    |
|                      | (not "huyện X và các thành phố của tỉnh Y": 'của' | elsewhere)                 |
|                      | belongs to what is joined to X)                   |                            |
"""

from __future__ import annotations

import datetime as _dt
import re

from ..places import VIETNAM, Place, PlaceMention, resolve, stands_alone, to_2025
from ..places_match import COMMUNE_LEVELS
from ..places_written import own_marks
from ..scan import fold_slice
from .partner_communes import shared_commune_home
from .province_seats import names_a_seat

__all__ = ["choose", "places_of"]

from typing import Callable, Literal

# "A (B)", "A, B", "A - B": B contains A when A is a district, commune or town
_INSIDE_GLUE_RE = re.compile(r"^\s*(?:[,(\-–—]\s*(?:thuộc\s+)?|thuộc\s+|\s)$")
# "tỉnh Gyeongsangbuk thành phố Gyeongju", "tỉnh Gyeonggi, thành phố Suwon", "… và thành phố …": a foreign region, then
# a city of it (the text between them)
_REGION_FIRST_GLUE_RE = re.compile(r"\s*(?:[,\-–—]\s*|(?:,\s*)?và\s+|\s)")
# "xã A, xã B", "phường A và phường B": two communes of one list (the text between them)
_COMMUNE_LIST_GLUE_RE = re.compile(r"\s*(?:,\s*|(?:,\s*)?và\s+)$")
# "tỉnh Kiên Giang (nay là tỉnh An Giang)": the same party by its other name (folded)
_RENAMED_RE = re.compile(r"^\s*\(\s*(?:nay la|nay thuoc|nay|sau sap nhap(?: la)?|truoc day la|truoc la|cu la|moi la)\s*$")

# "X là huyện biên giới của tỉnh Y", "X thuộc tỉnh Y" (folded): X lies in Y
_OF_RE = re.compile(r"(?<!\w)(?:cua|thuoc)\s+(?:tinh|thanh pho)?\s*$")
# "huyện Yeoncheon và một số thành phố của tỉnh Gyeonggi": 'của' belongs to what is joined to X
_JOINED_RE = re.compile(r"(?<!\w)(?:va|voi|cung)(?!\w)|,")
_PARTY_LEVELS = frozenset({"tỉnh", "thành phố"})  # level words of a province-level place
_DISTRICT_LEVELS = frozenset({"huyện", "quận", "thị xã"})  # level words of a district (before 2025)
_TOWN_LEVELS = _DISTRICT_LEVELS | {"thành phố"}  # a district-level unit's levels
_NEW_UNIT_WORDS = frozenset({"xã", "phường"})   # the level words of the communes of 2025 (and of older ones)
#: the first day of the map of 2025's communes: a page published before it names none of them
MERGER_DAY = _dt.datetime(2025, 7, 1)


class _LazyFlag:
    """A yes/no asked only when first used (``bool(flag)``), then kept."""
    __slots__ = ("_ask", "_value")

    def __init__(self, ask: Callable[[], bool]):
        self._ask, self._value = ask, None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = bool(self._ask())
        return self._value


def _unsure_district(m: PlaceMention, named: set[str], home: Callable[[], set[str]] | None) -> Place | None | Literal[False]:
    """A district named with its level word whose name several provinces have ("huyện Châu
    Thành"), none of them named in the article: the one in the province the page's chrome
    names (``home``), else None (unknown). False when the rule does not apply."""
    if m.level_word not in _DISTRICT_LEVELS or len(m.candidates) < 2:
        return False
    # of the level written, when one is ("thị xã Sơn Tây" is Hà Nội's; Quảng Ngãi's is a huyện)
    cands = [c for c in m.candidates if c.level == m.level_word] or m.candidates
    if not {c.province for c in cands} & named:   # "huyện Phú Ninh" is Quảng Nam's, not Phú Thọ's Phù Ninh
        cands = list(own_marks(m.surface[m.name_start - m.start:], tuple(cands)))
    provs = {c.province for c in cands if c.country == VIETNAM}
    if len(provs) < 2 or len(provs) != len({c.province for c in cands}) or provs & named:
        return cands[0] if len(cands) < len(m.candidates) and len(provs) == 1 and not provs & named else False
    chrome = home() if home is not None else set()   # (once: it reads the page's chrome)
    mine = [c for c in cands if c.province in chrome]
    return mine[0] if len({c.province for c in mine}) == 1 else None


def _named_after_town(m: PlaceMention, new_map: bool = True) -> bool:
    """A ward or commune of 2025 named after the one town or district it replaced ("phường Vũng
    Tàu", "phường Phan Thiết", "xã Cần Giờ"): every candidate lies in one province and one of them
    is that town, so the province is sure even where the article names none. After "xã" or
    "phường" it is that unit of 2025 only when one of the candidates bears the level written (a
    "phường Thanh Hà" is no ward of 2025 where only a xã Thanh Hà is) and the page may name a unit
    of 2025 (``new_map``: not published before July 2025; a page of 2019's "xã Yên Lạc" is one of
    the many older communes of that name, whose province the article must name). A "thị trấn" named
    after its district ("thị trấn Si Ma Cai") lies in it, whatever the page's date."""
    if len({c.province for c in m.candidates}) != 1 or \
            not any(not c.is_province and c.level in _TOWN_LEVELS for c in m.candidates):
        return False
    return m.level_word not in _NEW_UNIT_WORDS or (new_map and any(c.level == m.level_word for c in m.candidates))


def _named_first(mention: PlaceMention, context: set[str]) -> Place | None:
    """The candidate whose province the article names, else the first (the first table's rules then
    weigh it)."""
    if not mention.candidates:
        return None
    for c in mention.candidates:
        if c.province in context:
            return c
    return mention.candidates[0]


def choose(mention: PlaceMention, context: set[str]) -> Place | None:
    """The place a mention the partners left unplaced is read as (the venue, another event's sides,
    the explanation): the candidate whose province the article names, else the first -- but not a
    commune whose name Vietnamese communes of several provinces bear, none of them named
    (``homonym_commune_unknown``): "xã Trường Sơn" on a page naming only Quảng Nam is Bắc Giang's or
    old Quảng Bình's for the gazetteer and neither for the page, so unknown."""
    p = _named_first(mention, context)
    if p is None or p.province in context or mention.level_word not in COMMUNE_LEVELS or p.country != VIETNAM:
        return p
    if len({c.province for c in mention.candidates if c.country == VIETNAM}) > 1:
        return None
    return p


def places_of(text: str, mentions: list[PlaceMention],
              home: Callable[[], set[str]] | None = None,
              published: _dt.datetime | None = None,
              old_map: Callable[[], bool] | None = None) -> dict[int, Place]:
    """Each mention's place (by its start), with the rules of the first table. ``home``: the
    Vietnamese provinces the page's chrome names (asked only when a district is unsure);
    ``published``: the page's publication time, if known (a page of before July 2025 names no
    commune of 2025); ``old_map``: without one, whether the page dates its occasion before July
    2025 (asked only where a commune's place hangs on it: ``old_map_commune``)."""
    if published is not None:
        new_map = (published.year, published.month) >= (MERGER_DAY.year, MERGER_DAY.month)
    else:   # round 54: asked once, only where a commune would be placed by its unit of 2025
        new_map = _LazyFlag(lambda: old_map is None or not old_map())
    named = {m.candidates[0].province for m in mentions
             if m.candidates and m.candidates[0].is_province and m.level_word not in COMMUNE_LEVELS}
    named_2025 = {to_2025(p) for p in named}
    # named with a level word or a country: what a bare name means ("Viêng Chăn" in the
    # headline, "tỉnh Viêng Chăn" in the lead: the province, not the capital)
    leveled = {m.candidates[0].province for m in mentions
               if m.candidates and m.candidates[0].is_province and m.level_word in _PARTY_LEVELS}
    foreign = {m.candidates[0].name.split(" (")[0]: m.candidates[0] for m in mentions
               if m.candidates and m.candidates[0].country != VIETNAM and m.candidates[0].is_province}
    places: dict[int, Place] = {}
    communes_home = shared_commune_home(mentions)   # no province named, its communes share one (partner_communes)
    for m in mentions:
        if m.start in communes_home:
            places[m.start] = communes_home[m.start]
            continue
        p = _named_first(m, leveled) if m.level_word is None and len(m.candidates) > 1 else None
        unsure = _unsure_district(m, named, home) if p is None else False
        p = p or (_named_first(m, named) if unsure is False else unsure)
        if m.level_word is None and p is not None and p.country == VIETNAM and p.is_province and \
                p.name in foreign and p.province not in leveled:
            p = foreign[p.name]  # "Hà Nam" where only "tỉnh Hà Nam (Trung Quốc)" is named: Henan
        if p is not None and m.level_word in COMMUNE_LEVELS and p.province not in named and not _named_after_town(m, new_map) \
                and p.country == VIETNAM:   # a town abroad ("thị trấn Kamikawa (Nhật Bản)") keeps its place
            # a commune of 2025 in a merged province the article names: the old province
            # it lies in ("phường Bình Định, tỉnh Gia Lai (mới)" -> Bình Định)
            # -- not on a page of the old map: that unit of 2025 did not exist yet (old_map_commune)
            # nor for a township (thị trấn): no unit of 2025 at all
            p = next((c for c in m.candidates if c.province_2025 in named_2025), None) \
                if m.level_word != "thị trấn" and new_map else None
        if p is not None:
            places[m.start] = p  # a commune counts in a province the article names
    for a, b in zip(mentions, mentions[1:]):
        if b.start - a.end <= 24 and "(" in text[a.end:b.start] and \
                _RENAMED_RE.match(fold_slice(text, a.end, b.start)) and a.start in places:
            places[b.start] = places[a.start]  # the other name of the same party
    home_of: dict[str, Place] = {}  # a locality's name -> the place it is in
    homed: set[Place] = set()   # the gazetteer's foreign localities named with their region beside them
    merged: dict[int, Place] = {}  # a merged province of 2025 named as a commune's home -> its old province
    inside_at: set[int] = set()  # the mentions the next one contains
    via: dict[str, tuple[str, str]] = {}  # a commune's name -> the district's name it lies in, and its level word
    for a, b in zip(mentions, mentions[1:]):
        pa, pb = places.get(a.start), places.get(b.start)
        commune = a.level_word in COMMUNE_LEVELS
        if pb is None or (pa is not None and pa.is_province) or not (pb.is_province or commune):
            continue
        glue = text[a.end:b.start]
        if b.start - a.end > 10 or not _INSIDE_GLUE_RE.match(glue) or \
                (not glue.strip() and b.name_start == b.start):
            continue  # "huyện X, tỉnh Y", "huyện X (Y)", "huyện X thuộc tỉnh Y", "huyện X tỉnh Y"
        name = text[a.name_start:a.end]
        if pb.country != VIETNAM:
            if pb.is_province and (pa is None or pa.country in (VIETNAM, pb.country)) and name != pb.name:
                # "huyện Phú Ninh, tỉnh Vân Nam": a party of the foreign province that keeps its
                # own name and level ("thành phố Nam Ninh", not "thành phố Quảng Tây")
                if pa is not None:
                    homed.add(pa)   # "thành phố Kinokawa, tỉnh Wakayama": its region named beside it
                home_of[name] = Place(name, a.level_word or (pa.level if pa else pb.level), pb.province, pb.country,
                                   pb.province_2025, False)
        else:
            inside = next((c for c in a.candidates if c.province == pb.province), None)
            if inside is None and commune and pb.is_province and a.level_word != "thị trấn" and new_map:  # a ward of 2025
                # in a merged province: its old one (not on a page of the old map, nor a township: old_map_commune)
                # (not inside a district of before 2025: "xã Tân Phú (huyện Đồng Phú, tỉnh Bình Phước)" is no
                # commune of 2025 of Đồng Nai, which took Bình Phước in: the district's province stays)
                inside = next((c for c in a.candidates if c.province_2025 == pb.province_2025), None)
                if inside is not None and (old := resolve(inside.province)) is not None and old.is_province \
                        and not names_a_seat(a):   # (not the province's own seat: "phường Đồng Hới, tỉnh Quảng Trị")
                    merged[b.start] = old  # "xã Điện Bàn Đông (TP Đà Nẵng)": the Đà Nẵng here is Quảng Nam
            if inside is None and commune:  # a commune of before 2025: "xã Trường Sơn (huyện Nông Cống"
                inside = Place(name, a.level_word or "xã", pb.province, VIETNAM, pb.province_2025, False)
            if inside is not None:
                home_of[name] = inside  # "huyện Kỳ Sơn (Nghệ An)"
                inside_at.add(a.start)
                if commune and not pb.is_province:
                    via[name] = (text[b.name_start:b.end], a.level_word or inside.level)
    # a commune inside a district that is itself inside a foreign province ("trấn A, huyện Phú Ninh, tỉnh Vân
    # Nam"): abroad with its district, not in the Vietnamese province of the district's namesake (Quảng Nam)
    for na, (nb, level) in via.items():
        if (far := home_of.get(nb)) is not None and far.country != VIETNAM:
            home_of[na] = Place(na, level, far.province, far.country, far.province_2025, False)
    places.update(merged)
    # ... and its region named right before it (late38c): "tỉnh Gyeongsangbuk-do, thành phố Gyeongju", "tỉnh
    # Gyeonggi và thành phố Suwon" -- the region beside the city, only where the gazetteer places the city in it
    for a, b in zip(mentions, mentions[1:]):
        pa, pb = places.get(a.start), places.get(b.start)
        if pa is not None and pb is not None and pa.country != VIETNAM and pa.is_province and not pb.is_province \
                and pb.country == pa.country and pb.province == pa.province and b.start - a.end <= 8 \
                and _REGION_FIRST_GLUE_RE.fullmatch(text, a.end, b.start):
            homed.add(pb)
    # the communes of a list before their district: "phường A và phường B thị xã C", "xã A, xã B
    # (huyện C)": each lies where the last one does (read back from it), when the gazetteer knows
    # none of that level by its name (a commune of before 2025; not "xã A và xã B (tỉnh C)" of
    # two known communes: a twinning's two sides)
    for a, b in reversed(list(zip(mentions, mentions[1:]))):
        if b.start in inside_at and a.level_word in COMMUNE_LEVELS and b.level_word in COMMUNE_LEVELS \
                and b.start - a.end <= 6 and _COMMUNE_LIST_GLUE_RE.match(text, a.end, b.start) is not None \
                and not any(c.level == a.level_word for c in a.candidates):
            na, nb = text[a.name_start:a.end], text[b.name_start:b.end]
            if nb in home_of and na not in home_of:
                pb = home_of[nb]
                inside_at.add(a.start)
                home_of[na] = next((c for c in a.candidates if c.province == pb.province), None) or \
                    Place(na, a.level_word, pb.province, pb.country, pb.province_2025, False)
    if home_of:
        for m in mentions:
            p = places.get(m.start)
            name = text[m.name_start:m.end]
            if name in home_of and (p is None or not p.is_province):
                places[m.start] = home_of[name]
    # a foreign city far from the border named without its region beside it ("thành phố Asan (Hàn
    # Quốc)"): the city itself, the highest unit the page names for it, wherever the page names
    # its region apart ("… và tỉnh Gyeonggi": another partner); then it may be said to be of it, below
    for start, p in places.items():
        if p.country != VIETNAM and not p.is_province and p not in homed and stands_alone(p):
            places[start] = Place(p.name, p.level, p.name, p.country, p.name, False)
    # a foreign locality whose province the gazetteer does not know ("huyện Xầm Tớ (Lào)"),
    # said to be of a province of its country ("Xầm Tớ là huyện biên giới của tỉnh Hủa Phăn"):
    # in that province, for every mention of that name
    lost = {p for p in places.values() if p.country != VIETNAM and not p.is_province and p.province == p.name}
    if lost:
        homes: dict[Place, Place] = {}
        for a, b in zip(mentions, mentions[1:]):
            pa, pb = places.get(a.start), places.get(b.start)
            if pa in lost and pb is not None and pb.is_province and pb.country == pa.country and \
                    b.start - a.end <= 60 and _OF_RE.search(between := fold_slice(text, a.end, b.start)) and \
                    not any(c in text[a.end:b.start] for c in ".;\n") and not _JOINED_RE.search(between):
                homes.setdefault(pa, pb)
        for start, p in list(places.items()):
            if p in homes:
                region = homes[p]
                places[start] = Place(p.name, p.level, region.province, p.country, region.province, False)
    return places
