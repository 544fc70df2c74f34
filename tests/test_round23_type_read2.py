"""Round 23 (type23c): type shapes found reading more leads of real pages against the conventions
(docs/accuracy.md, "type23c"). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest

from extract_support import main_or_none as _main


def _type(head: str, lead: str) -> str:
    return _main(head + "\n\n" + lead + "\n")["type"]


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


# --- a greeting for a nation's day told with both sides as the subject ("Đoàn đại biểu A và Đoàn đại biểu B tổ
# chức gặp mặt … nhân kỷ niệm … Quốc khánh"): the greeting, a visit, as "A gặp mặt đại diện B nhân dịp Quốc
# khánh" (type_greeting_days); a bond's own anniversary told so stays the celebration.
def test_both_sides_meeting_for_a_national_day_is_a_greeting():
    head = "Giao lưu hữu nghị nhân Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào"
    lead = ("Sáng 1/12, tại Đồn Biên phòng Na Mèo, tỉnh Thanh Hóa, Đoàn đại biểu Đồn Biên phòng Na Mèo và Đoàn "
            "đại biểu Đại đội bảo vệ biên giới huyện Viêng Xay, tỉnh Hủa Phăn (Lào) đã tổ chức gặp mặt, giao lưu "
            "hữu nghị nhân kỷ niệm 50 năm Ngày Quốc khánh nước CHDCND Lào.")
    assert _type(head, lead) == "visit"


def test_guard_both_sides_meeting_for_a_bond_anniversary_stays_other():
    head = "Gặp mặt kỷ niệm 15 năm kết nghĩa"
    lead = ("Sáng 10/5, Đoàn đại biểu xã Tà Long, tỉnh Quảng Trị và Đoàn đại biểu bản Đen Vilay, tỉnh Savannakhet "
            "(Lào) đã tổ chức gặp mặt nhân kỷ niệm 15 năm ngày kết nghĩa.")
    assert _type(head, lead) == "other"
