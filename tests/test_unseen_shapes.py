"""Shapes of pages from sites the rules were not written on (issue 9, a second unseen
set), each in sentences written for this test: related lists with their dates, typos in
date separators, day lists, trips whose days the lead or the body gives, slogans above
the headline, foreign cities and regions in Vietnamese spellings."""

from __future__ import annotations

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.chrome import is_teaser
from hoptac.core.extract.dates import find_dates
from hoptac.core.text import fold

from extract_support import main_event, events_in as _events


def _dates(text: str) -> list[tuple]:
    return [(m.day, m.month, m.year, m.end_day) for m in find_dates(text)]


# --- related articles listed with their dates ----------------------------------------------

RELATED_BELOW = (
    "Lãnh đạo tỉnh Hà Giang tiếp đoàn đại biểu châu Văn Sơn, Trung Quốc\n"
    "Chiều 9- 3-2012, Chủ tịch UBND tỉnh Hà Giang đã tiếp đoàn đại biểu châu Văn Sơn (tỉnh Vân Nam, "
    "Trung Quốc) đến chào xã giao nhân chuyến thăm tỉnh Hà Giang.\n"
    "Hai bên trao đổi về hợp tác thương mại qua cửa khẩu Thanh Thủy.\n"
    "(P.V)\n"
    "Các tin liên quan:\n"
    "- Đoàn đại biểu tỉnh Quảng Tây (Trung Quốc) thăm tỉnh Hà Giang (14-11-2011)\n"
    "- Lãnh đạo tỉnh tiếp Tổng lãnh sự Trung Quốc tại Hà Nội (02-10-2011)\n"
)


def test_a_list_of_related_titles_under_cac_tin_lien_quan_ends_the_article():
    art = parse_article(RELATED_BELOW)
    assert "Thanh Thủy" in art.body and "14-11-2011" not in art.body


def test_a_dash_date_with_a_space_after_the_first_dash_is_the_leads_date():
    main = main_event(RELATED_BELOW)
    assert main["date"] == "2012-03-09" and main["year_source"] == "stated"


def test_a_related_title_with_its_date_in_brackets_is_a_teaser_not_a_sentence():
    line = "- Đoàn đại biểu tỉnh Quảng Tây (Trung Quốc) thăm tỉnh Hà Giang (14-11-2011)"
    assert is_teaser(line, fold(line))
    sentence = "Hai bên ký kết biên bản hợp tác (ảnh trên)."
    assert not is_teaser(sentence, fold(sentence))


def test_the_dates_of_a_related_list_inside_the_body_are_never_the_main_event():
    # the same list without its header: the lead's date still wins, the listed years are no cue
    text = RELATED_BELOW.replace("Các tin liên quan:\n", "").replace("Chiều 9- 3-2012", "Chiều 9-3")
    main = main_event(text)
    assert main["date"] in ("--03-09",) and main["year_source"] == "unknown"


def test_a_space_after_a_dash_or_a_slash_is_a_typo_inside_one_date():
    assert _dates("Tối 12- 5-2011, đoàn đến thăm") == [(12, 5, 2011, None)]
    assert _dates("ngày 27/ 3/2020 tại tỉnh") == [(27, 3, 2020, None)]
    # a dot followed by a space ends a sentence: "đạt 12. 5.2011" is no date
    assert _dates("số 12. 5.2011 người") == []


# --- days listed ----------------------------------------------------------------------------

def test_three_days_listed_one_after_another_are_a_range():
    assert _dates("trong ba ngày 7, 8 và 9 tháng 5/2013, đoàn đã thăm") == [(7, 5, 2013, 9)]
    assert _dates("trong các ngày 29, 30, 31/10 và") == [(29, 10, None, 31)]


def test_days_listed_with_gaps_are_not_one_range_from_the_first_to_the_last():
    assert (2, 9, 2019, 9) not in _dates("vào các ngày 2, 5 và 9 tháng 9 năm 2019")


# --- trips: the range of the trip, not one of its days ----------------------------------------

def test_a_trip_whose_first_day_the_lead_dates_is_the_range_the_body_gives():
    text = ("Sáng 3/9/2019, đoàn công tác của Tỉnh ủy Điện Biên do Phó Bí thư Tỉnh ủy làm trưởng đoàn đã "
            "sang thăm, làm việc tại tỉnh Phông Sa Lỳ (Lào).\n"
            "Đón đoàn tại cửa khẩu có lãnh đạo tỉnh Phông Sa Lỳ.\n"
            "Theo kế hoạch, đoàn thăm và làm việc tại tỉnh bạn trong 4 ngày, từ ngày 3/9/2019 đến ngày 6/9/2019.\n")
    main = main_event(text)
    assert (main["date"], main["date_end"], main["type"]) == ("2019-09-03", "2019-09-06", "visit")


