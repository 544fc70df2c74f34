"""Year shapes of pages from sites the rules were not written on (issue 9, holdout4 and
holdout5 read): each in sentences written for this test, with a variant that must give no
year (a wrong year is the worst answer). The shapes are the rows of
hoptac.core.extract.year_shapes.SHAPES and article.INSIDE_MARKERS."""

from __future__ import annotations

from extract_support import main_event, events_in as _events
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.year_cues import find_year_cues
from hoptac.core.extract.year_shapes import SHAPES


def test_every_shape_has_a_name_and_an_example():
    assert len({name for name, _ in SHAPES}) == len(SHAPES)
    assert all(len(example) > 20 for _, example in SHAPES)


# --- a quoted name that ends with its year ----------------------------------------------------

QUOTED = ("Nhằm quảng bá hình ảnh các địa phương, Cuộc thi ảnh “Sắc màu biên giới Lạng Sơn – Cao Bằng "
          "năm 2023” đã được phát động chiều 12/9 tại tỉnh Lạng Sơn.\n")


def test_a_contest_named_in_quotes_with_its_year_dates_its_launch():
    assert main_event(QUOTED)["date"] == "2023-09-12"


def test_an_earlier_edition_in_quotes_is_not_the_occasions_name():
    text = QUOTED.replace("Nhằm quảng bá hình ảnh các địa phương, Cuộc thi ảnh",
                          "Tiếp nối thành công của Cuộc thi ảnh")
    assert "quoted_name" in {c.name for c in find_year_cues(QUOTED)}
    assert "quoted_name" not in {c.name for c in find_year_cues(text)}


# --- 'trong năm Y, … sẽ' opening a clause -----------------------------------------------------

CLAUSE_AHEAD = ("Hội nghị liên kết du lịch giữa tỉnh Ninh Bình và tỉnh Hà Nam diễn ra sáng qua 14/1 tại "
                "thành phố Ninh Bình. Theo kế hoạch chung, trong năm 2019, hai tỉnh sẽ tổ chức hơn 30 hoạt "
                "động quảng bá chung.\n")


def test_a_clause_that_opens_with_trong_nam_and_says_what_will_be_gives_the_year():
    assert main_event(CLAUSE_AHEAD)["date"] == "2019-01-14"


def test_a_clause_with_trong_nam_that_tells_what_was_done_gives_no_year():
    text = CLAUSE_AHEAD.replace("hai tỉnh sẽ tổ chức", "hai tỉnh đã tổ chức")
    assert main_event(text)["date"] == "--01-14"


def test_the_same_clause_told_in_december_is_the_year_before():
    text = CLAUSE_AHEAD.replace("sáng qua 14/1", "sáng qua 14/12")
    assert main_event(text)["date"] == "2018-12-14"


# --- 'sơ kết N năm (Y1, Y2)' ---------------------------------------------------------------

LISTED = ("Chiều 6-4, Ban Thường vụ Tỉnh ủy Bắc Ninh và Ban Thường vụ Tỉnh ủy Bắc Giang tổ chức hội nghị "
          "sơ kết 2 năm (2020, 2021) thực hiện Chương trình phối hợp giữa hai tỉnh.\n")


def test_a_review_of_n_years_listed_by_number_is_held_the_year_after_the_last():
    assert main_event(LISTED)["date"] == "2022-04-06"


def test_listed_years_that_disagree_with_their_count_give_no_year():
    assert main_event(LISTED.replace("sơ kết 2 năm", "sơ kết 3 năm"))["date"] == "--04-06"


# --- an interim review held with the next period's plan -------------------------------------

INTERIM = ("Sáng 21-7, tại thành phố Đà Lạt, tỉnh Lâm Đồng và tỉnh Ninh Thuận tổ chức Hội nghị sơ kết "
           "chương trình hợp tác giai đoạn 2011-2015 và triển khai kế hoạch hợp tác giai đoạn 2016 - 2020.\n")


def test_an_interim_review_with_the_next_periods_plan_is_in_the_reviewed_periods_last_year():
    assert main_event(INTERIM)["date"] == "2015-07-21"


def test_an_interim_review_of_a_period_with_no_next_plan_gives_no_year():
    text = INTERIM.replace(" và triển khai kế hoạch hợp tác giai đoạn 2016 - 2020", "")
    assert main_event(text)["date"] == "--07-21"


def test_a_next_period_that_does_not_follow_on_gives_no_such_year():
    text = INTERIM.replace("giai đoạn 2016 - 2020", "giai đoạn 2018 - 2022")
    assert main_event(text)["date"] != "2015-07-21"


# --- a widget or a related box inside the text ---------------------------------------------

