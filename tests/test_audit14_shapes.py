"""Shapes of wrong years found by the audit of round 14 (docs/accuracy.md, "Audit round 14"), in sentences
written for these tests."""

from __future__ import annotations

import re

import pytest

from hoptac.core.extract.occasions_ahead import AFTER, BEFORE, told_ahead

from extract_support import main_event


def _page(invite: str) -> str:
    return ("Lãnh đạo tỉnh Khánh Hòa tiếp đoàn thành phố Kobe\n\n"
            "Chiều 9-12, Phó Chủ tịch UBND tỉnh Khánh Hòa đã tiếp đoàn công tác của thành phố Kobe (Nhật Bản).\n\n"
            "Tại buổi tiếp, hai bên đã trao đổi về các lĩnh vực hợp tác như du lịch, giáo dục và đào tạo nghề.\n\n"
            + invite + "\n")


#: An occasion ahead, named with its year, that the parties are invited to or will join: not the year of
#: the page's occasion (on a page with no stamp nor other evidence the year stays unknown).
AHEAD = [
    "Phó Chủ tịch tỉnh cũng gửi lời mời đoàn tham dự Festival Biển Nha Trang - Khánh Hòa 2025.",
    "Tỉnh Khánh Hòa mời lãnh đạo thành phố Kobe sang dự Lễ hội Trầm Hương năm 2024.",
    "Ông đề nghị thành phố Kobe cử đoàn doanh nghiệp tham gia Hội chợ thương mại Khánh Hòa 2026.",
    "Đoàn thành phố Kobe sẽ tham dự Tuần văn hóa du lịch Khánh Hòa năm 2025.",
    "Hai bên hẹn gặp lại tại Liên hoan ẩm thực Khánh Hòa - Kobe 2024.",
    "Hai bên thống nhất phối hợp tổ chức Festival Khánh Hòa - Kobe 2025.",
    "Hai bên đang tích cực chuẩn bị cho Lễ hội Khánh Hòa - Kobe 2025.",
]


@pytest.mark.parametrize("invite", AHEAD)
def test_a_named_occasion_ahead_gives_no_year(invite):
    main = main_event(_page(invite))
    assert main["date"] == "--12-09" and main["year_source"] == "unknown"


#: The same names told as the occasion itself, or an invitation taken up: the year stays.
HELD = [
    ("Chiều 9-12, tại Nha Trang, tỉnh Khánh Hòa khai mạc Lễ hội Trầm Hương năm 2024 với đoàn thành phố Kobe.",
     "2024-12-09"),
    ("Theo lời mời của tỉnh Khánh Hòa, chiều 9-12, đoàn thành phố Kobe đã dự Festival Biển Nha Trang 2023.",
     "2023-12-09"),
]


@pytest.mark.parametrize("lead, date", HELD)
def test_the_named_occasion_itself_keeps_its_year(lead, date):
    text = "Khánh Hòa và Kobe tăng cường giao lưu\n\n" + lead + "\nHai bên trao đổi về hợp tác du lịch.\n"
    assert main_event(text)["date"] == date


def test_every_row_of_the_tables_matches_its_own_example():
    for name, _, example in BEFORE + AFTER:
        # the example's name starts at its capitalised occasion noun; its year is the first four digits after it
        at = next(i for i, w in enumerate(example.split()) if w in ("Festival", "Hội", "Tuần", "Liên", "Lễ"))
        start = len(" ".join(example.split()[:at])) + 1
        year_end = re.search(r"[12]\d{3}", example[start:]).end() + start
        assert told_ahead(example, start, year_end), name
    assert not told_ahead("Nhận lời mời của tỉnh, đoàn đã dự Festival Biển 2023", 40)
    assert not told_ahead("Tỉnh đã tổ chức Festival Biển 2023 thu hút nhiều du khách", 22, 40)


def _talks(sentence: str, lead: str = "Ngày 16/5, tại thành phố Vinh, đoàn đại biểu tỉnh Nghệ An đã hội đàm với "
           "đoàn đại biểu tỉnh Hà Tĩnh.") -> dict:
    return main_event("Hai tỉnh Nghệ An và Hà Tĩnh hội đàm\n\n" + lead + "\n\n" + sentence + "\n")


