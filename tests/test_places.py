"""Tests of the gazetteer (hoptac.core.places) and of place finding in text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hoptac.core import places as P
from hoptac.core.places import (
    Place, all_partners, find_places, lookup, province_of, provinces, resolve, to_2025, units_2025,
)
from hoptac.core.places_match import split_level
from hoptac.core.scan import fast_fold
from hoptac.core.text import fold

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

THE_63 = """An Giang|Bà Rịa - Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|Bình Dương|
Bình Phước|Bình Thuận|Cà Mau|Cần Thơ|Cao Bằng|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|
Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hồ Chí Minh|Hưng Yên|
Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|
Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|
Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|
Vĩnh Phúc|Yên Bái"""
THE_63 = [n.strip() for n in THE_63.split("|")]
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}


def mentions(text: str) -> list[tuple[str, str | None, str, str]]:
    """(surface, level word, best name, its level) of each mention."""
    return [(m.surface, m.level_word, m.candidates[0].name, m.candidates[0].level) for m in find_places(text)]


def best(text: str) -> Place:
    found = find_places(text)
    assert len(found) == 1, found
    return found[0].candidates[0]


# --- the data ----------------------------------------------------------------------------

def test_the_63_provinces_and_ha_tay():
    assert len(THE_63) == 63
    assert sorted(provinces()) == sorted(THE_63 + ["Hà Tây"])
    assert provinces() == sorted(provinces(), key=lambda n: (fold(n), n))


def test_province_kinds():
    for name in THE_63:
        place = resolve(name)
        assert place is not None and place.name == name and place.is_province
        assert place.province == name and place.country == "Việt Nam"
        assert place.level == ("thành phố" if name in CENTRAL_CITIES else "tỉnh"), name


def test_34_units_of_2025():
    units = units_2025()
    assert len(units) == 34
    absorbed = [old for olds in units.values() for old in olds]
    assert sorted(absorbed) == sorted(THE_63 + ["Hà Tây"])  # each old unit exactly once
    for name in THE_63:
        assert to_2025(name) in units and name in units[to_2025(name)]
    unchanged = {k for k, v in units.items() if len(v) == 1}
    assert unchanged == {"Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
                         "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"}
    assert units["Hà Nội"] == ["Hà Nội", "Hà Tây"]


@pytest.mark.parametrize("old, new", [
    ("Yên Bái", "Lào Cai"), ("Lào Cai", "Lào Cai"), ("Thái Bình", "Hưng Yên"), ("Hưng Yên", "Hưng Yên"),
    ("Hà Nội", "Hà Nội"), ("Hà Tây", "Hà Nội"), ("Thừa Thiên Huế", "Huế"), ("Hà Giang", "Tuyên Quang"),
    ("Bình Dương", "Hồ Chí Minh"), ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"), ("Quảng Nam", "Đà Nẵng"),
    ("Kon Tum", "Quảng Ngãi"), ("Hòa Bình", "Phú Thọ"), ("Hải Dương", "Hải Phòng"), ("Bắc Kạn", "Thái Nguyên"),
    ("Phú Yên", "Đắk Lắk"), ("Long An", "Tây Ninh"), ("Sóc Trăng", "Cần Thơ"),
    # aliases, districts and foreign partners
    ("yen bai", "Lào Cai"), ("Huế", "Huế"), ("TP.HCM", "Hồ Chí Minh"), ("thành phố Thái Bình", "Hưng Yên"),
    ("Luang Prabang", "Luông Pha Bang"), ("Vân Nam", "Vân Nam"), ("nowhere", None),
])
def test_to_2025(old, new):
    assert to_2025(old) == new


def test_ha_tay_is_historical_province_of_ha_noi():
    ha_tay = resolve("Hà Tây")
    assert ha_tay.is_province and ha_tay.province == "Hà Tây" and ha_tay.province_2025 == "Hà Nội"
    assert resolve("tỉnh Hà Tây") == ha_tay


# --- names, aliases, accents -------------------------------------------------------------

@pytest.mark.parametrize("written, canonical", [
    ("Lào Cai", "Lào Cai"), ("lao cai", "Lào Cai"), ("Lao Cai", "Lào Cai"), ("Lào cai", "Lào Cai"),
    ("LÀO CAI", "Lào Cai"), ("  lào   cai ", "Lào Cai"),
    ("Hoà Bình", "Hòa Bình"), ("Hòa Bình", "Hòa Bình"), ("hoa binh", "Hòa Bình"),
    ("Thanh Hoá", "Thanh Hóa"), ("Khánh Hoà", "Khánh Hòa"),
    ("TP.HCM", "Hồ Chí Minh"), ("TP. HCM", "Hồ Chí Minh"), ("TPHCM", "Hồ Chí Minh"),
    ("TP HCM", "Hồ Chí Minh"), ("TP. Hồ Chí Minh", "Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("Sài Gòn", "Hồ Chí Minh"), ("sai gon", "Hồ Chí Minh"), ("Hồ Chí Minh", "Hồ Chí Minh"),
    ("Huế", "Thừa Thiên Huế"), ("thành phố Huế", "Thừa Thiên Huế"), ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ("Thủ đô Hà Nội", "Hà Nội"), ("thành phố Hà Nội", "Hà Nội"),
    ("Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Đăk Lăk", "Đắk Lắk"), ("Đắc Lắc", "Đắk Lắk"), ("dak lak", "Đắk Lắk"),
    ("Đăk Nông", "Đắk Nông"), ("Đắc Nông", "Đắk Nông"), ("Kontum", "Kon Tum"), ("Bắc Cạn", "Bắc Kạn"),
])
def test_province_aliases(written, canonical):
    place = resolve(written)
    assert place is not None and place.is_province and place.name == canonical


def test_former_districts_come_after_current_ones():
    assert [(p.province, p.level) for p in lookup("huyện Kỳ Sơn")] == [("Nghệ An", "huyện"), ("Hòa Bình", "huyện")]
    assert [p.level for p in lookup("Sa Pa")] == ["thị xã", "huyện"]
    assert [p.level for p in lookup("huyện Sa Pa")] == ["huyện", "thị xã"]


def test_resolve_unknown_and_ambiguous():
    assert resolve("Atlantis") is None
    assert resolve("") is None
    assert resolve("Châu Thành", "huyện") is None  # ten provinces have one
    assert len(lookup("Châu Thành", "huyện")) == 10
    assert province_of("Châu Thành") is None


def test_city_and_province_of_the_same_name():
    province, city = resolve("Lào Cai"), resolve("Lào Cai", "thành phố")
    assert province.is_province and province.level == "tỉnh"
    assert not city.is_province and city.level == "thành phố" and city.province == "Lào Cai"
    assert resolve("TP Lào Cai") == city == resolve("thành phố Lào Cai")
    assert resolve("Lào Cai", "tỉnh") == province
    assert lookup("thành phố Lào Cai")[:2] == (city, province)
    # a centrally-run city is province-level
    assert resolve("thành phố Hà Nội").is_province


@pytest.mark.parametrize("written, name, level, province", [
    ("thành phố Yên Bái", "Yên Bái", "thành phố", "Yên Bái"),
    ("thành phố Lào Cai", "Lào Cai", "thành phố", "Lào Cai"),
    ("TP.Việt Trì", "Việt Trì", "thành phố", "Phú Thọ"),
    ("thành phố Thái Bình", "Thái Bình", "thành phố", "Thái Bình"),
    ("thị xã Sa Pa", "Sa Pa", "thị xã", "Lào Cai"),
    ("Sa Pa", "Sa Pa", "thị xã", "Lào Cai"),
    ("huyện Sa Pa", "Sa Pa", "huyện", "Lào Cai"),  # before 2019
    ("huyện Bảo Yên", "Bảo Yên", "huyện", "Lào Cai"),
    ("huyện Văn Yên", "Văn Yên", "huyện", "Yên Bái"),
    ("huyện Bát Xát", "Bát Xát", "huyện", "Lào Cai"),
    ("huyện Bát Sát", "Bát Xát", "huyện", "Lào Cai"),  # a spelling of the package's keywords
    ("quận Hoàn Kiếm", "Hoàn Kiếm", "quận", "Hà Nội"),
    ("Quận 1", "Quận 1", "quận", "Hồ Chí Minh"),
    ("quận 2", "Quận 2", "quận", "Hồ Chí Minh"),  # in Thủ Đức since 2021
    ("huyện Kỳ Sơn", "Kỳ Sơn", "huyện", "Nghệ An"),  # Hòa Bình's (before 2019) comes second
    ("thành phố Huế", "Thừa Thiên Huế", "tỉnh", "Thừa Thiên Huế"),
    ("Tĩnh Gia", "Tĩnh Gia", "huyện", "Thanh Hóa"),  # "Tĩnh" is not the level word "tỉnh"
])
def test_districts_and_cities(written, name, level, province):
    place = resolve(written)
    assert (place.name, place.level, place.province) == (name, level, province)
    assert place.province_2025 == to_2025(province)
    assert province_of(written) == province


def test_every_place_round_trips():
    g = P._gazetteer()
    for place in all_partners():
        assert resolve(place.name) == place or place.name in ("Viêng Chăn", "Sofia"), place   # bare: the capital
        assert resolve(place.name, place.level) == place
    for entries in g.index.values():
        for e in entries:
            assert e.place in lookup(e.place.name, e.place.level)


# --- foreign partners ----------------------------------------------------------------------

def test_foreign_partner_counts():
    foreign = [p for p in all_partners() if p.country != "Việt Nam"]
    by_country = {c: sum(p.country == c for p in foreign) for c in {p.country for p in foreign}}
    # every ISO 3166-2 subdivision of the partner countries (China without Taiwan; the
    # Philippines' provinces; France's regions and departments; the states of the United
    # States, Australia and Germany, the provinces of Cuba and Mongolia, Myanmar's regions,
    # Russia's federal subjects; India's states and union territories, Canada's provinces and
    # territories, New Zealand's regions, Kazakhstan's regions and cities; the capitals of Belarus,
    # Indonesia, North Korea, Hungary and Czechia, Malaysia's federal territories; round 19: Italy's
    # regions, Belarus's oblasts but Minsk's, which would take the capital's name, the Philippines' capital region;
    # round 20: Argentina's provinces but Buenos Aires (the capital's name) and Formosa (a steel works' name))
    assert by_country == {"Lào": 18, "Campuchia": 25, "Trung Quốc": 33, "Thái Lan": 78, "Nhật Bản": 47,
                          "Hàn Quốc": 17, "Philippines": 83, "Pháp": 110, "Hoa Kỳ": 50, "Australia": 8,
                          "Đức": 16, "Cuba": 16, "Mông Cổ": 22, "Myanmar": 15, "Nga": 83, "Bungari": 28,
                          "Ấn Độ": 36, "Canada": 13, "New Zealand": 17, "Kazakhstan": 20, "Belarus": 6,
                          "Italia": 20, "Indonesia": 1, "Triều Tiên": 1, "Hungary": 1, "Séc": 1, "Malaysia": 3,
                          "Argentina": 21}
    for p in foreign:
        assert p.is_province and p.province == p.name == p.province_2025
        assert to_2025(p.name) == p.name and resolve(p.name, p.level) == p
    # bare "Viêng Chăn" is the capital; the province needs its level word
    assert province_of("Viêng Chăn") == "Thủ đô Viêng Chăn" and province_of("tỉnh Viêng Chăn") == "Viêng Chăn"


@pytest.mark.parametrize("written, canonical, country", [
    ("Thủ đô Viêng Chăn", "Thủ đô Viêng Chăn", "Lào"), ("Vientiane", "Thủ đô Viêng Chăn", "Lào"),
    ("Viêng Chăn", "Thủ đô Viêng Chăn", "Lào"), ("tỉnh Viêng Chăn", "Viêng Chăn", "Lào"),
    ("Luông Pha Bang", "Luông Pha Bang", "Lào"), ("Luang Prabang", "Luông Pha Bang", "Lào"),
    ("Luông Prabang", "Luông Pha Bang", "Lào"), ("Xiêng Khoảng", "Xiêng Khoảng", "Lào"),
    ("Xieng Khouang", "Xiêng Khoảng", "Lào"), ("Xa-va-na-khệt", "Xa-va-na-khệt", "Lào"),
    ("Xa va na khệt", "Xa-va-na-khệt", "Lào"), ("Xavanakhệt", "Xa-va-na-khệt", "Lào"),
    ("Savannakhet", "Xa-va-na-khệt", "Lào"), ("Savanakhet", "Xa-va-na-khệt", "Lào"),
    ("Xavannakhet", "Xa-va-na-khệt", "Lào"), ("Chăm-pa-sắc", "Chăm-pa-sắc", "Lào"),
    ("Chăm Pa Sắc", "Chăm-pa-sắc", "Lào"), ("Champasak", "Chăm-pa-sắc", "Lào"),
    ("Hủa Phăn", "Hủa Phăn", "Lào"), ("Houaphanh", "Hủa Phăn", "Lào"), ("Bò Kẹo", "Bò Kẹo", "Lào"),
    ("Bokeo", "Bò Kẹo", "Lào"), ("Phông Xa Lỳ", "Phông Sa Lỳ", "Lào"), ("Phongsaly", "Phông Sa Lỳ", "Lào"),
    ("U Đôm Xay", "U Đôm Xay", "Lào"), ("Oudomxay", "U Đôm Xay", "Lào"),
    ("Luổng Nậm Thà", "Luổng Nậm Thà", "Lào"), ("Luang Namtha", "Luổng Nậm Thà", "Lào"),
    ("Xay-nhạ-bu-ly", "Xay-nhạ-bu-ly", "Lào"), ("Sainyabuli", "Xay-nhạ-bu-ly", "Lào"),
    ("Bo-ly-khăm-xay", "Bo-ly-khăm-xay", "Lào"), ("Bolikhamxai", "Bo-ly-khăm-xay", "Lào"),
    ("Khăm Muồn", "Khăm Muồn", "Lào"), ("Khammouane", "Khăm Muồn", "Lào"),
    ("Xa-la-van", "Salavan", "Lào"), ("Salavan", "Salavan", "Lào"), ("Xê Kông", "Xê Kông", "Lào"),
    ("Sekong", "Xê Kông", "Lào"), ("Át-tạ-pư", "Át-tạ-pư", "Lào"), ("Attapeu", "Át-tạ-pư", "Lào"),
    ("Xay-xổm-bun", "Xay-xổm-bun", "Lào"), ("Xaisomboun", "Xay-xổm-bun", "Lào"),
    ("Phnôm Pênh", "Phnôm Pênh", "Campuchia"), ("Phnom Penh", "Phnôm Pênh", "Campuchia"),
    ("Ratanakiri", "Ratanakiri", "Campuchia"), ("Rattanakiri", "Ratanakiri", "Campuchia"),
    ("Ra-ta-na-ki-ri", "Ratanakiri", "Campuchia"), ("Svay Rieng", "Svay Rieng", "Campuchia"),
    ("Xvây Riêng", "Svay Rieng", "Campuchia"), ("Kampot", "Kampot", "Campuchia"),
    ("Kandal", "Kandal", "Campuchia"), ("Takeo", "Takeo", "Campuchia"), ("Prey Veng", "Prey Veng", "Campuchia"),
    ("Kratie", "Kratie", "Campuchia"), ("Kra-chê", "Kratie", "Campuchia"), ("Mondulkiri", "Mondulkiri", "Campuchia"),
    ("Stung Treng", "Stung Treng", "Campuchia"), ("Siem Reap", "Siem Reap", "Campuchia"),
    ("Xiêm Riệp", "Siem Reap", "Campuchia"), ("Tbong Khmum", "Tbong Khmum", "Campuchia"),
    ("Kampong Cham", "Kampong Cham", "Campuchia"), ("Kông-pông Chàm", "Kampong Cham", "Campuchia"),
    ("Vân Nam", "Vân Nam", "Trung Quốc"), ("tỉnh Vân Nam", "Vân Nam", "Trung Quốc"),
    ("Yunnan", "Vân Nam", "Trung Quốc"), ("Quảng Tây", "Quảng Tây", "Trung Quốc"),
    ("Khu tự trị dân tộc Choang Quảng Tây", "Quảng Tây", "Trung Quốc"), ("Guangxi", "Quảng Tây", "Trung Quốc"),
    ("Quảng Đông", "Quảng Đông", "Trung Quốc"), ("Guangdong", "Quảng Đông", "Trung Quốc"),
])
def test_foreign_variants(written, canonical, country):
    place = resolve(written)
    assert place is not None and (place.name, place.country) == (canonical, country)
    assert place.province == canonical and place.is_province


def test_countries_alone_are_not_partners():
    for country in ("Lào", "Campuchia", "Trung Quốc"):
        assert resolve(country) is None
    assert mentions("Hợp tác với Lào, Campuchia và Trung Quốc.") == []
    assert mentions("tỉnh Vân Nam - Trung Quốc") == [("tỉnh Vân Nam", "tỉnh", "Vân Nam", "tỉnh")]
    assert mentions("Vân Nam - Trung Quốc") == [("Vân Nam", None, "Vân Nam", "tỉnh")]


def test_foreign_in_text():
    found = find_places("Đoàn tỉnh Xa-va-na-khệt (Lào) và tỉnh Luông Pha Bang thăm Savannakhet, "
                        "Thủ đô Viêng Chăn, tỉnh Viêng Chăn và tỉnh Ratanakiri (Campuchia).")
    got = [(m.surface, m.candidates[0].name, m.candidates[0].country) for m in found]
    assert got == [
        ("tỉnh Xa-va-na-khệt", "Xa-va-na-khệt", "Lào"), ("tỉnh Luông Pha Bang", "Luông Pha Bang", "Lào"),
        ("Savannakhet", "Xa-va-na-khệt", "Lào"), ("Thủ đô Viêng Chăn", "Thủ đô Viêng Chăn", "Lào"),
        ("tỉnh Viêng Chăn", "Viêng Chăn", "Lào"), ("tỉnh Ratanakiri", "Ratanakiri", "Campuchia"),
    ]
    # Kep only with a level word: bare Kép is also a place in Bắc Giang
    assert mentions("sân bay Kép") == []
    assert mentions("tỉnh Kép") == [("tỉnh Kép", "tỉnh", "Kep", "tỉnh")]


# --- finding places in text --------------------------------------------------------------

def test_offsets_point_into_the_original_text():
    text = "Chiều 18/2, tại thành phố Yên Bái, Đoàn công tác TP.HCM và Tỉnh ủy Lào Cai làm việc."
    found = find_places(text)
    assert [m.surface for m in found] == ["thành phố Yên Bái", "TP.HCM", "Tỉnh ủy Lào Cai"]
    for m in found:
        assert text[m.start:m.end] == m.surface
        assert m.start <= m.name_start < m.end
    assert [text[m.name_start:m.end] for m in found] == ["Yên Bái", "HCM", "Lào Cai"]
    assert [m.level_word for m in found] == ["thành phố", "thành phố", "tỉnh"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("text, expected", [
    ("tỉnh Lào Cai", ("tỉnh", "Lào Cai", "tỉnh")),
    ("thành phố Lào Cai", ("thành phố", "Lào Cai", "thành phố")),
    ("thành phố Lao Cai", ("thành phố", "Lào Cai", "thành phố")),
    ("thành phố Hà Nội", ("thành phố", "Hà Nội", "thành phố")),
    ("TP Yên Bái", ("thành phố", "Yên Bái", "thành phố")),
    ("TP.Việt Trì", ("thành phố", "Việt Trì", "thành phố")),
    ("Tp. Hồ Chí Minh", ("thành phố", "Hồ Chí Minh", "thành phố")),
    ("thị xã Sa Pa", ("thị xã", "Sa Pa", "thị xã")),
    ("huyện Sa Pa", ("huyện", "Sa Pa", "huyện")),
    ("Q.1", ("quận", "Quận 1", "quận")),
    ("quận 10", ("quận", "Quận 10", "quận")),
    ("Tỉnh ủy Lào Cai", ("tỉnh", "Lào Cai", "tỉnh")),
    ("Thành ủy Lào Cai", ("thành phố", "Lào Cai", "thành phố")),
    ("Thành uỷ Hà Nội", ("thành phố", "Hà Nội", "thành phố")),
    ("Chủ tịch UBND tỉnh Yên Bái", ("tỉnh", "Yên Bái", "tỉnh")),
    ("HĐND thành phố Thái Bình", ("thành phố", "Thái Bình", "thành phố")),
    ("TỈNH THÁI BÌNH", ("tỉnh", "Thái Bình", "tỉnh")),
    ("Khu tự trị dân tộc Choang Quảng Tây", ("tỉnh", "Quảng Tây", "tỉnh")),
    ("Bà Rịa - Vũng Tàu", (None, "Bà Rịa - Vũng Tàu", "tỉnh")),  # the longest name wins
    ("thành phố Vũng Tàu", ("thành phố", "Vũng Tàu", "thành phố")),
])
def test_level_words(text, expected):
    (surface, level_word, name, level), = mentions(text)
    # the mention starts at the level word ("UBND", "HĐND" are not part of it)
    assert surface == text.removeprefix("Chủ tịch UBND ").removeprefix("HĐND ")
    assert (level_word, name, level) == expected


def test_level_words_need_their_accents_in_an_accented_text():
    # "quan" (official) is not "quận", "xa" (far) is not "xã": the name is then bare
    assert mentions("cơ quan Lào Cai") == [("Lào Cai", None, "Lào Cai", "tỉnh")]
    assert mentions("Cục Hải quan Lào Cai") == [("Lào Cai", None, "Lào Cai", "tỉnh")]
    # a text without accents: the unaccented level words count
    assert mentions("tinh Lao Cai va thanh pho Yen Bai") == [
        ("tinh Lao Cai", "tỉnh", "Lào Cai", "tỉnh"), ("thanh pho Yen Bai", "thành phố", "Yên Bái", "thành phố")]
    assert mentions("thi xa sa pa") == [("thi xa sa pa", "thị xã", "Sa Pa", "thị xã")]


def test_districts_need_a_level_word():
    assert mentions("Bắc Hà và Bảo Yên đẹp") == []
    assert mentions("huyện Bắc Hà") == [("huyện Bắc Hà", "huyện", "Bắc Hà", "huyện")]
    assert mentions("Thành phố Vinh") == [("Thành phố Vinh", "thành phố", "Vinh", "thành phố")]
    assert mentions("vịnh Hạ Long") == []
    # lower-case words after a level word are not names
    assert mentions("Lãnh đạo hai tỉnh thống nhất, 2 tỉnh chú trọng") == []


def test_lists_keep_the_level():
    got = mentions("lãnh đạo các huyện Văn Yên, Lục Yên, Mù Cang Chải và Bát Xát")
    assert got == [("huyện Văn Yên", "huyện", "Văn Yên", "huyện"), ("Lục Yên", "huyện", "Lục Yên", "huyện"),
                   ("Mù Cang Chải", "huyện", "Mù Căng Chải", "huyện"), ("Bát Xát", "huyện", "Bát Xát", "huyện")]
    got = mentions("hai thành phố Lào Cai và Yên Bái")
    assert [g[1:] for g in got] == [("thành phố", "Lào Cai", "thành phố"), ("thành phố", "Yên Bái", "thành phố")]
    # the level is not carried across other words
    assert mentions("huyện Bảo Yên của tỉnh, Văn Yên")[1:] == []


def test_commune_levels():
    (m,) = find_places("phường Sa Pa")
    assert m.level_word == "phường" and {p.province for p in m.candidates} == {"Lào Cai"}
    assert all(not p.is_province for p in m.candidates)
    # a commune named like a province is not the province (xã Long An of 2025 is in Tây Ninh)
    assert all(not p.is_province for m in find_places("xã Long An") for p in m.candidates)
    assert {p.province_2025 for m in find_places("xã Long An") for p in m.candidates} == {"Tây Ninh"}
    assert find_places("xã hội Hà Nội")[0].level_word is None


@pytest.mark.parametrize("text", [
    "ông Nguyễn Hà Giang", "đồng chí Hoàng Giang", "Trịnh Xuân Trường", "Nguyễn Thái Bình phát biểu",
    "Lê Hòa Bình", "đồng chí Vũ Thái Bình", "Thị Hà Nam",  # people
    "Thái Bình Dương", "châu Á - Thái Bình Dương",  # the Pacific
    "vì hòa bình", "Hòa bình là khát vọng", "thái bình",  # peace
    "Chủ tịch Hồ Chí Minh", "đường Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh",  # the president
    "chị Huế", "đồng chí Huế", "Huệ cho biết", "Nam", "Bình",
    "Lào", "Campuchia", "Trung Quốc",
])
def test_not_places(text):
    assert find_places(text) == [], text


@pytest.mark.parametrize("text, name", [
    ("Tại Lào Cai, hội nghị", "Lào Cai"), ("Báo Lào Cai đưa tin", "Lào Cai"),
    ("Sở Công Thương Yên Bái", "Yên Bái"), ("BĐBP Hà Giang", "Hà Giang"), ("Lào cai", "Lào Cai"),
    ("LÀO CAI", "Lào Cai"), ("Lao Cai", "Lào Cai"), ("Hòa Bình", "Hòa Bình"), ("Hoà Bình", "Hòa Bình"),
    ("Hue", "Thừa Thiên Huế"), ("cố đô Huế", "Thừa Thiên Huế"), ("TPHCM", "Hồ Chí Minh"),
    ("Sài Gòn", "Hồ Chí Minh"), ("Ðà Nẵng", "Đà Nẵng"), ("Đắc Lắc", "Đắk Lắk"),
    ("5 tỉnh (Hà Nội, Lào Cai, Hải Phòng, Quảng Ninh, Vân Nam)", "Hà Nội"),
])
def test_bare_province_names(text, name):
    found = find_places(text)
    assert found and found[0].candidates[0].name == name and found[0].candidates[0].is_province
    assert found[0].level_word is None


def test_ambiguous_district_gives_all_candidates():
    (m,) = find_places("huyện Châu Thành")
    assert len(m.candidates) == 10 and len({p.province for p in m.candidates}) == 10


def test_seed_articles_contain_their_pairs():
    gold = json.loads((ROOT / "tests" / "seeds-gold.json").read_text(encoding="utf-8"))
    for article in gold["articles"]:
        text = (SEEDS / article["file"]).read_text(encoding="utf-8")
        found = {m.candidates[0].province for m in find_places(text)}
        assert set(article["pair"]) <= found, article["file"]


# --- machinery ------------------------------------------------------------------------------

def test_fast_fold_is_fold():
    letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđĐÐ"
    sample = letters + letters.upper() + " “Lào Cai” – Hà Nội… 1/7/2025\u00a0x"
    assert fast_fold(sample) == fold(sample)
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert fast_fold(text) == fold(text)
    odd = "東京 İstanbul x\u0301"
    assert len(fast_fold(odd)) == len(odd)
    assert [c.isalnum() for c in fast_fold(odd)] == [c.isalnum() for c in odd]


def test_split_level():
    assert split_level("TP.HCM") == ("thành phố", "hcm")
    assert split_level("Thủ đô Viêng Chăn") == ("thành phố", "vieng chan")
    assert split_level("Tĩnh Gia") == (None, "tinh gia")
    assert split_level("tinh gia", strict=False) == ("tỉnh", "gia")


def test_core_imports_no_ui():
    code = "import sys, hoptac.core.places; sys.exit(any(m in sys.modules for m in ('textual', 'click', 'hoptac.tui')))"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_places_json_is_up_to_date():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_gazetteer
    finally:
        sys.path.pop(0)
    built = build_gazetteer.render(build_gazetteer.build())
    assert built == (ROOT / "core" / "data" / "places.json").read_text(encoding="utf-8")


def test_communes_of_2025():
    assert sum(len(v) for v in P._gazetteer().communes.values()) >= 3321  # one place per old province
    (m,) = find_places("Ngày 2/9, tại xã Đồng Đăng, UBND xã đón đoàn bạn.")
    assert (m.surface, m.level_word) == ("xã Đồng Đăng", "xã")
    assert [(p.name, p.province, p.province_2025) for p in m.candidates] == [("Đồng Đăng", "Lạng Sơn", "Lạng Sơn")]
    (m,) = find_places("đặc khu Phú Quốc")
    assert m.level_word == "đặc khu" and {p.province for p in m.candidates} == {"Kiên Giang"}
    # a name shared by communes of several provinces gives them all
    (m,) = find_places("xã Tân Lập")
    assert len({p.province for p in m.candidates}) > 3
    # "xã hội" is society; a commune needs its capital letter
    assert find_places("xã hội đồng đăng") == []


def test_a_ward_of_2025_named_longer_than_a_district():
    # "phường Quy Nhơn Nam" is a ward of 2025, not the city Quy Nhơn followed by a word
    (m,) = find_places("Đoàn phường Quy Nhơn Nam sang thăm.")
    assert (m.surface, m.level_word) == ("phường Quy Nhơn Nam", "phường")
    assert {(p.name, p.province, p.province_2025) for p in m.candidates} == {("Quy Nhơn Nam", "Bình Định", "Gia Lai")}
    # the district's name alone after phường is still the district's ward
    (m,) = find_places("Đoàn phường Quy Nhơn sang thăm.")
    assert m.surface == "phường Quy Nhơn" and m.candidates[0].province == "Bình Định"


def test_a_capitalised_level_word_is_not_the_start_of_a_namesake():
    # "Tỉnh Tây Ninh" at a sentence start: not the Chinese city Tĩnh Tây followed by "Ninh"
    found = find_places("Đoàn đã về nước. Tỉnh Tây Ninh cam kết hỗ trợ.")
    assert [(m.surface, m.candidates[0].name) for m in found] == [("Tỉnh Tây Ninh", "Tây Ninh")]
    # the city itself, after its level word
    (m,) = find_places("Đoàn thành phố Tĩnh Tây sang thăm.")
    assert m.candidates[0].name == "Tĩnh Tây" and m.candidates[0].country == "Trung Quốc"


@pytest.mark.parametrize("written, province", [
    ("huyện Tam Dương", "Vĩnh Phúc"), ("huyện Tam Đường", "Lai Châu"),
    ("huyện Thạnh Trị", "Sóc Trăng"), ("huyện Thanh Trì", "Hà Nội"),
])
def test_names_alike_but_for_accents_follow_the_accents_written(written, province):
    (m,) = find_places("Đoàn " + written + " sang thăm.")
    assert m.candidates[0].province == province and len({c.province for c in m.candidates}) == 2
