"""The shapes real scraped pages take (issue 9), in sentences written for these tests: what is the
headline, the lead and the article, and what is site chrome, teasers, captions and related links."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article

from extract_support import events_of, main_event as main_of


# --- the article's structure -------------------------------------------------------------

def test_a_page_that_opens_with_its_lead_is_read_whole():
    text = ("Sáng 14/1, Đoàn công tác tỉnh Cao Bằng do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến "
            "thăm và làm việc với lãnh đạo tỉnh Lạng Sơn, trao đổi kinh nghiệm phát triển kinh tế cửa khẩu.\n\n"
            "Hai bên thống nhất tăng cường phối hợp trong thời gian tới.\n")
    art, events, _ = events_of(text)
    assert art.title_span == (0, 0)                   # no headline line
    assert art.title.startswith("Sáng 14/1, Đoàn công tác")
    assert art.body_span[0] == 0 and art.lead_span()[0] == 0
    main = next(e for e in events if e["main"])
    assert main["date"] == "--01-14" and main["type"] == "visit"


def test_a_one_paragraph_page_is_not_taken_for_a_headline():
    text = ("Ngày 5/6, tại thành phố Vinh, Ban Thường vụ Tỉnh ủy hai tỉnh Nghệ An và Hà Tĩnh tổ chức hội "
            "nghị đánh giá kết quả hợp tác giữa hai địa phương, với sự tham dự của lãnh đạo các sở, ngành.")
    main = main_of(text)
    assert main["date"] == "--06-05" and main["type"] == "conference"


def test_site_chrome_before_the_headline():
    text = ("xem thêm\nAn Giang\nBình Dương\nicon 24h qua\nĐăng nhập\nicon Đăng ký gói bạn đọc VIP\n\n"
            "Hai tỉnh miền Tây ký kết chương trình hợp tác mới\n\nBài và ảnh: Minh Khoa\n\n"
            "Sáng 9-5, UBND tỉnh Vĩnh Long và UBND tỉnh Trà Vinh đã tổ chức lễ ký kết chương trình "
            "hợp tác phát triển kinh tế - xã hội giai đoạn 2026 - 2030.\n")
    art, events, _ = events_of(text)
    assert art.title == "Hai tỉnh miền Tây ký kết chương trình hợp tác mới"
    for chrome in ("An Giang", "Đăng nhập", "Minh Khoa"):
        assert chrome not in art.body
    main = next(e for e in events if e["main"])
    assert main["date_text"] == "Sáng 9-5" and main["type"] == "signing"


@pytest.mark.parametrize("tag", ["HNP - ", "(GLO)- ", "(VOV5) - ", "Truyền hình Sơn La TV - ", "LSO-"])
def test_an_agency_tag_before_the_lead(tag):
    text = (f"Hai huyện biên giới tăng cường hợp tác\n\n{tag}Chiều 22/4, lãnh đạo huyện Mường Lát và "
            "huyện Quan Sơn đã có buổi hội đàm về công tác quản lý biên giới.\n")
    art, events, _ = events_of(text)
    s, e = art.lead_span()
    assert art.text[s:e].startswith(tag.strip()[:2])
    main = next(e for e in events if e["main"])
    assert main["date_text"] == "Chiều 22/4" and main["type"] == "conference"


def test_audio_player_lines_and_a_share_button_are_chrome():
    text = ("Hai tỉnh hợp tác phát triển du lịch biển\n\nChia sẻ\n0:00 / 0:00\n0:00\n  • Nữ miền Bắc\n"
            "  • Nam miền Nam\n\nNgày 7-4, Sở Du lịch hai tỉnh Khánh Hòa và Phú Yên đã tổ chức hội nghị "
            "ký kết hợp tác phát triển du lịch.\n")
    art, events, _ = events_of(text)
    assert "0:00" not in art.body and "miền Bắc" not in art.body
    main = next(e for e in events if e["main"])
    assert main["date_text"] == "Ngày 7-4" and main["type"] == "signing"


def test_follow_us_and_related_news_end_the_article():
    text = ("Lào Cai và Yên Bái ký kết hợp tác\n\nChiều 3/3, tỉnh Lào Cai và tỉnh Yên Bái đã ký kết "
            "biên bản hợp tác giai đoạn 2026 - 2030.\n\nTheo dõi Báo Tây Bắc trên Google News\n\n"
            "Ngày 20/2, Hội nghị xúc tiến đầu tư vào tỉnh Lào Cai.\n")
    art, events, _ = events_of(text)
    assert "Theo dõi" not in art.body and "20/2" not in art.body
    assert all(e["date_text"] != "Ngày 20/2" for e in events)


def test_related_titles_inside_the_body_are_not_events_or_cues():
    text = ("Kon Tum hợp tác với tỉnh Attapeu\n\nSáng ngày 12/12, UBND tỉnh Kon Tum tổ chức hội nghị "
            "sơ kết hợp tác với tỉnh Attapeu (Lào).\n"
            "Tỉnh Kon Tum khánh thành cầu mới ngày 9/9/2019 tại huyện Sa Thầy\n"
            "Lễ hội văn hóa các dân tộc Tây Nguyên 2019\n\n"
            "Tại hội nghị, hai bên đánh giá kết quả hợp tác trong thời gian qua.\n")
    art, events, _ = events_of(text)
    assert len(art.teasers) == 2
    main = next(e for e in events if e["main"])
    assert main["date"] == "--12-12" and main["year_source"] == "unknown"   # no year from teasers
    assert all(e["date"] != "2019-09-09" for e in events)


def test_a_dated_caption_is_used_only_when_the_text_dates_nothing():
    text = ("Sơn La và Hủa Phăn ký biên bản hợp tác\n\nĐại diện lãnh đạo hai tỉnh dự buổi lễ ký kết "
            "biên bản hợp tác toàn diện giai đoạn 2026 – 2028, cùng lãnh đạo các sở, ngành liên quan "
            "của hai bên.\n![]() |\nNgày 16/8, diễn ra lễ ký biên bản hợp tác giữa hai tỉnh. (Ảnh: Thông tấn) |\n")
    main = main_of(text)
    assert main["date_text"] == "Ngày 16/8" and main["type"] == "signing"
    assert main["date"] == "2026-08-16"    # signed as the period 2026 - 2028 opens
    text2 = ("Hai tỉnh hội đàm\n\nSáng 12/5, lãnh đạo tỉnh Điện Biên hội đàm với tỉnh Luông Pha Bang.\n\n"
             "Lãnh đạo hai tỉnh tại buổi hội đàm ngày 11/5. Ảnh: Thu Hà\n")
    assert main_of(text2)["date_text"] == "Sáng 12/5"


# --- more page shapes ---------------------------------------------------------------------

def test_a_festive_banner_above_the_headline_is_chrome():
    text = ("Trang chủ | Tin tức | Chính trị\nHotline: 0912 000 111\nChào mừng kỷ niệm 50 năm giải phóng "
            "miền Nam 2025\nQUẢNG NGÃI VÀ KON TUM KÝ KẾT CHƯƠNG TRÌNH HỢP TÁC\nCập nhật lúc 16:20, 12/04/2025\n"
            "Chiều 11/4, tại thành phố Quảng Ngãi, UBND tỉnh Quảng Ngãi và UBND tỉnh Kon Tum đã tổ chức lễ "
            "ký kết chương trình hợp tác.\n")
    art, events, _ = events_of(text)
    assert art.title == "QUẢNG NGÃI VÀ KON TUM KÝ KẾT CHƯƠNG TRÌNH HỢP TÁC"
    assert any("banner" in why for _, _, why in art.chrome)
    main = next(e for e in events if e["main"])
    assert (main["date"], main["type"]) == ("2025-04-11", "signing")


def test_a_caption_before_the_lead_is_not_the_headline():
    text = ("27/04/2031 - 14:35\n\nĐoàn đại biểu tỉnh Bắc Kạn thăm và làm việc tại tỉnh Thái Nguyên\n\n"
            "Đồng chí Bí thư Tỉnh ủy Bắc Kạn (bìa trái) trao quà lưu niệm cho lãnh đạo\ntỉnh Thái Nguyên.\n\n"
            "(TN) - Ngày 26-4-2031, đoàn đại biểu tỉnh Bắc Kạn đã đến thăm và làm việc với tỉnh Thái Nguyên.\n")
    art, events, _ = events_of(text)
    assert art.title == "Đoàn đại biểu tỉnh Bắc Kạn thăm và làm việc tại tỉnh Thái Nguyên"
    assert main_of(text)["date"] == "2031-04-26"


def test_a_sites_name_is_no_headline_and_a_named_tag_opens_the_lead():
    text = ("Cổng thông tin điện tử tỉnh Yên Bái\nNgày đăng: 08/04/2023 | Lượt xem: 1234\n"
            "Yên Bái và Lào Cai ký kết hợp tác\nVừa qua, UBND tỉnh Yên Bái và UBND tỉnh Lào Cai đã ký kết "
            "chương trình hợp tác giai đoạn 2023 - 2025.\nVăn phòng UBND tỉnh\n")
    art, events, _ = events_of(text)
    assert art.title == "Yên Bái và Lào Cai ký kết hợp tác"
    main = next(e for e in events if e["main"])
    assert (main["date"], main["precision"], main["type"]) == ("2023-04", "month", "signing")
    lead = ("Báo Đà Nẵng - Sáng 8/4, UBND thành phố Đà Nẵng và UBND tỉnh Quảng Nam tổ chức hội nghị "
            "liên kết phát triển du lịch.")
    art = parse_article(lead)
    assert art.title.startswith("Sáng 8/4, UBND") and art.lead_span() == (0, len(lead))


def test_related_titles_listed_above_the_lead_are_chrome():
    text = ("Hai tỉnh ký kết hợp tác\nTin liên quan\nNgày 3/3, Lạng Sơn đón đoàn khách quốc tế\n"
            "Khánh thành cầu biên giới 2031\n\nSáng 12/3, tại thành phố Cao Bằng, hai tỉnh Cao Bằng và "
            "Lạng Sơn đã tổ chức lễ ký kết chương trình hợp tác.\n")
    art, events, _ = events_of(text)
    assert art.title == "Hai tỉnh ký kết hợp tác"
    assert "Ngày 3/3" not in art.body
    main = next(e for e in events if e["main"])
    assert (main["date_text"], main["type"], main["year_source"]) == ("Sáng 12/3", "signing", "unknown")


def test_an_inline_related_link_does_not_end_the_article():
    text = ("Hai tỉnh ký kết hợp tác\n\nSáng 12/3, tại thành phố Cao Bằng, hai tỉnh Cao Bằng và Lạng Sơn "
            "đã tổ chức lễ ký kết chương trình hợp tác.\n"
            "Xem thêm: Lạng Sơn đón đoàn khách quốc tế ngày 3/3/2031\n"
            "Trước đó, ngày 18/4/2029, lãnh đạo hai tỉnh đã ký kết Bản ghi nhớ hợp tác toàn diện, mở ra "
            "nhiều cơ hội hợp tác mới trên các lĩnh vực nông nghiệp, du lịch, thương mại và giao thông "
            "giữa hai địa phương có chung đường biên giới.\n"
            "Xem thêm\nNgày 2/9, Lạng Sơn đón đoàn khách.\n")
    art, events, _ = events_of(text)
    assert "Trước đó" in art.body and "3/3/2031" not in art.body and "Ngày 2/9" not in art.body
    assert "2029-04-18" in {e["date"] for e in events if not e["main"]}


def test_a_hard_wrapped_page_is_read_as_sentences():
    text = ("Hai tỉnh biên giới tăng cường hợp tác\n\n"
            "Chiều 7/11, lãnh đạo tỉnh An Giang và tỉnh Takeo (Vương quốc\n"
            "Campuchia) đã tổ chức hội nghị sơ kết hợp tác 6 tháng đầu năm\n"
            "2030, thống nhất phương hướng trong thời gian tới.\n"
            "Đặc biệt, hai tỉnh thống nhất lập hồ sơ mở cặp cửa khẩu phụ, đề nghị\n"
            "nâng cấp cửa khẩu từ ngày 1/1/2031.\n")
    art, events, _ = events_of(text)
    s, e = art.lead_span()
    assert art.text[s:e].endswith("thời gian tới.") and not art.teasers
    main = next(e for e in events if e["main"])
    assert (main["date"], main["type"]) == ("2030-11-07", "conference")


def test_a_long_menu_of_provinces_above_the_headline():
    menu = "\n".join(["An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
                      "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng"] * 3)
    text = (menu + "\n\nHai tỉnh biên giới ký kết hợp tác\n\nSáng 12/3, tại thành phố Lào Cai, tỉnh Lào Cai "
            "và tỉnh Hà Giang đã tổ chức lễ ký kết chương trình hợp tác.\n")
    art, events, _ = events_of(text)
    assert art.title == "Hai tỉnh biên giới ký kết hợp tác"
    main = next(e for e in events if e["main"])
    assert (main["date_text"], main["type"], main["pair"]) == ("Sáng 12/3", "signing", ["Hà Giang", "Lào Cai"])


def test_a_section_label_printed_twice_is_not_the_headline():
    from hoptac.core.extract.article import parse_article

    page = ("Tin hoạt động của sở Tin hoạt động của sở\n\nQuay lại\n\n"
            "Thành phố Cần Thơ tiếp đoàn học tập kinh nghiệm tỉnh Hà Giang\n\n"
            "Ngày 10/4/2023, thành phố Cần Thơ tiếp đoàn công tác tỉnh Hà Giang.\n")
    assert parse_article(page).title == "Thành phố Cần Thơ tiếp đoàn học tập kinh nghiệm tỉnh Hà Giang"
    from hoptac.core.extract.page_lines import is_doubled_label

    assert is_doubled_label("Tin tức Tin tức") and not is_doubled_label("Hợp tác, hợp tác và hợp tác hơn nữa")
