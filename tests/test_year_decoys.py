"""Years that are not the occasion's, and stamps that give it (sentences written for these
tests): a portal's post line with its poster and view counter is the page's stamp; a year a
period starts from ("từ năm 2017 đến nay") is a lower bound, never the occasion's year."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.stamps import parse_stamp
from hoptac.core.extract.verdicts import judge
from hoptac.core.extract.year_cues import anniversary_cues, find_year_cues
from hoptac.core.text import fold
from hoptac.core.extract.events import extract_events
from extract_support import main_event

LEAD = ("Sáng 17-8, huyện Đông Anh đón đoàn công tác của huyện Gapyeong, tỉnh Gyeonggi (Hàn Quốc) "
        "đến thăm và làm việc.\n")
BACKGROUND = ("Tại buổi làm việc, huyện Đông Anh giới thiệu tình hình phát triển và kết quả chương trình "
              "hợp tác lao động với huyện Yangpyeong (Hàn Quốc) từ năm 2017 đến nay.\n")


@pytest.mark.parametrize("line, want", [
    ("Người đăng tin: Lê Văn An Ngày đăng tin: 19/08/2024 Lượt xem: 5", (2024, 8, 19)),
    ("Người đăng: Phạm Thị Hồng Nhung Ngày đăng: 03/05/2023 Lượt xem: 120", (2023, 5, 3)),
    ("Ngày đăng bài: 07/01/2022", (2022, 1, 7)),
])
def test_a_portal_post_line_is_a_stamp(line, want):
    st = parse_stamp(line)
    assert st is not None and (st[0].year, st[0].month, st[0].day) == want and st[2]


def test_a_post_line_with_a_long_sentence_is_no_stamp():
    assert parse_stamp("Người đăng tin: Lê Văn An cho biết hai huyện đã thống nhất nhiều nội dung hợp tác "
                       "quan trọng trong năm, ngày đăng tin: 19/08/2024") is None


def test_the_post_line_under_the_headline_gives_the_year():
    text = ("Tin tức\n\nHuyện Đông Anh và huyện Gapyeong trao đổi hợp tác\n"
            "Người đăng tin: Lê Văn An Ngày đăng tin: 19/08/2024 Lượt xem: 5\n" + LEAD + BACKGROUND)
    a = parse_article(text)
    assert a.published is not None and a.published.year == 2024
    main = main_event(text)
    assert (main["date"], main["year_source"]) == ("2024-08-17", "published")


@pytest.mark.parametrize("sentence", [
    "kết quả chương trình hợp tác lao động với huyện Yangpyeong từ năm 2017 đến nay",
    "tình hình hợp tác giữa hai huyện kể từ năm 2017",
])
def test_the_year_a_period_starts_from_is_no_cue(sentence):
    assert [c.year for c in find_year_cues(sentence + ".")] == []


def test_without_a_stamp_the_start_of_a_period_gives_no_year():
    main = main_event("Huyện Đông Anh và huyện Gapyeong trao đổi hợp tác\n\n" + LEAD + BACKGROUND)
    assert main["date"] == "--08-17" and main["year_source"] == "unknown"


# --- the day an anniversary counts from, told again in the body ------------------------

ANNIVERSARY_LEAD = ("Nhân dịp kỷ niệm 50 năm ngày kết nghĩa hai tỉnh Quảng Ngãi và Thái Bình (12/3/1970 – "
                    "12/3/2020), Bảo tàng tỉnh Quảng Ngãi tổ chức trưng bày ảnh tư liệu về hai tỉnh.\n\n")


@pytest.mark.parametrize("history", [
    "Ngày 12/3/1970, hai tỉnh Quảng Ngãi và Thái Bình đã chính thức kết nghĩa.",
    "Cách  đây 50 năm, ngày 12/3/1970, hai tỉnh Quảng Ngãi và Thái Bình đã kết nghĩa.",   # two spaces
])
def test_the_day_an_anniversary_counts_from_is_no_occasion(history):
    main = main_event("Trưng bày ảnh kỷ niệm 50 năm kết nghĩa Quảng Ngãi - Thái Bình\n\n" + ANNIVERSARY_LEAD
                      + history + "\n\nTrưng bày mở cửa từ ngày 10/3/2020 đến hết ngày 15/3/2020.\n")
    assert (main["date"], main["date_end"]) == ("2020-03-10", "2020-03-15")


def test_years_ago_reads_through_doubled_spaces():
    text = "Cách  đây 50 năm, ngày 12/3/1970, hai tỉnh kết nghĩa."
    readings = judge(text, fold(text), find_dates(text), title_span=(0, 0), lead=(0, len(text)), teasers=[],
                     captions=[], paragraphs=[(0, len(text))])
    assert [r.verdict for r in readings] == ["past"]
    assert [(c.name, c.year) for c in anniversary_cues(text, readings)] == [("years_ago", 2020)]


# --- the headline names a signing; the lead opens with another occasion ----------------

def test_the_signing_the_headline_names_over_the_leads_first_occasion():
    main = main_event(
        "Hạt Kiểm lâm huyện A Lưới và huyện Đông Giang ký kết quy chế phối hợp quản lý rừng\n\n"
        "Ngày 5/11/2019, Hạt Kiểm lâm huyện A Lưới (tỉnh Thừa Thiên Huế) và Hạt Kiểm lâm huyện Đông Giang "
        "(tỉnh Quảng Nam) tổ chức sơ kết công tác phối hợp năm 2019. Đồng thời, ngày 14 tháng 10 năm 2019, "
        "hai đơn vị đã tiến hành ký kết Quy chế phối hợp quản lý, bảo vệ rừng vùng giáp ranh.\n")
    assert (main["date"], main["type"]) == ("2019-10-14", "signing")


def test_a_review_headline_keeps_the_leads_review():
    main = main_event(
        "Hạt Kiểm lâm huyện A Lưới và huyện Đông Giang sơ kết công tác phối hợp\n\n"
        "Ngày 5/11/2019, Hạt Kiểm lâm huyện A Lưới (tỉnh Thừa Thiên Huế) và Hạt Kiểm lâm huyện Đông Giang "
        "(tỉnh Quảng Nam) tổ chức sơ kết công tác phối hợp năm 2019. Đồng thời, ngày 14 tháng 10 năm 2019, "
        "hai đơn vị đã tiến hành ký kết Quy chế phối hợp quản lý, bảo vệ rừng vùng giáp ranh.\n")
    assert main["date"] == "2019-11-05"


# --- a dated report of an occasion whose own days a later sentence gives -----------------

REPORT = ("Ngày 9.6, Tỉnh đoàn Hà Tĩnh cho biết đã tổ chức thành công chuyến công tác, làm việc với Đoàn "
          "thanh niên tỉnh Bôlykhămxay (Lào).\n\n")


@pytest.mark.parametrize("days, want", [
    ("Chuyến công tác diễn ra từ ngày 5 - 7.6.", ("--06-05", "--06-07")),
    ("Chuyến thăm diễn ra từ ngày 30.5 đến 2.6.", ("--05-30", "--06-02")),
])
def test_a_report_of_a_trip_is_dated_by_the_trips_days(days, want):
    main = main_event("Kết nối tuổi trẻ hai tỉnh\n\n" + REPORT + days
                      + " Dịp này, hai bên hội đàm và ký kết biên bản ghi nhớ.\n")
    assert (main["date"], main["date_end"]) == want


def test_days_long_before_the_report_are_another_occasion():
    main = main_event("Kết nối tuổi trẻ hai tỉnh\n\n" + REPORT
                      + "Chuyến công tác diễn ra từ ngày 2 - 4.3. Dịp này, hai bên hội đàm.\n")
    assert main["date"] == "--06-09"


def test_a_report_of_a_letter_sent_keeps_its_day():
    main = main_event("Hai tỉnh phối hợp\n\nNgày 9/6, UBND tỉnh Hà Tĩnh cho biết đã có văn bản gửi UBND tỉnh "
                      "Quảng Bình đề nghị phối hợp.\n")
    assert main["date"] == "--06-09"


# --- a stamp that prints the clock before the weekday and the date -----------------------

@pytest.mark.parametrize("line, want", [
    ("18:18 - Thứ Tư, 24/04/2024", (2024, 4, 24, 18, 18)),
    ("18:18 - Thứ Tư, 24/04/2024 Lượt xem: 4429 In bài viết", (2024, 4, 24, 18, 18)),
    ("10:25 | Chủ nhật, 12/05/2024", (2024, 5, 12, 10, 25)),
    ("07:05, Thứ hai, ngày 3 tháng 6 năm 2024", (2024, 6, 3, 7, 5)),
])
def test_a_clock_before_the_weekday_keeps_its_time(line, want):
    st = parse_stamp(line)
    assert st is not None and st[0].timetuple()[:5] == want


def test_the_stamp_under_the_headline_keeps_its_clock():
    text = ("Đoàn công tác tỉnh Sơn La thăm tỉnh Điện Biên\n\n18:18 - Thứ Tư, 24/04/2024 Lượt xem: 12 In bài viết\n\n"
            "Chiều nay (24/4), đoàn công tác tỉnh Sơn La đến thăm và làm việc tại tỉnh Điện Biên.\n")
    a = parse_article(text)
    assert a.published is not None and (a.published.hour, a.published.minute) == (18, 18)
    assert text[a.published_span[0]:a.published_span[1]] == "18:18 - Thứ Tư, 24/04/2024"
    assert main_event(text)["date"] == "2024-04-24"


# --- a later step of the programme, told after the main occasion without a year -----------

VISIT = ("Đoàn tỉnh Quảng Tây thăm tỉnh Cao Bằng\n\nCập nhật: 12/09/2023 08:15\n\n"
         "Sáng 8/9, đoàn đại biểu Khu tự trị Quảng Tây (Trung Quốc) nhập cảnh qua cửa khẩu Tà Lùng, bắt đầu "
         "chuyến thăm tỉnh Cao Bằng.\n\n")


def test_a_signing_days_after_the_visit_takes_its_year():
    events, _ = extract_events(parse_article(VISIT + "Ngày 11/9, hai bên sẽ ký kết biên bản ghi nhớ hợp tác.\n"),
                               article_id="t", source="t.txt")
    others = [(e["date"], e["type"]) for e in events if not e["main"]]
    assert ("2023-09-11", "signing") in others


def test_a_later_day_whose_sentence_names_another_year_is_left_alone():
    events, _ = extract_events(parse_article(
        VISIT + "Nhân dịp Tết Nguyên đán năm 2016, ngày 12/9, hai bên đã ký kết biên bản ghi nhớ.\n"),
        article_id="t", source="t.txt")
    assert all(not e["date"].startswith("2023-09-12") for e in events if not e["main"])


# --- a day whose own sentence names an occasion with its year ----------------------------

TET_VISIT = ("Lãnh đạo tỉnh Takeo thăm tỉnh An Giang\n\n"
             "Nhân dịp Xuân Giáp Thìn 2024, ngày 2/2, đoàn đại biểu tỉnh Takeo (Campuchia) đến thăm, chúc Tết "
             "lãnh đạo tỉnh An Giang.\n\n")


@pytest.mark.parametrize("sentence, want", [
    ("Trước đó, nhân dịp Tết Nguyên đán Quý Mão 2023, ngày 16/1, đoàn tỉnh Takeo cũng đã sang thăm, chúc Tết "
     "tỉnh An Giang.", ("2023-01-16", "visit")),
    ("Tuần văn hóa du lịch tỉnh An Giang năm 2024 dự kiến khai mạc vào ngày 20/11 tại Takeo.", ("2024-11-20", None)),
])
def test_a_day_whose_sentence_names_the_occasion_with_its_year_is_a_milestone(sentence, want):
    events, _ = extract_events(parse_article(TET_VISIT + sentence + "\n"), article_id="t", source="t.txt")
    others = [(e["date"], e["type"]) for e in events if not e["main"]]
    assert any(d == want[0] and (want[1] is None or t == want[1]) for d, t in others), others


def test_a_tet_named_in_a_sentence_that_tells_no_occasion_gives_no_milestone():
    events, _ = extract_events(parse_article(
        TET_VISIT + "Tết Nguyên đán Quý Mão 2023 rơi vào ngày 22/1, người dân nghỉ nhiều ngày.\n"),
        article_id="t", source="t.txt")
    assert all("-01-22" not in e["date"] for e in events if not e["main"])


def test_the_first_year_of_an_anniversary_in_years_is_no_occasion():
    lead = ("Nhân dịp kỷ niệm 50 năm ngày kết nghĩa hai tỉnh Quảng Ngãi và Thái Bình (1970 – 2020), Bảo tàng "
            "tỉnh Quảng Ngãi tổ chức trưng bày ảnh tư liệu về hai tỉnh.\n\n")
    main = main_event("Trưng bày ảnh kỷ niệm 50 năm kết nghĩa Quảng Ngãi - Thái Bình\n\n" + lead
                      + "Ngày 12/3/1970, hai tỉnh Quảng Ngãi và Thái Bình đã chính thức kết nghĩa.\n\n"
                      "Trưng bày mở cửa từ ngày 10/3/2020 đến hết ngày 15/3/2020.\n")
    assert (main["date"], main["date_end"]) == ("2020-03-10", "2020-03-15")


def test_a_tet_gives_no_year_to_a_day_in_november():
    main = main_event("Hai tỉnh tăng cường hợp tác\n\nNgày 12/11, đoàn đại biểu tỉnh Svay Rieng (Campuchia) đến thăm "
                      "tỉnh Long An.\n\nTrước đó, nhân dịp Tết Nguyên đán Bính Thân 2016, đoàn đã sang chúc Tết tỉnh "
                      "Long An.\n")
    assert main["date"] == "--11-12" and main["year_source"] == "unknown"


def test_a_tet_still_gives_the_year_of_a_day_in_march():
    main = main_event("Hai tỉnh tăng cường hợp tác\n\nNgày 12/3, đoàn đại biểu tỉnh Svay Rieng (Campuchia) đến thăm "
                      "tỉnh Long An đầu Xuân 2019.\n")
    assert main["date"] == "2019-03-12"


# --- "thống nhất tái khởi động" (agreed to restart: a plan) is no "thống nhất tại" -----------

def test_a_plan_agreed_to_restart_is_no_occasion_followed_up():
    between = ("Do ảnh hưởng của dịch bệnh, việc triển khai thủ tục và xây dựng các công trình tại địa phương "
               "bị chậm hơn so với kế hoạch ban đầu; nhiều hạng mục phải tạm dừng, vật liệu tăng giá và nhân công "
               "thiếu. Các trường học đã phải bố trí phòng học tạm cho học sinh trong suốt thời gian này.\n\n")
    main = main_event("Hai tỉnh hợp tác sửa chữa trường học\n\nNgày 14/10, lãnh đạo tỉnh Phú Yên làm việc với đoàn "
                      "tỉnh Gyeonggi (Hàn Quốc).\n\n" + between + "Hai bên thống nhất tái khởi động các hạng mục "
                      "sửa chữa trường học trong quý I năm 2022.\n")
    assert main["date"] == "--10-14" and main["year_source"] == "unknown"


def test_an_agreement_reached_at_a_meeting_is_still_followed_up():
    main = main_event("Hai tỉnh hợp tác\n\nNgày 20/10, lãnh đạo tỉnh Lạng Sơn làm việc với tỉnh Cao Bằng, triển khai "
                      "các nội dung đã thống nhất tại hội nghị tháng 6/2024.\n")
    assert main["date"] == "2024-10-20"