#: A period the occasion only prepares for, carries out under review, or signed before: no year of the occasion
#: (it may lie before the period's first year, or anywhere in it).
PERIOD_NOT_OPENED = [
    "Hai bên đã đánh giá những việc làm được và thảo luận nội dung hợp tác cho giai đoạn 2026 - 2030.",
    "Hai bên chuẩn bị kế hoạch cho giai đoạn 2026 - 2030 để trình lãnh đạo hai tỉnh.",
    "Tại buổi làm việc, hai bên đánh giá kết quả triển khai Biên bản thỏa thuận hợp tác giai đoạn 2023 - 2025.",
    "Hai bên báo cáo kết quả triển khai Chương trình hợp tác giai đoạn 2023 - 2025 giữa hai tỉnh.",
    "Hai sở tham mưu thực hiện tốt nội dung Biên bản thỏa thuận đã ký kết giai đoạn 2023 - 2025.",
]


@pytest.mark.parametrize("sentence", PERIOD_NOT_OPENED)
def test_a_period_not_opened_by_the_occasion_gives_no_year(sentence):
    main = _talks(sentence)
    assert main["date"] == "--05-16" and main["year_source"] == "unknown"


#: A period the occasion signs, and an interim review of N years of carrying one out, still give the year.
PERIOD_OPENED = [
    ("Hai bên đã ký kết chương trình hợp tác giai đoạn 2026 - 2030.", "2026-05-16"),
    ("Hai bên sơ kết 2 năm triển khai chương trình hợp tác giai đoạn 2021 - 2025.", "2023-05-16"),
]


@pytest.mark.parametrize("sentence, date", PERIOD_OPENED)
def test_a_period_opened_or_counted_keeps_its_year(sentence, date):
    assert _talks(sentence)["date"] == date


#: ... and an anniversary the parties are invited to celebrate (on a page whose own occasion has no year).
ANNIVERSARY_AHEAD = [
    "Phó Chủ tịch tỉnh gửi lời mời lãnh đạo thành phố sang dự lễ kỷ niệm 50 năm Quốc khánh nước CHDCND Lào.",
    "Tỉnh cũng có thư mời đoàn tham dự lễ kỷ niệm 80 năm Chiến thắng Điện Biên Phủ tại tỉnh Điện Biên.",
]


@pytest.mark.parametrize("invite", ANNIVERSARY_AHEAD)
def test_an_anniversary_invited_to_gives_no_year(invite):
    main = main_event(_page(invite))
    assert main["date"] == "--12-09" and main["year_source"] == "unknown"


#: A year's plan whose carrying out an interim review looks at: the review's year (held in it), not a plan's
#: (a plan told in December is the next year's); "sơ kết và triển khai" are two things, the second a plan.
YEAR_PLAN_REVIEWED = [
    ("Hai bên sơ kết việc triển khai kế hoạch hợp tác năm 2023.", "2023-12-15"),
    ("Hai bên sơ kết 6 tháng triển khai kế hoạch hợp tác năm 2023.", "2023-12-15"),
    ("Hội nghị sơ kết và triển khai kế hoạch hợp tác năm 2024.", "2023-12-15"),
]


@pytest.mark.parametrize("sentence, date", YEAR_PLAN_REVIEWED)
def test_a_years_plan_under_review(sentence, date):
    lead = "Ngày 15/12, tại thành phố Vinh, đoàn đại biểu tỉnh Nghệ An đã hội đàm với đoàn đại biểu tỉnh Hà Tĩnh."
    assert _talks(sentence, lead)["date"] == date


#: A year's plan the occasion carries out, in a frame that opens the lead: the occasion is inside that year, also
#: in December (a plan made or launched at the occasion in December is the next year's: those stay).
CARRIED_OUT = [
    ("Thực hiện kế hoạch hợp tác năm 2023 giữa hai tỉnh, ngày 10/12, đoàn đại biểu tỉnh Nghệ An đã sang thăm "
     "và làm việc tại tỉnh Hà Tĩnh.", "2023-12-10"),
    ("Theo chương trình hợp tác năm 2023, ngày 10/12, đoàn đại biểu tỉnh Nghệ An đã sang thăm tỉnh Hà Tĩnh.",
     "2023-12-10"),
    ("Triển khai kế hoạch hợp tác năm 2023, ngày 10/12, đoàn đại biểu tỉnh Nghệ An đã sang thăm tỉnh Hà Tĩnh.",
     "2023-12-10"),
    ("Nằm trong khuôn khổ chương trình hợp tác năm 2023, chiều 10/12, đoàn đại biểu tỉnh Nghệ An đã sang thăm "
     "tỉnh Hà Tĩnh.", "2023-12-10"),
    ("Ngày 10/12, hai tỉnh Nghệ An và Hà Tĩnh ký kết kế hoạch hợp tác năm 2024.", "2023-12-10"),
    ("Ngày 10/12, tại Vinh, hội nghị tổng kết năm 2023 và triển khai kế hoạch hợp tác năm 2024 giữa hai tỉnh "
     "Nghệ An và Hà Tĩnh đã diễn ra.", "2023-12-10"),
]


