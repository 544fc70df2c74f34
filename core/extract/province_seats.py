"""The ward that seats a merged province of 2025, where it lies in an old part other than the one
whose name the province kept (used by :mod:`.partner_places`, :mod:`.partner_venue_parts` and
:mod:`.partner_merged_sides`).

The pair is given on the map in force until 30 June 2025. A commune or ward of 2025 named as
where an occasion is, in an old part of a merged province that did not give it its name, makes
the occasion that old part's ("tại xã Bố Trạch, tỉnh Quảng Trị": old Quảng Bình). Not so at the
province's own seat: since 1 July 2025 seven provinces have their offices in the town of an old
part whose name they did not keep (Quảng Trị's in Đồng Hới, old Quảng Bình's town). There the
province's own bodies (its people's committee, its border guard, its Red Cross) sit and hold
their meetings, and an occasion held "tại phường Đồng Hới, tỉnh Quảng Trị" by "Ban Chỉ huy Bộ đội
Biên phòng tỉnh" is the province's, named as written: Quảng Trị. The ward taken is the one of
2025 at the heart of that town, named after it (after its province, for Tân An: phường Long An),
as the gazetteer of 2025 (``communes_2025``) lists it; the town of before 2025 whose name it bears
is read as the same place ("phường Đồng Hới" may be found as the city of Đồng Hới).

| province of 2025 | its seat (ward of 2025) | old part   | example (written for this table)                             | gives     |
|------------------|-------------------------|------------|--------------------------------------------------------------|-----------|
| Quảng Trị        | phường Đồng Hới         | Quảng Bình | "Ngày 3/3, tại phường Đồng Hới, tỉnh Quảng Trị, Bộ Chỉ huy   | Quảng Trị |
|                  |                         |            | Bộ đội Biên phòng tỉnh hội đàm với tỉnh Khăm Muộn"           |           |
| Tây Ninh         | phường Long An          | Long An    | "tại phường Long An, tỉnh Tây Ninh, UBND tỉnh tiếp đoàn tỉnh | Tây Ninh  |
|                  |                         |            | Svay Rieng"                                                  |           |
| Gia Lai          | phường Quy Nhơn         | Bình Định  | "tại phường Quy Nhơn, tỉnh Gia Lai, Hội Chữ thập đỏ tỉnh …"  | Gia Lai   |
| Đồng Tháp        | phường Mỹ Tho           | Tiền Giang | "tại phường Mỹ Tho, tỉnh Đồng Tháp, UBND tỉnh tiếp …"        | Đồng Tháp |
| An Giang         | phường Rạch Giá         | Kiên Giang | "tại phường Rạch Giá, tỉnh An Giang, UBND tỉnh tiếp …"       | An Giang  |
| Lào Cai          | phường Yên Bái          | Yên Bái    | "tại phường Yên Bái, tỉnh Lào Cai, UBND tỉnh tiếp …"         | Lào Cai   |
| Bắc Ninh         | phường Bắc Giang        | Bắc Giang  | "tại phường Bắc Giang, tỉnh Bắc Ninh, UBND tỉnh tiếp …"      | Bắc Ninh  |
| NOT: another ward or commune of that old part              | "tại xã Bố Trạch, tỉnh Quảng Trị", "tại    | Quảng Bình |
|                                                            | phường Đồng Thuận, tỉnh Quảng Trị"         | (as before)|
| NOT: a ward of the part that kept the name                 | "tại phường Đông Hà, tỉnh Quảng Trị"       | Quảng Trị  |
"""

from __future__ import annotations

from ..places import VIETNAM, Place
from ..places_match import COMMUNE_LEVELS

__all__ = ["SEATS", "is_seat", "names_a_seat"]

#: province of 2025 -> (the ward of 2025 that seats it, the old province that ward lies in): only
#: the seven whose seat lies outside the part whose name they kept.
SEATS: dict[str, tuple[str, str]] = {
    "Quảng Trị": ("Đồng Hới", "Quảng Bình"),
    "Tây Ninh": ("Long An", "Long An"),
    "Gia Lai": ("Quy Nhơn", "Bình Định"),
    "Đồng Tháp": ("Mỹ Tho", "Tiền Giang"),
    "An Giang": ("Rạch Giá", "Kiên Giang"),
    "Lào Cai": ("Yên Bái", "Yên Bái"),
    "Bắc Ninh": ("Bắc Giang", "Bắc Giang"),
}


def is_seat(place: Place | None) -> bool:
    """Is ``place`` the ward of 2025 that seats its merged province (the table), or the town it was
    made of ("phường Đồng Hới" may be read as the city of Đồng Hới, whose name it bears)?"""
    if place is None or place.country != VIETNAM or place.is_province:
        return False
    seat = SEATS.get(place.province_2025)
    return seat is not None and place.name == seat[0] and place.province == seat[1]


def names_a_seat(mention) -> bool:
    """Does a place mention written with a commune's level word ("phường Đồng Hới") name a seat of
    the table? (its candidate of that level)"""
    return mention.level_word in COMMUNE_LEVELS and any(
        is_seat(c) for c in mention.candidates if c.level == mention.level_word)
