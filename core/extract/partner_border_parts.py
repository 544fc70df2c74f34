"""A merged province's border side: the old province of its part that holds the border
(used by :mod:`.events`, after :mod:`.partners`).

The pair is given on the map in force until 30 June 2025: a party named after the merger of
1 July 2025 is the old province its side lies in ("xã Điện Bàn Đông (TP Đà Nẵng)" is Quảng
Nam's, :mod:`.partner_places`). A border occasion names its Vietnamese side by the province of
2025 alone ("Bộ đội Biên phòng tỉnh Đồng Nai hội đàm với Công an tỉnh Mondulkiri"), and a
province of 2025 that kept the name of one of its old parts may hold the border through
another: Đồng Nai of 2025 borders Cambodia only through old Bình Phước. The occasion is then
that old part's.

| reading                                        | example (written for this table)                     | gives            |
|------------------------------------------------|------------------------------------------------------|------------------|
| after the merger, a unit of 2025 named at a    | "Ngày 5/12, Bộ đội Biên phòng tỉnh Đồng Nai hội đàm   | Bình Phước –     |
| border occasion with a province of a country   | với Công an tỉnh Mondulkiri về quản lý biên giới"    | Mondulkiri       |
| it borders through one old part, not the one   | (page of December 2025); "Tuyên Quang – Vân Nam tuần | (Hà Giang – Vân  |
| whose name it kept                             | tra chung biên giới" (2025)                          | Nam)             |
| NOT: both old parts border that country        | "Biên phòng tỉnh Quảng Trị (2025) với tỉnh           | Quảng Trị        |
|                                                | Savannakhet" (old Quảng Bình and Quảng Trị do)       |                  |
| NOT: the kept name's part borders it           | "tỉnh Gia Lai và tỉnh Ratanakiri hội đàm biên giới"  | Gia Lai          |
| NOT: a page of before July 2025                | "tỉnh Đồng Nai … biên giới … Mondulkiri" on a page   | Đồng Nai (as     |
|                                                | of 2024 (old Đồng Nai, a mistake of the page's)      | written)         |
| NOT: no border occasion in the headline or the | "TP Đà Nẵng ký kết hợp tác du lịch với tỉnh Sê Kông" | Đà Nẵng          |
| lead (tourism, trade: old Đà Nẵng had Lao      | (2025)                                               |                  |
| partners of its own)                           |                                                      |                  |

A page is of after the merger when its publication time is July 2025 or later (the day the
map of communes of 2025 starts: :data:`.partner_places.MERGER_DAY`) or, without one, when its
body tells it as the year's bounds read it (:func:`.year_bounds.merger_told`: "xã Tân Lập
(mới)", "chính quyền địa phương hai cấp", "tỉnh Phú Thọ sau sáp nhập") or when the headline or
the lead dates the occasion itself after June 2025 (:func:`dated_after_merger`, the second
table) or, round 36, when the geography tells it (the third table); else it is left as written.

| the headline or the lead dates the occasion  | example (written for this table)                      | after the merger |
|----------------------------------------------|-------------------------------------------------------|------------------|
| by a full date of July 2025 or later         | "Ngày 4/12/2025, Biên phòng tỉnh Lâm Đồng tiếp đoàn …" | yes              |
| by the Tết it is held for, of 2026 or later  | "… sang chúc Tết Biên phòng tỉnh Lâm Đồng nhân dịp Tết | yes              |
|                                              | Nguyên đán Đinh Mùi 2027"                             |                  |
| NOT: a full date before July 2025            | "Ngày 4/3/2025, Biên phòng tỉnh Đồng Nai …"           | no               |
| NOT: a Tết of 2025 (January 2025)            | "… nhân dịp Tết Nguyên đán Ất Tỵ 2025"                 | no               |
| NOT: a plan's horizon                        | "… hợp tác giai đoạn 2026–2030", "đến năm 2030"        | no               |
| NOT: a day and month alone                   | "Ngày 10/12, Biên phòng tỉnh Đồng Nai …"              | no               |

Round 36 (``NAMESAKE_NEVER_BORDERED``): a border the province's old self never had is itself the
sign of the merger. Only the unit of 2025 holds a border its old namesake never had (old Đà Nẵng
never bordered Laos, old Đồng Nai never Cambodia, old Tuyên Quang never China), so a page with no
publication time that names such a province's side at a border occasion with that country (its
border guard meeting that country's unit) is of after the merger, and the side is the one old
part that did border it (:func:`border_part`: exactly one; the kept name's part not among them).
The headline or the lead must name the province's own border unit (``UNIT_WORDS``).

| reading (page with no publication time)       | example (written for this table)                      | gives            |
|-----------------------------------------------|-------------------------------------------------------|------------------|
| a border occasion of a province of 2025 with a | "Biên phòng Đà Nẵng – Sê Kông ký kết kết nghĩa đồn    | Quảng Nam –      |
| country its old namesake never bordered        | biên phòng" (old Đà Nẵng had no Lao border)           | Sê Kông          |
|                                               | "Bộ đội Biên phòng tỉnh Tuyên Quang tuần tra chung    | Hà Giang – Vân   |
|                                               | với Công an Vân Nam"                                  | Nam              |
| NOT: the headline or the lead names no border  | "TP Đà Nẵng ký kết hợp tác du lịch với tỉnh Sê Kông"  | Đà Nẵng          |
| unit of the province (``UNIT_WORDS``): trade, | "Champasak … nối với Stung Treng của Campuchia … qua  | Đà Nẵng          |
| tourism, a twinning, a partner's own gates    | các cửa khẩu. Quan hệ với Đà Nẵng: …"                 |                  |
| NOT: the old namesake had that border         | "tỉnh Gia Lai và tỉnh Ratanakiri hội đàm biên giới"   | Gia Lai          |
| NOT: the headline or the lead dates it before | "Ngày 10/12/2024, Biên phòng tỉnh Đồng Nai hội đàm    | Đồng Nai (as     |
| July 2025 (:func:`dated_before_merger`: a full | với Công an tỉnh Mondulkiri" (the page's mistake);    | written)         |
| date, or the Tết it is held for of 2025)       | "… chúc Tết … nhân dịp Tết Nguyên đán Ất Tỵ 2025"      |                  |
| NOT: two old parts had that border             | "Biên phòng tỉnh Quảng Trị với tỉnh Savannakhet"      | Quảng Trị        |
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from functools import cache

from ..places import VIETNAM, Place, all_partners, units_2025
from .partner_places import MERGER_DAY

__all__ = ["BORDERS", "BORDER_WORDS", "NAMESAKE_NEVER_BORDERED", "UNIT_WORDS", "border_part", "border_parts", "dated_after_merger",
           "dated_before_merger", "namesake_never_bordered", "swap_parts", "unit_parts"]

#: Round 36's rule, by name (the third table): a province of 2025 at a border occasion with a
#: country its old namesake never bordered is the old part that did (a page with no publication time).
NAMESAKE_NEVER_BORDERED = "namesake-never-bordered"

#: The old provinces (the map until 30 June 2025) on the land border with each neighbour, a fact
#: of geography: the border provinces of the Vietnam–China, Vietnam–Laos and Cambodia–Vietnam
#: borders (Vietnamese Wikipedia, "Biên giới Việt Nam – Trung Quốc", "Biên giới Việt Nam – Lào",
#: "Biên giới Campuchia – Việt Nam": 7, 10 and 10 provinces).
BORDERS: dict[str, frozenset[str]] = {
    "Trung Quốc": frozenset({"Điện Biên", "Lai Châu", "Lào Cai", "Hà Giang", "Cao Bằng", "Lạng Sơn",
                             "Quảng Ninh"}),
    "Lào": frozenset({"Điện Biên", "Sơn La", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị",
                      "Thừa Thiên Huế", "Quảng Nam", "Kon Tum"}),
    "Campuchia": frozenset({"Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Bình Phước", "Tây Ninh", "Long An",
                            "Đồng Tháp", "An Giang", "Kiên Giang"}),
}

#: Words of a border occasion, folded (each with an example written for this table); looked for
#: in the headline and the lead as plain substrings.
BORDER_WORDS: tuple[tuple[str, str], ...] = (
    ("bien gioi", "hội đàm công tác quản lý, bảo vệ biên giới"),
    ("bien phong", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh A"),
    ("cua khau", "trao đổi về việc nâng cấp cửa khẩu B"),
    ("tuan tra", "tổ chức tuần tra song phương trên tuyến biên giới"),
    ("moc quoc gioi", "kiểm tra hệ thống mốc quốc giới"),
    ("cot moc", "phối hợp bảo vệ cột mốc số 12"),
)


@cache
def _old_provinces() -> dict[str, Place]:
    return {p.name: p for p in all_partners() if p.country == VIETNAM and p.is_province}


@cache
def unit_parts() -> dict[str, tuple[str, ...]]:
    """Each unit of 2025 -> the old provinces it took in (cached)."""
    return {k: tuple(v) for k, v in units_2025().items()}


def border_part(place: Place, countries: set[str]) -> Place | None:
    """The old province through which ``place`` (a province-level unit of 2025 named by the name
    of one of its old parts) borders every one of ``countries``, when that is one old part and not
    the one it is named as; else None. ``border_part(Đồng Nai, {"Campuchia"})`` is Bình Phước;
    ``border_part(Quảng Trị, {"Lào"})`` None (both its old parts border Laos)."""
    if place.country != VIETNAM or not place.is_province or not countries:
        return None
    parts = unit_parts().get(place.province_2025, ())
    if place.province not in parts or len(parts) < 2:
        return None
    found: set[str] = set()
    for country in countries:
        on = {p for p in parts if p in BORDERS.get(country, ())}
        if len(on) != 1:
            return None
        found |= on
    if len(found) != 1 or place.province in found:
        return None
    return _old_provinces().get(found.pop())


def namesake_never_bordered(place: Place, countries: set[str]) -> bool:
    """Did the old province whose name ``place`` (a province of 2025) carries border none of
    ``countries``, while another old part of its unit did? (the third table: old Đà Nẵng and Laos)"""
    parts = unit_parts().get(place.province_2025, ())
    return (place.country == VIETNAM and place.is_province and len(parts) >= 2 and place.province in parts
            and bool(countries) and not any(place.province in BORDERS.get(c, ()) for c in countries)
            and all(any(p in BORDERS.get(c, ()) for p in parts) for c in countries))


def border_parts(partners, folded: str, spans: list[tuple[int, int]], published: _dt.datetime | None,
                 merger_told: Callable[[], bool] = lambda: False,
                 dated_before: Callable[[], bool] = lambda: False) -> None:
    """Give each Vietnamese party of a border occasion after the merger the old province of its
    unit that holds the border with the foreign parties' country (the first table).
    ``merger_told``: whether the text tells it is of after the merger, asked last and only where
    the page has no publication time. Without one, a border its old namesake never had is the sign
    itself (``NAMESAKE_NEVER_BORDERED``, the third table) unless ``dated_before``: the headline or
    the lead dates the occasion before July 2025."""
    if published is not None and (published.year, published.month) < (MERGER_DAY.year, MERGER_DAY.month):
        return
    countries = {p.place.country for p in partners.parties if p.place.country in BORDERS}
    if not countries:
        return
    swaps = {p.place.province: q for p in partners.parties if (q := border_part(p.place, countries)) is not None}
    if not swaps or not any(w in folded[a:b] for a, b in spans for w, _ in BORDER_WORDS):
        return
    if published is None and not merger_told():
        # round 36: a border the province's old self never had tells the merger (old Đà Nẵng and Laos)
        sign = all(namesake_never_bordered(p.place, countries) for p in partners.parties
                   if p.place.is_province and p.place.province in swaps)
        if not sign or not _unit_named(folded, spans, partners.places, swaps) or dated_before():
            return
    swap_parts(partners, swaps)


#: The province's own border unit, folded, as the third table asks for it: the word, then the
#: province's name, with at most its level between ("Bộ đội Biên phòng thành phố Đà Nẵng", "BĐBP tỉnh Đồng Nai",
#: "Biên phòng Đà Nẵng"). A border gate ("cửa khẩu") or a border ("biên giới") alone is not enough:
#: a partner's profile tells its own gates ("Champasak … nối với Stung Treng … qua các cửa khẩu").
UNIT_WORDS: tuple[tuple[str, str], ...] = (
    ("bien phong", "Bộ đội Biên phòng thành phố Đà Nẵng"),
    ("bdbp", "BĐBP tỉnh Đồng Nai"),
)
#: What may stand between the word and the province's name, folded: nothing or its level.
_UNIT_GAPS = frozenset({"", "tinh", "thanh pho", "tp"})


#: A further name of the unit's list ("Đồn Biên phòng tỉnh Cao Bằng, Tuyên Quang": the posts of two provinces; round
#: 37, late37b): the list's names before it, each a Vietnamese province's, joined by commas.
_LIST_GAP = re.compile(r"\s*((?:(?:tinh|thanh pho|tp)\s+)?((?:[a-z]+ ){0,3}[a-z]+))\s*,\s*")


def _unit_gap(folded: str, end: int, at: int, places: dict) -> bool:
    """Does only the province's level, or a list of other provinces (each named where ``places`` has one),
    stand between the unit word (ending at ``end``) and the province named at ``at``?"""
    if folded[end:at].strip(" .") in _UNIT_GAPS:
        return True
    i = end
    while i < at:
        m = _LIST_GAP.match(folded, i, at)
        if m is None:
            return False
        q = places.get(m.start(1)) or places.get(m.start(2))   # (a mention starts at its level word)
        if q is None or not q.is_province or q.country != VIETNAM:
            return False
        i = m.end()
    return i == at and folded[end:at].count(",") <= 3


def _unit_named(folded: str, spans: list[tuple[int, int]], places: dict, swaps: dict[str, Place]) -> bool:
    """Does the headline or the lead name the border unit of a province to be swapped (``UNIT_WORDS``)?"""
    starts = [at for at, q in places.items() if q.is_province and q.province in swaps]
    for a, b in spans:
        for word, _ in UNIT_WORDS:
            i = folded.find(word, a, b)
            while i >= 0:
                end = i + len(word)
                if any(end <= at < b and _unit_gap(folded, end, at, places) for at in starts):
                    return True
                i = folded.find(word, end, b)
    return False


def dated_before_merger(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does the headline or the lead (``spans`` of ``text``) date the occasion before July 2025, by a
    full date ("Ngày 10/12/2024, …") or the Tết it is held for of 2025 or earlier ("… nhân dịp Tết
    Nguyên đán Ất Tỵ 2025": January 2025)? (the third table's guard; a day and month alone, a plan's
    years say nothing)"""
    from .dates import find_dates
    from .year_names import spring_cues
    for a, b in spans:
        if b <= a:
            continue
        part = text[a:b]
        if any(d.kind == "date" and d.month is not None and d.year is not None
               and (d.year, d.month) < (MERGER_DAY.year, MERGER_DAY.month) for d in find_dates(part)):
            return True
        if any(c.name == "spring" and c.year <= MERGER_DAY.year for c in spring_cues(part)):
            return True
    return False


