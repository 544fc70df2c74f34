"""Two places of one province as the two partners (core/extract/partner_units.py, add_same_province_pair), in sentences
written for these tests: a twinning of two districts (or communes) of one province gives that
province twice, and the shapes that only look like it give nothing more."""

from __future__ import annotations

from extract_support import main_or_none as main_of


def test_two_districts_twinned_in_the_headline_are_the_pair():
    text = ("Sơ kết giao ước kết nghĩa giữa Than Uyên và Mường Tè\n\n"
            "Sau năm năm thực hiện giao ước, hai huyện Than Uyên và Mường Tè đã trao đổi nhiều kinh nghiệm "
            "trong phát triển kinh tế, xây dựng nông thôn mới và giữ gìn an ninh biên giới.\n\n"
            "Các đại biểu cùng bàn phương hướng phối hợp trong những năm tới.\n")
    main = main_of(text)
    assert main is not None                       # undated, but kept: the occasion is told
    assert main["pair"] == ["Lai Châu", "Lai Châu"]
    assert {p["name"] for p in main["parties"]} == {"Than Uyên", "Mường Tè"}
    assert main["type"] == "conference"


def test_two_districts_signing_in_the_lead_are_the_pair():
    text = ("Hai huyện ký chương trình phối hợp\n\n"
            "Sáng 12/4, tại trung tâm huyện, lãnh đạo hai huyện Bảo Thắng và Bảo Yên đã ký kết chương trình "
            "phối hợp phát triển du lịch cộng đồng giai đoạn mới.\n\nHai bên thống nhất cử cán bộ đầu mối.\n")
    main = main_of(text)
    assert main["date"] == "--04-12" and main["pair"] == ["Lào Cai", "Lào Cai"]


def test_a_district_twinned_with_another_of_its_province():
    text = ("Huyện Bát Xát kết nghĩa với huyện Sa Pa\n\n"
            "Ngày 3/3, huyện Bát Xát kết nghĩa với huyện Sa Pa, cùng giúp nhau phát triển sản xuất và giữ "
            "gìn an ninh trật tự vùng biên.\n")
    main = main_of(text)
    assert main["pair"] == ["Lào Cai", "Lào Cai"]
    assert [p["level"] for p in main["parties"]] == ["huyện", "huyện"]


def test_the_province_visiting_two_of_its_districts_is_one_party():
    text = ("Lãnh đạo tỉnh Lào Cai thăm huyện Bảo Thắng và huyện Bảo Yên\n\n"
            "Ngày 8/5, đoàn công tác của tỉnh Lào Cai đã đến thăm và làm việc với huyện Bảo Thắng và huyện "
            "Bảo Yên về tiến độ xây dựng nông thôn mới.\n")
    main = main_of(text)
    assert main is None or main["pair"] == ["Lào Cai"]


def test_an_address_is_no_pair():
    text = ("Đoàn quận thăm các gia đình chính sách\n\n"
            "Ngày 29/1, đoàn công tác của quận đã đến thăm các gia đình chính sách ở xã Gia Phú, huyện "
            "Bảo Thắng và xã Bảo Hà, huyện Bảo Yên, tỉnh Lào Cai, trao quà Tết.\n")
    main = main_of(text)
    assert main is None or len(set(main["pair"])) == len(main["pair"])


def test_two_districts_named_without_working_together_add_nothing():
    text = ("Nông thôn mới ở Lào Cai\n\n"
            "Năm nay, huyện Bảo Thắng và huyện Bảo Yên đạt chuẩn nông thôn mới, vượt kế hoạch tỉnh giao.\n")
    main = main_of(text)
    assert main is None or main["pair"] != ["Lào Cai", "Lào Cai"]


def test_a_district_receiving_a_delegation_of_another_of_its_province():
    text = ("Lãnh đạo huyện Bảo Thắng tiếp đoàn công tác huyện Bảo Yên\n\n"
            "Đoàn công tác huyện Bảo Yên, tỉnh Lào Cai đến huyện Bảo Thắng học tập kinh nghiệm xây dựng "
            "nông thôn mới. Phó Chủ tịch UBND huyện Bảo Thắng đã tiếp và làm việc với đoàn.\n")
    main = main_of(text)
    assert main is not None and main["pair"] == ["Lào Cai", "Lào Cai"]
    assert {p["name"] for p in main["parties"]} == {"Bảo Thắng", "Bảo Yên"}
