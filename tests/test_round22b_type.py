"""Round 22 (type22b): type shapes of the late sets' misses (docs/accuracy.md, "type22b").
Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest

from extract_support import headed_type as _type


# --- a "về nguồn" trip (a journey back to the roots) a body organises to a partner province: the delegation's
# trip, a visit, as "hành trình về nguồn" (type22) and "chuyến công tác".
@pytest.mark.parametrize("head, lead", [
    ("Cán bộ Đoàn tỉnh Bến Tre về nguồn tại Đồng Tháp",
     "Ngày 12/5, Tỉnh đoàn Bến Tre tổ chức hoạt động về nguồn tại tỉnh Đồng Tháp nhân kỷ niệm ngày thành lập "
     "Đoàn, với sự tham gia của 40 cán bộ."),
    ("Hội Cựu chiến binh huyện Cai Lậy thăm Long An",
     "Ngày 3/4, Hội Cựu chiến binh huyện Cai Lậy có chuyến về nguồn tại tỉnh Long An, dâng hương tại khu di tích."),
])
def test_a_trip_back_to_the_roots_is_a_visit(head, lead):
    assert _type(head, lead) == "visit"


@pytest.mark.parametrize("head, lead", [
    # "bảo vệ nguồn nước" folds to "... ve nguon ...": no trip
    ("Hai tỉnh Bến Tre và Trà Vinh phối hợp bảo vệ nguồn nước",
     "Ngày 12/5, hai tỉnh Bến Tre và Trà Vinh tổ chức hội nghị về hoạt động bảo vệ nguồn nước sông Cổ Chiên."),
    # money moved back to a budget ("chuyển về nguồn"): no trip
    ("Bến Tre và Trà Vinh ký kết hợp tác",
     "Ngày 12/5, tỉnh Bến Tre và tỉnh Trà Vinh ký kết thỏa thuận hợp tác; khoản kinh phí còn lại được chuyển về "
     "nguồn ngân sách."),
])
def test_a_source_that_is_no_trip(head, lead):
    assert _type(head, lead) != "visit"


# --- a gift told in the passive after the object, with the delegation named back bare ("cây … do đoàn công tác trao
# tặng"): a detail of the delegation's day, not its occasion; the lead's trip stays the visit (river23 01).
def test_a_gift_told_back_in_the_passive_is_no_occasion():
    lead = ("Tại công viên Hòa Bình, thành phố Tam Kỳ, đoàn công tác tỉnh Gifu (Nhật Bản) đã cùng lãnh đạo thành "
            "phố trồng 20 cây phong đỏ, là giống cây do đoàn công tác trao tặng thành phố Tam Kỳ.")
    assert _type("Tỉnh Gifu và thành phố Tam Kỳ", lead) == "visit"


@pytest.mark.parametrize("lead", [
    # the gift is the main verb: the delegation led by someone hands it over (to the city: round 40's gifts to people
    # in hardship, "cho hộ nghèo thành phố Tam Kỳ", are the delegation's trip, a visit -- type_aid_trips; below)
    "Ngày 5/3, đoàn công tác do ông Trần Văn Bình làm trưởng đoàn trao tặng 200 suất quà cho thành phố Tam Kỳ.",
    # aid received, its giver named with its province
    "Ngày 5/3, thành phố Tam Kỳ tiếp nhận 30 tấn gạo do đoàn công tác tỉnh Gifu trao tặng.",
])
def test_a_gift_that_is_the_occasion_stays(lead):
    assert _type("Tỉnh Gifu và thành phố Tam Kỳ", lead) == "other"


def test_a_led_delegations_gifts_to_people_in_hardship_are_its_trip():
    # (round 40, late40a: this sentence was the first case above, 'other' as the output of its day; the gift is still
    # read, not blanked by the passive's guard, and a delegation's gifts to the poor are handed where they live)
    lead = ("Ngày 5/3, đoàn công tác do ông Trần Văn Bình làm trưởng đoàn trao tặng 200 suất quà cho hộ nghèo thành "
            "phố Tam Kỳ.")
    assert _type("Tỉnh Gifu và thành phố Tam Kỳ", lead) == "visit"


# --- a rally ("Lễ mít tinh", also spelt "mitting") a delegation attends on one day: the rally, 'other', as "Lễ kỷ niệm"
# and "mít tinh kỷ niệm" (a ceremony attended on one day stays that ceremony; highland23 02).
@pytest.mark.parametrize("head, lead", [
    ("Đoàn đại biểu tỉnh Gia Lai dự Lễ mít tinh tại tỉnh Attapeu (Lào)",
     "Sáng 12/7, Lễ mít tinh chào mừng 60 năm quan hệ ngoại giao có Đoàn đại biểu tỉnh Gia Lai cùng đông đảo "
     "cán bộ, nhân dân tỉnh Attapeu."),
    ("Đoàn đại biểu tỉnh Gia Lai dự Mitting tại tỉnh Attapeu (Lào)",
     "Sáng 12/7, tại tỉnh Attapeu diễn ra Lễ mitting chào mừng 60 năm quan hệ ngoại giao với sự tham dự của "
     "Đoàn đại biểu tỉnh Gia Lai."),
])
def test_a_rally_attended_is_the_rally(head, lead):
    assert _type(head, lead) == "other"
