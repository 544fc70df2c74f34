"""Round 21 (titles21): site chrome taken for the headline, a year cue with a view counter
glued on, a person's title cut before its last word. Sentences written for the tests."""

from hoptac.core.extract.article import parse_article

LEAD = ("Sáng 12/4, tại thành phố Đông Hà, UBND tỉnh Quảng Trị và tỉnh Savannakhet đã ký kết "
        "biên bản hợp tác giai đoạn 2025-2030 trên nhiều lĩnh vực.")
HEAD = "Quảng Trị và Savannakhet ký kết hợp tác giai đoạn mới"


def _title(*top: str) -> str:
    return parse_article("\n".join([*top, HEAD, "12/04/2025 10:15", LEAD, "Hai bên thống nhất nhiều nội dung."])).title


def _title_unstamped(*top: str) -> str:
    """(no stamp between the headline and the lead: the headline over the stamp does not tell it)"""
    return parse_article("\n".join([*top, HEAD, LEAD, "Hai bên thống nhất nhiều nội dung."])).title


def test_menu_button_is_no_headline():
    assert _title_unstamped("Tất cả chuyên mục") == HEAD


def test_search_box_is_no_headline():
    assert _title_unstamped("Tìm kiếm tin tức") == HEAD


def test_print_edition_menu_is_no_headline():
    assert _title_unstamped("Multimedia Đọc Báo in") == HEAD


def test_font_and_contrast_controls_are_no_headline():
    assert _title_unstamped("Xem với cỡ chữ Tương phản") == HEAD
    assert _title_unstamped("A- A A+ | Chia sẻ bài viết lên facebook Chia sẻ bài viết lên zalo Tăng tương phản") == HEAD


def test_sponsors_box_and_subscribe_are_no_headline():
    assert _title_unstamped("Đơn vị hỗ trợ") == HEAD
    assert _title_unstamped("Đăng ký mua gói ấn phẩm|Đăng nhập") == HEAD


def test_masthead_naming_the_owner_is_no_headline():
    assert _title_unstamped("MỚI NHẤT", "CƠ QUAN CỦA HỘI CỰU CHIẾN BINH VIỆT NAM") == HEAD


def test_breadcrumb_glued_to_the_headline_is_no_headline():
    assert _title_unstamped("Trang chủKinh tế" + HEAD) == HEAD


def test_a_headline_opening_with_a_control_word_stays():
    head = "Đăng ký hợp tác du lịch giữa hai tỉnh biên giới"
    art = parse_article("\n".join([head, "12/04/2025 10:15", LEAD]))
    assert art.title == head


# --- a year cue quoting a stamp with a view counter glued on ------------------------------------

def test_stamp_cue_quotes_the_date_without_the_counters():
    import datetime as dt

    from hoptac.core.extract.years import year_cue_record
    page = "Hai tỉnh tổng kết hợp tác\n\n20/06/2024 1.315 2\n\nNgày 18/6, tại tỉnh A, …"
    s = page.index("20/06")
    rec = year_cue_record(page, None, "published", dt.datetime(2024, 6, 20), (s, page.index("\n", s)))
    assert rec["text"] == "20/06/2024"


def test_stamp_cue_keeps_its_time_of_day():
    import datetime as dt

    from hoptac.core.extract.years import year_cue_record
    page = "Thứ Năm, 20/06/2024 08:45 27\nNgày 18/6, …"
    rec = year_cue_record(page, None, "published", dt.datetime(2024, 6, 20), (0, page.index("\n")))
    assert rec["text"] == "Thứ Năm, 20/06/2024 08:45"


# --- a person's title cut before its last word -------------------------------------------------

def _titles(text: str) -> dict[str, str]:
    from hoptac.core.extract.people import find_people
    return {p.name: p.title for p in find_people(text)}


def test_title_closed_by_a_glued_dash_keeps_its_last_word():
    text = "Chiều 5/9, đồng chí Đỗ Văn Khải - Phó Thủ tướng Chính phủ- đã chủ trì buổi làm việc."
    assert _titles(text)["Đỗ Văn Khải"] == "Phó Thủ tướng Chính phủ"


def test_a_foreign_government_in_a_title_keeps_its_province():
    text = "Dự có ông Mikhail Orlov, Phó Chủ tịch Chính phủ tỉnh Tula, và đoàn công tác."
    assert any(t == "Phó Chủ tịch Chính phủ tỉnh Tula" for t in _titles(text).values())


def test_phu_after_another_word_ends_the_title():
    text = "Ông Hà Minh Tú - Chủ tịch UBND tỉnh phủ nhận thông tin trên."
    assert _titles(text)["Hà Minh Tú"] == "Chủ tịch UBND tỉnh"


# --- more chrome over the headline -------------------------------------------------------------

def test_share_row_ending_with_google_plus_is_no_headline():
    assert _title_unstamped("A- A A+ | Chia sẻ bài viết lên facebook Chia sẻ bài viết lên google+ Giảm tương phản") == HEAD


def test_visitor_counter_box_does_not_hide_the_headline():
    assert _title_unstamped("Thống kê truy cập", "Tổng truy cập 2.417.903", "Truy cập hiện tại 312 khách") == HEAD


def test_contact_line_is_no_headline():
    assert _title_unstamped("* Email: toasoan.baoxyz@gmail.com *Tòa soạn: 0912345678 - 0987654321") == HEAD


# --- the headline over the stamp over the lead -----------------------------------------------------

def test_portrait_sidebar_and_link_box_yield_to_the_headline_over_the_stamp():
    assert _title("Tìm kiếm tin tức", "Đồng chí TRẦN VĂN BÌNH", "Bí thư Huyện ủy", "Liên kết website") == HEAD




def test_detail_view_with_the_site_name_is_no_headline():
    assert _title_unstamped("Chi tiết - Sở Công Thương tỉnh Đồng Nai") == HEAD
    assert _title_unstamped("Chi tiết tin - Tin tức sự kiện - Sở Nội vụ") == HEAD


def test_bulleted_menu_items_are_no_headline():
    assert _title_unstamped("Danh mục", "• Trang chủ", "• Giới thiệu", "• Lịch sử hình thành", "• Văn bản") == HEAD


def test_bulleted_item_in_the_body_stays_text():
    page = "\n".join([HEAD, "12/04/2025 10:15", LEAD, "• Hai bên trao đổi đoàn học sinh hằng năm.", "Kết thúc."])
    assert "trao đổi đoàn học sinh" in parse_article(page).body
