"""The full stop of an abbreviated level ("TP. Cần Thơ", "TX. Sa Pa", "Q. 1") ends no clause when a year's
clause is read back to its review or plan word (year_cues._classify; round 27, data27 18: a review of a period
named "giữa tỉnh A và TP. B giai đoạn W - Y" lost its review word at "TP."). Sentences written for the test."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_cues import find_year_cues
from extract_support import main_event

HEAD = "Hai địa phương tăng cường liên kết\n\n"

#: The review of the period before, then the new period signed, on a December day with no year: the review's
#: period ends in the year of the day (Y in November-December).
REVIEWS = [
    ("Hội nghị tổng kết chương trình hợp tác giữa tỉnh Hậu Giang và TP. Cần Thơ giai đoạn 2016 - 2020, ký kết "
     "thỏa thuận hợp tác giai đoạn 2021 - 2025 được tổ chức ngày 18-12 tại Cần Thơ.", "2020-12-18"),
    ("Ngày 20/11, hội nghị đánh giá kết quả hợp tác giữa huyện Bảo Thắng và TX. Sa Pa giai đoạn 2015 - 2019 "
     "diễn ra tại Lào Cai; hai bên ký kết kế hoạch phối hợp giai đoạn 2020 - 2024.", "2019-11-20"),
]


@pytest.mark.parametrize("text, day", REVIEWS)
def test_a_review_named_across_an_abbreviation_keeps_its_cue(text, day):
    assert "review_period" in {c.name for c in find_year_cues(text)}
    assert main_event(HEAD + text + "\n")["date"] == day


def test_a_real_full_stop_still_ends_the_clause():
    # the review is in the sentence before: the period after the stop is the plan's own
    text = ("Hai bên tổng kết chương trình hợp tác năm qua. Hai tỉnh ký kết chương trình hợp tác giai đoạn "
            "2021 - 2025.")
    assert "review_period" not in {c.name for c in find_year_cues(text)}


#: A period signed from Y at the occasion (handover_period) and a review of the period that ends in Y: the review
#: closes it at the hand-over, in Y -- not the year after, as a review of a period long ended would be.
HANDOVER = ("Sáng 9-4, tỉnh Hà Tĩnh và thành phố Đà Nẵng tổ chức hội nghị ký kết thỏa thuận hợp tác giai đoạn "
            "2020-2025.\nPhát biểu tại hội nghị, Chủ tịch UBND tỉnh điểm lại kết quả thỏa thuận hợp tác giữa hai "
            "địa phương giai đoạn 2015-2020 với nhiều dự án được triển khai.\n")


def test_a_review_of_the_period_handed_over_is_of_the_handover_year():
    names = {c.name: c.year for c in find_year_cues(HANDOVER)}
    assert names.get("handover_period") == 2020 and "review_period" not in names
    assert main_event(HEAD + HANDOVER)["date"] == "2020-04-09"


def test_a_review_of_a_period_ended_the_year_before_keeps_its_cue():
    # counter-example: 2015-2019 reviewed at the signing of 2020-2025 -- no hand-over in one year
    text = HANDOVER.replace("2015-2020", "2015-2019")
    assert "review_period" in {c.name for c in find_year_cues(text)}
