"""Two units of one province as the two sides (after :mod:`.partners` has chosen; called from
:func:`.partner_groups.add_group_parties`). The pair is that province twice
(:attr:`.partners.Partners.pair`). Each shape a row, with a sentence written for it:

| shape                                   | example                                                  | gives                     |
|-----------------------------------------|----------------------------------------------------------|---------------------------|
| two units of the one partner, joined     | "hai huyện A và B tổng kết kết nghĩa", "giữa xã A, xã B và | the first two units       |
| as sides in the headline or lead        | phường C" (also three after "giữa"/"hai"/"ba"), "Xã A và  |                           |
|                                         | xã B ký kết chương trình kết nghĩa" (a pairing verb after, |                           |
|                                         | perhaps after their province in brackets, "… xã B (tỉnh C) |                           |
|                                         | tổ chức giao lưu kết nghĩa", and a body's name before B,  |                           |
|                                         | "Hội LHPN huyện A và Ban Chấp hành LHPN huyện B")         |                           |
| ... listed after "hai/02 đơn vị"        | "giữa 02 đơn vị Huyện đoàn A và Huyện đoàn B" (a body of   | the first two units       |
|                                         | each, the units called "đơn vị", the count with a zero)   |                           |
| ... listed bare after "hai/ba địa phương"| "Công an ba địa phương A, B và C ký quy chế" (districts of | the first two units       |
|  (places_bare_lists)                    | one province, no level word)                              |                           |
| ... listed after "giữa" and a body of   | "ký kết quy chế giữa Công an các quận 1, 3 và Bình Thạnh"  | the first two units       |
| each ("các" and the level word once)    |                                                          |                           |
| ... a delegation of one meets the other | "Đoàn công tác của TP.A … thăm huyện B"                  | A and B                   |
| ... the second partner is the unit of   | "Hai xã A, B và phường C ký kết …" of the old Quảng Nam,  | the units; the unit of    |
| 2025 that holds the first, named only   | "theo chủ trương của Thành ủy Đà Nẵng" in the body        | 2025 is their authority,  |
| in the body                             | (Đà Nẵng holds the old Quảng Nam since July 2025)         | not a side                |
| two communes, no province named at all  | "Xã A và xã B ký kết chương trình kết nghĩa", A's name    | the one province both     |
|                                         | borne in two provinces, B's in one of them               | names lie in, twice       |
| ... a body of one twins with, visits or | "Hội LHPN thành phố A … kết nghĩa … tại huyện B"           | A and B                   |
| gives to the other (partner_unit_aid)   | (district levels only)                                   |                           |
| NOT: places one delegation visits       | "đến thăm xã A, huyện B và xã C"                          | nothing                   |
| NOT: a province and its own unit        | "UBND tỉnh A làm việc với huyện B" (B of A)                | nothing                   |
| NOT: a venue                            | "Đoàn huyện A … tại huyện B"                              | B not counted             |
| NOT: communes of no common province     | "Xã A và xã B kết nghĩa", A only in one province, B only  | nothing                   |
|                                         | in another                                               |                           |
"""

from __future__ import annotations

import re

from ..places import VIETNAM
from ..places_match import COMMUNE_LEVELS
from ..scan import fold_slice
from .partner_unit_aid import body_gives_to_unit

__all__ = ["add_same_province_pair", "add_unnamed_communes"]

_UNIT_LEVELS = frozenset({"huyện", "quận", "thị xã", "thành phố", "xã", "phường", "thị trấn", "đặc khu"})
# "giữa huyện A và …", "hai huyện A và B"; "giữa Công an các quận 1, 3 và 5", "giữa UBND các huyện: A, B";
# "giữa 02 đơn vị Huyện đoàn A và Huyện đoàn B" (the count written with a zero, the units called "đơn vị")
# (a body of each unit, the level word once before the list; not "giữa thành phố với các huyện A, B": the
# place before "với"/"và"/"cùng" is a side itself -- review23b)
_TWO_BEFORE_RE = re.compile(r"(?<!\w)(?:giua|hai|0?2|ba|0?3)\s+$|(?<!\w)(?:hai|0?2|ba|0?3)\s+(?:dia\s+phuong|don\s+vi)\s*:?\s*$"
                            r"|(?<!\w)giua\s+(?:(?!va\s|voi\s|cung\s)[\w.]+\s+){0,3}cac\s+(?:(?:quan|huyen|thi xa|xa|phuong)(?:\s+nhu)?\s*:?\s*)?$")
_DELEGATION_BEFORE_RE = re.compile(r"(?<!\w)doan(?:\s+[\w.]+){0,4}\s+$")   # "Đoàn công tác của TP.A … thăm B"
# "Xã A và xã B ký kết …", "Huyện A và huyện B kết nghĩa", "… tổ chức lễ kết nghĩa" (folded, after B)
# ... the province both lie in told in brackets before the verb ("Xã A và xã B (tỉnh C) ký kết …")
_PROVINCE_ASIDE_RE = re.compile(r"^\s*\((?:tinh|thanh pho|tp\.?)\s[^()]{1,30}\)")
_PAIRING_AFTER_RE = re.compile(r"\s*(?:da\s+|chinh thuc\s+|cung\s+)?(?:to chuc\s+(?:le\s+)?)?"
                               r"(?:ky ket|ket nghia|hop tac|giao luu|hoi dam|ky)(?!\w)")


