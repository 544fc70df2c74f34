"""A lead's undated anniversary (lead_anniversary, round 36 late36c): a photo caption counting another
anniversary gives it no year; the lead's count of years of the bond plus the founding day's year does.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from extract_support import date_of_main as _date

LEAD = "Mới đây, huyện Mường Tè đã tổ chức kỷ niệm 20 năm kết nghĩa với huyện Phong Thổ.\n\n"
CAPTION_OTHER = ("Lễ chào cờ tại trụ sở huyện Mường Tè nhân dịp kỷ niệm 79 năm Quốc khánh nước CHXHCN Việt Nam "
                 "(2/9/1945-2/9/2024) (Ảnh: T.H) |\n\n")
CAPTION_SAME = "Lễ kỷ niệm 20 năm kết nghĩa giữa hai huyện (2004-2024) (Ảnh: T.H) |\n\n"
FOUNDED = "Ngày 12/6/2004, hai huyện Mường Tè và Phong Thổ chính thức ký kết nghĩa.\n\n"
FOUNDED_NEW_YEAR = "Ngày 28/12/2004, hai huyện Mường Tè và Phong Thổ chính thức ký kết nghĩa.\n\n"
BODY = "Từ đó đến nay, hai huyện đã trao đổi nhiều đoàn cán bộ, hỗ trợ nhau phát triển kinh tế, xã hội.\n"


def test_the_lead_counts_its_bond_from_the_founding_day():
    assert _date(LEAD + FOUNDED + BODY) == "2024"


def test_a_caption_of_another_anniversary_gives_no_year():
    # (before round 36: 2024 from the caption's Quốc khánh, another photo's occasion)
    assert _date(LEAD + CAPTION_OTHER + BODY) in (None, "")


def test_the_caption_of_another_anniversary_does_not_beat_the_founding_day():
    page = LEAD + CAPTION_OTHER.replace("79 năm", "74 năm").replace("2/9/2024", "2/9/2019") + FOUNDED + BODY
    assert _date(page) == "2024"   # (before round 36: 2019)


@pytest.mark.parametrize("page", [
    LEAD + CAPTION_SAME + BODY,                              # the caption counts the lead's own anniversary
    LEAD.replace("20 năm kết nghĩa", "20 năm kết nghĩa (2004-2024)") + BODY,
])
def test_counter_shapes_still_dated(page):
    assert _date(page) == "2024"


@pytest.mark.parametrize("page", [
    LEAD + FOUNDED_NEW_YEAR + BODY,                          # a founding near a new year: held in either year
    LEAD + FOUNDED + FOUNDED.replace("12/6/2004", "3/3/2005") + BODY,   # two founding years
    LEAD.replace("đã tổ chức kỷ niệm", "đã bàn việc tổ chức kỷ niệm") + FOUNDED + BODY,   # discussed, not held
    LEAD + FOUNDED.replace("ký kết nghĩa", "gặp gỡ") + BODY,   # a day that founds no bond
])
def test_no_year_without_one_founding(page):
    assert _date(page) in (None, "")
