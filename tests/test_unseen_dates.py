"""Date shapes of pages from sites the rules were not written on (issue 9, a fourth round),
each in sentences written for this test: a trip whose programme the lead then gives day by
day; a notice's own fields ('Thời gian: … dự kiến từ ngày …'); occasions the text gives no
day or month for, dated by the year the text names for them."""

from __future__ import annotations

from extract_support import main_event, events_in as _events


# --- a trip, then its programme day by day ---------------------------------------------------

TRIP_PROGRAMME = (
    "Thống đốc tỉnh Gyeonggi có chuyến thăm Việt Nam và Thái Lan từ ngày 10-14/9. Theo lịch trình, ông "
    "đến Hà Nội từ tối ngày 10/9 để dự Diễn đàn hợp tác địa phương Gyeonggi-Hà Nội 2024 tổ chức tại "
    "khách sạn Daewoo vào sáng ngày 11/9. Vào chiều ngày 11/9, Thống đốc sẽ hội đàm với Chủ tịch UBND "
    "thành phố Hà Nội về hợp tác giữa hai địa phương.\n")


def test_the_trip_outranks_every_day_of_its_programme_the_lead_gives_after_it():
    main = main_event(TRIP_PROGRAMME)
    assert (main["date"], main["date_end"], main["type"]) == ("2024-09-10", "2024-09-14", "visit")


def test_the_programmes_days_take_the_trips_inferred_year():
    dates = {e["date"] for e in _events(TRIP_PROGRAMME) if not e["main"]}
    assert "2024-09-11" in dates


def test_a_day_of_a_trip_whose_year_is_unknown_gets_no_year():
    text = TRIP_PROGRAMME.replace("Gyeonggi-Hà Nội 2024", "Gyeonggi-Hà Nội")
    events = _events(text)
    main = next(e for e in events if e["main"])
    assert main["date"] == "--09-10" and main["date_end"] == "--09-14"
    assert all(not (e["date"] or "-")[:1].isdigit() for e in events)


# --- a notice's own fields -------------------------------------------------------------------

NOTICE = (
    "Huyện Mường Lát chuẩn bị đón đoàn đại biểu huyện Viêng Xay (tỉnh Hủa Phăn, Lào)\n"
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 15/2/2024 của UBND tỉnh Thanh Hóa về hoạt động đối ngoại năm "
    "2024, UBND huyện Mường Lát đã có văn bản mời đoàn công tác huyện Viêng Xay, tỉnh Hủa Phăn sang thăm "
    "và làm việc, dự kiến như sau:\n"
    "1. Thành phần: Bí thư Huyện ủy, Huyện trưởng huyện Viêng Xay và các thành viên trong đoàn.\n"
    "2. Thời gian: 03 ngày, dự kiến từ ngày 12 - 14/9/2024")


def test_a_numbered_time_field_of_a_notice_is_its_text_not_a_related_title():
    from hoptac.core.extract.chrome import is_teaser
    from hoptac.core.text import fold
    for line in ("2. Thời gian: 03 ngày, dự kiến từ ngày 12 - 14/9/2024", "- Địa điểm: Hội trường huyện Mường Lát",
                 "Thời gian và địa điểm: ngày 5/6 tại thành phố Vinh"):
        assert not is_teaser(line, fold(line))
    # a related title is still one
    title = "Đoàn đại biểu huyện Viêng Xay thăm huyện Mường Lát"
    assert is_teaser(title, fold(title))


def test_the_planned_visit_a_notice_dates_in_its_time_field_is_the_main_event():
    main = main_event(NOTICE)
    assert (main["date"], main["date_end"], main["type"]) == ("2024-09-12", "2024-09-14", "visit")


# --- an occasion named with its year ---------------------------------------------------------