def _body_only_holder(partners, mentions) -> bool:
    """Is the second partner the unit of 2025 that holds the first (another old province), named
    only in the body ("theo chủ trương của Thành ủy Đà Nẵng" of communes of the old Quảng Nam)?"""
    first, second = (p.place for p in partners.parties[:2])
    if second.country != VIETNAM or not second.is_province or second.province == first.province \
            or second.province_2025 != first.province_2025:
        return False
    return not any((p := partners.places.get(m.start)) is not None and p.province == second.province for m in mentions)


def add_same_province_pair(partners, text: str, mentions) -> None:
    """The partners are one Vietnamese province (or it and the unit of 2025 that holds it, named
    only in the body) and the headline or lead (``mentions``, the places found there) names two
    of its own units, each with its level word and not as a venue: those two are the parties
    (a twinning of two districts of one province), the pair that province twice."""
    from .partners import Party
    from .partner_links import a_venue as _a_venue

    if not partners.parties or partners.parties[0].place.country != VIETNAM:
        return
    if len(partners.parties) != 1 and not (len(partners.parties) == 2 and _body_only_holder(partners, mentions)):
        return
    own = partners.parties[0].place.province
    units: list[tuple] = []
    every: list[tuple] = []   # venues too: a body of A that goes to twin or give "tại huyện B" (partner_unit_aid)
    for m in sorted(mentions, key=lambda m: m.start):
        place = partners.places.get(m.start)
        if place is None or place.province != own or place.is_province or m.level_word not in _UNIT_LEVELS:
            continue
        every.append((m, place))
        if _a_venue(text, m):
            continue
        units.append((m, place))
    # each unit with the next of another name: the first two that are two sides (the headline's
    # "Đoàn xã A thăm xã B" may name one of them only, the lead both)
    for i, (m1, p1) in enumerate(units):
        m2, p2 = next(((m, p) for m, p in units[i + 1:] if p.name != p1.name), (None, None))
        if m2 is None:
            break
        if _two_sides(text, m1, m2):
            partners.parties[:] = [Party(p1, m1.level_word, m1.start), Party(p2, m2.level_word, m2.start)]
            return
    # else "đến thăm xã A, huyện B và xã C": places visited, not two sides; unless a body of one district
    # twins with, visits or gives to another ("Hội LHPN thành phố A … kết nghĩa … tại huyện B")
    for m1, p1 in every:
        m2, p2 = next(((m, p) for m, p in every if body_gives_to_unit(text, m1, p1, m, p)), (None, None))
        if m2 is not None:
            partners.parties[:] = [Party(p1, m1.level_word, m1.start), Party(p2, m2.level_word, m2.start)]
            return


def add_unnamed_communes(partners, text: str, mentions) -> None:
    """No partner found, and the headline or lead joins two communes as the two sides in an
    article that names no province ("Xã A và xã B ký kết chương trình kết nghĩa"): the one
    Vietnamese province both names lie in (a commune counts only in a named province, so neither
    was placed), each commune that province's."""
    from .partners import Party

    if partners.parties:
        return
    units = [m for m in sorted(mentions, key=lambda m: m.start)
             if m.level_word in COMMUNE_LEVELS and m.candidates and m.start not in partners.places]
    for m1, m2 in zip(units, units[1:]):
        common = {c.province for c in m1.candidates if c.country == VIETNAM} & \
            {c.province for c in m2.candidates if c.country == VIETNAM}
        if len(common) != 1 or not _two_sides(text, m1, m2):
            continue
        prov = common.pop()
        p1 = next(c for c in m1.candidates if c.province == prov)
        p2 = next(c for c in m2.candidates if c.province == prov)
        if p1.name == p2.name:
            continue
        partners.places[m1.start], partners.places[m2.start] = p1, p2
        partners.parties[:] = [Party(p1, m1.level_word, m1.start), Party(p2, m2.level_word, m2.start)]
        return


def _two_sides(text: str, m1, m2) -> bool:
    """Are ``m1`` and ``m2`` the two sides: joined by a pairing word ("A kết nghĩa với B", "A – B"),
    listed after "giữa", "hai" or "ba" ("hai huyện A và B", "giữa xã A, xã B và phường C"), joined
    by "và" before a pairing verb ("Xã A và xã B ký kết …"), or a delegation of A (named right after
    "Đoàn") that meets B later in the sentence?"""
    from .partner_links import LIST_LINK_RE as _LIST_LINK_RE, PAIR_LINK_RE as _PAIR_LINK_RE, link_between as _between

    raw = text[m1.end:m2.start]
    if ". " in raw or "\n" in raw:
        return False
    before = fold_slice(text, max(0, m1.start - 40), m1.start)
    if len(raw) <= 60:
        between = _between(text, m1, m2)
        if not _LIST_LINK_RE.match(between) and _PAIR_LINK_RE.match(between):
            return True
        if between in ("va", "voi", ",") and _TWO_BEFORE_RE.search(before):
            return True
        if between == "va" and _PAIRING_AFTER_RE.match(_PROVINCE_ASIDE_RE.sub("", fold_slice(text, m2.end, m2.end + 80), 1)):
            return True
    return _DELEGATION_BEFORE_RE.search(before) is not None
