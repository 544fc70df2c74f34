"""Shapes found by the round-19 audit of Vietnam–Laos pages (set laos19, docs/accuracy.md "audit19a"),
in sentences written for these tests: the scraper's date line opening a page (crawl_stamp)."""

from __future__ import annotations

import datetime as dt

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.crawl_stamp import crawl_stamp

from extract_support import main_or_none as main_of


def test_a_day_over_twelve_is_the_pages_stamp():
    text = " date 2024-06-18 Hai tỉnh Nghệ An và Xiêng Khoảng trao đổi kinh nghiệm\n\nBuổi làm việc diễn ra tại Vinh."
    assert crawl_stamp(text)[0] == dt.datetime(2024, 6, 18)
    assert parse_article(text).published == dt.datetime(2024, 6, 18)


def test_the_year_of_a_lead_day_comes_from_the_date_line():
    text = (" date 2023-10-14 Quảng Trị và Savannakhet ký biên bản hợp tác\n\n"
            "Chiều 13/10, tại thành phố Đông Hà, lãnh đạo tỉnh Quảng Trị và tỉnh Savannakhet (Lào) đã hội đàm "
            "và ký biên bản hợp tác năm tới giữa hai tỉnh.\n"
            "Hai bên thống nhất tăng cường trao đổi đoàn và hợp tác giáo dục.\n")
    main = main_of(text)
    assert main["date"] == "2023-10-13"


def test_a_day_and_month_the_text_names_as_read():
    text = " date 2024-03-05 Ngày 5/3, đoàn huyện Mường Xén sang thăm huyện Noọng Hẹt (Xiêng Khoảng)."
    assert crawl_stamp(text)[0] == dt.datetime(2024, 3, 5)


def test_a_day_and_month_written_the_wrong_way_round_are_put_right():
    # the index wrote 2024-02-08 for the 2nd of August: the text names 2/8, not 8/2
    text = (" date 2024-02-08 Sáng 2/8, đoàn công tác tỉnh Hà Tĩnh đã sang thăm tỉnh Bolykhamxay nhân dịp "
            "kỷ niệm ngày thành lập (3/8/1958 - 3/8/2024).")
    assert crawl_stamp(text)[0] == dt.datetime(2024, 8, 2)


def test_an_unsettled_day_and_month_give_no_stamp():
    # 2024-04-06: 6 April or 4 June? the text names neither day: no stamp rather than a wrong year
    text = (" date 2024-04-06 Vừa qua, huyện Kỳ Sơn đã tiếp đoàn huyện Mường Mộc (Xiêng Khoảng, Lào) "
            "sang trao đổi về công tác quản lý biên giới.")
    assert crawl_stamp(text) is None
    assert parse_article(text).published is None


def test_a_month_alone_with_no_day_of_it_gives_no_stamp():
    text = " date 2025-02 Đoàn tỉnh Champasak đến thăm, chúc Tết tỉnh Bình Định (ngày 28/1)."
    assert crawl_stamp(text) is None


def test_a_month_alone_is_completed_by_the_day_the_text_names_in_it():
    text = (" date 2024-04 Thời sự Đoàn công tác tỉnh Thanh Hóa thăm, chúc Tết Bunpimay tỉnh Hủa Phăn "
            "Ngày 3/4, đoàn công tác tỉnh Thanh Hóa đã sang thăm, chúc Tết cổ truyền Bunpimay tại tỉnh Hủa Phăn (Lào).")
    assert crawl_stamp(text)[0] == dt.datetime(2024, 4, 3)
    assert main_of(text)["date"] == "2024-04-03"


def test_the_pages_own_stamp_wins_over_the_date_line():
    text = (" date 2022-11-20 Lai Châu hội đàm với tỉnh Phongsaly\n"
            "Cập nhật: 18/11/2022\n\n"
            "Ngày 17/11, tại thành phố Lai Châu, lãnh đạo tỉnh Lai Châu đã hội đàm với đoàn đại biểu tỉnh Phongsaly "
            "(Lào) về hợp tác năm tới.\n")
    assert parse_article(text).published == dt.datetime(2022, 11, 18)


def test_a_date_word_inside_the_text_is_no_date_line():
    assert crawl_stamp("Hội nghị cập nhật date 2024-05-20 trên cổng thông tin.") is None


def test_the_date_line_is_not_shown_as_the_headline():
    text = (" date 2024-07 Huyện Tương Dương tiếp đoàn huyện Viêng Thoong\n\n"
            "Ngày 19/7, lãnh đạo huyện Tương Dương đã tiếp đoàn đại biểu huyện Viêng Thoong (Hủa Phăn, Lào).\n")
    assert parse_article(text).title == "Huyện Tương Dương tiếp đoàn huyện Viêng Thoong"
    lead_only = " date 2024-07-21 Ngày 19/7, lãnh đạo huyện Tương Dương đã tiếp đoàn huyện Viêng Thoong (Lào)."
    assert not parse_article(lead_only).title.startswith("date")


def test_a_year_alone_gives_no_stamp_and_no_headline_words():
    text = " date 2024 Huyện Quế Phong tiếp đoàn huyện Xốp Bâu\n\nNgày 12/6, huyện Quế Phong đã tiếp đoàn huyện Xốp Bâu (Lào).\n"
    assert crawl_stamp(text) is None
    assert parse_article(text).title == "Huyện Quế Phong tiếp đoàn huyện Xốp Bâu"