def test_a_day_of_a_programme_the_lead_gave_first_is_a_step_of_the_trip():
    text = ("Chuyến công tác diễn ra từ ngày 12 đến 16/10/2023. Ngày 12/10, đoàn công tác tỉnh Quảng Ninh "
            "đã làm việc với chính quyền tỉnh Gunma (Nhật Bản) về hợp tác đào tạo nhân lực.\n"
            "Ngày 14/10, đoàn làm việc với tỉnh Kagawa.\n")
    main = main_event(text)
    assert (main["date"], main["date_end"], main["type"]) == ("2023-10-12", "2023-10-16", "visit")


def test_a_ceremony_on_the_first_day_of_a_trip_stays_the_occasion():
    # the lead reports a signing; the trip around it is background
    text = ("Hai huyện kết nghĩa\n"
            "Ngày 19/5/2015, lễ ký kết thỏa thuận hữu nghị giữa huyện Mường Tè (Lai Châu) và huyện Giang "
            "Thành (Trung Quốc) đã được tổ chức. Đây là hoạt động chính trong chuyến thăm và làm việc của "
            "đoàn đại biểu huyện Giang Thành trong hai ngày 19 và 20/5.\n")
    main = main_event(text)
    assert (main["date"], main["date_end"], main["type"]) == ("2015-05-19", None, "signing")


def test_a_day_told_first_within_a_trip_told_after_it_stays_the_occasion():
    text = ("Ngày 26/4, trong khuôn khổ chuyến thăm Lào từ ngày 25 đến 28/4, đoàn đại biểu tỉnh Nghệ An "
            "đã hội đàm với lãnh đạo tỉnh Xiêng Khoảng.\n")
    main = main_event(text)
    assert (main["date"], main["date_end"]) == ("--04-26", None)


# --- a slogan above the headline -----------------------------------------------------------------

SLOGAN = ("ĐOÀN KẾT, DÂN CHỦ, KỶ CƯƠNG, SÁNG TẠO; KHƠI DẬY KHÁT VỌNG PHÁT TRIỂN; XÂY DỰNG TỈNH NINH THUẬN "
          "NGÀY CÀNG GIÀU MẠNH, VĂN MINH, HIỆN ĐẠI VÀ BỀN VỮNG, NHÂN DÂN ẤM NO HẠNH PHÚC")


def test_a_long_slogan_in_capitals_above_the_headline_is_chrome_and_the_stamp_under_the_headline_counts():
    text = (SLOGAN + "\n"
            "Năm tỉnh Nam Trung Bộ liên kết phát triển nông nghiệp\n"
            "Ngày cập nhật 15/3/2014\n\n"
            "Ngày 14-3, tại hội nghị liên kết phát triển nông nghiệp tổ chức ở TP Phan Rang - Tháp Chàm, lãnh "
            "đạo các tỉnh Ninh Thuận, Bình Thuận, Khánh Hòa, Lâm Đồng và Phú Yên thống nhất kế hoạch chung.\n")
    art = parse_article(text)
    assert art.title == "Năm tỉnh Nam Trung Bộ liên kết phát triển nông nghiệp"
    assert "KHÁT VỌNG" not in art.body
    main = main_event(text)
    assert main["date"] == "2014-03-14" and main["year_source"] == "published"


def test_a_headline_in_capitals_is_no_slogan():
    from hoptac.core.extract.page_lines import is_slogan
    assert not is_slogan("QUẢNG NINH VÀ QUẢNG TÂY HỢP TÁC PHÁT TRIỂN DU LỊCH BIÊN GIỚI")
    assert is_slogan(SLOGAN)


# --- foreign partners: Russia's regions, "TP." before a city and its country, a syllable written small

def _places(text: str) -> list[tuple[str, str, str]]:
    from hoptac.core.places import find_places
    return [(text[m.start:m.end], m.candidates[0].province, m.candidates[0].country)
            for m in find_places(text) if m.candidates]


