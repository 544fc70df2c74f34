"""Round 57 (late57b): a date shape of real pages, in sentences written for these tests.

- A run of three days or more joined by dashes before one month ("những ngày 8- 9-10/12/2019", a typed space beside
  the first dash; core/extract/date_rules.py: ``range_days`` reads dashes between its days as it reads commas, and
  ``range_dm_dm``'s check ``no_dash_run``, core/extract/range_checks.py, refuses to read "8- 9" as 8 September, the
  start of a range that ends on 10 December). The base read that shape as a range of months.
The counter-shapes (two full ends, a range of two days, a list by commas, days that do not follow each other) pass
before and after the change."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract import range_checks as rc


def _only(text: str):
    found = find_dates(text)
    assert len(found) == 1, [m.text for m in found]
    m = found[0]
    return m.rule, (m.day, m.month, m.end_day, m.end_month, m.year)


# --- the run of days joined by dashes ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    # a space typed after the first dash, the month and the year once (before: 8 September – 10 December)
    ("Những ngày 8- 9-10/12/2019, đoàn tỉnh A đã về tặng quà tại tỉnh B.", (8, 12, 10, 12, 2019)),
    # a first day that cannot be a month (before: the 13th and 14th only)
    ("Những ngày 12- 13-14/3/2019, đoàn tỉnh A đã về tặng quà tại tỉnh B.", (12, 3, 14, 3, 2019)),
    # no space, no year (before: no date)
    ("Trong các ngày 20-21-22/8, đoàn công tác huyện C thăm huyện D.", (20, 8, 22, 8, None)),
    # four days; a dot before the month (before: no date)
    ("Các ngày 3-4-5-6.10.2021, hai tỉnh tổ chức chuỗi hoạt động giao lưu.", (3, 10, 6, 10, 2021)),
])
def test_days_joined_by_dashes_are_one_range_of_one_month(text, want):
    rule, got = _only(text)
    assert rule == "range_days"
    assert got == want


def test_the_main_event_of_a_relief_trip_dated_by_a_dashed_run():
    page = ("Phật giáo tỉnh A cứu trợ đồng bào vùng lũ tỉnh B\n"
            "Những ngày 8- 9-10/12/2019, đoàn từ thiện Phật giáo tỉnh A do Thượng tọa Thích Minh Tâm làm trưởng đoàn "
            "đã về trao quà cứu trợ cho bà con vùng lũ tại tỉnh Quảng Ngãi và tỉnh Bình Định.\n"
            "Đoàn đã trao 500 phần quà cho các hộ dân bị ảnh hưởng.\n")
    ev = main_event(page)
    assert (ev["date"], ev["date_end"]) == ("2019-12-08", "2019-12-10")   # before: 2019-09-08 – 2019-12-10


def test_the_check_refuses_the_run_shape_only():
    assert rc.DASH_RUN.search("ngày 8- 9-10/12/2019") is not None
    assert rc.DASH_RUN.search("ngày 5-6 - 7/11") is None            # a spaced range dash: two ends
    assert rc.DASH_RUN.search("ngày 28-12-2019 - 5/1/2020") is None  # a full date first
    g = {"s": "-", "s2": "/"}
    assert rc.check_no_dash_run(g, "ngày 8- 9-10/12/2019", 0, 20) is False
    assert rc.check_no_dash_run({"s": "/", "s2": "/"}, "ngày 8/9-10/12", 0, 14) is True


# --- counter-shapes: pass before and after ------------------------------------------------------------------------

@pytest.mark.parametrize("text, rule, want", [
    ("Từ ngày 28/12 đến 2/1/2020, đoàn tỉnh A thăm tỉnh B.", "range_dm_dm", (28, 12, 2, 1, 2019)),
    ("Ngày 8/3 - 10/3, hai huyện tổ chức giao lưu.", "range_dm_dm", (8, 3, 10, 3, None)),
    ("Ngày 28-12-2019 - 5/1/2020, hai tỉnh tổ chức tuần văn hóa.", "range_dm_dm", (28, 12, 5, 1, 2019)),
    ("Ngày 5-6 - 7/11, đoàn tỉnh A công tác tại tỉnh B.", "range_dm_dm", (5, 6, 7, 11, None)),
    ("Ngày 2-3/9/2020, hai tỉnh hội đàm.", "range_days", (2, 9, 3, 9, 2020)),
    ("Ngày 7, 8 và 9 tháng 5/2013, hai huyện giao lưu.", "range_days", (7, 5, 9, 5, 2013)),
    ("Ngày 12-3-2019, hai tỉnh ký kết.", "dmy", (12, 3, None, None, 2019)),
])
def test_other_ranges_and_dates_read_as_before(text, rule, want):
    got_rule, got = _only(text)
    assert (got_rule, got) == (rule, want)


def test_days_of_a_dashed_run_that_do_not_follow_each_other_and_cannot_be_months():
    # "12- 15-16/3": not day by day, so not the run's range; still never 12 – 16 of two months
    for m in find_dates("Ngày 12- 15-16/3/2019, đoàn về thăm."):
        assert m.end_month in (None, m.month), m.text


def test_a_dashed_run_whose_days_do_not_follow_gives_no_range_of_months():
    # before: 5 August – 9 November (range_dm_dm); after: the run refused, its last two days read as before
    found = find_dates("Ngày 5- 8-9/11/2017, đoàn tỉnh A về tỉnh B.")
    assert [(m.day, m.month, m.end_day, m.end_month, m.year) for m in found] == [(8, 11, 9, 11, 2017)]
