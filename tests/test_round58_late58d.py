"""Round 58, late58d: a range whose ends each carry their weekday is one range (core/extract/date_rules.py,
WEEKDAY_END in TO); a bracketed range of days under the headline is no publication stamp
(core/extract/stamps.py, OCCASION_TIMES "a range of days") and, alone on its line above the lead, dates the
report (core/extract/main_date.py, TITLE_BLOCK_RANGE), the lead's opening day under it the backstory's
milestone (core/extract/other_milestones.py); a recent lead retold just after it with its day and
the same actors takes that day (core/extract/undated.py, RETOLD_LEAD). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from extract_support import events_of, main_event, main_or_none
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.stamps import parse_stamp


# --- WEEKDAY_END: a weekday before either end of a range ---------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Đoàn đi từ ngày thứ Ba 7-5-2024 đến thứ Bảy 11-5-2024, thăm các xã vùng cao.", (7, 5, 11, 5)),
    ("Hội trại diễn ra từ thứ Hai, 3/6/2024 đến thứ 6, 7/6/2024 tại xã B.", (3, 6, 7, 6)),
    ("Chuyến đi kéo dài từ ngày 3/6 đến T6 7/6/2024.", (3, 6, 7, 6)),
    ("Tuần lễ văn hóa từ 3/6 đến Chủ nhật, ngày 9/6/2024 tại huyện C.", (3, 6, 9, 6)),
    ("Khóa tu từ ngày 17 tháng 2 đến thứ Năm ngày 22 tháng 2 năm 2024.", (17, 2, 22, 2)),
])
def test_a_weekday_before_a_ranges_end_keeps_one_range(text, want):
    ranges = [m for m in find_dates(text) if m.end_day]
    assert len(ranges) == 1
    m = ranges[0]
    assert (m.day, m.month, m.end_day, m.end_month) == want


@pytest.mark.parametrize("text", [
    "Ngày 12/4/2024 đến thứ Hai tuần sau, đoàn sẽ trở lại.",   # no number after the weekday
    "Sáng 12/4/2024, tới thứ 3 đoàn mới về.",                   # "tới thứ 3" and no date
    "Từ 2/3 số hộ đến T6 đều được hỗ trợ.",                     # a share, no date after "T6"
])
def test_a_weekday_with_no_date_after_it_makes_no_range(text):
    assert not [m for m in find_dates(text) if m.end_day]


def test_a_weekday_range_dates_the_page():
    page = ("Giáo xứ A: hành trình bác ái mùa Chay\n"
            "Giáo xứ A đã tổ chức chuyến bác ái từ ngày thứ Ba 7-5-2024 đến thứ Bảy 11-5-2024, thăm và tặng "
            "quà cho bà con nghèo tại tỉnh Kon Tum và tỉnh Gia Lai.\n"
            "Đoàn khởi hành từ Thành phố Hồ Chí Minh lúc 5 giờ sáng.\n")
    ev = main_event(page)
    assert (ev["date"], ev["date_end"]) == ("2024-05-07", "2024-05-11")


# --- OCCASION_TIMES: a bracketed range of days is no stamp -------------------------------------------------

@pytest.mark.parametrize("line", ["(từ ngày 12 đến 16/9/2015)", "Từ ngày 12 đến 16/9/2015", "(Từ 3 đến 5-6-2019)"])
def test_a_range_of_days_in_brackets_is_no_stamp(line):
    assert parse_stamp(line) is None


@pytest.mark.parametrize("line", ["(16/9/2015)", "Ngày 16/9/2015", "16/09/2015 08:30"])
def test_a_single_day_line_is_still_a_stamp(line):
    assert parse_stamp(line) is not None


# --- TITLE_BLOCK_RANGE: the title block's range dates the report over the lead's backstory ----------------

_BLOCK = ("Hội Bảo trợ A: Báo cáo chuyến thăm đồng bào vùng lũ tại tỉnh Quảng Trị\n"
          "HỘI BẢO TRỢ A\n"
          "Báo cáo chuyến thăm đồng bào vùng lũ\n"
          "tại tỉnh Quảng Trị\n"
          "{line}\n"
          "Ngày 02/9, sau khi nhận được tin bão lũ gây thiệt hại nặng ở Quảng Trị, Hội Bảo trợ thành phố Đà Nẵng "
          "đã quyên góp được 40 triệu đồng để gửi cho đồng bào. Sau đó, hội quyết định tổ chức một đoàn đến tận "
          "nơi để thăm hỏi bà con.\n"
          "Đoàn lên đường vào chiều ngày 12/9/2015 với ba xe hàng.\n")


def test_a_title_blocks_range_dates_the_report():
    ev = main_event(_BLOCK.format(line="(từ ngày 12 đến 16/9/2015)"))
    assert (ev["date"], ev["date_end"]) == ("2015-09-12", "2015-09-16")


def test_the_leads_opening_day_under_a_title_block_is_the_backstorys_milestone():
    others = [e["date"] for e in events_of(_BLOCK.format(line="(từ ngày 12 đến 16/9/2015)"))[1] if not e["main"]]
    assert "2015-09-02" in others


def test_a_leads_opening_day_too_far_before_the_title_block_gets_no_year():
    page = _BLOCK.format(line="(từ ngày 12 đến 16/9/2015)").replace("Ngày 02/9,", "Ngày 02/7,")
    others = [e["date"] for e in events_of(page)[1] if not e["main"]]
    assert "2015-07-02" not in others


def test_a_title_blocks_single_day_is_still_a_stamp_and_the_lead_dates():
    ev = main_event(_BLOCK.format(line="(16/9/2015)"))   # a stamp: the lead's day, in the stamp's year
    assert ev["date"] == "2015-09-02"


def test_a_range_inside_the_leads_sentence_is_no_title_block():
    page = ("Hội Bảo trợ A thăm đồng bào vùng lũ tỉnh Quảng Trị\n"
            "Ngày 02/9/2015, Hội Bảo trợ thành phố Đà Nẵng đã trao quà cho đồng bào tỉnh Quảng Trị. Trước đó, "
            "hội đã đi khảo sát (từ ngày 12 đến 16/8/2015) tại các xã vùng lũ.\n")
    assert main_event(page)["date"] == "2015-09-02"


# --- RETOLD_LEAD: a recent lead retold just after it with its day -----------------------------------------

_LEAD = ("Vừa qua, Hội Phụ nữ xã An Bình, huyện Tân Phú và chùa Long Hòa, thành phố Biên Hòa đã có chuyến thăm "
         "bà con vùng lũ tỉnh Quảng Ngãi để chia sẻ khó khăn với đồng bào hai xã bị thiệt hại nặng.\n")


def test_a_recent_lead_retold_with_its_day_takes_it():
    page = ("Đồng Nai: Hội Phụ nữ xã An Bình thăm vùng lũ Quảng Ngãi\n" + _LEAD
            + "Nhiều gia đình không còn tài sản sau cơn lũ. ngày 14/11/2019, Hội Phụ nữ xã An Bình, huyện Tân Phú "
              "và chùa Long Hòa đã trao 300 phần quà cho bà con.\n")
    assert main_event(page)["date"] == "2019-11-14"


def test_another_occasion_with_its_year_after_a_recent_lead_stays_aside():
    page = ("Đồng Nai: Hội Phụ nữ xã An Bình thăm vùng lũ Quảng Ngãi\n" + _LEAD
            + "Ngày 14/11/2018, hội đã tổ chức hội nghị sơ kết công tác từ thiện của năm.\n")
    ev = main_or_none(page)
    assert ev is None or ev["date"] != "2018-11-14"
