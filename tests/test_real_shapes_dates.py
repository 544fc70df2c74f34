"""The shapes real scraped pages take (issue 9), in sentences written for these tests: time stamps
and page clocks, date forms and ranges, and the decoys that are not the occasion's date."""

from __future__ import annotations

from datetime import datetime

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.dates import find_dates

from extract_support import events_of, main_event as main_of


# --- time stamps and page clocks ----------------------------------------------------------

def test_a_page_clock_above_the_headline_and_the_article_stamp_below():
    text = ("Thứ Tư, 13/11/2030 09:33 (GMT +7)\n\nHai tỉnh tổng kết hợp tác\n\n"
            "Thứ 7, 11/03/2028 | 15:59:36 [GMT +7] A  A\n\nHôm nay, 11/3, tại tỉnh Bến Tre đã diễn ra "
            "hội nghị tổng kết chương trình hợp tác giữa tỉnh Bến Tre và tỉnh Trà Vinh.\n")
    art, events, _ = events_of(text)
    assert art.published == datetime(2028, 3, 11, 15, 59)
    assert art.clock == datetime(2030, 11, 13, 9, 33)
    main = next(e for e in events if e["main"])
    assert main["date"] == "2028-03-11" and main["date_text"] == "Hôm nay, 11/3"
    assert main["year_cue"]["kind"] == "published" and "11/03/2028" in main["year_cue"]["text"]


@pytest.mark.parametrize("stamp, iso", [
    ("Cập nhật: 14/03/22 - 10:25", "2022-03-14T10:25:00"),
    ("14-03-2022 10:25", "2022-03-14T10:25:00"),
    ("10:25, ngày 14/03/22", "2022-03-14T10:25:00"),
    ("Kinh tế 17-05-2023", "2023-05-17T00:00:00"),
    ("17/05/2023 - 2.345 lượt xem", "2023-05-17T00:00:00"),
    ("2022-03-14 10:25", "2022-03-14T10:25:00"),
])
def test_stamp_forms_below_the_headline(stamp, iso):
    art = parse_article(f"Hai tỉnh hợp tác phát triển du lịch\n{stamp}\n\nChiều 13/3, hai tỉnh ký kết hợp tác.\n")
    assert art.published is not None and art.published.isoformat() == iso


def test_a_listing_date_glued_to_the_lead():
    text = ("Bốn tỉnh phối hợp bảo vệ rừng giáp ranh\n20/6/2029Chiều nay (20.6), tại thành phố Pleiku, "
            "UBND tỉnh Gia Lai và UBND tỉnh Kon Tum tổ chức hội nghị về bảo vệ rừng.\n")
    art, events, _ = events_of(text)
    assert art.published == datetime(2029, 6, 20)
    main = next(e for e in events if e["main"])
    assert main["date"] == "2029-06-20" and main["date_text"] == "Chiều nay (20.6)"


def test_the_clock_is_an_upper_bound_only():
    text = ("Thứ Hai, 03/02/2025\n\nHai tỉnh gặp mặt đầu năm\n\nSáng 2/2, hai tỉnh Hà Giang và Cao Bằng "
            "gặp mặt, bàn phương hướng hợp tác năm 2027.\n")
    main = main_of(text)
    assert main["year_source"] == "unknown"        # 2027 is later than the page's own clock


# --- date forms and decoys ------------------------------------------------------------------

@pytest.mark.parametrize("written, day, month, end", [
    ("Chiều nay (20.6)", 20, 6, None),
    ("Hôm nay, 11/3", 11, 3, None),
    ("Sáng nay (13/3)", 13, 3, None),
    ("Trong hai ngày 28 và 29-11", 28, 11, (29, 11)),
    ("Trong 2 ngày 26, 27/ 3", 26, 3, (27, 3)),
    ("trong 2 ngày 25.6 và 26.6", 25, 6, (26, 6)),
    ("từ 30/10 đến 2/11", 30, 10, (2, 11)),
    ("(30/11 - 1/12)", 30, 11, (1, 12)),
])
def test_date_forms(written, day, month, end):
    text = f"{written}, hai tỉnh tổ chức các hoạt động hợp tác."
    m = find_dates(text)[0]
    assert (m.day, m.month) == (day, month)
    assert (None if m.end_day is None else (m.end_day, m.end_month)) == end
    assert written.lstrip("(").startswith(m.text.lstrip("(").split()[0][:3]) or written.endswith(m.text)


