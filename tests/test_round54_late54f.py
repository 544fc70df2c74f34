"""Round 54, late54f: a national day's own date written right after its name, in a list of what the occasion
celebrates ("… 60 năm Ngày Thương binh Liệt sỹ 27/7 và Quốc khánh 2/9, tối 28/7/2023, …"), is that holiday's date
(verdict "holiday", core/extract/national_days.py), not an occasion the page reports: no other event on it. Only
when the day written is the holiday's own and the name stands right before it. Sentences written for these tests
(docs/accuracy.md, "### late54f")."""

from __future__ import annotations

import pytest

from extract_support import main_or_none, other_dates, verdicts_of

from hoptac.core.extract.national_days import NATIONAL_DAYS, national_day
from hoptac.core.text import fold

TAIL = ("tại sân vận động huyện Hòa Bình, tỉnh Bạc Liêu đã diễn ra chương trình giao lưu văn nghệ giữa huyện Hòa "
        "Bình và huyện Trà Cú, tỉnh Trà Vinh. Hai huyện đã trao đổi kinh nghiệm và tặng quà cho các gia đình chính "
        "sách.\n")


def _page(frame: str) -> str:
    return "Giao lưu văn nghệ giữa hai huyện kết nghĩa\n\n" + frame + TAIL


LISTED = [
    ("Nhân kỷ niệm 20 năm thành lập xã, 76 năm Ngày Thương binh - Liệt sỹ 27/7, tối 28/7/2023, ", "27/7", "2023-07-27"),
    ("Chào mừng thành công Đại hội đoàn, 76 năm Ngày Thương binh Liệt sĩ 27/7 và 78 năm Cách mạng tháng Tám, "
     "tối 28/7/2023, ", "27/7", "2023-07-27"),
    ("Nhân kỷ niệm 15 năm thành lập huyện, 78 năm Cách mạng tháng Tám và Quốc khánh 2/9, tối 28/8/2023, ",
     "2/9", "2023-09-02"),
    ("Nhân 20 năm tái lập xã, kỷ niệm 41 năm Ngày Nhà giáo Việt Nam 20/11, tối 18/11/2023, ", "20/11", "2023-11-20"),
    ("Kỷ niệm 20 năm kết nghĩa hai huyện, 93 năm Ngày Phụ nữ Việt Nam 20/10, tối 18/10/2023, ", "20/10", "2023-10-20"),
    ("Nhân dịp đón đoàn đại biểu sang thăm, chúc mừng 48 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào 2/12, "
     "tối 1/12/2023, ", "2/12", "2023-12-02"),
]


@pytest.mark.parametrize("frame,day,_", LISTED, ids=[d for _, d, _ in LISTED])
def test_a_national_days_date_after_its_name_is_the_holidays(frame, day, _):
    assert verdicts_of(_page(frame))[day] == "holiday"


@pytest.mark.parametrize("frame,_,holiday", LISTED[:2], ids=["after_a_comma", "in_a_list"])
def test_it_is_no_other_event_of_the_page(frame, _, holiday):
    # (a day before the page's occasion: it was read as an earlier occasion, an other event)
    page = _page(frame)
    assert holiday not in other_dates(page)
    main = main_or_none(page)
    assert main is not None and main["date"] != holiday, main


@pytest.mark.parametrize("name,_lit,day,month,example", NATIONAL_DAYS, ids=[e for *_, e in NATIONAL_DAYS])
def test_each_row_reads_its_example(name, _lit, day, month, example):
    written = f"{day}/{month}"
    assert example.endswith(" " + written)
    near = fold(example[: -len(written)])
    assert national_day(near, day, month)
    assert not national_day(near, day % 28 + 1, month)   # another day after the same name


#: What must not change (pass before and after): the occasion's day before the name, a day with no name
#: before it, another country's national day without its name, a day that is not the holiday's.
KEPT = [
    ("Sáng 27/7, lãnh đạo huyện Hòa Bình và huyện Trà Cú đến viếng nghĩa trang liệt sĩ nhân Ngày Thương binh "
     "– Liệt sĩ. Sau đó, ", "27/7", "event"),
    ("Ngày 2/9 năm nay, hai huyện tổ chức nhiều hoạt động. Tối 28/8/2023, ", "2/9", "event"),
    ("Chúc mừng Quốc khánh 2/12, tối 1/12/2023, ", "2/12", "event"),
    ("Nhân dịp đón đoàn, kỷ niệm 78 năm Quốc khánh 3/9, tối 1/9/2023, ", "3/9", "event"),
]


@pytest.mark.parametrize("frame,day,verdict", KEPT, ids=["day_before_name", "ngay_2_9_nam_nay", "lao_unnamed",
                                                         "another_day"])
def test_what_is_not_a_national_days_date_keeps_its_reading(frame, day, verdict):
    got = next((v for t, v in verdicts_of(_page(frame)).items() if day in t.split()[-1]), None)
    assert got != "holiday", got
    if verdict is not None:
        assert got == verdict
