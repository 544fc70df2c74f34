"""Round 23 (type23b): type shapes found reading leads of real pages against the conventions (docs/accuracy.md,
"type23b"). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest

from extract_support import headed_type as _type


# --- a group's trip named by what it comes to do ("chuyến giao lưu", "chuyến tình nguyện", "chuyến học tập kinh
# nghiệm"): the group's trip, a visit, as "chuyến công tác" and "chuyến làm việc".
@pytest.mark.parametrize("head, lead", [
    ("Thanh niên tỉnh Gifu đến Quế Sơn",
     "Sáng 4/8, đoàn thanh niên tình nguyện tỉnh Gifu (Nhật Bản) đã đến xã Quế Xuân, huyện Quế Sơn, bắt đầu chuyến "
     "tình nguyện và giao lưu văn hóa kéo dài 6 ngày."),
    ("Học sinh thành phố Tam Kỳ sang Gwangju",
     "Ngày 12/10, 15 học sinh thành phố Tam Kỳ lên đường sang thành phố Gwangju (Hàn Quốc) cho chuyến giao lưu văn "
     "hóa với học sinh thành phố bạn."),
    ("Cán bộ huyện Đăk Hà học tập tại Lâm Đồng",
     "Ngày 20/6, đoàn cán bộ huyện Đăk Hà đã có chuyến học tập kinh nghiệm về phát triển du lịch cộng đồng tại "
     "huyện Lạc Dương, tỉnh Lâm Đồng."),
])
def test_a_trip_named_by_what_the_group_does_is_a_visit(head, lead):
    assert _type(head, lead) == "visit"


# --- a group ("đoàn thanh niên", "đoàn học sinh") that travels to a partner to take part in an exchange over
# several days: its trip, a visit, as a delegation that goes to attend its hosts' occasion (type_several_days).
@pytest.mark.parametrize("head, lead", [
    ("Thanh niên tỉnh Chungbuk giao lưu văn hóa tại Bình Định",
     "Từ ngày 5 đến 10/8, đoàn thanh niên tỉnh Chungbuk (Hàn Quốc) đến tỉnh Bình Định tham gia chương trình giao lưu "
     "văn hóa với thanh niên tỉnh bạn."),
    ("Học sinh Viêng Chăn giao lưu tại Hà Nội",
     "Trong các ngày 3 - 7/7, đoàn học sinh thủ đô Viêng Chăn (Lào) đã sang Hà Nội giao lưu văn hóa, thể thao với "
     "học sinh Thủ đô."),
])
def test_a_group_that_travels_to_an_exchange_over_several_days_is_a_visit(head, lead):
    assert _type(head, lead) == "visit"


# --- the framework the occasion is part of, opened by "Nằm trong chương trình …, ": a framing clause, as "Trong
# khuôn khổ …, ": its words name no occasion ("chương trình kết nghĩa" is the twinning's programme, no twinning).
def test_a_framework_opened_by_nam_trong_names_no_occasion():
    lead = ("Nằm trong chương trình kết nghĩa giữa tỉnh Chungbuk và tỉnh Bình Định, từ ngày 5 đến 10/8, đoàn thanh "
            "niên tỉnh Chungbuk đến tỉnh Bình Định tham gia chương trình giao lưu văn hóa.")
    assert _type("Thanh niên tỉnh Chungbuk giao lưu văn hóa tại Bình Định", lead) == "visit"


@pytest.mark.parametrize("head, lead, want", [
    # an exchange held at home on its days (no trip): the exchange
    ("Đêm giao lưu văn hóa hai tỉnh Bình Định và Chungbuk",
     "Từ ngày 5 đến 7/8, Tỉnh đoàn Bình Định tổ chức chương trình giao lưu văn hóa với thanh niên tỉnh Chungbuk tại "
     "thành phố Quy Nhơn.", "other"),
    # a twinning signed inside the framework's sentence stays a signing
    ("Hai xã Quế Xuân và Tam Thăng kết nghĩa",
     "Ngày 9/9, xã Quế Xuân và xã Tam Thăng đã ký kết chương trình kết nghĩa giai đoạn 2024 - 2029.", "signing"),
    # a twinning ceremony framed by an anniversary stays the ceremony
    ("Lễ kết nghĩa hai xã Quế Xuân và Tam Thăng",
     "Nằm trong chuỗi hoạt động kỷ niệm 50 năm ngày giải phóng, ngày 9/9, xã Quế Xuân tổ chức lễ kết nghĩa với xã "
     "Tam Thăng.", "signing"),
])
def test_the_shapes_the_new_rows_leave(head, lead, want):
    assert _type(head, lead) == want


# --- the framework told inside reported speech ("…, ông A cho biết: nằm trong chương trình kết nghĩa giữa …"): the
# twinning's programme names no twinning; the group's exchange over several days is its trip.
def test_a_twinning_programme_named_as_the_frame_is_no_twinning():
    lead = ("Tối 6/8, Tỉnh đoàn Bình Định tổ chức lễ đón đoàn. Bí thư Tỉnh đoàn cho biết: nằm trong chương trình kết "
            "nghĩa giữa tỉnh Chungbuk và tỉnh Bình Định, đoàn thanh niên tỉnh Chungbuk đến tham gia chương trình giao "
            "lưu văn hóa tại Bình Định từ ngày 6 đến 11/8.")
    assert _type("Thanh niên tỉnh Chungbuk giao lưu văn hóa tại Bình Định", lead) == "visit"


# --- an exchange of youth a delegation travels to over several days ("đã đến Việt Nam giao lưu thanh niên"): its trip
def test_a_youth_exchange_the_group_travels_to_is_a_visit():
    lead = ("Nằm trong chương trình kỷ niệm 75 năm quan hệ ngoại giao hai nước, từ ngày 14 đến 20/10, đoàn thanh niên "
            "tỉnh Vân Nam (Trung Quốc) đã sang Việt Nam giao lưu thanh niên hai tỉnh biên giới.")
    assert _type("Thanh niên Vân Nam giao lưu tại Lào Cai", lead) == "visit"


# --- "Tam Kỳ kết thúc" folds to "tam ky ket thuc": no 'ký kết' ("ký kết thúc đẩy hợp tác" keeps its signing)
@pytest.mark.parametrize("head, lead, want", [
    ("Học sinh thành phố Tam Kỳ về nước",
     "Ngày 12/10, đoàn học sinh thành phố Tam Kỳ kết thúc chuyến giao lưu tại thành phố Gwangju (Hàn Quốc).", "visit"),
    ("Tam Kỳ và Gwangju hợp tác",
     "Ngày 12/10, thành phố Tam Kỳ và thành phố Gwangju (Hàn Quốc) ký kết thúc đẩy hợp tác giáo dục.", "signing"),
])
def test_a_place_ending_in_ky_before_ket_thuc(head, lead, want):
    assert _type(head, lead) == want


# --- a delegation, the sentence's subject, that travels to the partner to hand over aid: its trip, a visit (as "đến
# thăm hỏi, tặng quà"); aid with no trip told, or received by the host from a delegation, stays 'other'.
@pytest.mark.parametrize("lead", [
    "Ngày 23/11, đoàn công tác thành phố Hải Phòng đã đến tỉnh Đắk Lắk trao kinh phí hỗ trợ khắc phục hậu quả mưa lũ.",
    "Sáng 5/10, đoàn cán bộ tỉnh Nghệ An do ông Trần Văn Bình dẫn đầu đã trực tiếp sang huyện Mường Mộc (Lào) trao "
    "tiền hỗ trợ người dân bị lũ.",
])
def test_a_delegation_that_travels_to_hand_over_aid_is_a_visit(lead):
    assert _type("Hải Phòng và Nghệ An hỗ trợ vùng lũ", lead) == "visit"


@pytest.mark.parametrize("lead", [
    # no trip told
    "Ngày 23/11, đoàn công tác thành phố Hải Phòng trao kinh phí hỗ trợ tỉnh Đắk Lắk khắc phục hậu quả mưa lũ.",
    # the host receives it
    "Ngày 23/11, tại trụ sở UBND tỉnh Đắk Lắk, lãnh đạo tỉnh tiếp nhận kinh phí hỗ trợ và 300 phần quà do đoàn công "
    "tác thành phố Hải Phòng đến trao tặng.",
    # the delegation travels to attend a handover rite
    "Ngày 23/11, đoàn công tác thành phố Hải Phòng đến dự lễ bàn giao nhà ở và trao kinh phí hỗ trợ tỉnh Đắk Lắk.",
])
def test_aid_with_no_trip_of_the_subject_stays_other(lead):
    assert _type("Hải Phòng hỗ trợ Đắk Lắk", lead) == "other"


# --- "nhân dự <a meeting>, A đã tiếp B" (the meeting the guest came for, written without "dịp"): the reason, as
# "nhân dịp dự …"; the reception is the occasion, a visit. A signing on that occasion stays the signing.
@pytest.mark.parametrize("lead, want", [
    ("Chiều 12/10, nhân dự Hội nghị xúc tiến đầu tư tại thành phố Cần Thơ, Chủ tịch UBND tỉnh Hậu Giang đã tiếp "
     "Thống đốc tỉnh Chiba (Nhật Bản).", "visit"),
    ("Chiều 12/10, nhân dự Hội nghị xúc tiến đầu tư tại thành phố Cần Thơ, tỉnh Hậu Giang và tỉnh Chiba (Nhật Bản) "
     "đã ký kết biên bản ghi nhớ hợp tác.", "signing"),
])
def test_a_reception_on_the_occasion_of_a_meeting_attended(lead, want):
    assert _type("Hậu Giang và Chiba", lead) == want
