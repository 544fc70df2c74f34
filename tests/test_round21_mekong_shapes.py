"""Round 21 (audit21e): where an event took place, on pages about Cambodian and Lao partners of the
South and the Centre — a greeting visit's object ("đến thăm, chúc Tết Thành ủy, HĐND tỉnh B"), a host
named before its official ("Phó Chủ tịch UBND tỉnh B Nguyễn Văn C đã tiếp đoàn"), and a delegation
"do … tỉnh A tổ chức" (A sends the guests; it hosts nothing). Before, the first two were "unknown" and
the third gave the guests' home. Sentences written for the test (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import lead_event


@pytest.mark.parametrize("sentence, location", [
    # a greeting visit: the greeting's object is where the delegation went
    ("Ngày 12/2, đoàn đại biểu tỉnh Kratie (Campuchia) do ông Sam Vuthy làm trưởng đoàn đã đến thăm, chúc Tết "
     "Tỉnh ủy, HĐND, UBND tỉnh Bình Phước.", "Bình Phước"),
    ("Chiều 3/2, đoàn công tác tỉnh Sê Kông (Lào) đã sang thăm và chúc Tết Nguyên đán Giáp Thìn 2024 tỉnh "
     "Quảng Ngãi.", "Quảng Ngãi"),
    ("Sáng 11-4, đoàn đại biểu tỉnh Đồng Tháp đã đến thăm, chào xã giao và chúc Tết lãnh đạo tỉnh Prey Veng "
     "nhân dịp Tết Chôl Chnăm Thmây.", "Prey Veng"),
    ("Chiều 20/1, đoàn cán bộ huyện Svay Chrum đến thăm, chúc Tết Huyện ủy, UBND huyện Đức Huệ.", "Long An"),
    # a host named before its official
    ("Chiều 25/1, Phó Chủ tịch UBND tỉnh Kiên Giang Trần Văn Lộc đã tiếp đoàn đại biểu tỉnh Kampot "
     "(Campuchia) sang chúc Tết.", "Kiên Giang"),
    ("Chiều 6/2, lãnh đạo tỉnh Trà Vinh đã long trọng đón tiếp đoàn đại biểu tỉnh Kampong Cham (Campuchia).",
     "Trà Vinh"),
    # a delegation organised by a body of province A visits province B: B, not A
    ("Ngày 14/6/2014, đoàn công tác do Ban Dân vận Tỉnh ủy Hậu Giang tổ chức đã đến thăm và làm việc với Ban "
     "Dân vận Tỉnh ủy Kon Tum.", "Kon Tum"),
])
def test_where_the_delegation_went(sentence, location):
    assert lead_event(sentence)["location"] == location


@pytest.mark.parametrize("sentence, location", [
    # the greeting's object is no place: a venue or an occasion comes first, the rule says nothing
    ("Ngày 9/4, đoàn tỉnh Bình Dương đến thăm, chúc Tết nhân dịp Tết cổ truyền của tỉnh Kratie.", None),
    # a host of an undated conference keeps being the host ("tổ chức" after a body not a delegation's)
    ("Sáng 16/5, hội nghị do UBND tỉnh An Giang tổ chức đã đánh giá hợp tác với tỉnh Takeo (Campuchia).",
     "An Giang"),
    # "tiếp tục" is no reception
    ("Ngày 2/3, tỉnh Gia Lai Nguyễn Văn Hà tiếp tục hợp tác với tỉnh Attapeu (Lào).", None),
])
def test_no_place_where_the_shape_does_not_hold(sentence, location):
    assert lead_event(sentence)["location"] == location


# --- a site's section label over the headline is no headline (core/extract/section_labels.py) ---

def _title(page: str) -> str:
    from hoptac.core.extract.article import parse_article
    return parse_article(page).title


@pytest.mark.parametrize("label", [
    "Văn hóa - Du lịch", "Thông tin - Sự kiện", "Tin tức và Sự kiện", "Quốc phòng - An ninh",
    "Thời sự Bình Phước", "Tìm kiếm tin tức", "Xem với cỡ chữ Tương phản",
])
def test_a_section_label_over_the_headline_is_chrome(label):
    page = (f"{label}\n\nHai tỉnh Tây Ninh và Svay Rieng ký kết biên bản hợp tác năm 2019\n\n"
            "Ngày 12/3, tại thành phố Tây Ninh, lãnh đạo hai tỉnh Tây Ninh và Svay Rieng (Campuchia) đã ký "
            "kết biên bản hợp tác năm 2019 về an ninh biên giới và thương mại.\n")
    assert _title(page) == "Hai tỉnh Tây Ninh và Svay Rieng ký kết biên bản hợp tác năm 2019"


def test_the_read_aloud_players_lines_are_chrome():
    page = ("× Đọc bài viết Tạm dừng Đọc tiếp Dừng đọc Đang tải...\nVui lòng chờ giây lát\n"
            "× Bài viết không có file audio\n\nHuyện Tân Biên kết nghĩa với huyện Romeas Haek (Campuchia)\n\n"
            "Sáng 20/4, tại huyện Tân Biên, lãnh đạo hai huyện đã ký kết quy chế kết nghĩa giai đoạn mới.\n")
    assert _title(page) == "Huyện Tân Biên kết nghĩa với huyện Romeas Haek (Campuchia)"


@pytest.mark.parametrize("headline", [
    "Du lịch Khánh Hòa và Đắk Lắk ký kết hợp tác",      # section words, then what a headline says
    "Văn hóa Gia Lai và Ratanakiri giao lưu tại Pleiku",
])
def test_a_headline_that_opens_with_section_words_stays(headline):
    page = (f"{headline}\n\nNgày 5/6, tại thành phố Pleiku, đại diện hai tỉnh đã ký kết biên bản hợp tác "
            "phát triển du lịch giai đoạn 2023 - 2025.\n")
    assert _title(page) == headline
