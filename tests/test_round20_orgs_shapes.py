"""Cooperation told through organisations (round 20, set orgs20), in sentences written for these tests
(none is copied from a page): a school's reception of a partner province's students, held as a "buổi gặp mặt",
is that reception (other), not a meeting of the sides; and a study tour of one side to two places listed after
one "tại" has the travelling side and its first host as partners, not the two hosts against each other."""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_students import receives_students
from hoptac.core.text import fold

from extract_support import lead_event


def provinces(ev: dict) -> list[str]:
    return sorted(p["province"] for p in ev["parties"])


# --- a reception of students -------------------------------------------------------------------------

@pytest.mark.parametrize("lead", [
    "Ngày 18-10-2023, Trường Đại học Tây Bắc tổ chức buổi gặp mặt, tiếp nhận 15 sinh viên tỉnh Hủa Phăn (Lào) "
    "sang học tập tại trường.",
    "Sáng 2/10/2023, Trường Cao đẳng Sơn La tổ chức gặp mặt, tiếp nhận lưu học sinh tỉnh Luông Nậm Thà (Lào).",
    "Ngày 9/9/2022, tỉnh Quảng Trị tổ chức họp mặt, nhận bàn giao 18 học viên tỉnh Savannakhet (Lào) sang học "
    "tiếng Việt.",
])
def test_students_received_at_a_get_together_are_the_reception(lead):
    assert lead_event(lead)["type"] == "other"


@pytest.mark.parametrize("lead, want", [
    # a meeting of the sides that agrees to receive students stays the meeting
    ("Ngày 18/10/2023, tỉnh Sơn La và tỉnh Hủa Phăn (Lào) tổ chức buổi gặp mặt, hội đàm, thống nhất tiếp nhận "
     "50 lưu học sinh.", "conference"),
    # a get-together with no students received stays a meeting
    ("Ngày 18/10/2023, tỉnh Sơn La tổ chức buổi gặp mặt đoàn đại biểu tỉnh Hủa Phăn (Lào).", "conference"),
])
def test_a_meeting_of_the_sides_is_not_a_reception(lead, want):
    assert lead_event(lead)["type"] == want


@pytest.mark.parametrize("clause, want", [
    ("truong dai hoc a to chuc buoi gap mat, tiep nhan 15 sinh vien tinh b", True),
    ("truong a gap go, chao don 20 du hoc sinh tinh b", True),
    ("truong a to chuc buoi gap mat, se tiep nhan 15 sinh vien tinh b", False),   # planned
    ("truong a to chuc buoi gap mat. tiep nhan 15 sinh vien tinh b", False),       # another sentence
    ("hai tinh gap mat, ky ket thoa thuan tiep nhan 15 sinh vien", False),         # a signing of the sides
    ("truong a tiep nhan 15 sinh vien tinh b", False),                            # no get-together
])
def test_the_reception_words(clause, want):
    assert receives_students(fold(clause)) is want


# --- a study tour's two hosts after one "tại" -------------------------------------------------------------

@pytest.mark.parametrize("lead, want", [
    ("Từ ngày 3/4 đến ngày 7/4/2024, Hội Nông dân tỉnh Bến Tre tổ chức đoàn 30 cán bộ tham quan, học tập kinh "
     "nghiệm tại tỉnh Lâm Đồng và tỉnh Đắk Lắk.", ["Bến Tre", "Lâm Đồng"]),
    ("Ngày 5/4/2024, đoàn công tác tỉnh Vĩnh Long khảo sát mô hình trồng rau tại thành phố Đà Lạt và tỉnh "
     "Ninh Thuận.", ["Lâm Đồng", "Vĩnh Long"]),
])
def test_the_travelling_side_and_its_first_host(lead, want):
    assert provinces(lead_event(lead)) == want


@pytest.mark.parametrize("lead, want", [
    # two sides that sign at a venue: the venue stays the venue
    ("Ngày 5/4/2024, tỉnh Bến Tre và tỉnh Đắk Lắk ký kết thỏa thuận hợp tác tại tỉnh Lâm Đồng.",
     ["Bến Tre", "Đắk Lắk"]),
    # a venue before the sides (no visit word before "tại") keeps its list as the sides
    ("Ngày 5/4/2024, tại tỉnh Lâm Đồng, tỉnh Bến Tre và tỉnh Đắk Lắk ký kết thỏa thuận hợp tác.",
     ["Bến Tre", "Đắk Lắk"]),
])
def test_two_sides_at_a_venue_stay_the_sides(lead, want):
    assert provinces(lead_event(lead)) == want


# --- a delegation that goes over to a place to attend an occasion over several days ---------------------

@pytest.mark.parametrize("lead", [
    # the place between the travel verb and the attending verb
    "Từ ngày 5 đến 8/9/2024, Đoàn đại biểu tỉnh Điện Biên đã sang tỉnh Phông Sa Lỳ (Lào) dự Lễ hội văn hóa các "
    "dân tộc.",
    # a group led by someone, not called a delegation, going to a named exchange programme
    "Từ 12 - 15/6/2024, 60 đại biểu thanh niên tỉnh Lạng Sơn do Bí thư Tỉnh đoàn làm trưởng đoàn đã sang Quảng Tây "
    "(Trung Quốc) tham gia chương trình Giao lưu hữu nghị thanh niên hai bên.",
    "Từ ngày 12 đến 15/6/2024, Đoàn đại biểu tỉnh Lạng Sơn đã sang Quảng Tây (Trung Quốc) tham gia chương trình "
    "Giao lưu hữu nghị thanh niên hai bên.",
])
def test_a_delegation_that_goes_over_to_attend_is_on_its_visit(lead):
    assert lead_event(lead)["type"] == "visit"


@pytest.mark.parametrize("lead, want", [
    # the programme held by the two sides on one day: the occasion, as a festival
    ("Ngày 5/9/2024, tỉnh Lạng Sơn và Quảng Tây (Trung Quốc) tổ chức chương trình Giao lưu hữu nghị thanh niên "
     "hai bên.", "other"),
    # two delegations' friendship exchange stays a meeting
    ("Ngày 5/9/2024, đoàn HĐND tỉnh Lạng Sơn giao lưu hữu nghị với đoàn đại biểu Quảng Tây (Trung Quốc).",
     "conference"),
    # a festival that is the subject over several days stays the festival
    ("Từ ngày 5 đến 8/9/2024, tại tỉnh Phông Sa Lỳ (Lào) diễn ra Lễ hội văn hóa các dân tộc với sự tham gia của "
     "đoàn tỉnh Điện Biên.", "other"),
])
def test_a_programme_or_a_festival_that_is_the_subject(lead, want):
    assert lead_event(lead)["type"] == want
