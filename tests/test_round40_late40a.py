"""Round 40 (late40a): misses of a youth-union set read at first sight, fixed as general shapes, and the
counter-shapes of the splits the project decided the other way (docs/accuracy.md, "Round 40: late40a").
Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_aid_trips import NEEDY_GIFT_EXAMPLES, gives_to_people_in_need
from hoptac.core.extract.year_cues import find_year_cues
from hoptac.core.text import fold

from extract_support import main_event, main_or_none, other_dates


def _type(page: str) -> str:
    return main_event(page)["type"]


# --- 1. a recent occasion told "vừa phối hợp (với …) tổ chức": the stamp's year (early in a month, its year only)

STAMPED = ("Tuổi trẻ quận A mang quà tới vùng lũ\n\n"
           "{stamp}        412\n\n"
           "Quận đoàn A (thành phố Hà Nội) {verb} với các đơn vị tổ chức chương trình tình nguyện "
           "tại huyện Kỳ Anh (Hà Tĩnh).\n\n"
           "Đoàn đã trao nhiều phần quà cho bà con trong huyện.\n")


def test_a_recent_joint_programme_takes_the_stamps_year_early_in_a_month():
    main = main_event(STAMPED.format(stamp="09:30 02/12/2021", verb="vừa phối hợp"))
    assert main["date"] == "2021"


def test_a_recent_joint_programme_takes_the_stamps_month_later_in_a_month():
    main = main_event(STAMPED.format(stamp="09:30 16/11/2021", verb="vừa phối hợp"))
    assert main["date"] == "2021-11"


def test_a_joint_programme_not_told_as_recent_takes_nothing_from_a_stamp_early_in_a_month():
    # counter-shape (passes before and after): no "vừa", early in the month: no guess
    main = main_or_none(STAMPED.format(stamp="09:30 02/12/2021", verb="đã phối hợp"))
    assert main is None or not main["date"]


# --- 2. a volunteer programme a unit organises: its trip, a visit

@pytest.mark.parametrize("lead", [
    "Ngày 5/7/2023, Thành đoàn A tổ chức chương trình tình nguyện tại xã Hương Sơn, tỉnh Hà Tĩnh.",
    "Từ ngày 5 đến 8/7/2023, Tỉnh đoàn Quảng Nam tổ chức chương trình tình nguyện giúp đỡ người dân tỉnh Sê Kông (Lào).",
])
def test_a_volunteer_programme_organised_is_a_visit(lead):
    assert _type("Tình nguyện hè\n\n" + lead + "\n") == "visit"


@pytest.mark.parametrize("lead, kind", [
    # a review of the programme stays the meeting
    ("Ngày 5/9/2023, Thành đoàn A tổng kết chương trình tình nguyện hè tại hội trường thành phố.", "conference"),
    # a programme both sides organise together: no one side's trip (as a35's joint handover rite)
    ("Ngày 5/7/2023, Đoàn Thanh niên hai tỉnh tổ chức chương trình tình nguyện tại huyện Mường Lát.", "other"),
    ("Ngày 5/7/2023, Tỉnh đoàn A và Tỉnh đoàn B cùng hai huyện tổ chức chương trình tình nguyện tại xã C.", "other"),
    # a signing that plans one stays the signing
    ("Ngày 5/9/2023, Thành đoàn A và Tỉnh đoàn B ký kết chương trình phối hợp, trong đó có tổ chức chương trình "
     "tình nguyện tại hai địa phương.", "signing"),
])
def test_a_volunteer_programme_beside_another_occasion_keeps_that_occasion(lead, kind):
    assert _type("Tuổi trẻ hai tỉnh\n\n" + lead + "\n") == kind


# --- 3. a delegation that gives to people in hardship: where they live, a visit

@pytest.mark.parametrize("example", NEEDY_GIFT_EXAMPLES)
def test_the_needy_gift_examples_are_read(example):
    assert gives_to_people_in_need(fold(example)) is not None


@pytest.mark.parametrize("lead", [
    "Chiều 12/9/2019, tại nhà văn hóa xã C, thành phố Viêng Chăn (Lào), đoàn công tác Hội Phụ nữ tỉnh Nghệ An đã "
    "tổ chức tặng quà cho phụ nữ và trẻ em nghèo của xã.",
    "Sáng 3/2/2020, đoàn đại biểu huyện Đông Anh trao 200 phần quà Tết tới các gia đình có hoàn cảnh khó khăn ở "
    "huyện Mê Linh.",
])
def test_a_delegation_giving_to_people_in_hardship_is_a_visit(lead):
    assert _type("Quà cho người nghèo\n\n" + lead + "\n") == "visit"


@pytest.mark.parametrize("lead", [
    # aid handed to the partner's authority at a border gate (the corpus's b13 shape): a handover, 'other'
    "Sáng 27/8/2021, tại Cửa khẩu quốc tế Tịnh Biên, đoàn công tác tỉnh An Giang đã trao tặng gạo và vật tư y tế "
    "cho Ủy ban Mặt trận tỉnh Takeo (Campuchia).",
    # gifts to people in need, but handed over at a border gate: no trip told
    "Sáng 27/8/2021, tại cửa khẩu Tịnh Biên, đoàn công tác tỉnh An Giang đã tặng quà cho hộ nghèo tỉnh Takeo "
    "(Campuchia).",
    # a rite of handover in the partner's place (the corpus's a35 shape): the rite
    "Sáng 13/8/2015, tại tỉnh Luông Nậm Thà (Lào), hai tỉnh phối hợp tổ chức lễ bàn giao trường học do tỉnh Vĩnh "
    "Phúc xây dựng.",
    # a giver's own inauguration and handover of a work (youth40 03's shape; a35): the rite
    "Ngày 9/10/2021, Tỉnh đoàn Tuyên Quang tổ chức lễ khánh thành bàn giao công trình sân chơi cho trường tiểu học "
    "xã Ngũ Phụng, huyện Phú Quý, tỉnh Bình Thuận.",
])
def test_handovers_and_aid_with_no_trip_stay_other(lead):
    assert _type("Trao quà\n\n" + lead + "\n") == "other"


@pytest.mark.parametrize("clause", [
    # a host receives what a delegation gives: the host's occasion
    "sang 5/3, huyen b tiep nhan 200 phan qua do doan cong tac tinh a trao cho ho ngheo",
    # a work built and handed over: the handover
    "ngay 12/3/2024, doan cong tac huyen a trao nha dai doan ket cho ho ngheo huyen b",
    # an honour conferred
    "doan cong tac tinh a trao bang khen cho gia dinh chinh sach",
    # no delegation: a body gives at home
    "hoi chu thap do tinh a trao qua cho ho ngheo trong tinh",
])
def test_no_gift_trip_read(clause):
    assert gives_to_people_in_need(clause) is None


# --- 4. "sơ kết N năm" of a period of N years with the next programme signed: the whole period, no interim review

REVIEW = ("Sáng 17.7, Hội Cựu chiến binh tỉnh A và Hội Cựu chiến binh tỉnh B tổ chức hội nghị sơ kết {n} "
          "thực hiện chương trình hợp tác giai đoạn {p} và ký kết chương trình hợp tác giai đoạn {q}.")


def test_a_review_of_every_year_of_the_period_is_no_interim_review():
    names = [c.name for c in find_year_cues(REVIEW.format(n="5 năm", p="2014-2018", q="2019-2023"))]
    assert "interim_before_plan" not in names
    assert "review_period" in names


@pytest.mark.parametrize("n, p, q, year", [
    ("3 năm", "2016-2020", "2021-2025", 2020),   # three of five years: an interim review
    ("", "2016-2021", "2022-2025", 2021),        # no years counted (round 27's shape)
    ("hai năm", "2016-2020", "2021-2025", 2020),
])
def test_an_interim_review_keeps_its_cue(n, p, q, year):
    text = REVIEW.format(n=n, p=p, q=q).replace("sơ kết  ", "sơ kết ")
    cues = {c.name: c.year for c in find_year_cues(text)}
    assert cues.get("interim_before_plan") == year


def test_a_stamped_whole_period_review_takes_the_stamps_year():
    page = ("Hội Cựu chiến binh hai tỉnh sơ kết chương trình hợp tác\n\n"
            "Cập nhật ngày: 17/07/2019 - 15:55\n\n"
            + REVIEW.format(n="5 năm", p="2014-2018", q="2019-2023") + "\n")
    assert main_event(page)["date"] == "2019-07-17"


# --- 5. the next edition of a yearly occasion told with its year: an other milestone

CAMP = ("Hội trại hữu nghị thanh niên hai tỉnh\n\n"
        "Từ ngày 10 đến ngày 12/5, tại tỉnh B đã diễn ra Hội trại giao lưu hữu nghị lần thứ 5 giữa thanh niên tỉnh A "
        "và thanh niên tỉnh B.\n"
        "Đây là hoạt động {often} giữa hai tỉnh.\n"
        "Hội trại lần thứ 6 {told} vào năm 2013 tại tỉnh A.\n")


def test_the_next_edition_is_an_other_milestone():
    assert "2013" in other_dates(CAMP.format(often="thường niên", told="sẽ được tổ chức"))


@pytest.mark.parametrize("often, told", [
    ("hai năm một lần", "sẽ được tổ chức"),   # not yearly: no next edition read
    ("thường niên", "đã được tổ chức"),      # told as done: no next edition
])
def test_no_next_edition_no_milestone(often, told):
    assert "2013" not in other_dates(CAMP.format(often=often, told=told))
