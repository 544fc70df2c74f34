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
| counted, the region| "Báo cáo kết quả liên kết của 13 tỉnh thành trong khu vực."        | the thirteen (the name   |
| understood         | "Lãnh đạo 5 tỉnh trong vùng đã thống nhất kế hoạch năm tới."       | left out: the headline's |
|                    | (round 33: the count alone, with "trong / của / thuộc" khu vực or | or lead's region, the one|
|                    | vùng and then a break or a clause word, not a name or a kind)     | of them with that count) |
| listed in the body | "Hội nghị có sự tham gia của lãnh đạo các tỉnh Kon Tum, Gia Lai,  | the members listed (three|
|                    | Đắk Lắk, Đắk Nông và Lâm Đồng"                                    | or more, in one list)    |
| NOT: a wrong count | "5 tỉnh ĐBSCL đã ký" (five of thirteen)                           | nothing added            |
| NOT: one of them   | "Gia Lai, một trong 5 tỉnh Tây Nguyên, …"                         | nothing added            |
|                    | "Cần Thơ đứng thứ 2 trong 13 tỉnh thành trong khu vực"            | nothing added            |
| NOT: another area  | "13 tỉnh trong khu vực Đông Nam Á", "13 tỉnh vùng sâu, vùng xa"   | nothing added            |
| NOT: which region? | two regions of that count named (Việt Bắc, Đông Nam Bộ: 6 each)   | nothing added            |
| NOT: another side  | the partner found is no member (Hà Nội on a Tây Nguyên page)      | nothing added            |
| NOT: no region     | the headline and lead name no region: a body list stays a list    | nothing added            |
|                    | the partner rules read or not                                     |                          |
| peoples of region  | (round 55) the headline or lead names the region by its peoples:  | the region, read as if   |
|                    | "Liên hoan cồng chiêng các dân tộc Tây Nguyên" (bare name after   | named "khu vực Tây       |
|                    | "dân tộc", "dân tộc thiểu số"); then a body count as above        | Nguyên"; body rules as   |
|                    | ("nghệ nhân đến từ 5 tỉnh Tây Nguyên")                            | above decide             |
| NOT: where it lies | "tỉnh Gia Lai ở Tây Nguyên" (no peoples before the name)          | nothing added            |

The members keep the region's name as their ``region``, as :mod:`.partner_regions` does.
"""

from __future__ import annotations

import re

from ..places import VIETNAM, find_places
from ..scan import fast_fold
from ..places_regions import region_named
from .partner_regions import _NAME_RE, _add, _regions_in

__all__ = ["REGION_BODY_SHAPES", "add_region_from_body"]

#: the ways the headline or lead names the region this module reads (name, example written for it)
REGION_BODY_SHAPES: tuple[tuple[str, str], ...] = (
    ("collective_or_area", "Liên kết phát triển du lịch khu vực Tây Nguyên"),
    ("peoples_of_region", "Liên hoan cồng chiêng các dân tộc Tây Nguyên"),
)
# the region's peoples right before its bare name: "(các) dân tộc (thiểu số)" (folded; round 55)
_PEOPLES_BEFORE_RE = re.compile(r"(?<!\w)dan toc\s+(?:thieu so\s+)?$")

_ONE_OF_RE = re.compile(r"(?<!\w)(?:mot|1)\s+trong\s+(?:cac\s+|so\s+)?$")
# what may stand between two names of one list (folded, asides dropped)
_LIST_GLUE_RE = re.compile(r"^(?:,|;|va|,\s*va|cung)?\s*(?:(?:cac\s+)?(?:tinh|thanh pho|tp\.?)\s*)?$")
_MIN_LISTED = 3
_ASIDE_RE = re.compile(r"\([^()]{0,40}\)")
# the region understood: a count, the unit words, "(trong | của | thuộc) khu vực | vùng" (folded); what
# follows is read in the text (folding makes "vùng trọng điểm" "vung trong diem")
_UNDERSTOOD_RE = re.compile(
    r"(?<![\w/])(?P<count>\d{1,2})\s+(?:tinh|dia phuong)(?:\s*,\s*thanh(?:\s+pho)?|\s+thanh(?:\s+pho)?)?"
    r"\s+(?:(?:trong|cua|thuoc)\s+)?(?:khu vuc|vung)(?!\w)")
# then a break or a word that goes on the clause ("… trong khu vực đã ký", "… trong khu vực, trong đó"),
# never a name ("khu vực Đông Nam Á") or a kind of area ("vùng sâu", "vùng trọng điểm", "khu vực biên giới")
_UNDERSTOOD_NEXT_RE = re.compile(
    r"\s*(?:$|[,.;:)\n]|(?:trong|đã|đều|cùng|và|với|có|được|đang|sẽ|về|nhằm|để|tham|ký|thống)(?!\w))")
# a count that ranks or compares one of them ("thứ 2 trong 13 tỉnh", "so với 13 tỉnh", "2/13 tỉnh")
_RANKED_RE = re.compile(r"(?:(?<!\w)trong(?:\s+(?:tong\s+)?so)?|(?<!\w)so voi|/)\s*$")


def add_region_from_body(partners, text: str, folded: str, spans: list[tuple[int, int]]) -> None:
    """When the partners are none or one, and the headline or lead (``spans``) names a region:
    its members, if the body after the lead names them with the region's count or lists three
    or more of them in one sentence."""
    if len(partners.parties) > 1:
        return
    regions: dict = {}
    named_end = len(folded)
    for s, e in spans:
        if e > s:
            for _start, end, region, _count in _regions_in(text, folded, s, e):
                regions.setdefault(region.name, region)
                named_end = min(named_end, end)
            if folded.find("dan toc", s, e) >= 0:   # the gate: the peoples' words in the span
                for end, region in _peoples_regions(folded, s, e):
                    regions.setdefault(region.name, region)
                    named_end = min(named_end, end)
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
    understood = _understood(text, folded, named_end, regions.values(), have)
    if understood is not None:
        region, start = understood
        _add(partners, region, list(region.members), start, Party)


def _peoples_regions(folded: str, s: int, e: int):
    """(end, region) of each region folded[s:e] names by its peoples ("các dân tộc Tây Nguyên"), a name
    that needs no count ("dân tộc Tây Bắc": which Tây Bắc?)."""
    for m in _NAME_RE.finditer(folded, s, e):
        found = region_named(m.group(1))
        if found is None or found[1]:
            continue
        if _PEOPLES_BEFORE_RE.search(folded, max(s, m.start() - 24), m.start()):
            yield m.end(), found[0]


def _understood(text: str, folded: str, at: int, regions, have: set[str]):
    """(region, start) of the first count after ``at`` that names the headline's or lead's region
    without its name ("13 tỉnh thành trong khu vực"): the one region named there with that many
    members, the partners found among them."""
    if "khu vuc" not in folded and "vung" not in folded:
        return None
    for m in _UNDERSTOOD_RE.finditer(folded, at):
        if not _UNDERSTOOD_NEXT_RE.match(text[m.end():m.end() + 12].lower()) or \
                _RANKED_RE.search(folded, max(0, m.start() - 16), m.start()):
            continue
        count = int(m.group("count"))
        fits = [r for r in regions if len(r.members) == count]
        if len(fits) == 1 and not have - set(fits[0].members):
            return fits[0], m.start()
    return None


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