def test_russian_regions_in_vietnamese_spellings_with_their_level_word():
    found = _places("Đoàn đã làm việc với chính quyền tỉnh U-li-a-nốp và thành phố Xanh Pê-téc-bua.")
    assert found == [("tỉnh U-li-a-nốp", "Ulyanovsk", "Nga"),
                     ("thành phố Xanh Pê-téc-bua", "Saint Petersburg", "Nga")]
    # never bare: "Tula" alone is a word of a name, not the region
    assert _places("ông Tula phát biểu") == []


def test_a_trip_to_a_russian_region_pairs_the_province_with_it_and_keeps_its_country():
    text = ("Từ ngày 2 đến 6/7/2023, đoàn công tác tỉnh Hà Tĩnh đã thăm và làm việc tại tỉnh Ca-lu-ga. "
            "Ngày 2/7, đoàn làm việc với Thống đốc tỉnh Ca-lu-ga về hợp tác nông nghiệp.\n")
    main = main_event(text)
    assert main["pair"] == ["Hà Tĩnh", "Kaluga"]
    assert any(p.get("country") == "Nga" for p in main["parties"])


def test_tp_before_a_city_the_gazetteer_does_not_know_and_its_country():
    # (Hapcheon is in no table of the gazetteer; Gimhae, a larger city, is: gazetteer_cities)
    assert _places("tiếp đoàn đại biểu TP. Hapcheon, Hàn Quốc, do ông") == [("TP. Hapcheon", "Hapcheon", "Hàn Quốc")]
    assert _places("chính quyền Tp Chiba (Nhật Bản) tổ chức")[0][1:] == ("Chiba", "Nhật Bản")


def test_a_syllable_written_small_is_read_only_for_a_region_it_sounds_like():
    assert _places("kết nghĩa với bản Huội Lốc, Tỉnh Xiêng khoảng (Lào). Hai bên")[-1] == \
        ("Tỉnh Xiêng khoảng", "Xiêng Khoảng", "Lào")
    # no known region of that sound: no place is made of it
    assert _places("gặp gỡ tại tỉnh Xin chào bạn (Lào)") == []


# --- 'Vừa qua' on a page stamped in a month's first days ------------------------------------------

def _recent(stamp: str) -> dict:
    return main_event("Hai tỉnh hợp tác phát triển du lịch\n"
                      f"Cập nhật: {stamp}\n"
                      "Vừa qua, tại thành phố Vinh, UBND tỉnh Nghệ An có buổi làm việc với đoàn đại biểu tỉnh "
                      "Xiêng Khoảng (Lào) về hợp tác du lịch.\n")


def test_vua_qua_takes_the_month_of_a_page_stamped_mid_month():
    assert _recent("18/11/2014")["date"] == "2014-11"


def test_vua_qua_early_in_a_month_may_be_the_month_before_only_the_year_is_given():
    main = _recent("03/11/2014")
    assert (main["date"], main["precision"], main["year_source"]) == ("2014", "year", "published")


def test_vua_qua_in_the_first_days_of_january_gives_no_date():
    assert _recent("02/01/2015")["date"] is None


def test_korean_provinces_written_syllable_by_syllable():
    assert _places("Chủ tịch Hội đồng tỉnh Gyeong Gi đã tiếp đoàn")[0][1:] == ("Gyeonggi", "Hàn Quốc")
    assert _places("đoàn đại biểu tỉnh Chung-cheong-nam sang thăm")[0][1:] == ("Chungcheongnam", "Hàn Quốc")


# --- a day without its month; a stamp with dots ----------------------------------------------------

def _day_alone(stamp: str) -> dict:
    return main_event("Chủ tịch Hội đồng tỉnh Gyeonggi tiếp đoàn đại biểu tỉnh Bắc Ninh\n"
                      f"• Đăng {stamp}\n\n"
                      "Chủ tịch Hội đồng tỉnh Gyeonggi đã gặp gỡ đoàn đại biểu tỉnh Bắc Ninh, Việt Nam vào ngày "
                      "mùng 6 và thống nhất tăng cường giao lưu giữa hội đồng hai tỉnh trên nhiều lĩnh vực.\n")


def test_a_day_alone_is_in_the_month_of_a_stamp_with_dots():
    main = _day_alone("2021.09.14 10:20")
    assert (main["date"], main["year_source"], main["type"]) == ("2021-09-06", "published", "visit")


def test_a_day_alone_later_than_the_stamps_day_is_in_the_month_before():
    assert _day_alone("2021.09.03 10:20")["date"] == "2021-08-06"


