"""Round 55, late55d: a region's peoples named in the headline or the lead ("Liên hoan … các dân tộc Tây Nguyên")
make the occasion the region's, as "khu vực Tây Nguyên" does; when the body then counts the region by its
members ("đại biểu 5 tỉnh Tây Nguyên"), the members are the parties, the host province first
(core/extract/partner_region_body.py, shape "peoples of the region"). Sentences written for these tests
(docs/accuracy.md, "Round 55: late55d")."""

from __future__ import annotations

import pytest

from hoptac.core.extract.partner_region_body import REGION_BODY_SHAPES
from extract_support import main_or_none

HIGHLANDS = ["Gia Lai", "Kon Tum", "Lâm Đồng", "Đắk Lắk", "Đắk Nông"]

HEAD = "Gắn kết đồng bào các dân tộc Tây Nguyên qua lễ hội cồng chiêng\n\nNgày 15/04/2016 08:30\n\n"
LEAD = ("Tối 14/4, tại thành phố Pleiku, Bộ Văn hóa, Thể thao và Du lịch phối hợp với UBND tỉnh Gia Lai tổ chức khai "
        "mạc Liên hoan văn hóa cồng chiêng các dân tộc Tây Nguyên năm 2016.\n\n")
BODY = ("Về dự có hơn 300 nghệ nhân đến từ 5 tỉnh Tây Nguyên. Liên hoan là dịp để các nghệ nhân giao lưu, học hỏi "
        "lẫn nhau.\n\n")

PAGES = [
    HEAD + LEAD + BODY,
    # the peoples named in the lead only (the headline says the festival)
    "Khai mạc liên hoan cồng chiêng năm 2016\n\nNgày 15/04/2016 08:30\n\n" + LEAD + BODY,
    # "dân tộc thiểu số" before the region; the count in "của 5 tỉnh …"
    HEAD.replace("các dân tộc", "các dân tộc thiểu số") + LEAD
    + "Liên hoan giúp bảo tồn di sản cồng chiêng của 5 tỉnh Tây Nguyên.\n\n",
]


@pytest.mark.parametrize("page", PAGES, ids=["headline", "lead_only", "thieu_so"])
def test_the_peoples_of_a_region_counted_in_the_body_make_its_members_the_parties(page):
    main = main_or_none(page)
    assert main is not None, page
    assert main["date"] == "2016-04-14", main
    parties = [p["province"] for p in main["parties"]]
    assert sorted(parties) == sorted(HIGHLANDS) and parties[0] == "Gia Lai", main   # the host first
    assert "Gia Lai" in main["pair"] and len(main["pair"]) == 2 and set(main["pair"]) <= set(HIGHLANDS), main


def test_the_shape_is_named_with_an_example():
    names = [name for name, _ in REGION_BODY_SHAPES]
    assert "peoples_of_region" in names
    assert all(example for _, example in REGION_BODY_SHAPES)


#: What must not change (pass before and after): the pair stays the host alone.
KEPT = [
    # the region only says where the province lies
    HEAD.replace("đồng bào các dân tộc Tây Nguyên", "đồng bào tỉnh Gia Lai ở Tây Nguyên") + LEAD.replace(
        "các dân tộc Tây Nguyên", "tỉnh Gia Lai") + BODY,
    # the peoples named, but the body counts some of them, not the region
    HEAD + LEAD + BODY.replace("5 tỉnh Tây Nguyên", "3 tỉnh Tây Nguyên"),
    # the peoples named, but the body never counts the region
    HEAD + LEAD + BODY.replace("đến từ 5 tỉnh Tây Nguyên", "đến từ nhiều địa phương"),
    # the count only in a line of related news after the article
    HEAD.replace("đồng bào các dân tộc Tây Nguyên", "đồng bào Gia Lai") + LEAD.replace(
        "các dân tộc Tây Nguyên", "tỉnh Gia Lai") + BODY.replace("đến từ 5 tỉnh Tây Nguyên", "trong tỉnh"),
]


@pytest.mark.parametrize("page", KEPT, ids=["where_it_lies", "wrong_count", "no_count", "no_region"])
def test_a_region_not_counted_as_the_side_adds_nothing(page):
    main = main_or_none(page)
    assert main is not None, page
    assert [p["province"] for p in main["parties"]] == ["Gia Lai"], main


# -- a site's update line in English above the headline (core/extract/site_controls.py, _LAST_UPDATE) ----------------

from hoptac.core.extract.article import parse_article   # noqa: E402
from hoptac.core.extract.site_controls import control_reason   # noqa: E402
from hoptac.core.scan import fast_fold   # noqa: E402

TITLE = "Trường Cao đẳng Sư phạm tiếp đoàn công tác tỉnh Hủa Phăn"
REST = ("\n\nSáng ngày 9/5/2019, đoàn cán bộ tỉnh Hủa Phăn (Lào) do Phó Giám đốc Sở Giáo dục dẫn đầu đã đến thăm và làm "
        "việc với Trường Cao đẳng Sư phạm tỉnh Điện Biên. Hai bên trao đổi về đào tạo lưu học sinh.\n")


@pytest.mark.parametrize("line", ["Last updateThứ 3, 14 05 2019 9am", "Last Updated on Tuesday, 14 May 2019 9am",
                                  "Last update: 14 05 2019"])
def test_an_update_line_over_the_headline_is_the_sites(line):
    assert control_reason(line, fast_fold(line)) is not None
    art = parse_article("14052019Thứ 3\n" + line + "\n\n" + TITLE + REST)
    assert art.title == TITLE, art.title


@pytest.mark.parametrize("line", [TITLE, "Last year's twinning bears fruit in two districts of Điện Biên",
                                  "Cập nhật lần cuối lúc 9:00 ngày 14/5/2019 về đoàn công tác"])
def test_other_lines_are_no_update_line(line):
    assert control_reason(line, fast_fold(line)) is None
