"""Round 21 (yearprobe21): the year probe's remaining wrong years (scripts/year_probe.py), fixed as shapes of
Vietnamese news writing. A variant must give the occasion's own year or "year unknown", never another year.
Sentences written for these tests."""

from __future__ import annotations

from hoptac.core.extract.article import parse_article

from extract_support import date_or_empty as _date, year_or_unknown as _year_or_unknown


# --- an old bond day opening the lead, then the page's celebration told held (old_lead_days) -------------------

def test_an_old_bond_day_before_a_celebration_held_is_background():
    # stamped 2023: the lead opens on a bond of 2006 told done, the page's news is the celebration held
    page = ("30 năm gắn bó: hai phường kỷ niệm ngày kết nghĩa\n"
            "NGỌC LAN // BẢN TIN THỜI SỰ 14/9/2023, 20:05\n\n"
            "Ngày 3/5/2006, hai phường đã ký kết nghĩa, mở ra quan hệ gắn bó lâu dài.\n"
            "(TTV) - Phường Hòa Bình đã tổ chức kỷ niệm 30 năm kết nghĩa giữa phường Hòa Bình và phường Tân An.\n\n"
            "Tháng 6/1992, lãnh đạo hai phường có cuộc gặp đầu tiên, quan hệ kết nghĩa được thiết lập từ năm 1993.\n")
    assert _year_or_unknown(page) in ("2023", "unknown")
    assert not _date(page).startswith("2006")


def test_a_celebration_told_ahead_does_not_make_the_bond_background():
    # "sẽ tổ chức kỷ niệm": no celebration held; the shape needs it told done
    from hoptac.core.extract.old_lead_days import _LATER
    from hoptac.core.text import fold
    assert _LATER.match(fold("Phường Hòa Bình đã tổ chức kỷ niệm 30 năm kết nghĩa với phường Tân An."))
    assert _LATER.match(fold("Hai huyện long trọng tổ chức lễ kỷ niệm 20 năm kết nghĩa."))
    assert not _LATER.match(fold("Hai phường sẽ tổ chức kỷ niệm 30 năm kết nghĩa vào năm tới."))


# --- an old bond day after a sapo that dates the page's occasion by its day (old_lead_days) ----------------------

def test_an_old_bond_day_after_a_sapo_dated_by_its_day_is_background():
    # no stamp: the sapo dates the visit by its day alone, the body then opens on the bond of long ago
    page = ("Bí thư Thành ủy Đà Nẵng hội kiến lãnh đạo tỉnh Luang Prabang\n\n"
            "Bí thư Thành ủy Đà Nẵng gặp Tỉnh trưởng Luang Prabang. (Ảnh: TTX)\n\n"
            "DNRT.vn - Bí thư Thành ủy Đà Nẵng đã hội kiến lãnh đạo tỉnh Luang Prabang ngày 14/5.\n\n"
            "Ngày 9/10/1999, hai địa phương đã ký kết nghĩa, mở ra quan hệ gắn bó lâu dài.\n"
            "Trong khuôn khổ chuyến thăm và làm việc tại Lào, Bí thư Thành ủy Đà Nẵng đã hội kiến Tỉnh trưởng "
            "tỉnh Luang Prabang và Bí thư Tỉnh ủy.\n\n"
            "Hai bên trao đổi về tình hình của mỗi địa phương và mong muốn mở rộng hợp tác du lịch.\n")
    assert not _date(page).startswith("1999")


# --- a plan with its full date after a page that dates its own occasion by the day alone (later_plans) -----------

def test_a_plan_after_a_page_dated_by_its_day_alone_is_not_its_occasion():
    # no stamp, no other year: the page reports the ceremony of "ngày 20/9 vừa qua"; next year's week is a plan
    page = ("Thị xã Mộc Châu gia nhập mạng lưới thành phố du lịch hữu nghị\n\n"
            "Thanh Hà\n"
            "Tổng lãnh sự Việt Nam tại Nam Ninh đã thay mặt UBND thị xã Mộc Châu nhận Giấy chứng nhận gia nhập mạng "
            "lưới từ Ban thư ký mạng lưới các thành phố du lịch hữu nghị.\n"
            "Theo kế hoạch, Ngày hội Du lịch hai thành phố sẽ diễn ra từ ngày 12 đến 16/4/2023 tại thị xã Mộc Châu.\n\n"
            "Tại buổi lễ ngày 20/9 vừa qua, đại diện Ban thư ký trao Giấy chứng nhận cho Tổng lãnh sự Việt Nam.\n")
    assert _year_or_unknown(page) == "unknown"
    assert _date(page) == "--09-20"


