"""Round 21 (audit21f): older pages (2005–2017) print the page's date in ways newer ones do not. A
headline closing with its date in brackets ("… gặp mặt đầu xuân (12-2-2009)") was no stamp, so a lead
day with no year ("Sáng 11-2, …") stayed year unknown; a stamp line carrying the page's tools
("Gửi lúc 09:12 ngày 03/10/2008 | In bài viết | Gửi email") was too long to be a stamp. Sentences written
for the test (names, days and wording are ours)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import main_event
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.old_layouts import headline_date, without_page_tools

LEAD = ("Tối 14-3, đoàn đại biểu xã Yên Lâm (huyện Yên Mô, tỉnh Ninh Bình) do đồng chí Bí thư Đảng ủy xã "
        "dẫn đầu đã đến thăm xã Tân Hưng (huyện Cái Nước, tỉnh Cà Mau), xã kết nghĩa, và giao lưu văn nghệ.\n")


@pytest.mark.parametrize("headline, year", [
    ("Hai xã kết nghĩa giao lưu văn nghệ (15-3-2010)", 2010),
    ("Hai xã kết nghĩa giao lưu văn nghệ (15/3/2010)", 2010),
    ("Hai xã kết nghĩa giao lưu văn nghệ (15.03.2010)", 2010),
    ("Hai xã kết nghĩa giao lưu văn nghệ (Ngày 15/03/2010)", 2010),
    ("Hai xã kết nghĩa giao lưu văn nghệ - 15/03/2010", 2010),
])
def test_headline_closing_with_its_date_gives_the_year(headline, year):
    ev = main_event(headline + "\n\n" + LEAD)
    assert ev["date"] == f"{year}-03-14"


@pytest.mark.parametrize("headline", [
    "Hai xã kết nghĩa giao lưu văn nghệ",                               # no date: the year is unknown
    "Kỷ niệm 50 năm thành lập xã Yên Lâm (15-3-1960)",                   # a founding day, not the page's
    "Kỷ niệm ngày giải phóng xã (15-3-2005)",                            # a day of history named by the headline
    "Hai xã kết nghĩa giao lưu văn nghệ (15-3-1996)",                    # before pages were on the web
    "Hai xã kết nghĩa giao lưu văn nghệ (15-3-2010) và trao quà",        # not at the end: no page date
])
def test_no_page_date_in_the_headline_keeps_the_year_unknown(headline):
    assert main_event(headline + "\n\n" + LEAD)["date"] == "--03-14"


def test_headline_date_reading():
    assert headline_date("Hai huyện ký kết chương trình hợp tác (12-5-2009)") == dt.datetime(2009, 5, 12)
    assert headline_date("Hai huyện ký kết chương trình hợp tác ( 2/11/2012 ) ") == dt.datetime(2012, 11, 2)
    assert headline_date("Hai huyện ký kết chương trình hợp tác (31-2-2009)") is None   # no such day
    assert headline_date("Hai huyện ký kết chương trình hợp tác giai đoạn (2009-2015)") is None
    assert headline_date("Mít tinh kỷ niệm ngày thành lập huyện (12-5-2009)") is None
    assert headline_date("Hai huyện ký kết chương trình hợp tác – 12/05/2009") == dt.datetime(2009, 5, 12)
    assert headline_date("Kỷ niệm 50 năm kết nghĩa 12/5/1959 - 12/5/2009") is None   # an anniversary's days
    assert headline_date("Hai huyện kết nghĩa (12/5/1959 - 12/5/2009)") is None      # a range, no page date


@pytest.mark.parametrize("stamp", [
    "Gửi lúc 09:12 ngày 03/10/2008 | In bài viết | Gửi email",
    "Cập nhật lúc 09:12 ngày 03/10/2008 | Bản in | Gửi bài viết cho bạn bè | Phản hồi",
    "09:12 03/10/2008 | In trang | Lưu bài viết | Chia sẻ",
])
def test_stamp_line_with_the_pages_tools_is_the_stamp(stamp):
    text = ("Tin tức - Sự kiện\n" + stamp + "\n\nHai huyện biên giới hội đàm\n\n"
            "Ngày 2/10, tại cửa khẩu, đoàn đại biểu huyện Bát Xát (tỉnh Lào Cai) đã hội đàm với đoàn đại biểu "
            "huyện Kim Bình, tỉnh Vân Nam (Trung Quốc) về quản lý biên giới.\n")
    art = parse_article(text)
    assert art.published is not None and art.published.date() == dt.date(2008, 10, 3)
    assert main_event(text)["date"] == "2008-10-02"


def test_page_tools_are_only_tools():
    assert without_page_tools("Gửi lúc | In bài viết | Gửi email").split() == ["Gửi", "lúc"]
    # a sentence's words stay: "gửi thư", "in ấn", "chia sẻ kinh nghiệm" are no tools of a page
    # ("chia sẻ" alone is one: the sentence keeps "kinh nghiệm" and is no stamp for its length anyway)
    assert "gửi thư" in without_page_tools("hai bên gửi thư chúc mừng")
    assert "in ấn" in without_page_tools("hỗ trợ in ấn tài liệu")


@pytest.mark.parametrize("section", ["Tin tức - Sự kiện", "Tin tức – Sự kiện", "Tin tức sự kiện", "Thời sự - Chính trị",
                                     "Tin hoạt động", "Thông tin đối ngoại", "Hoạt động đối ngoại"])
def test_old_portals_section_label_is_no_headline(section):
    text = (section + "\nGửi lúc 09:12 ngày 03/10/2008 | In bài viết | Gửi email\n\nHai huyện biên giới hội đàm\n\n"
            "Ngày 2/10, tại cửa khẩu, đoàn đại biểu huyện Bát Xát (tỉnh Lào Cai) đã hội đàm với đoàn đại biểu "
            "huyện Kim Bình, tỉnh Vân Nam (Trung Quốc) về quản lý biên giới.\n")
    assert parse_article(text).title == "Hai huyện biên giới hội đàm"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_headline_date_and_lead_day_make_no_range_across_the_line(gap):
    # "Tối 14-3" under a headline closing with "15/03/2010": "tối" folds as "tới" (to), and the two read as one
    # range from 15/3/2010 to 14/3/2011 across the line break
    ev = main_event("Hai xã kết nghĩa giao lưu văn nghệ - 15/03/2010" + gap + LEAD)
    assert ev["date"] == "2010-03-14" and not ev.get("date_end")


def test_range_on_one_line_stays_a_range():
    ev = main_event("Hai xã kết nghĩa giao lưu văn nghệ\n\nTừ ngày 28/2 tới ngày 2/3/2010, đoàn đại biểu xã Yên Lâm "
                    "(huyện Yên Mô, tỉnh Ninh Bình) đã đến thăm xã Tân Hưng (huyện Cái Nước, tỉnh Cà Mau).\n")
    assert (ev["date"], ev["date_end"]) == ("2010-02-28", "2010-03-02")
