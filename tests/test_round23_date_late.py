"""late23date: a page whose text dates nothing under a month-only scraper's date line (" date 2025-05 …") keeps
its occasion at that month; never in January (the occasion may be of December, the year before), nor when the
text dates anything itself. Each page is written for the test (no sentence is copied from a page)."""

from __future__ import annotations

import pytest

from extract_support import main_or_none as _main

_LEAD = ("Theo lời mời của Hội Hữu nghị tỉnh Quảng Tây (Trung Quốc), đoàn đại biểu tỉnh Đồng Tháp do ông Lê Văn "
         "Hòa, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã có buổi làm việc với lãnh đạo tỉnh Quảng Tây và dự lễ ký "
         "kết biên bản hợp tác hữu nghị giữa hai địa phương.\n\n"
         "Tại buổi làm việc, hai bên trao đổi về hợp tác thương mại, du lịch và giáo dục giữa tỉnh Đồng Tháp và "
         "tỉnh Quảng Tây.\n")


def test_a_month_only_date_line_dates_a_page_that_dates_nothing():
    main = _main(" date 2024-09 " + _LEAD)
    assert main is not None
    assert (main["date"], main["precision"], main["year_source"]) == ("2024-09", "month", "published")


@pytest.mark.parametrize("page", [
    " date 2024-01 " + _LEAD,                                   # January: the occasion may be of December 2023
    " date 2024-09 " + _LEAD.replace("đã có buổi", "trong năm 2023 đã có buổi"),   # the text names a year
    " date 2024-09 " + _LEAD.replace("Tại buổi làm việc", "Ngày 28/8, tại buổi làm việc"),   # and a day
])
def test_no_month_from_the_line_in_january_or_over_a_text_that_dates_anything(page):
    main = _main(page)
    assert main is None or main["date"] != "2024-09"


# --- a site's upload folder named by the day ("/uploads/…/2023/03/15/…"): on the lead's day and month, its year

_UP_HEAD = "Hội nghị đánh giá quy chế phối hợp giữa Hội Nông dân tỉnh Gia Lai và tỉnh Kon Tum\n\n"
_UP_LEAD = ("Chiều 15/3, tại thành phố Pleiku, Hội Nông dân tỉnh Gia Lai tổ chức hội nghị đánh giá quy chế phối hợp "
            "với Hội Nông dân tỉnh Kon Tum.\n\n")


@pytest.mark.parametrize("path, year", [
    ("/uploads/Video/News/2023/03/15/091533Hoi nghi hai tinh.mp4", "2023"),
    ("/upload/images/2022/03/15/anh-hoi-nghi.jpg", "2022"),
])
def test_an_upload_folder_of_the_occasions_day_gives_its_year(path, year):
    main = _main(_UP_HEAD + _UP_LEAD + path + "\n\nCác đại biểu dự hội nghị.\n")
    assert main is not None and main["date"] == f"{year}-03-15"


@pytest.mark.parametrize("path", [
    "/uploads/Video/News/2023/03/16/091533Hoi nghi hai tinh.mp4",   # another day
    "/uploads/images/2023/03/anh-hoi-nghi.jpg",                     # a month's folder
])
def test_no_year_from_an_upload_folder_of_another_day_or_a_month(path):
    main = _main(_UP_HEAD + _UP_LEAD + path + "\n\nCác đại biểu dự hội nghị.\n")
    assert main is not None and main["date"] == "--03-15"


# --- a range written in words at both ends: "từ ngày 17 tháng 2 đến ngày 22 tháng 2"

from hoptac.core.extract.dates import find_dates  # noqa: E402


@pytest.mark.parametrize("words, start, end", [
    ("Đoàn công tác làm việc tại tỉnh Bình Dương từ ngày 9 tháng 4 đến ngày 13 tháng 4 năm 2019.",
     (9, 4, 2019), (13, 4, 2019)),
    ("Hai bên thống nhất tổ chức từ ngày 29 tháng 12 năm 2020 đến ngày 3 tháng 1 năm 2021 tại Huế.",
     (29, 12, 2020), (3, 1, 2021)),
])
def test_a_range_written_in_words_is_one_range(words, start, end):
    (d,) = [d for d in find_dates(words)]
    assert (d.day, d.month, d.year) == start and (d.end_day, d.end_month, d.end_year) == end


def test_a_lead_with_a_worded_range_gives_the_range():
    page = ("Tỉnh Bình Dương đón đoàn tỉnh Tây Ninh\n\nĐăng ngày 20/4/2019\n\n"
            "Đoàn đại biểu tỉnh Tây Ninh đã sang thăm và làm việc với tỉnh Bình Dương từ ngày 9 tháng 4 đến ngày "
            "13 tháng 4, trao đổi về hợp tác đầu tư giữa hai tỉnh.\n")
    main = _main(page)
    assert main is not None and (main["date"], main["date_end"]) == ("2019-04-09", "2019-04-13")