def test_a_plan_after_a_sapo_dated_by_its_day_alone_is_not_its_occasion():
    page = ("Chủ tịch UBND tỉnh Kiên Giang làm việc với tỉnh Kampot\n\n"
            "KGTV.vn - Chủ tịch UBND tỉnh Kiên Giang đã làm việc với lãnh đạo tỉnh Kampot ngày 17/3.\n\n"
            "Trong khuôn khổ chuyến công tác tại Campuchia, Chủ tịch UBND tỉnh Kiên Giang đã làm việc với Tỉnh trưởng "
            "tỉnh Kampot và các sở, ngành của tỉnh bạn.\n"
            "Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến 11/3/2020 tại thành phố của tỉnh bạn.\n\n"
            "Hai bên thống nhất đẩy mạnh hợp tác thương mại qua cửa khẩu.\n")
    assert _year_or_unknown(page) == "unknown"
    assert _date(page) == "--03-17"


def test_a_preview_page_keeps_its_own_plan():
    # the lead tells the page's occasion ahead: its plan is the page's occasion, even after a day alone
    page = ("Sắp diễn ra Tuần Văn hóa hai tỉnh\n\n"
            "Ngày 20/2, Sở Văn hóa tỉnh Lạng Sơn cho biết Tuần Văn hóa hai tỉnh sẽ được tổ chức tại tỉnh Cao Bằng.\n"
            "Theo kế hoạch, Tuần Văn hóa sẽ diễn ra từ ngày 5 đến 11/3/2025 tại thành phố Cao Bằng.\n")
    assert _date(page) != "" and not _date(page).startswith("2024")


# --- a hard-wrapped page: its lead is the wrapped paragraph, not a later line that reads like one ------------------

_WRAPPED = ("Đoàn đại biểu tỉnh Tây Ninh thăm và chúc Tết tỉnh Svay Rieng\n"
            "Một đoàn cán bộ của tỉnh Tây Ninh do ông Phó Bí thư Tỉnh ủy dẫn đầu đã sang\n"
            "thăm, chúc mừng năm mới cổ truyền lãnh đạo và nhân dân tỉnh Svay Rieng\n"
            "của Vương quốc Campuchia trong hai ngày giữa tháng 4 vừa qua.\n"
            "Cùng đi với đoàn có đại diện Sở Ngoại vụ, Sở Công Thương, Sở Y tế và các\n"
            "huyện biên giới, theo chương trình giao lưu hằng năm giữa hai tỉnh bạn.\n"
            "{insert}"
            "Tại buổi gặp, hai bên thông tin cho nhau về kết quả phát triển của mỗi tỉnh\n"
            "trong năm qua, bàn việc mở thêm chợ biên giới và phối hợp khám chữa bệnh\n"
            "cho người dân ở các xã giáp ranh, nhất là trong mùa khô sắp tới.\n"
            "Lãnh đạo tỉnh Svay Rieng cảm ơn sự giúp đỡ của tỉnh Tây Ninh trong những\n"
            "{footer}")


def test_a_hard_wrapped_lead_comes_before_a_later_line_that_reads_like_one():
    page = _WRAPPED.format(insert="Ngày 12/2/1961, hai tỉnh chính thức kết nghĩa. Từ đó đến nay, quan hệ hai bên "
                                  "không ngừng được vun đắp.\n\n", footer="")
    art = parse_article(page)
    assert page[art.lead_span()[0]:].startswith("Một đoàn cán bộ")
    assert not _date(page).startswith("1961")


def test_a_hard_wrapped_page_s_anniversary_line_lends_no_year():
    page = _WRAPPED.format(insert="Năm trước, hai tỉnh đã long trọng tổ chức lễ kỷ niệm 45 năm Ngày ký Hiệp định "
                                  "hợp tác (1979 – 2024).\n\n", footer="")
    assert _year_or_unknown(page) == "unknown"


def test_a_clock_under_the_text_of_a_page_with_no_lead_line_is_no_stamp():
    page = _WRAPPED.format(insert="", footer="\nThứ Sáu, 04/12/2026 10:15 (GMT+7)\n")
    assert parse_article(page).published is None
    assert _year_or_unknown(page) == "unknown"


def test_a_stamp_under_the_headline_of_a_hard_wrapped_page_is_kept():
    page = _WRAPPED.format(insert="", footer="")
    page = page.replace("Svay Rieng\n", "Svay Rieng\n15/04/2025 09:30\n", 1)
    assert parse_article(page).published is not None
    assert _date(page) == "2025-04"


