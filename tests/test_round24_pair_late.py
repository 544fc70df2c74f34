"""Round 24 (late24pair): a locality's week, fair or festival held in another names the place it is
held in as the other side (core/extract/partner_fairs.py).

Every sentence here is our own."""

from __future__ import annotations

import pytest
from extract_support import main_event as _main


@pytest.mark.parametrize("text, want", [
    # the headline names a province's fruit week and the city it is held in: both sides
    ("Tuần lễ vải thiều và nông sản tỉnh Bắc Giang tại Hà Nội\n\n"
     "Sáng nay (12/6), UBND tỉnh Bắc Giang phối hợp với một hệ thống siêu thị khai mạc Tuần lễ vải thiều "
     "tại siêu thị Long Biên.\n\nNgười tiêu dùng Hà Nội được mua vải tươi.\n",
     ["Bắc Giang", "Hà Nội"]),
    ("Khai mạc Ngày hội văn hóa tỉnh Hà Giang tại TP.HCM\n\n"
     "Tối 3/11/2023, tỉnh Hà Giang tổ chức ngày hội giới thiệu văn hóa, du lịch tại nhà văn hóa thanh niên.\n",
     ["Hà Giang", "Hồ Chí Minh"]),
])
def test_a_fair_of_one_locality_held_in_another_has_both_sides(text: str, want: list[str]) -> None:
    assert sorted(_main(text)["pair"]) == want


@pytest.mark.parametrize("text, want", [
    # a conference (no fair's word): the place is a venue
    ("Hội nghị xúc tiến đầu tư tỉnh Bình Định tại Hà Nội\n\n"
     "Ngày 5/4/2024, UBND tỉnh Bình Định tổ chức hội nghị xúc tiến đầu tư tại một khách sạn.\n",
     ["Bình Định"]),
    # words between the locality and "tại": a venue
    ("Tuần lễ nông sản tỉnh Sơn La khai mạc tại Hà Nội\n\n"
     "Ngày 5/7/2024, UBND tỉnh Sơn La khai mạc tuần lễ nông sản tại một siêu thị.\n",
     ["Sơn La"]),
])
def test_other_headlines_keep_the_place_a_venue(text: str, want: list[str]) -> None:
    assert sorted(_main(text)["pair"]) == want
