"""Round 27 (late27b): after the merger of July 2025 a page names a party by its province of 2025
and the occasion's place by a unit of one of its old parts ("tại xã Bố Trạch, tỉnh Quảng Trị":
old Quảng Bình); the occasion is that part's (:mod:`hoptac.core.extract.partner_venue_parts`). An
airport named after its city is that city (:mod:`hoptac.core.places_institutions`). Sentences
written for the test (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event

from hoptac.core.places import find_places


def _page(headline: str, lead: str, stamp: str | None = "Thứ ba - 09/12/2025 10:15") -> str:
    stamp = f"\n{stamp}\n" if stamp else ""
    return f"{headline}\n{stamp}\n{lead}\nLãnh đạo địa phương cảm ơn sự chia sẻ kịp thời của đoàn.\n"


def _aid(where: str, stamp: str | None = "Thứ ba - 09/12/2025 10:15") -> dict:
    return main_event(_page("TP Cần Thơ hỗ trợ tỉnh Quảng Trị khắc phục hậu quả mưa lũ",
                            f"Sáng 8/12, {where}, đoàn công tác TP Cần Thơ đã thăm hỏi và trao 2 tỷ đồng hỗ trợ "
                            "tỉnh Quảng Trị khắc phục hậu quả mưa lũ.", stamp))


@pytest.mark.parametrize("written,name,province", [
    ("Đoàn vừa xuống sân bay Tuy Hòa chiều qua.", "Tuy Hòa", "Phú Yên"),
    ("Chuyến bay hạ cánh tại Cảng hàng không quốc tế Cam Ranh.", "Cam Ranh", "Khánh Hòa"),
    ("Hành khách chờ ở sân bay Vinh.", "Vinh", "Nghệ An"),
])
def test_an_airport_named_after_its_city(written, name, province):
    found = [(c.name, c.province) for m in find_places(written) for c in m.candidates[:1]]
    assert (name, province) in found


@pytest.mark.parametrize("written", [
    "Đoàn vừa xuống sân bay Tân Sơn Nhất chiều qua.",
    "Tuy Hòa là một cái tên đẹp.",   # a city's name alone stays no place
])
def test_no_city_without_an_airport_or_one_of_another_name(written):
    assert not any(c.name == "Tuy Hòa" or c.level == "thành phố" and c.province != "Hồ Chí Minh"
                   for m in find_places(written) for c in m.candidates[:1])


def test_a_commune_of_an_old_part_as_the_venue():
    assert _aid("tại xã Bố Trạch, tỉnh Quảng Trị")["pair"] == ["Cần Thơ", "Quảng Bình"]


def test_a_commune_venue_tells_the_merger_on_a_page_without_a_stamp():
    assert _aid("tại xã Bố Trạch, tỉnh Quảng Trị", stamp=None)["pair"] == ["Cần Thơ", "Quảng Bình"]


def test_an_airport_of_an_old_part_on_landing():
    e = main_event(_page("Hà Nội hỗ trợ người dân tỉnh Đắk Lắk",
                         "Chiều 25/11, vừa xuống sân bay Tuy Hòa (Đắk Lắk), đoàn công tác thành phố Hà Nội đã "
                         "đến thăm hỏi và trao quà cho người dân tỉnh Đắk Lắk bị thiệt hại do lũ.",
                         "26/11/2025 08:40"))
    assert e["pair"] == ["Hà Nội", "Phú Yên"]
    assert sorted(e["pair_2025"]) == ["Hà Nội", "Đắk Lắk"]


# counter-examples: where the rule must not move the party

def test_the_venue_in_the_part_that_kept_the_name():
    assert _aid("tại phường Đông Hà, tỉnh Quảng Trị")["pair"] == ["Cần Thơ", "Quảng Trị"]


def test_a_place_of_the_part_named_for_something_else():
    e = main_event(_page("TP Cần Thơ hỗ trợ tỉnh Quảng Trị khắc phục hậu quả mưa lũ",
                         "Sáng 8/12, đoàn công tác TP Cần Thơ đã trao 2 tỷ đồng hỗ trợ tỉnh Quảng Trị; ông Lê Văn "
                         "Hải, Chủ tịch UBND xã Bố Trạch, cảm ơn đoàn.", "Thứ ba - 09/12/2025 10:15"))
    assert e["pair"] == ["Cần Thơ", "Quảng Trị"]


def test_places_of_two_parts():
    assert _aid("tại xã Bố Trạch và xã Vĩnh Linh, tỉnh Quảng Trị")["pair"] == ["Cần Thơ", "Quảng Trị"]


def test_a_page_of_before_the_merger():
    e = main_event(_page("Hà Nội hỗ trợ người dân tỉnh Đắk Lắk",
                         "Chiều 25/11, tại thành phố Tuy Hòa, tỉnh Đắk Lắk, đoàn công tác thành phố Hà Nội đã "
                         "đến thăm hỏi và trao quà cho người dân tỉnh Đắk Lắk bị thiệt hại do lũ.",
                         "26/11/2024 08:40"))
    assert "Đắk Lắk" in e["pair"] and "Phú Yên" not in e["pair"]


def test_the_dateline_paragraph_after_a_sapo():
    e = main_event("Hà Nội trao 20 tỷ đồng hỗ trợ người dân tỉnh Đắk Lắk\nTrần Minh\n26/11/2025 08:40 AM (GMT+7)\n"
                   "UBND thành phố Hà Nội đã trao 20 tỷ đồng tiền mặt cho tỉnh Đắk Lắk giúp địa phương cứu trợ người "
                   "dân vượt qua mưa lũ.\n"
                   "Chiều 25/11, vừa xuống sân bay Tuy Hòa (Đắk Lắk), đoàn công tác thành phố Hà Nội đã đến thăm "
                   "hỏi người dân tỉnh Đắk Lắk bị thiệt hại do lũ.\n"
                   "Lãnh đạo tỉnh Đắk Lắk cảm ơn sự chia sẻ kịp thời của thành phố Hà Nội.\n")
    assert e["pair"] == ["Hà Nội", "Phú Yên"]


# a regional occasion at a venue of the region: the venue hosts (partner_hosts, round 27)

def _festival(venue: str, of: str) -> dict:
    return main_event(f"Cao Bằng: tham gia ngày hội văn hóa các dân tộc\n\n"
                      f"Từ ngày 14 – 16/10, tại {venue} sẽ diễn ra ngày hội văn hóa, thể thao các dân tộc {of} "
                      "lần thứ V – năm 2019 với chủ đề gắn kết và phát triển. Cao Bằng cử đoàn 80 nghệ nhân tham gia.\n"
                      "Ngày hội gồm nhiều hoạt động thi đấu thể thao và trình diễn trang phục.\n")


def test_a_regional_festival_at_a_venue_of_the_region():
    assert _festival("tỉnh Lạng Sơn", "vùng Đông Bắc")["pair"] == ["Cao Bằng", "Lạng Sơn"]


def test_a_regional_festival_at_a_venue_outside_the_region():
    assert "Hồ Chí Minh" not in _festival("TP.HCM", "vùng Tây Nguyên")["pair"]


# a venue's province after "thuộc" is where, not who (partner_venues, round 27)

def test_a_border_gate_of_a_province_as_the_venue():
    e = main_event("TP Cần Thơ trao quà cho bà con gốc Việt tại Campuchia\n\n"
                   "Sáng 3/12, tại cửa khẩu quốc tế Dinh Bà thuộc tỉnh Đồng Tháp, Hội Liên hiệp Phụ nữ TP Cần Thơ "
                   "đã trao 300 phần quà cho hội người gốc Việt tỉnh Takeo (Campuchia).\n"
                   "Các phần quà gồm gạo, nhu yếu phẩm và tiền mặt.\n")
    assert e["pair"] == ["Cần Thơ", "Takeo"]


def test_the_address_of_a_place_visited_is_the_host():
    e = main_event("Đoàn công tác tỉnh Sóc Trăng thăm Đồng Tháp\n\n"
                   "Sáng 3/12, đoàn công tác tỉnh Sóc Trăng đã đến thăm và làm việc tại khu du lịch Gáo Giồng "
                   "thuộc tỉnh Đồng Tháp.\nHai bên trao đổi kinh nghiệm phát triển du lịch sinh thái.\n")
    assert e["pair"] == ["Đồng Tháp", "Sóc Trăng"]


def test_two_parties_of_one_unit_stay_two():
    e = main_event(_page("Tỉnh Quảng Bình và tỉnh Quảng Trị ký kết hợp tác du lịch",
                         "Sáng 8/12, tại xã Bố Trạch, tỉnh Quảng Bình và tỉnh Quảng Trị đã ký kết chương trình "
                         "hợp tác phát triển du lịch giai đoạn mới."))
    assert e["pair"] == ["Quảng Bình", "Quảng Trị"]