def dated_after_merger(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does the headline or the lead (``spans`` of ``text``) date the occasion after June 2025 (the
    second table): a full date of July 2025 or later, or the Tết it is held for of 2026 or later? A
    plan's years and a day without its year say nothing. Read only for a page with no publication
    time whose parties would be swapped (cheap: the spans are a few hundred characters)."""
    from .dates import find_dates
    from .year_names import spring_cues
    for a, b in spans:
        if b <= a:
            continue
        part = text[a:b]
        if any(d.kind == "date" and d.month is not None and d.year is not None
               and (d.year, d.month) >= (MERGER_DAY.year, MERGER_DAY.month) for d in find_dates(part)):
            return True   # "Ngày 4/12/2025, …"
        if any(c.name == "spring" and c.year > MERGER_DAY.year for c in spring_cues(part)):
            return True   # "… nhân dịp Tết Nguyên đán Bính Ngọ 2026" (a Tết told as coming is "spring_ahead")
    return False


def swap_parts(partners, swaps: dict[str, Place]) -> None:
    """Give each province-level party named in ``swaps`` (by its name) the old province it maps to,
    in the parties (once each), the mentions' places and the scores (also :mod:`.partner_venue_parts`)."""
    kept: list = []
    seen: set[str] = set()
    for p in partners.parties:
        q = swaps.get(p.place.province) if p.place.is_province else None
        if q is not None:
            p.place, p.level = q, q.level
        if p.place.province not in seen or p.region:
            kept.append(p)
            seen.add(p.place.province)
    partners.parties[:] = kept
    for at, place in list(partners.places.items()):
        if place.is_province and place.province in swaps:
            partners.places[at] = swaps[place.province]
    for old, q in swaps.items():
        if old in partners.scores:
            partners.scores[q.province] = partners.scores.get(q.province, 0.0) + partners.scores.pop(old)
