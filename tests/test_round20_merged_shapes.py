"""Round 20 (audit20k): pages after the 2025 merger that name only communes. A new commune's portal
or a merged province's paper tells a visit or a twinning between two of its communes or wards and
names no province ("đoàn công tác xã A đến thăm xã B"); a commune counted only in a province the
article names, so the page had no partner at all. Now each commune is placed in the one province of
2025 all the page's communes can share (:mod:`hoptac.core.extract.partner_communes`). Sentences written
for the test (names, days and wording are ours)."""

from __future__ import annotations

from extract_support import main_or_none as main_of, partners


def test_two_communes_of_one_new_province_are_the_pair():
    # Hòa Xuân: Đà Nẵng's or old Phú Yên's; with Cư Pui (Đắk Lắk) only Đắk Lắk of 2025 holds both
    p = partners("Xã Cư Pui chúc Tết xã Hòa Xuân",
                 "Sáng ngày 20/01/2026, đoàn công tác xã Cư Pui đã đến chúc Tết xã Hòa Xuân.",
                 "Hai xã kết nghĩa thống nhất giữ mối quan hệ gắn bó.")
    assert p.pair == ["Đắk Lắk", "Phú Yên"]


def test_a_ward_and_a_commune_are_placed_in_their_old_provinces():
    p = partners("Phường Hoài Nhơn Tây kết nghĩa với xã Kông Bơ La",
                 "Ngày 10-1, phường Hoài Nhơn Tây và xã Kông Bơ La ký kết chương trình kết nghĩa.")
    assert p.pair == ["Bình Định", "Gia Lai"]


def test_communes_of_one_old_province():
    p = partners("Xã Định Mỹ thăm xã Thoại Sơn",
                 "Chiều ngày 03/2/2026, đoàn xã Định Mỹ đến thăm và tặng quà xã Thoại Sơn.")
    assert p.pair[0] == "An Giang"


def test_one_commune_alone_is_still_unknown():
    p = partners("Xã Hòa Xuân tổ chức hội nghị",
                 "Ngày 5/3/2026, xã Hòa Xuân tổ chức hội nghị tổng kết công tác năm.")
    assert "Đắk Lắk" not in p.pair and "Phú Yên" not in p.pair


def test_a_named_province_keeps_the_old_rule():
    # the article names its province: the commune counts there as before
    p = partners("Xã Hòa Xuân (Đà Nẵng) tiếp đoàn xã Cư Pui",
                 "Ngày 8/2/2026, thành phố Đà Nẵng: xã Hòa Xuân tiếp đoàn công tác xã Cư Pui, tỉnh Đắk Lắk.")
    assert "Phú Yên" not in p.pair



def test_the_lead_names_both_communes_where_the_headline_names_one():
    # the headline names the host only; the lead's delegation of one commune visits the other
    # "tại" it: both sides, the pair one province twice (lead merge, round 20)
    text = ("Đoàn công tác thăm, tặng quà xã Bảo Hà dịp đầu năm\n\n"
            "Sáng ngày 12/2/2025, đoàn công tác xã Xuân Quang, tỉnh Lào Cai do ông Lê Văn Bình, Bí thư Đảng ủy "
            "xã Xuân Quang làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà tại xã Bảo Hà.\n")
    main = main_of(text)
    assert main is not None and main["pair"] == ["Lào Cai", "Lào Cai"]
    assert {p["name"] for p in main["parties"]} == {"Xuân Quang", "Bảo Hà"}


def test_communes_a_delegation_of_the_province_tours_are_no_two_sides():
    text = ("Lãnh đạo tỉnh kiểm tra sản xuất đầu năm\n\n"
            "Ngày 12/2/2025, lãnh đạo tỉnh Lào Cai đến thăm xã Bảo Hà, xã Xuân Quang và xã Phong Niên.\n")
    main = main_of(text)
    assert main is None or main["pair"] != ["Lào Cai", "Lào Cai"]
