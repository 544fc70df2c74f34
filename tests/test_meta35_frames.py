"""Round 35 (meta35): more site furniture that stood for a missing headline (the frames harness's transplant class).
Lines and pages written for these tests (the shapes seen on news sites, never a page's text).

A page that opens with its lead (no headline line of its own) takes the first titlelike line above it as its
headline. Three more kinds of line are no headline: a stock photo's label with its source ("Ảnh minh họa. (Nguồn:
Báo A)"), a standing column's section label with a special day's item ("Tư tưởng Hồ Chí Minh 20 tháng 11"), and a
menu's item under another item, or an item's wrapped rest ("• Phòng Châu Âu – Châu Mỹ – Châu Phi"). And two frames
the harness lacked: a "Tin mới" box printed tight over the headline, a blank line apart (the box ends at the blank
line), and an English headline over the Vietnamese one (english_headline)."""

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.chrome import is_stock_photo_label, is_titlelike
from hoptac.core.extract.section_labels import is_section_label, province_names
from hoptac.core.text import fold

from extract_support import main_event

_LEAD = ("Sáng 12/3, đoàn công tác huyện Duy Xuyên, tỉnh Quảng Nam do đồng chí Bí thư Huyện ủy dẫn đầu đã đến thăm "
         "và làm việc tại huyện kết nghĩa Nông Cống (Thanh Hóa). Hai bên đã thông tin về tình hình kinh tế - xã hội "
         "của mỗi địa phương trong thời gian qua.\n\n"
         "Tại buổi làm việc, lãnh đạo huyện Nông Cống cảm ơn tình cảm của Đảng bộ và nhân dân huyện Duy Xuyên, mong "
         "hai huyện tiếp tục giữ gìn tình nghĩa anh em kết nghĩa đã có từ nhiều năm nay.\n")


# --- a stock photo's label with its source ------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Ảnh minh họa. (Nguồn: Báo Nghệ An)",
    "Ảnh minh hoạ - Nguồn internet",
    "(Ảnh tư liệu) Báo Quảng Nam",
    "Ảnh: Tư liệu/Báo Thanh Hóa",
])
def test_a_stock_photo_label_is_no_headline(line):
    assert is_stock_photo_label(fold(line))
    assert not is_titlelike(line, fold(line))
    art = parse_article(line + "\n\n" + _LEAD)
    assert not art.title.startswith(line[:8])


@pytest.mark.parametrize("line", [
    # captions with words of their own tell an occasion: they may stand for a missing headline
    "Lễ ký kết giữa hai huyện năm 2010 (Ảnh tư liệu)",
    "Ảnh minh họa: Hai huyện ký kết kết nghĩa năm 2010",
    "Ảnh: Minh Hà",
])
def test_a_caption_with_words_is_no_stock_label(line):
    assert not is_stock_photo_label(fold(line))


def test_a_page_under_a_stock_photo_label_reads_its_lead():
    ev = main_event("Ảnh minh họa. (Nguồn: Báo Nghệ An)\n\n" + _LEAD)
    assert sorted(ev["pair"]) == ["Quảng Nam", "Thanh Hóa"]
    assert ev["type"] == "visit"


# --- a standing column's label with a special day's item ----------------------------------------------------------

@pytest.mark.parametrize("line", ["Tư tưởng Hồ Chí Minh 20 tháng 11", "Tư tưởng Hồ Chí Minh", "Thời sự 2 tháng 9"])
def test_a_column_label_with_a_day_is_a_section_label(line):
    assert is_section_label(fold(line), province_names())


@pytest.mark.parametrize("line", [
    "Tư tưởng Hồ Chí Minh về đoàn kết quốc tế trong hợp tác giữa hai tỉnh",
    "20 tháng 11",   # a day alone: a date's business
    "Tư tưởng Hồ Chí Minh 20 tháng 11 năm 2024",
])
def test_a_headline_or_a_day_is_no_section_label(line):
    assert not is_section_label(fold(line), province_names())


def test_the_headline_under_a_doubled_column_label_is_the_headline():
    page = ("Đọc báo in\nTư tưởng Hồ Chí Minh 20 tháng 11\nTư tưởng Hồ Chí Minh 20 tháng 11\n\n"
            "Huyện Duy Xuyên thăm huyện kết nghĩa Nông Cống\n\n" + _LEAD)
    art = parse_article(page)
    assert art.title.startswith("Huyện Duy Xuyên thăm")


# --- a menu's items --------------------------------------------------------------------------------------------------

