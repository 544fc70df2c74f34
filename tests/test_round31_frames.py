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
