"""Itineraries: a chain of places a route runs through, not a group of partners (used by :mod:`.partners`)."""

from __future__ import annotations

import re

from ..places import PlaceMention
from ..scan import fold_slice
from .partner_lists import introduced

__all__ = ["ROUTE_WORDS", "WAY_WORDS", "a_route", "a_way"]

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


# A way's name: two places joined by a dash right after the word of a railway or a highway, in the
# body ("đường sắt TP.HCM – Cần Thơ cũng nằm trong quy hoạch", "tuyến cao tốc Hà Nội – Lạng Sơn"):
# the way's ends, not two partners joined (their other mentions still count). The headline and
# the lead are left alone: "Thông xe cao tốc A – B" is often the two provinces' own occasion.
# NOT: a chain without the word ("hai tỉnh Cao Bằng – Lạng Sơn ký kết"), nor "và" ("đường sắt
# nối A và B" names no way's name).
#   (folded word, example)
WAY_WORDS: tuple[tuple[str, str], ...] = (
    ("duong sat", "đường sắt TP.HCM – Cần Thơ cũng nằm trong quy hoạch của vùng"),
    ("cao toc", "tuyến cao tốc Hà Nội – Lạng Sơn đã thông xe"),
    ("quoc lo", "quốc lộ Bắc Kạn – Cao Bằng"),
)
_WAY_RE = re.compile(r"(?<!\w)(?:" + "|".join(w for w, _ in WAY_WORDS) + r")(?:\s+(?:so\s+)?\d+[a-z]?)?\s*$")
_WAY_BACK = 24


def a_way(text: str, group: list[tuple[PlaceMention, str]]) -> bool:
    """Is ``group`` two places a dash joins right after a word of :data:`WAY_WORDS` (a way's name)?"""
    if len(group) != 2 or group[1][1] != "pair":
        return False
    (a, _), (b, _) = group
    if fold_slice(text, a.end, b.start).strip(" ()") not in ("-", "–", "—"):
        return False
    return _WAY_RE.search(fold_slice(text, max(0, a.start - _WAY_BACK), a.start)) is not None
