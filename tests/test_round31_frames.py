"""Round 31 (meta31): a page read the same in another site's frame. Sentences and frames written for
these tests (the shapes seen on news sites, never a page's text)."""

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.chrome import is_leadlike, opens_with_time
from hoptac.core.extract.page_lines import _lines


def _line(text):
    return _lines(text)[0]


def test_a_short_lead_after_a_tag_with_spaces_still_opens_with_its_time():
    # a site's tag in brackets, then a lead the scraper cut short: the time after the tag makes it a lead
    ln = _line("(Báo Miền Xanh) - Sáng 18.9, tại cửa khẩu A Lưới, UBND huyện A")
    assert opens_with_time(ln.raw, ln.folded)
    assert is_leadlike(ln.raw, ln.folded)


_SITE_LEAD = ("Hai xã biên giới kết nghĩa\n"
              "{tag}Sáng 18/9, tại xã A Xing, UBND huyện Nam Giang tổ chức lễ kết nghĩa giữa xã A Xing và "
              "bản Đắc Tôi, huyện Đắc Chưng, tỉnh Sê Kông (Lào).\n"
              "Hai bên thống nhất phối hợp bảo vệ đường biên, trao đổi thông tin và giúp nhau phát triển kinh tế.\n")


def test_the_sites_name_opening_the_lead_is_no_place_of_the_page():
    from hoptac.core.extract.site_tags import SITE_TAGS, site_tag_end
    for name, _, example in SITE_TAGS:
        assert site_tag_end(example) > 0, name
    assert site_tag_end("(Quảng Nam) - Sáng 18/9, …") == 0      # a place alone is no site's name
    text = _SITE_LEAD.format(tag="(Báo Yên Bái) - ")
    a = parse_article(text)
    assert any(text[s:e].startswith("(Báo Yên Bái)") for s, e, _ in a.chrome)
    assert "Yên Bái" not in a.body_masked()


_BANNERED = ("{banner}\n"
             "Huyện A và huyện B ký kết chương trình hợp tác\n"
             "Sáng 14/3, tại huyện A, lãnh đạo huyện A và huyện B đã ký kết chương trình hợp tác giai đoạn mới "
             "về nông nghiệp, du lịch và giáo dục.\n")


def test_an_anniversary_banner_over_the_headline_is_chrome():
    from hoptac.core.extract.header_banners import ANNIVERSARY_BANNERS
    banner = "Kỷ niệm 50 năm Ngày giải phóng tỉnh Miền Xanh (30/4/1975 - 30/4/2025)"
    a = parse_article(_BANNERED.format(banner=banner))
    assert a.title == "Huyện A và huyện B ký kết chương trình hợp tác"
    for name, _, example in ANNIVERSARY_BANNERS:
        assert parse_article(_BANNERED.format(banner=example)).title.startswith("Huyện A"), name


def test_an_anniversary_headline_alone_over_the_lead_stays_the_headline():
    head = "Kỷ niệm 60 năm quan hệ hữu nghị giữa hai tỉnh (1965 - 2025)"
    a = parse_article(head + "\nSáng 14/3, tại tỉnh A, hai tỉnh tổ chức lễ kỷ niệm 60 năm quan hệ hữu nghị, "
                             "đặc biệt, hợp tác toàn diện giữa hai địa phương.\n")
    assert a.title == head


def test_an_anniversary_banner_over_the_sites_menu_is_no_headline():
    banner = "Kỷ niệm 50 năm Ngày giải phóng tỉnh Miền Xanh (30/4/1975 - 30/4/2025)"
    a = parse_article(banner + "\nTrang chủ\nTin tức\nSáng 14/3, tại huyện A, lãnh đạo huyện A và huyện B đã ký kết "
                               "chương trình hợp tác giai đoạn mới về nông nghiệp, du lịch và giáo dục.\n")
    assert a.title_span == (0, 0) and "Miền Xanh" not in a.title


def test_a_related_box_glued_to_its_first_title_ends_the_article():
    from hoptac.core.extract.chrome import glued_end_marker
    body = ("Hai huyện ký kết hợp tác\n"
            "Sáng 14/3, tại huyện A, lãnh đạo huyện A và huyện B đã ký kết chương trình hợp tác giai đoạn mới "
            "về nông nghiệp, du lịch và giáo dục.\n"
            "Hai bên thống nhất trao đổi đoàn công tác mỗi năm một lần.\n")
    for glued in ("Tin liên quanTỉnh Miền Xanh và tỉnh Miền Đỏ ký kết hợp tác",
                  "Bài viết liên quanĐoàn công tác huyện C thăm huyện D"):
        a = parse_article(body + glued + "\n")
        assert "Miền Xanh" not in a.body and "huyện C" not in a.body
    ln = _line("Tin liên quan đến vụ việc, hai bên đã trao đổi")   # spaced: no glue (is_end_marker's)
    assert not glued_end_marker(ln.raw, ln.folded)


