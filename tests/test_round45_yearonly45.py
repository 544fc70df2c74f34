"""Round 45 (yearonly45): a year alone for an occasion the page gives no day, when the page proves it.

An occasion told with no day, no "vừa" and no page stamp takes the year of results so far told at it
("Trong 9 tháng đầu năm 2019, …") wherever the page tells them (before: only inside the lead), when
the page tells no later year. Every other cue kind measured stays undated (year_only_told.KINDS).
All sentences are ours.
"""

from __future__ import annotations

import pytest

from extract_support import main_or_none

from hoptac.core.extract.year_only_told import KINDS, SHIPPED

HEAD = "Tỉnh Quảng Trị làm việc với tỉnh Savannakhet\n\n"
LEAD = ("Tại thành phố Đông Hà, đoàn công tác tỉnh Savannakhet (Lào) đã làm việc với lãnh đạo tỉnh Quảng Trị "
        "về hợp tác bảo vệ an ninh biên giới.\n\n"
        "Tại buổi làm việc, hai bên thông tin kết quả thực hiện nhiệm vụ của mỗi đơn vị.\n\n")


def _main(body: str) -> dict:
    main = main_or_none(HEAD + LEAD + body + "\n")
    assert main is not None
    return main


@pytest.mark.parametrize("tally, year", [
    ("Trong 9 tháng đầu năm 2019, hai đơn vị đã tổ chức 12 cuộc họp và trao đổi nhiều thông tin.", "2019"),
    ("Từ đầu năm 2021 đến nay, lực lượng hai bên đã tuần tra chung 5 lần.", "2021"),
    ("Kết quả tuần tra cho thấy khu vực giáp ranh ổn định. Trong 6 tháng đầu năm 2017 đã trao đổi thông tin 3 lần.",
     "2017"),
])
def test_results_so_far_told_in_the_body_give_the_occasion_its_year(tally, year):
    main = _main(tally)
    assert (main["date"], main["precision"]) == (year, "year"), main
    assert (main["year_cue"] or {}).get("kind") == "so_far", main


@pytest.mark.parametrize("body", [
    # a later year told on the page: the tally is background
    "Trong 9 tháng đầu năm 2019, hai đơn vị đã tổ chức 12 cuộc họp. Năm 2021, hai tỉnh đã ký kết thỏa thuận mới.",
    # two tallies of different years
    "Trong 6 tháng đầu năm 2018, hai đơn vị đã họp 4 lần; trong 9 tháng đầu năm 2019, hai đơn vị đã họp 7 lần.",
    # a period merely carried out
    "Buổi làm việc nhằm triển khai chương trình hợp tác giai đoạn 2019 - 2023 giữa hai tỉnh.",
    # a plan for next year
    "Hai bên thống nhất kế hoạch hợp tác năm 2020 với nhiều nội dung mới.",
    # an earlier year told as background
    "Năm 2015, hai tỉnh đã ký kết biên bản ghi nhớ về hợp tác biên giới.",
    # a year's review: at its end or early in the next
    "Hai bên tổng kết hợp tác năm 2018 và đánh giá cao kết quả đạt được.",
    # an interim review named with its year: even that was held in the next January
    "Hai bên sơ kết thỏa thuận hợp tác năm 2024 giữa hai tỉnh.",
    # a period signed at the occasion: often the year before it starts
    "Hai bên ký kết chương trình phối hợp giai đoạn 2013 - 2017.",
    # a document for a year signed at the occasion: often the year before
    "Hai bên ký kết biên bản hợp tác năm 2016.",
])
def test_other_cues_leave_the_occasion_undated(body):
    main = _main(body)
    assert main["date"] is None, main


def test_results_so_far_with_a_page_stamp_are_not_this_rules():
    """A stamped page keeps its own path (the stamp's month or nothing): the so-far year does not override it."""
    page = HEAD + "Ngày đăng: 03/10/2019\n\n" + LEAD + "Trong 9 tháng đầu năm 2019, hai đơn vị đã họp 12 lần.\n"
    main = main_or_none(page)
    assert main is not None and main["date"] != "2018", main


def test_the_table_ships_only_kinds_that_never_gave_another_year():
    assert SHIPPED == {"so_far"}
    for k in KINDS:
        assert k.example and k.why, k
        if k.shipped:
            assert k.other == 0, k
    assert {"plan_year", "plan_noun", "review_year", "review_period", "plan_period"} <= {k.name for k in KINDS}
