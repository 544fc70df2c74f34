"""Round 39 (late39c): reading errors of unseen pages, fixed as general shapes, each beside its counter-shapes.

- an anniversary's span written as two full dates, the same day some years apart, in the headline
  ("… kỷ niệm 5 năm Ngày … (19/4/2010-19/4/2015)"), is what the anniversary counts, not the occasion's days
  (``verdicts.judge``: the "same day N years apart" verdict now comes before the headline's). The page's
  year is the span's end (an anniversary cue) and the day stays unknown when the text gives none.

Every sentence here is our own (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event

_HEAD = ("Đêm giao lưu văn nghệ chào mừng kỷ niệm 5 năm Ngày Văn hóa các dân tộc Việt Nam "
         "(19/4/2010-19/4/2015)\n\n")
_BODY = ("Đêm giao lưu văn nghệ để lại nhiều ấn tượng với người dân thành phố Cao Bằng. Các tiết mục của "
         "tỉnh Cao Bằng và tỉnh Hà Giang đã giới thiệu nét đẹp văn hóa truyền thống của đồng bào các dân tộc.\n")


@pytest.mark.parametrize("span", ["(19/4/2010-19/4/2015)", "(19/4/2010 - 19/4/2015)", "(19-4-2010 – 19-4-2015)"])
def test_a_headlines_anniversary_span_is_not_the_occasions_days(span: str) -> None:
    # before round 39: 2010-04-19 to 2015-04-19, "year stated" (a wrong year)
    ev = main_event(_HEAD.replace("(19/4/2010-19/4/2015)", span) + _BODY)
    assert ev["date"] == "2015"
    assert ev.get("date_end") in (None, "")


def test_a_dated_lead_under_such_a_headline_keeps_its_day_in_the_spans_year() -> None:
    ev = main_event(_HEAD + "Tối 18/4, tại thành phố Cao Bằng, tỉnh Cao Bằng và tỉnh Hà Giang tổ chức đêm giao "
                    "lưu văn nghệ.\n\n" + _BODY)
    assert ev["date"] == "2015-04-18"


# --- counter-shapes: ranges in a headline that ARE the occasion's days (pass before and after) ---------------------

@pytest.mark.parametrize("head, want", [
    ("Tuần lễ văn hóa hai tỉnh Cao Bằng - Hà Giang (28/12/2014 - 2/1/2015)\n\n", "2014-12-28"),
    ("Hội chợ thương mại biên giới Cao Bằng - Hà Giang từ 19/4/2015 đến 23/4/2015\n\n", "2015-04-19"),
], ids=["across_new_year", "days_of_one_year"])
def test_a_headlines_range_of_days_stays_the_occasion(head: str, want: str) -> None:
    ev = main_event(head + _BODY)
    assert ev["date"] == want


_HEAD_TEN = "Đêm giao lưu văn nghệ chào mừng kỷ niệm 10 năm Ngày thành lập Hội Hữu nghị tỉnh (19/4/2014 - 20/4/2024)\n\n"


def test_a_headlines_anniversary_bracket_as_many_years_apart_as_it_counts_is_its_span() -> None:
    # before round 39: 2014-04-19 to 2024-04-20, "year stated" (a wrong year)
    ev = main_event(_HEAD_TEN + _BODY)
    assert ev["date"] == "2024"


@pytest.mark.parametrize("head, want", [
    # the anniversary's own days in its brackets (one year): the occasion
    ("Đêm giao lưu văn nghệ chào mừng kỷ niệm 10 năm Ngày thành lập Hội Hữu nghị tỉnh (19/4/2024 - 21/4/2024)\n\n",
     "2024-04-19"),
    # a span that does not match the years counted is not read as the anniversary's
    ("Đêm giao lưu văn nghệ chào mừng kỷ niệm 10 năm Ngày thành lập Hội Hữu nghị tỉnh (30/12/2023 - 2/1/2024)\n\n",
     "2023-12-30"),
], ids=["own_days", "across_new_year"])
def test_an_anniversarys_brackets_with_the_occasions_days_keep_them(head: str, want: str) -> None:
    assert main_event(head + _BODY)["date"] == want
