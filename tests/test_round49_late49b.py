"""Round 49 (late49b): the misses of mass49b read; the general shapes fixed, the counter-shapes guarded.

A commune-level town abroad ("trấn A", a Chinese zhen) named inside a county whose name a Vietnamese district
also bears ("huyện Phú Ninh" is Quảng Nam's, and a county of Vân Nam), itself named inside its foreign province:
the town lies abroad with its county, so the pair is the Vietnamese side's province and the foreign province,
not the namesake district's Vietnamese province (partner_places, "a commune inside a district inside a foreign
province"). All sentences are ours.
"""

from __future__ import annotations

import pytest

from extract_support import main_event, other_dates

HEAD = "Hội đàm giữa thị trấn Mèo Vạc và trấn Điền Hoa\n\n"


def _pair(page: str) -> list[str]:
    return sorted(main_event(page)["pair"])


@pytest.mark.parametrize("lead", [
    "Ngày 12/9/2022, Đoàn đại biểu trấn Điền Hoa, huyện Phú Ninh, tỉnh Vân Nam (Trung Quốc) đã sang thăm và "
    "hội đàm với thị trấn Mèo Vạc, huyện Mèo Vạc, tỉnh Hà Giang.",
    "Ngày 12/9/2022, thị trấn Mèo Vạc (huyện Mèo Vạc, tỉnh Hà Giang) đón đoàn đại biểu trấn Điền Hoa, huyện "
    "Phú Ninh, tỉnh Vân Nam, Trung Quốc sang hội đàm.",
])
def test_a_town_inside_a_foreign_county_of_a_vietnamese_districts_name_is_abroad(lead):
    page = HEAD + lead + "\n\nHai bên đã trao đổi về công tác quản lý biên giới giữa trấn Điền Hoa (Trung Quốc) và thị trấn Mèo Vạc (Việt Nam).\n"
    pair = _pair(page)
    assert "Quảng Nam" not in pair, pair
    assert pair == sorted(["Hà Giang", "Vân Nam"]), pair


def test_guard_a_commune_of_the_vietnamese_district_stays_vietnamese():
    """'xã Tam Thành, huyện Phú Ninh, tỉnh Quảng Nam': the district is Quảng Nam's, and so is its commune."""
    page = ("Xã Tam Thành kết nghĩa với bản Na Lai\n\n"
            "Ngày 5/3/2021, xã Tam Thành, huyện Phú Ninh, tỉnh Quảng Nam đã ký kết kết nghĩa với bản Na Lai, "
            "huyện Xanh Xay, tỉnh Attapeu (Lào).\n")
    pair = _pair(page)
    assert "Quảng Nam" in pair, pair
    assert "Vân Nam" not in pair, pair


# --- "sau ngày D" (other_occasions.AFTER_DAY): a day the news comes after, never the occasion's day -----------------

TALKS_HEAD = "Các xã biên giới hai nước tăng cường hợp tác\n\n"
TALKS_LEAD = ("Tại xã Pa Tần, huyện Sìn Hồ (tỉnh Lai Châu), đoàn đại biểu trấn Kim Thủy, huyện Kim Bình, tỉnh Vân Nam "
              "(Trung Quốc) đã đến thăm, tiến hành hội đàm với Đảng ủy, UBND xã Pa Tần.\n\n")


@pytest.mark.parametrize("body", [
    "Đặc biệt, sau ngày 1/8/2022, hai bên đã thống nhất mở lại lối mở biên giới, tạo thuận lợi cho nhân dân qua lại.",
    "Kể từ sau ngày 1/8/2022, hai bên đã thống nhất mở lại lối mở biên giới, tạo thuận lợi cho nhân dân qua lại.",
])
def test_a_day_the_news_comes_after_is_no_date_of_the_talks(body):
    page = TALKS_HEAD + TALKS_LEAD + "Hai bên đánh giá kết quả phối hợp thời gian qua. " + body + "\n"
    main = main_event(page)
    assert main["date"] != "2022-08-01", main
    assert "2022-08-01" in other_dates(page), other_dates(page)   # still a dated step of the story


@pytest.mark.parametrize("sentence, want", [
    # 'thứ Sáu' (Friday) folds to 'thu sau': the day of the occasion
    ("Sáng thứ Sáu ngày 5/4/2024, tại tỉnh A, lãnh đạo hai tỉnh đã ký kết biên bản ghi nhớ hợp tác.", "2024-04-05"),
    # a day of the occasion after a 'sau' of another clause
    ("Ngày 5/4/2024, sau nhiều lần trao đổi, lãnh đạo hai tỉnh đã ký kết biên bản ghi nhớ hợp tác.", "2024-04-05"),
])
def test_guard_the_occasions_own_day_is_kept(sentence, want):
    page = "Hai tỉnh ký kết biên bản ghi nhớ hợp tác\n\n" + sentence + "\n"
    assert main_event(page)["date"] == want

