"""Shapes of whole failures found by the wide audit of round 12 (docs/accuracy.md, "Audit round 12"),
in sentences written for these tests."""

from __future__ import annotations

from hoptac.core.extract.article import parse_article

from extract_support import main_or_none as main_of


PAGE = ("Trang chủ Hữu nghị Bốn phương\n10:15 | 20/11/2020 GMT+7\n\n"
        "Tỉnh Quảng Trị bàn giao trường học cho tỉnh Salavan\n\naa\n"
        "Ngày 18/11, tại huyện Ta Oi, tỉnh Salavan, tỉnh Quảng Trị đã bàn giao công trình trường học "
        "hữu nghị cho chính quyền địa phương.\n"
        "tinh quang tri ban giao truong hoc cho tinh salavan Tỉnh Hà Giang trao quà cho tỉnh Luang Namtha\n"
        "tinh quang tri ban giao truong hoc cho tinh salavan Bình Phước hỗ trợ tỉnh Kratie xây nhà\n"
        "tinh quang tri ban giao truong hoc cho tinh salavan\n"
        "Công trình gồm 8 phòng học và nhà ở cho giáo viên, tổng kinh phí 12 tỷ đồng.\n")


def test_slug_lines_carrying_related_titles_are_cut():
    art = parse_article(PAGE)
    cut = " ".join(PAGE[s:e] for s, e in art.boilerplate)
    assert "Hà Giang trao quà" in cut and "Kratie" in cut and "8 phòng học" not in cut
    main = main_of(PAGE)
    assert main["date"] == "2020-11-18" and main["pair"] == ["Quảng Trị", "Salavan"]


def test_a_paragraph_opening_with_the_headline_words_is_kept():
    text = ("Hai tỉnh Lào Cai và Yên Bái ký kết hợp tác\n\n"
            "Ngày 5/3, tại thành phố Yên Bái, lãnh đạo hai tỉnh đã ký kết chương trình hợp tác giai đoạn mới.\n"
            "Hai tỉnh Lào Cai và Yên Bái ký kết hợp tác trên năm lĩnh vực, trong đó có du lịch và giao thông.\n")
    art = parse_article(text)
    assert not any("năm lĩnh vực" in text[s:e] for s, e in art.boilerplate)


def test_a_goals_horizon_year_is_no_year_of_the_occasion():
    text = ("Đà Nẵng tiếp đoàn thành phố Yokohama (Nhật Bản)\n\n"
            "Ngày 9-3, Phó Chủ tịch UBND thành phố Đà Nẵng đã tiếp đoàn đại biểu thành phố Yokohama (Nhật Bản).\n"
            "Hai thành phố đều đặt mục tiêu giảm phát thải ròng về không vào năm 2050 và mong tăng cường hợp tác.\n")
    main = main_of(text)
    assert main["date"] == "--03-09" and main["year_source"] == "unknown"


def test_a_plan_for_a_year_still_gives_it():
    text = ("Hai tỉnh bàn phương hướng hợp tác\n\n"
            "Sáng 14/4, tại thành phố Vinh, lãnh đạo hai tỉnh Nghệ An và Hà Tĩnh đã thống nhất phương hướng hợp tác "
            "năm 2024.\n")
    main = main_of(text)
    assert main["date"] == "2024-04-14"


def test_a_month_told_in_passing_far_down_the_body_is_no_main_date():
    text = ("Thành phố Izumisano và tỉnh Bình Định thắt chặt quan hệ\n\n"
            "Lãnh đạo tỉnh Bình Định đã có buổi tiếp đoàn đại biểu thành phố Izumisano (tỉnh Osaka, Nhật Bản) "
            "do ông Thị trưởng dẫn đầu sang thăm và làm việc.\n\n"
            "Thành phố Izumisano nằm ở phía nam tỉnh Osaka, có sân bay quốc tế lớn và nhiều khu công nghiệp, "
            "thu hút nhiều doanh nghiệp nước ngoài đến đầu tư trong những năm gần đây.\n\n"
            "Thành phố đã có quan hệ hữu nghị với nhiều địa phương của các nước trong khu vực châu Á, "
            "trong đó có các tỉnh, thành phố của Việt Nam, Thái Lan và Philippines.\n\n"
            "Đặc biệt, trong tháng 10/2019, lãnh đạo hai địa phương đã ký kết biên bản ghi nhớ hợp tác.\n")
    main = main_of(text)
    assert main is not None and main["date"] is None     # the reception is told, its day is not
    # a host receiving a delegation that comes to visit and work (with it, no place named): its working
    # session, a meeting (type round 14: holdout13 p05, holdout14 r23); not the 2019 signing
    assert main["type"] == "conference"


def test_a_month_in_the_lead_still_dates_the_occasion():
    text = ("Hai tỉnh ký kết hợp tác\n\n"
            "Trong tháng 10/2019, lãnh đạo hai tỉnh Nghệ An và Hà Tĩnh đã ký kết chương trình hợp tác.\n")
    main = main_of(text)
    assert main["date"] == "2019-10"
