"""A school or an airport named after its city (used by :class:`hoptac.core.places_match.Matcher`; split from it
to keep each module short).

A district's name alone is no place ("Vinh", "Quy Nhơn" may be a person, a street, a ship); but
universities and colleges are named after the city that holds them, and the corpus's convention
counts an institution as its province (a university hosting a foreign province's students stands
for its province, as "Trường Đại học Quảng Bình" or "Đại học Huế" do). So a provincial city's
name right after the words that head a school's name is that city; so is one right after the
words of an airport (round 27: the place of an occasion held on landing, :mod:`hoptac.core.extract.partner_venue_parts`):

================================================  =============================================
written                                           found
================================================  =============================================
"Trường Đại học Vinh tiếp đoàn …",                thành phố Vinh (Nghệ An), thành phố Quy
"TRƯỜNG ĐẠI HỌC QUY NHƠN", "Đại học Đà Lạt",      Nhơn (Bình Định), thành phố Đà Lạt
"Trường Cao đẳng Sư phạm Nha Trang"               (Lâm Đồng), thành phố Nha Trang (Khánh Hòa)
"Trường Đại học Hồng Bàng" (quận Hồng Bàng),      nothing: only a city (thành phố) or a town
"Đại học Tân Trào" (no place)                     (thị xã) is a school's name; a quận or huyện
                                                  of that name is another school's
"sân bay Tuy Hòa", "Cảng hàng không quốc tế Cam    thành phố Tuy Hòa (Phú Yên), thành phố Cam
Ranh" (an airport named after its city)           Ranh (Khánh Hòa)
"sân bay Phù Cát" (a huyện), "sân bay Tân Sơn     nothing: only a city or a town, as for schools
Nhất" (no place)
"Trường Đại học Kinh doanh và Công nghệ Vinh"     nothing: one field of a short list ("Sư
                                                  phạm", "Y Dược", "Kinh tế") may stand between;
                                                  a longer name is not read ("đại học Vinh" in
                                                  lower case is read the same)
"Hội CBMCG giáo hạt Cần Giờ đi thăm …" (a         huyện Cần Giờ (Hồ Chí Minh): a Catholic deanery
Catholic deanery, giáo hạt, named after the       is named after the district it covers (round 58,
district it covers; round 58)                     late58c); read only when every district-level
                                                  place of that name lies in one province
"Giáo phận Đà Lạt", "giáo xứ Tân Phú" (a diocese  nothing: a diocese covers more than its see's
crosses provinces; a parish is named after a      city (often several provinces); a parish's name
saint, a village or a commune)                    is a village's or a saint's, not read bare;
"giáo hạt Tân Phú" (quận of TP.HCM, huyện of      nothing: two provinces bear the name
Đồng Nai)
================================================  =============================================
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["church_district_level", "school_city_level"]

#: The levels a school's city may have.
_SCHOOL_CITY_LEVELS = ("thành phố", "thị xã")

#: The words that head a school's name, then up to two words of its field, right before the name
#: (folded; matched against the text before the name, ending with a space).
_SCHOOL_BEFORE = re.compile(
    r"(?<!\w)(?:dai hoc|cao dang|hoc vien)"
    r"(?:\s+(?:su pham|y duoc|y te|y|kinh te|nong lam|ky thuat|cong nghiep))?\s+$"
    # an airport ("sân bay Tuy Hòa", "Cảng hàng không quốc tế Cam Ranh")
    r"|(?<!\w)(?:san bay|cang hang khong)(?:\s+quoc te)?\s+$")


def school_city_level(text: str, folded: str, ns: int, key: str,
                      has_level: Callable[[str, str], bool]) -> str | None:
    """The level of the city named bare at ``ns`` (folded name ``key``) as a school's name, or None
    (see the table)."""
    if not text[ns].isupper() or _SCHOOL_BEFORE.search(folded, max(0, ns - 30), ns) is None:
        return None
    return next((lvl for lvl in _SCHOOL_CITY_LEVELS if has_level(key, lvl)), None)


#: The district levels a deanery's name may have.
_DEANERY_LEVELS = ("huyện", "quận", "thị xã", "thành phố")
#: The unit word right before the name (folded, a blank after it): the cheap gate and the whole test.
_DEANERY_BEFORE = ("giao hat ",)
_VIETNAM = "Việt Nam"   # places.VIETNAM (places imports the matcher that imports this module)


def church_district_level(text: str, folded: str, ns: int, ne: int, key: str,
                          lookup: Callable[[str, str | None], tuple]) -> str | None:
    """The level of the district named bare at ``ns`` as a Catholic deanery's name ("giáo hạt Cần Giờ"), when
    every district-level place of that name lies in one Vietnamese province and is written with its own marks;
    else None (see the table)."""
    if not folded.endswith(_DEANERY_BEFORE, 0, ns) or not text[ns].isupper():
        return None
    after = text[ne:ne + 3].lstrip(" \t")
    if after[:1].isupper():   # "giáo hạt Tân Sơn Nhì": a longer name goes on, not the district "Tân Sơn" (merge)
        return None
    cands = [c for c in lookup(key, "huyện") if c.level in _DEANERY_LEVELS]
    if not cands or any(c.country != _VIETNAM for c in cands) or len({c.province for c in cands}) != 1:
        return None
    written = text[ns:ne].lower()
    if not written.isascii() and all(c.name.lower() != written for c in cands):
        return None
    return cands[0].level
