"""A page clock at the top of the page (a weekday, a date and a time of day, the time the
site rendered the page, months or years after the event) is an upper bound, never the
year, unless the lead names its day (sentences written for these tests)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from extract_support import main_event

LEAD = ("Sáng 15/3, tại thành phố Lạng Sơn, lãnh đạo tỉnh Lạng Sơn và tỉnh Cao Bằng đã có buổi làm việc "
        "bàn các nội dung hợp tác trong thời gian tới.\n")


main_of = main_event


@pytest.mark.parametrize("clock", [
    "Thứ tư, 2-7-25 05:24:23",          # two-digit year, dashes, seconds
    "Thứ Sáu, 14/11/2025 08:03",
    "Thứ 6 - 14.11.2025 | 08:03:51",
    "Chủ nhật, 7-12-25 21:10",
])
def test_a_render_clock_at_the_top_is_no_year(clock):
    text = f"{clock}\nTrang chủ | Tin tức | Liên hệ\n\nLạng Sơn và Cao Bằng bàn hợp tác\n\n{LEAD}"
    a = parse_article(text)
    assert a.published is None and a.clock is not None
    main = main_of(text)
    assert main["date"].endswith("03-15") and main["year_source"] == "unknown"


def test_the_render_clock_bounds_the_year_from_above():
    # a cue for a later year than the clock is impossible
    text = ("Thứ tư, 2-7-25 05:24:23\n\nLạng Sơn và Cao Bằng bàn hợp tác\n\n" + LEAD
            + "\nHai bên thống nhất kế hoạch hợp tác năm 2024.\n")
    assert main_of(text)["date"] == "2024-03-15"


@pytest.mark.parametrize("stamp", ["Thứ Bảy, 15-3-25 10:20", "Chủ nhật, 16/03/2025 07:45"])
def test_a_stamp_on_the_leads_day_or_the_day_after_is_the_articles(stamp):
    text = f"{stamp}\n\nLạng Sơn và Cao Bằng bàn hợp tác\n\n{LEAD}"
    assert parse_article(text).published is not None
    assert main_of(text)["date"] == "2025-03-15"


def test_a_stamp_under_the_headline_is_still_the_articles():
    text = f"Lạng Sơn và Cao Bằng bàn hợp tác\n\nThứ Ba, 18/03/2025 10:20\n\n{LEAD}"
    assert main_of(text)["date"] == "2025-03-15"


def test_a_render_clock_over_a_page_with_no_headline():
    assert main_of(f"Thứ tư, 2-7-25 05:24:23\n{LEAD}")["year_source"] == "unknown"
    assert main_of(f"Thứ Bảy, 15-3-25 10:20\n{LEAD}")["date"] == "2025-03-15"


def test_a_render_clock_above_a_headline_with_the_articles_stamp_under_it():
    text = f"Thứ tư, 2-7-25 05:24:23\nLạng Sơn và Cao Bằng bàn hợp tác\nThứ Bảy, 15/3/2025 10:20\n{LEAD}"
    a = parse_article(text)
    assert (a.published.year, a.clock.year) == (2025, 2025) and a.clock.month == 7
