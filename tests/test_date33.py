"""Round 33 (date33): a span of months a meeting reviews, and a named occasion whose name holds a bracketed aside
before its year (sentences written for these tests; the pages that showed the shapes are in docs/accuracy.md,
"Round 33: date33")."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_held_in import REVIEW_MONTHS
from extract_support import main_event

HEAD = "Các xã giáp ranh tăng cường phối hợp\n\n"


def main_of(text: str) -> dict:
    return main_event(HEAD + text + "\n")


# --- a span of months reviewed (year_held_in, cue review_months) --------------------------------------

@pytest.mark.parametrize("lead, want", [
    ("Ngày 21/8, tại huyện Yên Minh, cụm an ninh ba huyện giáp ranh tổ chức giao ban từ tháng 10/2024 đến "
     "tháng 6/2025.", "2025-08-21"),
    # the same year written once, after the second month
    ("Sáng 15/7, công an hai huyện Mèo Vạc và Đồng Văn tổ chức hội nghị sơ kết công tác phối hợp từ tháng 1 "
     "đến tháng 6 năm 2024.", "2024-07-15"),
    # held in the span's last month
    ("Chiều 28/12, hai xã biên giới tổ chức tổng kết hoạt động kết nghĩa từ tháng 1/2023 đến tháng 12/2023.",
     "2023-12-28"),
])
def test_a_meeting_that_reviews_a_span_of_months_takes_its_last_year(lead, want):
    main = main_of(lead)
    assert (main["date"], main["year_source"]) == (want, "context")
    assert main["year_cue"]["kind"] == "review_months"


@pytest.mark.parametrize("lead", [
    # a day long after the span, or inside it: either year could hold it
    "Ngày 15/3, tại huyện Yên Minh, cụm an ninh ba huyện giáp ranh tổ chức giao ban từ tháng 10/2024 đến "
    "tháng 6/2025.",
    # a span that is a plan, not reviewed
    "Ngày 21/8, hai huyện thống nhất sẽ tổ chức giao ban từ tháng 10/2024 đến tháng 6/2025.",
    # no meeting names the span in its clause: work done over it, told beside the occasion
    "Ngày 21/8, hai huyện gặp mặt đầu năm học, từ tháng 10/2024 đến tháng 6/2025 đã trao đổi 30 đoàn.",
])
def test_a_span_of_months_that_names_no_review_of_the_occasion_gives_no_year(lead):
    assert main_of(lead)["year_source"] == "unknown"


def test_the_window_after_the_span_is_a_few_months():
    assert 1 <= REVIEW_MONTHS <= 4
    # a day four months after June: no year
    main = main_of("Ngày 20/10, tại huyện Yên Minh, cụm an ninh ba huyện giáp ranh tổ chức giao ban từ tháng "
                   "10/2024 đến tháng 6/2025.")
    assert main["year_source"] == "unknown"


# --- a named occasion whose name holds an aside in brackets (year_names._ASIDE) ------------------------

def test_a_bracketed_aside_inside_a_coming_occasions_name_keeps_its_year():
    main = main_of("Các đoàn nghệ thuật sẽ biểu diễn trong chương trình Festival, diễn ra từ ngày 30/3 đến 3/4 tại "
                   "thành phố Quy Nhơn.\n\nHội thảo quốc tế các làng nghề truyền thống (có 40 làng nghề của 12 nước) "
                   "năm 2027 sẽ khai mạc ngày 1/4, với chủ đề phát triển bền vững.")
    assert (main["date"], main["year_cue"]["kind"]) == ("2027-03-30", "named_ahead")


def test_a_bracket_that_holds_years_is_no_aside():
    # "(2019 - 2023)": the editions before, a span of its own; the year after it names no occasion here
    main = main_of("Các đoàn nghệ thuật sẽ biểu diễn trong chương trình Festival, diễn ra từ ngày 30/3 đến 3/4 tại "
                   "thành phố Quy Nhơn.\n\nLiên hoan nghệ thuật các làng nghề (2019 - 2023) năm 2027 sẽ khai mạc "
                   "ngày 1/4, với chủ đề phát triển bền vững.")
    assert main["year_cue"] is None or main["year_cue"]["kind"] != "named_ahead"