WIDGET = ("Hai tỉnh Hòa Bình và Sơn La phối hợp phát triển du lịch hồ thủy điện\n"
          "Hòa Bình và Sơn La sẽ cùng khai thác tiềm năng du lịch lòng hồ trong thời gian tới, hướng tới phát "
          "triển bền vững cho người dân hai bên bờ.\n"
          "Theo dõi Báo Tin Vùng Cao trên\n"
          "Lãnh đạo hai tỉnh trao biên bản ghi nhớ hợp tác phát triển du lịch\n"
          "Chiều 5/5, tại thành phố Hòa Bình, UBND tỉnh Hòa Bình và UBND tỉnh Sơn La tổ chức hội nghị liên "
          "kết phát triển du lịch vùng lòng hồ thủy điện giữa hai tỉnh.\n")


def test_a_follow_us_widget_under_the_sapo_does_not_end_the_article():
    main = main_event(WIDGET)
    assert main["date"] == "--05-05" and main["type"] == "conference"


def test_a_follow_us_widget_with_no_dated_lead_after_it_ends_the_article():
    text = WIDGET.replace("Chiều 5/5, tại thành phố Hòa Bình, ", "Hòa Bình đẹp, ")
    art = parse_article(text)
    assert art.body_span[1] < text.index("Theo dõi")


BOX = ("Chiều 9/11, tại tỉnh Kiên Giang, hai tỉnh Kiên Giang và Cà Mau ký kết chương trình hợp tác.\n"
       "Tin liên quan\n"
       "Hội chợ nông sản miền Tây mở cửa đón khách\n"
       "Hai tỉnh thống nhất phối hợp trong quản lý nguồn lợi thủy sản, phát triển du lịch biển đảo và "
       "kết nối hạ tầng giao thông ven biển trong những năm tới.\n"
       "Đại diện hai tỉnh đã thông báo tình hình phát triển kinh tế - xã hội của địa phương trong 10 tháng "
       "đầu năm 2024 và những nhiệm vụ trọng tâm của những tháng cuối năm.\n")


def test_a_related_box_between_paragraphs_does_not_end_the_article():
    assert main_event(BOX)["date"] == "2024-11-09"


def test_a_related_list_of_titles_at_the_end_still_ends_the_article():
    text = BOX.split("Hai tỉnh thống nhất")[0] + ("Lễ hội lúa gạo lần thứ 5 khai mạc\n"
                                                  "Hai huyện ven biển kết nghĩa\n")
    art = parse_article(text)
    assert art.body_span[1] < text.index("Tin liên quan")


# --- the occasion already reported, and the signing inside a trip -----------------------------

REPORTED = ("Hợp tác phát triển nông nghiệp công nghệ cao\n"
            "Thứ Năm, 17/10/2019, 08:30\n"
            "Như báo đã đưa tin, từ ngày 13 đến 16-10, đoàn công tác của tỉnh Xiêng Khoảng (Lào) đã có chuyến "
            "thăm, làm việc tại tỉnh Nghệ An. Chiều qua (15-10) đã diễn ra lễ ký kết biên bản ghi nhớ hợp tác "
            "giữa hai tỉnh.\n")


def test_an_occasion_told_as_already_reported_is_not_the_news():
    main = main_event(REPORTED)
    assert (main["date"], main["type"]) == ("2019-10-15", "signing")


def test_the_trip_already_reported_stays_a_milestone_in_the_main_days_year():
    dates = {e["date"] for e in _events(REPORTED) if not e["main"]}
    assert "2019-10-13" in dates


def test_without_already_reported_the_trip_stays_the_occasion():
    text = REPORTED.replace("Như báo đã đưa tin, từ", "Từ")
    assert main_event(text)["date"] == "2019-10-13"


SIGNING_IN_TRIP = ("Sở Y tế tỉnh Quảng Trị: Ký kết biên bản hợp tác với Sở Y tế tỉnh Savannakhet\n"
                   "Trong các ngày từ 3 đến 5 tháng 6 năm 2022, Sở Y tế tỉnh Quảng Trị đã đón tiếp đoàn công tác "
                   "của Sở Y tế tỉnh Savannakhet, Lào, do ông Giám đốc Sở làm trưởng đoàn.\n"
                   "Tại buổi làm việc vào chiều ngày 4 tháng 6 năm 2022, hai bên đã trao đổi kinh nghiệm phòng "
                   "chống dịch bệnh vùng biên giới và thống nhất ký biên bản hợp tác giai đoạn mới.\n")


def test_a_headline_signing_over_a_trip_is_dated_by_the_session_day_inside_it():
    assert main_event(SIGNING_IN_TRIP)["date"] == "2022-06-04"


def test_a_headline_that_names_a_visit_keeps_the_trip():
    text = SIGNING_IN_TRIP.replace("Ký kết biên bản hợp tác với", "Đón tiếp đoàn công tác")
    main = main_event(text)
    assert (main["date"], main["date_end"]) == ("2022-06-03", "2022-06-05")


