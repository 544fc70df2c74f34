"""Audit round 17: what the parties agree to hold is not the occasion they meet at (type_agreed), in
sentences written for this test (no page's own words).

A sentence framed by its occasion ("Tại buổi hội đàm, …") names, after the parties' agreement verb, the
occasions they agree, commit or propose to hold; the framing occasion is the type. A sentence with no
framing occasion, a name that only looks like the verb, and a headline naming the agreed occasion keep
what they had.
"""

from __future__ import annotations

import pytest
from hoptac.core.extract.event_type import main_type
from hoptac.core.extract.type_agreed import agreed_from, before_agreement
from hoptac.core.text import fold

from extract_support import first_main as _main


@pytest.mark.parametrize("sentence, want", [
    ("Tại buổi hội đàm, trong không khí thân mật, hai bên nhất trí tăng cường trao đổi thông tin; sớm hoàn "
     "thiện thủ tục, phối hợp tổ chức lễ công bố mở cặp chợ biên giới.", "conference"),
    ("Tại hội nghị, hai tỉnh thống nhất sẽ tổ chức lễ ký kết thỏa thuận hợp tác vào quý III.", "conference"),
    ("Phát biểu tại buổi hội đàm, ông Trần Văn Bình đề nghị hai bên sớm ký kết biên bản ghi nhớ.", "conference"),
    ("Tại buổi làm việc, hai địa phương cam kết phối hợp tổ chức lễ công bố quy hoạch vùng biên.", "conference"),
    ("Tại lễ ký kết, hai bên đề xuất tổ chức hội nghị sơ kết hằng năm.", "signing"),
    ("Tại buổi hội đàm, hai bên đã trao đổi và thống nhất tổ chức lễ ký kết biên bản vào tháng 6.", "conference"),
    ("Tại buổi làm việc, đại diện hai tỉnh cùng thống nhất phối hợp tổ chức lễ công bố tuyến du lịch.", "conference"),
    ("Phát biểu tại hội nghị, bà Lê Thị Hoa mong muốn hai bên sớm tổ chức lễ ký kết thỏa thuận.", "conference"),
])
def test_a_framed_sentence_keeps_its_occasion_over_what_is_agreed(sentence, want):
    assert main_type(fold(sentence))[0] == want


@pytest.mark.parametrize("sentence, want", [
    # no framing occasion: what the delegations agreed on and did is the occasion
    ("Ngày 5/3, đoàn đại biểu tỉnh Gia Lai và tỉnh Kon Tum đã thống nhất ký kết biên bản hợp tác.", "signing"),
    # a hall's name is no agreement
    ("Tại hội nghị ở Hội trường Thống Nhất, hai thành phố công bố quy hoạch chung.", "announcement"),
    # a request cited as a basis is no proposal made there
    ("Tại buổi làm việc, theo đề nghị của tỉnh bạn, hai bên tổ chức lễ ký kết biên bản.", "signing"),
])
def test_what_is_not_an_agreement_after_a_frame_is_read_as_before(sentence, want):
    assert main_type(fold(sentence))[0] == want


def test_the_agreement_starts_after_the_frame_only():
    assert agreed_from(fold("Hai bên nhất trí tổ chức lễ công bố vào tháng tới.")) is None   # no frame
    s = fold("Tại buổi hội đàm, hai bên đã nhất trí tổ chức lễ công bố vào tháng tới.")
    assert agreed_from(s) == s.find(" to chuc le")


def test_a_headline_naming_the_agreed_occasion_keeps_its_say():
    s = fold("Tại buổi hội đàm, hai bên thống nhất tổ chức lễ công bố mở cửa khẩu.")
    found = [(s.find("hoi dam"), "conference", 5, "hoi dam"), (s.find("cong bo"), "announcement", 1, "cong bo")]
    assert before_agreement(s, found, None) == found[:1]
    assert before_agreement(s, found, ("announcement", "le cong bo")) == found


def test_an_undated_page_whose_body_frames_its_talks_is_the_talks():
    page = ("Về phía tỉnh Lào Cai, đại tá Hoàng Văn Nam làm trưởng đoàn cùng lãnh đạo các đồn biên phòng.\n\n"
            "Về phía tỉnh Vân Nam (Trung Quốc), trưởng đoàn là ông Lý Minh cùng các thành viên.\n\n"
            "Tại buổi hội đàm, hai bên nhất trí tăng cường tuần tra chung, trao đổi thông tin qua đường dây "
            "nóng; sớm hoàn thành các công trình cửa khẩu, phối hợp tổ chức lễ công bố nâng cấp cặp cửa khẩu.\n")
    ev = _main(page)
    assert ev["date"] in (None, "") and ev["type"] == "conference"
