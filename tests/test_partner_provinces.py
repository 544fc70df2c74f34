"""Which province a district-level partner belongs to, and the special administrative regions
of China as partners. Every sentence here is written for the test (none is copied from a
published page)."""

from __future__ import annotations

from extract_support import partners


TITLE = "Huyện Châu Thành kết nghĩa với huyện Mường Khương"
LEAD = "Sáng 12/4, Huyện ủy Châu Thành tổ chức lễ kết nghĩa với huyện Mường Khương tại hội trường huyện."


def test_a_district_many_provinces_have_is_not_guessed():
    # "huyện Châu Thành" lies in ten provinces and the page names none: unknown, not the first
    p = partners(TITLE, LEAD, "Hai huyện thống nhất phối hợp phát triển du lịch.")
    assert p.pair == ["Lào Cai"]
    assert all(x.place.name != "Châu Thành" for x in p.parties)


def test_a_district_many_provinces_have_takes_the_one_the_page_names():
    p = partners(TITLE, LEAD, "Tỉnh Bến Tre luôn quan tâm các hoạt động đối ngoại của huyện.")
    assert p.pair == ["Bến Tre", "Lào Cai"]


def test_a_district_many_provinces_have_takes_the_publishers_province():
    p = partners(TITLE, LEAD, "Hai huyện thống nhất phối hợp phát triển du lịch.", home={"Trà Vinh"})
    assert p.pair == ["Lào Cai", "Trà Vinh"]
    # the chrome naming two of its provinces decides nothing
    p = partners(TITLE, LEAD, "Hai huyện thống nhất phối hợp phát triển du lịch.", home={"Trà Vinh", "Long An"})
    assert p.pair == ["Lào Cai"]


def test_a_district_only_one_province_has_needs_no_province():
    p = partners("Huyện Mèo Vạc làm việc với huyện Bảo Lâm",
                 "Chiều 3/6, đoàn công tác huyện Mèo Vạc đến thăm và làm việc với huyện Bảo Lâm.")
    assert "Hà Giang" in p.pair


def test_hong_kong_and_macao_are_partners_of_china():
    p = partners("TP.HCM và Hồng Công tăng cường hợp tác",
                 "Chiều 20/9, lãnh đạo UBND TP.HCM tiếp đoàn công tác của Đặc khu hành chính Hồng Kông.")
    assert p.pair == ["Hồ Chí Minh", "Hồng Kông"]
    assert {x.place.country for x in p.parties} == {"Việt Nam", "Trung Quốc"}
    p = partners("Đà Nẵng và Ma Cao bàn hợp tác du lịch",
                 "Sáng 3/5, lãnh đạo thành phố Đà Nẵng tiếp đoàn đại biểu Macau do Giám đốc Sở Du lịch dẫn đầu.")
    assert p.pair == ["Đà Nẵng", "Ma Cao"]


def test_a_commune_of_2025_named_with_its_merged_province_counts_in_its_old_one():
    # Đà Nẵng of 2025 took in the old Quảng Nam; the pair is of the map before July 2025
    p = partners("Xã Điện Bàn Đông (TP Đà Nẵng) kết nghĩa với xã Trường Văn (Thanh Hóa)",
                 "Sáng 20/8, lãnh đạo xã Điện Bàn Đông, thành phố Đà Nẵng và xã Trường Văn, tỉnh Thanh Hóa "
                 "ký giao ước kết nghĩa.")
    assert p.pair == ["Quảng Nam", "Thanh Hóa"]


def test_a_commune_in_the_old_part_of_its_own_name_keeps_it():
    # phường Hòa Khánh lay in the old Đà Nẵng already: Đà Nẵng stays
    p = partners("Phường Hòa Khánh (TP Đà Nẵng) kết nghĩa với xã Trường Văn (Thanh Hóa)",
                 "Sáng 20/8, lãnh đạo phường Hòa Khánh, thành phố Đà Nẵng và xã Trường Văn, tỉnh Thanh Hóa "
                 "ký giao ước kết nghĩa.")
    assert p.pair == ["Đà Nẵng", "Thanh Hóa"]
