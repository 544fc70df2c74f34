"""Dates of other occasions than the page's (core/extract/other_occasions.py) and a lead told as recent
with no day (undated.not_the_recent_occasion): put after a lead with no day, each of these dates took
the main event's day before (rulesdate8's decoy audit, docs/accuracy.md). Sentences written for these
tests, one for each row of the tables."""

from __future__ import annotations

import pytest

from hoptac.core.extract import other_occasions as oo
from extract_support import main_event, verdicts_of as _verdicts

HEAD = "Hai tỉnh tăng cường hợp tác\n\n"
DATED = "Sáng 14/10, đoàn công tác tỉnh Lạng Sơn đến thăm và làm việc tại tỉnh Cao Bằng.\n"
RECENT = "Vừa qua, đoàn công tác tỉnh Lạng Sơn đã đến thăm và làm việc tại tỉnh Cao Bằng.\n"


ROWS = ([(s, "past") for _, s in oo.CARRIED_OUT] + [(s, "past") for _, s in oo.EARLIER_OCCASION]
        + [(oo.PREVIOUS[1], "past"), (oo.LETTER_SENT[1], "document"), (oo.AS_OF[1], "past")]
        + [(s, "deadline") for _, s in oo.DEADLINE] + [(oo.TARGET[1], "deadline"), (oo.SINCE_STATE[0], "since")])


@pytest.mark.parametrize("sentence, verdict", ROWS)
def test_each_row_gives_its_verdict_to_the_date_of_its_sentence(sentence, verdict):
    got = {t: v for t, v in _verdicts(HEAD + DATED + sentence + "\n").items() if "14/10" not in t}
    assert got and set(got.values()) == {verdict}, got


@pytest.mark.parametrize("sentence, verdict", ROWS)
def test_after_a_lead_with_no_day_no_row_gives_the_main_event_its_day(sentence, verdict):
    main = main_event(HEAD + RECENT + sentence + "\n")
    assert main.get("precision") != "day"


@pytest.mark.parametrize("sentence", [
    # the occasion's own verbs: still the occasion
    "Hội nghị triển khai kết quả hội đàm giữa hai tỉnh diễn ra sáng 5/9 tại thành phố Lạng Sơn.",
    # a completion told as done is an occasion
    "Sáng 5/9, hai tỉnh đã khánh thành cây cầu hữu nghị qua sông Bắc Giang.",
    # a trip's next day after a meeting of the same trip (no year)
    "Sau buổi làm việc sáng 6/9, đoàn đã đi thăm khu kinh tế cửa khẩu.",
    # "lần trước" is no deadline
    "Sáng 5/9, hai bên gặp lại nhau như đã hẹn từ tuần trước.",
])
def test_occasions_stay_occasions(sentence):
    got = [v for t, v in _verdicts(HEAD + sentence + "\n").items()]
    assert "event" in got, got


def test_a_recent_lead_does_not_take_a_body_day_far_from_the_stamp():
    page = ("Hai tỉnh tăng cường hợp tác\nNgày đăng: 20/06/2024\n"
            "Vừa qua, đoàn công tác tỉnh Lạng Sơn đã đến thăm và làm việc tại tỉnh Cao Bằng.\n"
            "Hội nghị lần thứ nhất được tổ chức tại thành phố Lạng Sơn ngày 12/2/2024.\n")
    main = main_event(page)
    assert main["precision"] != "day" and not main["date"].endswith("02-12")
    # the body's day within the weeks before the stamp is the recent occasion's
    main = main_event(page.replace("12/2/2024", "12/6/2024"))
    assert main["date"] == "2024-06-12"


def test_a_recent_lead_does_not_take_a_body_day_of_an_earlier_year_the_page_has_passed():
    page = (HEAD + RECENT + "Hội nghị sơ kết được tổ chức tại thành phố Lạng Sơn ngày 14/5/2018.\n"
            "Năm 2019, hai tỉnh đã ký kết biên bản ghi nhớ về du lịch.\n")
    main = main_event(page)
    assert not (main.get("date") or "").startswith("2018")


def test_a_recent_lead_does_not_take_a_day_told_ahead():
    page = HEAD + RECENT + "Dự kiến, hội chợ thương mại chung của hai tỉnh sẽ được tổ chức vào ngày 12/5/2025.\n"
    assert main_event(page).get("precision") != "day"
    page = HEAD + RECENT + "Hai bên thống nhất tổ chức hội nghị sơ kết vào ngày 12/5 tới.\n"
    assert main_event(page).get("precision") != "day"


def test_a_recent_lead_with_a_year_of_its_own_takes_the_body_day_that_repeats_the_occasion():
    # the lead states only a part of a year; an earlier signing's full date is a year the page has passed
    page = ("Hai huyện biên giới tăng cường hợp tác\n\n"
            "Vừa qua, tại huyện Trùng Khánh, đoàn đại biểu huyện Trùng Khánh, tỉnh Cao Bằng hội đàm với đoàn đại biểu "
            "huyện Đại Tân, tỉnh Quảng Tây (Trung Quốc) đầu năm 2024.\n"
            "Ngày 5/9/2016, lãnh đạo hai huyện đã ký thỏa thuận khung về kết nghĩa hữu nghị.\n"
            "Tại buổi hội đàm ngày 18/3, hai bên đánh giá kết quả hợp tác thời gian qua.\n")
    main = main_event(page)
    assert main["date"].endswith("03-18") and not main["date"].startswith("2016")


def test_a_signing_told_in_brackets_in_a_recent_lead_is_background_not_the_occasion():
    page = (HEAD + "Vừa qua, tại thành phố Lạng Sơn, hai tỉnh tổ chức hội nghị sơ kết 1 năm thực hiện thỏa thuận hợp tác "
            "giữa hai tỉnh Lạng Sơn và Cao Bằng (được ký kết ngày 14/5/2018).\n")
    main = main_event(page)
    assert not (main.get("date") or "").startswith("2018")
    assert main["date"] in ("2019", None)


def test_a_signing_told_as_done_between_the_parties_is_background():
    page = (HEAD + "Tuần trước, đoàn công tác tỉnh Lạng Sơn đã sang thăm tỉnh Cao Bằng.\n"
            "Hai bên đánh giá kết quả thực hiện biên bản hợp tác được ký kết giữa hai tỉnh vào ngày 17/5/2014.\n")
    readings = _verdicts(page)
    assert [v for t, v in readings.items() if "2014" in t] == ["past"]
    assert not (main_event(page).get("date") or "").startswith("2014")


def test_a_recent_frame_is_not_dated_by_a_later_edition_told_ahead():
    page = (HEAD + "Trong khuôn khổ Tuần lễ Văn hóa Quảng Bình - Lâm Đồng 2024 vừa diễn ra tại thành phố Đồng Hới, tỉnh "
            "Quảng Bình và tỉnh Lâm Đồng đã ký kết Biên bản ghi nhớ hợp tác phát triển du lịch.\n\n"
            "Tuần lễ Văn hóa hai tỉnh sẽ diễn ra từ 4/5-7/5/2024 tại Đà Lạt.\n")
    main = main_event(page)
    assert main["precision"] != "day" and main["date"].startswith("2024")