# --- an "updated" line of a later day under the stamp (stamp_updates) --------------------------------------------

def test_an_update_line_a_year_later_does_not_move_the_stamp():
    page = ("Hai huyện biên giới ký kết quy chế phối hợp\n"
            "08:40 | 19/06/2022\n"
            "Cập nhật: 14/03/2023 10:20\n\n"
            "Chiều 18/6, tại huyện A, UBND huyện A và UBND huyện B (tỉnh Hà Giang) tổ chức ký kết quy chế phối "
            "hợp bảo vệ biên giới.\n")
    art = parse_article(page)
    assert art.published is not None and art.published.year == 2022
    assert _date(page) == "2022-06-18"


def test_an_update_line_alone_is_the_stamp():
    page = ("Hai huyện biên giới ký kết quy chế phối hợp\n"
            "Cập nhật: 19/06/2022 08:40\n\n"
            "Chiều 18/6, tại huyện A, UBND huyện A và UBND huyện B (tỉnh Hà Giang) tổ chức ký kết quy chế phối "
            "hợp bảo vệ biên giới.\n")
    assert _date(page) == "2022-06-18"


def test_a_posting_line_before_an_update_keeps_its_day():
    page = ("Hai huyện biên giới ký kết quy chế phối hợp\n"
            "Đăng ngày 19/06/2022 08:40 | Cập nhật ngày 14/03/2023 10:20\n\n"
            "Chiều 18/6, tại huyện A, UBND huyện A và UBND huyện B (tỉnh Hà Giang) tổ chức ký kết quy chế phối "
            "hợp bảo vệ biên giới.\n")
    assert _date(page) in ("2022-06-18", "--06-18")


# --- a photo caption marked as archive never dates the page's occasion (events) ----------------------------------

def test_an_archive_caption_s_date_is_not_the_main_event():
    page = ("Tăng cường hợp tác giữa hai tỉnh biên giới\n\n"
            "Lãnh đạo hai tỉnh ký kết biên bản hợp tác ngày 9/4/2019. (Ảnh tư liệu)\n\n"
            "Đoàn công tác tỉnh Điện Biên do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã có buổi làm việc với lãnh "
            "đạo tỉnh Phongsaly (Lào) về kết quả thực hiện biên bản hợp tác.\n"
            "Hai bên thống nhất tiếp tục phối hợp quản lý biên giới và phát triển thương mại.\n")
    assert not _date(page).startswith("2019")


def test_an_update_line_under_a_weekday_stamp_below_the_headline_is_dropped():
    page = ("Hai huyện biên giới ký kết quy chế phối hợp\n"
            "Thứ Hai, 19/06/2022 | 08:40:12 [GMT +7]\n"
            "Cập nhật: 14/03/2023 10:20\n\n"
            "Chiều 18/6, tại huyện A, UBND huyện A và UBND huyện B (tỉnh Hà Giang) tổ chức ký kết quy chế phối "
            "hợp bảo vệ biên giới.\n")
    assert _date(page) == "2022-06-18"


def test_an_update_line_after_the_scraper_s_date_line_gives_way_to_it():
    page = (" date 2022-06-19 Hai huyện biên giới ký kết quy chế phối hợp\n"
            "Cập nhật: 14/03/2023 10:20\n\n"
            "Chủ tịch UBND huyện A khẳng định quan hệ giữa hai huyện ngày càng gắn bó, hai bên đã ký kết quy chế "
            "phối hợp bảo vệ biên giới.\n")
    art = parse_article(page)
    assert art.published is not None and art.published.year == 2022


# --- a stale page clock decides no year between the bounds (years) -------------------------------------------------

def test_a_stale_clock_and_an_earlier_signing_decide_no_year():
    # a portal's header clock of years ago (2017) and a signing of 2016 told as earlier: the clock is stale,
    # not the page's time; 22/11 lies between them only in 2016, but that is no year
    page = ("Thứ Hai, ngày 11 tháng 09 năm 2017, 08:14:51\n"
            "Kết nghĩa bản hai bên biên giới tỉnh Kon Tum và tỉnh Attapeu\n\n"
            "Ngày 22/11, tại xã Đăk Long, UBND huyện Đăk Glei đã tổ chức lễ kết nghĩa giữa bản A và bản B của "
            "tỉnh Attapeu (Lào).\n"
            "Lễ kết nghĩa thực hiện biên bản ghi nhớ được ký kết ngày 16/3/2016 giữa hai tỉnh.\n")
    assert _year_or_unknown(page) == "unknown"


