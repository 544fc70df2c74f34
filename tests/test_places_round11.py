"""Place shapes of the eleventh partner round (sentences written for these tests; none is
copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.places import find_places

from extract_support import main_event


@pytest.mark.parametrize("text, name, level", [
    # a unit's youth union ("Huyện đoàn", "Thị đoàn", "Tỉnh đoàn" …) names its unit
    ("Huyện đoàn Lộc Ninh tổ chức hành quân về nguồn.", "Lộc Ninh", "huyện"),
    ("Thị đoàn Tân Uyên trao quà cho thiếu nhi.", "Tân Uyên", "thị xã"),
    ("Ban Thường vụ Tỉnh đoàn Tây Ninh họp phiên thường kỳ.", "Tây Ninh", "tỉnh"),
    ("Thành đoàn Cần Thơ phát động chiến dịch tình nguyện.", "Cần Thơ", "thành phố"),
])
def test_a_youth_union_names_its_unit(text, name, level):
    m = find_places(text)[0]
    assert (m.candidates[0].name, m.level_word) == (name, level)


def test_an_army_corps_is_no_district():
    assert find_places("Quân đoàn Tây Nguyên tổ chức diễn tập.") == []


def test_two_youth_unions_twinned_are_the_two_parties():
    text = ("Ngày 9-3, tại nhà văn hóa xã, Huyện đoàn Lộc Ninh và Thị đoàn Tân Uyên, tỉnh Bình Dương đã ký kết "
            "chương trình phối hợp giai đoạn 2026-2030.\n")
    assert {p["province"] for p in main_event(text)["parties"]} == {"Bình Phước", "Bình Dương"}


def provinces(text: str) -> set[str]:
    return {p["province"] for p in main_event(text)["parties"]}


@pytest.mark.parametrize("text, parties", [
    # a partner's profile: what a bridge joins it to is geography, the relation is with the page's city
    ("Tỉnh Champasak, nước CHDCND Lào\n"
     "Champasak là tỉnh phía Nam của Lào, nối với Stung Treng của Campuchia và Ubon Ratchathani của Thái Lan "
     "qua các cửa khẩu.\n"
     "Quan hệ với Đà Nẵng: tháng 5/2001, nhân chuyến thăm và làm việc tại thành phố Đà Nẵng, Tỉnh trưởng "
     "tỉnh Champasak đã đề nghị thiết lập quan hệ hợp tác với thành phố Đà Nẵng.\n",
     {"Champasak", "Đà Nẵng"}),
    # the neighbours a province borders
    ("Quảng Trị đón đoàn tỉnh Savannakhet\n"
     "Ngày 4/6/2026, lãnh đạo tỉnh Quảng Trị tiếp đoàn đại biểu tỉnh Savannakhet (Lào), tỉnh tiếp giáp với "
     "Khăm Muộn và Salavan của Lào.\n",
     {"Quảng Trị", "Savannakhet"}),
])
def test_a_place_named_as_a_neighbour_is_no_partner(text, parties):
    assert provinces(text) == parties


def test_a_link_between_partners_is_no_geography():
    text = ("Ngày 4/6/2026, tỉnh Bình Định kết nối với tỉnh Gia Lai tổ chức hội nghị xúc tiến du lịch "
            "tại thành phố Quy Nhơn.\n")
    assert provinces(text) == {"Bình Định", "Gia Lai"}
