"""Round 41 (late41a): a lead dated by its year alone over a body's month of another year (docs/accuracy.md,
"Round 41: late41a"). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

from hoptac.core.extract.main_date import LEAD_YEAR_RULES

from extract_support import main_or_none

PAGE = ("Du lịch ba tỉnh miền núi cùng phát triển\n\n"
        "Liên kết du lịch là hướng đi tất yếu của cả vùng. Với ý nghĩa đó, {lead_year}, chương trình khảo sát "
        "tuyến du lịch đường thủy giữa 3 tỉnh Tuyên Quang - Hà Giang - Bắc Kạn được tiến hành.\n\n"
        "Tuyến du lịch nối những hồ lớn và cảnh sắc của ba tỉnh, lượng khách tăng đều qua từng năm.\n\n"
        "Trên cơ sở đó, các tỉnh đề xuất hợp tác toàn diện hơn. {body_month}, tại Hà Giang, lãnh đạo các tỉnh "
        "Cao Bằng - Bắc Kạn - Hà Giang - Tuyên Quang đã ký kết hợp tác phát triển du lịch.\n")


def _date(page: str):
    main = main_or_none(page)
    return main["date"] if main else None


def test_a_lead_dated_by_its_year_gives_no_body_month_of_another_year():
    # before: 2009-08 (the later signing's month, a wrong year); now no date
    assert _date(PAGE.format(lead_year="năm 2008", body_month="Tháng 8-2009")) in (None, "")


def test_a_body_month_of_the_leads_year_is_kept():
    # counter-shape (passes before and after)
    assert _date(PAGE.format(lead_year="năm 2009", body_month="Tháng 8-2009")) == "2009-08"


def test_with_no_year_in_the_lead_the_body_month_is_kept():
    # counter-shape (passes before and after)
    assert _date(PAGE.format(lead_year="khi đó", body_month="Tháng 8-2009")) == "2009-08"


def test_a_day_in_the_body_is_not_set_aside_by_this_rule():
    # counter-shape: the rule reads months only (a day the body tells keeps its own reading)
    assert _date(PAGE.format(lead_year="năm 2008", body_month="Ngày 12/8/2009")) == "2009-08-12"


def test_the_rule_table_names_each_rule_with_an_example():
    assert all(name and example and reading for name, example, reading in LEAD_YEAR_RULES)


# --- 2. the end mark "./." then a sidebar's short lines: no part of the article

from hoptac.core.extract.end_markers import END_MARK_SHAPES, end_mark_index  # noqa: E402

TALKS = ("Hai thành phố thắt chặt quan hệ hữu nghị\n\n"
         "Phát biểu tại hội đàm, Chủ tịch Ủy ban Mặt trận Tổ quốc thành phố A khẳng định hai bên cần duy trì "
         "trao đổi đoàn và chia sẻ kinh nghiệm xây dựng đô thị, nâng cao đời sống cho người dân của thành phố "
         "Hà Nội và thành phố Thượng Hải (Trung Quốc).\n\n"
         "Hai bên thống nhất tăng cường trao đổi thông tin trong thời gian tới{mark}\n\n\n"
         "{tail}")
SIDEBAR = ("Năm 2030, thành phố sẽ hoàn thành mạng lưới nước sạch đến mọi xã, phường.\n"
           "Ngay trong ngày 19/4, các phường đã lấy ý kiến người dân về việc sắp xếp đơn vị hành chính.\n"
           "Thành phố thông xe tuyến đường mới vào sáng nay, 19/4. Đây là một dự án giao thông trọng")


def test_a_sidebar_after_the_end_mark_dates_nothing():
    # before: --04-19 (a sidebar's day read as the talks'); now no date
    assert _date(TALKS.format(mark="./.", tail=SIDEBAR)) in (None, "")


def test_without_the_end_mark_the_lines_stay_the_articles():
    # counter-shape (passes before and after): no end mark, no cut by this rule
    assert _date(TALKS.format(mark=".", tail=SIDEBAR)) not in (None, "")


def test_a_source_line_after_the_end_mark_is_kept():
    # counter-shape (passes before and after): "(Nguồn: … ngày …)" is the article's own
    raws = ["Lead.", "Hai bên thống nhất./.", "", "(Nguồn: Công văn số 12/SNgV ngày 28 tháng 6 năm 2019)", "",
            "Tin, ảnh: Văn B"]
    assert end_mark_index(raws, 0, len(raws)) == len(raws)


def test_a_long_line_after_the_end_mark_keeps_the_text():
    raws = ["Lead.", "Hai bên thống nhất./.", "x" * 400]
    assert end_mark_index(raws, 0, len(raws)) == len(raws)


def test_short_lines_after_the_end_mark_are_cut():
    raws = ["Lead.", "Hai bên thống nhất./.", "", "Thành phố thông xe tuyến đường mới vào sáng nay, 19/4."]
    assert end_mark_index(raws, 0, len(raws)) == 3


def test_the_end_mark_table_has_examples():
    assert all(name and example for name, example in END_MARK_SHAPES)


def test_a_related_list_header_after_the_end_mark_is_cut_with_its_list():
    # the reread's narrowing: "Tin liên quan" and "Theo dõi … trên" are the sidebar's, not the article's tail
    for header in ("Tin liên quan", "Theo dõi Báo A trên Google News"):
        raws = ["Lead.", "Hai bên thống nhất./.", "", header, "Thành phố thông xe tuyến đường mới, 19/4."]
        assert end_mark_index(raws, 0, len(raws)) == 3


def test_the_articles_own_tail_words_are_still_kept():
    for own in ("Tin, ảnh: Văn B", "Tin và ảnh: Văn B", "Theo Báo A", "(Nguồn: Sở Ngoại vụ tỉnh A)"):
        raws = ["Lead.", "Hai bên thống nhất./.", "", own, "Thành phố thông xe tuyến đường mới, 19/4."]
        assert end_mark_index(raws, 0, len(raws)) == 4
