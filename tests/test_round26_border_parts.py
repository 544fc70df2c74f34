"""Round 26 (late26pair): a province of 2025 named as the side of a border occasion holds the
border through one of its old parts, not the one whose name it kept: after July 2025 "Biên phòng
tỉnh Đồng Nai" with a Cambodian province is old Bình Phước's (Đồng Nai never bordered Cambodia)
(:mod:`hoptac.core.extract.partner_border_parts`). Sentences written for the test (names, days and
wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event

from hoptac.core.extract.partner_border_parts import BORDERS, border_part
from hoptac.core.places import resolve, units_2025


def _page(headline: str, lead: str, stamp: str = "Thứ sáu - 12/12/2025 09:30") -> str:
    return f"{headline}\n\n{stamp}\n\n{lead}\nHai bên thống nhất duy trì trao đổi thông tin thường xuyên.\n"


@pytest.mark.parametrize("unit,country,part", [
    ("Đồng Nai", "Campuchia", "Bình Phước"),
    ("Lâm Đồng", "Campuchia", "Đắk Nông"),
    ("Tuyên Quang", "Trung Quốc", "Hà Giang"),
    ("Quảng Ngãi", "Lào", "Kon Tum"),
    ("Quảng Ngãi", "Campuchia", "Kon Tum"),
    ("Đà Nẵng", "Lào", "Quảng Nam"),
])
def test_the_old_part_that_holds_the_border(unit, country, part):
    assert border_part(resolve(unit), {country}).name == part


@pytest.mark.parametrize("unit,country", [
    ("Quảng Trị", "Lào"),        # old Quảng Bình and Quảng Trị both border Laos
    ("Tây Ninh", "Campuchia"),   # old Long An and Tây Ninh both do
    ("An Giang", "Campuchia"),   # old An Giang and Kiên Giang both do
    ("Gia Lai", "Campuchia"),    # the kept name's part borders it
    ("Đắk Lắk", "Campuchia"),
    ("Lào Cai", "Trung Quốc"),
    ("Lào Cai", "Lào"),          # neither old part borders Laos
    ("Đà Nẵng", "Campuchia"),    # neither
    ("Kon Tum", "Lào"),          # an old province named as itself
])
def test_no_single_other_part_leaves_the_unit(unit, country):
    assert border_part(resolve(unit), {country}) is None


def test_the_table_names_old_provinces_only():
    old = {p for parts in units_2025().values() for p in parts}
    assert all(p in old for ps in BORDERS.values() for p in ps)
    assert [len(BORDERS[c]) for c in ("Trung Quốc", "Lào", "Campuchia")] == [7, 10, 10]


def test_border_guards_of_a_merged_province_with_cambodian_police():
    e = main_event(_page("Tăng cường phối hợp bảo vệ biên giới",
                         "Ngày 10/12, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đồng Nai hội đàm với Công an tỉnh "
                         "Mondulkiri (Campuchia) về quản lý biên giới."))
    assert e["pair"] == ["Bình Phước", "Mondulkiri"]
    assert e["pair_2025"][0] == "Đồng Nai"


def test_a_border_gate_talk_of_tuyen_quang_of_2025():
    e = main_event(_page("Tuyên Quang và Vân Nam trao đổi về cửa khẩu",
                         "Ngày 8/12, đoàn công tác tỉnh Tuyên Quang làm việc với tỉnh Vân Nam (Trung Quốc) "
                         "về việc nâng cấp cửa khẩu song phương."))
    assert e["pair"] == ["Hà Giang", "Vân Nam"]


def test_da_nang_city_patrols_with_a_lao_province():
    e = main_event(_page("Đà Nẵng và Sê Kông tuần tra chung",
                         "Ngày 3/12, lực lượng thành phố Đà Nẵng và tỉnh Sê Kông (Lào) tổ chức tuần tra song "
                         "phương trên tuyến biên giới."))
    assert "Quảng Nam" in e["pair"] and "Đà Nẵng" not in e["pair"]


def test_da_nang_signing_on_tourism_stays_da_nang():
    e = main_event(_page("Đà Nẵng và Sê Kông hợp tác du lịch",
                         "Ngày 3/12, thành phố Đà Nẵng và tỉnh Sê Kông (Lào) ký kết biên bản hợp tác về du lịch."))
    assert "Đà Nẵng" in e["pair"] and "Quảng Nam" not in e["pair"]


def test_a_page_of_before_the_merger_is_left_as_written():
    e = main_event(_page("Tăng cường phối hợp bảo vệ biên giới",
                         "Ngày 10/12, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đồng Nai hội đàm với Công an tỉnh "
                         "Mondulkiri (Campuchia) về quản lý biên giới.", stamp="Thứ ba - 10/12/2024 09:30"))
    assert "Đồng Nai" in e["pair"]


def test_quang_tri_of_2025_with_a_lao_province_stays():
    e = main_event(_page("Quảng Trị và Savannakhet hội đàm biên giới",
                         "Ngày 9/12, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị hội đàm với tỉnh Savannakhet "
                         "(Lào) về công tác biên giới."))
    assert "Quảng Trị" in e["pair"] and "Quảng Bình" not in e["pair"]


def test_gia_lai_with_a_cambodian_province_stays():
    e = main_event(_page("Gia Lai và Ratanakiri hội đàm biên giới",
                         "Ngày 9/12, tỉnh Gia Lai và tỉnh Ratanakiri (Campuchia) hội đàm về quản lý biên giới."))
    assert e["pair"] == ["Gia Lai", "Ratanakiri"]


def test_a_district_of_the_kept_part_stays_its_province():
    # a district of old Đồng Nai names its side: no province of 2025 stands for the occasion
    e = main_event(_page("Tăng cường phối hợp bảo vệ biên giới",
                         "Ngày 10/12, huyện Tân Phú (Đồng Nai) và huyện Keo Seima, tỉnh Mondulkiri (Campuchia) "
                         "trao đổi về công tác biên giới."))
    assert "Bình Phước" not in e["pair"]


# (the lead's day without its year: a full date of December 2025 would itself tell the page is of after
# the merger, round 30's partner_border_parts.dated_after_merger)
_GUARDS = ("Tăng cường phối hợp bảo vệ biên giới\n\n"
           "Ngày 10/12, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đồng Nai hội đàm với Công an tỉnh Mondulkiri "
           "(Campuchia) về quản lý biên giới.\n")


def test_a_page_without_a_stamp_that_tells_the_two_level_government():
    e = main_event(_GUARDS + "Hai bên đánh giá công tác phối hợp từ khi vận hành chính quyền địa phương hai cấp.\n")
    assert e["pair"] == ["Bình Phước", "Mondulkiri"]


def test_a_page_without_a_stamp_that_names_a_new_commune():
    e = main_event(_GUARDS + "Đoàn đã thăm đồn biên phòng đóng tại xã Lộc Ninh (mới).\n")
    assert e["pair"] == ["Bình Phước", "Mondulkiri"]


# Round 36 (merged36): this page's shape has a sign after all, the geography: old Đồng Nai never bordered
# Cambodia, so its border guards meeting Mondulkiri's police tell the merger (partner_border_parts'
# NAMESAKE_NEVER_BORDERED). The labelled pages take that reading (border36 09: "Biên phòng Đà Nẵng" with
# Sê Kông, no stamp, gold Quảng Nam; no labelled page of the shape keeps the new name).
def test_a_page_without_a_stamp_whose_province_never_had_the_border_is_its_old_part():
    e = main_event(_GUARDS + "Hai bên thống nhất duy trì trao đổi thông tin thường xuyên.\n")
    assert e["pair"] == ["Bình Phước", "Mondulkiri"]


def test_a_page_without_a_stamp_dated_before_the_merger_is_left_as_written():
    e = main_event(_GUARDS.replace("Ngày 10/12,", "Ngày 10/12/2024,")
                   + "Hai bên thống nhất duy trì trao đổi thông tin thường xuyên.\n")
    assert "Đồng Nai" in e["pair"] and "Bình Phước" not in e["pair"]
