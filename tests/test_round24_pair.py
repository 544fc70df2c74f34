"""Round 24 (pair24): a province's name written bare after a battle's words names the battle, not a
party ("các chiến sĩ Điện Biên" are veterans of 1954, not the province of today).

Every sentence here is our own."""

from __future__ import annotations

import pytest
from extract_support import first_provinces as _provinces, main_event as _main


@pytest.mark.parametrize("text, want", [
    ("Sáng nay, huyện ủy đã gặp mặt 40 chiến sĩ Điện Biên của xã.", []),
    ("Ông kể lại những ngày tham gia trận Quảng Trị năm 1972.", []),
    ("Đơn vị từng tham gia chiến dịch Quảng Trị.", []),
    ("Nhiều đồng đội đã nằm lại chiến trường Quảng Trị.", []),
    # a level word, or other words before the name: the place
    ("Đoàn đại biểu các chiến sĩ tỉnh Điện Biên dự lễ.", ["Điện Biên"]),
    ("Đoàn cựu chiến binh Quảng Trị thăm Hà Nội.", ["Quảng Trị", "Hà Nội"]),
])
def test_a_battle_is_no_place(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


def test_a_national_page_with_veterans_of_a_battle_has_no_party() -> None:
    text = ("Hội đàm giữa hai Mặt trận\n\n"
            "Chiều 14/5/2024, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam hội đàm với Đoàn đại biểu Mặt trận "
            "Lào xây dựng đất nước.\n\n"
            "Trước đó, đoàn đã thăm hỏi, tặng quà các chiến sĩ Điện Biên đang sống tại Thủ đô.\n")
    assert _main(text)["pair"] == []
