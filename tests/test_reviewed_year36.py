"""A year reviewed at an occasion told ahead is no upper bound on it (year_bounds' reviewed_year, round 36
late36c): "Ngày 15-3, … sẽ diễn ra Hội nghị tổng kết … năm 2018" stamped 13/03/2019 is 15/3/2019. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from extract_support import date_of_main as _date

HEAD = "Tổng kết phong trào thi đua cụm các tỉnh biên giới\n\n"
STAMP = "09:03, 10/03/2021\n\n"
LEAD = ("Ngày 12-3, tại tỉnh Lạng Sơn sẽ diễn ra Hội nghị tổng kết phong trào thi đua cụm các tỉnh biên giới "
        "phía Bắc năm 2020 và ký kết giao ước thi đua năm 2021.\n\n")
BODY = ("Cụm thi đua gồm các tỉnh Lạng Sơn, Cao Bằng, Hà Giang và Lào Cai. Tại hội nghị, các đơn vị sẽ họp bình "
        "xét thi đua để chọn ra đơn vị dẫn đầu cụm năm 2020.\n")


def test_a_reviewed_year_leaves_the_stamp_its_year():
    assert _date(HEAD + STAMP + LEAD + BODY) == "2021-03-12"   # (before round 36: --03-12, year unknown)


def _upper(lead: str):
    from hoptac.core.extract.article import parse_article
    from hoptac.core.extract.events import extract_events
    trace: dict = {}
    extract_events(parse_article(HEAD + lead), article_id="t", source="t.txt", trace=trace)
    b = trace["bounds"].upper
    return b and (b.name, b.day.year)


@pytest.mark.parametrize("lead, upper", [
    ("Ngày 12-3, tại tỉnh Lạng Sơn sẽ diễn ra hội nghị xúc tiến đầu tư cụm các tỉnh biên giới năm 2020.\n", ("future_plan", 2020)),
    ("Ngày 12-3, hai tỉnh Lạng Sơn và Cao Bằng sẽ tổ chức hội chợ biên giới trong năm 2020.\n", ("future_plan", 2020)),
    (LEAD, None),                       # the year reviewed: no bound (before round 36: future_plan 2020)
    (LEAD + BODY, None),                # and the year rated in the body ("họp bình xét thi đua … năm 2020")
    (LEAD + BODY.replace("bình xét thi đua", "giao lưu"), ("future_plan", 2020)),   # not rated: still a bound
])
def test_which_years_told_ahead_bound(lead, upper):
    assert _upper(lead) == upper
