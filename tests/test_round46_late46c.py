"""Round 46 (late46c): the plan_year cue's November-December shift (Y-1) ruled out by the page itself -- a year
told as done ("Năm 2024, tỉnh A đã cấp học bổng …": a lower bound in Y) or the page's clock on the occasion's days
in Y -- leaves the plan's own year Y (core/extract/plan_year_kept.py). The counter-shapes keep Y-1 or no year.
The sentences are written for these tests; none is copied from a page."""

from __future__ import annotations

import pytest

from extract_support import main_event


def _date(text: str) -> str:
    return main_event(text)["date"]


_MOU = ("Ngày 24/11, tại thành phố Lào Cai, hội nghị trao đổi công tác y tế giữa tỉnh Lào Cai và tỉnh Vân Nam "
        "(Trung Quốc) đã được tổ chức.\n\n"
        "Sở Y tế hai tỉnh ký kết biên bản ghi nhớ hợp tác năm 2025.\n\n")


@pytest.mark.parametrize("done", [
    "Năm 2025, tỉnh Vân Nam đã cấp học bổng cho 30 sinh viên của tỉnh Lào Cai.\n",
    "Năm 2025, hai tỉnh đã ký kết thỏa thuận về phòng chống dịch bệnh ở vùng biên.\n",
    "Năm 2025, tỉnh Vân Nam đã trao tặng tỉnh Lào Cai 2 xe cứu thương.\n",
    "Năm 2025, tỉnh Vân Nam đã hỗ trợ tỉnh Lào Cai đào tạo 50 bác sĩ.\n",
])
def test_a_year_told_as_done_rules_out_the_year_before(done):
    # before: 2024-11-24 (the memorandum "năm 2025" read as next year's plan in November)
    assert _date(_MOU + done) == "2025-11-24"


def test_without_a_year_told_as_done_the_shift_stands():
    # counter-shape: nothing on the page rules the shift out -- next year's plan signed in November (unchanged)
    assert _date(_MOU + "Hai bên thống nhất tăng cường trao đổi đoàn trong thời gian tới.\n") == "2024-11-24"


def test_a_year_told_ahead_does_not_rule_it_out():
    # counter-shape: "Năm 2025, hai tỉnh sẽ …" is ahead, no lower bound (unchanged)
    assert _date(_MOU + "Năm 2025, hai tỉnh sẽ trao đổi 30 sinh viên.\n") == "2024-11-24"


def test_a_city_named_da_is_no_done_verb():
    # counter-shape: "Đà Nẵng" folds like "đã": "Năm 2025, Đà Nẵng sẽ trao …" tells nothing done
    assert _date(_MOU + "Năm 2025, Đà Nẵng sẽ trao học bổng cho sinh viên hai tỉnh.\n") == "2024-11-24"


_TRIP = ("Từ ngày 10 đến 15-12, Sở Du lịch thành phố Huế tổ chức đoàn khảo sát xây dựng chương trình du lịch "
         "“Con đường di sản miền Trung” năm 2030 tại các tỉnh Quảng Nam, Quảng Ngãi.\n\n"
         "Trong ngày đầu tiên, đoàn đã đến Quảng Nam. Những ngày tiếp theo, đoàn sẽ khảo sát Quảng Ngãi.\n")


def test_the_clock_on_the_occasions_days_keeps_the_plans_year():
    # before: 2029-12-10 (Y-1) under a clock of 11/12/2030
    assert _date("Thứ Tư ngày 11/12/2030\n" + _TRIP) == "2030-12-10"


def test_a_clock_far_after_the_occasion_keeps_the_shift():
    # counter-shape: a clock months after the day in Y says nothing of which year (unchanged: Y-1)
    assert _date("Thứ Hai ngày 3/3/2031\n" + _TRIP) == "2029-12-10"


def test_without_a_clock_the_shift_stands():
    assert _date(_TRIP) == "2029-12-10"


# --- 2. a bare name written with a commune's marks, not the province's ("Yên Bài", a xã of Hà Nội, is not
# "Yên Bái"): core/places_written.py, commune_marks

_SCHOOLS = ("Giao lưu giữa trường mầm non Hoa Sen thành phố Lào Cai và trường mầm non Yên Bài B, huyện Ba Vì, "
            "thành phố Hà Nội\n\n"
            "Sáng ngày 14/10/2023, trường mầm non Hoa Sen đón đoàn giáo viên trường mầm non Yên Bài B đến tham quan, "
            "trao đổi kinh nghiệm.\n")


def test_a_communes_marks_are_not_the_provinces():
    # before: Hà Nội – Yên Bái (the commune's name read as the province, folded alike)
    assert sorted(main_event(_SCHOOLS)["pair"]) == ["Hà Nội", "Lào Cai"]


@pytest.mark.parametrize("written", ["Yên Bái", "YÊN BÁI"])
def test_the_provinces_own_marks_stay_the_province(written):
    # counter-shape: the province written with its own marks (or in capitals) stays Yên Bái
    text = ("Đoàn công tác tỉnh Lào Cai thăm " + written + "\n\n"
            "Ngày 14/10/2023, đoàn công tác tỉnh Lào Cai đã đến thăm và làm việc tại " + written + ".\n")
    assert "Yên Bái" in main_event(text)["pair"]
