"""Round 23 (type23c): type shapes found reading more leads of real pages against the conventions
(docs/accuracy.md, "type23c"). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest

from extract_support import headed_type as _type


# --- a briefing for reporters told as a meeting with the press ("buổi gặp mặt báo chí"): a press conference,
# 'other' as "họp báo", not a meeting of the parties ('gặp mặt' alone).
@pytest.mark.parametrize("head, lead", [
    ("Sắp diễn ra giao lưu hữu nghị biên giới Việt Nam - Lào tại Quảng Trị",
     "Sáng 12-7, tại thành phố Đông Hà, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị chủ trì buổi gặp mặt báo chí "
     "giới thiệu chương trình giao lưu hữu nghị với lực lượng bảo vệ biên giới tỉnh Savannakhet (Lào)."),
    ("Ngày hội văn hóa Hà Giang - Văn Sơn",
     "Chiều 3/9, Ban tổ chức đã gặp gỡ báo chí thông tin về Ngày hội văn hóa giữa tỉnh Hà Giang và châu Văn Sơn "
     "(Trung Quốc) sẽ diễn ra cuối tháng này."),
])
def test_a_press_briefing_told_as_a_meeting_is_other(head, lead):
    assert _type(head, lead) == "other"


# --- an exchange between two localities' newsrooms: an exchange ('other', as "giao lưu văn hóa"); what it is
# for ("nhằm tăng cường trao đổi nghiệp vụ") names no occasion.
def test_a_press_exchange_is_other_not_its_purpose():
    head = "Cao Bằng và Bách Sắc tăng cường hợp tác báo chí"
    lead = ("Ngày 14/3, tỉnh Cao Bằng và thành phố Bách Sắc (Quảng Tây, Trung Quốc) tổ chức chương trình giao lưu "
            "báo chí, nhằm tăng cường trao đổi nghiệp vụ giữa các cơ quan truyền thông hai bên.")
    assert _type(head, lead) == "other"


# --- guards: a meeting of the parties stays a meeting; a press conference that names "họp báo" stays 'other'.
def test_guards_a_meeting_with_a_delegation_and_a_press_conference():
    assert _type("Lãnh đạo tỉnh Lạng Sơn gặp mặt đoàn Quảng Tây",
                 "Chiều 8/2, lãnh đạo tỉnh Lạng Sơn đã gặp mặt đoàn đại biểu Khu tự trị Quảng Tây (Trung Quốc) "
                 "tại thành phố Lạng Sơn.") != "other"
    assert _type("Họp báo Tuần văn hóa Thanh Hóa tại Hủa Phăn",
                 "Sáng 2/5, Sở Văn hóa tỉnh Thanh Hóa họp báo giới thiệu Tuần văn hóa tỉnh Thanh Hóa tại tỉnh "
                 "Hủa Phăn (Lào).") == "other"


@pytest.mark.parametrize("lead,want", [
    ("Ngày 12/5/2023, tỉnh Lào Cai và tỉnh Yên Bái ký kết biên bản ghi nhớ hợp tác, sau đó gặp gỡ báo chí.", "signing"),
    ("Ngày 12/5/2023, đoàn công tác tỉnh Lào Cai thăm và làm việc tại tỉnh Yên Bái, gặp mặt báo chí địa phương.",
     "visit"),
])
def test_a_briefing_after_the_occasion_leaves_it_the_type(lead: str, want: str) -> None:
    """review23: the press rows at rank 4 made a signing and a visit 'other'."""
    assert _type("Hai tỉnh Lào Cai và Yên Bái", lead) == want
