"""Round 21 (typeconv21): the type conventions of the corpus's golds, read shape by shape against every
labelled set (docs/accuracy.md, "typeconv21"). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest
from hoptac.core.extract.visit_or_session import host_works_with, session_weight
from hoptac.core.text import fold

from extract_support import main_or_none as _main


HEAD = "Mở rộng hợp tác giữa tỉnh Bến Tre và tỉnh Okayama (Nhật Bản)\n\n"


# --- 1. a host that receives AND works with a delegation holds a working session (corpus b18, b30, a16), whatever
# trip the guests are on; only a greeting makes it their visit
@pytest.mark.parametrize("lead", [
    # the guests' trip told after the leader: still the host's working session
    "Sáng 12/6, Phó Chủ tịch UBND tỉnh Bến Tre tiếp và làm việc với đoàn đại biểu Hội đồng tỉnh Okayama (Nhật Bản) "
    "do ông Tanaka Ichiro làm trưởng đoàn đến thăm và làm việc tại Bến Tre.",
    "Chiều 12/6, lãnh đạo tỉnh Bến Tre đã tiếp và làm việc với đoàn công tác tỉnh Okayama (Nhật Bản) đang có "
    "chuyến thăm và làm việc tại tỉnh.",
    # the delegation as the direct object, no "với"
    "Chiều 12/6, Chủ tịch UBND tỉnh Bến Tre đã tiếp và làm việc đoàn công tác tỉnh Okayama (Nhật Bản) do Phó "
    "Thống đốc làm trưởng đoàn.",
])
def test_a_host_receiving_and_working_with_guests_on_a_trip_holds_a_working_session(lead):
    assert _main(HEAD + lead + "\n")["type"] == "conference"


def test_the_host_weighs_no_trip_of_its_guests():
    clause = fold("đã tiếp và làm việc với đoàn tỉnh B đang thăm và làm việc tại tỉnh A")
    assert host_works_with(clause) and session_weight(clause, host=True)[0] < 0
    assert host_works_with(fold("đã tiếp và làm việc Đoàn công tác thành phố B"))
    assert not host_works_with(fold("đã tiếp và làm việc tại huyện C"))
    # a greeting still makes it the guests' visit
    assert session_weight(fold("đã tiếp và làm việc với đoàn tỉnh B đến chúc Tết"), host=True)[0] >= 0


@pytest.mark.parametrize("lead", [
    # a greeting keeps the reception the guests' visit
    "Chiều 12/6, Chủ tịch UBND tỉnh Bến Tre tiếp và làm việc với đoàn tỉnh Okayama (Nhật Bản) đến chào xã giao.",
    # the host's "tiếp" alone (corpus a33, b07)
    "Sáng 12/6, Phó Chủ tịch UBND tỉnh Bến Tre đã tiếp đoàn công tác tỉnh Okayama (Nhật Bản) đến thăm và làm việc "
    "tại Bến Tre.",
])
def test_a_greeting_or_a_plain_reception_stays_the_visit(lead):
    assert _main(HEAD + lead + "\n")["type"] == "visit"


# --- 2. a delegation's trip to ask after people and give gifts or aid is its visit (corpus a06 "thăm, tặng quà",
# b35 a Tết visit that hands over a symbolic sum; north20 06, sector21 01): the round-9 'aid' rows read it 'other'
@pytest.mark.parametrize("lead", [
    "Ngày 20.1, đoàn công tác của thành phố Cần Thơ do Phó Chủ tịch UBND thành phố làm trưởng đoàn đã đến thăm hỏi, "
    "động viên, tặng quà Tết cho các hộ nghèo, gia đình bị thiệt hại do lũ tại tỉnh Sóc Trăng.",
    "Sáng 20/1, lãnh đạo tỉnh Long An thăm hỏi, động viên, tặng quà người dân vùng sạt lở của tỉnh Tiền Giang.",
    "Chiều 20/1, đoàn đại biểu huyện Châu Thành đã đến thăm hỏi, trao quà cho đồng bào xã kết nghĩa của huyện "
    "Gò Quao, tỉnh Kiên Giang.",
    "Ngày 20/1, đoàn công tác tỉnh Bình Phước đã đến thăm hỏi, trao 2 tỉ đồng hỗ trợ người dân tỉnh Quảng Trị bị "
    "ảnh hưởng bão lũ.",
])
def test_a_trip_to_ask_after_people_with_gifts_is_the_visit(lead):
    assert _main("Nghĩa tình mùa Tết\n\n" + lead + "\n")["type"] == "visit"


@pytest.mark.parametrize("lead", [
    # aid handed over with no trip told stays 'other'
    "Ngày 20/1, thành phố Cần Thơ trao kinh phí hỗ trợ tỉnh Sóc Trăng khắc phục hậu quả lũ lụt.",
    "Ngày 20/1, Hội Chữ thập đỏ tỉnh Long An tặng quà người dân huyện Tân Hưng bị lũ lụt của tỉnh Đồng Tháp.",
])
def test_aid_handed_over_with_no_trip_stays_other(lead):
    assert _main("Nghĩa tình mùa Tết\n\n" + lead + "\n")["type"] == "other"


# --- 3. a meeting with the partner's side held to greet it on a National Day is a greeting, the visit (corpus a33:
# delegations that come "thăm và chúc mừng nhân dịp kỷ niệm … Quốc khánh"; commune21 04); round 12 read a mere
# meeting held for any commemoration as the celebration, 'other' (a twinning's anniversary still is: shapes19 11)
@pytest.mark.parametrize("lead", [
    "Chiều 30/9, tại cột mốc biên giới, Sở Ngoại vụ tỉnh Hà Giang đã gặp mặt, trao đổi thân tình với đại diện "
    "huyện Ma Lật Pha (Trung Quốc) nhân dịp kỷ niệm 75 năm Ngày thành lập nước Cộng hòa nhân dân Trung Hoa.",
    "Sáng 1/12, lãnh đạo huyện Mường Lát gặp mặt đoàn đại biểu huyện Viêng Xay (Lào) nhân dịp kỷ niệm 49 năm "
    "Quốc khánh nước bạn.",
])
def test_a_meeting_to_greet_a_partner_on_its_national_day_is_the_visit(lead):
    assert _main("Tăng cường tình hữu nghị biên giới\n\n" + lead + "\n")["type"] == "visit"


@pytest.mark.parametrize("lead, etype", [
    # a twinning's anniversary met for stays the celebration
    ("Ngày 9/3, đại diện thôn Tràng An đã gặp mặt đại diện thôn Vạn An (Trung Quốc) nhân dịp kỷ niệm 12 năm kết "
     "nghĩa.", "other"),
    # a celebration held at home, no partner met
    ("Nhân dịp kỷ niệm 49 năm Quốc khánh nước CHDCND Lào, tối 1/12, Trường Đại học Vinh tổ chức chương trình "
     "chào mừng cùng lưu học sinh tỉnh Bolikhamxay.", "other"),
    # talks held then stay talks
    ("Chiều 30/9, lãnh đạo tỉnh Hà Giang và đại diện huyện Ma Lật Pha (Trung Quốc) đã hội đàm về thông quan nhân "
     "dịp kỷ niệm Quốc khánh nước bạn.", "conference"),
])
def test_other_meetings_on_a_holiday_keep_their_type(lead, etype):
    assert _main("Tăng cường tình hữu nghị biên giới\n\n" + lead + "\n")["type"] == etype
