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
