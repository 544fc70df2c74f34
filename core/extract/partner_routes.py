"""Itineraries: a chain of places a route runs through, not a group of partners (used by :mod:`.partners`)."""

from __future__ import annotations

import re

from ..places import PlaceMention
from ..scan import fold_slice
from .partner_lists import introduced

__all__ = ["ROUTE_WORDS", "a_route"]

# An itinerary: three places or more chained by dashes after a word of travel, within the
# sentence ("tour “… sáu điểm đến”, Côn Minh – Mông Tự – Lào Cai – Hà Nội – Hải Phòng", "tuyến cao
# tốc Hà Nội – Hải Phòng – Hạ Long"): where the route runs, not who cooperates; its places count
# as venues. (Without such a word a chain is a group of partners: "3 tỉnh Cao Bằng - Lạng Sơn -
# Thái Nguyên"; an economic corridor's cooperation names its partners too: no "hành lang" here.
# Nor is a chain a plural or counted level word introduces, whatever stands before it: "“Ba địa
# phương – Một điểm đến”, các tỉnh Thanh Hóa – Nghệ An – Hà Tĩnh đã công bố …" names partners.)
#   (folded word, example)
ROUTE_WORDS: tuple[tuple[str, str], ...] = (
    ("tour", "tour “Một hành trình, ba điểm đến”, Hà Giang – Cao Bằng – Bắc Kạn"),
    ("diem den", "“Hai quốc gia, năm điểm đến”, Nam Ninh – Lạng Sơn – Hà Nội – Ninh Bình"),
    ("hanh trinh", "hành trình Viêng Chăn – Hà Tĩnh – Nghệ An – Thanh Hóa"),
    ("lo trinh", "theo lộ trình Phnôm Pênh – Tây Ninh – TP.HCM – Cần Thơ"),
    ("cung duong", "cung đường Hà Giang – Cao Bằng – Lạng Sơn"),
    ("cao toc", "tuyến cao tốc Hà Nội – Hải Phòng – Quảng Ninh"),
    ("quoc lo", "quốc lộ 1 qua Lạng Sơn – Bắc Giang – Bắc Ninh"),
)
_ROUTE_RE = re.compile(r"(?<!\w)(?:" + "|".join(w for w, _ in ROUTE_WORDS) + r")(?!\w)")
_ROUTE_BACK = 100


def a_route(text: str, group: list[tuple[PlaceMention, str]]) -> bool:
    if len(group) < 3 or any(kind != "pair" or fold_slice(text, a.end, b.start).strip(" ()") not in ("-", "–", "—")
                             for (a, _), (b, kind) in zip(group, group[1:])):
        return False
    start = group[0][0].start
    if introduced(text, group[0][0]):
        return False   # "các tỉnh A – B – C": a side's members, not a route
    lo = max(0, start - _ROUTE_BACK)
    stop = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    return _ROUTE_RE.search(fold_slice(text, max(lo, stop + 1), start)) is not None
