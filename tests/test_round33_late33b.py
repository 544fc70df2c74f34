"""Round 33 (late33b): a region the headline or lead names, then counted in the body without its
name ("13 tỉnh thành trong khu vực"). Sentences written for these tests; none is copied from a page."""

from __future__ import annotations

import pytest

from hoptac.core.extract.partner_region_body import _understood
from hoptac.core.places_regions import REGIONS
from hoptac.core.scan import fast_fold

from extract_support import main_event

MEKONG = {"Cần Thơ", "An Giang", "Bạc Liêu", "Bến Tre", "Cà Mau", "Đồng Tháp", "Hậu Giang", "Kiên Giang",
          "Long An", "Sóc Trăng", "Tiền Giang", "Trà Vinh", "Vĩnh Long"}
TAY_NGUYEN = {"Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"}


def provinces(ev: dict) -> set[str]:
    return {p["province"] for p in ev["parties"]}


MEKONG_HEAD = ("Hội nghị tổng kết hoạt động liên kết năm 2023 các Hội Nhà báo khu vực ĐBSCL\n\n"
               "Ngày 12/12/2023, hội nghị tổng kết hoạt động liên kết của các Hội Nhà báo khu vực ĐBSCL "
               "được tổ chức tại thành phố Vĩnh Long, tỉnh Vĩnh Long.\n\n")


@pytest.mark.parametrize("text, want", [
    (MEKONG_HEAD + "Hội nghị nghe báo cáo kết quả phối hợp của 13 tỉnh thành trong khu vực trong năm qua.\n",
     MEKONG),
    (MEKONG_HEAD + "Lãnh đạo 13 tỉnh, thành phố thuộc khu vực đã thống nhất chương trình năm tới.\n", MEKONG),
    ("Sơ kết phối hợp các Hội Nông dân khu vực Tây Nguyên\n\nNgày 5/6/2024, tại thành phố Pleiku, tỉnh "
     "Gia Lai, các Hội Nông dân khu vực Tây Nguyên sơ kết 6 tháng phối hợp.\n\nĐại diện 5 tỉnh trong vùng "
     "đã ký biên bản ghi nhớ.\n", TAY_NGUYEN),
])
def test_a_region_counted_without_its_name_brings_its_members(text, want):
    ev = main_event(text)
    assert provinces(ev) == want
    assert len(ev["pair"]) == 2


@pytest.mark.parametrize("body", [
    "Vĩnh Long đứng thứ 3 trong 13 tỉnh thành trong khu vực về thu hút đầu tư.",   # one of them, ranked
    "Vĩnh Long là một trong 13 tỉnh thành trong khu vực có nhiều hội viên.",        # one of them
    "Kết quả này cao hơn so với 13 tỉnh thành trong khu vực.",                       # compared
    "Đại diện 5 tỉnh trong khu vực đã ký biên bản hợp tác.",                         # five of thirteen
    "Hội đã tặng quà cho 13 tỉnh vùng sâu, vùng xa của cả nước.",                    # a kind of area
    "Đoàn đã thăm 13 tỉnh trong khu vực Đông Nam Á.",                                # another area, named
    "Các Hội đã phối hợp tốt với các tỉnh thành trong khu vực.",                      # no count
])
def test_what_is_no_understood_region(body):
    ev = main_event(MEKONG_HEAD + body + "\n")
    assert len(provinces(ev)) < 13


def test_a_count_without_the_region_in_the_headline_or_lead_adds_nothing():
    ev = main_event("Hội Nhà báo Vĩnh Long tổng kết năm\n\nNgày 12/12/2023, Hội Nhà báo tỉnh Vĩnh Long tổng "
                    "kết hoạt động năm 2023.\n\nHội đã phối hợp với 13 tỉnh thành trong khu vực.\n")
    assert len(provinces(ev)) < 13


def test_two_regions_of_that_count_leave_it_unknown():
    # Việt Bắc and Đông Nam Bộ have six members each: "6 tỉnh trong vùng" says neither
    regions = {r.name: r for r in REGIONS}
    text = "Giao lưu.\n\nNghệ nhân 6 tỉnh trong vùng đã biểu diễn.\n"
    folded = fast_fold(text)
    one = _understood(text, folded, 0, [regions["Việt Bắc"]], set())
    assert one is not None and one[0].name == "Việt Bắc"
    assert _understood(text, folded, 0, [regions["Việt Bắc"], regions["Đông Nam Bộ"]], set()) is None