@pytest.mark.parametrize("lead, date", CARRIED_OUT)
def test_a_plan_carried_out_is_the_year_it_runs(lead, date):
    assert main_event("Hai tỉnh hợp tác\n\n" + lead + "\n")["date"] == date


#: A coming occasion told with its own month or day: the page's occasion comes before it (a December page for an
#: April festival is the year before the festival's).
COMING_WITH_DAY = [
    "Dự kiến, Tuần văn hóa Kobe tại Khánh Hòa năm 2025 sẽ diễn ra vào tháng 4.",
    "Thành phố Kobe cũng tổ chức Hội chợ du lịch Kobe 2025 vào tháng 3 tới.",
    "Lễ hội Khánh Hòa - Kobe 2025 dự kiến khai mạc vào ngày 12/2.",
]


@pytest.mark.parametrize("coming", COMING_WITH_DAY)
def test_a_coming_occasion_with_its_day_puts_a_december_page_the_year_before(coming):
    main = main_event(_page(coming))
    assert main["date"] == "2024-12-09" and main["year_cue"]["kind"] == "named_ahead"


def test_an_occasion_told_as_coming_dates_a_summer_page():
    """Told as coming ("dự kiến khai mạc vào ngày 24/11"), a named occasion most often lies later in the same year:
    before September its year is the page's (named_ahead); in December (AHEAD above) it may be the next year's."""
    text = ("Bốn tỉnh Đông Bắc hợp tác phát triển du lịch\n\n"
            "Ngày 17/8, bốn tỉnh Hà Giang, Tuyên Quang, Cao Bằng và Bắc Kạn đã ký kết thỏa thuận hợp tác du lịch.\n\n"
            "Theo kế hoạch, Tuần văn hóa du lịch tỉnh Hà Giang năm 2011 dự kiến khai mạc vào ngày 24/11.\n")
    main = main_event(text)
    assert main["date"] == "2011-08-17" and main["year_cue"]["kind"] == "named_ahead"


#: A place named after a day is no date: the square, stadium, park or bridge of a holiday.
@pytest.mark.parametrize("place", ["Quảng trường 26/3", "Sân vận động 19/8", "Công viên 29/3", "cầu 2/9",
                                   "ngã tư 3/2"])
def test_a_place_named_after_a_day_is_no_date(place):
    from hoptac.core.extract.dates import find_dates
    text = f"Lễ khai mạc tuần văn hóa của hai tỉnh diễn ra tại {place}, thành phố Hà Giang."
    assert [m.text for m in find_dates(text)] == []
    assert [m.text for m in find_dates("Lễ khai mạc diễn ra ngày 26/3 tại thành phố.")] == ["ngày 26/3"]


def test_a_month_told_ahead_after_a_framed_lead_is_no_occasion():
    """A month planned after an undated, framed lead ("Tại hội nghị, … đã …") is a plan (verdict "ahead"), like a day."""
    text = ("Hội nghị trực tuyến hợp tác du lịch giữa các tỉnh Tây Bắc\n\n"
            "Tại hội nghị, đại diện các tỉnh Lào Cai, Yên Bái và Sơn La đã nghe báo cáo tình hình hợp tác du lịch.\n\n"
            "Hội nghị thống nhất tổ chức tuần văn hóa của ba tỉnh tại Hà Nội (dự kiến tổ chức vào tháng 10/2024, "
            "gồm lễ khai mạc và chợ phiên).\n")
    from hoptac.core.extract.explain import explain_text
    ex = explain_text(text)
    assert [d["verdict"] for d in ex.dates if d["text"].endswith("10/2024")] == ["ahead"]
    assert ex.main is None or not (ex.main.get("date") or "").startswith("2024-10")


@pytest.mark.parametrize("figures", ["Trong 8 tháng năm 2024, tăng trưởng GRDP của tỉnh đạt 6%.",
                                     "Trong 9 tháng năm 2024, thu ngân sách của tỉnh đạt 6.000 tỷ đồng."])
def test_months_of_a_year_so_far_give_its_year(figures):
    """'8 tháng năm 2024' (without 'đầu') is the year so far, as '8 tháng đầu năm 2024' is."""
    lead = "Ngày 5/9, đoàn đại biểu tỉnh Nghệ An đã hội đàm với đoàn đại biểu tỉnh Hà Tĩnh."
    assert _talks(figures, lead)["date"] == "2024-09-05"
