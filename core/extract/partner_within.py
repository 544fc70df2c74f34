"""Two places of one province as the two partners: "giao ước kết nghĩa giữa huyện A và huyện B",
"hai xã A và B ký kết", both of the same province.

The partners' scores (:mod:`.partners`) are a province's: two districts of one province add up
to one partner, and a page about their twinning had one party (and, undated, no event). When
the partners found are one Vietnamese province, named by one of its districts, communes or
towns (not by the province itself: "lãnh đạo tỉnh A thăm huyện B và huyện C" is the province's
own work), and the headline or the lead joins two different places of it below the province
level by a pairing word in a sentence about working together, the second place is the second
party: the pair is that province twice ("Lai Châu – Lai Châu"; the store's pair filter already
matches two parties of one province). Shapes (sentences written for this table):

| shape                                                              | what it gives              |
|--------------------------------------------------------------------|----------------------------|
| "Tổng kết giao ước kết nghĩa giữa Than Uyên và Mường Tè"            | Than Uyên + Mường Tè       |
| "hai huyện Bảo Thắng và Bảo Yên ký kết chương trình phối hợp"        | Bảo Thắng + Bảo Yên        |
| "Xã A kết nghĩa với xã B" (both in one province)                    | A + B                      |
| "Lãnh đạo huyện Tháp Mười tiếp Đoàn công tác huyện Châu Thành" (the  | Tháp Mười + Châu Thành     |
|   host and its guest, one province named in the lead)               |                            |
| NOT: "Lãnh đạo tỉnh Lào Cai thăm huyện Bảo Thắng và huyện Bảo Yên"   | the province alone         |
| NOT: "huyện Bảo Thắng, tỉnh Lào Cai" (an address: a comma)          | nothing added              |
| NOT: "huyện A và huyện B đạt chuẩn nông thôn mới" (no working words) | nothing added              |
| NOT: "tại huyện A và huyện B" (venues)                              | nothing added              |
| NOT: "thăm xã A, huyện B và xã C, huyện D" (levels differ: addresses) | nothing added              |
"""

from __future__ import annotations

import re

from ..places import VIETNAM, Place, PlaceMention
from ..scan import fast_fold
from .partners import _PAIR_LINK_RE, Partners, Party, _a_venue, _between, linked_groups

__all__ = ["add_within_party", "WORKING_TOGETHER"]

# words of the sentence that say the two work together (folded): twinning, signing, covenants, cooperation,
# coordination, exchange, a delegation's call or its reception, a joint review
WORKING_TOGETHER = re.compile(
    r"(?<!\w)(?:ket nghia|ky ket|giao uoc|hop tac|phoi hop|giao luu|tham va lam viec|den tham|sang tham|tiep doan"
    r"|lam viec voi|hoi dam|so ket|tong ket|ghi nho|thoa thuan|chung tay|ho tro|giup do|dong hanh)(?!\w)")
# "giữa A và B", "hai huyện A và B": the words before the first place that make the two a pair
_PAIRED_BEFORE = re.compile(r"(?:(?<!\w)giua|(?<!\w)(?:hai|2)\s+(?:huyen|xa|phuong|quan|thi xa|thi tran|thanh pho|dia phuong))\s*$")
# the words between the two: "và", "với", a dash, "kết nghĩa với", "ký kết với", or the partners' pair links
# (the host and its guest: "A tiếp đoàn công tác B", "A đến thăm và làm việc với B"); no bare comma: an address
_LINK_OK = re.compile(r"^(?:va|voi|cung|cung voi|-|–|—|va voi|(?:da\s+)?(?:ket nghia|ky ket|phoi hop|hop tac|giao luu)\s+(?:voi|cung))"
                      r"(?:\s+(?:huyen|xa|phuong|quan|thi xa|thi tran|thanh pho))?$")
_LOWER = ("huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "thành phố", "đặc khu")


def _below(m: PlaceMention, place: Place | None, province: str) -> bool:
    return (place is not None and place.country == VIETNAM and place.province == province
            and not place.is_province and (m.level_word in _LOWER or m.level_word is None))


def _sentence(text: str, lo: int, hi: int, at: int) -> tuple[int, int]:
    s = max(text.rfind(". ", lo, at), text.rfind("\n", lo, at)) + 1
    e = min((i for i in (text.find(". ", at, hi), text.find("\n", at, hi)) if i >= 0), default=hi)
    return max(s, lo), e


def add_within_party(partners: Partners, text: str, spans: list[tuple[int, int]],
                     mentions: list[PlaceMention]) -> None:
    """Add the second place of the one province (see the module's table), in place."""
    if len(partners.parties) != 1:
        return
    party = partners.parties[0]
    prov = party.place.province
    if party.place.country != VIETNAM or party.place.is_province:
        return
    places = partners.places
    for lo, hi in spans:
        inside = [m for m in mentions if lo <= m.start < hi and m.start in places]
        for group in linked_groups(text, inside):
            for a, b in zip(group, group[1:]):
                pa, pb = places.get(a.start), places.get(b.start)
                if not (_below(a, pa, prov) and _below(b, pb, prov)) or pa.name == pb.name:
                    continue
                if (a.level_word or pa.level) != (b.level_word or pb.level):
                    continue   # "xã A, huyện B và xã C": an address's parts, not two of a kind
                link = _between(text, a, b)
                if not (_LINK_OK.match(link) or _PAIR_LINK_RE.match(link)) or _a_venue(text, a):
                    continue
                s, e = _sentence(text, lo, hi, a.start)
                before = fast_fold(text[max(s, a.start - 20):a.start])
                if not (_PAIRED_BEFORE.search(before) or WORKING_TOGETHER.search(fast_fold(text[s:e]))):
                    continue
                if party.place.name not in (pa.name, pb.name):
                    continue
                other, m = (pb, b) if pa.name == party.place.name else (pa, a)
                lw = m.level_word if m.level_word in _LOWER else other.level
                partners.parties.append(Party(other, lw, m.start))
                return
