"""Round 23 (pair23): parties read as a careful reader reads them.

Every sentence here is our own."""

from __future__ import annotations

import pytest
from extract_support import first_provinces as _provinces, main_event as _main


# "Tỉnh Đoàn X" is the provincial youth union of X; "tỉnh Đoàn Hưng" folds like huyện Đoan Hùng
# (Phú Thọ), which no level tỉnh has and which is written with other marks.
@pytest.mark.parametrize("text, want", [
    ("Chiều 12/9, Tỉnh Đoàn Hưng Yên đã giao lưu với Tỉnh Đoàn Nam Định.", ["Hưng Yên", "Nam Định"]),
    ("Đoàn cán bộ tỉnh Đoàn Hưng Yên thăm huyện Đoan Hùng, tỉnh Phú Thọ.", ["Hưng Yên", "Phú Thọ", "Phú Thọ"]),
])
def test_the_youth_union_of_a_province_is_not_a_district(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


def test_the_youth_unions_pair() -> None:
    text = ("Sáng ngày 14/5, Tỉnh Đoàn Hưng Yên có chuyến thăm và giao lưu với Tỉnh Đoàn Thái Bình "
            "tại thành phố Thái Bình.\n"
            "Hai bên trao đổi kinh nghiệm công tác Đoàn và tặng quà lưu niệm.\n")
    assert sorted(_main(text)["pair"]) == ["Hưng Yên", "Thái Bình"]


@pytest.mark.parametrize("text, want", [
    ("Đoàn công tác của TPHCM thăm tỉnh Cà Mau.", ["Hồ Chí Minh", "Cà Mau"]),   # an alias after TP
    ("Lãnh đạo huyện Đoan Hùng tiếp đoàn.", ["Phú Thọ"]),                       # the district itself
])
def test_names_written_their_own_way_stay(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


def test_a_partner_across_the_border_behind_weaker_ones_of_the_first_side() -> None:
    # a multilateral twinning told in the body: one city of each country, each named once; the
    # Vietnamese one is the partner across the border from the first, though foreign ones precede it
    text = ("Theo tin từ Côn Minh: Ngày 3/9, tại hội chợ lần thứ 5, các thành phố du lịch của sáu nước "
            "đã chính thức ký kết hợp tác.\n"
            "Các thành phố ký kết lần này gồm: Lệ Giang của Vân Nam, Trung Quốc; thị xã Pakse của tỉnh "
            "Chăm-pa-sắc, Lào; Siêm Riệp của Cam-pu-chia, Chiềng-mai của Thái Lan và Hội An của Việt Nam.\n"
            "Ban tổ chức cho biết các thành phố sẽ cùng quảng bá du lịch.\n")
    assert "Quảng Nam" in _main(text)["pair"]


def test_a_related_card_inside_the_text_names_no_party() -> None:
    # a related article's card between the paragraphs: its title printed twice (the link and the
    # picture's text), then its summary; the province it names is the other article's, not a party here
    card = "Quảng Tây mong muốn mở rộng hợp tác với các địa phương Việt Nam"
    text = ("Hội nghị hợp tác địa phương Việt Nam - Nhật Bản lần thứ 9\n"
            "Từ ngày 6 đến 8/5/2024, thành phố Hà Nội chủ trì Hội nghị hợp tác giữa các địa phương "
            "Việt Nam và Nhật Bản lần thứ 9 với khoảng 500 đại biểu.\n"
            f"{card} {card}\n"
            "Ngày 2/4, Phó Thủ tướng đã tiếp đoàn đại biểu Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc.\n"
            "Hội nghị tập trung vào ba chủ đề: đô thị bền vững, nông nghiệp và du lịch.\n"
            "Các địa phương hai nước sẽ trao đổi kinh nghiệm và ký kết nhiều văn bản hợp tác.\n")
    assert "Quảng Tây" not in _main(text)["pair"]
