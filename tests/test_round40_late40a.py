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
