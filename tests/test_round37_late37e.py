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


# --- 2. a dated report of a visit another made, told done (frames._DONE_BY_ANOTHER)

_VISIT_HEAD = "Tỉnh đoàn Hà Giang thăm và làm việc tại huyện Bảo Lạc\n\n07:30, 14/11/2023\n"


def _report(lead: str) -> dict | None:
    return main_or_none(_VISIT_HEAD + lead + "\nHai bên trao đổi kinh nghiệm trong công tác Đoàn và phong trào "
                        "thanh niên.\n")


@pytest.mark.parametrize("lead", [
    "Ngày 14/11, anh Lý Văn Hùng - Bí thư Huyện đoàn Bảo Lạc cho biết, Tỉnh đoàn Hà Giang đã tổ chức chuyến thăm "
    "và làm việc tại huyện Bảo Lạc, tỉnh Cao Bằng.",
    "Ngày 14/11, theo Huyện đoàn Bảo Lạc, đoàn công tác Tỉnh đoàn Hà Giang đã sang thăm và tặng quà thanh niên "
    "huyện Bảo Lạc, tỉnh Cao Bằng.",
])
def test_a_visit_another_made_told_on_a_reports_day_gets_the_month(lead):
    ev = _report(lead)
    assert ev is not None and ev["date"] == "2023-11"


@pytest.mark.parametrize("lead", [
    # the teller did it, no clause of its own (the corpus keeps the report's day)
    "Ngày 14/11, UBND tỉnh Hà Giang cho biết đã có văn bản gửi UBND tỉnh Cao Bằng đề nghị phối hợp kiểm soát "
    "khu vực biên giới.",
    # told ahead
    "Ngày 14/11, anh Lý Văn Hùng - Bí thư Huyện đoàn Bảo Lạc cho biết, Tỉnh đoàn Hà Giang sẽ tổ chức chuyến thăm "
    "và làm việc tại huyện Bảo Lạc, tỉnh Cao Bằng.",
    # no report: the occasion's own day
    "Ngày 14/11, Tỉnh đoàn Hà Giang đã tổ chức chuyến thăm và làm việc tại huyện Bảo Lạc, tỉnh Cao Bằng.",
])
def test_a_report_by_who_did_it_or_a_plan_keeps_the_day(lead):
    ev = _report(lead)
    assert ev is not None and ev["date"] == "2023-11-14"


def test_a_report_of_another_on_another_day_than_the_stamp_keeps_the_day():
    page = ("Tỉnh đoàn Hà Giang thăm và làm việc tại huyện Bảo Lạc\n\n07:30, 16/11/2023\n"
            "Ngày 14/11, anh Lý Văn Hùng - Bí thư Huyện đoàn Bảo Lạc cho biết, Tỉnh đoàn Hà Giang đã tổ chức chuyến "
            "thăm và làm việc tại huyện Bảo Lạc, tỉnh Cao Bằng.\nHai bên trao đổi kinh nghiệm trong công tác Đoàn.\n")
    ev = main_or_none(page)
    assert ev is not None and ev["date"] == "2023-11-14"
