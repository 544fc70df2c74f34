"""Date forms that real pages show and the learning sets did not (issue 9, the fourth dates round of
the README), each in sentences written for this test: a day of the lunar calendar is no solar day; a
day the headline gives outranks a stamped page's month when the lead dates nothing; a headline that
opens with a date over its stamp; a period that runs through the stamp's year does not unseat the
stamp; a lead that opens with a part of a stated year; two days with their parts of the day ("sáng 5
và chiều 6/12"); an occasion told ahead across the new year; the weekday that checks a year; the day
a celebration is named with. And the forms that were already read right, kept so: "Chiều qua", "Tối
5-12", "Trong các ngày …", "từ ngày … đến ngày …", two-digit years, stamps with "(GMT+7)", "Đăng lúc",
the clock first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.verdicts import judge
from hoptac.core.text import fold

from extract_support import first_main, main_event


HEAD = "Huyện Đông Anh và huyện Gapyeong tăng cường hợp tác\n"
LEAD = ("{d}, đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) đến thăm và làm việc tại "
        "huyện Đông Anh.\n")
BODY = "Tại buổi làm việc, hai bên trao đổi về hợp tác giáo dục, du lịch và nông nghiệp.\n"


def _page(d: str, stamp: str | None = "Cập nhật: 20/12/2024 08:15", head: str = HEAD) -> str:
    return head + (stamp + "\n" if stamp else "") + LEAD.format(d=d) + BODY


def _date(text: str) -> tuple:
    main = first_main(text)
    return main["date"], main["date_end"]


# --- the lunar calendar ----------------------------------------------------------------------

@pytest.mark.parametrize("lead", ["Ngày 10/3 âm lịch", "Sáng 10/3 (âm lịch)", "Ngày 10/3 ÂL"])
@pytest.mark.parametrize("stamp", [None, "Cập nhật: 20/12/2024 08:15", "Cập nhật: 05/04/2024 08:15"])
def test_a_lunar_day_is_not_read_as_the_solar_day(lead, stamp):
    date, end = _date(_page(lead, stamp))
    assert date is None and end is None   # not '2024-03-10', not the stamp's month


def test_the_solar_day_beside_its_lunar_day_is_the_date():
    assert _date(_page("Sáng 5/12 (tức ngày 5/11 âm lịch)")) == ("2024-12-05", None)
    assert _date(_page("Ngày 3/12 (tức ngày 3/11)", None)) == ("--12-03", None)


def test_al_is_the_lunar_mark_only_in_capitals():
    assert _date(_page("Sáng 5/12 (Al Jazeera đưa tin)")) == ("2024-12-05", None)


# --- the headline's day over a stamped page's month --------------------------------------------

HEADLINE_DAY = "Huyện Đông Anh đón đoàn huyện Gapyeong (Hàn Quốc) ngày 5/12\n"
UNDATED = ("Đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) đã đến thăm và làm việc tại "
           "huyện Đông Anh.\n")


def test_the_headlines_day_outranks_the_stamps_month():
    text = HEADLINE_DAY + "Cập nhật: 09/12/2024 08:15\n" + UNDATED + BODY
    assert _date(text) == ("2024-12-05", None)


def test_the_headlines_day_with_vua_qua():
    text = HEADLINE_DAY + "Cập nhật: 09/12/2024 08:15\n" + "Vừa qua, " + UNDATED[0].lower() + UNDATED[1:] + BODY
    assert _date(text) == ("2024-12-05", None)


def test_a_headline_day_after_the_stamp_or_long_before_it_is_not_taken():
    later = HEADLINE_DAY.replace("5/12", "18/12") + "Cập nhật: 09/12/2024 08:15\n" + UNDATED + BODY
    assert _date(later) == ("2024-12", None)
    long_before = HEADLINE_DAY.replace("5/12", "5/9") + "Cập nhật: 09/12/2024 08:15\n" + UNDATED + BODY
    assert _date(long_before) == ("2024-12", None)


def test_across_the_new_year_the_headlines_day_takes_the_year_before():
    text = HEADLINE_DAY.replace("5/12", "29/12") + "Cập nhật: 09/01/2025 08:15\n" + UNDATED + BODY
    date, _ = _date(text)
    assert date in ("2024-12-29", "--12-29")   # never 2025-12-29


# --- a period through the stamp's year -----------------------------------------------------

def test_an_agreements_term_through_the_stamps_year_keeps_the_stamp():
    text = ("Hội LHPN huyện Đông Anh ký kết hợp tác với Hội phụ nữ huyện Gapyeong\n16/10/2014\n"
            "Thực hiện Thỏa thuận hợp tác giai đoạn 2012 – 2017, Hội LHPN huyện Đông Anh đã tổ chức đoàn "
            "công tác sang thăm và ký kết biên bản hợp tác với Hội phụ nữ huyện Gapyeong, tỉnh Gyeonggi "
            "(Hàn Quốc).\n" + BODY)
    assert _date(text) == ("2014-10", None)


def test_a_year_after_the_stamp_still_unseats_it():
    text = ("Hội LHPN huyện Đông Anh ký kết hợp tác với Hội phụ nữ huyện Gapyeong\n16/10/2014\n"
            "Hội LHPN huyện Đông Anh đã tổ chức đoàn công tác sang thăm và ký kết biên bản hợp tác với Hội "
            "phụ nữ huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) năm 2016.\n" + BODY)
    date, _ = _date(text)
    assert date != "2014-10"


# --- two days with their parts of the day ---------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Sáng 5 và chiều 6/12, đoàn", (5, 6, 12)),
    ("Ngày 5 và tối 6/12", (5, 6, 12)),
])
def test_two_days_with_their_parts_of_the_day_are_a_range(text, want):
    (m,) = find_dates(text)
    assert (m.day, m.end_day, m.month) == want


def test_toi_written_toi_is_no_part_of_the_day():
    assert [(m.day, m.end_day) for m in find_dates("ngày 5 và tôi 6/12")] == [(6, None)]


# --- forms already read right, kept so -------------------------------------------------------

@pytest.mark.parametrize("lead, stamp, want", [
    ("Chiều qua", "Cập nhật: 06/12/2024 08:15", ("2024-12-05", None)),
    ("Chiều qua", "Cập nhật: 01/01/2025 08:15", ("2024-12-31", None)),
    ("Chiều qua", None, (None, None)),
    ("Tối 5-12", None, ("--12-05", None)),
    ("Tối 5-12", "Cập nhật: 06/12/2024 08:15", ("2024-12-05", None)),
    ("Trong các ngày 5 và 6-12", None, ("--12-05", "--12-06")),
    ("Trong các ngày từ 4 đến 6/12", "Cập nhật: 06/12/2024 08:15", ("2024-12-04", "2024-12-06")),
    ("Từ ngày 30/11 đến ngày 2/12", "Cập nhật: 06/12/2024 08:15", ("2024-11-30", "2024-12-02")),
    ("Sáng 30/12", "Cập nhật: 05/01/2025 08:15", ("2024-12-30", None)),
    ("Cuối tháng 12 vừa qua", "Cập nhật: 05/01/2025 08:15", ("2024-12", None)),
    ("Ngày 5/12/24", None, ("2024-12-05", None)),
    ("Sáng 5/12/19", "Cập nhật: 20/12/2024 08:15", ("2019-12-05", None)),
    ("Ngày 15 tháng Giêng", "Cập nhật: 05/03/2025 08:15", (None, None)),
])
def test_forms_of_real_leads(lead, stamp, want):
    assert _date(_page(lead, stamp)) == want


@pytest.mark.parametrize("stamp", [
    "Cập nhật: 14:30, 05/12/2024", "Đăng lúc: 05/12/2024 - 14:30", "05/12/2024 14:30 (GMT+7)",
    "Thứ năm, 5/12/2024, 14:30 (GMT+7)", "Cập nhật lúc 14:30 ngày 05/12/2024", "05-12-2024 | 14:30",
    "Thứ Năm, 05/12/24 14:30", "Thứ năm, ngày 5 tháng 12 năm 2024", "14:30 GMT+7, 05/12/2024",
])
def test_stamp_forms_give_the_year(stamp):
    assert _date(_page("Chiều 4/12", stamp)) == ("2024-12-04", None)


@pytest.mark.parametrize("stamp", ["Cập nhật 3 giờ trước", "2 ngày trước"])
def test_a_relative_stamp_gives_no_year(stamp):
    assert _date(_page("Sáng 5/12", stamp)) == ("--12-05", None)


# --- a lead that opens with a part of a stated year ------------------------------------------

@pytest.mark.parametrize("opening, want", [
    ("Cuối năm 2024, đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) đã đến thăm huyện Đông Anh.", "2024"),
    ("(TTXVN) - Đầu năm 2019, đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) đã đến thăm huyện Đông Anh.", "2019"),
    ("Vào giữa năm 2021, đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) đã đến thăm huyện Đông Anh.", "2021"),
])
def test_a_lead_opening_with_a_part_of_a_stated_year_gives_that_year(opening, want):
    main = main_event(HEAD + opening + "\n" + BODY)
    assert (main["date"], main["precision"], main["year_source"]) == (want, "year", "stated")


@pytest.mark.parametrize("opening", [
    "Đầu năm 2025, đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) sẽ đến thăm huyện Đông Anh.",
    "Năm 2024, đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) đã đến thăm huyện Đông Anh.",
])
def test_a_plan_or_a_bare_year_gives_the_lead_no_year(opening):
    main = main_event(HEAD + opening + "\n" + BODY)
    assert main["date"] is None


# --- a headline that opens with a date, over its stamp ------------------------------------------

def test_a_headline_that_opens_with_a_date_over_its_stamp_is_the_headline():
    text = ("Ngày 5/12: Huyện Đông Anh đón đoàn huyện Gapyeong (Hàn Quốc)\nCập nhật: 09/12/2024 08:15\n"
            "Vừa qua, đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) đến thăm và làm việc tại huyện "
            "Đông Anh.\n" + BODY)
    article = parse_article(text)
    assert article.title.startswith("Ngày 5/12:") and article.published is not None
    main = main_event(text)
    assert (main["date"], main["type"]) == ("2024-12-05", "visit")


def test_a_dated_lead_over_a_stamp_stays_the_lead():
    text = ("Sáng 5/12, huyện Đông Anh đón đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) đến thăm "
            "và làm việc.\nCập nhật: 09/12/2024 08:15\n" + BODY)
    article = parse_article(text)
    assert article.title_span == (0, 0) and article.lead_span()[0] == 0   # a sentence: the lead


# --- an occasion told ahead across the new year ---------------------------------------------

AHEAD = ("Huyện Đông Anh và huyện Gapyeong tăng cường hợp tác\nCập nhật: 28/12/2024 08:15\n{lead}\n" + BODY)


@pytest.mark.parametrize("lead, want", [
    ("Ngày 5/1, đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) sẽ đến thăm huyện Đông Anh.", "2025-01-05"),
    ("Ngày 5/1, huyện Đông Anh dự kiến đón đoàn huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc).", "2025-01-05"),
    ("Đoàn huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) sẽ thăm huyện Đông Anh vào ngày 5/1 tới.", "2025-01-05"),
    # done, or no word of the future: not the next year (nor, days from it, the stamp's year)
    ("Ngày 5/1, hai bên đã thống nhất sẽ đẩy mạnh hợp tác giữa huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) và "
     "huyện Đông Anh.", "--01-05"),
    ("Ngày 20/12, đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) sẽ đến thăm huyện Đông Anh.", "2024-12-20"),
])
def test_an_occasion_told_ahead_across_the_new_year_takes_the_next_year(lead, want):
    assert main_event(AHEAD.format(lead=lead))["date"] == want


# --- the weekday checks the year ------------------------------------------------------------

@pytest.mark.parametrize("lead, stamp, want", [
    ("Sáng thứ Năm (5/12)", "Cập nhật: 20/12/2024 08:15", "2024-12-05"),   # a Thursday in 2024
    ("Sáng thứ Năm (5/12)", "Cập nhật: 20/12/2023 08:15", "--12-05"),      # a Tuesday in 2023
    ("Sáng thứ 5 (5/12)", "Cập nhật: 20/12/2023 08:15", "--12-05"),
    ("Chủ nhật, 8/12", "Cập nhật: 20/12/2024 08:15", "2024-12-08"),
])
def test_a_year_in_which_the_day_falls_on_another_weekday_is_no_year(lead, stamp, want):
    assert _date(_page(lead, stamp))[0] == want


def test_the_weekday_check():
    from hoptac.core.extract.years import weekday_disagrees
    (m,) = find_dates("Chiều thứ Hai, 2/12")
    assert not weekday_disagrees(m, 2024) and weekday_disagrees(m, 2025)
    (r,) = find_dates("Trong hai ngày thứ Hai và thứ Ba, ngày 2 và 3/12")
    assert r.end_day == 3 and not weekday_disagrees(r, 2025)   # a range is not checked


@pytest.mark.parametrize("lead, want", [
    ("Sáng 5/12 và chiều 6/12", ("2024-12-05", "2024-12-06")),
    ("Sáng 5 /12", ("2024-12-05", None)),
    ("Sáng 5 - 12", ("2024-12", None)),   # a dash with spaces may join two days: not read as 5 December
])
def test_spacing_and_parts_of_the_day_in_a_leads_date(lead, want):
    assert _date(_page(lead)) == want


@pytest.mark.parametrize("stamp, want", [
    ("Đăng: 28/12/2024 08:00 | Cập nhật: 03/01/2025 10:00", "--01-02"),   # days after the stamp: no year
    ("Cập nhật: 10/12/2024 08:15", "--01-02"),   # 2/1/2024 is eleven months before the stamp: a late copy's (stamp_lag)
    ("Cập nhật: 05/01/2025 08:15", "2025-01-02"),
])
def test_a_day_just_after_the_stamp_in_the_next_year_gets_no_year(stamp, want):
    assert _date(_page("Chiều 2/1", stamp))[0] == want


# --- the day a celebration is named with ------------------------------------------------------

CELEBRATION = ("{a}, đoàn công tác huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) đến thăm và chúc mừng huyện Đông Anh "
               "{b}.\n")


@pytest.mark.parametrize("a, b, want", [
    ("Sáng 29/8", "nhân dịp kỷ niệm Quốc khánh 2/9", "2024-08-29"),
    ("Nhân dịp Ngày Nhà giáo Việt Nam 20/11", "chiều 18/11", "2024-11-18"),
    ("Sáng 28/4", "nhân dịp 30/4 và 1/5", "2024-04-28"),
])
def test_the_day_a_celebration_is_named_with_is_not_the_occasions(a, b, want):
    stamp = date.fromisoformat(want) + timedelta(days=2)   # stamped days after the occasion, as news is
    text = HEAD + f"Cập nhật: {stamp:%d/%m/%Y} 08:15\n" + CELEBRATION.format(a=a, b=b) + BODY
    events, _ = extract_events(parse_article(text), article_id="t", source="t.txt")
    assert [e["date"] for e in events] == [want]   # and no milestone on the holiday


def test_a_trip_told_after_nhan_dip_keeps_its_days():
    text = HEAD + ("Nhân dịp đoàn sang thăm huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) từ ngày 5 đến 7/9/2024, huyện "
                   "Đông Anh ký kết biên bản hợp tác.\n") + BODY
    assert main_event(text)["date"] == "2024-09-05"


# --- a document being carried out is no occasion: its date is the document's ----------------------

@pytest.mark.parametrize("opening, verdict", [
    ("Triển khai", "document"),      # implementing another body's plan: the plan's date, background
    ("Để triển khai", "document"),
    ("UBND tỉnh ban hành", "issued"),  # the locality issuing its own plan: that is the occasion
])
def test_a_plan_carried_out_is_no_plan_issued(opening, verdict):
    text = (f"{opening} Kế hoạch số 215/KH-UBND ngày 4 tháng 3 năm 2019 của Bộ Văn hóa, Thể thao và Du lịch "
            "về kích cầu du lịch giữa tỉnh Gia Lai và tỉnh Bình Định;")
    readings = judge(text, fold(text), find_dates(text), title_span=(0, 0), lead=(0, len(text)), teasers=[],
                     captions=[], paragraphs=[(0, len(text))])
    assert [r.verdict for r in readings] == [verdict]


def test_the_occasion_after_a_plan_carried_out_is_the_main_event():
    text = ("Hội nghị liên kết du lịch Gia Lai - Bình Định\n\n"
            "Triển khai Kế hoạch số 215/KH-UBND ngày 4 tháng 3 năm 2019 của Bộ Văn hóa, Thể thao và Du lịch "
            "về kích cầu du lịch; nhằm đẩy mạnh kết nối du lịch giữa tỉnh Gia Lai và tỉnh Bình Định;\n\n"
            "Ngày 9/10/2021, tại thành phố Pleiku diễn ra Hội nghị liên kết phát triển du lịch giữa tỉnh "
            "Gia Lai và tỉnh Bình Định.\n")
    main = main_event(text)
    assert (main["date"], main["type"]) == ("2021-10-09", "conference")
