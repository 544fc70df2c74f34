"""A region named as one party: "TP.HCM và 13 tỉnh, thành ĐBSCL", "giữa TPHCM với 8 tỉnh thành
vùng Tây Bắc mở rộng", "Tây Nguyên và TP. Hồ Chí Minh" (the regions and their members:
:mod:`hoptac.core.places_regions`).

Its member provinces become parties only when the headline or the lead makes the region a
party: the region (with or without the collective words before it) is joined by a pairing
word to a partner already chosen (:mod:`.partners`), a province-level one. A region named in
passing is not a party. Shapes (sentences written for this table):

| name                | shape                                                  | what it gives            |
|---------------------|--------------------------------------------------------|--------------------------|
| joined, collective  | "giữa Đà Nẵng và các tỉnh vùng Tây Nguyên"             | Đà Nẵng + the 5 members  |
| joined, counted     | "Hải Phòng và 13 tỉnh, thành phố ĐBSCL"                | Hải Phòng + the 13       |
| joined, all counted | "Cần Thơ và tất cả 13 tỉnh thành vùng ĐBSCL"           | Cần Thơ + the 13         |
| joined, organs      | "UBND tỉnh A và UBND 13 tỉnh, thành ĐBSCL"             | A + the 13               |
| count that fits     | "TP.HCM và 13 tỉnh miền Tây" (miền Tây needs its 13)   | TP.HCM + the 13          |
| joined, bare        | "Hà Nội – Đồng bằng sông Cửu Long: chung tay …"         | Hà Nội + the 13          |
| region first        | "Tây Nguyên và Hà Nội kết nối cung cầu"                | Hà Nội + the 5           |
| count that fits     | "Đà Nẵng và 8 tỉnh Tây Bắc" (Tây Bắc needs its 8)      | Đà Nẵng + the 8          |
| a member joined     | "Bình Dương và 5 tỉnh Đông Nam Bộ" (the rest of it)    | the 6 members            |
| NOT: wrong count    | "Phú Yên ký kết với 5 tỉnh ĐBSCL" (five of thirteen)   | nothing added            |
| NOT: members listed | "các tỉnh vùng ĐBSCL gồm An Giang, Cà Mau …"           | nothing added (the list) |
| NOT: part of it     | "các tỉnh phía Tây ĐBSCL", "Đại học Tây Nguyên"        | nothing added            |
| NOT: no count       | "Hà Nội và các tỉnh Tây Bắc" (which Tây Bắc?)          | nothing added            |
| NOT: in passing     | "doanh nghiệp vùng Tây Nguyên", "du lịch ĐBSCL"        | nothing added            |
| NOT: a town         | "Năm Du lịch Tây Nguyên – Đà Lạt" (Đà Lạt: a city)     | nothing added            |

Each added member keeps its region (``region`` in the event's party), so that the pair and
the parties are shown as "Hà Nội – ĐBSCL (13)". When the partners were one, the member the
article weighs most as a partner (its partner score; a venue alone scores nothing, so
"tổ chức tại tỉnh Bến Tre" does not choose it), else the member the region lists first, is
the pair's second. The pair filter matches any two parties, so every member is found.
"""

from __future__ import annotations

import functools
import re

from ..places import VIETNAM, Place, PlaceMention, resolve
from ..places_regions import Region, all_region_names, region_named
from ..scan import fast_fold, keyword_regex

__all__ = ["add_region_parties"]

# the region's name (found first: a few letters to look for), then, before it, the collective
# words: [tất cả | toàn bộ | cả] (count | các | những) (tỉnh | tỉnh, thành | tỉnh thành phố | địa phương)
# (vùng | khu vực | miền); "tất cả 13 tỉnh thành ĐBSCL" names the whole region as "13 tỉnh" does (round 20)
_NAME_RE = keyword_regex(all_region_names())
_ABBR_RE = re.compile(r"\s*\(\s*[a-z&]{2,8}\s*\)")   # "(ĐBSCL)" after the name
_BEFORE_RE = re.compile(
    r"(?:(?<!\w)(?:(?:tat ca|toan bo|ca)\s+)?(?:(?P<count>\d{1,2})|cac|nhung)\s+)?"
    r"(?P<units>(?<!\w)(?:tinh|dia phuong)(?:\s*,\s*thanh(?:\s+pho)?|\s+thanh(?:\s+pho)?)?\s+)?"
    r"(?P<area>(?<!\w)(?:thuoc\s+)?(?:vung|khu vuc|mien)\s+)?$")
_BACK = 40
# the words that join the region to a partner (folded, asides dropped)
LINKS = frozenset({"va", "voi", "cung", "cung voi", "-", "–", "—", "va voi"})
# what may stand before a bare region name: a pairing word or a break, not a word of a name
# ("Đại học Tây Nguyên", "các tỉnh phía Tây ĐBSCL")
_BARE_BEFORE_RE = re.compile(r"(?:[:;,.\-–—\"“”'(]|(?<!\w)(?:va|voi|giua|cung))\s*$")
# the members listed right after: the list gives the parties, not the region
_LISTED_AFTER_RE = re.compile(r"^\s*(?::|gom\b|bao gom\b|la\b)")
_ASIDE_RE = re.compile(r"\([^()]{0,40}\)")
_GAP = 40


