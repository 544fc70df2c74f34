"""Round 42 (late42z): misses of six sets read at first sight (mountain41, capital41, central41, sport41, thai41,
energy41), fixed as general shapes, and the counter-shapes (docs/accuracy.md, "Round 42: late42z").
Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_aid_trips import NEEDY_GIFT_EXAMPLES, gives_to_people_in_need
from hoptac.core.text import fold

from extract_support import main_event


def _type(page: str) -> str:
    return main_event(page)["type"]


# --- 1. a delegation hands gifts to people in hardship named right after the verb: where they live, a visit

@pytest.mark.parametrize("example", NEEDY_GIFT_EXAMPLES)
def test_the_needy_gift_examples_are_read(example):
    assert gives_to_people_in_need(fold(example)) is not None


@pytest.mark.parametrize("lead", [
    "Hướng tới ngày lễ lớn, sáng nay (12/4), tại trung tâm huyện Mường Chà, đoàn công tác Thành ủy Hải Phòng đã "
    "trao tặng các gia đình chính sách, học sinh nghèo có hoàn cảnh khó khăn tỉnh Điện Biên.",
    "Chiều 20/1/2023, đoàn đại biểu tỉnh Bắc Ninh đã tặng quà hộ nghèo có hoàn cảnh khó khăn của huyện "
    "Mường Tè, tỉnh Lai Châu.",
])
def test_gifts_to_people_named_after_the_verb_are_a_visit(lead):
    assert _type("Quà cho người nghèo vùng cao\n\n" + lead + "\n") == "visit"


@pytest.mark.parametrize("clause", [
    # a work built and handed over: the handover
    "ngay 12/3/2024, doan cong tac huyen a trao tang ho ngheo xa b 5 can nha dai doan ket",
    # an honour conferred
    "doan cong tac tinh a trao tang gia dinh chinh sach bang khen",
    # no delegation: a body gives at home
    "hoi chu thap do tinh a trao tang ho ngheo trong tinh 100 suat qua",
    # the host receives
    "sang 5/3, huyen b tiep nhan 200 suat qua, doan cong tac tinh a trao tang ho ngheo",
    # no people in hardship named: a gift to the partner's side
    "doan cong tac tinh a trao tang tinh b 10 tan gao",
])
def test_no_direct_gift_trip_read(clause):
    assert gives_to_people_in_need(clause) is None


def test_a_handover_at_a_border_gate_stays_other():
    lead = ("Sáng 27/8/2021, tại cửa khẩu Tịnh Biên, đoàn công tác tỉnh An Giang đã trao tặng hộ nghèo tỉnh Takeo "
            "(Campuchia) 500 phần quà.")
    assert _type("Trao quà\n\n" + lead + "\n") == "other"


# --- 2. one foreign side, its occasion held at a Vietnamese place: the place hosts

def _pair(page: str) -> list[str]:
    return sorted(p["name"] for p in main_event(page)["parties"])


def test_a_foreign_sides_occasion_held_in_a_vietnamese_city_has_the_city_as_host():
    page = ("Đêm nhạc mừng Trung thu đã diễn ra tại thành phố Đà Nẵng\n\n"
            "Tối 20/9/2024, đêm nhạc mừng Tết Trung thu đã diễn ra tại thành phố Đà Nẵng, các nghệ sĩ hai nước cùng "
            "biểu diễn.\n\n"
            "Chương trình do Văn phòng Ngoại vụ tỉnh Quảng Tây (Trung Quốc) tổ chức.\n")
    assert _pair(page) == ["Quảng Tây", "Đà Nẵng"]


@pytest.mark.parametrize("page, parties", [
    # a place named with no occasion's verb before "tại": no host read
    ("Đoàn tỉnh Chăm-pa-sắc làm việc về dự án\n\n"
     "Sáng 20/9/2024, đoàn công tác tỉnh Chăm-pa-sắc (Lào) đã trao đổi về các dự án đầu tư tại tỉnh Gia Lai "
     "của doanh nghiệp.\n", ["Champasak"]),
    # a mission's seat ("Tổng Lãnh sự quán … tại TP"): no side (partner_seats), the occasion's place unnamed
    ("Đêm nhạc Trung thu\n\n"
     "Tối 20/9/2024, đêm nhạc do Văn phòng Ngoại vụ tỉnh Quảng Tây (Trung Quốc) và Tổng Lãnh sự quán Trung Quốc "
     "tại thành phố Hồ Chí Minh phối hợp tổ chức đã diễn ra thành công.\n", ["Quảng Tây"]),
])
def test_no_host_without_an_occasion_held_there(page, parties):
    assert _pair(page) == parties
