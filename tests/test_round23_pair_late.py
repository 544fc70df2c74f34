"""Round 23 (late23pair): a school named after its city stands for its province; a page that names one
side and the venue of another province has the venue as the other side.

Every sentence here is our own."""

from __future__ import annotations

import pytest
from extract_support import first_provinces as _provinces, main_event as _main


@pytest.mark.parametrize("text, want", [
    ("Trường Đại học Vinh đón 12 sinh viên Lào nhập học.", ["Nghệ An"]),
    ("TRƯỜNG ĐẠI HỌC ĐÀ LẠT KÝ KẾT HỢP TÁC ĐÀO TẠO", ["Lâm Đồng"]),
    ("Các em sẽ học tiếng Việt tại Trường Cao đẳng Sư phạm Nha Trang.", ["Khánh Hòa"]),
    # a district alone, a quận after a school's words, a school with a longer name: nothing
    ("Ông Lê Văn Hùng về thăm Quy Nhơn.", []),
    ("Sinh viên Trường Đại học Hồng Bàng tham gia hội thao.", []),
    ("Trường Đại học Kinh doanh và Công nghệ Vinh tổ chức hội thảo.", []),
])
def test_a_school_named_after_its_city(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


def test_a_university_hosting_a_foreign_delegation_stands_for_its_province() -> None:
    text = ("TRƯỜNG ĐẠI HỌC VINH ĐÓN SINH VIÊN LÀO\n\n"
            "Ngày 15.9, Trường đã đón Đoàn công tác của tỉnh Xiêng Khoảng (Lào) đưa 6 sinh viên sang học. "
            "Trước đó, 3 tỉnh Hủa Phăn, Bôlykhămxay, Luông Pha Bang đã cử 20 sinh viên sang học tại trường.\n\n"
            "Việc đào tạo nhằm góp phần vun đắp quan hệ giữa tỉnh Nghệ An các tỉnh bạn Lào.\n")
    assert sorted(_main(text)["pair"]) == ["Nghệ An", "Xiêng Khoảng"]


def test_a_fair_held_in_a_province_for_another_has_the_venue_as_host() -> None:
    text = ("Khai mạc hội chợ hàng công nghiệp miền Trung\n\n"
            "Sáng ngày 12-8, tại TP Tuy Hòa, đã khai mạc Hội chợ hàng công nghiệp của doanh nghiệp các tỉnh "
            "miền Trung và TP Đà Nẵng.\n\n"
            "Tham dự có đại diện 8 tỉnh, thành phố khu vực miền Trung.\n\n"
            "Giám đốc Sở Công thương TP Đà Nẵng cho biết hội chợ giúp doanh nghiệp tìm đối tác.\n")
    assert sorted(_main(text)["pair"]) == ["Phú Yên", "Đà Nẵng"]


def test_a_delegation_at_a_venue_keeps_the_venue_a_venue() -> None:
    # the delegation came to an occasion held there (test_partner_lists' rule): not a host
    text = ("Hội nghị xúc tiến thương mại\n\n"
            "Ngày 21/4/2024, tại TP Đà Nẵng, đoàn công tác tỉnh Kon Tum tham dự hội nghị xúc tiến thương mại.\n")
    assert _main(text)["pair"] == ["Kon Tum"]


def test_one_sides_own_event_away_keeps_the_venue_a_venue() -> None:
    # (test_type_round7_shapes' rule) no gathering of several localities: the venue is no side
    text = ("Giới thiệu sản phẩm OCOP\n\n"
            "Sáng 8/5, tại TP Cần Thơ, Sở Công thương tỉnh Bạc Liêu tổ chức hội nghị giới thiệu sản phẩm OCOP.\n")
    assert _main(text)["pair"] == ["Bạc Liêu"]
