"""Round 27 (late27d): three shapes that kept a year the page gives unknown (sentences written for
these tests; the pages were border talks and a provinces' review-and-signing conference)."""

from __future__ import annotations

from datetime import date

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.year_bounds import NEXT_ONES
from hoptac.core.extract.year_cues import find_year_cues
from hoptac.core.extract.year_not_plans import NOT_PLANS, not_a_plan

HEAD = "Hai tỉnh đẩy mạnh hợp tác\n\n"


def read(text: str) -> tuple[dict, dict]:
    trace: dict = {}
    events, warnings = extract_events(parse_article(HEAD + text), article_id="t", source="t.txt", trace=trace)
    mains = [e for e in events if e["main"]]
    assert len(mains) == 1, warnings
    return mains[0], trace


# --- 1. "các năm tiếp theo": the years after a plan's year, not an occasion followed up -------------

TALKS = ("16/09/2026 10:00\nSáng 16/9, tại tỉnh Điện Biên, Bộ Chỉ huy Quân sự tỉnh Điện Biên và tỉnh Phông Sa Lỳ "
         "(Lào) tổ chức hội đàm thường niên năm 2026.\n")


@pytest.mark.parametrize("noun, sentence", NEXT_ONES)
def test_a_plan_for_a_year_and_the_next_ones_is_no_lower_bound(noun, sentence):
    main, trace = read(TALKS + sentence + "\n")
    assert trace["bounds"].lower is None, trace["bounds"]
    assert (main["date"], main["year_source"]) == ("2026-09-16", "published")


#: ... but an earlier occasion told as done, or followed up ("Tiếp theo chuyến thăm …"), still bounds it.
STILL_PAST = [
    "Năm 2027 và những năm tiếp theo, hai bên đã ký kết nhiều văn bản hợp tác.",
    "Tiếp theo chuyến thăm năm 2027, hai tỉnh phối hợp tuần tra chung.",
]


@pytest.mark.parametrize("sentence", STILL_PAST)
def test_an_occasion_told_as_past_after_the_year_still_bounds_it(sentence):
    main, trace = read(TALKS + sentence + "\n")
    assert trace["bounds"].lower is not None and trace["bounds"].lower.day == date(2027, 1, 1)
    assert main["year_source"] == "unknown"   # the stamp's 2026 lies before it


# --- 2. "quý VI năm 2018": a misnumbered quarter's year is no year's plan --------------------------

REVIEW = ("Thứ Sáu, 30/11/2018, 15:05\nNgày 30-11, tại huyện Tân Biên (Tây Ninh), hai huyện Tân Biên và "
          "Mê Mốt, tỉnh Tboung Khmum (Campuchia) tổ chức hội nghị giao ban công tác biên giới.\n")
QUARTER_PLAN = dict(NOT_PLANS)["quarter_unread"] + "."


def test_a_misnumbered_quarters_year_gives_no_plan_cue():
    assert not find_year_cues(QUARTER_PLAN)
    assert not_a_plan(QUARTER_PLAN, QUARTER_PLAN.index("năm 20"), "plan", QUARTER_PLAN.index("ký")) == "quarter_unread"


def test_so_it_no_longer_disputes_the_stamp_of_the_same_day():
    main, _ = read(REVIEW + "Hai huyện ký kết kế hoạch tuần tra chung quý VI năm 2018.\n")
    assert (main["date"], main["year_source"]) == ("2018-11-30", "published")


@pytest.mark.parametrize("sentence", [
    "Hai huyện ký kết kế hoạch tuần tra chung năm 2019.",   # a year's plan, at a meeting of November
    "Hai bên thống nhất gửi tới quý vị năm 2019 kế hoạch tuần tra chung.",   # "quý vị": the honorific
])
def test_a_years_plan_keeps_its_cue(sentence):
    assert [c.name for c in find_year_cues(sentence)] == ["plan_year"]
    assert not_a_plan(sentence, sentence.index("năm 20"), "plan", sentence.index("k" if "ký" in sentence else "th")) is None


# --- 3. an interim review with the next period's programme signed -----------------------------------

SIGNING = ("{day}, tại tỉnh Long An, lãnh đạo tỉnh Tây Ninh và tỉnh Long An chủ trì hội nghị {review} Chương trình "
           "hợp tác phát triển giai đoạn 2017-2022 và ký kết Chương trình hợp tác phát triển giai đoạn 2023-2027 "
           "giữa hai tỉnh.\n")


def test_an_interim_review_with_the_next_programme_signed_is_in_the_periods_last_year():
    # (round 40, late40f: not in November-December, where the signing may be a late one of 2023: see
    # tests/test_round40_late40f.py; in June the review is still the period's own)
    main, _ = read(SIGNING.format(day="Chiều ngày 12-6", review="sơ kết"))
    assert (main["date"], main["year_cue"]["kind"]) == ("2022-06-12", "interim_before_plan")


def test_not_in_january():   # perhaps just after the period: the programme signed gives the year
    main, _ = read(SIGNING.format(day="Sáng ngày 15-1", review="sơ kết"))
    assert (main["date"], main["year_cue"]["kind"]) == ("2023-01-15", "plan_period")


def test_nor_for_a_final_review():   # "tổng kết": read as the review of a period that ends (review_period)
    main, _ = read(SIGNING.format(day="Chiều ngày 12-11", review="tổng kết"))
    assert main["year_cue"]["kind"] == "review_period"
