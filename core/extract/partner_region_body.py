"""A region the headline or lead names whose members the body names as the side (after
:mod:`.partner_groups` has read the headline and the lead).

The headline or the lead says the occasion is a region's ("Liên kết phát triển du lịch khu
vực Tây Nguyên", "hội nghị hợp tác vùng ĐBSCL"), the partners found are none or one of its
members (often only the venue), and the body names who took part: the members, with the
region's count or by name. Shapes (sentences written for this table):

| name               | shape (headline or lead names the region; then, in the body)    | what it gives            |
|--------------------|------------------------------------------------------------------|--------------------------|
| counted in the body| "Nhân dịp này, 5 tỉnh Tây Nguyên đã ký biên bản hợp tác"          | the five members         |
|                    | "đại diện 13 tỉnh, thành ĐBSCL đã ký kết chương trình liên kết"   | the thirteen             |
| listed in the body | "Hội nghị có sự tham gia của lãnh đạo các tỉnh Kon Tum, Gia Lai,  | the members listed (three|
|                    | Đắk Lắk, Đắk Nông và Lâm Đồng"                                    | or more, in one list)    |
| NOT: a wrong count | "5 tỉnh ĐBSCL đã ký" (five of thirteen)                           | nothing added            |
| NOT: one of them   | "Gia Lai, một trong 5 tỉnh Tây Nguyên, …"                         | nothing added            |
| NOT: another side  | the partner found is no member (Hà Nội on a Tây Nguyên page)      | nothing added            |
| NOT: no region     | the headline and lead name no region: a body list stays a list    | nothing added            |
|                    | the partner rules read or not                                     |                          |

The members keep the region's name as their ``region``, as :mod:`.partner_regions` does.
"""

from __future__ import annotations

import re

from ..places import VIETNAM, find_places
from ..scan import fast_fold
from .partner_regions import _add, _regions_in

__all__ = ["add_region_from_body"]

_ONE_OF_RE = re.compile(r"(?<!\w)(?:mot|1)\s+trong\s+(?:cac\s+|so\s+)?$")
# what may stand between two names of one list (folded, asides dropped)
_LIST_GLUE_RE = re.compile(r"^(?:,|;|va|,\s*va|cung)?\s*(?:(?:cac\s+)?(?:tinh|thanh pho|tp\.?)\s*)?$")
_MIN_LISTED = 3
_ASIDE_RE = re.compile(r"\([^()]{0,40}\)")


def add_region_from_body(partners, text: str, folded: str, spans: list[tuple[int, int]]) -> None:
    """When the partners are none or one, and the headline or lead (``spans``) names a region:
    its members, if the body after the lead names them with the region's count or lists three
    or more of them in one sentence."""
    if len(partners.parties) > 1:
        return
    regions = {}
    for s, e in spans:
        if e > s:
            for _start, _end, region, _count in _regions_in(text, folded, s, e):
                regions.setdefault(region.name, region)
    if not regions:
        return
    have = {p.place.province for p in partners.parties}
    body = max(e for _s, e in spans)
    from .partners import Party
    for region in regions.values():
        if have - set(region.members):
            continue   # another partner, not one of them
        for start, _end, found, count in _regions_in(text, folded, body, len(folded), units=True):
            if found is region and count == len(region.members) and \
                    not _ONE_OF_RE.search(folded, max(body, start - 16), start):
                _add(partners, region, list(region.members), start, Party)
                return
        listed = _listed_in_body(text, folded, body, region)
        if listed:
            _add(partners, region, list(listed), body, Party)
            return


def _listed_in_body(text: str, folded: str, body: int, region) -> tuple[str, ...]:
    """Three or more of ``region``'s members named as one list in one sentence of the body."""
    members = set(region.members)
    at, n = body, len(text)
    while at < n:
        stop = min((i for i in (folded.find(". ", at), folded.find("\n", at)) if i >= 0), default=n)
        sentence = text[at:stop]
        if sentence.strip():
            run: list[str] = []
            best: list[str] = []
            prev_end = None
            for m in find_places(sentence):
                place = m.candidates[0] if m.candidates else None
                if place is None or place.country != VIETNAM or not place.is_province \
                        or place.province not in members:
                    run, prev_end = [], None
                    continue
                if prev_end is not None and not _glued(sentence[prev_end:m.start]):
                    run = []
                if place.province not in run:
                    run.append(place.province)
                prev_end = m.end
                if len(run) > len(best):
                    best = list(run)
            if len(best) >= _MIN_LISTED:
                return tuple(best)
        at = stop + 1
    return ()


def _glued(between: str) -> bool:
    """Do only list words stand between two names ("A, B", "A và tỉnh B", "A (TP.X), B")?"""
    return _LIST_GLUE_RE.match(" ".join(_ASIDE_RE.sub(" ", fast_fold(between)).split())) is not None

