"""People named after their title, the form most leads use ("Chủ tịch UBND tỉnh A Nguyễn Văn B").
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.people import find_people
from hoptac.core.places import resolve


def _is_place(name: str) -> bool:
    return resolve(name) is not None


def _people(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.title) for p in find_people(text, is_place=_is_place)]


@pytest.mark.parametrize("text, people", [
    ("Sáng 4/3, Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh đã tiếp đoàn đại biểu tỉnh Hủa Phăn.",
     [("Lê Hồng Vinh", "Chủ tịch UBND tỉnh Nghệ An")]),
    ("Đoàn công tác tỉnh Cao Bằng do Bí thư Tỉnh ủy Trần Hồng Minh dẫn đầu đã sang thăm Quảng Tây.",
     [("Trần Hồng Minh", "Bí thư Tỉnh ủy")]),
    # a title of several parts, then the person
    ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lai Châu Giàng Páo Mỷ và Tỉnh trưởng tỉnh Phông Sa Lỳ chủ trì.",
     [("Giàng Páo Mỷ", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lai Châu")]),
    # a list of titled people: each its own
    ("Dự có Chủ tịch UBND tỉnh Hoàng Văn Nam, Phó Chủ tịch HĐND tỉnh Lò Thị Hoa, Bí thư Thành ủy Vũ Đức Long.",
     [("Hoàng Văn Nam", "Chủ tịch UBND tỉnh"), ("Lò Thị Hoa", "Phó Chủ tịch HĐND tỉnh"),
      ("Vũ Đức Long", "Bí thư Thành ủy")]),
    # a body written in capitals before the name
    ("Chiều nay, Phó Chủ tịch Ủy ban nhân dân Tỉnh Đỗ Minh Khang chủ trì buổi tiếp.",
     [("Đỗ Minh Khang", "Phó Chủ tịch Ủy ban nhân dân Tỉnh")]),
])
def test_a_name_after_its_title(text, people):
    assert _people(text) == people


@pytest.mark.parametrize("text", [
    # a place after the title, no person
    "Ngày 4/3, Chủ tịch UBND tỉnh Hà Tĩnh đã tiếp đoàn đại biểu tỉnh Khăm Muồn.",
    # a family name that is the end of the place's name ("Vĩnh Long"), then no family name
    "Ngày 4/3, Chủ tịch UBND tỉnh Vĩnh Long tiếp đoàn.",
    # a ward named after a person, a body begun with capitals
    "Ngày 4/3, Chủ tịch UBND phường Trần Phú tiếp đoàn.",
    "Ủy viên Trung ương Đoàn Thanh niên tỉnh Hủa Phăn dự lễ.",
    # "Phó", a family name, starts titles
    "Phó Trưởng Ban Quản lý Khu kinh tế tỉnh tiếp đoàn.",
])
def test_no_person_after_a_title(text):
    assert _people(text) == []


def test_the_place_before_a_name_ends_with_the_family_name():
    # "Vĩnh Long" ends with 'Long' (a family name): the person is the next run
    assert _people("Chủ tịch UBND tỉnh Vĩnh Long Trần Quốc Việt phát biểu.") == [
        ("Trần Quốc Việt", "Chủ tịch UBND tỉnh Vĩnh Long")]


def test_a_foreign_guest_and_a_military_rank_stand_as_honorifics():
    found = _people("Tiếp đoàn có ngài Sok Chanthy, Tỉnh trưởng tỉnh Kampot, và Thượng tướng Lê Văn Hòa, "
                    "Tư lệnh Quân khu 9.")
    assert [n for n, _ in found] == ["Sok Chanthy", "Lê Văn Hòa"]


@pytest.mark.parametrize("text, people", [
    # a foreign title's holder: the words after the unit's name, or right after the title
    ("Ngày 5/3, Tỉnh trưởng tỉnh Takeo Vong Pisey ký kết biên bản hợp tác.", [("Vong Pisey", "Tỉnh trưởng tỉnh Takeo")]),
    ("Đoàn tỉnh Attapeu do Phó Tỉnh trưởng Khamsone Vilay dẫn đầu đã sang thăm.",
     [("Khamsone Vilay", "Phó Tỉnh trưởng")]),
    # ... and none when only the unit is named
    ("Ngày 5/3, Tỉnh trưởng tỉnh Takeo dự lễ ký kết.", []),
])
def test_a_foreign_title_holder(text, people):
    assert _people(text) == people


@pytest.mark.parametrize("text, people", [
    # a department's name holds lower-case words and commas: the title runs over all of it
    ("Ngày 2/6, ông Đinh Quang Tuấn, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La, dẫn đoàn.",
     [("Đinh Quang Tuấn", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La")]),
    ("Có mặt bà Lò Thị Hạnh, Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh Điện Biên.",
     [("Lò Thị Hạnh", "Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh Điện Biên")]),
    ("Tham dự có ông Vũ Minh Khôi, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, trưởng đoàn.",
     [("Vũ Minh Khôi", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội, trưởng đoàn")]),
    # the name after the department's title
    ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang Hầu Minh Lợi báo cáo.",
     [("Hầu Minh Lợi", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang")]),
    ("Giám đốc Sở Y tế Trịnh Văn Sơn và Giám đốc Sở Tài chính Đào Thị Lan cùng dự.",
     [("Trịnh Văn Sơn", "Giám đốc Sở Y tế"), ("Đào Thị Lan", "Giám đốc Sở Tài chính")]),
])
def test_a_departments_name_stays_in_the_title(text, people):
    assert _people(text) == people


def test_a_title_stops_at_a_verb_that_folds_like_a_title_word():
    # "trả lời" (answered) folds like "kiểm tra"'s "tra": the title ends before it
    assert _people("Tại buổi làm việc, ông Lục Văn Bình, Giám đốc Sở Y tế tỉnh Cao Bằng trả lời các câu hỏi.") == [
        ("Lục Văn Bình", "Giám đốc Sở Y tế tỉnh Cao Bằng")]


@pytest.mark.parametrize("text, people", [
    ("Ông Lục Văn Bình, Giám đốc Sở Y tế tỉnh Cao Bằng, phát biểu.", [("Lục Văn Bình", "Giám đốc Sở Y tế tỉnh Cao Bằng")]),
    ("Bà Nông Thị Hà, Phó Chủ tịch UBND huyện, dẫn đầu đoàn.", [("Nông Thị Hà", "Phó Chủ tịch UBND huyện")]),
])
def test_an_honorific_opening_the_sentence_is_not_part_of_the_name(text, people):
    assert _people(text) == people


def test_nhat_is_a_title_word_only_after_thu():
    assert _people("Tham dự có ông Hà Văn Tâm, Bí thư thứ nhất Trung ương Đoàn, cùng đoàn.") == [
        ("Hà Văn Tâm", "Bí thư thứ nhất Trung ương Đoàn")]
    assert _people("Ông Hà Văn Tâm, Giám đốc Sở Tài chính tỉnh Lạng Sơn nhất trí với đề xuất.") == [
        ("Hà Văn Tâm", "Giám đốc Sở Tài chính tỉnh Lạng Sơn")]