def test_a_festival_named_with_its_year_gives_the_year_of_a_signing_told_without_one():
    text = ("Ba tỉnh miền núi liên kết phát triển du lịch\n"
            "Ngày 21/09, tại thành phố Lào Cai, ba tỉnh Lào Cai, Lai Châu và Điện Biên đã ký kết chương trình "
            "liên kết phát triển du lịch.\n"
            "Theo chương trình, mỗi năm một tỉnh đăng cai các sự kiện chung. Ngày hội văn hóa các dân tộc tỉnh "
            "Lai Châu năm 2016 dự kiến khai mạc vào ngày 12/12.\n")
    main = main_event(text)
    assert (main["date"], main["year_source"]) == ("2016-09-21", "context")
    # told as coming with its own day (12/12, after the signing): named_ahead (occasions_ahead)
    assert main["year_cue"]["kind"] == "named_ahead" and "Ngày hội" in main["year_cue"]["text"]


def test_an_earlier_edition_of_a_festival_gives_no_year():
    text = ("Ba tỉnh miền núi liên kết phát triển du lịch\n"
            "Ngày 21/09, tại thành phố Lào Cai, ba tỉnh Lào Cai, Lai Châu và Điện Biên đã ký kết chương trình "
            "liên kết phát triển du lịch.\n"
            "Hai tỉnh đã phối hợp tổ chức thành công Ngày hội văn hóa các dân tộc tỉnh Lai Châu năm 2015.\n")
    main = main_event(text)
    assert main["date"] == "--09-21"


# --- an occasion told with no day, no month, no 'vừa' and no stamp ------------------------------

def _told(year_sentence: str) -> dict:
    return main_event("Thành phố Hải Phòng và tỉnh Chăm Pa Sắc tăng cường hợp tác\n"
                      "Tại buổi tiếp, Tỉnh trưởng tỉnh Chăm Pa Sắc chào mừng đoàn đại biểu thành phố Hải Phòng "
                      "sang thăm và làm việc tại tỉnh.\n"
                      "Hai bên trao đổi về hợp tác giáo dục và thương mại. " + year_sentence + "\n")


def test_the_year_the_parties_say_they_are_in_dates_an_undated_visit():
    main = _told("Hai bên nhấn mạnh năm 2022 là một năm có ý nghĩa đặc biệt, khi hai nước cùng tổ chức "
                 "kỷ niệm 60 năm thiết lập quan hệ ngoại giao.")
    assert (main["date"], main["precision"], main["year_source"]) == ("2022", "year", "context")
    assert main["year_cue"]["kind"] == "anniversary_year"


def test_a_plan_for_a_year_does_not_date_an_undated_visit_that_says_no_vua():
    # a plan for 2023 may be agreed late in 2022
    main = _told("Hai bên thống nhất phương hướng hợp tác năm 2023.")
    assert main["date"] is None and main["year_source"] == "unknown"


def test_an_undated_visit_with_cues_that_disagree_gets_no_year():
    main = _told("Hai bên nhấn mạnh năm 2022 là năm có ý nghĩa đặc biệt, khi hai nước cùng kỷ niệm 60 năm "
                 "quan hệ ngoại giao. Hai bên thống nhất phương hướng hợp tác năm 2023.")
    assert main["date"] is None


# --- a plan that carries out a meeting's minutes ------------------------------------------------

def _plan(minutes: str) -> dict:
    return main_event("Kế hoạch hợp tác giữa tỉnh Lai Châu và tỉnh Vân Nam\n"
                      "Ngày 14/6, UBND tỉnh Lai Châu đã ban hành Kế hoạch số 210/KH-UBND về hợp tác với tỉnh Vân Nam "
                      "(Trung Quốc).\n"
                      f"Kế hoạch nhằm cụ thể hóa và triển khai thực hiện có hiệu quả {minutes} ký ngày 12/3/2021 "
                      "tại thành phố Côn Minh.\n")


def test_a_plan_carrying_out_a_meetings_minutes_follows_them_within_the_year():
    main = _plan("Biên bản Hội nghị lần thứ 5 Nhóm công tác liên hợp giữa hai tỉnh")
    assert (main["date"], main["year_source"], main["year_cue"]["kind"]) == ("2021-06-14", "context", "follow_up")


def test_a_plan_carrying_out_a_standing_agreement_gets_no_year_from_its_date():
    # a cooperation agreement may be years old when a plan carries it out
    main = _plan("Thỏa thuận hợp tác toàn diện giữa hai tỉnh")
    assert main["date"] == "--06-14"


