"""Round 40 (late40f): the misses of two unseen sets read in general (sentences written for these
tests; the pages were a provinces' review-and-signing conference and the first meeting of a regional
council that announced the decision founding it)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.year_cue_kinds import SIGNED_INTERIM_OPEN
from hoptac.core.extract.year_shapes import shape_cues

HEAD = "Hai tỉnh đẩy mạnh hợp tác\n\n"


def main_event(text: str) -> dict:
    events, warnings = extract_events(parse_article(HEAD + text), article_id="t", source="t.txt")
    mains = [e for e in events if e["main"]]
    assert len(mains) == 1, warnings
    return mains[0]


# --- 1. an interim review with the next programme signed, in November-December: no year ----------

SIGNING = ("{day}, tại tỉnh Đồng Nai, lãnh đạo tỉnh Bình Dương và tỉnh Đồng Nai tổ chức hội nghị sơ kết "
           "Chương trình hợp tác phát triển giai đoạn 2015-2020 và {plan} Chương trình hợp tác phát triển "
           "giai đoạn 2021-2025 giữa hai tỉnh.\n")


@pytest.mark.parametrize("day", ["Chiều ngày 10-11", "Sáng 4/12"])
def test_a_signing_with_an_interim_review_late_in_the_year_gives_no_year(day):
    # 2020 (the programme signed ahead) or 2021 (signed late in its first year): the text does not say
    main = main_event(SIGNING.format(day=day, plan="ký kết"))
    assert main["date"].startswith("--"), main["date"]


def test_the_cue_is_marked_as_the_next_programme_signed():
    text = SIGNING.format(day="Chiều ngày 10-11", plan="ký kết")
    cues = [c for c in shape_cues(text, find_dates(text), set())[0] if c.name == "interim_before_plan"]
    assert [(c.year, c.signed) for c in cues] == [(2020, True)]
    assert SIGNED_INTERIM_OPEN == (11, 12)


# counter-shapes, kept: the same words in mid-year, and a plan that is not a programme signed
def test_in_mid_year_the_interim_review_still_gives_the_reviewed_periods_last_year():
    main = main_event(SIGNING.format(day="Chiều ngày 10-6", plan="ký kết"))
    assert (main["date"], main["year_cue"]["kind"]) == ("2020-06-10", "interim_before_plan")


def test_with_the_next_periods_plan_not_signed_november_keeps_the_reviewed_periods_last_year():
    main = main_event(SIGNING.format(day="Chiều ngày 10-11", plan="triển khai kế hoạch thực hiện"))
    assert (main["date"], main["year_cue"]["kind"]) == ("2020-11-10", "interim_before_plan")


def test_a_signing_in_january_still_takes_the_new_periods_first_year():
    main = main_event(SIGNING.format(day="Sáng ngày 15-1", plan="ký kết"))
    assert main["date"] == "2021-01-15"


# --- 2. a decision announced at the occasion: a near lower bound, the year of the next such day --------

COUNCIL = ("Ngày 14/10, tại tỉnh Hậu Giang, Hội đồng liên kết các tỉnh ven biển tổ chức Hội nghị lần thứ nhất. "
           "Tham dự có lãnh đạo tỉnh Sóc Trăng và tỉnh Bạc Liêu.\n\n"
           "Tại Hội nghị, ông Trần Văn Bình, Chánh Văn phòng, công bố Quyết định số 215/QĐ-UBND ngày 2/9/2024 "
           "của Chủ tịch UBND tỉnh về việc thành lập Hội đồng liên kết.\n")


def test_a_decision_announced_at_the_meeting_gives_the_year_of_the_next_such_day():
    main = main_event(COUNCIL)
    assert (main["date"], main["year_cue"]["kind"]) == ("2024-10-14", "announced_decision")


def test_a_day_and_month_before_the_decisions_is_the_next_year():
    main = main_event(COUNCIL.replace("Ngày 14/10", "Ngày 10/1"))
    assert main["date"] == "2025-01-10"


@pytest.mark.parametrize("change", [
    # cited, not announced
    ("công bố Quyết định", "thảo luận việc thực hiện Quyết định"),
    # to be announced
    ("công bố Quyết định", "sẽ công bố Quyết định"),
    # the sentence does not open at the occasion: another day's announcing
    ("Tại Hội nghị, ông", "Trước đó, ông"),
])
def test_counter_shapes_give_no_year(change):
    main = main_event(COUNCIL.replace(*change))
    assert main["date"] == "--10-14"


def test_a_year_the_page_gives_otherwise_is_kept():
    main = main_event(COUNCIL.replace("Ngày 14/10", "Ngày 14/10/2025"))
    assert main["date"] == "2025-10-14"
