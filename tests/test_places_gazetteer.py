"""The gazetteer's data (hoptac.core.places): the provinces and the units of 2025, names, aliases and
accents, how each place resolves, and the shipped places.json."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hoptac.core import places as P
from hoptac.core.places import all_partners, find_places, lookup, province_of, provinces, resolve, to_2025, units_2025
from hoptac.core.text import fold

from places_support import ROOT


THE_63 = """An Giang|Bà Rịa - Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|Bình Dương|
Bình Phước|Bình Thuận|Cà Mau|Cần Thơ|Cao Bằng|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|
Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hồ Chí Minh|Hưng Yên|
Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|
Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|
Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|
Vĩnh Phúc|Yên Bái"""
THE_63 = [n.strip() for n in THE_63.split("|")]
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}


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