_MENU = ("Cục Hợp tác Quốc tế\n  • Giới thiệu\n    • Cơ cấu tổ chức\n      • Văn phòng Cục\n"
         "      • Phòng Châu Âu – Châu Mỹ – Châu Phi\n  • Trung tâm văn hóa\n    nước ngoài tại Việt Nam\n.\n\n")


def test_a_menu_item_under_an_item_is_no_headline():
    art = parse_article(_MENU + _LEAD)
    assert "Châu Phi" not in art.title and "nước ngoài" not in art.title
    assert art.title.startswith("Sáng 12/3")


def test_a_menu_over_the_headline_leaves_the_headline():
    art = parse_article(_MENU + "Huyện Duy Xuyên thăm huyện kết nghĩa Nông Cống\n\n" + _LEAD)
    assert art.title.startswith("Huyện Duy Xuyên thăm")


def test_a_bulleted_headline_over_its_bulleted_byline_stays_the_headline():
    # the counter-example: the first bulleted line of a run is not an item under another (review22's shape)
    art = parse_article("• Huyện Duy Xuyên thăm huyện kết nghĩa Nông Cống\n  • Báo Tin Nhanh\n  • Bình luận\n\n"
                        + _LEAD)
    assert "Duy Xuyên thăm" in art.title


# --- a box of titles above the lead printed tight ends at a blank line ----------------------------------------------

_BOX = ("Tin mới\nTỉnh Phú Yên tiếp đoàn công tác tỉnh Sóc Trăng (05/02/2026)\n"
        "Hội nghị xúc tiến đầu tư vào tỉnh Phú Yên năm 2026 (07/02/2026)\n\n")


def test_the_headline_apart_from_a_tight_box_is_the_headline():
    art = parse_article(_BOX + "Huyện Duy Xuyên thăm huyện kết nghĩa Nông Cống\n\n" + _LEAD)
    assert art.title.startswith("Huyện Duy Xuyên thăm")


def test_a_box_printed_with_gaps_still_lists_its_titles():
    # the counter-example: titles with blank lines between them tell nothing by their gaps; the box's lines stay related
    # titles, and the first of them is no headline
    art = parse_article("Tin liên quan\n\nTỉnh Phú Yên tiếp đoàn công tác tỉnh Sóc Trăng\n\n"
                        "Hội nghị xúc tiến đầu tư vào tỉnh Phú Yên năm 2026\n\n" + _LEAD)
    assert not art.title.startswith("Tỉnh Phú Yên") and not art.title.startswith("Hội nghị")


def test_a_tight_box_right_over_the_lead_lists_all_its_titles():
    art = parse_article(_BOX.rstrip("\n") + "\nHai tỉnh bàn hợp tác nông nghiệp\n\n" + _LEAD)
    assert not art.title.startswith("Hai tỉnh bàn")


# --- an English headline over the Vietnamese one ------------------------------------------------------------------

_SIGNED = ("Chiều 2/2, đoàn công tác tỉnh Hủa Phăn (Lào) do đồng chí Chủ tịch Ủy ban chính quyền tỉnh dẫn đầu đã đến "
           "làm việc với tỉnh Phú Thọ; hai bên đã trao đổi về tình hình hợp tác trong năm qua và các nội dung hợp tác "
           "trong thời gian tới.\n\n"
           "Tại buổi làm việc, lãnh đạo hai tỉnh thống nhất tiếp tục đẩy mạnh hợp tác về nông nghiệp, giáo dục và "
           "đào tạo nguồn nhân lực.\n")


def test_an_english_headline_over_the_vietnamese_one_is_chrome():
    page = "Hua Phan and Phu Tho step up cooperation\nKý kết bản ghi nhớ hợp tác giữa tỉnh Phú Thọ và tỉnh Hủa Phăn\n\n"
    art = parse_article(page + _SIGNED)
    assert art.title.startswith("Ký kết bản ghi nhớ")
    assert main_event(page + _SIGNED)["type"] == "signing"


@pytest.mark.parametrize("first", [
    "Tuan le xoai Son La tai Ha Noi",   # Vietnamese without its accents: no English word
    "Phu Tho – Hua Phan: mot chang duong hop tac",
])
def test_an_unaccented_vietnamese_line_is_no_english_headline(first):
    art = parse_article(first + "\nKý kết bản ghi nhớ hợp tác giữa tỉnh Phú Thọ và tỉnh Hủa Phăn\n\n" + _SIGNED)
    assert art.title == first
