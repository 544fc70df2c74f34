"""Round 40 (late40a): misses of a youth-union set read at first sight, fixed as general shapes, and the
counter-shapes of the splits the project decided the other way (docs/accuracy.md, "Round 40: late40a").
Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest


from extract_support import main_event, main_or_none


def _type(page: str) -> str:
    return main_event(page)["type"]


# --- 1. a recent occasion told "vừa phối hợp (với …) tổ chức": the stamp's year (early in a month, its year only)

STAMPED = ("Tuổi trẻ quận A mang quà tới vùng lũ\n\n"
           "{stamp}        412\n\n"
           "Quận đoàn A (thành phố Hà Nội) {verb} với các đơn vị tổ chức chương trình tình nguyện "
           "tại huyện Kỳ Anh (Hà Tĩnh).\n\n"
           "Đoàn đã trao nhiều phần quà cho bà con trong huyện.\n")


def test_a_recent_joint_programme_takes_the_stamps_year_early_in_a_month():
    main = main_event(STAMPED.format(stamp="09:30 02/12/2021", verb="vừa phối hợp"))
    assert main["date"] == "2021"


def test_a_recent_joint_programme_takes_the_stamps_month_later_in_a_month():
    main = main_event(STAMPED.format(stamp="09:30 16/11/2021", verb="vừa phối hợp"))
    assert main["date"] == "2021-11"


def test_a_joint_programme_not_told_as_recent_takes_nothing_from_a_stamp_early_in_a_month():
    # counter-shape (passes before and after): no "vừa", early in the month: no guess
    main = main_or_none(STAMPED.format(stamp="09:30 02/12/2021", verb="đã phối hợp"))
    assert main is None or not main["date"]


# --- 2. a volunteer programme a unit organises: its trip, a visit

@pytest.mark.parametrize("lead", [
    "Ngày 5/7/2023, Thành đoàn A tổ chức chương trình tình nguyện tại xã Hương Sơn, tỉnh Hà Tĩnh.",
    "Từ ngày 5 đến 8/7/2023, Tỉnh đoàn Quảng Nam tổ chức chương trình tình nguyện giúp đỡ người dân tỉnh Sê Kông (Lào).",
])
def test_a_volunteer_programme_organised_is_a_visit(lead):
    assert _type("Tình nguyện hè\n\n" + lead + "\n") == "visit"


@pytest.mark.parametrize("lead, kind", [
    # a review of the programme stays the meeting
    ("Ngày 5/9/2023, Thành đoàn A tổng kết chương trình tình nguyện hè tại hội trường thành phố.", "conference"),
    # a programme both sides organise together: no one side's trip (as a35's joint handover rite)
    ("Ngày 5/7/2023, Đoàn Thanh niên hai tỉnh tổ chức chương trình tình nguyện tại huyện Mường Lát.", "other"),
    ("Ngày 5/7/2023, Tỉnh đoàn A và Tỉnh đoàn B cùng hai huyện tổ chức chương trình tình nguyện tại xã C.", "other"),
    # a signing that plans one stays the signing
    ("Ngày 5/9/2023, Thành đoàn A và Tỉnh đoàn B ký kết chương trình phối hợp, trong đó có tổ chức chương trình "
     "tình nguyện tại hai địa phương.", "signing"),
])
def test_a_volunteer_programme_beside_another_occasion_keeps_that_occasion(lead, kind):
    assert _type("Tuổi trẻ hai tỉnh\n\n" + lead + "\n") == kind