def test_related_titles_above_a_hard_wrapped_lead_lend_no_year():
    # two titles of a related box, the last with no stop before a blank line: no wrapped sentence
    page = _WRAPPED.format(insert="", footer="").replace(
        "Svay Rieng\n", "Svay Rieng\n\nKhai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2026\n"
                        "Hai huyện biên giới tổng kết công tác phối hợp năm 2024\n\n", 1)
    assert _year_or_unknown(page) == "unknown"
    teasers = [page[s:e] for s, e in parse_article(page).teasers]
    assert "Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2026" in teasers


def test_the_wrapped_paragraphs_of_a_page_stay_text():
    page = _WRAPPED.format(insert="", footer="")
    art = parse_article(page)
    assert not any(page[s:e].startswith(("Tại buổi gặp", "trong năm qua", "cho người dân", "thăm, chúc mừng",
                                         "của Vương quốc")) for s, e in art.teasers)


def test_a_clock_older_than_what_the_page_tells_as_earlier_is_stale():
    # the header's clock (2016) lies before the page's own "từ tháng 9/2021 đến nay": it rules out nothing
    page = ("Thứ Hai, ngày 11 tháng 09 năm 2016, 08:14:51\n"
            "Hội đàm giữa đoàn đại biểu tỉnh Điện Biên và tỉnh Luang Prabang\n\n"
            "Ngày 14/3, tại thành phố Luang Prabang, đoàn đại biểu cấp cao tỉnh Điện Biên đã hội đàm với lãnh đạo "
            "tỉnh Luang Prabang.\n"
            "Hai bên đánh giá kết quả hợp tác giữa hai tỉnh giai đoạn 2021 - 2023, nhất là từ tháng 9/2021 đến "
            "nay.\n")
    assert _year_or_unknown(page) == "2024"


# --- a photo caption dated months from the page's day lends it no year (main_date) ---------------------------------

def test_a_caption_of_another_day_lends_no_year():
    page = ("Hội nghị sơ kết hợp tác giữa hai tỉnh Lào Cai và Hà Giang\n\n"
            "Sáng 18/9, tại thành phố Lào Cai, lãnh đạo hai tỉnh Lào Cai và Hà Giang tổ chức hội nghị sơ kết "
            "chương trình hợp tác.\n"
            "Quang cảnh lễ ký kết biên bản hợp tác giữa hai tỉnh ngày 12/5/2020. Ảnh: Minh Thu\n\n"
            "Hai bên đánh giá kết quả thực hiện và bàn phương hướng thời gian tới.\n")
    assert _year_or_unknown(page) == "unknown"


def test_a_caption_of_the_same_trip_still_lends_its_year():
    page = ("Đoàn công tác tỉnh Lào Cai thăm tỉnh Vân Nam\n\n"
            "Từ ngày 18 đến 21/9, đoàn công tác tỉnh Lào Cai thăm và làm việc tại tỉnh Vân Nam (Trung Quốc).\n"
            "Lãnh đạo hai tỉnh hội đàm tại Côn Minh ngày 19/9/2020. Ảnh: Minh Thu\n\n"
            "Hai bên đánh giá kết quả hợp tác và bàn phương hướng thời gian tới.\n")
    assert _date(page).startswith("2020")


def test_the_planning_department_s_name_tells_nothing_ahead():
    from hoptac.core.extract.later_plans import lead_tells_ahead
    from hoptac.core.text import fold
    lead = fold("Cùng đi có lãnh đạo các sở: Ngoại vụ; Kế hoạch và Đầu tư; Công Thương của tỉnh.")
    assert not lead_tells_ahead(lead, (0, len(lead)))
    lead = fold("Hai bên thống nhất kế hoạch phối hợp trong năm tới.")
    assert lead_tells_ahead(lead, (0, len(lead)))


def test_a_plan_after_a_delegation_list_with_the_planning_department_is_not_the_occasion():
    page = ("Quảng Ngãi xúc tiến đầu tư tại tỉnh Gyeongsangbuk, Hàn Quốc\n\n"
            "Tham gia đoàn công tác có Phó Chủ tịch UBND tỉnh và đại diện lãnh đạo các sở, ngành: Ngoại vụ; Kế hoạch "
            "và Đầu tư; Công Thương; Văn hóa, Thể thao và Du lịch của tỉnh Quảng Ngãi.\n"
            "Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến 11/3/2024 tại thành phố của tỉnh bạn.\n\n"
            "Theo đó, trong 2 ngày (18 và 19-10), đoàn đã đến thăm, làm việc với chính quyền tỉnh Gyeongsangbuk.\n")
    assert _year_or_unknown(page) == "unknown"