# --- stamps written with the month in words ---------------------------------------------------

_SIGNED = ("Hai tỉnh Lào Cai và Yên Bái ký kết hợp tác du lịch\n{stamp}\n"
           "Sáng 11/3, tại thành phố Lào Cai, lãnh đạo tỉnh Lào Cai và tỉnh Yên Bái đã ký kết chương trình "
           "hợp tác phát triển du lịch.\n")


def test_a_stamp_with_the_month_in_words_and_a_comma_before_the_year():
    main = main_event(_SIGNED.format(stamp="Thứ Năm, 12 tháng 3, 2020 08:15"))
    assert (main["date"], main["year_source"]) == ("2020-03-11", "published")


def test_a_line_that_is_only_a_date_in_words_is_a_stamp_not_the_occasion():
    main = main_event(_SIGNED.format(stamp="Ngày 12 tháng 3 năm 2020"))
    assert (main["date"], main["year_source"]) == ("2020-03-11", "published")


def test_a_lead_that_opens_with_a_date_in_words_is_no_stamp():
    from hoptac.core.extract.stamps import parse_stamp
    assert parse_stamp("Ngày 12 tháng 3 năm 2020, tại thành phố Lào Cai, hai tỉnh ký kết") is None
    assert parse_stamp("Hà Nội, ngày 12 tháng 3 năm 2020") is None


# --- a stamp printed under the article ----------------------------------------------------------

_UNDER = ("Hai tỉnh Lào Cai và Yên Bái ký kết hợp tác du lịch\n"
          "Sáng 11/3, tại thành phố Lào Cai, lãnh đạo tỉnh Lào Cai và tỉnh Yên Bái đã ký kết chương trình "
          "hợp tác phát triển du lịch.\nHai bên thống nhất nhiều nội dung.\n{under}")


def test_a_stamp_under_the_byline_dates_the_page_when_none_stands_above():
    for under in ("Thu Hằng\n12/03/2020 08:15\n", "Thu Hằng - 12/03/2020\n", "Báo Lào Cai 12/3/2020\n"):
        main = main_event(_UNDER.format(under=under))
        assert (main["date"], main["year_source"]) == ("2020-03-11", "published"), under


def test_dates_listed_after_a_related_news_marker_are_no_stamp():
    main = main_event(_UNDER.format(under="Tin khác\nHai huyện ký kết kết nghĩa\n12/03/2020\n"))
    assert main["date"] == "--03-11"


# --- an occasion held for an anniversary in the days around a new year --------------------------

def _for_anniversary(opening: str) -> dict:
    return main_event("Tây Ninh và Svay Rieng giao lưu hữu nghị\n"
                      f"{opening}nhân dịp kỷ niệm 45 năm Ngày Chiến thắng chế độ diệt chủng Pol Pot (7/1/1979 - "
                      "7/1/2024), lãnh đạo tỉnh Tây Ninh đã đến thăm, chúc mừng tỉnh Svay Rieng (Campuchia).\n")


def test_an_occasion_days_before_an_anniversary_of_early_january_is_in_the_year_before():
    main = _for_anniversary("Ngày 28/12, ")
    assert (main["date"], main["year_cue"]["kind"]) == ("2023-12-28", "anniversary")


def test_an_occasion_after_or_far_from_the_anniversary_day_keeps_its_year():
    assert _for_anniversary("Ngày 5/1, ")["date"] == "2024-01-05"
    assert _for_anniversary("Ngày 2/9, ")["date"] == "2024-09-02"


def test_an_undated_occasion_for_an_anniversary_near_new_year_gets_no_year():
    main = _for_anniversary("Vừa qua, ")
    assert main["date"] is None or not main["date"][:1].isdigit()


def test_a_known_founding_near_new_year_carries_its_day():
    # diplomatic relations with China, 18/1/1950: an occasion on 29/12 is in the year before
    main = main_event("Lạng Sơn và Quảng Tây giao lưu hữu nghị\n"
                      "Ngày 29/12, nhân dịp kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam - Trung Quốc, "
                      "lãnh đạo tỉnh Lạng Sơn đã hội đàm với lãnh đạo Khu tự trị dân tộc Choang Quảng Tây.\n")
    assert (main["date"], main["year_cue"]["kind"]) == ("2024-12-29", "known_anniversary")


