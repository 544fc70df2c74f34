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


# --- an agreement to carry an activity on from year Y, told late in the year: Y-1 (year_continued) -------------

THREE = ("Giao lưu âm nhạc ba tỉnh\n\nTối {day}, tại thành phố Quy Nhơn đã diễn ra đêm giao lưu âm nhạc của các "
         "nhạc sĩ Bình Định, Phú Yên và Khánh Hòa.\n\n{body}\n")


def test_an_agreement_to_continue_from_a_year_told_in_november_is_of_the_year_before():
    ev = main_event(THREE.format(day="20/11", body="Hội âm nhạc ba tỉnh đã nhất trí từ năm 2027 sẽ tiếp tục duy "
                                                   "trì hoạt động giao lưu này."))
    assert ev["date"] == "2026-11-20"


@pytest.mark.parametrize("day, body", [
    ("20/4", "Hội âm nhạc ba tỉnh đã nhất trí từ năm 2027 sẽ tiếp tục duy trì hoạt động giao lưu này."),  # spring: 2026 or 2027
    ("20/11", "Hội âm nhạc ba tỉnh đã nhất trí từ năm 2027 sẽ luân phiên tổ chức hoạt động này."),      # no 'tiếp tục'
    ("20/11", "Theo lộ trình, từ năm 2030 sẽ tiếp tục mở rộng hoạt động giao lưu này."),                   # nobody agrees
])
def test_no_year_from_a_start_that_is_not_an_agreed_continuation(day, body):
    ev = main_event(THREE.format(day=day, body=body))
    assert ev["date"].startswith("--")


# --- several anniversaries one look-ahead lists: less than a year before the nearest only (year_ahead) -----------

AHEAD = ("Hội thảo văn học ba thành phố\n\nNgày 12-3, tại Hà Nội, hội thảo văn học của ba thành phố đã diễn ra. Đây "
         "là hoạt động hướng tới kỷ niệm {first}{second}.\n")


def test_a_look_ahead_to_two_anniversaries_binds_to_the_nearest():
    ev = main_event(AHEAD.format(first="70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024)",
                                 second=" và 50 năm Ngày Giải phóng miền Nam (30/4/1975 - 30/4/2025)"))
    assert ev["date"] == "2024-03-12"


def test_a_look_ahead_to_one_anniversary_keeps_its_year_of_reach():
    # alone, the later anniversary still binds: 12/3 less than a year before 30/4/2025 (unchanged)
    ev = main_event(AHEAD.format(first="50 năm Ngày Giải phóng miền Nam (30/4/1975 - 30/4/2025)", second=""))
    assert ev["date"] == "2025-03-12"
