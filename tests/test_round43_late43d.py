"""Round 43, late43d: days a later occasion tells as before it (core/extract/told_before.py): the deed a
thanks is for, and what a received letter tells. Sentences written for these tests (the shapes of fire43
05 and 08, none of their words); the counter-shapes pass before and after the change."""

from __future__ import annotations

import pytest

from hoptac.core.extract import told_before as tb
from extract_support import main_event, verdicts_of

HEAD = "Tình nghĩa láng giềng\n\n"

THANKS = (HEAD + "Ông Lê Văn Tám gửi lời cảm ơn tỉnh Long An đã giúp lực lượng cứu hỏa tỉnh Svay Rieng dập tắt "
          "vụ cháy chợ ngày 12/9.\n\n"
          "Ngày 15/9, đoàn công tác tỉnh Svay Rieng do ông Lê Văn Tám dẫn đầu đã đến thăm và cảm ơn "
          "Công an tỉnh Long An.\n")

LETTER = (HEAD + "Chiều 9-7, UBND huyện Mường Lát cho biết vừa nhận được công văn từ huyện Xốp Bau, tỉnh Hủa Phăn "
          "(Lào) nhờ giúp tìm kiếm hai người bị lũ cuốn trôi. Theo đó, trong các ngày 6 đến 7-7, lực lượng "
          "huyện Xốp Bau đã tìm kiếm dọc con suối nhưng chưa thấy. Huyện Mường Lát đã thông báo các đơn vị "
          "phối hợp tìm kiếm.\n")


def test_the_day_of_a_thanked_deed_is_not_the_thanks():
    v = verdicts_of(THANKS)
    assert v["ngày 12/9"] == "past" and v["Ngày 15/9"] == "event", v
    ev = main_event(THANKS)
    assert ev["date"] == "--09-15" and ev["year_source"] == "unknown", ev
    assert ev["type"] == "visit", ev


def test_a_letter_that_tells_earlier_days_is_the_occasion_reported():
    v = verdicts_of(LETTER)
    assert v["Chiều 9-7"] == "event" and v["ngày 6 đến 7-7"] == "past", v
    ev = main_event(LETTER)
    assert ev["date"] == "--07-09" and ev["year_source"] == "unknown", ev


@pytest.mark.parametrize("page, date", [
    # thanked_deed_alone: no later occasion -- the thanks may be said at that very occasion
    (HEAD + "Ông Nguyễn Văn Hai cảm ơn các đại biểu đã về dự Hội nghị ngày 3/11 tại tỉnh Bình Phước.\n", "--11-03"),
    # thanks_dated_first: the day opens the thanks' sentence
    (HEAD + "Sáng 3/11, lãnh đạo tỉnh Tây Ninh cảm ơn tỉnh Kampong Cham đã hỗ trợ chữa cháy. Trước đó, "
            "ngày 1/11, hai bên đã phối hợp.\n", "--11-03"),
    # letter_asks_later: a later day is the occasion the letter asks for
    (HEAD + "Ngày 15/7, Sở Nội vụ tỉnh Nghệ An nhận được công văn của tỉnh Hà Tĩnh đề nghị trao đổi kinh nghiệm. "
            "Ngày 20/7, đoàn công tác tỉnh Hà Tĩnh đã đến làm việc tại Sở Nội vụ tỉnh Nghệ An.\n", "--07-20"),
    # occasion_then_letter: the earlier day is told before the letter
    (HEAD + "Ngày 3/8, đoàn công tác tỉnh Sơn La đã thăm tỉnh Điện Biên. Ngày 10/8, tỉnh Điện Biên "
            "nhận được thư cảm ơn của tỉnh Sơn La.\n", "--08-03"),
])
def test_counter_shapes_keep_their_day(page, date):
    assert main_event(page)["date"] == date


def test_da_dang_is_no_thanked_deed():
    # 'đa dạng' folds like 'đã': the day after it is no deed thanked for
    v = verdicts_of(HEAD + "Ông Trần Văn Ba cảm ơn tỉnh Hòa Bình với các hoạt động đa dạng tổ chức ngày 5/10 tại "
                           "tỉnh Phú Thọ. Ngày 8/10, hai tỉnh ký kết hợp tác.\n")
    assert v["ngày 5/10"] == "event", v


def test_each_rule_has_an_example_and_a_reading():
    names = [n for n, _, _ in tb.RULES]
    assert len(names) == len(set(names)) and {"thanked_deed", "letter_tells_earlier"} <= set(names)
    assert all(ex and reading for _, ex, reading in tb.RULES)


SENT = ("Ngày 12-10, Công an tỉnh Bình Dương cho biết 300 chiến sĩ đã được điều động hỗ trợ các tỉnh vừa bị "
        "lũ lụt nặng nề.\n\n"
        "Từ ngày 10-10, 4 trung đội đã xuất phát từ Bình Dương, đi hơn 600 km đến Quảng Trị giúp dân dọn bùn.\n\n"
        "Cùng lúc, 80 chiến sĩ đến khu vực Quảng Bình hỗ trợ địa phương.\n\n"
        "Sáng 11-10, Phòng Cảnh sát PCCC đã chi viện hỗ trợ Công an tỉnh Hà Tĩnh.\n")


def test_forces_deployed_to_help_are_a_visit():
    assert main_event(HEAD + SENT)["type"] == "visit"


def test_the_localities_the_body_sends_the_helpers_to_are_the_partners():
    ev = main_event(HEAD + SENT)
    assert {p["province"] for p in ev["parties"]} == {"Bình Dương", "Quảng Trị", "Quảng Bình", "Hà Tĩnh"}, ev["parties"]


@pytest.mark.parametrize("page", [
    # the lead names the localities helped: its own partners, nothing more from the body
    HEAD + "Ngày 12-10, Công an tỉnh Bình Dương cho biết 300 chiến sĩ đã được điều động hỗ trợ các tỉnh Quảng Trị, "
           "Quảng Bình.\n\nTừ ngày 10-10, 80 chiến sĩ đến Hà Tĩnh giúp dân.\n",
    # no unnamed localities helped in the lead: a place the body goes to is no partner
    HEAD + "Ngày 12-10, Công an tỉnh Bình Dương tổng kết công tác phòng cháy năm 2024.\n\n"
           "Trước đó, đoàn cán bộ đã đến Hà Tĩnh học tập kinh nghiệm.\n",
])
def test_counter_shapes_take_no_partner_from_the_body(page):
    assert "Hà Tĩnh" not in {p["province"] for p in main_event(page)["parties"]}