# the organ of the region's members, named after the pairing word ("UBND TP.HCM và UBND 13 tỉnh, thành ĐBSCL",
# "lãnh đạo tỉnh A cùng lãnh đạo các tỉnh Tây Nguyên"; round 20): the link is the word before it
_ORGAN_AFTER = re.compile(r"\s+(?:ubnd|uy ban nhan dan|hdnd|lanh dao|dai dien|chinh quyen)$")


def _between(text: str, a: int, b: int) -> str | None:
    raw = text[a:b]
    if len(raw) > _GAP or "\n" in raw or ". " in raw:
        return None
    between = _ASIDE_RE.sub(" ", fast_fold(raw))
    between = " ".join(between.strip(" \t\u00a0,").split())
    return _ORGAN_AFTER.sub("", between)


def _regions_in(text: str, folded: str, s: int, e: int, units: bool = False):
    """(start, end, region, count) of each region named in text[s:e]; ``units``: only those named
    with a count or a unit word before them ("13 tỉnh, thành ĐBSCL", "các tỉnh Tây Nguyên", not
    "vùng ĐBSCL")."""
    for m in _NAME_RE.finditer(folded, s, e):
        found = region_named(m.group(1))
        if found is None:
            continue
        abbr = _ABBR_RE.match(folded, m.end(), e)
        end = abbr.end() if abbr is not None else m.end()
        region, needs_count = found
        lo = max(s, m.start() - _BACK)
        b = _BEFORE_RE.search(folded, lo, m.start())
        start = b.start() if b is not None and b.group(0) else m.start()
        count = int(b.group("count")) if b is not None and b.group("count") else None
        collective = start < m.start()
        if needs_count and count is None:
            continue   # "các tỉnh Tây Bắc": which ones?
        if not collective and folded[s:m.start()].strip() and \
                not _BARE_BEFORE_RE.search(folded[max(s, m.start() - 12):m.start()]):
            continue   # "Đại học Tây Nguyên", "phía Tây ĐBSCL"
        if _LISTED_AFTER_RE.match(folded, end, min(e, end + 12)):
            continue   # "các tỉnh vùng ĐBSCL gồm An Giang, …"
        if units and (b is None or not (b.group("units") or count)):
            continue
        yield start, end, region, count


def _joined(text: str, start: int, end: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions joined to the region text[start:end] by a pairing word."""
    before = max((m for m in mentions if m.end <= start), key=lambda m: m.end, default=None)
    after = min((m for m in mentions if m.start >= end), key=lambda m: m.start, default=None)
    out = []
    if before is not None and _between(text, before.end, start) in LINKS:
        out.append(before)
    if after is not None and _between(text, end, after.start) in LINKS:
        out.append(after)
    return out


def add_region_parties(partners, text: str, folded: str, spans: list[tuple[int, int]],
                       mentions: list[PlaceMention]) -> None:
    """Add to ``partners`` (:class:`.partners.Partners`) the members of a region the headline
    or the lead (``spans``) joins to one of them; ``mentions`` are the places found there."""
    from .partners import Party

    chosen = {p.place.province for p in partners.parties}
    if not chosen:
        return
    for s, e in spans:
        if e <= s:
            continue
        for start, end, region, count in _regions_in(text, folded, s, e):
            party = None
            for m in _joined(text, start, end, mentions):
                place = partners.places.get(m.start)
                if place is not None and place.is_province and place.province in chosen:
                    party = place
                    break
            if party is None:
                continue
            rest = [p for p in region.members if p != party.province]
            if count is not None and count not in (len(region.members), len(rest)):
                continue   # "với 5 tỉnh ĐBSCL": some of them, not the region
            _add(partners, region, rest, start, Party)
            chosen = {p.place.province for p in partners.parties}


@functools.cache
def _member(name: str) -> Place | None:
    return resolve(name)


def _add(partners, region: Region, members: list[str], start: int, party_cls) -> None:
    provinces = list(dict.fromkeys(p.place.province for p in partners.parties))
    have = {p.place.province: p for p in partners.parties}
    added = []
    for name in members:
        if name in have:
            have[name].region = region.name
            continue
        place = _member(name)
        if place is None or place.country != VIETNAM:
            continue
        added.append(party_cls(place, place.level, start, region.name))
    if not added:
        return
    if len(provinces) == 1:
        # the pair's second: the member with the highest partner score, else the first listed
        scores = partners.scores
        best = max((p for p in added if scores.get(p.place.province, 0) > 0),
                   key=lambda p: scores[p.place.province], default=None)
        if best is not None:
            added.remove(best)
            added.insert(0, best)
    partners.parties.extend(added)