def _wrapped(paragraphs, width=80):
    out = []
    for p in paragraphs:
        cur = ""
        for w in p.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
        out.append("")
    return "\n".join(out)


def test_a_year_cue_cut_by_a_hard_wrap_is_read_across_the_break():
    from hoptac.core.extract.article import parse_article
    from hoptac.core.extract.wrapped_joins import unbroken
    paras = ["Hội nghị tổng kết hợp tác giữa tỉnh Miền Xanh và tỉnh Miền Đỏ",
             "Ngày 21/3, tại thành phố Miền Xanh, lãnh đạo tỉnh Miền Xanh và tỉnh Miền Đỏ đã tổ chức hội nghị "
             "thường niên để đánh giá kết quả hợp tác giữa hai tỉnh giai đoạn 2022 - 2024 và bàn phương hướng "
             "hợp tác trong thời gian tới, trong đó có nông nghiệp, du lịch, giáo dục.",
             "Tại hội nghị, hai bên đã thống nhất nhiều nội dung hợp tác cụ thể trong lĩnh vực nông nghiệp, "
             "thương mại, du lịch và giáo dục, đồng thời giao các sở, ngành xây dựng kế hoạch chi tiết.",
             "Hai tỉnh cũng thống nhất tổ chức hội nghị lần tiếp theo tại tỉnh Miền Đỏ vào quý I năm sau, "
             "với sự tham dự của lãnh đạo các sở, ngành và địa phương có liên quan của hai bên."]
    text = _wrapped(paras)
    assert "giai đoạn 2022\n- 2024" in text or "giai đoạn\n2022" in text or "2022 -\n2024" in text
    a = parse_article(text)
    flat = unbroken(text, a.joins)
    assert "giai đoạn 2022 - 2024" in flat


_SHIP = [   # a page hard-wrapped at about 80 columns, no blank line between its paragraphs
    "Đoàn công tác của tỉnh Miền Xanh thăm hỏi cán bộ, chiến sĩ trên đảo Hòn Ngọc",
    "Đoàn công tác gồm lãnh đạo tỉnh Miền Xanh, tỉnh Miền Đỏ và nhiều phóng viên",
    "báo, đài của trung ương và địa phương, cùng cán bộ các sở, ngành của hai tỉnh",
    "và đại diện các hội, đoàn thể đã lên tàu từ cảng quân sự ở thành phố ven biển",
    "Hải trình vượt sóng tới đảo Hòn Ngọc dự kiến kéo dài 48 giờ, nhưng do sóng lớn",
    "đến 8 giờ sáng ngày 20 tháng 3, sau 50 giờ, con tàu mới buông neo ngoài khơi",
    "đảo, và các thành viên của đoàn xuống xuồng để vào thăm hỏi cán bộ, chiến sĩ",
    "đang ngày đêm làm nhiệm vụ bảo vệ vùng biển đảo thiêng liêng của Tổ quốc ta.",
]


def _ship_page(lines):
    from hoptac.core.extract.article import parse_article
    text = "\n".join(lines) + "\n"
    return text, parse_article(text)


def test_a_plan_word_is_not_run_on_into_the_sentence_of_a_day():
    # "dự kiến" on one line, a yearless day on the next: read as one sentence, the ship's arrival would be told ahead
    text, a = _ship_page(_SHIP)
    assert a.joins   # the page is read as hard-wrapped: its other breaks run on
    brk = text.index("nhưng do sóng lớn\n") + len("nhưng do sóng lớn")
    assert brk not in a.joins
    # counter-example: with no plan word, the same break is read as a space
    text, a = _ship_page([ln.replace(" dự kiến", " thường") for ln in _SHIP])
    brk = text.index("nhưng do sóng lớn\n") + len("nhưng do sóng lớn")
    assert brk in a.joins


def test_a_line_closed_by_a_bracketed_date_does_not_run_on():
    # a related title glued at a line's end, its date in brackets: the next line is another sentence
    lines = list(_SHIP)
    lines[2] = "báo, đài trung ương. Hai huyện vùng cao bàn cách bán nông sản qua cửa khẩu (14/09/2017)"
    text, a = _ship_page(lines)
    brk = text.index("(14/09/2017)\n") + len("(14/09/2017)")
    assert a.joins and brk not in a.joins
    lines[2] = "báo, đài trung ương. Hai huyện vùng cao bàn cách bán nông sản qua cửa khẩu 14/09/2017"
    text, a = _ship_page(lines)
    assert text.index("14/09/2017\n") + len("14/09/2017") not in a.joins


