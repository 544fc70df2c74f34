"""Round 37 (late37e): reading leftovers of the round's sets, fixed as general shapes.
Sentences written for the test (names, days and wording are ours, not a publisher's).

1. A tag page's one-line teaser: headline, "bởi" and the writer, the post date with the month as "Tháng" and
   the year after a comma, then the post's first sentence (teaser_stamps). The date is the page's stamp, not
   the occasion's: an undated occasion told done gets the stamp's month and year, never its day.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.teaser_stamps import TEASER_STAMPS, teaser_stamp
from extract_support import main_or_none


# --- 1. a post's byline and date inside a one-line teaser

_HEAD = "Hai tỉnh Tây Bắc chung tay phát triển du lịch cộng đồng"
_LEAD = ("Sơn La và Điện Biên ký kết chương trình hợp tác phát triển du lịch cộng đồng, gắn kết các tuyến "
         "điểm vùng cao.")


@pytest.mark.parametrize("stamp", ["bởi Thu Hà 12 Tháng 3, 2025", "bởi Thu Hà 12 Tháng Ba, 2025",
                                   "bởi Thu Hà Tháng 3 12, 2025", "Đăng bởi Minh 12 Tháng 3, 2025"])
def test_a_teasers_byline_date_is_the_pages_stamp(stamp):
    art = parse_article(f"{_HEAD} {stamp} {_LEAD}\n")
    assert art.published == _dt.datetime(2025, 3, 12)
    ev = main_or_none(f"{_HEAD} {stamp} {_LEAD}\n")
    assert ev is not None and ev["date"] == "2025-03"   # the stamp's month: the day is the post's, not the signing's


def test_each_form_reads_its_example():
    for name, _, example in TEASER_STAMPS:
        assert teaser_stamp(example) is not None, name


@pytest.mark.parametrize("line", [
    # a date in a sentence, no byline before it: the date rules' business
    f"{_HEAD} Từ 12 tháng 3, 2025, Sơn La và Điện Biên triển khai chương trình hợp tác du lịch cộng đồng.",
    # "bởi" that names no writer
    f"{_HEAD} bởi vì các bên 12 Tháng 3, 2025 {_LEAD}",
    # nothing after the date: no post's sentence (a stamp line's business)
    f"{_HEAD} bởi Thu Hà 12 Tháng 3, 2025",
    # nothing before the byline: no headline
    f"bởi Thu Hà 12 Tháng 3, 2025 {_LEAD}",
])
def test_no_teaser_stamp_without_its_whole_shape(line):
    assert teaser_stamp(line) is None
