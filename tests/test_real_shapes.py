"""The shapes real scraped pages take (issue 9), each in sentences written for this test:
pages without a headline, site chrome and teasers, date forms and decoys, years from
stamps, clocks and cues, and the type of the main event."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.years import infer_year, relative_anchor


def events_of(text: str):
    art = parse_article(text)
    events, warnings = extract_events(art, article_id="t", source="t.txt")
    return art, events, warnings


def main_of(text: str) -> dict:
    _, events, warnings = events_of(text)
    mains = [e for e in events if e["main"]]
    assert len(mains) == 1, warnings
    return mains[0]


# --- the article's structure -------------------------------------------------------------

def test_a_page_that_opens_with_its_lead_is_read_whole():
    text = ("Sáng 14/1, Đoàn công tác tỉnh Cao Bằng do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến "
            "thăm và làm việc với lãnh đạo tỉnh Lạng Sơn, trao đổi kinh nghiệm phát triển kinh tế cửa khẩu.\n\n"
            "Hai bên thống nhất tăng cường phối hợp trong thời gian tới.\n")
    art, events, _ = events_of(text)
    assert art.title_span == (0, 0)                   # no headline line
    assert art.title.startswith("Sáng 14/1, Đoàn công tác")
    assert art.body_span[0] == 0 and art.lead_span()[0] == 0
    main = next(e for e in events if e["main"])
    assert main["date"] == "--01-14" and main["type"] == "visit"


def test_a_one_paragraph_page_is_not_taken_for_a_headline():
    text = ("Ngày 5/6, tại thành phố Vinh, Ban Thường vụ Tỉnh ủy hai tỉnh Nghệ An và Hà Tĩnh tổ chức hội "
            "nghị đánh giá kết quả hợp tác giữa hai địa phương, với sự tham dự của lãnh đạo các sở, ngành.")
    main = main_of(text)
    assert main["date"] == "--06-05" and main["type"] == "conference"


def test_site_chrome_before_the_headline():
    text = ("xem thêm\nAn Giang\nBình Dương\nicon 24h qua\nĐăng nhập\nicon Đăng ký gói bạn đọc VIP\n\n"
            "Hai tỉnh miền Tây ký kết chương trình hợp tác mới\n\nBài và ảnh: Minh Khoa\n\n"
            "Sáng 9-5, UBND tỉnh Vĩnh Long và UBND tỉnh Trà Vinh đã tổ chức lễ ký kết chương trình "
            "hợp tác phát triển kinh tế - xã hội giai đoạn 2026 - 2030.\n")
    art, events, _ = events_of(text)
    assert art.title == "Hai tỉnh miền Tây ký kết chương trình hợp tác mới"
    for chrome in ("An Giang", "Đăng nhập", "Minh Khoa"):
        assert chrome not in art.body
    main = next(e for e in events if e["main"])
    assert main["date_text"] == "Sáng 9-5" and main["type"] == "signing"


@pytest.mark.parametrize("tag", ["HNP - ", "(GLO)- ", "(VOV5) - ", "Truyền hình Sơn La TV - ", "LSO-"])
def test_an_agency_tag_before_the_lead(tag):
    text = (f"Hai huyện biên giới tăng cường hợp tác\n\n{tag}Chiều 22/4, lãnh đạo huyện Mường Lát và "
            "huyện Quan Sơn đã có buổi hội đàm về công tác quản lý biên giới.\n")
    art, events, _ = events_of(text)
    s, e = art.lead_span()
    assert art.text[s:e].startswith(tag.strip()[:2])
    main = next(e for e in events if e["main"])
    assert main["date_text"] == "Chiều 22/4" and main["type"] == "conference"


def test_audio_player_lines_and_a_share_button_are_chrome():
    text = ("Hai tỉnh hợp tác phát triển du lịch biển\n\nChia sẻ\n0:00 / 0:00\n0:00\n  • Nữ miền Bắc\n"
            "  • Nam miền Nam\n\nNgày 7-4, Sở Du lịch hai tỉnh Khánh Hòa và Phú Yên đã tổ chức hội nghị "
            "ký kết hợp tác phát triển du lịch.\n")
    art, events, _ = events_of(text)
    assert "0:00" not in art.body and "miền Bắc" not in art.body
    main = next(e for e in events if e["main"])
    assert main["date_text"] == "Ngày 7-4" and main["type"] == "signing"


def test_follow_us_and_related_news_end_the_article():
    text = ("Lào Cai và Yên Bái ký kết hợp tác\n\nChiều 3/3, tỉnh Lào Cai và tỉnh Yên Bái đã ký kết "
            "biên bản hợp tác giai đoạn 2026 - 2030.\n\nTheo dõi Báo Tây Bắc trên Google News\n\n"
            "Ngày 20/2, Hội nghị xúc tiến đầu tư vào tỉnh Lào Cai.\n")
    art, events, _ = events_of(text)
    assert "Theo dõi" not in art.body and "20/2" not in art.body
    assert all(e["date_text"] != "Ngày 20/2" for e in events)


def test_related_titles_inside_the_body_are_not_events_or_cues():
    text = ("Kon Tum hợp tác với tỉnh Attapeu\n\nSáng ngày 12/12, UBND tỉnh Kon Tum tổ chức hội nghị "
            "sơ kết hợp tác với tỉnh Attapeu (Lào).\n"
            "Tỉnh Kon Tum khánh thành cầu mới ngày 9/9/2019 tại huyện Sa Thầy\n"
            "Lễ hội văn hóa các dân tộc Tây Nguyên 2019\n\n"
            "Tại hội nghị, hai bên đánh giá kết quả hợp tác trong thời gian qua.\n")
    art, events, _ = events_of(text)
    assert len(art.teasers) == 2
    main = next(e for e in events if e["main"])
    assert main["date"] == "--12-12" and main["year_source"] == "unknown"   # no year from teasers
    assert all(e["date"] != "2019-09-09" for e in events)


def test_a_dated_caption_is_used_only_when_the_text_dates_nothing():
    text = ("Sơn La và Hủa Phăn ký biên bản hợp tác\n\nĐại diện lãnh đạo hai tỉnh dự buổi lễ ký kết "
            "biên bản hợp tác toàn diện giai đoạn 2026 – 2028, cùng lãnh đạo các sở, ngành liên quan "
            "của hai bên.\n![]() |\nNgày 16/8, diễn ra lễ ký biên bản hợp tác giữa hai tỉnh. (Ảnh: Thông tấn) |\n")
    main = main_of(text)
    assert main["date_text"] == "Ngày 16/8" and main["type"] == "signing"
    assert main["date"] == "2026-08-16"    # signed as the period 2026 - 2028 opens
    text2 = ("Hai tỉnh hội đàm\n\nSáng 12/5, lãnh đạo tỉnh Điện Biên hội đàm với tỉnh Luông Pha Bang.\n\n"
             "Lãnh đạo hai tỉnh tại buổi hội đàm ngày 11/5. Ảnh: Thu Hà\n")
    assert main_of(text2)["date_text"] == "Sáng 12/5"


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


def test_an_anniversary_range_is_no_event_but_gives_the_year():
    text = ("Lễ kỷ niệm tại huyện biên giới\n\n(Báo Nghệ An) - Lễ kỷ niệm 60 năm Ngày thiết lập quan hệ "
            "ngoại giao (5/9/1962 - 5/9/2022) được tổ chức tại huyện Kỳ Sơn, tỉnh Nghệ An ngày 10/8.\n")
    main = main_of(text)
    assert main["date"] == "2022-08-10" and main["type"] == "other"
    assert main["year_cue"]["kind"] == "anniversary"


def test_an_anniversary_with_its_date_gives_the_year_by_arithmetic():
    text = ("Hai tỉnh ký biên bản hợp tác\n\nChiều 11/7, tỉnh Vĩnh Long và tỉnh Bến Tre tổ chức lễ ký kết "
            "biên bản hợp tác, hướng tới kỷ niệm 46 năm Ngày ký Hiệp ước hữu nghị (18/7/1977).\n")
    main = main_of(text)
    assert main["date"] == "2023-07-11"


def test_an_occasion_held_for_an_anniversary_has_the_anniversarys_year():
    text = ("Hai xã kết nghĩa\n\nNhân dịp kỷ niệm 70 năm ngày thành lập Chi bộ xã Hòa Bình (3/2/1956 – 3/2/2026), "
            "tại xã Hòa Bình đã diễn ra lễ kết nghĩa giữa xã Hòa Bình và xã Tân Lập.\n")
    main = main_of(text)
    assert (main["date"], main["precision"], main["type"]) == ("2026", "year", "signing")


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


# --- years -----------------------------------------------------------------------------------

def test_a_stamp_contradicted_by_a_strong_cue_gives_no_year():
    text = ("Hai tỉnh tổng kết hợp tác\n05/03/2024 08:10\n\nSáng 4/3, hai tỉnh Lạng Sơn và Cao Bằng "
            "tổ chức hội nghị tổng kết hợp tác, bàn phương hướng hợp tác năm 2019.\n")
    main = main_of(text)
    assert main["year_source"] == "unknown" and main["date"] == "--03-04"


def test_cues_that_disagree_give_no_year():
    text = ("Sáng 9/9, hai tỉnh hội đàm, bàn phương hướng hợp tác năm 2019. Trong đợt này, hai bên chuẩn "
            "bị phương hướng hợp tác năm 2021.")
    mentions = find_dates(text)
    assert infer_year(mentions[0], text, published=None, mentions=mentions) == (None, "unknown")


@pytest.mark.parametrize("words, published, expected", [
    ("Chiều qua (7/3)", date(2024, 3, 8), 2024),
    ("Chiều qua (31/12)", date(2025, 1, 1), 2024),
    ("Tuần trước, ngày 28/12", date(2025, 1, 3), 2024),
    ("Tháng trước, ngày 20/12", date(2025, 1, 15), 2024),
    ("Năm ngoái, ngày 5/6", date(2025, 1, 15), 2024),
])
def test_relative_dates_count_back_from_publication(words, published, expected):
    text = f"{words}, hai tỉnh ký kết thỏa thuận hợp tác."
    mention = find_dates(text)[0]
    assert relative_anchor(mention, text, published) is not None
    assert infer_year(mention, text, published=published, mentions=[mention]) == (expected, "published")


def test_a_named_occasion_gives_the_year():
    text = ("Hai tỉnh mở tuần văn hóa\n\nSáng 25/8, tại thành phố Thanh Hóa, khai mạc Tuần lễ văn hóa "
            "Thanh Hóa - Hủa Phăn 2022 với nhiều hoạt động.\n")
    main = main_of(text)
    assert main["date"] == "2022-08-25" and main["year_cue"]["kind"] == "named_year"
    assert main["year_cue"]["text"].endswith("2022")


def test_tet_with_a_lunar_year_and_nam():
    main = main_of("Ngày 14/1, Đoàn đại biểu tỉnh Kampot sang thăm và chúc Tết Nguyên đán Ất Tỵ năm 2025 "
                   "tỉnh Kiên Giang.")
    assert main["date"] == "2025-01-14" and main["type"] == "visit"


def test_year_cue_names_the_words_and_where_they_are():
    text = "Chiều 18/2, tại thành phố Yên Bái diễn ra hội nghị bàn phương hướng hợp tác năm 2023 giữa hai tỉnh."
    main = main_of(text)
    cue = main["year_cue"]
    assert main["date"] == "2023-02-18"
    assert cue["text"] == "phương hướng hợp tác năm 2023"
    assert text[cue["span"][0]:cue["span"][1]] == cue["text"]


# --- the type follows the main verb -------------------------------------------------------------

@pytest.mark.parametrize("lead, kind", [
    ("Ngày 25-12, tỉnh Điện Biên và tỉnh Lai Châu tổ chức hội đàm và ký kết biên bản hợp tác.", "conference"),
    ("Chiều 26-2-2021, đã diễn ra Hội nghị sơ kết và ký kết hợp tác giữa tỉnh Hậu Giang và tỉnh Sóc Trăng.", "conference"),
    ("Chiều 11/3, UBND tỉnh Đắk Lắk đã tổ chức Lễ ký kết thỏa thuận hợp tác với tỉnh Đắk Nông.", "signing"),
    ("Ngày 7-4, hai Sở Du lịch tỉnh Bình Thuận và Ninh Thuận đã tổ chức Hội nghị ký kết hợp tác.", "signing"),
    ("Ngày 2/6, đoàn công tác tỉnh Hòa Bình đã đến thăm và làm việc với tỉnh Sơn La.", "visit"),
    # a delegation's working session with its hosts is a meeting (round 10: holdout12 m18); one held to learn
    # from them ("trao đổi kinh nghiệm") is a study trip, a visit (corpus a18)
    ("Sáng 30/12, đoàn công tác tỉnh Hà Tĩnh có buổi làm việc với lãnh đạo tỉnh Nghệ An.", "conference"),
    ("Sáng 30/12, đoàn công tác tỉnh Hà Tĩnh do Bí thư Tỉnh ủy dẫn đầu có buổi làm việc với lãnh đạo tỉnh Nghệ An "
     "trao đổi kinh nghiệm về quy hoạch đô thị.", "visit"),
    ("Sáng 3-9, lãnh đạo tỉnh Gia Lai đã có cuộc làm việc với đoàn đại biểu tỉnh Kon Tum.", "conference"),
    ("Ngày 23/5, UBND tỉnh Cao Bằng đã ban hành Kế hoạch số 14/KH-UBND về hợp tác với tỉnh Bắc Kạn.", "announcement"),
    ("Ngày 29/8, UBND tỉnh Bạc Liêu cho biết đã có văn bản gửi UBND tỉnh Sóc Trăng đề nghị hỗ trợ.", "announcement"),
    ("Sáng 4/12, Phó Chủ tịch UBND tỉnh Lạng Sơn chủ trì cuộc họp với các ngành để chuẩn bị hội nghị với tỉnh Cao Bằng.", "other"),
    ("Sáng ngày 27/8, Đoàn công tác tỉnh Đồng Tháp đã trao tặng gạo cho tỉnh An Giang.", "other"),
    ("Chiều 10/2, lãnh đạo tỉnh Bạc Liêu đón tiếp đoàn lãnh đạo tỉnh Sóc Trăng sang thăm và chúc tết.", "visit"),
    ("Trong khuôn khổ chương trình làm việc giữa hai tỉnh, sáng 22/8, tỉnh Bình Phước và tỉnh Tây Ninh đã ký kết Biên bản ghi nhớ.", "signing"),
    ("Ngày 5/6, Thành ủy Hà Nội có Thông báo kết luận về hợp tác với tỉnh Lào Cai.", "announcement"),
    ("Sáng 5/6, hai tỉnh Hà Nam và Nam Định tổ chức hội nghị triển khai Kế hoạch số 12/KH-UBND.", "conference"),
    ("Sáng 13/8, tỉnh Vĩnh Phúc phối hợp tổ chức lễ bàn giao trường học cho tỉnh Luông Nậm Thà.", "other"),
    ("Sáng 25/8, tại thành phố Thanh Hóa, diễn ra Lễ kỷ niệm 55 năm ngày ký hợp tác giữa hai tỉnh.", "other"),
])
def test_type_follows_the_main_verb(lead, kind):
    main = main_of(lead)
    assert main["type"] == kind


def test_a_headline_that_names_the_occasion_decides_between_the_leads_verbs():
    text = ("Ký kết Bản ghi nhớ hợp tác giữa tỉnh Phú Thọ và tỉnh Tuyên Quang\n\nChiều 2/2, đoàn công tác "
            "tỉnh Tuyên Quang đã sang thăm tỉnh Phú Thọ, tiến hành hội đàm và ký kết Bản ghi nhớ hợp tác.\n")
    assert main_of(text)["type"] == "signing"


# --- more page shapes ---------------------------------------------------------------------

def test_a_festive_banner_above_the_headline_is_chrome():
    text = ("Trang chủ | Tin tức | Chính trị\nHotline: 0912 000 111\nChào mừng kỷ niệm 50 năm giải phóng "
            "miền Nam 2025\nQUẢNG NGÃI VÀ KON TUM KÝ KẾT CHƯƠNG TRÌNH HỢP TÁC\nCập nhật lúc 16:20, 12/04/2025\n"
            "Chiều 11/4, tại thành phố Quảng Ngãi, UBND tỉnh Quảng Ngãi và UBND tỉnh Kon Tum đã tổ chức lễ "
            "ký kết chương trình hợp tác.\n")
    art, events, _ = events_of(text)
    assert art.title == "QUẢNG NGÃI VÀ KON TUM KÝ KẾT CHƯƠNG TRÌNH HỢP TÁC"
    assert any("banner" in why for _, _, why in art.chrome)
    main = next(e for e in events if e["main"])
    assert (main["date"], main["type"]) == ("2025-04-11", "signing")


def test_a_caption_before_the_lead_is_not_the_headline():
    text = ("27/04/2031 - 14:35\n\nĐoàn đại biểu tỉnh Bắc Kạn thăm và làm việc tại tỉnh Thái Nguyên\n\n"
            "Đồng chí Bí thư Tỉnh ủy Bắc Kạn (bìa trái) trao quà lưu niệm cho lãnh đạo\ntỉnh Thái Nguyên.\n\n"
            "(TN) - Ngày 26-4-2031, đoàn đại biểu tỉnh Bắc Kạn đã đến thăm và làm việc với tỉnh Thái Nguyên.\n")
    art, events, _ = events_of(text)
    assert art.title == "Đoàn đại biểu tỉnh Bắc Kạn thăm và làm việc tại tỉnh Thái Nguyên"
    assert main_of(text)["date"] == "2031-04-26"


@pytest.mark.parametrize("lead, iso", [("Sáng nay, tại thành phố Lào Cai", "2024-03-05"),
                                       ("(TTXVN) - Chiều qua, tại thành phố Lào Cai", "2024-03-04")])
def test_this_morning_without_a_number_is_the_day_of_publication(lead, iso):
    text = (f"Hai tỉnh hội đàm\n05/03/2024 08:10\n\n{lead}, lãnh đạo tỉnh Lào Cai và tỉnh Yên Bái đã "
            "hội đàm về hợp tác.\n")
    main = main_of(text)
    assert (main["date"], main["precision"], main["year_source"]) == (iso, "day", "published")


def test_a_review_of_a_period_in_summer_or_autumn_may_be_either_year():
    text = "Ngày 15/8, hai tỉnh Hà Nam và Nam Định tổ chức hội nghị tổng kết hợp tác giai đoạn 2021 - 2025."
    mentions = find_dates(text)
    assert infer_year(mentions[0], text, published=None, mentions=mentions) == (None, "unknown")
    text = text.replace("15/8", "15/3")
    mentions = find_dates(text)
    assert infer_year(mentions[0], text, published=None, mentions=mentions) == (2026, "context")


def test_a_documents_date_in_the_same_sentence_gives_no_year():
    text = ("Sáng 12/3, thực hiện Nghị quyết số 26-NQ/TW ngày 3/11/2022 của Bộ Chính trị, hai tỉnh "
            "Nghệ An và Hà Tĩnh tổ chức hội nghị bàn giải pháp liên kết vùng.")
    main = main_of(text)
    assert main["date"] == "--03-12" and main["year_source"] == "unknown"


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


@pytest.mark.parametrize("lead, kind", [
    ("Lúc 8 giờ sáng ngày 12/3, tại Hà Nội, lãnh đạo tỉnh Thái Bình và tỉnh Nam Định tổ chức hội nghị.", "conference"),
    ("Chiều 2/4, Bí thư Tỉnh ủy Quảng Trị hội kiến đoàn đại biểu tỉnh Savannakhet (Lào) sang thăm.", "visit"),
])
def test_more_leads(lead, kind):
    main = main_of("Hai tỉnh hợp tác\n\n" + lead + "\n")
    assert main["type"] == kind and main["date"].startswith("--")


def test_a_sites_name_is_no_headline_and_a_named_tag_opens_the_lead():
    text = ("Cổng thông tin điện tử tỉnh Yên Bái\nNgày đăng: 08/04/2023 | Lượt xem: 1234\n"
            "Yên Bái và Lào Cai ký kết hợp tác\nVừa qua, UBND tỉnh Yên Bái và UBND tỉnh Lào Cai đã ký kết "
            "chương trình hợp tác giai đoạn 2023 - 2025.\nVăn phòng UBND tỉnh\n")
    art, events, _ = events_of(text)
    assert art.title == "Yên Bái và Lào Cai ký kết hợp tác"
    main = next(e for e in events if e["main"])
    assert (main["date"], main["precision"], main["type"]) == ("2023-04", "month", "signing")
    lead = ("Báo Đà Nẵng - Sáng 8/4, UBND thành phố Đà Nẵng và UBND tỉnh Quảng Nam tổ chức hội nghị "
            "liên kết phát triển du lịch.")
    art = parse_article(lead)
    assert art.title.startswith("Sáng 8/4, UBND") and art.lead_span() == (0, len(lead))


def test_related_titles_listed_above_the_lead_are_chrome():
    text = ("Hai tỉnh ký kết hợp tác\nTin liên quan\nNgày 3/3, Lạng Sơn đón đoàn khách quốc tế\n"
            "Khánh thành cầu biên giới 2031\n\nSáng 12/3, tại thành phố Cao Bằng, hai tỉnh Cao Bằng và "
            "Lạng Sơn đã tổ chức lễ ký kết chương trình hợp tác.\n")
    art, events, _ = events_of(text)
    assert art.title == "Hai tỉnh ký kết hợp tác"
    assert "Ngày 3/3" not in art.body
    main = next(e for e in events if e["main"])
    assert (main["date_text"], main["type"], main["year_source"]) == ("Sáng 12/3", "signing", "unknown")


def test_a_passive_lead_reports_its_own_signing():
    text = ("Biên bản ghi nhớ hợp tác giữa tỉnh Sơn La và tỉnh Điện Biên được ký kết vào ngày 12/3 tại "
            "thành phố Sơn La, với 8 nội dung hợp tác.")
    main = main_of(text)
    assert main["date"] == "--03-12" and main["type"] == "signing"
    grounded = ("Trên cơ sở biên bản ghi nhớ được ký kết ngày 14/11/2030 tại tỉnh Phú Thọ, ngày 13/4/2031, "
                "hai tỉnh Phú Thọ và Tuyên Quang tổ chức hội nghị trực tuyến.")
    assert main_of(grounded)["date"] == "2031-04-13"
    assert "2030-11-14" in {e["date"] for e in events_of(grounded)[1] if not e["main"]}


def test_a_named_target_year_is_no_cue():
    from hoptac.core.extract.year_cues import find_year_cues
    assert find_year_cues("Hai tỉnh bàn Chiến lược phát triển Vision 2030 và Tầm Nhìn 2045.") == []


def test_an_anniversarys_years_in_brackets_give_the_year():
    text = ("Hai tỉnh kỷ niệm quan hệ hữu nghị\n\nChiều 14/6, tại thành phố Sơn La, hai tỉnh Sơn La và Luông Pha "
            "Bang tổ chức lễ kỷ niệm 30 năm thiết lập quan hệ hữu nghị (1994 - 2024).\n")
    main = main_of(text)
    assert main["date"] == "2024-06-14" and main["year_cue"]["kind"] == "anniversary"


def test_the_headlines_date_is_the_last_resort():
    text = ("Hội nghị cấp cao giữa Hà Tĩnh và Quảng Bình diễn ra vào ngày 18/12\n\n(Báo Hà Tĩnh) - Hai tỉnh "
            "Hà Tĩnh và Quảng Bình chuẩn bị hội nghị cấp cao thường niên tại cửa khẩu Cầu Treo.\n")
    main = main_of(text)
    assert main["date"] == "--12-18" and main["snippet"].startswith("Hội nghị cấp cao")
    assert text[main["span"][0]:main["span"][1]] == main["snippet"]


def test_an_inline_related_link_does_not_end_the_article():
    text = ("Hai tỉnh ký kết hợp tác\n\nSáng 12/3, tại thành phố Cao Bằng, hai tỉnh Cao Bằng và Lạng Sơn "
            "đã tổ chức lễ ký kết chương trình hợp tác.\n"
            "Xem thêm: Lạng Sơn đón đoàn khách quốc tế ngày 3/3/2031\n"
            "Trước đó, ngày 18/4/2029, lãnh đạo hai tỉnh đã ký kết Bản ghi nhớ hợp tác toàn diện, mở ra "
            "nhiều cơ hội hợp tác mới trên các lĩnh vực nông nghiệp, du lịch, thương mại và giao thông "
            "giữa hai địa phương có chung đường biên giới.\n"
            "Xem thêm\nNgày 2/9, Lạng Sơn đón đoàn khách.\n")
    art, events, _ = events_of(text)
    assert "Trước đó" in art.body and "3/3/2031" not in art.body and "Ngày 2/9" not in art.body
    assert "2029-04-18" in {e["date"] for e in events if not e["main"]}


@pytest.mark.parametrize("text, written", [
    ("Ngày 20/10, hai tỉnh bàn phương hướng hợp tác năm 2027.", "Ngày 20/10"),          # 2026 or 2027
    ("Ngày 15/3, hai tỉnh tổ chức hội nghị tổng kết hợp tác năm 2026.", "Ngày 15/3"),    # 2026 or 2027
])
def test_months_where_a_plan_or_review_may_point_to_either_year(text, written):
    mentions = find_dates(text)
    mention = next(m for m in mentions if m.text == written)
    assert infer_year(mention, text, published=None, mentions=mentions) == (None, "unknown")


def test_vua_as_king_is_not_recently():
    text = ("Hai tỉnh dâng hương tưởng niệm\n05/04/2031 08:00\n\nLãnh đạo hai tỉnh Phú Thọ và Vĩnh Phúc dâng "
            "hương tưởng niệm các Vua Hùng tại Đền Hùng, cùng nhiều đại biểu và nhân dân.\n")
    _, events, warnings = events_of(text)
    mains = [e for e in events if e["main"]]
    # not dated "recently" by the page's clock: kept without a date
    assert [e["date"] for e in mains] == [None] and not any(e["date"] for e in events)
    assert "no date found: the event is kept without a date" in warnings


def test_a_year_before_what_the_article_tells_as_earlier_is_no_year():
    # the plan cue says 2023, but the occasion implements a decision of 20/5/2024: no year
    text = ("Sáng 12/3, thực hiện Quyết định số 12/QĐ-UBND ngày 20/5/2024 của UBND tỉnh, hai tỉnh Lạng Sơn "
            "và Cao Bằng tổ chức hội nghị, ký kết kế hoạch hợp tác năm 2023.")
    main = main_of(text)
    assert main["year_source"] == "unknown" and main["date"] == "--03-12"


def test_a_hard_wrapped_page_is_read_as_sentences():
    text = ("Hai tỉnh biên giới tăng cường hợp tác\n\n"
            "Chiều 7/11, lãnh đạo tỉnh An Giang và tỉnh Takeo (Vương quốc\n"
            "Campuchia) đã tổ chức hội nghị sơ kết hợp tác 6 tháng đầu năm\n"
            "2030, thống nhất phương hướng trong thời gian tới.\n"
            "Đặc biệt, hai tỉnh thống nhất lập hồ sơ mở cặp cửa khẩu phụ, đề nghị\n"
            "nâng cấp cửa khẩu từ ngày 1/1/2031.\n")
    art, events, _ = events_of(text)
    s, e = art.lead_span()
    assert art.text[s:e].endswith("thời gian tới.") and not art.teasers
    main = next(e for e in events if e["main"])
    assert (main["date"], main["type"]) == ("2030-11-07", "conference")


def test_a_long_menu_of_provinces_above_the_headline():
    menu = "\n".join(["An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
                      "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng"] * 3)
    text = (menu + "\n\nHai tỉnh biên giới ký kết hợp tác\n\nSáng 12/3, tại thành phố Lào Cai, tỉnh Lào Cai "
            "và tỉnh Hà Giang đã tổ chức lễ ký kết chương trình hợp tác.\n")
    art, events, _ = events_of(text)
    assert art.title == "Hai tỉnh biên giới ký kết hợp tác"
    main = next(e for e in events if e["main"])
    assert (main["date_text"], main["type"], main["pair"]) == ("Sáng 12/3", "signing", ["Hà Giang", "Lào Cai"])


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


def test_a_section_label_printed_twice_is_not_the_headline():
    from hoptac.core.extract.article import parse_article

    page = ("Tin hoạt động của sở Tin hoạt động của sở\n\nQuay lại\n\n"
            "Thành phố Cần Thơ tiếp đoàn học tập kinh nghiệm tỉnh Hà Giang\n\n"
            "Ngày 10/4/2023, thành phố Cần Thơ tiếp đoàn công tác tỉnh Hà Giang.\n")
    assert parse_article(page).title == "Thành phố Cần Thơ tiếp đoàn học tập kinh nghiệm tỉnh Hà Giang"
    from hoptac.core.extract.page_lines import is_doubled_label

    assert is_doubled_label("Tin tức Tin tức") and not is_doubled_label("Hợp tác, hợp tác và hợp tác hơn nữa")
