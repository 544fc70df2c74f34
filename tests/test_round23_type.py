"""Round 23 (type23): type shapes of the misses left on the read sets (docs/accuracy.md, "type23").
Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest

from extract_support import type_of_main as _type
from hoptac.core.extract.type_phrases import found
from hoptac.core.text import fold


# --- a meeting the headline opens with ("Giao ban …", "Hội đàm …", "Hội nghị …"), told again further down the page,
# within the delegation's trip the lead dates: the page reports the meeting (type_headline_meeting; uplands23 07).
@pytest.mark.parametrize("page", [
    # a regular meeting of two military commands, the trip over several days, the meeting in a caption and the body
    "Giao ban công tác quân sự, quốc phòng hai tỉnh Hà Giang và Phông Sa Lỳ\n\n"
    "Thực hiện kế hoạch hợp tác năm 2019. Từ ngày 12 đến ngày 15/5, Đoàn công tác Bộ CHQS tỉnh Hà Giang do Đại tá "
    "Lê Văn Hòa làm trưởng đoàn đã sang thăm và làm việc tại Bộ CHQS tỉnh Phông Sa Lỳ (Lào).\n"
    "Toàn cảnh Hội nghị\n"
    "Tiếp đoàn có lãnh đạo Bộ CHQS tỉnh Phông Sa Lỳ. Tham dự buổi hội đàm có đại diện các phòng của hai bên.\n",
    # talks named by the headline, the trip dated on one day, the talks two sentences down
    "Hội đàm giữa huyện Mường Nhé và huyện Mày (Lào)\n\n"
    "Ngày 20/3, đoàn đại biểu huyện Mày do ông Bun Thăm làm trưởng đoàn đã sang thăm và làm việc tại huyện Mường "
    "Nhé, tỉnh Điện Biên.\nĐón tiếp đoàn có lãnh đạo huyện Mường Nhé.\n"
    "Tại buổi hội đàm, hai bên đã thông báo tình hình của mỗi huyện.\n",
])
def test_a_meeting_the_headline_names_within_the_trip(page):
    assert _type(page) == "conference"


@pytest.mark.parametrize("page", [
    # the headline names the trip: the visit
    "Đoàn công tác Bộ CHQS tỉnh Hà Giang thăm và làm việc tại tỉnh Phông Sa Lỳ\n\n"
    "Từ ngày 12 đến ngày 15/5, Đoàn công tác Bộ CHQS tỉnh Hà Giang do Đại tá Lê Văn Hòa làm trưởng đoàn đã sang thăm "
    "và làm việc tại Bộ CHQS tỉnh Phông Sa Lỳ (Lào).\nTại buổi hội đàm, hai bên đã thông báo tình hình.\n",
    # a greeting trip stays the visit, whatever the headline says
    "Hội đàm giữa huyện Mường Nhé và huyện Mày (Lào)\n\n"
    "Ngày 20/1, đoàn đại biểu huyện Mày do ông Bun Thăm làm trưởng đoàn đã sang thăm, chúc Tết huyện Mường Nhé, "
    "tỉnh Điện Biên.\nTại buổi hội đàm, hai bên đã thông báo tình hình của mỗi huyện.\n",
    # the page never tells the meeting again: the trip the lead dates
    "Hội nghị hợp tác giữa tỉnh Hà Giang và tỉnh Phông Sa Lỳ\n\n"
    "Từ ngày 12 đến ngày 15/5, Đoàn công tác tỉnh Hà Giang do ông Lê Văn Hòa làm trưởng đoàn đã sang thăm và làm việc "
    "tại tỉnh Phông Sa Lỳ (Lào).\nĐoàn đã tham quan một số cơ sở sản xuất của tỉnh bạn.\n",
])
def test_a_trip_the_headline_names_no_meeting_of(page):
    assert _type(page) == "visit"


# --- a led delegation's friendly exchange with its hosts ("đã có buổi giao lưu, gặp mặt với đơn vị kết nghĩa …"), no
# agenda named: the delegation's visit (type_exchanges; commune21 01).
@pytest.mark.parametrize("lead", [
    "Sáng ngày 12/3, Đoàn lãnh đạo huyện Quế Phong do đồng chí Lê Văn Bình, Bí thư Huyện ủy làm trưởng đoàn đã có "
    "buổi giao lưu gặp mặt với đơn vị kết nghĩa huyện Thường Xuân (Thanh Hóa).",
    "Ngày 5/4, đoàn cán bộ xã Hòa Tiến do bà Trần Thị Mai dẫn đầu đã có buổi giao lưu, gặp gỡ thân mật với lãnh đạo "
    "xã Điện Hòa, tỉnh Quảng Nam.",
])
def test_a_delegations_exchange_with_its_hosts_is_its_visit(lead):
    assert _type(lead + "\nQuang cảnh buổi gặp mặt\n") == "visit"


@pytest.mark.parametrize("lead", [
    # an agenda named: a meeting
    "Ngày 5/4, đoàn công tác tỉnh Phú Yên do ông Lê Văn Bình dẫn đầu đã gặp gỡ, giao lưu, trao đổi với Thống đốc "
    "tỉnh Surat (Thái Lan).",
    # a delegation that meets another delegation: a meeting
    "Ngày 5/4, Đoàn đại biểu huyện Quế Phong do ông Lê Văn Bình làm trưởng đoàn đã có buổi giao lưu, gặp mặt với "
    "đoàn đại biểu huyện Thường Xuân (Thanh Hóa).",
])
def test_an_exchange_that_stays_a_meeting(lead):
    assert _type(lead + "\nQuang cảnh buổi gặp mặt\n") == "conference"


# --- a guest from the twin locality at the partner's own congress over its days: the guest's trip, a visit
# (type_congress_guest; coast23 01). A cooperation congress, or a province's official at its own district's, is no visit.
def test_a_guest_at_the_partners_own_congress_is_a_visit():
    page = ("Chủ tịch Ủy ban MTTQ tỉnh Hà Tĩnh dự Đại hội MTTQ tỉnh Bình Định\n\n"
            "Trong 2 ngày 5 và 6/8, tại thành phố Quy Nhơn, ông Lê Văn An, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh "
            "tham dự Đại hội đại biểu MTTQ Việt Nam tỉnh Bình Định lần thứ XII, nhiệm kỳ 2024-2029.\n")
    assert _type(page) == "visit"


@pytest.mark.parametrize("lead", [
    # a congress held for the cooperation itself
    "Từ ngày 5 đến 7/10, Đoàn đại biểu tỉnh Hà Giang do ông Lê Văn An làm trưởng đoàn tham dự Đại hội Hữu nghị nhân "
    "dân các tỉnh biên giới Việt Nam - Trung Quốc tại tỉnh Vân Nam.",
    # a province's official at one of its own districts' congresses
    "Trong 2 ngày 5 và 6/8, ông Lê Văn An, Phó Bí thư Tỉnh ủy tỉnh Bình Định dự Đại hội Đảng bộ huyện Tuy Phước lần "
    "thứ XX, nhiệm kỳ 2020-2025.",
])
def test_a_congress_that_is_no_guests_visit(lead):
    assert _type("Đại hội\n\n" + lead + "\n") != "visit"


# --- a joint patrol told with its control ("tuần tra, kiểm soát song phương") names its occasion, as "tuần tra song
# phương" does (a row of type_words; read as "no occasion named" before).
@pytest.mark.parametrize("sentence", [
    "Ngày 9/2, Đồn Biên phòng Nậm Chua phối hợp với Đồn quản lý biên giới Long Phú (Trung Quốc) tổ chức tuần tra, "
    "kiểm soát song phương trên tuyến biên giới.",
    "Ngày 9/2, hai đồn tổ chức tuần tra kiểm soát song phương đoạn biên giới từ mốc 12 đến mốc 14.",
])
def test_a_joint_patrol_with_its_control_is_named(sentence):
    patrols = [(etype, phrase) for _, etype, _, phrase in found(fold(sentence)) if phrase.startswith("tuan tra")]
    assert patrols and all(etype == "other" for etype, _ in patrols)


# --- a get-together held with students ("tọa đàm, gặp mặt và giao lưu với đại diện sinh viên tỉnh B", a forum named
# for them): the students' occasion, 'other' (type_students.gathers_students; sector21 04).
@pytest.mark.parametrize("lead", [
    "Nhân dịp Tết Bunpimay, chiều ngày 12/4, Hội Hữu nghị Việt - Lào tỉnh Nghệ An tổ chức buổi tọa đàm, gặp mặt và "
    "giao lưu với đại diện sinh viên tỉnh Xiêng Khoảng (Lào) đang học tập tại tỉnh.",
    "Tối 15/11, tại tỉnh Điện Biên đã diễn ra diễn đàn “Sinh viên Điện Biên – Phông Sa Lỳ cùng phát triển” và đêm "
    "văn nghệ hữu nghị.",
])
def test_a_gathering_of_students_is_other(lead):
    assert _type(lead + "\n") == "other"


@pytest.mark.parametrize("lead", [
    # the sides meet ABOUT students
    "Ngày 12/4, Sở Giáo dục tỉnh Nghệ An và Sở Giáo dục tỉnh Xiêng Khoảng (Lào) tổ chức tọa đàm về công tác đào tạo "
    "lưu học sinh.",
    # talks with students met after them
    "Ngày 12/4, lãnh đạo tỉnh Nghệ An hội đàm với đoàn tỉnh Xiêng Khoảng (Lào), gặp mặt sinh viên Lào.",
])
def test_a_meeting_about_students_stays_a_meeting(lead):
    assert _type(lead + "\n") == "conference"


# --- a week's close ("bế mạc"), a television exchange and awards handed over name their occasion, 'other'
# (rows of type_words).
@pytest.mark.parametrize("sentence, phrase", [
    ("Tuần văn hóa hữu nghị hai tỉnh Nghệ An – Xiêng Khoảng bế mạc tối 20/9.", "be mac"),
    ("Tối 20/9, đài truyền hình tỉnh Nghệ An tổ chức chương trình giao lưu truyền hình trực tiếp về quan hệ hai tỉnh.",
     "giao luu truyen hinh"),
    ("Chiều 3/10, thừa ủy quyền, Tỉnh trưởng tỉnh Xiêng Khoảng đã đến Nghệ An trao các phần thưởng cao quý cho cá "
     "nhân, tập thể của tỉnh.", "trao cac phan thuong"),
])
def test_a_close_and_a_tv_exchange_are_named(sentence, phrase):
    assert [(etype, p) for _, etype, _, p in found(fold(sentence)) if p == phrase] == [("other", phrase)]
