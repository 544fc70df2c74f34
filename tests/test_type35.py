"""Round 35 (type35): the type's general shapes on pages of new sites (docs/accuracy.md, "Round 35: type35").
Sentences written for this test (no page's own words)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_joint_aid import JOINT_AID_EXAMPLES, joint_aid
from hoptac.core.text import fold
from extract_support import headed_type as _type


# --- units of two provinces that hand over aid together (type_joint_aid): one side's trip, a visit
@pytest.mark.parametrize("lead", [
    *JOINT_AID_EXAMPLES,
    "Sáng 12/3, Đoàn Thanh niên tỉnh Nam Định phối hợp với Đoàn Thanh niên tỉnh Quảng Ngãi tổ chức trao tặng 200 "
    "lá cờ cho ngư dân ở huyện đảo Lý Sơn (Quảng Ngãi).",
    "Ngày 5/6/2022, Hội Chữ thập đỏ tỉnh Nam Định phối hợp cùng Hội Chữ thập đỏ quận Hoàn Kiếm (TP. Hà Nội) trao, "
    "tặng 10 con bò cho các hộ nghèo của huyện Hải Hậu.",
    "Ngày 9/7/2021 nhóm thiện nguyện đã cùng với Hội Chữ thập đỏ quận 5, đơn vị kết nghĩa với huyện Châu Thành, "
    "tỉnh Đồng Tháp, cùng tham gia khám chữa bệnh cho bà con nghèo tại xã An Hiệp.",
])
def test_units_of_two_provinces_that_give_together_are_on_a_visit(lead):
    assert _type("", lead) == "visit"


@pytest.mark.parametrize("lead", [
    # both units of one province, the gifts to a third side's people: handed over at home, no trip
    "Sáng 21/4/2022, tại trạm biên phòng Xa Mát, Hội Phụ nữ huyện Tân Châu phối hợp cùng Hội Phụ nữ thị xã Trảng "
    "Bàng (Tây Ninh) tổ chức trao tặng quà cho phụ nữ nghèo của tỉnh Svay Riêng (Campuchia).",
    # one province's units only
    "Ngày 3/5, Hội Chữ thập đỏ tỉnh Nam Định phối hợp với Hội Chữ thập đỏ huyện Hải Hậu trao tặng 20 con bò cho "
    "hộ nghèo.",
    # a partner that is a company, whatever its seat: a donor, no locality's unit
    "Ngày 5/8, Hội Chữ thập đỏ tỉnh Nam Định phối hợp với Công ty Cổ phần Sữa An Phát (TP Hồ Chí Minh) trao tặng "
    "500 suất quà cho học sinh nghèo.",
    # a unit of the same province, the care given at home
    "Sáng 5/8, Bệnh viện Đa khoa tỉnh Quảng Trị phối hợp cùng Trung tâm Y tế huyện Hướng Hóa khám chữa bệnh, cấp "
    "phát thuốc miễn phí cho 500 người dân.",
    # an occasion of its own between the partners and the gifts: the exhibition
    "Ngày 3/5, Bảo tàng tỉnh Nam Định phối hợp với Bảo tàng tỉnh Quảng Ngãi khai mạc triển lãm ảnh và trao tặng "
    "sách cho thư viện tỉnh.",
])
def test_guards_one_province_or_an_occasion_of_its_own_is_no_trip(lead):
    assert _type("", lead) != "visit"


@pytest.mark.parametrize("clause, verb", [
    ("hoi chu thap do tinh a phoi hop voi hoi chu thap do huyen b trao tang 20 con bo", "trao tang"),
    ("phuong a phoi hop voi xa b to chuc chuong trinh “tet” de cham lo cho nguoi dan", "cham lo"),
    ("doan da cung voi hoi quan 5, don vi ket nghia voi huyen b, cung tham gia kham chua benh", "kham chua benh"),
])
def test_joint_aid_finds_the_verb(clause, verb):
    found = joint_aid(clause)
    assert found is not None and found[2] == verb


@pytest.mark.parametrize("clause", [
    "tinh a phoi hop voi tinh b trao doi kinh nghiem",          # "trao đổi": no gift
    "tinh a phoi hop voi tinh b tang cuong hop tac",            # "tăng cường": no gift
    "tinh a phoi hop voi tinh b trao bang khen cho cac tap the",  # an honour conferred
    "tinh a phoi hop voi tinh b to chuc le trao tang nha",      # a rite of its own
    "tinh a trao tang 20 con bo cho ho ngheo",                  # one side alone
])
def test_joint_aid_guards(clause):
    assert joint_aid(fold(clause)) is None


# --- "chuyến về nguồn": the trip back to the roots, as "hành trình / hoạt động về nguồn" (type_words, rank 7)
@pytest.mark.parametrize("lead", [
    "Ngày 20/7/2024, Hội Cựu chiến binh huyện Hóc Môn phối hợp với Huyện đoàn Hóc Môn thực hiện chuyến về nguồn, "
    "viếng nghĩa trang liệt sĩ tỉnh Long An và tổ chức giao lưu với Hội Cựu chiến binh tỉnh Long An.",
    "Ngày 2/9/2024, Hội Phụ nữ tỉnh Bến Tre có chuyến về nguồn tại tỉnh Tây Ninh.",
])
def test_a_trip_back_to_the_roots_is_a_visit(lead):
    assert _type("", lead) == "visit"


@pytest.mark.parametrize("lead", [
    # resources ("nguồn vốn") are no trip; an exchange held at home stays the exchange
    "Ngày 20/7/2024, tỉnh Long An và tỉnh Tây Ninh tổ chức hội thảo về nguồn vốn cho hợp tác xã.",
    "Ngày 20/7/2024, Huyện đoàn Hóc Môn tổ chức giao lưu với Huyện đoàn Đức Hòa (Long An) tại nhà văn hóa huyện.",
])
def test_guards_resources_or_an_exchange_at_home_are_no_trip(lead):
    assert _type("", lead) != "visit"


@pytest.mark.parametrize("lead", [
    "Ngày 5/8/2024, Huyện đoàn Bình Chánh tổ chức chương trình về nguồn tại tỉnh Bến Tre.",
    "Ngày 5/8/2024, Hội Phụ nữ tỉnh Thái Bình tổ chức đợt về nguồn tại tỉnh Ninh Bình.",
    "Ngày 5/8/2024, Huyện đoàn Bình Chánh tổ chức hành quân về nguồn đến tỉnh Bến Tre.",
])
def test_the_trip_back_to_the_roots_by_its_other_nouns(lead):
    assert _type("", lead) == "visit"


def test_a_programme_about_resources_is_no_trip_back_to_the_roots():
    assert _type("", "Ngày 5/8/2024, tỉnh Thái Bình và tỉnh Ninh Bình triển khai chương trình về nguồn vốn cho hợp "
                     "tác xã tại tỉnh Ninh Bình.") != "visit"
