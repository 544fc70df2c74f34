"""Round 54, late54e: the retrospective of late54d (core/extract/retrospective_lead.py, shape counted_by_anniversary)
read the same with no stamp: the anniversary's own later year is the page's time, and no occasion's year; and a
lead that is only an old bond's background (historic_dates' old_lead_days) leaves the shape to the paragraph after
it. Sentences written for these tests (docs/accuracy.md, "### late54e")."""

from __future__ import annotations

import pytest

from extract_support import main_or_none

HEAD = "HẬU LỘC - THĂNG BÌNH, 52 NĂM SẮT SON\n\n"
STAMP = "Ngày 11/04/2018 08:25:10\n\n"
#: the lead tells the old twinning ceremony; the page tells no occasion of its own
LEAD = ("Cách đây 52 năm, trong những ngày tháng bom đạn ác liệt; thực hiện chủ trương của Tỉnh ủy Thanh Hóa và Tỉnh "
        "ủy Quảng Nam, ngày 15/4/1966, tại trụ sở Huyện ủy Hậu Lộc đã tổ chức Lễ kết nghĩa giữa huyện Hậu Lộc và "
        "huyện Thăng Bình. Sự kiện ấy là dấu son trong lịch sử hai huyện.\n")
BODY = ("Kỷ niệm 52 năm kết nghĩa Hậu Lộc - Thăng Bình (15/4/1966-15/4/2018) là dịp nhìn lại chặng đường gắn bó của "
        "hai địa phương. Cán bộ và nhân dân hai huyện luôn giúp đỡ nhau trong mọi hoàn cảnh.\n")
#: an old bond told alone above the lead, as the page's background (old_lead_days)
OLD_PARAGRAPH = "Ngày 3/9/1950, hai địa phương đã ký kết nghĩa, mở đầu mối quan hệ bền chặt.\n"

RETROSPECTIVES = [
    HEAD + LEAD + BODY,                                        # no stamp
    HEAD + LEAD.replace("ác liệt;", "ác liệt,") + BODY,        # no stamp, no semicolon
    HEAD + OLD_PARAGRAPH + LEAD + BODY,                        # no stamp, an old bond's paragraph first
    HEAD + STAMP + OLD_PARAGRAPH + LEAD + BODY,                # stamped, an old bond's paragraph first
]


@pytest.mark.parametrize("page", RETROSPECTIVES, ids=["no_stamp", "no_stamp_comma", "old_paragraph_no_stamp",
                                                      "old_paragraph_stamped"])
def test_a_retrospective_dates_no_occasion_without_its_stamp(page):
    main = main_or_none(page)
    # not the anniversary's end year (2018) given to the 1966 sentence: nothing happens in 2018 on this page
    assert main is not None and main["date"] is None, main
    assert main["pair"] == ["Quảng Nam", "Thanh Hóa"], main


#: What must not change (pass before and after).
KEPT = [
    # the anniversary's ceremony reported by its day
    ("HẬU LỘC - THĂNG BÌNH kỷ niệm 52 năm kết nghĩa\n\nSáng 15/4, tại huyện Hậu Lộc, huyện Hậu Lộc và huyện Thăng Bình "
     "long trọng tổ chức lễ kỷ niệm 52 năm ngày kết nghĩa (15/4/1966 - 15/4/2018). Ngày 15/4/1966, hai huyện chính "
     "thức kết nghĩa.\n", "2018-04-15"),
    # the lead celebrates the old day: this year's visit
    (HEAD + "Nhân dịp kỷ niệm 52 năm ngày kết nghĩa 15/4/1966, đoàn công tác huyện Thăng Bình đến thăm và làm việc với "
     "huyện Hậu Lộc.\n" + BODY, "2018"),
    # a recent occasion first, the old day only in a later sentence
    (HEAD + "Vừa qua, đoàn công tác huyện Thăng Bình đã đến thăm huyện Hậu Lộc. Cách đây 52 năm, ngày 15/4/1966, tại "
     "trụ sở Huyện ủy Hậu Lộc đã tổ chức Lễ kết nghĩa giữa huyện Hậu Lộc và huyện Thăng Bình.\n" + BODY, "2018"),
    (HEAD + "Đoàn công tác huyện Thăng Bình đến thăm và làm việc tại huyện Hậu Lộc. Cách đây 52 năm, ngày 15/4/1966, "
     "tại trụ sở Huyện ủy Hậu Lộc đã tổ chức Lễ kết nghĩa giữa huyện Hậu Lộc và huyện Thăng Bình.\n" + BODY, "2018"),
    # an old bond's paragraph, then the lead celebrates
    (HEAD + OLD_PARAGRAPH + "Nhân dịp kỷ niệm 52 năm ngày kết nghĩa 15/4/1966, đoàn công tác huyện Thăng Bình đến thăm "
     "và làm việc với huyện Hậu Lộc.\n" + BODY, "2018"),
]


@pytest.mark.parametrize("page, want", KEPT, ids=["ceremony_day", "celebrates", "recent_first", "visit_first",
                                                  "old_paragraph_celebrates"])
def test_the_other_shapes_keep_their_reading(page, want):
    main = main_or_none(page)
    assert main is not None and main["date"] == want, main
