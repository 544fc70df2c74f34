"""A locality's fair or festival held in another: the place it is held in is the other side, not a
venue (used by :mod:`.partners`' scores of the headline).

A headline that names a week, fair or festival after one locality and the place it is held in ("Tuần
lễ vải thiều tỉnh A tại Hà Nội", "Lễ hội B tại thành phố C") tells of A bringing its produce or its
culture to that place's people: the host market is a side (the corpus's and the labelled sets' gold
write both: a province's fruit week in the capital, a Japanese prefecture's festival in a Vietnamese
city, a foreign city's culture day in Huế). Each shape a row, with a headline written for it:

| shape                                          | example                                          | the place after "tại" |
|------------------------------------------------|--------------------------------------------------|-----------------------|
| a fair's or festival's word, then its          | "Khai mạc Tuần lễ cam sành tỉnh A tại Hà Nội"     | a side (the host)     |
| locality, right before "tại"/"ở" and the place | "Lễ hội văn hóa B tại thành phố C"                |                       |
| NOT: no such word (a meeting, a conference)    | "Hội nghị xúc tiến đầu tư tỉnh A tại TP.HCM"      | a venue               |
| the edition's year between them (late37a)      | "Tuần lễ xoài tỉnh A 2022 tại Hà Nội",            | a side (the host)     |
|                                                | "Ngày hội văn hóa tỉnh A năm 2025 tại TP.HCM"     |                       |
| NOT: words between the locality and "tại"      | "Tuần lễ nông sản tỉnh A khai mạc tại Hà Nội"     | a venue               |
| NOT: a year range between them (a period)      | "Lễ hội tỉnh A 2020-2025 tại Hà Nội"              | a venue               |
| NOT: both of one province                      | "Ngày hội du lịch huyện A tại tỉnh B" (A of B)    | a venue               |
"""

from __future__ import annotations

import re

from ..places import Place, PlaceMention
from ..scan import fast_fold

__all__ = ["FAIR_WORDS", "fair_host"]

# the words of a week, fair or festival named after a locality (folded; one example each)
FAIR_WORDS: tuple[tuple[str, str], ...] = (
    ("tuan le", "Tuần lễ nhãn lồng tỉnh A tại Hà Nội"),
    ("tuan hang", "Tuần hàng nông sản tỉnh A tại TP.HCM"),
    ("phien cho", "Phiên chợ nông sản huyện A tại Hà Nội"),
    ("hoi cho", "Hội chợ sản phẩm OCOP tỉnh A tại Đà Nẵng"),
    ("le hoi", "Lễ hội B tại thành phố C"),
    ("ngay hoi", "Ngày hội văn hóa tỉnh A tại Hà Nội"),
    ("ngay van hoa", "Ngày văn hóa B tại Huế"),
    ("festival", "Festival trái cây tỉnh A tại Cần Thơ"),
)
_FAIR_RE = re.compile(r"(?<!\w)(?:" + "|".join(w for w, _ in FAIR_WORDS) + r")(?!\w)")
# (the edition's year may stand between the locality and "tại": "tỉnh A 2022 tại", "tỉnh A năm 2025 tại"; late37a)
_AT_RE = re.compile(r"^\s*(?:(?:nam\s+)?(?:19|20)\d\d\s+)?(?:tai|o)\s+$")
_CLAUSE_END = re.compile(r"[.;!?\n]")


def fair_host(title: str, m: PlaceMention, mentions: list[PlaceMention], places: dict[int, Place]) -> bool:
    """Is ``m`` (in ``title``) the place a fair or festival named after another locality is held in:
    "<fair's word> … A tại ``m``" with A's mention right before "tại"?"""
    place = places.get(m.start)
    if place is None:
        return False
    before = [x for x in mentions if x.end <= m.start and x.start in places]
    if not before:
        return False
    a = max(before, key=lambda x: x.end)
    if places[a.start].province == place.province or not _AT_RE.match(fast_fold(title[a.end:m.start])):
        return False
    head = title[:a.start]
    cut = max((x.end() for x in _CLAUSE_END.finditer(head)), default=0)
    return _FAIR_RE.search(fast_fold(head[cut:])) is not None
