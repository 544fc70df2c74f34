"""Mentions joined into runs: "giữa A và B", "A – B", "A, B và C", "A tiếp đoàn B"; and a mention named as
the venue ("tại X"), not as the place visited.

Split out of :mod:`.partners` (round 30) to keep each module under ~400 lines: the links that join mentions
here, the scores that choose the pair there.
"""

from __future__ import annotations

import re

from ..places import PlaceMention
from ..scan import fold_slice
from .partner_sides import strip_bodies   # "và công an các tỉnh B": "và các tỉnh B"
from .partner_study import VISITED_BEFORE_RE as _VISITED_BEFORE_RE, words_before_venue
from .partner_venues import in_venue_address, in_venue_aside   # "tại xã A (huyện B, tỉnh C)"

__all__ = ["linked_groups", "groups", "listed", "link_between", "a_venue", "PAIR_LINK_RE", "LIST_LINK_RE"]

# What may stand between two mentions for them to be joined (folded, stripped, after
# parenthesised asides such as "(Việt Nam)" are dropped).
#   pair links: "giữa A và các tỉnh B", "A – B", "A với B", "A phối hợp với B"
#   list links: "A, B", "A và B" (a list when three or more and a comma among them)
# who stands for a locality after the joining word: "và các tỉnh", "với đoàn đại biểu cấp cao", "và Ủy ban
# chính quyền tỉnh B" (a Lao province's authority, as UBND is a Vietnamese one's)
# ... or a locality's own bodies listed (round 60): "phường A phối hợp với Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã B"
_AUTHORITY = r"(?:dang uy|hdnd|ubnd|uy ban mttq|ubmttq|mttq)"
_AUTHORITIES = _AUTHORITY + r"(?:\s*(?:,|,?\s*va)\s*" + _AUTHORITY + r")+(?:,|,?\s+va)?"   # (the last body may be stripped)
_WHO = (r"(?:\s+(?:cac|nhung|hai|2|ba|3|bon|4|nam|5|sau|6))?"
        r"(?:\s+(?:doan(?:\s+dai bieu|\s+cong tac)?(?:\s+cap cao)?|ban thuong vu|lanh dao|chinh quyen|" + _AUTHORITIES
        + r"|ubnd|uy ban chinh quyen|tinh|thanh pho|huyen|dia phuong))?")
# what a signing verb may take before "với" (round 57): "A ký kết hợp tác với B và C", "A ký thỏa thuận hợp tác
# với B", "A ký biên bản ghi nhớ với B" (the verb and its object joined A to no one: B and C alone were the pair)
_SIGNED = (r"(?:\s+(?:hop tac|ket nghia|thoa thuan(?: hop tac)?|bien ban(?: ghi nho| hop tac| ket nghia)?|ghi nho"
           r"|chuong trinh(?: hop tac| phoi hop)?))?")
