"""Round 13 of the dates: days told as background that dated the page (a bond made 'sau khi … ký
kết', a work's groundbreaking on a page that hands it over, a plan told after an undated lead, a
part of a year in a later sentence of a lead framed 'Tại buổi tiếp, …'). Each took the main
event's year on round 12's learning sets; here with sentences written for these tests, the family
of each shape and the near shapes that must stay dated (docs/accuracy.md, thirteenth dates round)."""

from __future__ import annotations

import pytest

from hoptac.core.extract import built_before as bb
from hoptac.core.extract.article import parse_article
from extract_support import main_or_none, verdicts_of as _verdicts

HEAD = "Hai địa phương tăng cường hợp tác\n\n"


def _year(text: str) -> str | None:
    main = main_or_none(text)
    return main["date"][:4] if main and main.get("date") else None


# --- a bond made, told in a "sau khi" / "từ khi" clause ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ông Trần Văn An vui mừng vì quan hệ hai thành phố phát triển tốt đẹp sau khi hai bên ký kết thỏa thuận hợp tác vào tháng 4/2012.",
    "Lãnh đạo huyện khẳng định, từ khi hai huyện chính thức kết nghĩa vào năm 2005, nhân dân thường xuyên qua lại.",
    "Quan hệ hai tỉnh ngày càng gắn bó từ sau khi hai địa phương thiết lập quan hệ hữu nghị ngày 10/10/2016.",
    "Hai bên đã hợp tác trên nhiều lĩnh vực kể từ khi tỉnh A và tỉnh B ký biên bản ghi nhớ tháng 9/2018.",
])
def test_a_bond_told_after_sau_khi_does_not_date_an_undated_meeting(sentence):
    page = HEAD + "Tại buổi làm việc, lãnh đạo tỉnh Lạng Sơn và tỉnh Cao Bằng trao đổi về hợp tác. " + sentence + "\n"
    assert set(v for t, v in _verdicts(page).items()) <= {"past", "period"}, _verdicts(page)
    assert _year(page) is None


def test_a_day_after_a_clause_that_ends_sau_khi_stays_the_occasion():
    page = HEAD + "Sau khi ký kết, sáng 5/3/2024, đoàn công tác tỉnh Lạng Sơn đến thăm tỉnh Cao Bằng.\n"
    assert _year(page) == "2024"


# --- a work's groundbreaking day on a page that hands it over ----------------------------------

@pytest.mark.parametrize("headline", [h for _, h in bb.HANDED_OVER])
@pytest.mark.parametrize("sentence", [s for _, s in bb.BEGUN])
def test_a_groundbreaking_day_is_past_on_a_page_that_hands_the_work_over(headline, sentence):
    page = headline + "\n\nTỉnh Quảng Trị và tỉnh Salavan cùng dự buổi lễ. " + sentence + "\n"
    got = {t: v for t, v in _verdicts(page).items()}
    assert got and set(got.values()) == {"past"}, got
    assert _year(page) is None


@pytest.mark.parametrize("headline", [
    "Khởi công nhà văn hóa hữu nghị tại huyện bạn",
    "Động thổ trường học do tỉnh A tặng huyện B",
])
def test_a_groundbreaking_the_headline_names_keeps_its_day(headline):
    page = headline + "\n\nCông trình khởi công ngày 12/4/2021 với tổng vốn 8 tỷ đồng, do tỉnh Quảng Trị tài trợ cho tỉnh Salavan.\n"
    assert _year(page) == "2021"


# --- a plan told after an undated lead that tells a held occasion ------------------------------

@pytest.mark.parametrize("lead", [
    "Tại buổi tiếp, Đại sứ nước bạn và Phó Chủ tịch UBND tỉnh Lạng Sơn khẳng định quan hệ hai bên phát triển tốt đẹp.",
    "Trong buổi làm việc, lãnh đạo tỉnh Lạng Sơn đã trao đổi với đoàn tỉnh Cao Bằng về hợp tác biên giới.",
    "Vừa qua, lãnh đạo tỉnh Lạng Sơn đã tiếp đoàn công tác tỉnh Cao Bằng.",
])
@pytest.mark.parametrize("plan", [
    "Phó Chủ tịch cho biết, đoàn đại biểu tỉnh sẽ thăm nước bạn từ ngày 5 đến 13/5/2025 nhằm thúc đẩy hợp tác.",
    "Theo kế hoạch, ngày 20/6/2025, hai bên sẽ ký kết thỏa thuận hợp tác giai đoạn mới.",
    "Dự kiến, từ ngày 8 đến 10/11/2025, tỉnh Cao Bằng sẽ tổ chức hội chợ thương mại.",
])
def test_a_plan_after_an_undated_lead_does_not_date_the_page(lead, plan):
    page = HEAD + lead + "\n" + plan + "\n"
    assert "ahead" in _verdicts(page).values(), _verdicts(page)
    assert _year(page) is None


