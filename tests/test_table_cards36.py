"""Related articles printed as table cells under the headline (table_cards, round 36 late36c): their days are
another occasion's, not the main date. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extract_support import main_or_none
from hoptac.core.extract.article import parse_article

HEAD = "Huyện Mường Tè tăng cường hợp tác với tỉnh Phông Sa Lỳ\n"
CARD1 = ("| Sáng 3/5/2023, Thủ tướng Chính phủ đã dự Hội nghị thượng đỉnh hợp tác Mê Kông - Lan Thương tổ chức tại "
         "thủ đô Viêng Chăn theo hình thức trực tuyến. |\n")
CARD2 = ("| Tại thành phố Đà Lạt, Bộ Văn hóa, Thể thao và Du lịch đã phát động Tuần lễ du lịch quốc gia năm 2024 với "
         "chủ đề sắc màu Tây Nguyên. |\n")
LEAD = ("Theo phóng viên tại Lào, đoàn công tác huyện Mường Tè đã đến thăm và làm việc với lãnh đạo tỉnh Phông Sa Lỳ, "
        "trao đổi về hợp tác thương mại, giáo dục và quản lý biên giới.\n")
BODY = "Hai bên thống nhất tiếp tục duy trì trao đổi đoàn các cấp và hỗ trợ nhau phát triển kinh tế vùng biên.\n"
SAPO = ("| Sáng 5/3/2023, huyện Mường Tè đã tiếp đoàn công tác tỉnh Phông Sa Lỳ do Phó Tỉnh trưởng dẫn đầu sang "
        "thăm và làm việc. |\n")


def test_cards_under_the_headline_are_not_the_lead():
    page = HEAD + CARD1 + CARD2 + LEAD + BODY
    art = parse_article(page)
    assert page[art.lead[0]:].startswith("Theo phóng viên")
    ev = main_or_none(page)
    assert ev is not None and ev["date"] in (None, "")   # (before round 36: 2023-05-03, the card's day)


@pytest.mark.parametrize("page, date", [
    (HEAD + SAPO + LEAD + BODY, "2023-03-05"),                    # a cell naming the headline's place: the sapo
    (HEAD + CARD1 + "| Ảnh: T.H |\n", "2023-05-03"),   # no plain lead under it
    ("Hai bên tăng cường hợp tác biên giới\n" + CARD1 + LEAD + BODY, "2023-05-03"),   # a headline naming no one
])
def test_counter_shapes_keep_the_cell(page, date):
    ev = main_or_none(page)
    assert ev is not None and ev["date"] == date


def test_thai_binh_duong_is_not_binh_duong():
    from hoptac.core.extract.table_cards import _names, _runs
    assert not _names("Bình Dương thúc đẩy hợp tác với Cuba") & _runs("| … khu vực châu Á Thái Bình Dương năm 2024 |")
    assert _names("Bình Dương thúc đẩy hợp tác với Cuba") & _runs("| … đoàn UBND Bình Dương đã … |")
