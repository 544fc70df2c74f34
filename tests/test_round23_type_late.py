"""Round 23 (late23type): one side's decision to support its partner, told as the lead's verb, is an announcement
(core/extract/type_decisions.py; merged24 03–05). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest

from extract_support import type_of_main as _type
from hoptac.core.extract.type_decisions import DECISION_EXAMPLES, decides_support
from hoptac.core.text import fold


@pytest.mark.parametrize("page", [
    # the decision sets up a delegation whose trip is its object (was read as the delegation's visit)
    "Ngày 3/10, UBND tỉnh An Giang quyết định thành lập đoàn công tác trực tiếp đến thăm, động viên và hỗ trợ tỉnh "
    "Hà Tĩnh khắc phục hậu quả bão.\n\nTrong đợt đầu, An Giang hỗ trợ 20 tỷ đồng và nhiều thuốc men.\n",
    # the decision of a city's bodies, under a headline that tells the handover (was 'other' from the headline)
    "Cần Thơ trao hỗ trợ khẩn cấp cho tỉnh Nghệ An 30 tỉ đồng\n\n"
    "Chiều 9.10, Thành ủy – HĐND – UBND thành phố Cần Thơ đã quyết định hỗ trợ bước đầu tỉnh Nghệ An 30 tỉ đồng để "
    "khắc phục hậu quả lũ lụt.\n",
    # one side's standing committee meeting held to direct the support (was a conference from 'cuộc họp')
    "Ngày 4/10, ông Trần Văn Bình, Bí thư Tỉnh ủy Bắc Ninh chủ trì cuộc họp Ban Thường vụ Tỉnh ủy để chỉ đạo triển "
    "khai ngay việc hỗ trợ tỉnh Thái Nguyên khắc phục thiệt hại do mưa lũ.\n\nTỉnh Bắc Ninh chuẩn bị hàng chục tấn "
    "hàng hóa thiết yếu.\n",
])
def test_a_decision_to_support_is_an_announcement(page):
    assert _type(page) == "announcement"


@pytest.mark.parametrize("page, expected", [
    # a decision taken at a working session between the sides: the session
    ("Ngày 5/10, tại buổi làm việc với tỉnh Hà Tĩnh, UBND tỉnh An Giang quyết định hỗ trợ 20 tỷ đồng.\n", "conference"),
    # a delegation's trip that hands over aid stays the trip
    ("Ngày 6/10, đoàn công tác tỉnh An Giang đã đến tỉnh Hà Tĩnh trao kinh phí hỗ trợ khắc phục hậu quả bão.\n", "visit"),
    # a decision handed over ('trao quyết định') is not the verb of deciding
    ("Ngày 7/10, lãnh đạo tỉnh An Giang trao quyết định hỗ trợ cho tỉnh Hà Tĩnh tại lễ tiếp nhận.\n", "announcement"),
])
def test_not_a_decision_of_one_side(page, expected):
    assert _type(page) == expected


def test_a_meeting_of_both_sides_is_no_committee_decision():
    clause = fold("Sáng 8/10, cuộc họp Thường trực UBND với tỉnh Hà Tĩnh để thống nhất việc hỗ trợ bà con vùng lũ.")
    assert decides_support(clause) is None


@pytest.mark.parametrize("sentence", DECISION_EXAMPLES)
def test_the_table_examples_read(sentence):
    assert decides_support(fold(sentence)) is not None


# --- a cooperation exchange between the two sides, held, with nothing else named: a meeting (trade24 03)
def test_a_cooperation_exchange_held_is_a_meeting():
    page = ("Ngày 9.5, tại thành phố Tuy Hòa (tỉnh Phú Yên), đã diễn ra chương trình trao đổi hợp tác phát triển "
            "kinh tế giữa thành phố Đà Nẵng và tỉnh Phú Yên.\nHai bên điểm lại kết quả của 5 năm hợp tác.\n")
    assert _type(page) == "conference"


def test_a_cooperation_exchange_on_a_trip_stays_the_trip():
    page = ("Ngày 9.5, đoàn công tác thành phố Đà Nẵng đã đến thăm tỉnh Phú Yên và trao đổi hợp tác phát triển "
            "kinh tế.\n")
    assert _type(page) == "visit"


# --- a volunteer delegation, the lead's subject, working in the partner's districts, nothing else named: its trip
# (rank 9, as 'đoàn công tác' alone; people24 05)
def test_a_volunteer_delegation_alone_is_its_trip():
    page = ("Thanh niên Quảng Nam - Sê Kông: gắn bó tình hữu nghị\n\n08:15, 14/10/2016\n\n"
            "(Baoquangnam.vn)- Những ngày qua, Đoàn tình nguyện tỉnh Quảng Nam đã thực hiện nhiều hoạt động thiết thực "
            "tại các huyện khó khăn của tỉnh Sê Kông (Lào). Đây là lần thứ ba đoàn tổ chức hoạt động ở nước bạn.\n")
    assert _type(page) == "visit"
