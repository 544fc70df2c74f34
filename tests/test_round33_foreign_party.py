"""Round 33 (foreign33): which foreign party a page's pair names, and a foreign name found again.

The convention (docs/accuracy.md, "Round 33: foreign33"): a district, county, city or prefecture
abroad that the page places in its first-level region -- across the border always (the
gazetteer's FOREIGN_LOCALITIES), elsewhere where the region is named beside it -- is its region
in the pair; a city named alone, or a county whose region the page names as another party, is
itself. Sentences are our own, written in the shapes the pages use.
"""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.places import find_places


def _foreign(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.candidates[0].name) for m in find_places(text) if m.candidates[0].country != "Việt Nam"]


# --- a foreign name found again is not a person's name ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the prefecture named with its level word; later a Vietnamese official of the same given names
    ("Đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam – Trung Quốc sang thăm Hà Giang. Đồng chí Nguyễn Văn Sơn, "
     "Chủ tịch UBND tỉnh, tiếp đoàn.",
     [("châu Văn Sơn", "Văn Sơn"), ("tỉnh Vân Nam", "Vân Nam")]),
    ("Huyện Kim Bình, tỉnh Vân Nam (Trung Quốc) cử đoàn sang thăm. Bà Nguyễn Kim Bình phát biểu chào mừng.",
     [("Huyện Kim Bình", "Kim Bình"), ("tỉnh Vân Nam", "Vân Nam")]),
])
def test_a_foreign_name_inside_a_persons_name_is_no_place(text, expected):
    assert _foreign(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ... but standing alone it is the place again: after a dash, at a sentence's start, after "và"
    ("Hội đàm Hà Giang – Văn Sơn. Đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam (Trung Quốc) sang thăm.",
     [("Văn Sơn", "Văn Sơn"), ("châu Văn Sơn", "Văn Sơn"), ("tỉnh Vân Nam", "Vân Nam")]),
    ("Đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam (Trung Quốc) sang thăm. Văn Sơn và Hà Giang ký biên bản.",
     [("châu Văn Sơn", "Văn Sơn"), ("tỉnh Vân Nam", "Vân Nam"), ("Văn Sơn", "Văn Sơn")]),
])
def test_a_foreign_name_standing_alone_is_found_again(text, expected):
    assert _foreign(text) == expected


# --- the pair: a locality abroad and its region ------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    # a prefecture across the border, acting, with its province beside it: the province
    ("Hội đàm giữa tỉnh Hà Giang và châu Văn Sơn\n\nNgày 2/8/2016, Đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam "
     "(Trung Quốc) đã hội đàm với Đoàn đại biểu tỉnh Hà Giang.\n", ["Hà Giang", "Vân Nam"]),
    # a county-level city across the border, named alone: still its province (FOREIGN_LOCALITIES)
    ("Thông xe cầu nối Móng Cái và Đông Hưng\n\nNgày 19/3/2020, lễ thông xe cầu nối thành phố Móng Cái "
     "(Quảng Ninh) với thành phố Đông Hưng (Trung Quốc) đã diễn ra.\n", ["Quảng Ninh", "Quảng Tây"]),
    # a Japanese city with its prefecture beside it: the prefecture
    ("Đà Nẵng ký kết hợp tác với thành phố Kisarazu\n\nChiều 26/7/2018, Chủ tịch UBND thành phố Đà Nẵng và "
     "Thị trưởng thành phố Kisarazu (tỉnh Chiba, Nhật Bản) đã ký bản ghi nhớ hợp tác.\n", ["Chiba", "Đà Nẵng"]),
    # ... named alone, with its country only: the city itself
    ("Đà Nẵng ký kết hợp tác với thành phố Kisarazu\n\nChiều 26/7/2018, Chủ tịch UBND thành phố Đà Nẵng và "
     "Thị trưởng thành phố Kisarazu (Nhật Bản) đã ký bản ghi nhớ hợp tác.\n", ["Kisarazu", "Đà Nẵng"]),
    # a foreign province acting, a city of it only the venue: the province
    ("Quảng Ninh làm việc với Quảng Tây\n\nNgày 10/3/2023, tại thành phố Nam Ninh, Đoàn đại biểu tỉnh Quảng Ninh "
     "đã hội đàm với lãnh đạo Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc).\n", ["Quảng Ninh", "Quảng Tây"]),
])
def test_the_pair_names_the_foreign_region(text, pair):
    assert sorted(main_event(text)["pair"]) == pair


def test_a_vietnamese_city_named_like_a_foreign_person_stays_vietnamese():
    # a Vietnamese city of the same level word is never read as foreign
    ev = main_event("Thành phố Lào Cai đón đoàn châu Hồng Hà\n\nNgày 5/1/2024, thành phố Lào Cai đón Đoàn đại biểu "
                    "châu Hồng Hà, tỉnh Vân Nam (Trung Quốc) sang chúc Tết.\n")
    assert sorted(ev["pair"]) == ["Lào Cai", "Vân Nam"]
    assert any(p.get("country") is None or p.get("country") == "Việt Nam" for p in ev["parties"] if p["name"] == "Lào Cai")


@pytest.mark.parametrize("text, party", [
    # a city the gazetteer does not know, before its prefecture and country: kept, in that region
    ("Đà Nẵng ký kết hợp tác với Kisazaru\n\nChiều 26/7/2018, Chủ tịch UBND thành phố Đà Nẵng và Thị trưởng "
     "thành phố Kisazaru (tỉnh Chiba, Nhật Bản) đã ký bản ghi nhớ hợp tác.\n",
     ("Kisazaru", "Chiba", "Nhật Bản")),
    # a county inside a prefecture inside a province: the county, in the province
    ("Hội đàm giữa huyện Si Ma Cai và huyện Mã Quan\n\nNgày 12/8/2023, Đoàn đại biểu huyện Mã Quan, châu Văn Sơn, "
     "tỉnh Vân Nam (Trung Quốc) đã hội đàm với huyện Si Ma Cai (Lào Cai).\n",
     ("Mã Quan", "Vân Nam", "Trung Quốc")),
])
def test_the_party_keeps_the_locality_in_its_region(text, party):
    ev = main_event(text)
    foreign = [(p["name"], p["province"], p.get("country")) for p in ev["parties"] if p.get("country")]
    assert foreign == [party]
    assert party[1] in ev["pair"]
