"""Round 20 (audit20m): shapes of the pages about cities, towns and urban districts. A TV site prints
its byline in capitals, the writers' names and the newsroom joined by dashes and a double slash, and
the stamp after it on one line ("AN BÌNH - THU HÀ // BAN THỜI SỰ ĐÀI X 5/9/2023, 20:15"). With more than
eight words beside the stamp the line was no stamp line, so an anniversary page with an undated lead
had no publication time, and the bond's history ("Tháng 4/1985, …") became the main event, with its
year. Sentences written for the test (names, days and wording are ours)."""

from __future__ import annotations

from extract_support import main_event
from hoptac.core.extract.stamp_bylines import is_capital_byline
from hoptac.core.extract.stamps import parse_stamp

BYLINE = "AN BÌNH - THU HÀ // BAN THỜI SỰ ĐÀI X 5/9/2023, 20:15"
PAGE = (
    "40 năm kết nghĩa: Lễ kỷ niệm quan hệ kết nghĩa giữa quận A và quận B\n"
    + BYLINE + "\n"
    "(X) - Quận Ba Đình đã tổ chức kỷ niệm 40 năm kết nghĩa với quận Ngô Quyền, thành phố Hải Phòng.\n"
    "Tháng 4/1982, lãnh đạo hai quận đã có buổi gặp đầu tiên để bàn các nguyên tắc của quan hệ kết nghĩa, "
    "quan hệ được chính thức thiết lập từ năm 1983.\n"
    "Bốn mươi năm qua, hai quận đã tổ chức nhiều đoàn công tác, trao đổi kinh nghiệm trên các lĩnh vực.\n"
)


def test_a_byline_in_capitals_before_the_stamp_is_a_stamp_line():
    st = parse_stamp(BYLINE)
    assert st is not None and (st[0].year, st[0].month, st[0].day, st[0].hour) == (2023, 9, 5, 20)


def test_the_anniversary_page_takes_no_year_from_the_bonds_history():
    main = main_event(PAGE)
    assert main["date"] is None or not main["date"].startswith("1982")
    assert main["type"] == "other"


def test_a_headline_in_capitals_with_a_stamp_is_no_byline():
    assert not is_capital_byline("HỘI ĐÀM GIỮA HAI QUẬN A VÀ B TẠI THÀNH PHỐ C")   # one long group
    assert not is_capital_byline("QUẬN A - QUẬN B KÝ KẾT HỢP TÁC")                  # names an occasion
    assert not is_capital_byline("Thu Hà - Minh An // Ban Thời sự")                # not in capitals
    assert parse_stamp("HỘI ĐÀM GIỮA HAI QUẬN A VÀ B TẠI THÀNH PHỐ C NĂM NAY 5/9/2023 20:15") is None


def test_short_bylines_and_groups_stay_as_they_were():
    assert is_capital_byline("THU HÀ - MINH AN // BAN THỜI SỰ ĐÀI A")
    assert not is_capital_byline("THU HÀ")                                          # one group


def test_with_no_stamp_the_bonds_first_meeting_is_background_of_an_anniversary_page():
    # the page counts 40 years of the bond and names its year (1983): it is told about 2023, so the
    # first meeting of 1982 is history, and the undated ceremony keeps no year
    page = PAGE.replace(BYLINE + "\n", "AN BÌNH - THU HÀ\n")
    main = main_event(page)
    assert main["date"] is None or not main["date"].startswith("1982")


def test_a_page_dated_in_its_own_anniversary_year_keeps_its_day():
    page = ("Ngày 12/5/2023, quận Ba Đình và quận Ngô Quyền đã tổ chức lễ kỷ niệm 40 năm kết nghĩa.\n"
            "Quan hệ kết nghĩa giữa hai quận được thiết lập từ năm 1983.\n")
    assert main_event(page)["date"] == "2023-05-12"
