"""A chat box's close button printed as a line ("Đóng cửa sổ tư vấn [X]") is a site's control, never a
headline. Lines written for this test."""

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.site_controls import control_reason
from hoptac.core.text import fold


def test_a_close_button_line_is_a_control():
    for line in ("Đóng cửa sổ tư vấn [X]", "Đóng cửa sổ hỗ trợ [x]", "[X]", "Đóng cửa sổ"):
        assert control_reason(line, fold(line)) is not None, line


def test_a_sentence_that_only_holds_the_words_is_no_control():
    for line in ("Đóng cửa sổ tư vấn, hai huyện ký kết biên bản ghi nhớ.", "Hai tỉnh bàn việc đóng cửa sổ"):
        assert control_reason(line, fold(line)) is None, line


def test_the_headline_under_a_close_button_is_the_title():
    text = ("Đóng cửa sổ tư vấn [X]\n\nHuyện A Lưới và huyện Tà Ôi ký kết hợp tác\n\n"
            "Ngày 5/3, huyện A Lưới và huyện Tà Ôi đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028.\n")
    assert parse_article(text).title == "Huyện A Lưới và huyện Tà Ôi ký kết hợp tác"


def test_a_sites_name_as_a_news_page_under_the_close_button_is_no_title():
    text = ("Đóng cửa sổ tư vấn [X]\nTrang tin điện tử Hội Nông dân tỉnh A\n\nHuyện A Lưới và huyện Tà Ôi ký kết hợp tác\n\n"
            "Ngày 5/3, huyện A Lưới và huyện Tà Ôi đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028.\n")
    assert parse_article(text).title == "Huyện A Lưới và huyện Tà Ôi ký kết hợp tác"


def test_a_screen_readers_skip_links_are_controls():
    for line in ("Skip to main content", "Skip Ribbon Commands", "Skip navigation", "Chuyển đến nội dung chính",
                 "Bỏ qua nội dung"):
        assert control_reason(line, fold(line)) is not None, line
    for line in ("Skip to main content: hai huyện ký kết biên bản ghi nhớ hợp tác năm 2024.",):
        assert control_reason(line, fold(line)) is None, line


def test_the_headline_under_skip_links_is_the_title():
    """A SharePoint portal's page opens with two links for screen readers; the headline comes next."""
    text = ("Skip Ribbon Commands\nSkip to main content\n\nThành phố A giới thiệu sản phẩm của năm tỉnh\n\n"
            "Thành phố A phối hợp với huyện B vừa tổ chức sự kiện giới thiệu sản phẩm, từ ngày 7/10 đến ngày "
            "11/10 tại huyện B.\n")
    assert parse_article(text).title == "Thành phố A giới thiệu sản phẩm của năm tỉnh"


def test_a_loading_placeholder_is_a_control():
    """A page caught while loading: "Đang tải nội dung, vui lòng chờ giây lát..." above the page (round 24: the
    app showed it as an event's title)."""
    for line in ("Đang tải nội dung, vui lòng chờ giây lát...", "Đang tải...", "Vui lòng chờ giây lát",
                 "ĐANG TẢI NỘI DUNG…"):
        assert control_reason(line, fold(line)) is not None, line
    for line in ("Đang tải nội dung hợp tác giữa hai tỉnh lên cổng thông tin.", "Vui lòng chờ giây lát để hai tỉnh ký kết"):
        assert control_reason(line, fold(line)) is None, line
    text = ("Đang tải nội dung, vui lòng chờ giây lát...\nĐang tải nội dung, vui lòng chờ giây lát...\n\n"
            "Huyện A Lưới và huyện Tà Ôi ký kết hợp tác\n\n"
            "Ngày 5/3, huyện A Lưới và huyện Tà Ôi đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028.\n")
    assert parse_article(text).title == "Huyện A Lưới và huyện Tà Ôi ký kết hợp tác"
