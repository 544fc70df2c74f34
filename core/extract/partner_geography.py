"""Places named as geography are no partners (used by :mod:`.partners`).

A profile of a partner often says where it lies: what it borders or what a bridge or road
joins it to ("Tỉnh A nối với tỉnh B của Lào và tỉnh C của Việt Nam qua cầu …", "phía Bắc
giáp tỉnh D"). The places named right after such a word are its neighbours, not sides of
the occasion. The words (in the sentence, at most ``_AFTER`` characters before the place,
lower-case as written: "Giáp" opens names and years; "kết nối với" is a link between
partners and is left alone):

| words                          | example (written for this table)                                 |
|--------------------------------|------------------------------------------------------------------|
| nối với                        | "tỉnh nối với Champasak của Lào và Quảng Nam qua con đường …"     |
| giáp, giáp với, giáp ranh (với) | "phía Bắc giáp tỉnh Quảng Bình, phía Nam giáp Thừa Thiên Huế"     |
| tiếp giáp (với)                | "huyện tiếp giáp với tỉnh Kon Tum"                                |
| NOT: after "là"                | "sáu tỉnh giáp với Tây Nguyên là Quảng Nam, Quảng Ngãi, …": the   |
|                                | names the neighbours themselves bear, the subject of "giáp"       |
| NOT: a border zone's two sides  | "huyện A giáp ranh với huyện B … giữa hai huyện đã ký kết quy     |
| (round 44): "giáp ranh" and the | chế phối hợp bảo vệ rừng": B is a side (the zone is the story)   |
| page counts two of the place's  | but "phía Bắc giáp tỉnh B" ("giáp" alone) and "giáp ranh với     |
| level ("hai/2 huyện")           | huyện B" on a page counting no two huyện stay neighbours          |

A distance is geography too: the place a way is measured to or from, with its kilometres, is
where the road goes, not who meets. The words (in one clause, the place at most ``_TO_AFTER``
characters after them and the kilometres at most ``_KM_AFTER`` after the place):

| shape                                     | example (written for this table)                          |
|-------------------------------------------|-----------------------------------------------------------|
| rút ngắn (quãng) đường … từ A đến B … km   | "cây cầu rút ngắn quãng đường từ Đồng Tháp đến thủ đô      |
|                                           | Viêng Chăn còn 90 km": A and B                            |
| cách B … km                               | "cửa khẩu cách thành phố Nam Ninh khoảng 180 km": B       |
| NOT: a route opened, without a distance   | "khai trương tuyến xe khách từ Lạng Sơn đến Nam Ninh": the |
| word                                      | route's ends may be its partners (left to the others)     |
| NOT: "cách" without kilometres            | "học cách Đà Nẵng quản lý đô thị"                         |

A merger told as done joins no partners either: two provinces of one unit of 2025 named in the
clause of "sáp nhập" / "hợp nhất" (also misspelt "sát nhập") after "sau" or "đã" are the merger's,
not sides of the occasion (``MERGER_WORDS``). A merger being prepared ("phương án sáp nhập tỉnh A và
tỉnh B", a meeting of both on it) is left alone: no "sau" or "đã" before the word.

| shape                                  | example (written for this table)                         |
|----------------------------------------|----------------------------------------------------------|
| after the merger, its two provinces    | "lần đầu sau khi Tuyên Quang – Hà Giang sáp nhập"        |
| NOT: another merger near a pair        | "Sau khi sáp nhập huyện A vào huyện B, tỉnh Hà Giang và tỉnh Tuyên Quang ký kết" |
| after the merger word                  | "sau khi sáp nhập tỉnh Bắc Giang và tỉnh Bắc Ninh, …"     |
| told as done                           | "tỉnh Hà Nam đã hợp nhất với Ninh Bình"                  |
| NOT: prepared                          | "Hội nghị bàn phương án sáp nhập tỉnh Hà Giang và Tuyên Quang" |

A location aside is geography too (round 44, late44d): a bracket after a gate, a post or a site that opens with
"địa bàn" tells where the thing lies, not who meets (``LOCATION_ASIDES``). Read in the body only: in the headline
and the lead such an aside may be where the sides are named (the caller passes the body's own mentions).

| shape                                  | example (written for this table)                         |
|----------------------------------------|----------------------------------------------------------|
| (địa bàn …)                            | "Cửa khẩu quốc tế Cầu Treo (địa bàn 2 tỉnh Hà Tĩnh và Bôlykhămxay, Lào)" |
| (thuộc địa bàn …)                      | "Đồn Biên phòng Pa Thơm (thuộc địa bàn huyện Điện Biên, tỉnh Điện Biên)" |
| (trên địa bàn …)                       | "điểm thông quan Km 3 (trên địa bàn xã A, tỉnh Lào Cai)"  |
| NOT: other words first                 | "(đoạn qua địa bàn tỉnh Lạng Sơn)": a border's stretch, left to the others |
| NOT: the aside still open at the line's end, or another bracket inside | |
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..places import Place, PlaceMention

__all__ = ["DISTANCE_WORDS", "LOCATION_ASIDES", "MERGER_WORDS", "NEIGHBOUR_WORDS", "distances", "located", "merged",
           "neighbours"]

#   (words as written, example)
NEIGHBOUR_WORDS: tuple[tuple[str, str], ...] = (
    ("nối với", "tỉnh nối với Champasak của Lào và Quảng Nam qua con đường mới"),
    ("giáp", "phía Bắc giáp tỉnh Quảng Bình, phía Nam giáp Thừa Thiên Huế"),
    ("tiếp giáp", "huyện tiếp giáp với tỉnh Kon Tum"),
)
_WORDS = ("nối với", "giáp")   # searched as written; "tiếp giáp", "giáp ranh với" contain them
_AFTER = 40


@lru_cache(maxsize=8)   # (the page is lowered once, not once a mention after "giáp ranh": +2% of the seeds)
def _two_sides(text: str, level: str | None) -> bool:
    """Does ``text`` count two places of ``level`` ("giữa hai huyện", "2 huyện")? (a border zone's sides)"""
    if level is None:
        return False
    low = text.lower()
    return f"hai {level}" in low or f"2 {level}" in low


def neighbours(text: str, mentions: list[PlaceMention], places: dict[int, Place]) -> set[int]:
    """The starts of the mentions named as a neighbour ("… nối với A và B qua cầu"); not the other side
    of a border zone ("giáp ranh với huyện B" on a page counting "hai huyện": the table's round-44 row)."""
    out: set[int] = set()
    for word in _WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (word == "nối với" and text.endswith("kết ", 0, at)) and (at == 0 or not text[at - 1].isalnum()) \
                    and text[end:end + 1].isspace():
                for m in mentions:
                    if m.start in places and end < m.start <= end + _AFTER and \
                            not any(c in text[end:m.start] for c in ".;:\n") and " là " not in text[end:m.start] and \
                            not (text.startswith(" ranh", end) and _two_sides(text, m.level_word)):
                        out.add(m.start)
            at = text.find(word, end)
    return out


#   (words as written, lower-case, example)
DISTANCE_WORDS: tuple[tuple[str, str], ...] = (
    ("rút ngắn", "cây cầu rút ngắn quãng đường từ Đồng Tháp đến thủ đô Viêng Chăn còn 90 km"),
    ("cách", "cửa khẩu cách thành phố Nam Ninh khoảng 180 km"),
)
_TO_AFTER = 60
_KM_AFTER = 50
_UNITS = ("km", "Km", "KM")   # as written, found with str.find (the spelled "ki-lô-mét" is rare in news: not read)
_NUMBER_BEFORE = re.compile(r"\d(?:[.,]\d+)?\s*$")


def _kilometres(text: str) -> list[int]:
    """Where each "N km" of ``text`` starts its unit (a number right before it, no letter after)."""
    out = []
    for unit in _UNITS:
        at = text.find(unit)
        while at >= 0:
            end = at + len(unit)
            if not text[end:end + 1].isalpha() and _NUMBER_BEFORE.search(text, max(0, at - 12), at):
                out.append(at)
            at = text.find(unit, end)
    return out


def distances(text: str, mentions: list[PlaceMention], places: dict[int, Place], folded: str | None = None) -> set[int]:
    """The starts of the mentions a distance is measured to or from (the second table): after
    "rút ngắn" (its "từ A đến B") or "cách", in the clause, with kilometres after the place.
    Read from the kilometres back (most pages measure no way; a page that does, a few times).
    ``folded``: the page's fold, if the caller has it (one find in its one-byte code tells whether
    "km" is written at all, cheaper than three in the page's own: most pages measure no way)."""
    out: set[int] = set()
    if folded is not None and "km" not in folded:
        return out
    for km in _kilometres(text):
        lo = max(0, km - _TO_AFTER - _KM_AFTER, *(text.rfind(c, 0, km) + 1 for c in (". ", "; ", ": ", "\n")))   # ("1.200 km")
        for word, _ in DISTANCE_WORDS:
            at = text.rfind(word, lo, km)
            end = at + len(word)
            if at < 0 or (at and text[at - 1].isalnum()) or not text[end:end + 1].isspace():
                continue
            near = [m for m in mentions if end < m.start <= end + _TO_AFTER and m.end <= km and m.start in places]
            if near and km - near[-1].end <= _KM_AFTER:
                out.update(m.start for m in near)
    return out


#   (words as written, example)
MERGER_WORDS: tuple[tuple[str, str], ...] = (
    ("sáp nhập", "lần đầu sau khi Tuyên Quang – Hà Giang sáp nhập"),
    ("hợp nhất", "tỉnh Hà Nam đã hợp nhất với Ninh Bình"),
    ("sát nhập", "sau khi sát nhập tỉnh Bắc Giang và tỉnh Bắc Ninh"),
)
_DONE = ("sau ", "sau khi ", "đã ")   # right before the word, or opening its clause within _DONE_BEFORE
_DONE_BEFORE = 50
_MERGED_NEAR = 60
_JOINED_AFTER = 16     # "sáp nhập hai tỉnh A …", "A – B sáp nhập": the word this near the pair
_JOINED_BETWEEN = 30   # "A – B", "A và tỉnh B", "A đã hợp nhất với B"


def merged(text: str, mentions: list[PlaceMention], places: dict[int, Place]) -> set[int]:
    """The starts of the mentions of two provinces of one unit of 2025 that a merger told as done
    joins: the word right before the first ("sau khi sáp nhập hai tỉnh A và B"), right after the
    second ("sau khi A – B sáp nhập") or between them ("A đã hợp nhất với B"), in one clause."""
    out: set[int] = set()
    for word, _ in MERGER_WORDS:   # (str.find: most pages tell no merger and cost three scans in C)
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            lo = max(0, at - _MERGED_NEAR, *(text.rfind(c, 0, at) + 1 for c in ".;:\n"))
            hi = min([end + _MERGED_NEAR] + [i for i in (text.find(c, end) for c in ".;:\n") if i >= 0])
            if any(d in text[max(lo, at - _DONE_BEFORE):at].lower() for d in _DONE):
                near = [m for m in mentions if lo <= m.start < hi and m.start in places]
                for a, b in zip(near, near[1:]):
                    pa, pb = places[a.start], places[b.start]
                    if pa.province != pb.province and pa.province_2025 == pb.province_2025 and (
                            end <= a.start <= end + _JOINED_AFTER or b.end <= at <= b.end + _JOINED_AFTER
                            or a.end <= at < b.start) and b.start - a.end <= _JOINED_BETWEEN:
                        out.update((a.start, b.start))
            at = text.find(word, end)
    return out


#   (the aside's opening words, lower-case as written, example)
LOCATION_ASIDES: tuple[tuple[str, str], ...] = (
    ("địa bàn", "Cửa khẩu quốc tế Cầu Treo (địa bàn 2 tỉnh Hà Tĩnh và Bôlykhămxay, Lào)"),
    ("thuộc địa bàn", "Đồn Biên phòng Pa Thơm (thuộc địa bàn huyện Điện Biên, tỉnh Điện Biên)"),
    ("trên địa bàn", "điểm thông quan Km 3 (trên địa bàn xã A, tỉnh Lào Cai)"),
)
_ASIDE_OPENINGS = tuple(w for w, _ in LOCATION_ASIDES)
_ASIDE_REACH = 80   # how far from the mention its aside may open or close


def located(text: str, mentions: list[PlaceMention], places: dict[int, Place]) -> set[int]:
    """The starts of the mentions inside a location aside ("(địa bàn 2 tỉnh A và B)", ``LOCATION_ASIDES``)."""
    out: set[int] = set()
    if "địa bàn" not in text and "Địa bàn" not in text:
        return out
    for m in mentions:
        if m.start not in places:
            continue
        opening = text.rfind("(", max(0, m.start - _ASIDE_REACH), m.start)
        if opening < 0 or ")" in text[opening:m.start] or "\n" in text[opening:m.start]:
            continue
        close = text.find(")", m.end, m.end + _ASIDE_REACH)
        if close < 0 or "(" in text[m.end:close] or "\n" in text[m.end:close]:
            continue
        if text[opening + 1:opening + 20].lstrip().lower().startswith(_ASIDE_OPENINGS):
            out.add(m.start)
    return out
