"""Round 23 review (review23): misfires of the round's type rules, shown with sentences written for this test (no
page's own words), and the shapes the rules were written for, kept (docs/accuracy.md, "review23").
"""

from __future__ import annotations

import pytest

from extract_support import headed_type as _type


_HEAD = "Hai địa phương tăng cường hợp tác"


# --- type_aid_trips: a delegation that travels to hand over aid is its visit; these tell no trip, or an honour.
@pytest.mark.parametrize("lead", [
    # a time after "vào" (no travel)
    "Ngày 9/10, đoàn công tác tỉnh Thái Bình vào dịp này trao 3 tỷ đồng ủng hộ tỉnh Yên Bái khắc phục hậu quả bão.",
    "Ngày 9/10, đoàn công tác tỉnh Thái Bình vào sáng cùng ngày trao 3 tỷ đồng ủng hộ tỉnh Yên Bái khắc phục bão.",
    # "ra" that issues a decision
    "Ngày 9/10, đoàn công tác tỉnh Thái Bình ra quyết định trao 3 tỷ đồng ủng hộ tỉnh Yên Bái khắc phục hậu quả bão.",
    # money sent, no trip
    "Ngày 9/10, đoàn công tác tỉnh Thái Bình đã chuyển đến tỉnh Yên Bái 3 tỷ đồng ủng hộ khắc phục hậu quả bão.",
    # an honour conferred: the award's ceremony (the rows "trao huân chương", "trao phần thưởng")
    "Ngày 9/10, đoàn công tác tỉnh Thái Bình đã đến tỉnh Yên Bái trao Huân chương Lao động cho Sở Xây dựng tỉnh.",
    "Ngày 9/10, đoàn đại biểu tỉnh Thái Bình đã đến tỉnh Yên Bái trao các phần thưởng cho tập thể, cá nhân của tỉnh.",
])
def test_no_aid_trip_without_the_delegations_travel(lead):
    assert _type(_HEAD, lead) == "other"


@pytest.mark.parametrize("lead", [
    "Ngày 9/10, đoàn công tác tỉnh Thái Bình đã đến tỉnh Yên Bái trao 3 tỷ đồng ủng hộ khắc phục hậu quả bão.",
    "Ngày 9/10, đoàn cán bộ tỉnh Thái Bình đã sang tỉnh Hủa Phăn (Lào) trao học bổng cho học sinh nghèo.",
])
def test_the_aid_trip_itself_stays_a_visit(lead):
    assert _type(_HEAD, lead) == "visit"


# --- type_congress_guest: a guest from a twin locality at the partner's own congress over its days is a visit; a
# congress of several localities together, or sports games named "Đại hội", is no body's own congress.
@pytest.mark.parametrize("lead", [
    "Trong 2 ngày 9 và 10/9, tỉnh Kon Tum và tỉnh Attapeu tham dự Đại hội Hữu nghị nhân dân các tỉnh biên giới "
    "lần thứ III.",
    "Trong 2 ngày 9 và 10/9, Đoàn vận động viên tỉnh Phú Yên tham dự Đại hội Thể dục thể thao tỉnh Khánh Hòa lần "
    "thứ X.",
])
def test_no_guest_at_a_congress_of_several_localities_or_at_games(lead):
    assert _type(_HEAD, lead) != "visit"


def test_a_guest_at_the_partners_own_congress_stays_a_visit():
    lead = ("Trong 2 ngày 9 và 10/9, Đoàn đại biểu tỉnh Kon Tum do ông Lê Văn Hòa dẫn đầu tham dự Đại hội Đảng bộ "
            "tỉnh Attapeu lần thứ XI, nhiệm kỳ 2025-2030.")
    assert _type(_HEAD, lead) == "visit"


# --- event_type's "nhân dự <a meeting>" (type23b): the reason written without "dịp", read where it stands, not any
# "nhận" of the clause ("tiếp nhận dự án …, và dự hội nghị" kept the meeting before it).
def test_receiving_a_project_is_no_nhan_du_reason():
    lead = ("Ngày 14/4, tỉnh Hưng Yên ký kết với tỉnh Hải Dương, tiếp nhận dự án hỗ trợ và dự hội nghị xúc tiến "
            "đầu tư.")
    assert _type(_HEAD, lead) == "conference"


def test_nhan_du_a_meeting_stays_the_reason():
    lead = ("Ngày 14/4, nhân dự Hội nghị xúc tiến đầu tư vùng Đồng bằng sông Hồng, Chủ tịch UBND tỉnh Hưng Yên đã "
            "tiếp đoàn tỉnh Hải Dương.")
    assert _type(_HEAD, lead) == "visit"
