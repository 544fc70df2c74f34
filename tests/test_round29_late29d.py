"""Round 29 (late29d): a get-together named after "buổi"/"tổ chức" for an anniversary is the celebration, and
leaders that "bàn thảo" / "bàn bạc" together hold talks (docs/accuracy.md, "Round 29: late29d"; the rows of
core/extract/type_words.py). Sentences written for this test (no page's own words)."""

from __future__ import annotations

import pytest

from extract_support import headed_type as _type


# --- "buổi họp mặt kỷ niệm …", "cuộc họp mặt kỷ niệm …", "tổ chức họp mặt kỷ niệm …": the row "họp mặt kỷ niệm" (the anniversary's
# celebration, 'other') was hidden by the longer "buổi họp mặt" / "cuộc họp mặt" / "tổ chức họp" (a meeting) that start before it
@pytest.mark.parametrize("lead", [
    "Tối 12/5, tại Nhà văn hóa tỉnh, UBND tỉnh Lào Cai tổ chức buổi họp mặt kỷ niệm 20 năm quan hệ hữu nghị giữa "
    "tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc).",
    "Sáng 12/5, UBND huyện Mường Khương tổ chức họp mặt kỷ niệm 10 năm kết nghĩa với huyện Hà Khẩu (Trung Quốc).",
    "Chiều 12/5, tại huyện Quan Sơn đã diễn ra cuộc họp mặt kỷ niệm 15 năm kết nghĩa giữa huyện Quan Sơn và huyện "
    "Viêng Xay (Lào).",
])
def test_a_gathering_held_for_an_anniversary_is_the_celebration(lead):
    assert _type("Kỷ niệm quan hệ hữu nghị hai địa phương", lead) == "other"


@pytest.mark.parametrize("lead, want", [
    # a get-together with no anniversary stays a meeting
    ("Tối 12/5, UBND tỉnh Lào Cai tổ chức buổi họp mặt thân mật với đoàn đại biểu tỉnh Vân Nam (Trung Quốc).",
     "conference"),
    # "tổ chức họp" before anything but "mặt kỷ niệm" stays the meeting
    ("Sáng 12/5, hai tỉnh Lào Cai và Vân Nam (Trung Quốc) tổ chức họp trao đổi về quản lý cửa khẩu.", "conference"),
    # a delegation that comes to attend the anniversary's get-together is on its visit
    ("Ngày 12/5, đoàn đại biểu tỉnh Vân Nam (Trung Quốc) do ông Lý Minh dẫn đầu đã đến thăm và làm việc tại tỉnh "
     "Lào Cai.", "visit"),
])
def test_guards_a_gathering_with_no_anniversary(lead, want):
    assert _type("Lào Cai và Vân Nam", lead) == want


# --- "bàn thảo" / "bàn bạc" (to discuss together): the talks, when nothing else is named (rank 8, as "đối thoại")
@pytest.mark.parametrize("lead", [
    "Ngày 15/4, lãnh đạo 4 tỉnh Sơn La, Điện Biên, Lai Châu và Lào Cai đã bàn thảo về dự án đường cao tốc nối các "
    "tỉnh.",
    "Sáng 15/4, lãnh đạo hai tỉnh Bắc Kạn và Cao Bằng cùng bàn bạc về tuyến đường nối hai tỉnh.",
])
def test_leaders_that_discuss_together_hold_talks(lead):
    assert _type("Bốn tỉnh cùng làm đường", lead) == "conference"


@pytest.mark.parametrize("lead, want", [
    # a manuscript ("bản thảo") is no talks
    ("Ngày 15/4, Hội Văn học nghệ thuật tỉnh Sơn La tặng bản thảo sách về tình hữu nghị cho tỉnh Hủa Phăn (Lào).",
     "other"),
    # a signing told with the discussion stays the signing
    ("Ngày 15/4, sau khi bàn thảo, lãnh đạo hai tỉnh Bắc Kạn và Cao Bằng đã ký kết thỏa thuận hợp tác.", "signing"),
])
def test_guards_no_discussion_or_a_stronger_occasion(lead, want):
    assert _type("Hai tỉnh và tuyến đường", lead) == want


# --- a host that receives ("tiếp") a guest who is on a trip to attend an occasion: the reception, a visit
# (core/extract/type_guest_trip.py); the occasion named after "đang có chuyến thăm", "sang dự" is why the guest came
@pytest.mark.parametrize("lead", [
    "Chiều 10/2, tại tỉnh Lạng Sơn, Chủ tịch nước đã tiếp ông Lý Minh, Bí thư tỉnh Vân Nam (Trung Quốc), đang có "
    "chuyến thăm Việt Nam, tham dự Hội nghị gặp gỡ đầu xuân với Bí thư các tỉnh biên giới.",
    "Sáng 5/3, Chủ tịch UBND tỉnh Lạng Sơn tiếp đoàn đại biểu tỉnh Quảng Tây (Trung Quốc) sang dự Hội nghị hợp tác "
    "kinh tế hành lang.",
])
def test_a_reception_of_a_guest_who_came_to_attend_is_the_visit(lead):
    assert _type("Lạng Sơn và tỉnh bạn", lead) == "visit"


