"""A lead's undated traditional New Year greeting at which a year's achievements are told (lead_new_year, round 36
late36c): the year after them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extract_support import date_of_main as _date

HEAD = "Lãnh đạo huyện chúc Tết cổ truyền\n"
LEAD = ("Nhân dịp Tết cổ truyền Bunpimay, đoàn đại biểu huyện Mường Tè do Phó Chủ tịch UBND huyện dẫn đầu đã đến "
        "chúc Tết chính quyền và nhân dân huyện Mường Khoa, tỉnh Phông Sa Lỳ.\n")
BODY = ("Phó Chủ tịch UBND huyện Mường Tè chúc mừng những kết quả quan trọng mà huyện Mường Khoa đã đạt được "
        "trong năm 2023 trên các lĩnh vực kinh tế, văn hóa, xã hội.\n")


def test_the_year_after_the_achievements():
    assert _date(HEAD + LEAD + BODY) == "2024"   # (before round 36: no date)


@pytest.mark.parametrize("lead", [
    LEAD.replace("Tết cổ truyền Bunpimay", "Tết Nguyên đán"),
    LEAD.replace("Tết cổ truyền Bunpimay", "Tết cổ truyền Chôl Chnăm Thmây"),
])
def test_other_new_years(lead):
    assert _date(HEAD + lead + BODY) == "2024"


@pytest.mark.parametrize("page", [
    HEAD + LEAD.replace("Tết cổ truyền Bunpimay", "Tết Dương lịch") + BODY,    # 1 January: greeted in December
    HEAD + LEAD.replace("Nhân dịp Tết cổ truyền Bunpimay, đoàn", "Đoàn").replace("chúc Tết", "thăm") + BODY,   # no New Year
    HEAD + LEAD + BODY.replace("đã đạt được trong năm 2023", "cần đạt được trong năm 2024"),   # a target, not achieved
    HEAD + LEAD + BODY + BODY.replace("2023", "2022"),                         # two years achieved
])
def test_no_year(page):
    assert _date(page) in (None, "")
