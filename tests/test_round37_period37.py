"""Round 37 (period37): a period the occasion only carries out is not the occasion's year.

``plan_period`` gave a period's first year to an occasion in January-August whatever the verb; a period the
occasion only carries out ("nhằm triển khai thỏa thuận hợp tác … giai đoạn 2024 - 2027") may lie in any year of
the period, so it now gives no year in any month (``plan_carried.carried``, ``YearCue.carried``). A signing or an
adoption of the period keeps its first year, even told with "triển khai" in the same sentence; a conference named
by the verb ("Hội nghị triển khai …", a kick-off) too. A review that counts the years carried out ("đánh giá kết
quả năm đầu thực hiện …") is held after them (``plan_carried.years_carried``), not after the whole period.
Sentences written for these tests (docs/accuracy.md, "Round 37: period37").
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.plan_carried import carried, years_carried
from hoptac.core.text import fold

from extract_support import first_main as _main, known_year as _year

_HEAD = "Hai địa phương tăng cường hợp tác\n"


# -- a period only carried out: no year, whatever the month

_CARRIED = ("Sáng {day}, UBND tỉnh An Giang và UBND thành phố Cần Thơ tổ chức hội nghị nhằm triển khai thỏa thuận "
            "hợp tác toàn diện giai đoạn 2024 - 2027 giữa hai địa phương.\n")


@pytest.mark.parametrize("day", ["21/8", "21/3", "5/1"])
def test_a_period_carried_out_gives_the_occasion_no_year(day):
    text = _HEAD + _CARRIED.format(day=day)
    assert _year(text) is None
    assert _main(text)["date"] == "--" + "-".join(f"{int(x):02d}" for x in reversed(day.split("/")))


@pytest.mark.parametrize("clause", [
    "tổ chức hội nghị nhằm thực hiện chương trình hợp tác giai đoạn 2021 - 2025 giữa hai tỉnh",
    "tổ chức hội nghị để tiếp tục triển khai kế hoạch hợp tác giai đoạn 2021 - 2025",
    "đã hội đàm, nhất trí triển khai thỏa thuận hợp tác giai đoạn 2021 - 2025",
])
def test_each_carrying_verb_gives_no_year(clause):
    text = _HEAD + f"Sáng 12/5, lãnh đạo tỉnh Quảng Trị và tỉnh Savannakhet {clause}.\n"
    assert _year(text) is None


def test_a_named_year_decides_once_the_carried_period_no_longer_disagrees():
    # a lead with no day, the range in the next sentence beside the carried period (agri37 10's shape)
    text = ("Phiên chợ nông sản mở cửa tại Cần Thơ\nTại trung tâm hội chợ quận Ninh Kiều, UBND tỉnh An Giang cùng UBND "
            "thành phố Cần Thơ tổ chức khai mạc “Tuần hàng nông sản tỉnh An Giang tại Cần Thơ năm 2027”. Sự kiện diễn ra "
            "từ 21 đến 24/8 là hoạt động nhằm triển khai thỏa thuận hợp tác toàn diện giai đoạn 2024 - 2027 giữa hai "
            "địa phương.\n")
    assert _year(text) == 2027
    assert _main(text)["year_cue"]["kind"] == "quoted_name"


def test_a_carried_period_after_one_that_ended_is_no_handover():
    # handover_period reads "a period from Y on a page that tells another ending in Y" as signed at the handover
    text = _HEAD + ("Sáng 12/5, UBND tỉnh An Giang và UBND thành phố Cần Thơ tổ chức hội nghị nhằm triển khai thỏa "
                    "thuận hợp tác toàn diện giai đoạn 2025 - 2027 giữa hai địa phương. Hai bên đã hoàn thành chương "
                    "trình phối hợp giai đoạn 2022 - 2025 với nhiều kết quả.\n")
    assert _year(text) is None


def test_the_carried_period_stays_shown_as_a_cue():
    # (a plan carried out: the cue is kept and shown, and gives no year: plan_carried)
    from hoptac.core.extract.explain import explain_text
    text = _HEAD + ("Sáng 21/8, UBND tỉnh An Giang và UBND thành phố Cần Thơ tổ chức hội nghị để tiếp tục triển khai kế "
                    "hoạch hợp tác giai đoạn 2024 - 2027.\n")
    ex = explain_text(text)
    assert [(c["kind"], c["year"]) for c in ex.cues] == [("plan_period", 2024)]
    assert _year(text) is None


# -- counter-shapes: the period opened at the occasion keeps its first year

@pytest.mark.parametrize("clause", [
    "thảo luận, ký kết hợp tác giữa hai tỉnh giai đoạn 2024 - 2026",                             # a21's shape
    "đã ký kết thỏa thuận hợp tác giai đoạn 2024 - 2027 và thống nhất triển khai ngay các nội dung",
    "ký kết thỏa thuận hợp tác giai đoạn 2024 - 2027 nhằm triển khai các nội dung đã thống nhất",
    "đã ký kết kế hoạch triển khai thỏa thuận hợp tác giai đoạn 2024 - 2027",
    "thông qua kế hoạch triển khai thỏa thuận hợp tác giai đoạn 2024 - 2027",
    "tổ chức Hội nghị triển khai chương trình hợp tác giai đoạn 2024 - 2027",                     # a kick-off
])
def test_a_period_signed_or_launched_keeps_its_first_year(clause):
    text = _HEAD + f"Sáng 12/5, tỉnh Quảng Trị và tỉnh Savannakhet {clause}.\n"
    assert _year(text) == 2024


def test_a_signed_memorandum_whose_tasks_are_carried_out_keeps_its_period():
    text = _HEAD + ("Ngày 14/1, huyện Minh Hóa và huyện Nakai đã ký kết Biên bản ghi nhớ, thống nhất các nội dung "
                    "phối hợp, trao đổi thực hiện nhiệm vụ giai đoạn 2026 - 2027.\n")
    assert _year(text) == 2026


@pytest.mark.parametrize("sentence", [
    # a signing after the period, in its sentence (corpus b20's shape, written anew)
    "Đẩy nhanh triển khai các dự án giao thông kết nối vùng là một trong những nội dung của chương trình hợp tác "
    "giai đoạn 2025 - 2027 vừa được lãnh đạo hai tỉnh ký kết",
    # the period not the verb's object: a dash opens another clause
    "Hai bên đẩy nhanh triển khai các dự án giao thông – nội dung quan trọng trong chương trình hợp tác giai đoạn "
    "2025 - 2027 được ký kết tại buổi làm việc",
])
def test_a_carrying_verb_whose_object_is_not_the_period_keeps_the_signing(sentence):
    text = _HEAD + f"Sáng 16/5, lãnh đạo tỉnh Tây Ninh và tỉnh Bình Dương đã có buổi làm việc. {sentence}.\n"
    assert _year(text) == 2025


# -- a review counting the years carried out: held after them

_REVIEW = ("Sáng {day}, UBND tỉnh Quảng Trị và UBND tỉnh Savannakhet tổ chức hội nghị {words} thỏa thuận hợp tác "
           "giai đoạn 2024 - 2027.\n")


@pytest.mark.parametrize("words, day, want", [
    ("đánh giá kết quả năm đầu thực hiện", "15/3", 2025),
    ("sơ kết năm đầu triển khai", "15/3", 2025),
    ("đánh giá kết quả năm thứ nhất thực hiện", "15/3", 2025),
    ("tổng kết 2 năm thực hiện", "15/3", 2026),
    ("sơ kết 1 năm thực hiện", "15/3", 2025),           # round 16's interim row, unchanged
    ("đánh giá kết quả năm đầu thực hiện", "20/12", 2024),  # the review's own November-December shift
    ("tổng kết", "15/3", 2028),                          # no count: after the whole period, unchanged
])
def test_a_review_counting_years_carried_out_is_held_after_them(words, day, want):
    assert _year(_HEAD + _REVIEW.format(day=day, words=words)) == want


def test_a_count_beyond_the_period_is_no_count():
    text = _HEAD + _REVIEW.format(day="15/3", words="tổng kết 9 năm thực hiện")
    assert _year(text) == 2028


# -- the helpers

@pytest.mark.parametrize("words, before, after, want", [
    ("trien khai cac du an – noi dung cua chuong trinh hop tac giai doan 2024 - 2027", "", "", False),
    ("trien khai thoa thuan hop tac giai doan 2024 - 2027", "nham ", " vua duoc lanh dao hai tinh ky ket", False),
    ("trien khai thoa thuan hop tac giai doan 2024 - 2027", "nham ", " da ky ket nam 2024", True),
])
def test_carried_reads_the_rest_of_the_sentence(words, before, after, want):
    assert carried(words, before, after) is want


@pytest.mark.parametrize("words, before, want", [
    ("trien khai thoa thuan hop tac giai doan 2024 - 2027", "to chuc hoi nghi nham ", True),
    ("hoi nghi nham thuc hien chuong trinh hop tac giai doan 2021 - 2025", "", True),
    ("cu the hoa thoa thuan hop tac giai doan 2024 - 2027", "la buoc ", True),
    ("ky ket thoa thuan hop tac giai doan 2024 - 2027", "", False),
    ("trien khai thoa thuan hop tac giai doan 2024 - 2027", "da ky ket ke hoach ", False),
    ("trien khai thoa thuan hop tac giai doan 2024 - 2027", "to chuc hoi nghi ", False),
    ("thong nhat noi dung hop tac giai doan 2024 - 2027", "", False),
])
def test_carried(words, before, want):
    assert carried(words, before) is want


@pytest.mark.parametrize("words, want", [
    ("danh gia ket qua nam dau thuc hien thoa thuan ", 1), ("tong ket 3 nam trien khai ", 3),
    ("so ket nam dau tien thuc hien ", 1), ("danh gia ket qua thuc hien ", None), ("tong ket 0 nam thuc hien ", None),
])
def test_years_carried(words, want):
    assert years_carried(fold(words)) == want
