"""The eleventh dates round (docs/accuracy.md): a year written bare after a name in a clause that
tells that occasion as held ("tổ chức thành công Lễ hội … Busan 2019") is an earlier edition, not
the occasion's year (year_names._HELD_BEFORE). Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_cues import find_year_cues
from extract_support import main_event

HEAD = "Hà Nội và Busan đẩy mạnh hợp tác\n\n"


def _named(text: str) -> list[int]:
    return [c.year for c in find_year_cues(text) if c.name == "named_year"]


@pytest.mark.parametrize("clause", [
    "cảm ơn phía bạn đã phối hợp tổ chức thành công Lễ hội Văn hóa Hà Nội - Busan 2019",
    "sau thành công của Tuần lễ ẩm thực Huế - Kyoto 2022",
    "tiếp nối Festival Hữu nghị Hải Phòng - Incheon 2021",
])
def test_a_name_told_as_held_gives_no_year(clause):
    assert _named(f"Ông Minh bày tỏ vui mừng, {clause}, được đánh giá cao.") == []


@pytest.mark.parametrize("clause, want", [
    ("hai bên khai mạc Lễ hội Văn hóa Hà Nội - Busan 2019", [2019]),
    ("tỉnh đã khai mạc Tuần lễ văn hóa Thanh Hóa - Hủa Phăn 2022", [2022]),   # "đã" alone: the occasion itself
])
def test_a_name_of_the_occasion_still_gives_its_year(clause, want):
    assert _named(f"Tối 5/3, {clause} tại quảng trường.") == want


def test_an_earlier_edition_thanked_for_does_not_date_the_visit():
    page = (HEAD + "Chiều 7/3, ông Trần Văn Minh, Phó Chủ tịch UBND thành phố Hà Nội tiếp đoàn thành phố Busan "
            "(Hàn Quốc) đang thăm Hà Nội.\n\nÔng Minh cảm ơn thành phố Busan đã cùng tổ chức thành công Lễ hội "
            "Văn hóa Hà Nội - Busan 2019, một trong những sự kiện nổi bật của thành phố.\n\nÔng Minh nhấn mạnh, "
            "trong năm 2020, hai địa phương cần tích cực phối hợp giao lưu văn hóa.\n")
    main = main_event(page)
    assert main["date"] != "2019-03-07"
    assert (main["date"] or "").endswith("03-07")