def _stamped(stamp):
    return "\n\n".join([
        stamp,
        "Tỉnh Miền Xanh và tỉnh Miền Đỏ tăng cường hợp tác phát triển",
        "Trao đổi kinh nghiệm quản lý, quảng bá du lịch, thu hút đầu tư là những nội dung hợp tác quan trọng "
        "trong thời gian tới giữa hai tỉnh Miền Xanh và Miền Đỏ.",
        "Ký kết biên bản hợp tác giữa hai địa phương",
        "Chiều 13/3, tại thành phố Miền Xanh, lãnh đạo hai tỉnh đã tổ chức buổi làm việc và ký kết biên bản hợp "
        "tác giai đoạn tới, tập trung vào du lịch, nông nghiệp và giáo dục.",
        "Phát biểu tại buổi làm việc, lãnh đạo tỉnh Miền Xanh cảm ơn tình cảm của tỉnh bạn.",
    ]) + "\n"


def test_a_weekday_stamp_over_the_headline_names_the_day_of_the_paragraph_after_a_subhead():
    # a weekday, a date and a time over the headline, no other stamp, a lead that names no day: the stamp is the
    # article's when the first dated paragraph after the lead (past a subhead) names its day
    a = parse_article(_stamped("Thứ Tư, 13/3/2019 - 08:30"))
    assert a.published is not None and a.published.date().isoformat() == "2019-03-13"
    # counter-example: a site's clock of another day (the time the page was rendered) stays the clock
    a = parse_article(_stamped("Thứ Hai, 11/9/2023 - 08:14"))
    assert a.published is None


def test_a_two_day_lead_names_its_first_day():
    from hoptac.core.extract.stamp_choice import _names_day
    import datetime as dt
    stamp = dt.datetime(2023, 7, 27, 8, 30)
    for told in ("Trong 2 ngày 27 và 28-7, đoàn công tác tỉnh A thăm tỉnh B", "Từ 27 đến 28/7, đoàn thăm tỉnh B",
                 "Ngày 27-28/7, đoàn thăm tỉnh B"):
        assert _names_day(told, stamp), told
    for told in ("Ngày 29-30/7, đoàn thăm tỉnh B", "Ngày 28/7, đoàn thăm tỉnh B", "năm 2027 và 28/7",
                 "Từ ngày 26 – 28/7, đoàn thăm tỉnh B"):   # (a range's first day is the stamp's own, not the day before)
        assert not _names_day(told, stamp), told


_ONE_LINE_LEAD = ("Chiều 10/2, lãnh đạo tỉnh Miền Xanh đã đón tiếp đoàn cán bộ tỉnh kết nghĩa Miền Đỏ sang thăm và chúc "
                  "tết. Hai bên ôn lại truyền thống hợp tác và thống nhất nhiều nội dung trong năm mới.")


def test_a_publication_stamp_glued_to_the_lead_is_the_pages_stamp():
    # the whole article on one line, the stamp line joined into the lead: its day (the day after) is no lead's date
    for stamp, day in (("Chủ Nhật, 11/02/2018 | 16:51 ", 11), ("Ngày đăng: 11/02/2018 Lượt xem: ", 11),
                       ("T.H 11/02/2018 09:38 GMT+7 ", 11), ("11/02/2018 08:39 86 lượt xem ", 11)):
        text = "Tỉnh Miền Xanh đón đoàn tỉnh kết nghĩa Miền Đỏ\n\n" + stamp + _ONE_LINE_LEAD + "\n"
        a = parse_article(text)
        assert a.published is not None and (a.published.year, a.published.day) == (2018, day), stamp
        assert text[a.lead_span()[0]:].startswith("Chiều 10/2"), stamp


def test_a_lead_opening_with_its_own_weekday_and_day_keeps_it():
    from hoptac.core.extract.lead_stamps import lead_stamp
    # no time of day, no label: the occasion's day, not a stamp
    assert lead_stamp("Chủ nhật, 11/2/2018, đoàn cán bộ tỉnh Miền Đỏ đã sang thăm và chúc tết tỉnh Miền Xanh") is None
    # a stamp with nothing after it is a stamp line, the stamp readers' business
    assert lead_stamp("Chủ Nhật, 11/02/2018 | 16:51") is None
    text = "Tỉnh Miền Xanh đón đoàn tỉnh kết nghĩa Miền Đỏ\n\nChủ nhật, 11/2/2018, đoàn tỉnh Miền Đỏ sang thăm tỉnh " \
           "Miền Xanh và chúc tết. Hai bên ôn lại truyền thống hợp tác.\n"
    a = parse_article(text)
    assert a.published is None and text[a.lead_span()[0]:].startswith("Chủ nhật, 11/2/2018")
