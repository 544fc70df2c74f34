"""Round 22 (known22): the misses known after round 21, each as the general shape it is.
Sentences written for the test (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event


# 1a. "hôm 15.3" is the day the occasion was held ("hôm" = on that day), never the day a
#     celebration is named with ("nhân kỷ niệm … Quốc khánh 2/9"), even right after "nhân kỷ niệm".
def test_a_day_told_with_hom_after_a_celebration_is_the_occasion():
    ev = main_event(
        "Cập nhật lúc 09:20 21/04/2024\n"
        "Bình Định trao quà hỗ trợ Phú Yên\n\n"
        "Tỉnh Phú Yên và tỉnh Bình Định tổ chức lễ trao kinh phí xây nhà tình nghĩa cho tỉnh Phú Yên "
        "nhân kỷ niệm 49 năm giải phóng hai tỉnh hôm 20.4.\n\n"
        "Tại buổi lễ, lãnh đạo tỉnh Bình Định trao biểu trưng 5 tỉ đồng.\n")
    assert ev["date"] == "2024-04-20"


def test_the_day_a_celebration_is_named_with_stays_no_occasion():
    ev = main_event(
        "Cập nhật lúc 09:20 21/04/2024\n"
        "Bình Định trao quà hỗ trợ Phú Yên\n\n"
        "Tỉnh Phú Yên và tỉnh Bình Định tổ chức lễ trao kinh phí xây nhà tình nghĩa cho tỉnh Phú Yên "
        "nhân kỷ niệm Quốc khánh 2/9.\n\n"
        "Tại buổi lễ, lãnh đạo tỉnh Bình Định trao biểu trưng 5 tỉ đồng.\n")
    assert ev["date"] != "2024-09-02"


# 3. The headline is never site chrome: a contact line of a phone number and an e-mail address
#    with no label, a leader's portrait in a sidebar ("Đồng chí TRẦN VĂN A"), a site's name over
#    its menu ("<the site's name>" / "• Trang chủ" / "• Giới thiệu" …).
_LEAD = ("Sáng 12/3, tại tỉnh Kon Tum, UBND tỉnh Kon Tum và UBND tỉnh Quảng Ngãi đã ký kết chương trình "
         "hợp tác phát triển kinh tế - xã hội giai đoạn 2024 - 2028 với nhiều nội dung.\n")


def _title(text: str) -> str:
    from hoptac.core.extract.article import parse_article
    return parse_article(text).title


def test_a_contact_line_with_no_label_is_no_headline():
    text = ("0987 654 321 [email protected]\nThứ ba, 12/03/2024 16:05 (GMT+7)\n\n"
            "Kon Tum và Quảng Ngãi ký kết hợp tác\n\n" + _LEAD)
    assert _title(text) == "Kon Tum và Quảng Ngãi ký kết hợp tác"
    text = "0912.345.678 - toasoan@baomau.vn\n\nKon Tum và Quảng Ngãi ký kết hợp tác\n\n" + _LEAD
    assert _title(text) == "Kon Tum và Quảng Ngãi ký kết hợp tác"


def test_a_leaders_portrait_is_no_headline():
    text = ("Đồng chí LÊ VĂN TÂM\nBí thư Huyện ủy\nLiên kết website\n" + _LEAD)
    assert "LÊ VĂN TÂM" not in _title(text) and "Bí thư" not in _title(text)


def test_a_site_name_over_its_menu_is_no_headline():
    text = ("Cổng thông tin Hội Hữu nghị tỉnh Kon Tum\n\n  • Trang chủ\n  • Giới thiệu\n  • Tin tức\n"
            "12/03/2024, 16:05\n\nKon Tum và Quảng Ngãi ký kết hợp tác\n\n" + _LEAD)
    assert _title(text) == "Kon Tum và Quảng Ngãi ký kết hợp tác"


def test_a_headline_over_a_related_list_stays():
    text = ("Kon Tum và Quảng Ngãi ký kết hợp tác\n12/03/2024, 16:05\n\n" + _LEAD)
    assert _title(text) == "Kon Tum và Quảng Ngãi ký kết hợp tác"


# 3b. A headline may open with a place and a colon ("Đà Nẵng: …"): short and with no stop it is no
#     lead. And a stamp of weekday, date and time above such a headline is the article's when the
#     paragraph after a sapo with no day names its day (or the day before): the occasion's year.
_SAPO_PAGE = ("0987 654 321 [email protected]\nThứ năm, 21/03/2024 10:12 (GMT+7)\n\n"
              "Đà Nẵng: Mở rộng hợp tác du lịch với Quảng Nam\n\n"
              "Để tiếp tục thực hiện có hiệu quả chương trình hợp tác giữa hai địa phương, thành phố Đà Nẵng "
              "và tỉnh Quảng Nam đã thống nhất bốn lĩnh vực ưu tiên trong thời gian tới.\n\n"
              "Sáng 20/3, tại TP Tam Kỳ, lãnh đạo UBND thành phố Đà Nẵng đã có buổi làm việc với UBND "
              "tỉnh Quảng Nam về chương trình hợp tác du lịch.\n")


def test_a_place_and_colon_headline_over_a_sapo():
    from hoptac.core.extract.article import parse_article
    art = parse_article(_SAPO_PAGE)
    assert art.title == "Đà Nẵng: Mở rộng hợp tác du lịch với Quảng Nam"
    assert art.published is not None and art.published.year == 2024
    assert main_event(_SAPO_PAGE)["date"] == "2024-03-20"


def test_a_clock_over_a_sapo_naming_another_day_stays_a_clock():
    page = _SAPO_PAGE.replace("21/03/2024", "02/07/2025")
    from hoptac.core.extract.article import parse_article
    assert parse_article(page).published is None


# 3c. A page with no headline whose lead has a photo's caption glued before the source's tag: the
#     title shown is the lead's first sentence after the tag.
def test_a_caption_glued_before_the_source_tag_is_no_title():
    text = ("Đại biểu tham quan gian hàng (Baomau.vn) - Sáng 9/11, Hội chợ nông sản hai tỉnh Bến Tre và "
            "Trà Vinh đã khai mạc tại TP Bến Tre với hơn 200 gian hàng của doanh nghiệp hai địa phương.\n")
    assert _title(text).startswith("Sáng 9/11, Hội chợ nông sản")


# 4. A military unit's or a court's name is part of the office's name in a title: "Quân khu 1",
#    "Bộ đội Biên phòng", "Vùng 2 Hải quân", "Viện kiểm sát Quân sự".
@pytest.mark.parametrize("text, title", [
    ("Dự hội nghị có ông Đỗ Văn Khoa, Viện trưởng Viện kiểm sát Quân sự Quân khu 2.",
     "Viện trưởng Viện kiểm sát Quân sự Quân khu 2"),
    ("Có mặt ông Phan Văn Lộc, Ủy viên Ban Thường vụ, Bí thư Đảng ủy Bộ đội Biên phòng tỉnh Hà Giang.",
     "Ủy viên Ban Thường vụ, Bí thư Đảng ủy Bộ đội Biên phòng tỉnh Hà Giang"),
    ("Có mặt ông Trịnh Văn Long, Phó Giám đốc Trung tâm Bộ Tư lệnh Vùng 3 Hải quân.",
     "Phó Giám đốc Trung tâm Bộ Tư lệnh Vùng 3 Hải quân"),
    ("Có mặt ông Vũ Văn Toàn, Chánh án Tòa án quân sự Quân đoàn 4.",
     "Chánh án Tòa án quân sự Quân đoàn 4"),
])
def test_a_military_unit_is_part_of_the_office_name(text, title):
    from hoptac.core.extract.people import find_people
    assert title in [p.title for p in find_people(text)]


@pytest.mark.parametrize("text, title", [
    ("Tham dự có Đại tá Lê Văn Minh, Phó Tư lệnh Quân khu 4.", "Phó Tư lệnh Quân khu 4"),
    ("Có mặt ông Nguyễn Văn Nam, Chính ủy Bộ Tư lệnh Vùng 2 Hải quân.", "Chính ủy Bộ Tư lệnh Vùng 2 Hải quân"),
    ("Có mặt ông Hà Văn Tâm, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Lai Châu.",
     "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Lai Châu"),
    ("Có mặt ông Sok Vanna, Chỉ huy trưởng Tiểu khu Quân sự tỉnh Kampot.",
     "Chỉ huy trưởng Tiểu khu Quân sự tỉnh Kampot"),
])
def test_an_army_title_with_its_unit(text, title):
    from hoptac.core.extract.people import find_people
    assert title in [p.title for p in find_people(text)]


def test_a_sapo_page_keeps_its_posting_over_a_later_update_and_a_dated_caption():
    from hoptac.core.extract.article import parse_article
    page = _SAPO_PAGE.replace("(GMT+7)\n", "(GMT+7)\nCập nhật: 14/03/2025 10:20\n")
    assert parse_article(page).published.year == 2024
    page = _SAPO_PAGE.replace("trong thời gian tới.\n\n", "trong thời gian tới.\n\n"
                              "Quang cảnh lễ ký kết giữa hai địa phương ngày 12/5/2021. Ảnh: Minh Thu\n\n")
    assert main_event(page)["date"] == "2024-03-20"
