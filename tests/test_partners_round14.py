"""Partner round 14: a region's members named in the body, the coast that is no place, a byline
that is no site's province, and shapes a new site may write (sentences written for these tests;
none is copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.partner_home import chrome_provinces
from hoptac.core.places import find_places

from extract_support import main_event

H = "Hai địa phương tăng cường hợp tác\n\n"   # a neutral headline: the lead decides
TAY_NGUYEN = {"Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"}


def provinces(ev: dict) -> set[str]:
    return {p["province"] for p in ev["parties"]}


# --- a region the headline or lead names, its members named in the body ------------------------

@pytest.mark.parametrize("text, want", [
    # the region's count in the body: the venue was the one partner found
    ("Liên kết phát triển du lịch khu vực Tây Nguyên\n\nNgày 18/10/2024, tại thành phố Buôn Ma Thuột "
     "(Đắk Lắk) đã diễn ra Hội nghị liên kết phát triển du lịch khu vực Tây Nguyên.\n\nCác đại biểu "
     "thảo luận nhiều nội dung.\n\nNhân dịp này, 5 tỉnh Tây Nguyên đã ký kết biên bản hợp tác.\n", TAY_NGUYEN),
    ("Hội nghị hợp tác vùng Đông Nam Bộ\n\nNgày 8/5/2024, tại Bình Dương diễn ra hội nghị hợp tác phát "
     "triển vùng Đông Nam Bộ.\n\nLãnh đạo 6 tỉnh, thành Đông Nam Bộ cùng ký cam kết liên kết.\n",
     {"Hồ Chí Minh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Bình Phước", "Tây Ninh"}),
    # no partner at all in the lead (the venue alone scores nothing)
    ("Hợp tác phát triển du lịch ĐBSCL\n\nNgày 8/5/2024, tại Cần Thơ diễn ra hội nghị hợp tác phát triển "
     "du lịch vùng Đồng bằng sông Cửu Long.\n\nTại hội nghị, đại diện 13 tỉnh, thành ĐBSCL đã ký kết "
     "chương trình liên kết.\n", None),
    # the members listed in one sentence of the body
    ("Liên kết phát triển du lịch vùng Tây Nguyên\n\nNgày 18/10/2024, tại Đà Lạt (Lâm Đồng) diễn ra hội "
     "nghị liên kết du lịch.\n\nHội nghị có sự tham gia của lãnh đạo các tỉnh Kon Tum, Gia Lai, Đắk Lắk, "
     "Đắk Nông và Lâm Đồng.\n", TAY_NGUYEN),
])
def test_a_regions_members_named_in_the_body(text, want):
    ev = main_event(text)
    if want is None:
        assert len(provinces(ev)) == 13 and "Cần Thơ" in provinces(ev)
    else:
        assert provinces(ev) == want
    assert len(ev["pair"]) == 2


@pytest.mark.parametrize("body", [
    "Tại hội nghị, đại diện 5 tỉnh ĐBSCL đã ký kết chương trình liên kết.",       # five of thirteen
    "Cần Thơ là một trong 13 tỉnh, thành ĐBSCL có tiềm năng du lịch.",              # one of them
    "Sản phẩm của Hà Nội, Hải Phòng và Quảng Ninh cũng được giới thiệu.",            # not its members
])
def test_no_members_without_the_regions_count_or_its_list(body):
    ev = main_event("Hợp tác phát triển du lịch vùng ĐBSCL\n\nNgày 8/5/2024, tại Cần Thơ diễn ra hội nghị "
                    "hợp tác phát triển du lịch vùng Đồng bằng sông Cửu Long.\n\n" + body + "\n")
    assert len(provinces(ev)) < 13


def test_a_body_count_without_the_region_in_the_headline_or_lead_adds_nothing():
    ev = main_event("Ngành du lịch Lâm Đồng đón khách\n\nNgày 8/5/2024, tỉnh Lâm Đồng tổ chức hội nghị về du "
                    "lịch.\n\nLâm Đồng và 4 tỉnh Tây Nguyên khác đều có tiềm năng.\n")
    assert provinces(ev) <= {"Lâm Đồng"}


# --- the coast is no place ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hợp tác giữa TP.HCM và các tỉnh vùng Duyên hải Nam Trung Bộ",
    "các tỉnh vùng duyên hải miền Trung và Tây Nguyên",
    "Cụm thi đua các tỉnh Duyên hải miền Trung tổng kết năm",
    "vùng Duyên hải Bắc Bộ có nhiều cảng biển",
])
def test_the_coast_is_not_tra_vinhs_duyen_hai(text):
    assert all(m.candidates[0].province != "Trà Vinh" for m in find_places(text))


def test_duyen_hai_with_its_own_level_word_is_still_tra_vinhs():
    assert [m.candidates[0].province for m in find_places("thị xã Duyên Hải và huyện Cầu Ngang")][:1] == ["Trà Vinh"]


def test_a_list_after_an_emulation_cluster_of_the_coast_is_its_side():
    ev = main_event(H + "Ngày 5/3/2024, Hội nghị Cụm thi đua các tỉnh Duyên hải miền Trung gồm Quảng Nam, "
                        "Quảng Ngãi, Bình Định, Phú Yên đã diễn ra.\n")
    assert provinces(ev) == {"Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên"}


# --- a byline under the article is no site's province --------------------------------------------

@pytest.mark.parametrize("line", ["Hà Nam", "Hà Giang", "Cao Bằng"])
def test_a_name_alone_on_the_last_line_is_a_byline(line):
    text = "Bài viết\n" + line + "\n"
    assert chrome_provinces(text, [(9, len(text))]) == set()


@pytest.mark.parametrize("chrome, want", [
    ("Báo Hà Nam điện tử", {"Hà Nam"}),           # the site's name
    ("Cổng thông tin tỉnh Hà Giang", {"Hà Giang"}),
    ("Lào Cai", {"Lào Cai"}),                      # no surname: a place
])
def test_a_sites_name_in_the_chrome_still_names_its_province(chrome, want):
    text = "Bài viết\n" + chrome + "\n"
    assert chrome_provinces(text, [(9, len(text))]) == want


def test_the_unnamed_own_side_is_not_taken_from_a_byline():
    page = ("Kế hoạch hợp tác với TP.HCM\n\nNgày 18/8/2023, Chủ tịch UBND tỉnh ban hành văn bản triển khai "
            "thỏa thuận hợp tác giữa Thành phố Hồ Chí Minh và các tỉnh vùng Duyên hải Nam Trung Bộ.\n\n"
            "Các nội dung hợp tác gồm du lịch, nông nghiệp.\n\nHà Nam\n")
    assert parse_article(page).title
    ev = main_event(page)
    assert provinces(ev) == {"Hồ Chí Minh"}


# --- shapes a new site may write, read right already (kept) --------------------------------------

@pytest.mark.parametrize("lead, pair", [
    # parties named through their bodies
    ("Ngày 5/3/2024, Ban Tuyên giáo Tỉnh ủy Lạng Sơn và Ban Tuyên giáo Tỉnh ủy Cao Bằng ký kết quy chế phối hợp.",
     {"Cao Bằng", "Lạng Sơn"}),
    ("Ngày 5/3/2024, Liên minh Hợp tác xã tỉnh Sơn La và Liên minh HTX tỉnh Điện Biên ký kết thỏa thuận.",
     {"Sơn La", "Điện Biên"}),
    ("Ngày 5/3/2024, Hội Nông dân tỉnh Thái Bình và Hội Nông dân tỉnh Nam Định ký kết chương trình phối hợp.",
     {"Thái Bình", "Nam Định"}),
    ("Ngày 5/3/2024, Bộ Chỉ huy Quân sự tỉnh Quảng Trị và Bộ Chỉ huy Quân sự tỉnh Sa-van-na-khệt ký kết biên bản.",
     {"Quảng Trị", "Savannakhet"}),
    ("Ngày 5/3/2024, Ủy ban MTTQ Việt Nam tỉnh Kiên Giang và Ủy ban Mặt trận tỉnh Kampot (Campuchia) ký kết.",
     {"Kiên Giang", "Kampot"}),
    # communes twinned across two provinces, and across the border
    ("Ngày 5/3/2024, xã Tân Thành (huyện Hàm Tân, tỉnh Bình Thuận) kết nghĩa với xã Long Hải (tỉnh Bà Rịa - Vũng Tàu).",
     {"Bình Thuận", "Bà Rịa - Vũng Tàu"}),
    ("Ngày 5/3/2024, huyện Tương Dương (Nghệ An) kết nghĩa với huyện Xămtay (tỉnh Hủa Phăn, Lào).",
     {"Nghệ An", "Hủa Phăn"}),
    # wards and communes of 2025
    ("Ngày 5/9/2025, phường Hải Châu (TP Đà Nẵng) và phường Sài Gòn (TP.HCM) ký kết hợp tác.",
     {"Đà Nẵng", "Hồ Chí Minh"}),
    ("Ngày 5/9/2025, xã Mường Nhé (tỉnh Điện Biên) kết nghĩa với xã Mường Tè (tỉnh Lai Châu).",
     {"Điện Biên", "Lai Châu"}),
    # foreign regions of countries the sets show least
    ("Ngày 5/3/2024, tỉnh Nghệ An làm việc với tỉnh Nakhon Phanom (Thái Lan).", {"Nghệ An", "Nakhon Phanom"}),
    # (round 17: "Xiêng Mai" is Chiang Mai, its sound a letter from "Chieng Mai"'s; it was kept as written)
    ("Ngày 5/3/2024, tỉnh Hòa Bình làm việc với tỉnh Xiêng Mai (Thái Lan).", {"Hòa Bình", "Chiang Mai"}),
    ("Ngày 5/3/2024, tỉnh Quảng Ninh làm việc với tỉnh Khôn Kèn (Thái Lan).", {"Quảng Ninh", "Khon Kaen"}),
    ("Ngày 5/3/2024, tỉnh Nam Định làm việc với tỉnh Ô-ca-y-a-ma (Nhật Bản).", {"Nam Định", "Okayama"}),
    ("Ngày 5/3/2024, tỉnh Thái Nguyên làm việc với tỉnh Cu-ma-mô-tô (Nhật Bản).", {"Thái Nguyên", "Kumamoto"}),
    ("Ngày 5/3/2024, tỉnh Bắc Ninh làm việc với tỉnh Chungcheong Nam (Hàn Quốc).", {"Bắc Ninh", "Chungcheongnam"}),
    ("Ngày 5/3/2024, TP Hà Nội làm việc với thủ đô Ulaanbaatar (Mông Cổ).", {"Hà Nội", "Ulaanbaatar"}),
    ("Ngày 5/3/2024, tỉnh Vĩnh Phúc ký kết hợp tác với tỉnh Ulyanovsk (Liên bang Nga).", {"Vĩnh Phúc", "Ulyanovsk"}),
    ("Ngày 5/3/2024, TP Hà Nội ký kết với thủ đô Mát-xcơ-va (Nga).", {"Hà Nội", "Matxcơva"}),
    ("Ngày 5/3/2024, tỉnh Bắc Giang làm việc với tỉnh Xan Mác-ti-nết (Cuba).", {"Bắc Giang", "Xan Mác-ti-nết"}),
    ("Ngày 5/3/2024, tỉnh Quảng Nam làm việc với vùng Normandie (Pháp).", {"Quảng Nam", "Normandie"}),
    ("Ngày 5/3/2024, tỉnh Khánh Hòa làm việc với bang São Paulo (Brazil).", {"Khánh Hòa", "São Paulo"}),
])
def test_shapes_a_new_site_may_write(lead, pair):
    assert set(main_event(H + lead + "\n")["pair"]) == pair


# --- foreign spellings: a name spelt out syllable by syllable is not the shorter Vietnamese one ----

@pytest.mark.parametrize("text, name, country", [
    ("bang Ba-vi-a (Đức)", "Bavaria", "Đức"),                        # not Hà Nội's huyện Ba Vì
    ("tỉnh Pi-na đen Ri-ô (Cuba)", "Pinar del Río", "Cuba"),
    ("tỉnh Pinar del Rio (Cuba)", "Pinar del Río", "Cuba"),
    ("Hội Phụ nữ tỉnh Sa-va-na-khệt", "Savannakhet", "Lào"),      # with S, no country after it
])
def test_foreign_spellings_of_round14(text, name, country):
    found = find_places(text)
    assert [(m.candidates[0].name, m.candidates[0].country) for m in found] == [(name, country)]


def test_a_name_that_goes_on_with_a_hyphen_and_lower_case_is_not_the_place():
    assert [m.candidates[0].name for m in find_places("đoàn của vùng Ba-vi-ơ-ra thăm huyện Ba Vì")] == ["Ba Vì"]


def test_a_route_written_with_a_hyphen_keeps_both_places():
    assert [m.candidates[0].province for m in find_places("tuyến Hà Nội-Hải Phòng")] == ["Hà Nội", "Hải Phòng"]


def test_huyen_then_a_province_written_with_its_own_marks_is_the_address():
    found = find_places("xã Thanh Thủy (huyện Lệ Thủy, Quảng Bình)")
    assert found[-1].candidates[0].name == "Quảng Bình" and found[-1].level_word is None
    found = find_places("huyện Bảo Yên, Văn Yên và Bát Xát")   # a list of districts stays one
    assert [m.level_word for m in found] == ["huyện"] * 3


# --- lists that escaped: "tỉnh, TP gồm:", a copula after "giáp", a region by its area word alone --

def test_a_counted_list_of_provinces_and_cities_is_one_side():
    ev = main_event("Đưa nông sản về Thủ đô\n\nNgày 5/3/2024, Liên minh HTX TP Hà Nội ký kết chương trình hợp tác "
                    "với Liên minh HTX 4 tỉnh, TP gồm: Hải Phòng, Lào Cai, Quảng Ninh và Lạng Sơn.\n")
    assert provinces(ev) == {"Hà Nội", "Hải Phòng", "Lào Cai", "Quảng Ninh", "Lạng Sơn"}


def test_the_names_after_giap_and_la_are_the_subjects_not_neighbours():
    ev = main_event(H + "Ngày 15/9/2024, tại TP Tuy Hòa (Phú Yên), hội nghị của văn phòng các tỉnh Tây Nguyên và "
                        "ba tỉnh giáp với Tây Nguyên là Quảng Nam, Quảng Ngãi và Bình Định đã diễn ra.\n")
    assert {"Quảng Nam", "Quảng Ngãi", "Bình Định"} <= provinces(ev)


def test_a_neighbour_after_giap_is_still_no_partner():
    ev = main_event(H + "Ngày 5/3/2024, tỉnh Quảng Trị tiếp đoàn tỉnh Sa-va-na-khệt. Huyện Hướng Hóa giáp tỉnh "
                        "Thừa Thiên Huế.\n")
    assert "Thừa Thiên Huế" not in provinces(ev)


@pytest.mark.parametrize("text, members", [
    ("Ngày hội văn hóa các dân tộc vùng Tây Bắc mở rộng\n\nTối 1/10/2024, tại thành phố Lào Cai đã khai mạc "
     "Ngày hội văn hóa, thể thao các dân tộc vùng Tây Bắc mở rộng lần thứ XV.\n", 8),
    ("Liên hoan văn hóa\n\nNgày 5/3/2024, tại Đà Lạt đã khai mạc Liên hoan văn hóa cồng chiêng khu vực Tây "
     "Nguyên.\n", 5),
])
def test_a_region_by_its_area_word_is_the_side_when_no_partner_is_found(text, members):
    ev = main_event(text)
    assert len(provinces(ev)) == members and len(ev["pair"]) == 2


def test_a_region_by_its_area_word_adds_nothing_beside_a_partner():
    ev = main_event(H + "Ngày 5/3/2024, tỉnh Đắk Lắk tổ chức hội thảo phát triển du lịch vùng Tây Nguyên.\n")
    assert provinces(ev) == {"Đắk Lắk"}


@pytest.mark.parametrize("lead", [
    "Ngày 5/3/2024, tại Hà Nội diễn ra hội thảo về phát triển du lịch vùng Tây Bắc mở rộng.",
    "Ngày 5/3/2024, tọa đàm bàn về bảo tồn văn hóa các dân tộc khu vực Tây Nguyên được tổ chức.",
])
def test_a_region_that_is_the_topic_is_no_side(lead):
    assert not any(p.get("region") for p in main_event(H + lead + "\n")["parties"])
