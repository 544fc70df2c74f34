"""Round 43 (late43b): misses of real pages never seen before, read and fixed as general shapes (docs/accuracy.md,
"Round 43: late43b"). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

from hoptac.core.extract.article import parse_article

from extract_support import main_or_none

# --- 1. two stamps above the headline: the site's clock, then an earlier weekday-date-time line (the article's)

BODY = ("Tỉnh Lâm Đồng và thành phố Vientiane thắt chặt quan hệ hợp tác\n\n"
        "Đồng chí Trần Văn Bình trao tặng 500 bộ sách giáo khoa của nhân dân tỉnh Lâm Đồng cho học sinh Vientiane.\n\n"
        "Tại buổi tiếp, lãnh đạo thành phố Vientiane cảm ơn tỉnh Lâm Đồng đã luôn đồng hành, hỗ trợ trong nhiều "
        "lĩnh vực, mong muốn hai bên đẩy mạnh hợp tác về nông nghiệp, giáo dục và du lịch.\n\n"
        "Đồng chí Trần Văn Bình khẳng định chuyến công tác nhằm thúc đẩy quan hệ hữu nghị giữa hai địa phương, "
        "đặc biệt trong các lĩnh vực y tế, văn hóa và giao lưu thanh niên.\n")
CLOCK = "Thứ Bảy, 15/03/2025\n"
LABEL = "Tin tức - Sự kiện\n"
STAMP = "Thứ Hai, 16/9/2024 9:05'(GMT+7)\n"


def _date(page: str):
    main = main_or_none(page)
    return main["date"] if main else None


def test_an_earlier_stamp_under_the_clock_is_the_articles():
    # before: no date (both lines read as the site's clock); now the stamp's month, as for any undated page (b20)
    page = CLOCK + LABEL + STAMP + "\n" + BODY
    assert parse_article(page).published is not None
    assert _date(page) == "2024-09"


def test_the_same_with_no_label_between():
    page = CLOCK + STAMP + "\n" + BODY
    assert _date(page) == "2024-09"


def test_a_lone_weekday_time_line_stays_the_clock():
    # counter-shape (passes before and after): one weekday-date-time line above the headline is the render time
    page = STAMP + "\n" + BODY
    assert parse_article(page).published is None
    assert _date(page) is None


def test_a_clock_and_a_stamp_of_the_day_before_stay_clocks():
    # counter-shape (passes before and after): two lines a day apart may both be the render time (a time zone)
    page = "Thứ Ba, 17/9/2024\n" + LABEL + STAMP + "\n" + BODY
    assert _date(page) is None


def test_a_later_stamp_under_the_clock_is_no_article_stamp():
    # counter-shape (passes before and after): the second line later than the first is no earlier article stamp
    page = "Thứ Hai, 16/9/2024\n" + LABEL + "Thứ Bảy, 15/03/2025 9:05'(GMT+7)\n" + "\n" + BODY
    assert _date(page) is None


# --- 2. an archipelago that is an island district of its name: "quần đảo Trường Sa" is huyện Trường Sa (Khánh Hòa)

from hoptac.core.places import find_places  # noqa: E402

from extract_support import main_event  # noqa: E402


def _provinces(text: str) -> list[str]:
    return [c.province for m in find_places(text) for c in m.candidates]


def test_the_archipelago_is_its_district():
    # before: no place (a district's name is matched only after a level word)
    assert "Khánh Hòa" in _provinces("Đoàn công tác của tỉnh Nam Định đến thăm quần đảo Trường Sa.")
    assert "Khánh Hòa" in _provinces("Quần đảo Trường Sa đón đoàn công tác số 9.")
    assert "Quảng Ninh" in _provinces("Du khách ra quần đảo Cô Tô dịp hè.")


def test_a_visit_to_the_archipelago_names_its_province():
    page = ("Đoàn công tác tỉnh Nam Định kết thúc chuyến thăm quần đảo Trường Sa\n\n"
            "Chiều 20-5, đoàn công tác tỉnh Nam Định do Phó Chủ tịch UBND tỉnh Lê Văn Hải dẫn đầu, sau 7 ngày "
            "thăm và làm việc tại quần đảo Trường Sa, đã về đến cảng Cam Ranh an toàn.\n")
    # before: the pair was Nam Định alone
    assert set(main_event(page)["pair"]) >= {"Nam Định", "Khánh Hòa"}


def test_an_archipelago_of_no_district_is_no_place():
    # counter-shape (passes before and after): "quần đảo Nam Du" names no district
    assert _provinces("Du khách ra quần đảo Nam Du dịp hè.") == []


def test_a_district_called_quan_still_reads():
    # counter-shape (passes before and after): "quận" keeps its own level ("quận Đống Đa")
    assert [m.level_word for m in find_places("Đoàn của quận Đống Đa thăm huyện Mộc Châu.")] == ["quận", "huyện"]


# --- 3. a quarter told by what it achieved, reported at the occasion: a day in the quarter after is in its year

QUARTER_PAGE = ("Đoàn công tác Tỉnh ủy Bắc Ninh thăm và làm việc với Huyện ủy Mường Khương\n\n"
                "Sáng ngày {day}, Đoàn công tác của Tỉnh ủy Bắc Ninh do đồng chí Lê Minh Tâm, Phó Bí thư Tỉnh ủy "
                "làm trưởng đoàn đã có chuyến thăm và làm việc với Huyện ủy Mường Khương, tỉnh Lào Cai.\n\n"
                "Tại buổi làm việc, lãnh đạo hai địa phương đã thông tin về tình hình phát triển kinh tế - xã hội, "
                "công tác xây dựng Đảng. {told}\n\n"
                "Hai bên thống nhất tăng cường trao đổi kinh nghiệm trong thời gian tới.\n")
ACHIEVED = "Những kết quả nổi bật đạt được trong quý II năm 2027 được hai bên ghi nhận."


def test_a_quarters_results_date_a_day_of_the_quarter_after():
    # before: --07-12 (the quarter named no meeting in its clause: no held_in cue)
    assert _date(QUARTER_PAGE.format(day="12/7", told=ACHIEVED)) == "2027-07-12"


def test_the_same_with_achievements():
    told = "Những thành tựu nổi bật trong quý II/2027 và định hướng phát triển thời gian tới."
    assert _date(QUARTER_PAGE.format(day="12/7", told=told)) == "2027-07-12"


def test_a_day_outside_the_quarter_after_gets_no_year():
    # counter-shape (passes before and after): in November the report could be of any later year's quarter
    assert _date(QUARTER_PAGE.format(day="12/11", told=ACHIEVED)) == "--11-12"


def test_a_quarters_plan_gives_no_year():
    # counter-shape (passes before and after): a target for a quarter is a plan, not results told
    told = "Hai bên phấn đấu đạt kết quả cao trong quý III năm 2027."
    assert _date(QUARTER_PAGE.format(day="12/7", told=told)) == "--07-12"


def test_the_fourth_quarter_is_left_to_its_own_rule():
    # counter-shape (passes before and after): the fourth quarter's report falls in the next year (review_q4's matter)
    told = "Những kết quả nổi bật đạt được trong quý IV năm 2026 được hai bên ghi nhận."
    assert _date(QUARTER_PAGE.format(day="12/1", told=told)) == "--01-12"


def test_a_stamp_far_below_the_clock_is_not_taken():
    # counter-shape (passes before and after): past a few lines the second stamp may be a listed title's, not the page's
    menu = "Trang chủ\nThời sự\nKinh tế\nVăn hóa\nThể thao\n"
    page = CLOCK + menu + STAMP + "\n" + BODY
    assert _date(page) is None