@pytest.mark.parametrize("lead", [
    "Đoàn đại biểu tỉnh Cao Bằng sẽ có chuyến thăm và làm việc tại tỉnh Lạng Sơn.",   # the lead tells the plan
    "Sở Du lịch tỉnh Lạng Sơn phối hợp Sở Du lịch tỉnh Cao Bằng tổ chức khảo sát tuyến du lịch năm 2025.",
])
def test_a_page_about_the_plan_is_dated_by_it(lead):
    page = HEAD + lead + "\nDự kiến, từ ngày 12/06 đến 13/06/2025, đoàn sẽ sang khảo sát các điểm du lịch.\n"
    assert _year(page) == "2025"


# --- a part of a year in a later sentence of a framed lead --------------------------------------

def test_a_part_of_a_year_after_a_framed_lead_sentence_times_another_occasion():
    page = HEAD + ("Tại buổi tiếp, lãnh đạo tỉnh Lạng Sơn khẳng định quan hệ với tỉnh Cao Bằng đang phát triển. "
                   "Đặc biệt, chuyến thăm của đoàn tỉnh Cao Bằng cuối năm 2023 đã mở ra nhiều cơ hội hợp tác.\n")
    assert _year(page) is None


def test_a_part_of_a_year_in_the_framed_sentence_itself_still_dates_it():
    page = HEAD + "Trong chuyến thăm cuối năm 2023, lãnh đạo tỉnh Lạng Sơn đã làm việc với tỉnh Cao Bằng về hợp tác.\n"
    assert _year(page) == "2023"


# --- a feature with no occasion: a stamp under the summary and the byline, a gift of years ago ---

FEATURE = ("Tình hữu nghị giữa hai huyện biên giới\n\n"
           "Thời gian qua, huyện Mường Lát đã duy trì quan hệ hợp tác với các huyện giáp biên của tỉnh Hủa Phăn.\n\n"
           "Minh An – Thu Hà\n\n{stamp}\n\n"
           "Nhà văn hóa bản Bó do huyện Mường Lát tặng các bạn tỉnh Hủa Phăn tháng 11/2015 với trị giá hơn 1 tỷ đồng. "
           "Hai bên thường xuyên thăm hỏi nhau.\n")


@pytest.mark.parametrize("stamp", ["29/07/2024 18:10", "18:10 29/07/2024", "29/07/2024 | 18:10"])
def test_a_stamp_under_the_byline_is_no_occasion_nor_a_gift_of_years_before_it(stamp):
    page = FEATURE.format(stamp=stamp)
    art = parse_article(page)
    assert art.published is not None and art.published.year == 2024
    assert _year(page) is None


def test_a_month_of_the_stamps_year_in_the_body_still_dates_the_page():
    page = FEATURE.format(stamp="29/07/2024 18:10").replace("tháng 11/2015", "tháng 7/2024")
    assert _year(page) == "2024"


@pytest.mark.parametrize("opening", ["Những năm qua", "Trong nhiều năm gần đây", "5 năm qua", "Thời gian gần đây"])
def test_a_lead_that_reviews_years_is_not_dated_by_the_stamp(opening):
    page = ("Hai tỉnh tăng cường hợp tác\nNgày đăng: 20/06/2024\n\n" + opening
            + ", đoàn công tác tỉnh Lạng Sơn đã nhiều lần đến thăm và làm việc tại tỉnh Cao Bằng.\n")
    assert _year(page) is None


def test_an_undated_occasion_on_a_stamped_page_is_still_dated_by_the_stamp():
    page = ("Hai tỉnh tăng cường hợp tác\nNgày đăng: 20/06/2024\n\n"
            "Đoàn công tác tỉnh Lạng Sơn đã đến thăm và làm việc tại tỉnh Cao Bằng.\n")
    assert _year(page) == "2024"


# --- a site's hotline line, with its clock glued on, above the headline ----------------------------

@pytest.mark.parametrize("hotline", ["Đường dây nóng: 0912 000 111 - (024) 3936 0000Thứ hai, 29/05/2023 08:14 GMT+7",
                                     "Đường dây nóng 0912 000 111 - Thứ hai, 29/05/2023 08:14 GMT+7",
                                     "Đường dây nóng: 0237 3721 150"])
def test_a_hotline_line_is_no_headline_and_its_clock_no_stamp(hotline):
    page = (hotline + "\n\nHai tỉnh khởi động chương trình giao lưu biên giới năm 2022\n\n"
            "Ngày 30-5, tại huyện Bua La Pha, tỉnh Khăm Muộn, đoàn công tác tỉnh Quảng Bình gặp gỡ lãnh đạo nước bạn.\n")
    art = parse_article(page)
    assert art.title.startswith("Hai tỉnh khởi động")
    main = main_or_none(page)
    assert main is not None and main["date"].endswith("05-30") and not main["date"].startswith("2023")
