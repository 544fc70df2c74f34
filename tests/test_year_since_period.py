"""Years of cooperation counted from a dated start bound the year from below; a plan year
is only what is planned, not what was done; a period agreement signed early in its
first year names that year (sentences written for these tests)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.year_bounds import BOUND
from hoptac.core.extract.year_cues import find_year_cues

from extract_support import events_in, main_event

HEAD = "Hai tỉnh đẩy mạnh hợp tác\n\n"
LEAD = "Ngày 12/3, tại thành phố Lạng Sơn, tỉnh Lạng Sơn và tỉnh Cao Bằng tổ chức hội nghị đánh giá hợp tác.\n\n"


def main_of(text: str) -> dict:
    return main_event(HEAD + text)


# --- years of cooperation since a dated start -----------------------------------------

@pytest.mark.parametrize("body", [
    "Hơn 20 năm qua, kể từ khi ký Thỏa thuận hợp tác ngày 18/11/2002, quan hệ giữa hai tỉnh không ngừng "
    "phát triển. Hai bên cùng nhau xây dựng Quy chế phối hợp quản lý biên giới năm 2004.\n",
    "Sau 20 năm thực hiện Thỏa thuận hợp tác ký ngày 18/11/2002, hai bên đã cùng nhau xây dựng Quy chế "
    "phối hợp năm 2004.\n",
])
def test_a_past_plan_year_before_the_years_since_bound_gives_no_year(body):
    main = main_of(LEAD + body)
    assert main["date"].endswith("03-12") and main["year_source"] == "unknown"


def test_years_of_cooperation_since_a_date_are_a_lower_bound():
    assert BOUND["years_since"].side == "lower"
    text = LEAD + "Hơn 20 năm qua, kể từ khi ký Thỏa thuận hợp tác ngày 18/11/2002, hai tỉnh hợp tác tốt.\n"
    assert main_of(text)["year_source"] == "unknown"
    # with an upper bound (what is expected by the end of 2022), one year is left
    main = main_of(text + "\nHai tỉnh sẽ khánh thành chợ biên giới vào tháng 12/2022.\n")
    assert main["date"] == "2022-03-12" and main["year_cue"]["kind"] == "bounds"


def test_an_anniversary_of_n_years_is_no_years_since_bound():
    # held around the day, sometimes just before it: a bound would push it a year later
    text = LEAD.replace("hội nghị đánh giá hợp tác", "lễ kỷ niệm tròn 20 năm ngày ký Thỏa thuận hợp tác ngày 14/3/2002")
    main = main_of(text)
    assert main["date"] in ("2022-03-12", "--03-12")


@pytest.mark.parametrize("sentence, year", [
    ("Hai bên đã cùng nhau xây dựng Quy chế phối hợp năm 2004.", None),   # done, not planned
    ("Hai bên thống nhất phương hướng hợp tác năm 2026.", 2026),           # planned
])
def test_the_plan_year_is_only_what_is_planned(sentence, year):
    cues = [c for c in find_year_cues(sentence) if c.name == "plan_year"]
    assert [c.year for c in cues] == ([year] if year else [])


# --- a period agreement signed early in its first year --------------------------------

@pytest.mark.parametrize("lead, want", [
    ("Sáng 16/3, lãnh đạo tỉnh Lạng Sơn và tỉnh Cao Bằng ký thỏa thuận hợp tác giai đoạn 2018–2023.", "2018-03-16"),
    ("Sáng 16/3, tỉnh Lạng Sơn và tỉnh Cao Bằng đã ký kết Thỏa thuận hợp tác toàn diện, giai đoạn 2018-2023 "
     "nhằm thúc đẩy phát triển.", "2018-03-16"),
    ("Sáng 16/3, hai tỉnh Lạng Sơn và Cao Bằng đã ký kết Thỏa thuận hợp tác trên các lĩnh vực kinh tế, văn hóa, "
     "giáo dục giai đoạn 2018-2023.", "2018-03-16"),
    # signed at the year's end: the year before the period or the first year, no year (in September-October
    # a signed period opens its own year since round 17: tests/test_dates17.py)
    ("Sáng 16/11, hai tỉnh Lạng Sơn và Cao Bằng đã ký kết Thỏa thuận hợp tác trên các lĩnh vực kinh tế, văn "
     "hóa, giáo dục giai đoạn 2018-2023.", "--11-16"),
    ("Sáng 16/10, hai tỉnh Lạng Sơn và Cao Bằng đã ký kết Thỏa thuận hợp tác trên các lĩnh vực kinh tế, văn "
     "hóa, giáo dục giai đoạn 2018-2023.", "2018-10-16"),
])
def test_a_period_agreement_signed_early_in_its_first_year(lead, want):
    assert main_of(lead + "\n")["date"] == want


def test_a_period_in_a_sentence_with_no_signing_gives_no_year():
    main = main_of("Sáng 16/3, tỉnh Lạng Sơn và tỉnh Cao Bằng gặp gỡ, trao đổi kinh nghiệm, giai đoạn 2018-2023.\n")
    assert main["year_source"] == "unknown"


# --- a past signing's year is a milestone --------------------------------------------

def _events(text: str) -> list[dict]:
    return events_in(HEAD + text)


@pytest.mark.parametrize("sentence, year", [
    ("Hai bên tiếp tục triển khai biên bản hợp tác đã ký kết năm 2019.", "2019"),
    ("Hai bên đánh giá kết quả sau khi ký kết bản ghi nhớ năm 2016, hợp tác ngày càng sâu rộng.", "2016"),
])
def test_the_year_of_a_signing_told_as_done_is_a_milestone(sentence, year):
    evs = _events(LEAD + sentence + "\n")
    other = [e for e in evs if not e["main"] and e["date"] == year]
    assert other and other[0]["type"] == "signing"


def test_a_plan_signed_for_a_year_is_no_milestone_of_that_year():
    evs = _events(LEAD + "Năm nay, hai bên đã ký kết kế hoạch hợp tác năm 2024 với nhiều nội dung.\n")
    assert not [e for e in evs if not e["main"] and e["date"] == "2024"]


def test_the_last_day_of_a_stated_trip_told_in_the_lead_is_a_milestone_of_its_year():
    evs = _events("Chiều 20/6, đoàn công tác tỉnh Lạng Sơn đã về nước, kết thúc chuyến thăm tỉnh Quảng Tây "
                  "(Trung Quốc).\n\nTừ ngày 16/6 đến 20/6/2024, đoàn công tác tỉnh Lạng Sơn do Bí thư Tỉnh ủy "
                  "dẫn đầu đã thăm và làm việc tại tỉnh Quảng Tây (Trung Quốc).\n")
    main = next(e for e in evs if e["main"])
    # round 45 (late45a): the return home is the occasion, the trip's days another event (golds five to one)
    assert main["date"] == "2024-06-20"
    assert [e["date"] for e in evs if not e["main"]] == ["2024-06-16"]
    # a day outside the trip gets no year from it
    evs = _events("Chiều 25/6, đoàn công tác tỉnh Lạng Sơn đã về nước, kết thúc chuyến thăm tỉnh Quảng Tây "
                  "(Trung Quốc).\n\nTừ ngày 16/6 đến 20/6/2024, đoàn công tác tỉnh Lạng Sơn do Bí thư Tỉnh ủy "
                  "dẫn đầu đã thăm và làm việc tại tỉnh Quảng Tây (Trung Quốc).\n")
    assert "2024-06-25" not in [e["date"] for e in evs]


def test_the_year_a_relation_was_established_is_a_milestone():
    evs = _events(LEAD + "Quan hệ hữu nghị giữa hai tỉnh được thiết lập từ năm 2009 đến nay, ngày càng bền chặt.\n")
    assert "2009" in [e["date"] for e in evs if not e["main"]]
    # a reviewed period's start with no relation established is no milestone
    evs = _events(LEAD + "Từ năm 2009 đến nay, kim ngạch thương mại giữa hai tỉnh tăng đều.\n")
    assert "2009" not in [e["date"] for e in evs]


# --- years of cooperation told after the dated signing ----------------------------------

@pytest.mark.parametrize("body", [
    "Ngày 18/11/2002, hai tỉnh đã thống nhất ký kết biên bản hợp tác. Sau hơn 20 năm hợp tác, hai bên đã cùng "
    "nhau tư vấn, xây dựng Quy chế quản lý chợ biên giới năm 2004 và nhiều dự án khác.\n",
    "Ngày 18/11/2002, hai tỉnh ký kết thỏa thuận hợp tác; sau 20 năm hợp tác, nhiều dự án được triển khai, "
    "trong đó có kế hoạch phát triển du lịch năm 2004.\n",
])
def test_years_of_cooperation_after_the_dated_signing_bound_the_year(body):
    # a year read from the history before the bound is no year: an honest 'unknown'
    main = main_of(LEAD + body)
    assert main["date"] == "--03-12", main.get("year_cue")


def test_an_anniversary_after_the_dated_signing_is_no_bound():
    body = "Ngày 18/11/2002, hai tỉnh ký kết biên bản hợp tác. Lễ kỷ niệm 20 năm hợp tác được tổ chức trọng thể.\n"
    text = LEAD + body + "\nHai tỉnh sẽ khánh thành chợ biên giới vào tháng 12/2022.\n"
    # no years_since bound: the only bound is the upper one, so no single year is forced
    assert main_of(text)["year_cue"] is None or main_of(text)["year_cue"]["kind"] != "bounds" \
        or main_of(text)["date"] != "2022-03-12"


# --- an anniversary written with the span of its years -----------------------------------

@pytest.mark.parametrize("lead, want", [
    ("Chiều 27/8, tỉnh Lạng Sơn đón đoàn tỉnh Cao Bằng sang dự Tuần văn hóa năm 2013, nhân kỷ niệm 5 năm ký kết "
     "hợp tác hữu nghị giữa hai tỉnh (2009 - 2013).", "2013-08-27"),
    ("Chiều 27/8, tỉnh Lạng Sơn đón đoàn tỉnh Cao Bằng nhân kỷ niệm 10 năm kết nghĩa giữa hai tỉnh "
     "(2005-2015).", "2015-08-27"),
])
def test_the_span_of_an_anniversary_is_its_years_not_a_plan_period(lead, want):
    assert main_of(lead + "\n")["date"] == want


def test_a_span_that_is_not_the_anniversary_s_years_is_no_anniversary():
    cues = find_year_cues("Nhân kỷ niệm 5 năm hợp tác, hai tỉnh ký kết thỏa thuận hợp tác giai đoạn 2021 - 2025.")
    assert all(c.name != "anniversary" for c in cues)


def test_a_progress_report_on_an_agreements_period_gives_no_year_after_it():
    # "tình hình triển khai thực hiện <an agreement> giai đoạn 2021 - 2026": the period runs,
    # the occasion lies inside it (not in 2027, as after a review of a period that ended)
    from extract_support import main_event

    text = ("Đoàn công tác tỉnh Tây Ninh thăm tỉnh Svay Rieng\n\n"
            "Trong 2 ngày 12 và 13/5, đoàn công tác tỉnh Tây Ninh sang thăm tỉnh Svay Rieng (Campuchia). "
            "Hai bên trao đổi về tình hình việc triển khai thực hiện nội dung biên bản hợp tác giữa "
            "tỉnh Tây Ninh và các tỉnh Svay Rieng, Prey Veng giai đoạn 2021 - 2026.\n")
    ev = main_event(text)
    assert ev["date"] == "--05-12" and ev["year_source"] == "unknown"
    # a review of the results of a period that ended still gives the year after it
    ended = text.replace("tình hình việc triển khai thực hiện nội dung biên bản hợp tác",
                         "kết quả hợp tác")
    assert main_event(ended)["date"] == "2027-05-12"
