"""The ninth dates round (docs/accuracy.md): a meeting told by its number after the lead
(other_occasions.EARLIER_ORDINAL, first_told_with_year), a part of a year that times the lead's
occasion (undated.lead_part_year), anniversaries as the latest year a recent lead's page tells of
(undated.LATEST_CUES), and a period's start cut off by the end of the page (other_occasions.CUT_SINCE).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract import other_occasions as oo
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.year_cue_kinds import CUE
from extract_support import main_event, verdicts_of as _verdicts

HEAD = "Hai tỉnh Lạng Sơn và Cao Bằng tăng cường hợp tác\n\n"
RECENT = "Vừa qua, tại thành phố Lạng Sơn, tỉnh Lạng Sơn và tỉnh Cao Bằng đã tổ chức hội nghị hợp tác.\n"
RECENT_2ND = ("Vừa qua, tại thành phố Lạng Sơn, tỉnh Lạng Sơn và tỉnh Cao Bằng đã tổ chức Hội nghị hợp tác "
              "lần thứ hai.\n")
STAMP = "Ngày đăng: 20/06/2024\n"


def _day(main: dict) -> str | None:
    return main["date"] if main.get("precision") == "day" else None


@pytest.mark.parametrize("lead, body", [
    (RECENT_2ND, "Hội nghị lần thứ nhất được tổ chức tại tỉnh Cao Bằng ngày 12/5/2019."),
    (RECENT_2ND, "Ngày 12/5/2019, hai bên đã tổ chức Hội nghị lần thứ nhất tại tỉnh Cao Bằng."),
    (RECENT_2ND, "Hội nghị lần thứ 1 diễn ra ngày 12/5 tại tỉnh Cao Bằng."),   # no year: the number tells it
    (RECENT.replace("hội nghị hợp tác", "Hội nghị hợp tác lần thứ ba"),
     "Hội nghị lần thứ hai diễn ra tại tỉnh Cao Bằng ngày 20/4/2023."),
    (RECENT.replace("hội nghị hợp tác", "kỳ họp thứ 5 của Ủy ban hợp tác"),
     "Kỳ họp thứ 4 được tổ chức tại tỉnh Cao Bằng ngày 20/4/2023."),
])
def test_a_meeting_numbered_before_the_pages_own_is_an_earlier_one(lead, body):
    page = HEAD + lead + body + "\n"
    assert set(v for t, v in _verdicts(page).items() if "/" in t) == {"past"}
    assert _day(main_event(page)) is None
    assert _day(main_event(HEAD + STAMP + lead + body + "\n")) is None   # a stamp changes nothing here


def test_the_first_meeting_told_with_its_year_on_an_unstamped_page_is_no_date_of_the_occasion():
    page = HEAD + RECENT + "Hội nghị lần thứ nhất được tổ chức tại tỉnh Cao Bằng ngày 12/5/2019.\n"
    main = main_event(page)
    assert _day(main) is None and not (main.get("date") or "").startswith("2019")
    # the same words with no year, or on a stamped page in the weeks before its stamp: the occasion's day
    assert _day(main_event(page.replace("12/5/2019", "12/5"))) is not None
    assert main_event(HEAD + STAMP + RECENT + "Hội nghị lần thứ nhất được tổ chức tại tỉnh Cao Bằng "
                      "ngày 12/6/2024.\n")["date"] == "2024-06-12"


@pytest.mark.parametrize("body", [
    "Sáng thứ Hai (12/5/2024), hội nghị hợp tác giữa hai tỉnh diễn ra tại tỉnh Cao Bằng.",   # a weekday
    "Nhân dịp kỷ niệm lần thứ 60 năm ngày kết nghĩa, ngày 12/5/2024 hai tỉnh tổ chức hội nghị tại Cao Bằng.",
])
def test_weekdays_and_anniversary_counts_are_no_meeting_numbers(body):
    assert "event" in _verdicts(HEAD + body + "\n").values()
    assert main_event(HEAD + body + "\n")["date"] == "2024-05-12"


def test_the_table_rows_example_reads_as_an_earlier_meeting():
    page = HEAD + RECENT_2ND + oo.EARLIER_ORDINAL[1] + "\n"
    assert "past" in _verdicts(page).values()


@pytest.mark.parametrize("lead", [
    "Vừa qua, đoàn công tác tỉnh Lạng Sơn đã hội đàm với tỉnh Cao Bằng đầu năm 2019.",
    "Trong chuyến thăm đầu năm 2019, lãnh đạo tỉnh Lạng Sơn đã hội đàm với lãnh đạo tỉnh Cao Bằng.",
    "Mới đây, vào cuối năm 2019, tỉnh Lạng Sơn và tỉnh Cao Bằng đã ký kết biên bản ghi nhớ hợp tác.",
])
def test_a_part_of_a_year_that_times_the_leads_occasion_gives_its_year(lead):
    page = HEAD + lead + "\nTrước đó, ngày 4/9/2013, hai tỉnh đã ký kết biên bản ghi nhớ hợp tác.\n"
    main = main_event(page)
    assert main["date"] == "2019" and main["year_cue"]["kind"] in ("lead_part_year", "stated"), main["year_cue"]


@pytest.mark.parametrize("lead", [
    # a plan, results so far: not the time of the lead's occasion
    "Vừa qua, tỉnh Lạng Sơn và tỉnh Cao Bằng đã thống nhất sẽ tổ chức hội nghị hợp tác vào đầu năm 2019.",
    "Vừa qua, tỉnh Lạng Sơn và tỉnh Cao Bằng đã đánh giá kết quả hợp tác 6 tháng đầu năm 2019.",
    "Vừa qua, tỉnh Lạng Sơn và tỉnh Cao Bằng đã hội đàm, thống nhất kế hoạch hợp tác đầu năm 2019.",
    # an earlier occasion the lead's follows
    "Ngày 10/1, tiếp nối chuyến thăm cuối năm 2018, đoàn tỉnh Cao Bằng đã sang thăm tỉnh Lạng Sơn.",
])
def test_a_part_of_a_year_that_does_not_time_the_occasion_is_no_lead_part_year(lead):
    trace: dict = {}
    extract_events(parse_article(HEAD + lead + "\n"), article_id="t", source="t.txt", trace=trace)
    assert not [c for c in trace["cues"] if c.name == "lead_part_year"]


def test_lead_part_year_is_a_row_of_the_cue_table():
    assert CUE["lead_part_year"].weight >= CUE["spring"].weight


@pytest.mark.parametrize("lead", [
    "Vừa qua, tỉnh Lạng Sơn và tỉnh Cao Bằng đã tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao "
    "Việt Nam - Lào.",
    "Vừa qua, nhân dịp kỷ niệm 45 năm Ngày ký Hiệp ước hữu nghị (18/7/1977), tỉnh Lạng Sơn và tỉnh Cao Bằng "
    "đã tổ chức gặp mặt.",
])
def test_a_recent_lead_held_for_an_anniversary_does_not_take_an_earlier_years_day(lead):
    page = HEAD + lead + "\nNgày 12/5/2021, hai tỉnh đã tổ chức hội nghị sơ kết tại thành phố Lạng Sơn.\n"
    main = main_event(page)
    assert main["date"] == "2022", main


def test_a_period_start_cut_off_by_the_end_of_the_page_is_no_occasion():
    page = HEAD + RECENT + ("Tại hội nghị, hai bên đã đánh giá kết quả hợp tác trên nhiều lĩnh vực. Tỉnh Lạng Sơn và "
                            "tỉnh Cao Bằng đã cử nhiều đoàn công tác sang thăm, làm việc giữa hai tỉnh với nhau. "
                            "Đặc biệt, từ tháng 8/2022 đế")
    assert _verdicts(page)["tháng 8/2022"] == "since"
    assert not (main_event(page).get("date") or "").startswith("2022")
    # a page that goes on after it: a month told from which something started is read as before
    assert _verdicts(page + "n nay, hai bên đã ký nhiều văn bản.\n")["tháng 8/2022"] == "since"
    # a page that ends with the date and its full stop is not cut: "… nâng cấp cửa khẩu từ ngày 1/1/2031."
    assert _verdicts(page.replace("từ tháng 8/2022 đế", "đề nghị nâng cấp cửa khẩu từ ngày 1/1/2031.\n"))[
        "ngày 1/1/2031"] != "since"


SIGNING = ("Chiều 5-12, tại tỉnh Lạng Sơn đã diễn ra lễ ký kết chương trình hợp tác giữa tỉnh Lạng Sơn và tỉnh "
           "Cao Bằng giai đoạn 2025 – 2030.\n")


def test_a_period_signed_from_the_year_another_period_ends_is_signed_in_that_year():
    page = HEAD + SIGNING + ("Theo UBND tỉnh, trong giai đoạn 2022 – 2025, hợp tác giữa hai tỉnh đã đạt nhiều kết "
                             "quả nổi bật trên các lĩnh vực.\n")
    main = main_event(page)
    assert main["date"] == "2025-12-05" and main["year_cue"]["kind"] == "handover_period", main["year_cue"]


@pytest.mark.parametrize("other", [
    "Theo UBND tỉnh, trong giai đoạn 2021 – 2024, hợp tác giữa hai tỉnh đã đạt nhiều kết quả.",  # ends the year before
    "Từ năm học 2024-2025, tỉnh Lạng Sơn cấp học bổng cho sinh viên tỉnh Cao Bằng.",          # a school year
])
def test_no_handover_without_a_period_ending_in_the_signed_periods_first_year(other):
    main = main_event(HEAD + SIGNING + other + "\n")
    assert main["date"] == "--12-05", main   # December: the signed period alone may be the year before's


def test_roman_numbers_and_sessions():
    lead = RECENT.replace("hội nghị hợp tác", "Hội nghị Ủy ban công tác liên hợp lần thứ VI")
    page = HEAD + lead + "Hội nghị lần thứ V được tổ chức tại tỉnh Cao Bằng ngày 20/4/2023.\n"
    assert _verdicts(page)["ngày 20/4/2023"] == "past"
    # a session of the page's own meeting is no earlier meeting
    page = HEAD + lead + "Phiên họp thứ 2 của hội nghị diễn ra chiều 20/4 tại thành phố Lạng Sơn.\n"
    assert _verdicts(page)["chiều 20/4"] == "event"


YEARLY = ("Tăng cường hợp tác giữa các tỉnh biên giới\n\nTại hội nghị, lãnh đạo tỉnh Lào Cai và tỉnh Vân Nam "
          "(Trung Quốc) đã trao đổi nhiều nội dung hợp tác.\nĐây là lần thứ hai hội nghị được tổ chức. Hai bên "
          "đánh giá kết quả hợp tác kể từ Hội nghị lần thứ nhất năm 2021 đến nay.\n")


def test_the_edition_before_a_yearly_meeting_dates_it_a_year_later():
    assert main_event(YEARLY + "Trong một năm qua, hai bên đã trao đổi nhiều đoàn.\n")["date"] == "2022"
    assert main_event(YEARLY + "Hội nghị được tổ chức thường niên.\n")["date"] == "2022"


def test_no_edition_year_without_a_yearly_series_or_the_edition_just_before():
    # nothing tells the meetings yearly
    assert main_event(YEARLY + "Hai bên đã trao đổi nhiều đoàn.\n").get("date") != "2022"
    # the third meeting after the first of 2021: a year may have been skipped
    page = YEARLY.replace("lần thứ hai", "lần thứ ba") + "Trong một năm qua, hai bên đã trao đổi nhiều đoàn.\n"
    assert (main_event(page).get("date") or "")[:4] not in ("2022", "2023")