# --- an occasion announced ahead ---------------------------------------------------------------

ANNOUNCED = ("Để quảng bá du lịch hai địa phương, các đơn vị đang khẩn trương chuẩn bị cho những ngày văn hóa "
             "sắp tới giữa hai tỉnh.\n"
             "Ngày 3/3, thông tin từ Sở Văn hóa tỉnh Ninh Thuận cho biết, UBND tỉnh đã phê duyệt kế hoạch tổ "
             "chức Những ngày văn hóa Ninh Thuận tại tỉnh Khánh Hòa. Theo kế hoạch, trong các ngày từ 20 - "
             "22/3/2023, tại thành phố Nha Trang sẽ diễn ra Những ngày văn hóa Ninh Thuận - Khánh Hòa.\n")


def test_the_occasion_an_announcement_gives_ahead_is_the_main_event():
    main = main_event(ANNOUNCED)
    assert (main["date"], main["date_end"]) == ("2023-03-20", "2023-03-22")


def test_the_day_of_the_announcement_stays_a_milestone_of_the_same_year():
    dates = {e["date"] for e in _events(ANNOUNCED) if not e["main"]}
    assert "2023-03-03" in dates


def test_a_press_conference_presenting_a_planned_conference_dates_it_without_a_year():
    text = ("Ngày 6-10, Sở Du lịch thành phố Cần Thơ tổ chức họp báo giới thiệu Hội nghị liên kết du lịch "
            "giữa thành phố Cần Thơ và tỉnh Sóc Trăng, dự kiến diễn ra vào ngày 20 và 21-10 tại thành phố "
            "Cần Thơ.\n")
    main = main_event(text)
    assert (main["date"], main["date_end"]) == ("--10-20", "--10-21")


def test_a_meeting_where_someone_tells_what_comes_next_stays_the_occasion():
    text = ("Sáng 5/3, tại hội nghị liên kết du lịch giữa tỉnh Kiên Giang và tỉnh Cà Mau, Giám đốc Sở Du "
            "lịch cho biết, hai tỉnh sẽ tổ chức lễ hội biển vào ngày 20/4 tại thành phố Rạch Giá.\n")
    assert main_event(text)["date"] == "--03-05"


# --- a return visit after one told late in the year before ------------------------------------

RETURN_VISIT = ("(TNO) - Ngày 12/2, đoàn công tác thành phố Naju, tỉnh Jeollanam, Hàn Quốc đã đến chào xã giao "
                "lãnh đạo tỉnh Thái Nguyên.\n"
                "Phó Chủ tịch UBND tỉnh vui mừng được gặp lại đoàn. Vào cuối năm 2021, đoàn tỉnh Thái Nguyên đã "
                "sang thăm thành phố Naju và được đón tiếp chu đáo.\n")


def test_a_return_visit_follows_a_visit_told_late_in_the_year_before():
    assert main_event(RETURN_VISIT)["date"] == "2022-02-12"


def test_a_visit_late_in_the_year_without_a_return_gives_only_a_lower_bound():
    text = RETURN_VISIT.replace("vui mừng được gặp lại đoàn", "giới thiệu tiềm năng của tỉnh")
    assert main_event(text)["date"] == "--02-12"


def test_a_return_visit_in_the_same_late_year_keeps_that_year():
    text = RETURN_VISIT.replace("Ngày 12/2", "Ngày 20/12").replace("cuối năm 2021", "tháng 10/2021")
    assert main_event(text)["date"] == "2021-12-20"


# --- where each shape gives no year: the turn of the year -----------------------------------

def test_a_quoted_name_launched_in_december_gives_no_year():
    assert main_event(QUOTED.replace("chiều 12/9", "chiều 12/12"))["date"] == "--12-12"


def test_an_interim_review_with_the_next_plan_held_in_january_is_the_next_periods_first_year():
    # not the reviewed period's last year: the plan of the period that begins gives the year
    assert main_event(INTERIM.replace("Sáng 21-7", "Sáng 12-1"))["date"] == "2016-01-12"


def test_a_return_visit_late_in_the_year_after_one_at_the_end_of_a_year_gives_no_year():
    assert main_event(RETURN_VISIT.replace("Ngày 12/2", "Ngày 12/11"))["date"] == "--11-12"


def test_according_to_the_information_is_not_already_reported():
    text = REPORTED.replace("Như báo đã đưa tin, từ", "Như thông tin, từ")
    assert main_event(text)["date"] == "2019-10-13"


def test_a_clause_with_trong_nam_that_tells_what_was_shared_gives_no_year():
    text = CLAUSE_AHEAD.replace("hai tỉnh sẽ tổ chức hơn 30 hoạt động quảng bá chung",
                                "hai tỉnh chia sẻ kinh nghiệm quảng bá chung")
    assert main_event(text)["date"] == "--01-14"
