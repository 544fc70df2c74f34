"""Round 58, late58e: a province after the end of a religious body's name ("Hội Thánh Tin Lành Nam Định") is its
place (core/places_bare.py, _BODY_NAME_ENDS); a lead that tells only a disaster names no sides, the next paragraph
is the partners' lead (core/extract/partner_disaster_lead.py, disaster_lead); a diocese named after two places is
one body (core/extract/partner_dioceses.py, diocese_pairs). Every sentence is written for these tests: the first
of each kind fails before the change, the counter-shapes pass before and after."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.places import find_places


def _places(text: str) -> list[str]:
    return [m.candidates[0].name for m in find_places(text)]


def _pair(text: str) -> set[str]:
    return {p["province"] for p in main_event(text)["parties"]}


# --- _BODY_NAME_ENDS: a body's name ending in "Tin Lành", "Hội Thánh", "Phật Giáo" … before a province -------------

@pytest.mark.parametrize("text, name", [
    ("Đoàn công tác cùng Hội Thánh Tin Lành Nam Định đến thăm bà con.", "Nam Định"),
    ("Đại diện Hội Thánh Cần Thơ trao quà cho các gia đình.", "Cần Thơ"),
    ("Ban đại diện Giáo hội Phật Giáo Đà Nẵng tặng 300 suất quà.", "Đà Nẵng"),
    ("Ủy ban Đoàn kết Công Giáo Nghệ An chúc mừng các linh mục.", "Nghệ An"),
])
def test_a_province_after_a_body_names_ending_is_its_place(text, name):
    assert _places(text) == [name]


@pytest.mark.parametrize("text, places", [
    # (as before) one word of an ending is no ending; a person's name; a street; a word of address
    ("Đoàn Thánh Nam Định đến thăm bà con.", []),
    ("Ông Lê Lành Huế phát biểu tại buổi lễ.", []),
    ("Đội trưởng Nguyễn Hải Phòng trao quà.", []),
    ("Khách sạn Tin Lành nằm trên đường Hải Phòng của thành phố.", []),
    ("Hội Chữ thập đỏ Nam Định trao quà.", ["Nam Định"]),
    ("Ban trị sự Phật giáo Hà Nội trao quà.", ["Hà Nội"]),
])
def test_other_capitalised_words_before_a_province_as_before(text, places):
    assert _places(text) == places


# --- disaster_lead: a lead that tells only a disaster names no sides ---------------------------------------------

_STRUCK = ("Như đã đưa tin, ngày 3-4/5/2031 do ảnh hưởng của không khí lạnh, tại nhiều xã ở Điện Biên, Yên Bái và "
           "Lào Cai đã xuất hiện mưa đá kèm theo gió lốc, gây thiệt hại nặng cho người dân. Tại huyện Mường Nhé, "
           "gió lốc đã làm 300 ngôi nhà bị tốc mái.\n")
_AID = ("Ngày 20/5/2031, Hội Thánh Tin Lành Nam Định cùng các tình nguyện viên đã đến trao 500 suất quà cho người dân "
        "bị thiệt hại tại huyện Mường Nhé, tỉnh Điện Biên.\n")


def test_the_aid_paragraph_names_the_sides_after_a_disaster_lead():
    assert _pair(_STRUCK + _AID) == {"Điện Biên", "Nam Định"}


def test_a_disaster_lead_that_tells_help_keeps_its_sides():
    # (as before) the lead tells the aid: its places are the sides
    lead = ("Ngày 20/5/2031, sau trận mưa đá gây thiệt hại nặng ở tỉnh Điện Biên, tỉnh Nam Định đã hỗ trợ 2 tỷ đồng "
            "cho tỉnh Điện Biên.\n")
    body = "Tại huyện Mường Nhé, gió lốc đã làm 300 ngôi nhà bị tốc mái; tỉnh Lào Cai cũng bị ảnh hưởng.\n"
    assert _pair(lead + body) == {"Điện Biên", "Nam Định"}


def test_a_lead_without_a_disaster_keeps_its_sides():
    # (as before) "xảy ra" without a disaster word
    lead = ("Ngày 20/5/2031, nhiều hoạt động giao lưu giữa tỉnh Điện Biên và tỉnh Yên Bái đã xảy ra sôi nổi, "
            "thiết thực.\n")
    body = "Ngày 21/5/2031, Hội Thánh Tin Lành Nam Định trao quà tại tỉnh Lào Cai.\n"
    assert _pair(lead + body) == {"Điện Biên", "Yên Bái"}


# --- diocese_pairs: a diocese named after two places is one body --------------------------------------------------

_DIOCESE = ("Gp.Bắc Giang – Tuyên Quang: Đoàn Giáo phận Nam Định hành hương\n"
            "Chiều ngày 17/9/2031, Tòa Giám mục Bắc Giang đón đoàn linh mục Giáo phận Nam Định đến hành hương. Đoàn "
            "đã chào thăm Đức Giám mục Giáo phận Bắc Giang - Tuyên Quang và dâng Thánh lễ tại Nhà thờ Chính tòa.\n")


def test_a_dioceses_two_names_make_no_two_sides():
    assert "Tuyên Quang" not in _pair(_DIOCESE)
    assert "Bắc Giang" in _pair(_DIOCESE)


@pytest.mark.parametrize("title", [
    "Bắc Giang – Tuyên Quang: hai tỉnh ký kết hợp tác phát triển du lịch",   # no diocese's word
    "Giáo phận Bắc Giang và Giáo phận Tuyên Quang ký kết hợp tác mục vụ",   # two dioceses, each its word
])
def test_two_places_without_one_dioceses_name_stay_two_sides(title):
    page = title + "\nNgày 17/9/2031, đại diện hai bên đã ký kết chương trình hợp tác giai đoạn 2031-2035.\n"
    assert _pair(page) == {"Bắc Giang", "Tuyên Quang"}
