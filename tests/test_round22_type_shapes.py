"""Round 22 (type22): type shapes of the misses left on main and of the leads read on unseen pages
(docs/accuracy.md, "type22"). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest

from extract_support import main_or_none as _main


HEAD = "Tình hữu nghị giữa hai tỉnh Quảng Bình và Khăm Muồn\n\n"


def _type(lead: str) -> str:
    return _main(HEAD + lead + "\n")["type"]


# --- 1. a rite of remembrance held by the two sides' delegations TOGETHER ("Đoàn đại biểu hai tỉnh A – B … đến
# đặt vòng hoa, dâng hương"): no guest is on a trip, the rite is the occasion, 'other' (sector21 07, types20 03).
# One side's delegation at a rite in the partner's land stays on its trip, a visit (holdout14, round 12's tests).
@pytest.mark.parametrize("lead", [
    "Sáng 14/9, nhân kỷ niệm 40 năm kết nghĩa, Đoàn đại biểu cấp cao hai tỉnh Quảng Bình – Khăm Muồn do ông Trần "
    "Văn An và ông Xổm Phết làm trưởng đoàn đã đến đặt vòng hoa, dâng hương tại Nghĩa trang liệt sĩ Ba Dốc.",
    "Chiều 14/9, lãnh đạo hai tỉnh Quảng Bình và Khăm Muồn đã dâng hương tưởng niệm các anh hùng liệt sĩ tại "
    "Đài tưởng niệm của tỉnh.",
    "Sáng 14/9, đoàn đại biểu hai huyện Minh Hóa và Bua La Pha đã dâng hoa, viếng Nghĩa trang liệt sĩ quân tình "
    "nguyện tại huyện Minh Hóa.",
])
def test_a_rite_held_by_both_sides_together_is_the_rite(lead):
    assert _type(lead) == "other"


@pytest.mark.parametrize("lead", [
    # one side's delegation at a rite in the partner's land: its trip
    "Sáng 14/9, đoàn đại biểu tỉnh Khăm Muồn do ông Xổm Phết làm trưởng đoàn đã đến dâng hương tại Nghĩa trang "
    "liệt sĩ tỉnh Quảng Bình.",
    # both sides named, but a visit named too
    "Sáng 14/9, đoàn đại biểu hai tỉnh Quảng Bình – Khăm Muồn đã đến thăm và dâng hương tại Khu di tích Ba Dốc.",
])
def test_one_sides_rite_or_a_visit_named_stays_the_visit(lead):
    assert _type(lead) == "visit"


# --- 2. a journey a unit organises to its twin over several days ("tổ chức hành trình '…' kết nghĩa với xã B",
# old21 06): a trip, its visit, as "tổ chức chuyến thăm"; the twinning it names takes a day
@pytest.mark.parametrize("lead", [
    "Từ ngày 5 đến 8/11/2024, Đảng ủy phường 9 tổ chức hành trình “Vì người nghèo biên giới” kết nghĩa với xã "
    "Tân Hòa, huyện Lộc Ninh, tỉnh Bình Phước.",
    "Từ ngày 5 đến 8/11/2024, Huyện đoàn A Lưới tổ chức hành trình về nguồn tại tỉnh Quảng Trị và giao lưu với "
    "Huyện đoàn Đakrông.",
])
def test_a_journey_over_several_days_is_a_visit(lead):
    assert _type(lead) == "visit"


def test_a_journey_told_as_years_is_no_trip():
    # "hành trình 30 năm" is the bond's history: the anniversary meeting stays what it is
    lead = ("Ngày 14/9/2024, hai huyện tổ chức gặp mặt kỷ niệm 30 năm kết nghĩa, nhìn lại hành trình 30 năm "
            "gắn bó giữa huyện Minh Hóa và huyện Bua La Pha.")
    assert _type(lead) == "other"


# --- 3. a ceremony seeing off the remains of fallen volunteers ("Lễ tiễn đưa hài cốt liệt sĩ"), held by the partner
# province: a rite for the fallen, 'other' as "lễ truy điệu", "lễ tiếp nhận"; the months of search told after it
# ("sau 6 tháng khảo sát, tìm kiếm") are no trip
def test_a_ceremony_seeing_off_remains_is_the_ceremony():
    lead = ("Ngày 20/5, tại tỉnh Khăm Muồn, chính quyền tỉnh bạn đã long trọng tổ chức lễ tiễn đưa 15 hài cốt liệt "
            "sĩ quân tình nguyện Việt Nam về nước, sau 5 tháng khảo sát, tìm kiếm, cất bốc của Đội quy tập tỉnh "
            "Quảng Bình.")
    assert _type(lead) == "other"


def test_a_delegation_seen_off_is_still_its_visit():
    # "lễ tiễn đoàn" (a delegation's farewell) stays its visit
    lead = ("Sáng 20/5, lãnh đạo tỉnh Quảng Bình dự lễ tiễn đoàn đại biểu tỉnh Khăm Muồn kết thúc chuyến thăm "
            "và làm việc tại tỉnh.")
    assert _type(lead) == "visit"


# --- 4. a party named by its bond, then the trip it makes ("Đoàn công tác Mặt trận huyện A kết nghĩa đến thăm, làm
# việc …", local22 01's lead): its visit, no twinning; a twinning told with its partner ("xã A kết nghĩa với xã B")
# stays a signing
def test_a_delegation_named_by_its_bond_on_a_trip_is_its_visit():
    assert _type("Sáng 5/4, Đoàn công tác Mặt trận huyện Minh Hóa kết nghĩa đến thăm và tặng quà các gia đình "
                 "chính sách huyện Bố Trạch.") == "visit"


def test_a_twinning_with_its_partner_stays_a_signing():
    assert _type("Sáng 5/4, xã Dân Hóa (huyện Minh Hóa) kết nghĩa với bản Na Phàu (huyện Bua La Pha) tại cửa "
                 "khẩu Cha Lo.") == "signing"


def test_one_side_going_to_two_districts_for_a_rite_is_no_joint_rite():
    # "hai huyện" is where one side goes, not who holds the rite
    assert _type("Sáng 14/9, đoàn công tác tỉnh Quảng Bình đến hai huyện biên giới của tỉnh Khăm Muồn dâng hương "
                 "tại Đài tưởng niệm liệt sĩ.") != "other"
