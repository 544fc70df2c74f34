"""Round 23 (yearwide23): the main event's date and year, read on pages of hosts already used and on the year
probe's variants of them. A wrong year is worse than "year unknown". Sentences written for these tests."""

from __future__ import annotations

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.stamp_updates import update_under_glued_posting

from extract_support import date_or_empty as _date


# --- a headline with its posting time glued on, an "updated" line under it (stamp_updates) ---------------------

_GLUED = ("Hai huyện biên giới ký kết hợp tác phát triển du lịch 05/06/2023 09:10\n"
          "{update}"
          "(TTX) - Lãnh đạo huyện Mường Khương và huyện Hà Khẩu đã ký biên bản hợp tác về du lịch.\n\n"
          "Ngày 3-6, đoàn công tác huyện Mường Khương, tỉnh Lào Cai do Chủ tịch UBND huyện dẫn đầu đã sang làm "
          "việc với huyện Hà Khẩu, tỉnh Vân Nam (Trung Quốc).\n\n"
          "Hai bên thống nhất tổ chức chung các tour du lịch qua cửa khẩu.\n")


def test_an_update_line_under_a_headline_with_its_time_glued_on_gives_way():
    page = _GLUED.format(update="Cập nhật: 20/02/2024 14:00\n\n")
    assert str(parse_article(page).published)[:10] == "2023-06-05"
    assert _date(page) == "2023-06-03"


def test_the_headline_s_glued_time_alone_is_the_stamp():
    page = _GLUED.format(update="\n")
    assert str(parse_article(page).published)[:10] == "2023-06-05"
    assert _date(page) == "2023-06-03"


def test_a_posting_line_under_the_headline_keeps_its_own_day():
    # labelled as the posting ("Đăng"), the line under the headline is no update: it stays the stamp
    page = _GLUED.format(update="Đăng ngày: 06/06/2023 08:00\n\n")
    assert str(parse_article(page).published)[:10] == "2023-06-06"
    assert _date(page) == "2023-06-03"


def test_only_an_update_later_than_the_glued_time_gives_way():
    from datetime import datetime
    glued, later, earlier = datetime(2023, 6, 5, 9, 10), datetime(2024, 2, 20, 14), datetime(2023, 6, 1, 7)
    assert update_under_glued_posting("Cập nhật: 20/02/2024 14:00", glued, later)
    assert not update_under_glued_posting("Cập nhật: 01/06/2023 07:00", glued, earlier)
    assert not update_under_glued_posting("Đăng lúc 20/02/2024 14:00 | Cập nhật", glued, later)
    assert not update_under_glued_posting("20/02/2024 14:00", glued, later)
    assert not update_under_glued_posting(None, glued, later)


# --- a related title glued to a last sentence cut short, that sentence naming places (glued_titles) -------------

_CUT_NAMES = ("Hai huyện biên giới giao lưu hữu nghị\n"
              "Ngày 9-11, lãnh đạo huyện Đắk Mil (Đắk Nông) đã tiếp đoàn công tác huyện Ô Răng, tỉnh Mondulkiri.\n\n"
              "Hai bên đánh giá cao kết quả hợp tác trong năm 2025.\n\n"
              "Sau lần đầu tổ chức tại huyện Đắk Mil vào tháng 4/2021, Ngày hội văn hóa các dân tộc vùng biên Việt Nam - "
              "Campuchia năm nay thu hút đông đảo bà con hai bên tham gia và Khai mạc Tuần Văn hóa - Du lịch hai "
              "tỉnh năm 2027\n")


def test_a_title_glued_to_a_cut_sentence_with_names_gives_no_year():
    assert _date(_CUT_NAMES) == "2025-11-09"


def test_the_glued_title_starts_at_the_first_capital_within_reach_of_its_year():
    from hoptac.core.extract.glued_titles import DATED_THEN_TITLE, unfinished_tail
    line = dict(DATED_THEN_TITLE)["names_then_cut_title"]
    span = unfinished_tail(line, 0)
    assert span is not None and line[span[0]:span[1]] == "Hội nghị tổng kết hợp tác giữa hai huyện năm 2025"
    # a clause cut on a year of its own after a name's opener stays the page's
    assert unfinished_tail("Sáng 5/3, hai bên làm việc với tỉnh Champasak về kế hoạch hợp tác năm 2024", 0) is None


# --- a page with no headline: a related title with its date glued to the lead's line (old_layouts) ------------

_LEAD_GLUED = ("Hơn 300 học sinh hai xã biên giới Việt Nam – Lào đã cùng vui Tết Trung thu tối 14-8 tại xã Thanh "
               "(tỉnh Quảng Trị). Hai xã vùng cao bàn cách đưa chè qua cửa khẩu (20/07/2027)\n\n"
               "Chương trình có sự tham dự của lãnh đạo huyện Hướng Hóa và huyện Sepon, tỉnh Savannakhet (Lào).\n\n"
               "Ban tổ chức đã trao 500 suất quà cho học sinh hai bên biên giới.\n")


def test_a_dated_title_glued_to_the_lead_s_line_is_no_stamp():
    assert parse_article(_LEAD_GLUED).published is None
    assert _date(_LEAD_GLUED).startswith("--08-14")


def test_a_headline_s_bracketed_date_stays_the_page_s_after_an_abbreviation():
    from hoptac.core.extract.old_layouts import headline_date
    assert headline_date("Hai huyện kết nghĩa gặp mặt đầu xuân (12-2-2009)") is not None
    assert headline_date("Đoàn công tác thăm TP. Hồ Chí Minh và tỉnh Bình Dương (12-2-2009)") is not None
    assert headline_date("Vui Trung thu tại xã A (tỉnh B). Hai xã vùng cao bàn cách đưa chè qua cửa khẩu (20/07/2027)") is None