PAIR_LINK_RE = re.compile(
    r"^(?:-|–|—|voi|cung|giua|va giua|(?:va|voi|cung|cung voi)" + _WHO + r"|"
    r"(?:da\s+)?(?:phoi hop|hop tac|ket nghia|lam viec|(?:ky ket|ky)" + _SIGNED + r"|hoi dam)\s+(?:voi|cung)" + _WHO + r"|"
    # the giver and the one given to (round 57): "A chuyển kinh phí ủng hộ B và C", "A trao kinh phí hỗ trợ B"
    r"(?:da\s+)?(?:(?:chuyen|trao|trao tang|tang)\s+(?:kinh phi|qua|tien|so tien)\s+)?(?:ung ho|ho tro)(?:\s+cho)?"
    + _WHO + r"|"
    # ... with the sum: "A ủng hộ 200 triệu đồng cho B và C", "A trao 1,5 tỷ đồng cho B"
    r"(?:da\s+)?(?:ung ho|ho tro|trao tang|trao|tang)\s+[\d.,]+\s*(?:ty|trieu|nghin|ngan)(?:\s+dong)?\s+cho" + _WHO + r"|"
    # the host and its guest: "A tiếp đoàn đại biểu B", "A sang thăm và làm việc với B"
    r"(?:da\s+)?(?:tiep|don tiep|tiep don|hoi kien|(?:sang |den )?tham(?: va lam viec(?: voi| tai)?)?)" + _WHO + r"|"
    # "A đã có chuyến thăm, hỗ trợ B", "A có buổi làm việc với B", "A có chuyến công tác tại B"
    r"(?:da\s+)?co\s+(?:chuyen|buoi)\s+(?:tham|cong tac|lam viec)(?:(?:\s*,\s*|\s+va\s+)(?:lam viec|ho tro|chuc tet"
    r"|tang qua))?(?:\s+(?:tai|voi|den))?" + _WHO + r")$"
)
LIST_LINK_RE = re.compile(r"^(?:,|;|va|,\s*va)$")
_ASIDE_RE = re.compile(r"\([^()]{0,40}\)")
# "của <country>" right after a locality and before its joining word is an aside like "(Việt Nam)": "giữa
# thành phố A của Việt Nam và B của Trung Quốc" joins A and B; not before a list's ";" (two countries' lists).
_OF_COUNTRY_RE = re.compile(
    r"^cua (?:viet nam|trung quoc|lao|campuchia|thai lan|han quoc|nhat ban|nuoc ban)\s+(?=(?:va|voi|cung)\b)")
_VENUE_WORDS = ("tại ", "Tại ", " ở ", "Ở ")


def link_between(text: str, a: PlaceMention, b: PlaceMention) -> str:
    between = fold_slice(text, a.end, b.start)
    if "(" in between:
        between = _ASIDE_RE.sub(" ", between)
    if between.startswith(" cua "):
        between = " " + _OF_COUNTRY_RE.sub("", between[1:])
    return strip_bodies(" ".join(between.strip(" \t\u00a0()").split()))


def linked_groups(text: str, mentions: list[PlaceMention]) -> list[list[PlaceMention]]:
    """Runs of mentions joined by và / – / với / commas: "giữa A và B", "A – B"."""
    return [[m for m, _ in g] for g in groups(text, mentions)]


def groups(text: str, mentions: list[PlaceMention]) -> list[list[tuple[PlaceMention, str]]]:
    """Linked runs; each member with the kind of link before it ("", "pair", "list")."""
    groups: list[list[tuple[PlaceMention, str]]] = []
    current: list[tuple[PlaceMention, str]] = []
    for m in mentions:
        if current:
            prev = current[-1][0]
            raw = text[prev.end:m.start]
            if len(raw) <= 60 and "\n" not in raw and ". " not in raw:
                between = link_between(text, prev, m)
                kind = "list" if LIST_LINK_RE.match(between) else "pair" if PAIR_LINK_RE.match(between) else ""
                if kind == "list" and between == "," and a_venue(text, prev):
                    kind = ""   # "Ngày 5/3, tại TP.HCM, tỉnh A và tỉnh B ký kết …": the venue's comma ends it
                if kind:
                    current.append((m, kind))
                    continue
            groups.append(current)
        current = [(m, "")]
    if current:
        groups.append(current)
    return groups


def listed(text: str, group: list[tuple[PlaceMention, str]]) -> set[int]:
    """Indexes of the members of lists of three or more with a comma ("A, B và C")."""
    out: set[int] = set()
    run = [0]
    for i in range(1, len(group) + 1):
        if i < len(group) and group[i][1] == "list":
            run.append(i)
            continue
        if len(run) >= 3 and any("," in text[group[j - 1][0].end:group[j][0].start] for j in run[1:]):
            out.update(run)
        run = [i]
    return out


def a_venue(text: str, m: PlaceMention) -> bool:
    """Named as where something took place ("tại X", "ở X"), not as the place visited."""
    at = m.start if text.endswith(_VENUE_WORDS, max(0, m.start - 5), m.start) else in_venue_aside(text, m.start, m.end)
    if at < 0:
        at = in_venue_address(text, m.start)   # "tại cửa khẩu X thuộc tỉnh A" (partner_venues)
    return at >= 0 and not _VISITED_BEFORE_RE.search(words_before_venue(text, at))