@pytest.mark.parametrize("lead, want", [
    # talks held with the guest before the guest's trip is told: the talks
    ("Chiều 10/2, Bí thư Tỉnh ủy Lạng Sơn đã tiếp và hội đàm với ông Lý Minh, Bí thư tỉnh Vân Nam (Trung Quốc), đang "
     "có chuyến thăm tỉnh Lạng Sơn.", "conference"),
    # a working session with the delegation, no reception: the README's conference
    ("Sáng 5/3, lãnh đạo tỉnh Lạng Sơn đã có buổi làm việc với đoàn đại biểu tỉnh Quảng Tây (Trung Quốc) sang dự "
     "Hội nghị hợp tác kinh tế hành lang.", "conference"),
    # the host's own meeting in a clause of its own after the guest's trip
    ("Chiều 10/2, Chủ tịch UBND tỉnh Lạng Sơn tiếp ông Lý Minh đang có chuyến thăm tỉnh; hai bên đã ký kết biên bản "
     "ghi nhớ hợp tác.", "signing"),
])
def test_guards_talks_a_session_or_a_clause_of_its_own(lead, want):
    assert _type("Lạng Sơn và tỉnh bạn", lead) == want


# --- a headline that tells delegations arriving at a place, on a page whose dated sentence names no occasion: their
# trip, a visit (core/extract/type_arrivals.py)
_SHIP = ("Tàu KN 290 rời cảng Cam Ranh với hơn 200 đại biểu.\n\n"
         "Sau hai ngày trên biển, đến 7 giờ sáng ngày 14 tháng 4, tàu thả neo ngoài khơi đảo Sinh Tồn.")


@pytest.mark.parametrize("head", [
    "Đến huyện đảo Trường Sa đợt này có các đoàn của tỉnh Bến Tre, tỉnh Long An và thành phố Cần Thơ",
    "Ra đảo Song Tử Tây lần này có 3 đoàn: tỉnh Bến Tre, tỉnh Long An và thành phố Cần Thơ",
])
def test_delegations_arriving_at_a_place_are_on_their_trip(head):
    assert _type(head, _SHIP) == "visit"


@pytest.mark.parametrize("head", [
    # a time after the verb: no place reached
    "Đến nay có các đoàn của tỉnh Bến Tre, tỉnh Long An đăng ký tham gia",
    # a youth union ("Đoàn Thanh niên") that reaches out to people: no delegation's trip
    "Đoàn Thanh niên tỉnh Bến Tre đến với ngư dân huyện đảo Trường Sa",
    # no arrival told
    "Những con tàu vượt sóng của tỉnh Bến Tre",
])
def test_guards_a_time_a_youth_union_or_no_arrival(head):
    assert _type(head, _SHIP) == "other"


def test_guard_a_delegation_that_is_the_headlines_subject_stays_its_visit():
    assert _type("Đoàn công tác tỉnh Bến Tre đã đến huyện đảo Trường Sa, tỉnh Khánh Hòa", _SHIP) == "visit"


# --- a dated sentence that names no occasion but is set at one right after its date ("Ngày 11/10, tại buổi gặp …,
# ông B cho biết …"): that occasion (core/extract/type_next_occasion.py, occasion_set_in)
@pytest.mark.parametrize("lead", [
    "Ngày 11/10, tại buổi gặp Phó Chủ tịch UBND TP. Hải Phòng, ông Lý Minh, Thống đốc tỉnh Quảng Tây, cho biết tỉnh "
    "mong muốn kết nối với các doanh nghiệp của thành phố.",
    "Ngày 11/10, tại buổi gặp, ông Lý Minh, Thống đốc tỉnh Quảng Tây (Trung Quốc), cho biết tỉnh mong muốn kết nối "
    "với các doanh nghiệp của thành phố Hải Phòng.",
])
def test_a_dated_sentence_set_at_a_meeting_with_a_host_is_the_visit(lead):
    assert _type("Hải Phòng muốn hợp tác với Quảng Tây về du lịch", lead) == "visit"


@pytest.mark.parametrize("lead", [
    # a place, no occasion: nothing named
    "Ngày 11/10, tại trụ sở UBND thành phố Hải Phòng, ông Lý Minh, Thống đốc tỉnh Quảng Tây, cho biết tỉnh mong "
    "muốn kết nối với các doanh nghiệp của thành phố.",
    # the occasion not right after the date: not the sentence's setting
    "Ngày 11/10, ông Lý Minh, Thống đốc tỉnh Quảng Tây, cho biết tỉnh mong muốn kết nối với doanh nghiệp thành phố "
    "Hải Phòng tại buổi gặp các nhà đầu tư của hai bên, nhiều dự án sẽ được giới thiệu.",
])
def test_guards_a_place_or_an_occasion_later_in_the_sentence(lead):
    assert _type("Hải Phòng muốn hợp tác với Quảng Tây về du lịch", lead) == "other"


# --- both sides that sign and announce what they set up ("ký kết và công bố thành lập …"): the signing (the rows of
# type_words), not one side's notice
@pytest.mark.parametrize("lead", [
    "Chiều 21/8, tỉnh Lào Cai và tỉnh Yên Bái ký kết và công bố thành lập Tổ điều phối quản lý lưu vực sông Chảy.",
    "Sáng 21/8, hai huyện Bảo Thắng và Văn Bàn đã ký và công bố Quy chế phối hợp quản lý khu vực giáp ranh.",
])
def test_both_sides_that_sign_and_announce_hold_the_signing(lead):
    assert _type("Hai địa phương cùng quản lý lưu vực sông", lead) == "signing"


@pytest.mark.parametrize("lead", [
    # one side's announcement, the verb first: the announcement
    "Chiều 21/8, UBND tỉnh Lào Cai công bố quyết định thành lập Tổ điều phối quản lý lưu vực sông Chảy với tỉnh "
    "Yên Bái.",
    "Chiều 21/8, UBND tỉnh Lào Cai công bố và trao quyết định thành lập Tổ điều phối lưu vực sông Chảy với tỉnh "
    "Yên Bái.",
])
def test_guards_one_sides_announcement(lead):
    assert _type("Hai địa phương cùng quản lý lưu vực sông", lead) == "announcement"
