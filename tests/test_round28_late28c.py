"""Round 28, late date fixes (late28c): the date misses of round 28's sets as shapes, in sentences written for
this test (no page's own words), each with the counter-examples where the new reading would be wrong.

* the lead photo's caption may open the page above the headline and its byline stamp ("… Ảnh: Thu Hà." /
  headline / "Thu Hà BÁO X | 05/06/2024 09:15" / "Sáng 5.6, …"): the caption is no lead, so the stamp under
  the headline is the page's and gives the year of "Sáng 5.6" (trade28k 04; headline_stamp_lead). A caption
  with no stamp two lines under it is left where it stands.
* a meeting that reviews results and sets the plan for a whole year Y in one sentence ("đánh giá kết quả …;
  đồng thời đề ra phương hướng phối hợp trong năm 2025") on a day from September on is the year-end review of
  Y-1 (forest28k 03; plan_named_years.reviewed_then_planned, cue review_plan_year). A plan alone in October, a
  plan for part of the year ("những tháng cuối năm", "quý IV năm") and the same meeting in March keep their
  readings.
"""

from __future__ import annotations

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.headline_stamp_lead import caption_over_headline_stamp
from hoptac.core.extract.page_lines import _lines
from hoptac.core.extract.wrapped_joins import joined_lines

import pytest

from extract_support import main_or_none as _main

_CAPTION = ("Lãnh đạo hai huyện (Việt Nam - Trung Quốc) cùng cắt băng khánh thành cặp cửa khẩu phụ mới ở vùng "
            "biên giới hai bên. Ảnh: Thu Hà.\n\n")
_HEADLINE = "Huyện A có cửa khẩu phụ mới\n\n"
_STAMP = "Thu Hà BÁO X | 05/06/2024 09:15\n\n"
_LEAD = ("Sáng 5.6, huyện Trà Lĩnh (tỉnh Cao Bằng) và huyện Long Châu (Quảng Tây, Trung Quốc) tổ chức lễ khánh "
         "thành cặp cửa khẩu phụ.\n\n")
_REST = "Hai bên thống nhất tiếp tục tăng cường quan hệ hữu nghị trong thời gian tới.\n"


def test_caption_above_headline_and_stamp_is_no_lead():
    art = parse_article(_CAPTION + _HEADLINE + _STAMP + _LEAD + _REST)
    assert art.published is not None and art.published.year == 2024
    main = _main(_CAPTION + _HEADLINE + _STAMP + _LEAD + _REST)
    assert main is not None and main["date"] == "2024-06-05"


def test_caption_with_no_stamp_under_headline_stays():
    # counter-example: a caption over the headline and the lead with no stamp: the rule does not fire, no
    # published date is made up and the year stays unknown
    text = _CAPTION + _HEADLINE + _LEAD + _REST
    top, _ = joined_lines(text, _lines(text))
    assert not caption_over_headline_stamp(top, 0)
    assert parse_article(text).published is None


def test_sentence_over_headline_stamp_is_not_a_caption():
    # counter-example: a line without a photo credit is not taken for a caption by this rule
    text = ("Chiều 4/6, huyện A đón đoàn huyện B.\n\n" + _HEADLINE + _STAMP + _LEAD + _REST)
    top, _ = joined_lines(text, _lines(text))
    assert not caption_over_headline_stamp(top, 0)
    text = _CAPTION + _HEADLINE + _STAMP + _LEAD + _REST
    top, _ = joined_lines(text, _lines(text))
    assert caption_over_headline_stamp(top, 0)


_PLACES = "tại thành phố A, Sở Nông nghiệp tỉnh Gia Lai và Sở Nông lâm tỉnh Attapeu, Lào tổ chức hội nghị "


@pytest.mark.parametrize("lead, want", [
    # the year-end review: the plan is for the next year
    ("Ngày 14/10, " + _PLACES + "đánh giá kết quả thực hiện thỏa thuận hợp tác bảo vệ rừng; đồng thời đề ra "
     "phương hướng phối hợp trong năm 2025.", "2024-10-14"),
    ("Ngày 20/11, " + _PLACES + "tổng kết công tác phối hợp và bàn phương hướng phối hợp năm 2025.", "2024-11-20"),
    # counter-examples: a plan for the rest of the year the review is held in
    ("Ngày 14/10, " + _PLACES + "sơ kết 9 tháng đầu năm và đề ra phương hướng phối hợp những tháng cuối năm 2025.",
     "--10-14"),
    ("Ngày 14/10, " + _PLACES + "đánh giá kết quả thực hiện thỏa thuận hợp tác và đề ra phương hướng phối hợp "
     "quý IV năm 2025.", "2025-10-14"),
    # a plan signed alone in October: either year, none read
    ("Ngày 14/10, " + _PLACES + "ký kết kế hoạch phối hợp năm 2025.", "--10-14"),
    # the same review early in the year: the plan is for its own year
    ("Ngày 14/3, " + _PLACES + "đánh giá kết quả thực hiện thỏa thuận hợp tác; đồng thời đề ra phương hướng "
     "phối hợp trong năm 2025.", "2025-03-14"),
])
def test_review_and_plan_for_a_whole_year(lead, want):
    main = _main(_HEADLINE + lead + "\n\n" + _REST)
    assert main is not None and main["date"] == want