# --- what the parties will do in the year they are in -------------------------------------------

def _ahead(day: str, sentence: str) -> dict:
    return main_event("Hai tỉnh Quảng Ninh và Lạng Sơn tăng cường hợp tác\n"
                      f"Ngày {day}, lãnh đạo tỉnh Quảng Ninh và tỉnh Lạng Sơn đã hội đàm về hợp tác thương mại. "
                      f"{sentence}\n")


def test_trong_nam_then_what_the_parties_will_do_gives_the_year():
    main = _ahead("14/3", "Trong năm 2024, hai bên sẽ phối hợp tổ chức Hội chợ thương mại biên giới.")
    assert (main["date"], main["year_cue"]["kind"]) == ("2024-03-14", "year_ahead")
    # said late in the year before
    assert _ahead("20/12", "Trong năm 2024, hai bên sẽ phối hợp tổ chức Hội chợ.")["date"] == "2023-12-20"


def test_a_year_told_as_done_or_without_trong_gives_no_such_cue():
    assert _ahead("14/3", "Trong năm 2023, hai bên đã phối hợp tổ chức Hội chợ thương mại.")["date"] == "--03-14"
    assert _ahead("14/3", "Năm 2025, hai bên sẽ tổ chức kỷ niệm 10 năm kết nghĩa.")["date"] == "--03-14"


# --- a year of two digits; a space typed beside a slash ---------------------------------------

def test_a_two_digit_year_after_a_part_of_the_day_or_ngay():
    from hoptac.core.extract.dates import find_dates
    assert [(m.day, m.month, m.year) for m in find_dates("Sáng 12/3/24, tại thành phố")] == [(12, 3, 2024)]
    assert [(m.day, m.month, m.year) for m in find_dates("vào ngày 5-9-25 tới")] == [(5, 9, 2025)]
    # with no cue before it, or after 'số', it is a number
    assert find_dates("số 12/3/24 người") == [] and find_dates("đạt 12/3/24") == []


def test_a_space_typed_before_a_slash_stays_inside_the_date():
    from hoptac.core.extract.dates import find_dates
    assert [(m.day, m.month, m.year) for m in find_dates("ngày 12 /3/2024 tại")] == [(12, 3, 2024)]
    assert [(m.day, m.month, m.year) for m in find_dates("ngày 12/3 /2024 tại")] == [(12, 3, 2024)]


def test_trong_nam_then_what_the_parties_agree_to_do_gives_the_year():
    main = _ahead("14/3", "Trong năm 2024, hai bên thống nhất tập trung triển khai các nội dung đã ký kết.")
    assert (main["date"], main["year_cue"]["kind"]) == ("2024-03-14", "year_ahead")
    assert _ahead("14/3", "Trong năm 2023, hai bên đã thống nhất nhiều nội dung.")["date"] == "--03-14"


def test_an_undated_new_year_visit_takes_the_year_of_the_tet_it_names():
    main = _told("Nhân dịp đón Tết Nguyên đán Giáp Thìn 2024, đoàn đã chúc Tết lãnh đạo tỉnh bạn.")
    assert (main["date"], main["year_cue"]["kind"]) == ("2024", "spring")


def test_a_clock_in_the_footer_is_no_stamp():
    main = main_event(_UNDER.format(under="Thu Hằng\nThứ Tư, 02/12/2026 08:15:27\n"))
    assert main["date"] == "--03-11"


def test_trong_nam_next_year_said_in_november_is_the_year_before():
    main = main_event("Sáng 10/11, tại xã Tân Lập (mới), lãnh đạo tỉnh Phú Thọ và tỉnh Tuyên Quang tổ chức hội "
                      "nghị hợp tác.\n\nTrong năm 2026, hai tỉnh sẽ mở thêm tuyến xe buýt.\n")
    assert (main["date"], main["year_cue"]["kind"]) == ("2025-11-10", "year_ahead")