def test_two_dates_joined_by_va_are_a_range_only_when_consecutive():
    assert find_dates("ngày 8/3 và 9/3")[0].end_day == 9
    assert [m.text for m in find_dates("ngày 8/3 và 12/3")] == ["ngày 8/3", "12/3"]


def test_a_range_is_the_events_span():
    main = main_of("Hai huyện kết nghĩa thăm nhau\n\nTrong 2 ngày 26, 27/ 3, đoàn công tác huyện Quan Hóa, "
                   "tỉnh Thanh Hóa đã thăm và làm việc tại huyện Mộc Châu, tỉnh Sơn La.\n")
    assert (main["date"], main["date_end"], main["type"]) == ("--03-26", "--03-27", "visit")


def test_document_dates_are_not_the_occasion_unless_issued():
    text = ("Nhằm thực hiện Nghị quyết số 26-NQ/TW ngày 3/11/2022 của Bộ Chính trị, Chủ tịch UBND tỉnh "
            "Quảng Trị ký ban hành Quyết định số 1234/QĐ-UBND ngày 20-3-2023 về kế hoạch hợp tác với tỉnh "
            "Quảng Bình.")
    main = main_of(text)
    assert main["date"] == "2023-03-20" and main["type"] == "announcement"
    text2 = ("Hai tỉnh hội nghị\n\nTrên cơ sở Kế hoạch số 61/KH-UBND ngày 01 tháng 3 năm 2026, ngày 13/4/2026, "
             "UBND tỉnh Lai Châu và tỉnh Điện Biên tổ chức hội nghị trực tuyến.\n")
    assert main_of(text2)["date"] == "2026-04-13"


def test_background_dates_are_other_milestones_not_the_main_event():
    text = ("Hai tỉnh bàn giao trường học\n\nSáng 13/8, tỉnh Vĩnh Phúc và tỉnh Bắc Ninh tổ chức lễ bàn giao "
            "trường học.\n\nTrước đó, ngày 12/8, lãnh đạo hai tỉnh đã làm việc với nhau.\n\n"
            "Hơn 3 năm trước, ngày 18/4/2013, lãnh đạo hai tỉnh đã ký kết Bản ghi nhớ hợp tác.\n")
    _, events, _ = events_of(text)
    main = next(e for e in events if e["main"])
    assert main["date_text"] == "Sáng 13/8" and main["type"] == "other"
    assert "2013-04-18" in {e["date"] for e in events if not e["main"]}


def test_a_future_date_in_a_preview_is_the_occasion():
    main = main_of("Hội nghị cấp cao sắp diễn ra\n\n(Báo Hà Tĩnh) - Hội nghị cấp cao thường niên giữa tỉnh "
                   "Hà Tĩnh và tỉnh Quảng Bình sẽ diễn ra vào ngày 18/12 tới tại cửa khẩu Cầu Treo.\n")
    assert main["date"] == "--12-18" and main["type"] == "conference"


def test_since_is_the_start_of_a_reviewed_period():
    text = ("Hai tỉnh hội đàm\n\nNgày 21/3, đoàn đại biểu tỉnh Sơn La và tỉnh Lai Châu hội đàm, đánh giá "
            "kết quả hợp tác giai đoạn 2022 - 2024. Từ tháng 8/2022 đến nay, hai tỉnh đã cử 20 đoàn công tác.\n")
    main = main_of(text)
    assert main["date"] == "2025-03-21"       # the review of 2022-2024 is held in 2025
    assert main["year_cue"]["kind"] == "review_period"


