"""Round 60, the lead: a locality's own bodies listed before its name after the joining word ("phường A phối hợp
với Đảng ủy, HĐND, UBND xã B") still join the two sides; "sau" before the count of a review's years ("đánh giá
kết quả sau hai năm thực hiện … ngày 30/5/2018") counts them as without it; a meeting named with the courtesy call
it is ("buổi gặp mặt và chào xã giao đoàn …") is the guests' visit.

Our own sentences. The first of each group fails before the change; the counter-shapes pass before and after."""

from __future__ import annotations

import pytest

from extract_support import main_event


# -- the bodies of a locality listed after the joining word --------------------------------------------------------

@pytest.mark.parametrize("bodies", ["Đảng ủy, UBND", "HĐND, UBND", "Đảng ủy, HĐND, UBND, Ủy ban MTTQ",
                                    "Đảng ủy, HĐND, UBND và Ủy ban MTTQ"])
def test_two_districts_of_one_province_joined_past_the_bodies_list(bodies):
    ev = main_event(f"Ngày 30/1/2026, UBND huyện Quế Sơn phối hợp với {bodies} huyện Duy Xuyên tổ chức chương "
                    "trình “Xuân yêu thương”.\n\nHuyện Quế Sơn trao 50 suất quà cho huyện Duy Xuyên.\n")
    assert ev["pair"] == ["Quảng Nam", "Quảng Nam"]


def test_two_provinces_joined_past_the_bodies_list():
    ev = main_event("Ngày 30/1/2026, UBND tỉnh Nghệ An phối hợp với Đảng ủy, UBND tỉnh Hà Tĩnh tổ chức chương trình "
                    "“Xuân biên giới”.\n")
    assert sorted(ev["pair"]) == ["Hà Tĩnh", "Nghệ An"]


def test_places_one_delegation_visits_are_still_not_two_sides():
    ev = main_event("Ngày 30/1/2026, đoàn công tác tỉnh Nghệ An đến thăm xã Châu Khê, Đảng ủy, UBND xã Lượng Minh "
                    "và trao quà Tết.\n")
    assert ev["pair"] != ["Nghệ An", "Nghệ An"]


# -- "sau" before a review's count of years --------------------------------------------------------------------------

@pytest.mark.parametrize("review", ["đánh giá kết quả sau hai năm thực hiện", "sơ kết sau 2 năm triển khai"])
def test_a_review_after_n_years_of_a_dated_document_gives_the_year(review):
    ev = main_event(f"Chiều 28/11, Ban Thường vụ Tỉnh ủy Quảng Nam và Ban Thường vụ Thành ủy Đà Nẵng có buổi làm việc "
                    f"{review} Thông báo kết luận số 120-TB/TU ngày 15/6/2019 của hai bên.\n")
    assert ev["date"] == "2021-11-28"


def test_a_review_with_no_count_gives_no_year():
    ev = main_event("Chiều 28/11, Ban Thường vụ Tỉnh ủy Quảng Nam và Ban Thường vụ Thành ủy Đà Nẵng có buổi làm việc "
                    "đánh giá kết quả thực hiện Thông báo kết luận số 120-TB/TU ngày 15/6/2019 của hai bên.\n")
    assert ev["date"] == "--11-28"


# -- a meeting named with a courtesy call ------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["tổ chức buổi gặp mặt và chào xã giao", "có buổi gặp mặt, chào xã giao"])
def test_a_meeting_named_with_a_courtesy_call_is_a_visit(verb):
    ev = main_event(f"Chiều 12-6-2016, UBND tỉnh Đắk Lắk đã {verb} Đoàn công tác tỉnh Attapeu (Lào) do Phó Tỉnh "
                    "trưởng làm trưởng đoàn.\n")
    assert ev["type"] == "visit"


def test_a_plain_get_together_stays_a_meeting():
    ev = main_event("Chiều 12-6-2016, UBND tỉnh Đắk Lắk đã tổ chức buổi gặp mặt Đoàn công tác tỉnh Attapeu (Lào) "
                    "do Phó Tỉnh trưởng làm trưởng đoàn.\n")
    assert ev["type"] == "conference"
