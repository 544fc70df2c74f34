"""Round 43 (late43c): the misses of ocop43 and drug43 read, their general shapes fixed. Sentences written for
these tests (never a page's)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.partner_study import QUOTED_NAME_EXAMPLE, words_before_venue

from extract_support import main_event

HEAD = "Hai huyện trao đổi kinh nghiệm\n\n"


def event_of(lead: str) -> dict:
    return main_event(HEAD + lead + "\n")


# --- quoted_name_one_word: a campaign's name in quotes between the study words and "tại X" -------------------

@pytest.mark.parametrize("lead", [
    "Ngày 13/10, đoàn công tác Ủy ban MTTQ huyện Phú Lộc (tỉnh Thừa Thiên Huế) đến học tập kinh nghiệm triển khai "
    "cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” tại huyện Thăng Bình.",
    "Ngày 13/10, đoàn công tác huyện Phú Lộc (tỉnh Thừa Thiên Huế) đến học tập kinh nghiệm triển khai phong trào "
    "\"Toàn dân đoàn kết xây dựng nông thôn mới\" tại huyện Thăng Bình.",
])
def test_a_quoted_name_before_the_host_of_a_study_trip_is_one_word(lead):
    assert sorted(event_of(lead)["pair"]) == ["Quảng Nam", "Thừa Thiên Huế"]


def test_the_words_before_a_venue_fold_each_quoted_name_to_one_word():
    at = QUOTED_NAME_EXAMPLE.index("tại huyện C")
    near = words_before_venue(QUOTED_NAME_EXAMPLE, at)
    assert near.endswith("hoc tap kinh nghiem trien khai cuoc van dong ten ")


# counter-shapes (pass before and after): no study words, or the plain study trip already read
@pytest.mark.parametrize("lead, pair", [
    ("Ngày 13/10, Ủy ban MTTQ huyện Phú Lộc (tỉnh Thừa Thiên Huế) tổ chức cuộc vận động “Toàn dân đoàn kết xây "
     "dựng nông thôn mới, đô thị văn minh” tại huyện Thăng Bình.", ["Thừa Thiên Huế"]),
    ("Ngày 13/10, đoàn công tác huyện Phú Lộc (tỉnh Thừa Thiên Huế) đến học tập kinh nghiệm xây dựng nông thôn mới "
     "tại huyện Thăng Bình.", ["Quảng Nam", "Thừa Thiên Huế"]),
])
def test_counter_shapes_of_the_quoted_name(lead, pair):
    assert sorted(event_of(lead)["pair"]) == pair


# --- resides: a person's address after "trú" is no partner (partner_residences) ---------------------------------

from hoptac.core.extract.partner_residences import RESIDES  # noqa: E402


@pytest.mark.parametrize("lead", [
    "Vào khoảng 17 giờ ngày 14.2, tại bản Na Khe (huyện Saybuly, tỉnh Savannakhet, Lào), lực lượng Bộ đội Biên "
    "phòng Quảng Trị phối hợp cơ quan chức năng nước bạn đã bắt giữ Somchai Keo (30 tuổi, trú bản Na Pho, huyện "
    "Sephangphay, tỉnh Khammuon, Lào).",
    "Ngày 14/2, Bộ đội Biên phòng Quảng Trị bắt giữ đối tượng Nguyễn Văn Hùng (30 tuổi, trú tại xã Hướng Lập, tỉnh "
    "Khammuon, Lào), bàn giao cho Công an tỉnh Savannakhet.",
])
def test_a_suspect_s_home_province_is_no_partner(lead):
    assert sorted(event_of(lead)["pair"]) == ["Quảng Trị", "Savannakhet"]


def test_the_resides_table_example_leaves_the_home_out():
    lead = "Ngày 14/2, " + RESIDES[0][2].replace("tỉnh A", "tỉnh Quảng Trị").replace("bản C", "bản Na Pho")
    assert "Khăm Muồn" not in event_of(lead)["pair"]


# counter-shapes (pass before and after): "trụ sở" is a seat, "quê" a home town that may be a side
@pytest.mark.parametrize("lead, pair", [
    ("Ngày 14/2, đoàn công tác tỉnh Quảng Trị đến làm việc tại trụ sở UBND tỉnh Khammuon (Lào).",
     ["Khăm Muồn", "Quảng Trị"]),
    ("Ngày 14/2, tỉnh Quảng Trị tổ chức lễ truy điệu liệt sĩ Nguyễn Văn Hùng, quê tỉnh Nghệ An, hy sinh tại tỉnh "
     "Khammuon (Lào).", ["Nghệ An", "Quảng Trị"]),
    ("Ngày 14/2, Đồn Biên phòng Lao Bảo (tỉnh Quảng Trị) bàn giao công dân Nguyễn Văn Hùng, trú tại tỉnh Nghệ An, "
     "cho Công an tỉnh Savannakhet (Lào).", ["Quảng Trị", "Savannakhet"]),
    ("Ngày 14/2, đoàn công tác tỉnh Quảng Trị đến làm việc, lưu trú tại tỉnh Savannakhet (Lào).",
     ["Quảng Trị", "Savannakhet"]),   # a delegation's lodging: the host
])
def test_counter_shapes_of_the_residence(lead, pair):
    assert sorted(event_of(lead)["pair"]) == pair


# --- until_from_now: "<occasion> diễn ra từ nay đến ngày D" ends the lead's occasion, never dates it -----------

from hoptac.core.extract.other_occasions import UNTIL_FROM_NOW  # noqa: E402

WEEK_HEAD = "Hai tỉnh kết nối tiêu thụ sản phẩm\n\n"


def week_event(text: str) -> dict:
    return main_event(WEEK_HEAD + text + "\n")


@pytest.mark.parametrize("text", [
    "Ngày 3/9, Sở Công Thương tỉnh Lâm Đồng phối hợp với Sở Công Thương TP Hồ Chí Minh tổ chức Tuần lễ sản phẩm "
    "OCOP tỉnh Lâm Đồng năm 2024 tại TP Hồ Chí Minh. Tuần lễ diễn ra từ nay đến ngày 9/9.",
    # told first, in a sapo before the dated lead
    "(ABC) - Tuần lễ diễn ra từ nay đến hết ngày 9/9 nhằm giới thiệu sản phẩm của tỉnh Lâm Đồng tại TP Hồ Chí Minh.\n"
    "Ngày 3/9, Sở Công Thương tỉnh Lâm Đồng phối hợp với Sở Công Thương TP Hồ Chí Minh tổ chức Tuần lễ sản phẩm "
    "OCOP tỉnh Lâm Đồng năm 2024.",
])
def test_a_week_running_from_now_ends_on_its_day(text):
    ev = week_event(text)
    assert (ev["date"], ev.get("date_end")) == ("2024-09-03", "2024-09-09")


def test_the_until_from_now_table_example():
    ev = week_event(UNTIL_FROM_NOW[1].replace("hai tỉnh", "tỉnh Lâm Đồng và TP Hồ Chí Minh")
                    .replace("OCOP.", "OCOP năm 2024."))
    assert (ev["date"], ev.get("date_end")) == ("2024-09-03", "2024-09-09")


# counter-shapes (pass before and after): an opening's evening, a deadline for others, another occasion's span
@pytest.mark.parametrize("text, want", [
    ("Tối 3/9, tỉnh Lâm Đồng khai mạc Tuần lễ sản phẩm OCOP năm 2024 tại TP Hồ Chí Minh. Tuần lễ diễn ra từ nay "
     "đến ngày 9/9.", ("2024-09-03", None)),
    ("Ngày 3/9, Sở Công Thương tỉnh Lâm Đồng phối hợp với TP Hồ Chí Minh tổ chức Tuần lễ sản phẩm OCOP năm 2024. "
     "Hội chợ nông sản diễn ra từ nay đến ngày 9/9.", ("2024-09-03", None)),
    ("Ngày 3/9, tỉnh Lâm Đồng và TP Hồ Chí Minh ký kết chương trình hợp tác năm 2024. Các doanh nghiệp đăng ký "
     "gian hàng từ nay đến ngày 9/9.", ("--09-03", None)),
])
def test_counter_shapes_of_until_from_now(text, want):
    ev = week_event(text)
    assert (ev["date"], ev.get("date_end")) == want


# --- meeting_station: "Trạm hội ngộ hội đàm biên phòng" is a unit's name, no meeting (type_phrases) -------------

from hoptac.core.extract.type_phrases import MEETING_STATION  # noqa: E402


@pytest.mark.parametrize("text", [
    "Ngày 24/3, Đồn Biên phòng Thanh Thủy (tỉnh Hà Giang) phối hợp với Trạm hội ngộ hội đàm biên phòng khu vực "
    "Thiên Bảo (Vân Nam, Trung Quốc) tổ chức tuần tra song phương.",
    "Ngày 24/3, Đồn Biên phòng Thanh Thủy (tỉnh Hà Giang) và Trạm hội ngộ, hội đàm biên phòng Thiên Bảo (Vân Nam, "
    "Trung Quốc) tổ chức tuần tra chung.",
    "Ngày 24/3, " + MEETING_STATION[0][2].replace("Đồn Biên phòng A", "Đồn Biên phòng Thanh Thủy (tỉnh Hà Giang)")
    .replace("khu vực B (Trung Quốc)", "khu vực Thiên Bảo (Vân Nam, Trung Quốc)"),
])
def test_a_joint_patrol_with_a_meeting_station_is_the_patrol(text):
    assert week_event(text)["type"] == "other"


# counter-shapes (pass before and after): the meeting itself, and a checkpoint station as the venue of talks
@pytest.mark.parametrize("text", [
    "Ngày 24/3, Đồn Biên phòng Thanh Thủy (tỉnh Hà Giang) và Đồn biên phòng Thiên Bảo (Vân Nam, Trung Quốc) tổ chức "
    "hội ngộ, hội đàm tại cửa khẩu.",
    "Ngày 24/3, tại Trạm Kiểm soát biên phòng cửa khẩu Thanh Thủy (tỉnh Hà Giang), hai bên tổ chức hội đàm với Vân "
    "Nam (Trung Quốc).",
])
def test_counter_shapes_of_the_meeting_station(text):
    assert week_event(text)["type"] == "conference"