def test_recently_without_a_date_takes_the_publication_month():
    text = ("Hai tỉnh ký chương trình hợp tác\n\nKinh tế 17-05-2023\n\nChương trình hợp tác giai đoạn "
            "2023-2025 giữa hai tỉnh Tây Ninh và Bình Dương vừa được lãnh đạo 2 địa phương ký kết.\n")
    main = main_of(text)
    assert (main["date"], main["precision"], main["type"]) == ("2023-05", "month", "signing")


@pytest.mark.parametrize("lead, iso", [("Sáng nay, tại thành phố Lào Cai", "2024-03-05"),
                                       ("(TTXVN) - Chiều qua, tại thành phố Lào Cai", "2024-03-04")])
def test_this_morning_without_a_number_is_the_day_of_publication(lead, iso):
    text = (f"Hai tỉnh hội đàm\n05/03/2024 08:10\n\n{lead}, lãnh đạo tỉnh Lào Cai và tỉnh Yên Bái đã "
            "hội đàm về hợp tác.\n")
    main = main_of(text)
    assert (main["date"], main["precision"], main["year_source"]) == (iso, "day", "published")


def test_a_weekday_and_date_above_the_headline_is_a_clock_a_bare_date_is_a_stamp():
    body = "Hai tỉnh ký kết hợp tác du lịch\n\nChiều 13/3, hai tỉnh Quảng Nam và Quảng Ngãi ký kết hợp tác.\n"
    assert parse_article("Thứ Tư, 14/03/2029\n" + body).clock == datetime(2029, 3, 14)
    art = parse_article("14/03/2029\n" + body)
    assert art.published == datetime(2029, 3, 14) and art.clock is None


def test_a_relative_lead_is_the_occasion_dated_from_publication():
    text = ("Hai tỉnh ký kết thỏa thuận\n03/01/2025 09:00\n\nTuần trước, ngày 28/12, hai tỉnh Hà Nam và "
            "Ninh Bình đã ký kết thỏa thuận hợp tác phát triển du lịch.\n")
    main = main_of(text)
    assert (main["date"], main["year_source"], main["type"]) == ("2024-12-28", "published", "signing")


def test_the_headlines_date_is_the_last_resort():
    text = ("Hội nghị cấp cao giữa Hà Tĩnh và Quảng Bình diễn ra vào ngày 18/12\n\n(Báo Hà Tĩnh) - Hai tỉnh "
            "Hà Tĩnh và Quảng Bình chuẩn bị hội nghị cấp cao thường niên tại cửa khẩu Cầu Treo.\n")
    main = main_of(text)
    assert main["date"] == "--12-18" and main["snippet"].startswith("Hội nghị cấp cao")
    assert text[main["span"][0]:main["span"][1]] == main["snippet"]


def test_vua_as_king_is_not_recently():
    text = ("Hai tỉnh dâng hương tưởng niệm\n05/04/2031 08:00\n\nLãnh đạo hai tỉnh Phú Thọ và Vĩnh Phúc dâng "
            "hương tưởng niệm các Vua Hùng tại Đền Hùng, cùng nhiều đại biểu và nhân dân.\n")
    _, events, warnings = events_of(text)
    mains = [e for e in events if e["main"]]
    # not dated "recently" by the page's clock: kept without a date
    assert [e["date"] for e in mains] == [None] and not any(e["date"] for e in events)
    assert "no date found: the event is kept without a date" in warnings


def test_the_day_a_letter_arrived_is_a_documents_date_not_the_visit():
    from extract_support import main_event

    text = ("Thành phố Cần Thơ tiếp đoàn học tập kinh nghiệm tỉnh Hà Giang\n\n"
            "Ngày 3 tháng 4 năm 2023, Sở Nội vụ thành phố Cần Thơ nhận được Công văn số 12/SNV của Sở Nội vụ "
            "tỉnh Hà Giang về việc tổ chức đoàn học tập kinh nghiệm.\n\n"
            "Theo đó, đoàn công tác tỉnh Hà Giang gồm 30 người đến làm việc tại thành phố Cần Thơ trong 2 ngày "
            "10 và 11 tháng 4 năm 2023.\n")
    ev = main_event(text)
    assert (ev["date"], ev["date_end"]) == ("2023-04-10", "2023-04-11")
    assert ev["type"] == "visit"
