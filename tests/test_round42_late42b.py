"""Round 42 (late42b): misses of real pages never seen before, read and fixed as general shapes (docs/accuracy.md,
"Round 42: late42b"). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import re

from hoptac.core.extract.year_thanked_visit import PARTS, thanked_for_visit
from hoptac.core.text import fold

from extract_support import main_or_none

# --- 1. a guest thanks the hosts for the reception given to him on his own earlier visit: a return visit

FILLER = ("Hai bên đã trao đổi về hợp tác trong các lĩnh vực nông nghiệp công nghệ cao, đào tạo nguồn nhân lực, "
          "giao lưu văn hóa và thanh niên, cùng với việc thúc đẩy doanh nghiệp hai địa phương tìm hiểu cơ hội "
          "đầu tư, mở rộng thị trường tiêu thụ nông sản và phát triển du lịch.")
PAGE = ("Sáng ngày 14-6, trong khuôn khổ chuyến công tác tại Nhật Bản, Phó Chủ tịch UBND tỉnh Đồng Nai Lê Văn An "
        "đã có buổi làm việc với chính quyền tỉnh Yamaguchi.\n\n" + FILLER + "\n\n"
        "Thống đốc tỉnh Yamaguchi {thanks} {date}.\n\n"
        "Hai bên thống nhất tiếp tục trao đổi đoàn các cấp trong thời gian tới.\n")
THANKS = "bày tỏ sự cảm ơn tới lãnh đạo và người dân tỉnh Đồng Nai đã dành cho ông sự đón tiếp nồng hậu trong chuyến thăm tỉnh"


def _date(page: str):
    main = main_or_none(page)
    return main["date"] if main else None


def test_a_thanked_visit_earlier_in_the_year_gives_its_year():
    # before: --06-14 (the thanked visit's date is far from the lead and told with no past word); now its year
    assert _date(PAGE.format(thanks=THANKS, date="ngày 2-5-2027")) == "2027-06-14"


def test_a_woman_received_is_read_as_well():
    thanks = THANKS.replace("cho ông", "cho bà")
    assert _date(PAGE.format(thanks=thanks, date="ngày 2-5-2027")) == "2027-06-14"


def test_a_thanked_visit_later_in_the_year_gives_no_year():
    # counter-shape (passes before and after): the occasion would be of the next year, a guess not made
    assert _date(PAGE.format(thanks=THANKS, date="ngày 2-8-2027")) == "--06-14"


def test_thanks_with_no_one_received_give_no_year():
    # counter-shape (passes before and after): help thanked for, not a reception on a visit
    thanks = "cảm ơn tỉnh Đồng Nai đã hỗ trợ hàng hóa cho người dân trong đợt mưa lũ"
    assert _date(PAGE.format(thanks=thanks, date="ngày 2-5-2027")) == "--06-14"


def test_a_reception_of_someone_else_gives_no_year():
    # counter-shape (passes before and after): a history ("đã đón tiếp Chủ tịch Hồ Chí Minh …")
    thanks = ("cảm ơn nhân dân tỉnh Đồng Nai đã đón tiếp Chủ tịch Hồ Chí Minh trong chuyến thăm hữu nghị năm nào, "
              "như lần tiếp đón ngày")
    assert _date(PAGE.format(thanks=thanks, date="2-5-1957")) == "--06-14"


def test_three_provinces_received_is_not_a_woman():
    assert not thanked_for_visit(fold("Ông A cảm ơn đã dành cho ba tỉnh sự đón tiếp trong chuyến thăm ngày 2-5-2027"), 79)


def test_the_current_trips_range_gives_no_year():
    # counter-shape (passes before and after): the trip's own days, a range, are no earlier visit
    assert _date(PAGE.format(thanks=THANKS, date="từ ngày 2 đến 4-5-2027")) != "2027-06-14"


def test_each_part_is_named_with_an_example_it_matches():
    for name, pattern, example in PARTS:
        assert name and re.search(pattern, fold(example)), name