def test_a_day_alone_is_no_date_without_a_publication_date_nor_a_lunar_day():
    text = ("Chủ tịch Hội đồng tỉnh Gyeonggi đã gặp gỡ đoàn đại biểu tỉnh Bắc Ninh, Việt Nam vào ngày mùng 6 "
            "và thống nhất tăng cường giao lưu giữa hội đồng hai tỉnh trên nhiều lĩnh vực.\n")
    assert main_event(text)["date"] is None
    assert _dates("sáng mùng 4 Tết, lãnh đạo tỉnh") == []
    assert _dates("ngày mùng 2 tháng 9") == [(2, 9, None, None)]


# --- the anniversary of the partners' own bond: its first year is a milestone ------------------------

def test_the_signing_an_anniversary_of_the_partners_bond_counts_from_is_a_milestone():
    text = ("Sáng ngày 9-6-2018, tại TP. Hạ Long, UBND tỉnh Quảng Ninh tổ chức lễ kỷ niệm 15 năm ký kết quan hệ "
            "hợp tác hữu nghị giữa TP. Hạ Long, tỉnh Quảng Ninh và TP. Gimhae, tỉnh Gyeongsangnam - Hàn Quốc "
            "(2003-2018). Đến dự có đoàn đại biểu tỉnh Gyeongsangnam.\n")
    events = _events(text)
    assert events[0]["main"] and events[0]["date"] == "2018-06-09"
    assert [(e["date"], e["precision"]) for e in events[1:]] == [("2003", "year")]


def test_a_national_anniversary_gives_no_milestone_of_the_partners():
    text = ("Sáng ngày 9-6-2023, UBND tỉnh Quảng Ninh và tỉnh Gyeongsangnam (Hàn Quốc) tổ chức hội nghị hợp tác "
            "nhân dịp kỷ niệm 31 năm thiết lập quan hệ ngoại giao Việt Nam - Hàn Quốc (1992 - 2023).\n")
    assert [e["date"] for e in _events(text)] == ["2023-06-09"]


# --- an occasion told undated on a page with its own stamp ------------------------------------------

def _told(stamp: str) -> dict:
    return main_event("Tình hữu nghị Tây Ninh - Svay Rieng\n"
                      f"Thời sự - Ngày đăng : 09:10, {stamp}\n"
                      "Nhân dịp năm mới, lãnh đạo tỉnh Svay Rieng cùng đoàn đã chúc các cấp lãnh đạo tỉnh Tây Ninh "
                      "năm mới an khang; hai bên trao đổi về hợp tác thương mại qua cửa khẩu.\n")


def test_an_occasion_told_undated_on_a_stamped_page_takes_the_stamps_month():
    main = _told("14/01/2021")
    assert (main["date"], main["precision"], main["year_source"]) == ("2021-01", "month", "published")


def test_an_occasion_told_undated_on_a_page_stamped_in_a_months_first_days_has_no_date():
    # without 'vừa qua' the stamp is weaker evidence: no year-only guess either
    assert _told("03/01/2021")["date"] is None and _told("05/04/2021")["date"] is None


def test_an_occasion_told_undated_without_a_stamp_has_no_date():
    text = ("Nhân dịp năm mới, lãnh đạo tỉnh Svay Rieng cùng đoàn đã chúc các cấp lãnh đạo tỉnh Tây Ninh "
            "năm mới an khang; hai bên trao đổi về hợp tác thương mại qua cửa khẩu.\n")
    assert main_event(text)["date"] is None


def test_a_fairs_days_in_the_lead_leave_a_signing_of_its_first_day_its_own_day():
    text = ("Hội chợ thương mại biên giới diễn ra từ ngày 10 đến 14/5/2022. Sáng 10/5, lãnh đạo tỉnh Lào Cai và "
            "tỉnh Vân Nam (Trung Quốc) đã ký kết biên bản hợp tác thương mại.\n")
    main = main_event(text)
    assert (main["date"], main["date_end"], main["type"]) == ("2022-05-10", None, "signing")


def test_a_stamp_older_than_a_year_the_text_names_does_not_date_an_undated_occasion():
    text = ("Tình hữu nghị Tây Ninh - Svay Rieng\n"
            "Thời sự - Ngày đăng : 09:10, 14/01/2021\n"
            "Nhân dịp năm mới, lãnh đạo tỉnh Svay Rieng cùng đoàn đã chúc các cấp lãnh đạo tỉnh Tây Ninh "
            "năm mới an khang; hai bên thống nhất kế hoạch hợp tác năm 2023.\n")
    assert main_event(text)["date"] is None
