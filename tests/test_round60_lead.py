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


# -- people: a name cut short where the page gives it whole; titles through an alliance's, a group's name -----------

from hoptac.core.extract.people import find_people  # noqa: E402
from hoptac.core.places import find_places  # noqa: E402


def _people(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.title) for p in find_people(text)]


def test_a_name_cut_at_the_pages_end_is_the_whole_name_read_before():
    text = ("Chiều 5/6, Phó Chủ tịch UBND tỉnh Trần Minh Khôi tiếp đoàn tỉnh Attapeu.\n\n"
            "Hai bên trao đổi về hợp tác. Tặng quà lưu niệm cho Phó Chủ tịch UBND tỉnh Trần Minh ")
    assert _people(text) == [("Trần Minh Khôi", "Phó Chủ tịch UBND tỉnh")]


def test_a_long_foreign_name_after_an_honorific_is_the_guest_read_whole_with_a_title():
    text = ("Đoàn do đồng chí Xổm Phết Khăm La Vông, Phó Tỉnh trưởng tỉnh Sê Kông làm trưởng đoàn.\n\n"
            "Tại buổi làm việc, đồng chí Xổm Phết Khăm La Vông đã thông báo tình hình của tỉnh.")
    assert _people(text) == [("Xổm Phết Khăm La Vông", "Phó Tỉnh trưởng tỉnh Sê Kông")]


def test_a_hyphenated_given_name_cut_after_an_honorific_is_the_whole_name():
    text = ("Lễ ký có sự tham dự của ông Kim Min-soo, đại diện tỉnh.\n\n"
            "Phó Tỉnh trưởng Kim Min-soo nhấn mạnh ý nghĩa của thỏa thuận.")
    assert [n for n, _ in _people(text)] == ["Kim Min-soo"]


def test_two_people_whose_names_share_only_words_stay_two():
    text = "Dự có ông Trần Minh Khoa, Bí thư Huyện ủy A và ông Trần Minh Khôi, Chủ tịch UBND huyện B."
    assert [n for n, _ in _people(text)] == ["Trần Minh Khoa", "Trần Minh Khôi"]


@pytest.mark.parametrize("written, title", [
    ("ông Sato Ken, Chủ tịch Liên minh Hữu nghị Nhật Bản-Việt Nam thành phố Bắc Sơn, phát biểu",
     "Chủ tịch Liên minh Hữu nghị Nhật Bản-Việt Nam thành phố Bắc Sơn"),
    ("bà Lê Thị Hoa, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Bắc Sơn tặng hoa",
     "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Bắc Sơn"),
    ("ông Sato Ken, Chủ tịch Nhóm nghị sĩ thuộc Hội đồng tỉnh B đến thăm", "Chủ tịch Nhóm nghị sĩ"),
    ("ông Lê Văn Bình, Trưởng Ban Chỉ đạo công tác biên giới tỉnh; đồng chí C", "Trưởng Ban Chỉ đạo công tác biên giới tỉnh"),
])
def test_a_title_runs_through_an_alliance_a_group_a_steering_committees_field(written, title):
    assert _people(written)[0][1] == title


# -- a border gate named after a place -----------------------------------------------------------------------------

def _vietnamese(text: str) -> list[str]:
    return [c.province for m in find_places(text) for c in m.candidates[:1] if c.country == "Việt Nam"]


def test_a_border_gates_name_told_by_its_country_is_no_place():
    assert _vietnamese("Đoàn đã khảo sát Cửa khẩu quốc tế đường bộ số II Kim Thành (Việt Nam).") == []


def test_the_same_name_told_by_its_country_elsewhere_is_still_a_place():
    assert _vietnamese("Ngày 5/3, đoàn công tác Kim Thành (Việt Nam) đến thăm châu Văn Sơn.") == ["Hải Dương"]


def test_a_province_named_by_its_gate_is_still_a_place():
    assert _vietnamese("Đoàn nhập cảnh qua Cửa khẩu quốc tế Lào Cai, bắt đầu chuyến khảo sát.") == ["Lào Cai"]


@pytest.mark.parametrize("text, name", [
    ("Lễ ký có sự tham dự của ông Kim Min-soo, đại diện tỉnh Gyeonggi.", "Kim Min-soo"),
    ("Tiếp đoàn có bà Lee Jae-young, Giám đốc Sở Hợp tác quốc tế.", "Lee Jae-young"),
])
def test_a_hyphenated_given_name_after_an_honorific_is_read_whole(text, name):
    assert [n for n, _ in _people(text)] == [name]


def test_a_name_read_untitled_after_its_honorific_takes_its_title_from_elsewhere():
    text = ("Lễ ký có sự tham dự của ông Kim Min-soo, đại diện tỉnh.\n\n"
            "Phó Tỉnh trưởng Kim Min-soo nhấn mạnh ý nghĩa của thỏa thuận.")
    assert _people(text) == [("Kim Min-soo", "Phó Tỉnh trưởng")]
