"""Round 40 (late40d): a stamped page whose lead tells its occasion undated is dated by the stamp's
month (undated.undated_main, "stamped"), unless the text names a year after the stamp's (then the
stamp may be an older copy's). A target's horizon ("đến năm 2030", "tầm nhìn đến năm 2045") is no
such year: a plan looks ahead of its writing. Sentences written for the test (names, days and wording
are ours)."""

from __future__ import annotations

from extract_support import main_event


def _page(tail: str, stamp: str = "09:40 | 18/11/2025") -> dict:
    return main_event(
        f"{stamp}\n"
        "Tại buổi tiếp, Chủ tịch UBND thành phố Đà Nẵng vui mừng chào đón đoàn đại biểu tỉnh Leningrad "
        "(Liên bang Nga) và cảm ơn đoàn đã thúc đẩy quan hệ giữa thành phố và tỉnh Leningrad.\n\n"
        f"{tail}\n")


def test_a_target_horizon_leaves_the_stamps_month():
    e = _page("Thành phố phấn đấu đến năm 2030 trở thành trung tâm khởi nghiệp, tầm nhìn đến năm 2045 là "
              "đô thị sinh thái.")
    assert e["date"] == "2025-11"


def test_a_target_horizon_beside_the_stamp_year():
    e = _page("Hai bên thống nhất đến năm 2030 sẽ mở đường bay thẳng.")
    assert e["date"] == "2025-11"


# counter-examples: what stays as before

def test_without_a_later_year_the_stamp_dates_it():
    assert _page("Hai bên trao đổi nhiều nội dung hợp tác.")["date"] == "2025-11"


def test_an_occasion_year_after_the_stamp_still_sets_the_stamp_aside():
    e = _page("Năm 2026, hai bên đã ký kết biên bản ghi nhớ về giáo dục.")
    assert not (e.get("date") or "").startswith("2025-11")
