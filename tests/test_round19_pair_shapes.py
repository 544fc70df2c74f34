"""Partner round 19: sides named by their bodies ("Công an tỉnh A và công an các tỉnh B, C"), a
side the lead counts and the body names, a tour's stops, and a venue's address in parentheses
(sentences written for these tests; none is copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.partner_sides import BODIES, a_body_before, strip_bodies
from hoptac.core.extract.partner_venues import in_venue_aside

from extract_support import main_event


def parties(ev: dict) -> list[str]:
    return [p["province"] for p in ev["parties"]]


# --- a body's name between two places joins them -------------------------------------------------

@pytest.mark.parametrize("between, want", [
    ("va cong an cac", "va cac"),
    ("voi ban chi huy quan su", "voi"),
    (", uy ban mttq viet nam", ","),
    ("va so van hoa, the thao va du lich cac", "va cac"),
    ("va hoi nong dan", "va"),
    ("va lien doan lao dong", "va"),
    ("va", "va"),                                   # nothing to strip
    ("ky ket voi", "ky ket voi"),
    ("va cong an xa nay da bat giu doi tuong", "va cong an xa nay da bat giu doi tuong"),   # not a body's name then a place
])
def test_a_body_s_name_is_stripped_from_what_joins(between, want):
    assert strip_bodies(between) == want


def test_every_body_of_the_table_has_an_example():
    assert all(example for _, example in BODIES)


@pytest.mark.parametrize("window, want", [
    ("ngay 2/3, cong an tinh vinh long va cong an ", True),
    ("ky ket voi hoi nong dan cac tinh ", True),
    ("ngay 2/3, doan dai bieu ", False),
])
def test_a_body_s_name_introduces_a_list(window, want):
    assert a_body_before(window) is want


def test_a_city_s_police_with_the_police_of_a_list_of_provinces():
    ev = main_event("Tăng cường phối hợp giữ gìn an ninh vùng giáp ranh\n\n"
                    "Ngày 21/9, Công an tỉnh Vĩnh Long và Công an Trà Vinh, Bến Tre, Đồng Tháp ký kết "
                    "quy chế phối hợp trong phòng, chống tội phạm.\n")
    assert set(parties(ev)) == {"Vĩnh Long", "Trà Vinh", "Bến Tre", "Đồng Tháp"}


def test_three_fronts_each_named_by_its_body_are_three_parties():
    ev = main_event("Mặt trận ba tỉnh bắt tay hành động\n\n"
                    "Sáng 8/10, Ủy ban MTTQ Việt Nam tỉnh Lai Châu, Ủy ban MTTQ Việt Nam tỉnh Điện Biên và "
                    "Ủy ban MTTQ Việt Nam tỉnh Sơn La ký kết chương trình phối hợp giai đoạn mới.\n")
    assert set(parties(ev)) == {"Lai Châu", "Điện Biên", "Sơn La"}


def test_a_border_command_with_a_district_s_military_command():
    ev = main_event("Ký kết quy chế phối hợp giữ vững an ninh biên giới\n\n"
                    "Chiều 16/6, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đồng Tháp với Ban Chỉ huy Quân sự huyện "
                    "Tân Biên, tỉnh Tây Ninh tổ chức ký kết quy chế phối hợp.\n")
    assert sorted(ev["pair"]) == ["Tây Ninh", "Đồng Tháp"]


# --- the headline or lead counts the other side, the body names it --------------------------------

def test_a_side_the_lead_counts_and_the_body_names():
    ev = main_event("Công an tỉnh Long An ký quy chế phối hợp với công an 4 tỉnh\n\n"
                    "Ngày 11/7, Công an tỉnh Long An tổ chức hội nghị ký kết quy chế phối hợp phòng, chống "
                    "tội phạm với công an 4 tỉnh giáp ranh.\n\n"
                    "Dự hội nghị có lãnh đạo Công an các tỉnh Tiền Giang, Tây Ninh, Đồng Tháp và Bến Tre. "
                    "Các bên thống nhất trao đổi thông tin hằng tháng.\n")
    assert ev["parties"][0]["province"] == "Long An"
    assert set(parties(ev)) == {"Long An", "Tiền Giang", "Tây Ninh", "Đồng Tháp", "Bến Tre"}


def test_a_list_of_another_count_is_no_side():
    ev = main_event("Công an tỉnh Long An ký quy chế phối hợp với công an 4 tỉnh\n\n"
                    "Ngày 11/7, Công an tỉnh Long An tổ chức hội nghị ký kết quy chế phối hợp phòng, chống "
                    "tội phạm với công an 4 tỉnh giáp ranh.\n\n"
                    "Trước đó, lực lượng đã phối hợp với Công an các tỉnh Kiên Giang, An Giang. "
                    "Các bên thống nhất trao đổi thông tin hằng tháng.\n")
    assert "An Giang" not in parties(ev)   # (Kiên Giang, joined to it, may be the scores' second)


def test_the_stops_of_a_tour_the_lead_counts():
    ev = main_event("Học tập mô hình kinh tế tập thể\n\n"
                    "Từ ngày 3 đến 7/8, Đoàn công tác đã đến khảo sát, học tập kinh nghiệm phát triển hợp tác xã "
                    "tại 3 tỉnh Tây Nguyên.\n\n"
                    "Tại tỉnh Lâm Đồng, đoàn thăm một hợp tác xã rau. Tại Đắk Lắk, đoàn làm việc với huyện "
                    "Cư M'gar. Tại tỉnh Gia Lai, đoàn tham quan vườn cà phê.\n")
    assert set(parties(ev)) == {"Lâm Đồng", "Đắk Lắk", "Gia Lai"}


def test_stops_not_counted_by_the_lead_are_left_to_the_scores():
    ev = main_event("Học tập mô hình kinh tế tập thể\n\n"
                    "Từ ngày 3 đến 7/8, Đoàn công tác đã đến khảo sát, học tập kinh nghiệm phát triển hợp tác xã "
                    "tại 4 tỉnh Tây Nguyên.\n\n"
                    "Tại tỉnh Lâm Đồng, đoàn thăm một hợp tác xã rau. Tại Đắk Lắk, đoàn làm việc với huyện "
                    "Cư M'gar. Tại tỉnh Gia Lai, đoàn tham quan vườn cà phê.\n")
    assert "Gia Lai" not in parties(ev)   # three stops told, four counted: no side read


# --- a venue's address in parentheses -------------------------------------------------------------

def test_a_venue_s_province_in_parentheses_is_no_partner():
    ev = main_event("Nông dân hai tỉnh bắt tay\n\n"
                    "Ngày 19/5, tại xã Tân Hòa (huyện Gò Công Đông, tỉnh Tiền Giang), Hội Nông dân tỉnh Bến Tre "
                    "và Hội Nông dân tỉnh Trà Vinh ký kết chương trình phối hợp.\n\n"
                    "Huyện Gò Công Đông có nhiều mô hình hay.\n")
    assert sorted(ev["pair"]) == ["Bến Tre", "Trà Vinh"]


@pytest.mark.parametrize("text, name, venue", [
    ("Ngày 2/4, tại xã Tân Hòa (huyện Gò Công Đông, tỉnh Tiền Giang), hai hội ký kết", "tỉnh Tiền Giang", True),
    ("Sáng 2/4, ở trụ sở UBND xã Tân Hòa (huyện Gò Công Đông) diễn ra lễ", "huyện Gò Công Đông", True),
    ("Ngày 2/4, tại Hà Nội, tỉnh Bến Tre và huyện Bá Thước (tỉnh Thanh Hóa) ký kết", "tỉnh Thanh Hóa", False),
    ("Ngày 2/4, huyện Kỳ Sơn (tỉnh Nghệ An) và huyện Mường Quắn ký kết", "tỉnh Nghệ An", False),
])
def test_a_place_in_a_venue_s_parentheses(text, name, venue):
    at = text.index(name)
    assert (in_venue_aside(text, at, at + len(name)) >= 0) is venue


def test_the_address_of_the_place_visited_is_its_host():
    ev = main_event("Xã Quảng Hòa thăm xã kết nghĩa\n\n"
                    "Sáng 5/6, đoàn công tác xã Quảng Hòa (huyện Quảng Trạch, tỉnh Quảng Bình) đã đến thăm và "
                    "làm việc tại xã Điện Hòa (huyện Điện Bàn, tỉnh Quảng Nam).\n")
    assert sorted(ev["pair"]) == ["Quảng Bình", "Quảng Nam"]


# --- a delegation whose home only the page's credit names -----------------------------------------

TOUR = ("Học hỏi cách làm du lịch nông thôn\n\n"
        "Từ ngày 14 đến 16/10, Đoàn công tác do ông Trần Văn Khoa, Phó Giám đốc Sở Nông nghiệp dẫn đầu "
        "đã đến thăm, học tập kinh nghiệm phát triển du lịch gắn với nông nghiệp sạch tại tỉnh Lâm Đồng.\n\n"
        "Tại đây, đoàn tham quan nhiều trang trại.\n")


@pytest.mark.parametrize("credit", ["Ảnh: Báo Phú Yên", "(Báo Phú Yên)", "Theo Báo Phú Yên"])
def test_an_unnamed_delegation_s_home_from_the_page_s_credit(credit):
    ev = main_event(TOUR + credit + "\n")
    assert sorted(ev["pair"]) == ["Lâm Đồng", "Phú Yên"]


def test_no_credit_no_home_invented():
    ev = main_event(TOUR)
    assert ev["pair"] == ["Lâm Đồng"]


def test_a_delegation_named_by_its_province_keeps_its_province_over_the_credit():
    ev = main_event(TOUR.replace("Đoàn công tác do", "Đoàn công tác tỉnh Khánh Hòa do") + "Ảnh: Báo Phú Yên\n")
    assert sorted(ev["pair"]) == ["Khánh Hòa", "Lâm Đồng"]


@pytest.mark.parametrize("line, cut", [
    ("(Báo Phú Yên)", True), ("Theo báo Hà Tĩnh", True),
    ("Theo báo cáo của tỉnh Gia Lai", False), ("(bão số 3)", False), ("(Bảo vệ biên giới)", False),
])
def test_a_source_line_is_chrome(line, cut):
    from hoptac.core.extract.chrome import _ANY_JUNK
    from hoptac.core.scan import fast_fold
    assert bool(_ANY_JUNK.fullmatch(fast_fold(line).lower())) is cut


def test_a_named_delegation_and_the_stops_of_its_uncounted_tour():
    ev = main_event("Tìm hiểu cách làm kinh tế biển\n\n"
                    "Từ ngày 5 đến 9/6, Đoàn công tác tỉnh Sóc Trăng do ông Lý Văn Giàu, Phó Chủ tịch UBND tỉnh "
                    "làm trưởng đoàn đã khảo sát, học tập kinh nghiệm nuôi biển tại một số tỉnh Nam Trung Bộ.\n\n"
                    "Tại tỉnh Phú Yên, đoàn làm việc với ngành thủy sản. Tại Ninh Thuận, đoàn thăm vùng nuôi "
                    "tôm hùm. Ông Giàu cho biết Sóc Trăng sẽ học hỏi.\n")
    assert set(parties(ev)) == {"Sóc Trăng", "Phú Yên", "Ninh Thuận"}


@pytest.mark.parametrize("lead", [
    "Ngày 4/5, Đoàn đại biểu Bộ Nội vụ Campuchia đã đến thăm tỉnh Quảng Trị.",
    "Ngày 4/5, Đoàn công tác do ông Lê Văn Hải, Thứ trưởng Bộ Công Thương dẫn đầu đã đến thăm, làm việc tại "
    "tỉnh Quảng Trị.",
])
def test_a_ministry_s_or_a_country_s_delegation_takes_no_home_from_the_credit(lead):
    ev = main_event("Làm việc tại Quảng Trị\n\n" + lead + "\n\nHai bên trao đổi nhiều nội dung.\nẢnh: Báo Phú Yên\n")
    assert ev["pair"] == ["Quảng Trị"]
