"""Partner round 12: the shapes a new site may write its parties in (sentences written for
these tests; none is copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.places import find_places

from extract_support import main_event

H = "Hai địa phương tăng cường hợp tác\n\n"   # a neutral headline: the lead decides


def provinces(ev: dict) -> set[str]:
    return {p["province"] for p in ev["parties"]}


# --- shapes read before this round, kept -----------------------------------------------------

@pytest.mark.parametrize("lead, pair", [
    # parties named only by their leaders' titles
    ("Ngày 5/3/2024, Bí thư Tỉnh ủy Lạng Sơn và Chủ tịch UBND tỉnh Cao Bằng đã hội đàm về du lịch.",
     ["Cao Bằng", "Lạng Sơn"]),
    ("Chiều 8/6/2024, Bí thư Thành ủy Cần Thơ làm việc với Bí thư Tỉnh ủy Hậu Giang về liên kết vùng.",
     ["Cần Thơ", "Hậu Giang"]),
    # by a department of each side: the localities are the parties
    ("Ngày 5/3/2024, Sở Du lịch Quảng Ninh và Sở Du lịch Hải Phòng ký kết chương trình hợp tác.",
     ["Hải Phòng", "Quảng Ninh"]),
    ("Ngày 5/3/2024, Sở Công Thương Đồng Nai và Sở Công Thương TP.HCM tổ chức hội nghị kết nối cung cầu.",
     ["Hồ Chí Minh", "Đồng Nai"]),
    # a foreign capital
    ("Ngày 5/3/2024, lãnh đạo tỉnh Tây Ninh đã làm việc với lãnh đạo Thủ đô Phnôm Pênh về thương mại.",
     ["Phnôm Pênh", "Tây Ninh"]),
    ("Ngày 5/3/2024, tỉnh Nghệ An và Thủ đô Viêng Chăn ký kết biên bản ghi nhớ hợp tác.",
     ["Nghệ An", "Thủ đô Viêng Chăn"]),
    # abbreviations of a city's or a province's name
    ("Ngày 5/3/2024, TP HCM và tỉnh Bình Dương ký kết chương trình hợp tác.", ["Bình Dương", "Hồ Chí Minh"]),
    ("Ngày 5/3/2024, Tp. Hồ Chí Minh và tỉnh Tây Ninh ký kết chương trình hợp tác.", ["Hồ Chí Minh", "Tây Ninh"]),
    ("Ngày 5/3/2024, UBND tỉnh BR - VT làm việc với tỉnh Đồng Nai về đường vành đai.",
     ["Bà Rịa - Vũng Tàu", "Đồng Nai"]),
    ("Ngày 5/3/2024, tỉnh TT-Huế và TP Đà Nẵng ký kết chương trình hợp tác.", ["Thừa Thiên Huế", "Đà Nẵng"]),
    # merged provinces of July 2025 written with "(mới)": the pair stays on the map before
    ("Ngày 5/9/2025, tỉnh Quảng Ngãi (mới) và tỉnh Gia Lai (mới) ký kết chương trình hợp tác.",
     ["Gia Lai", "Quảng Ngãi"]),
    # wards and special zones of 2025: the old province each lies in
    ("Ngày 5/9/2025, đặc khu Phú Quốc (tỉnh An Giang) và đặc khu Côn Đảo (TP.HCM) ký kết hợp tác du lịch.",
     ["Bà Rịa - Vũng Tàu", "Kiên Giang"]),
])
def test_shapes_a_new_site_may_write(lead, pair):
    assert set(main_event(H + lead + "\n")["pair"]) == set(pair)


def test_two_places_referred_back_to_keep_the_headline_pair():
    ev = main_event("Quảng Trị - Khăm Muộn tăng cường hợp tác\n\n"
                    "Ngày 5/3/2024, lãnh đạo hai địa phương đã hội đàm tại thành phố Đông Hà.\n")
    assert set(ev["pair"]) == {"Khăm Muồn", "Quảng Trị"}


def test_hn_is_ha_noi_only_after_a_level_word():
    # bare "HN" stands for "hội nghị" in captions as often as for the city: never read
    assert not [m for m in find_places("Quang cảnh HN giữa tỉnh A và tỉnh B.") if m.surface == "HN"]
    for written in ("TP.HN", "TP. HN", "TPHN"):
        (m,) = find_places(f"Đoàn công tác {written} đến thăm.")
        assert (m.surface, m.candidates[0].province) == (written, "Hà Nội")


@pytest.mark.parametrize("written, province", [("ĐắkLắk", "Đắk Lắk"), ("ĐăkNông", "Đắk Nông")])
def test_a_province_written_glued(written, province):
    (m,) = find_places(f"Đoàn công tác tỉnh {written} đến thăm.")
    assert m.candidates[0].province == province


# --- the centrally-run cities named by their count -------------------------------------------

FIVE = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}


@pytest.mark.parametrize("text, members", [
    ("Cụm thi đua 5 thành phố trực thuộc Trung ương tổng kết năm\n\n"
     "Sáng 14/12/2023, hội nghị tổng kết của Cụm thi đua 5 thành phố trực thuộc Trung ương diễn ra tại Cần Thơ.\n",
     FIVE),
    ("Tổng kết công tác thi đua\n\n"
     "Ngày 20/11/2025, Cụm thi đua 6 thành phố trực thuộc TW đã tổ chức hội nghị tổng kết tại thành phố Huế.\n",
     FIVE | {"Thừa Thiên Huế"}),
    # one of them found first (the host): the rest join it
    ("Hà Nội đăng cai hội nghị\n\n"
     "Ngày 9/11/2022, thành phố Hà Nội đăng cai hội nghị của năm thành phố trực thuộc Trung ương.\n",
     FIVE),
])
def test_the_counted_centrally_run_cities_are_the_parties(text, members):
    ev = main_event(text)
    assert provinces(ev) == members and set(ev["pair"]) <= members and len(ev["pair"]) == 2
    assert all(p.get("region") for p in ev["parties"])


@pytest.mark.parametrize("lead", [
    "Ngày 9/11/2022, Hội Nông dân tỉnh Bắc Ninh học tập kinh nghiệm của 5 thành phố trực thuộc Trung ương.",
    "Ngày 9/11/2022, thành phố Cần Thơ, một trong 5 thành phố trực thuộc Trung ương, đón đoàn khách.",
    "Ngày 9/11/2022, hội nghị các thành phố trực thuộc Trung ương bàn về quy hoạch đô thị.",
])
def test_not_the_counted_group(lead):
    ev = main_event(H + lead + "\n")
    assert len(ev["parties"]) <= 1 and not any(p.get("region") for p in ev["parties"])


# --- one partner joined to an unnamed collective ----------------------------------------------

def test_a_collective_side_takes_the_province_the_body_names():
    ev = main_event("Kết nối cung cầu giữa TP.HCM và các tỉnh, thành năm 2023\n\n"
                    "Sáng 20-10, hội nghị kết nối cung cầu giữa TP.HCM và các tỉnh, thành đã diễn ra tại TP.HCM.\n"
                    "Chương trình đã được triển khai nhiều năm với hàng nghìn hợp đồng được ký kết.\n"
                    "Doanh nghiệp Bến Tre giới thiệu sản phẩm dừa tại hội nghị. |\n")
    assert set(ev["pair"]) == {"Bến Tre", "Hồ Chí Minh"}


@pytest.mark.parametrize("text", [
    # the collective is named: the list decides, nothing is added
    "Hợp tác\n\nNgày 5/3/2024, TP.HCM và các tỉnh Long An, Tây Ninh ký kết hợp tác.\n"
    "Doanh nghiệp Bến Tre tham dự.\n",
    # no collective: a lone partner stays alone
    "Hợp tác\n\nNgày 5/3/2024, TP.HCM tổ chức hội nghị xúc tiến đầu tư.\nDoanh nghiệp Bến Tre tham dự.\n",
])
def test_no_collective_no_member_added(text):
    assert "Bến Tre" not in main_event(text)["pair"]


# --- a foreign leader's title before a name that needs a level word ---------------------------

@pytest.mark.parametrize("lead, pair", [
    ("Ngày 5/3/2024, Chủ tịch UBND tỉnh Bình Định tiếp Thống đốc Okinawa và đoàn công tác.",
     ["Bình Định", "Okinawa"]),
    ("Ngày 5/3/2024, Chủ tịch UBND tỉnh Quảng Trị tiếp Phó Thống đốc Mukdahan.", ["Mukdahan", "Quảng Trị"]),
    ("Ngày 5/3/2024, lãnh đạo thành phố Đà Nẵng tiếp Thị trưởng Daegu.", ["Daegu", "Đà Nẵng"]),
    # a city, its region unnamed: the city (as "thành phố Kawasaki" gives; round 25)
    ("Ngày 5/3/2024, lãnh đạo thành phố Đà Nẵng tiếp Phó Thị trưởng Kawasaki.", ["Kawasaki", "Đà Nẵng"]),
])
def test_a_foreign_leaders_title_names_the_region(lead, pair):
    assert set(main_event(H + lead + "\n")["pair"]) == set(pair)


def test_a_title_before_no_foreign_name_finds_nothing():
    assert find_places("Thống đốc Ngân hàng Nhà nước phát biểu.") == []


# --- spellings of foreign regions papers write -------------------------------------------------

@pytest.mark.parametrize("written, name", [
    ("tỉnh Phang Nga (Thái Lan)", "Phang Nga"),
    ("tỉnh Khammuane (Lào)", "Khăm Muồn"),
    ("tỉnh Bát-đom-boong (Campuchia)", "Battambang"),
    ("tỉnh Pô-xát (Campuchia)", "Pursat"),
    ("thành phố Cảnh Hồng (Trung Quốc)", "Vân Nam"),
    ("thành phố Ngô Châu, Quảng Tây", "Quảng Tây"),
    ("tỉnh Tbong Kh’mum (Campuchia)", "Tbong Khmum"),   # an apostrophe inside a syllable
    # capitals of countries whose other regions are not listed
    ("thủ đô Minsk", "Minsk"), ("Thủ đô Bình Nhưỡng", "Pyongyang"), ("thủ đô Jakarta", "Jakarta"),
    ("thủ đô Kuala Lumpur", "Kuala Lumpur"), ("thủ đô Budapest", "Budapest"), ("thủ đô Praha", "Praha"),
])
def test_foreign_spellings(written, name):
    (m, *_) = find_places(written)
    assert name in (m.candidates[0].name, m.candidates[0].province)


# --- a partner of the lead over places only the body's programme names --------------------------

def test_the_leads_partner_outranks_the_bodys_programme():
    ev = main_event(
        "Hoạt động của ngành\n\n"
        "Sáng 10/5, Đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam (Trung Quốc) do ông A làm Trưởng đoàn đã "
        "nhập cảnh qua Cửa khẩu quốc tế Thanh Thủy, tỉnh Hà Giang, bắt đầu chuyến khảo sát du lịch.\n"
        "Từ ngày 10 - 13/5, đoàn sẽ cùng Sở Du lịch tỉnh Hà Giang làm việc với Sở Du lịch tỉnh Tuyên Quang "
        "và tỉnh Phú Thọ.\n"
        "Tại tỉnh Tuyên Quang, đoàn khảo sát các điểm du lịch; tại Phú Thọ, đoàn thăm Đền Hùng.\n"
        "Tỉnh Tuyên Quang và tỉnh Phú Thọ giới thiệu các sản phẩm của mình.\n")
    assert set(ev["pair"]) == {"Hà Giang", "Vân Nam"}


# --- a region named with its count or unit words, no partner found -----------------------------

HIGHLANDS = {"Đắk Lắk", "Đắk Nông", "Gia Lai", "Kon Tum", "Lâm Đồng"}


@pytest.mark.parametrize("text", [
    "Cụm thi đua 5 tỉnh Tây Nguyên tổng kết\n\n"
    "Ngày 15/12/2023, Cụm thi đua 5 tỉnh Tây Nguyên tổ chức hội nghị tổng kết năm tại thành phố Pleiku.\n",
    # the host, one of them, found first
    "Liên kết du lịch\n\n"
    "Ngày 15/12/2023, UBND tỉnh Lâm Đồng chủ trì hội nghị liên kết du lịch các tỉnh Tây Nguyên.\n",
])
def test_a_counted_region_alone_is_the_parties(text):
    ev = main_event(text)
    assert provinces(ev) == HIGHLANDS and all(p.get("region") == "Tây Nguyên" for p in ev["parties"])


@pytest.mark.parametrize("lead", [
    "Ngày 15/12/2023, hội nghị bàn về sản xuất lúa vùng ĐBSCL được tổ chức.",          # the area only
    "Ngày 15/12/2023, hội nghị liên kết du lịch 5 tỉnh ĐBSCL được tổ chức.",            # five of 13
    "Ngày 15/12/2023, tỉnh Bắc Ninh xúc tiến đầu tư vào các tỉnh Tây Nguyên.",          # not a member
])
def test_no_region_members_added(lead):
    assert not any(p.get("region") for p in main_event(H + lead + "\n")["parties"])


# --- the page's own side named only by its leader's title, the province only in the chrome -------

OWN = ("Lãnh đạo tỉnh tiếp đoàn Quảng Tây\n\n"
       "Sáng 11/6/2024, Bí thư Tỉnh ủy Nguyễn Văn An đã tiếp đoàn đại biểu Khu tự trị dân tộc Choang Quảng Tây "
       "(Trung Quốc).\n\n"
       "Hai bên trao đổi về hợp tác kinh tế, thương mại và du lịch trong thời gian tới.\n"
       "Minh Anh\nTIN LIÊN QUAN\n"
       "Tiếp xúc cử tri tại huyện Văn Lãng, tỉnh Lạng Sơn trước kỳ họp\n"
       "Thường trực HĐND tỉnh họp phiên thường kỳ tháng 5\n")


@pytest.mark.parametrize("who", ["Bí thư Tỉnh ủy Nguyễn Văn An", "Thường trực Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"])
def test_a_leaders_title_leaves_the_own_side_to_the_chrome(who):
    ev = main_event(OWN.replace("Bí thư Tỉnh ủy Nguyễn Văn An", who))
    assert set(ev["pair"]) == {"Lạng Sơn", "Quảng Tây"}


def test_a_named_party_committee_is_its_own_side():
    ev = main_event(OWN.replace("Bí thư Tỉnh ủy Nguyễn", "Bí thư Tỉnh ủy Hà Giang Nguyễn"))
    assert set(ev["pair"]) == {"Hà Giang", "Quảng Tây"}


# --- a level word that picks one of a name's districts; wards named after the town they replaced --

def test_the_level_word_picks_the_district():
    # "Sơn Tây" is a thị xã of Hà Nội and a huyện of Quảng Ngãi: "thị xã" says which
    ev = main_event(H + "Ngày 5/3/2024, thị xã Sa Pa và thị xã Sơn Tây ký kết hợp tác du lịch.\n")
    assert set(ev["pair"]) == {"Hà Nội", "Lào Cai"}


def test_wards_named_after_the_town_they_replaced():
    ev = main_event(H + "Ngày 5/10/2025, phường Vũng Tàu và phường Phan Thiết ký kết hợp tác du lịch biển.\n")
    assert set(ev["pair"]) == {"Bà Rịa - Vũng Tàu", "Bình Thuận"}
    assert {p["level"] for p in ev["parties"]} == {"phường"}


def test_a_commune_name_of_several_provinces_still_needs_its_province():
    assert main_event(H + "Ngày 5/3/2024, xã Thanh Thủy và xã Thanh Đức kết nghĩa.\n")["pair"] == []


# --- shapes of the learning set (sentences written for them) -----------------------------------

def test_a_clusters_listed_members_over_the_planning_region():
    # an emulation cluster named like a region lists its own members: they are the parties
    ev = main_event("Tổng kết thi đua các tỉnh Tây Nguyên\n\n"
                    "Ngày 10-3, tại tỉnh Gia Lai diễn ra hội nghị tổng kết thi đua các tỉnh Tây Nguyên năm 2023 "
                    "do Gia Lai làm Cụm trưởng.\n"
                    "Cụm thi đua các tỉnh Tây Nguyên gồm các địa phương: Gia Lai, Kon Tum, Đắk Lắk và Phú Yên. "
                    "Các đơn vị sẽ bình xét thi đua.\n")
    assert provinces(ev) == {"Gia Lai", "Kon Tum", "Đắk Lắk", "Phú Yên"}


def test_a_delegations_city_and_the_two_it_visits():
    ev = main_event(H + "Ngày 5/10/2024, Đoàn đại biểu TP Cần Thơ đã có chuyến thăm, hỗ trợ tỉnh Hà Tĩnh và "
                        "Nghệ An khắc phục hậu quả bão lũ.\n")
    assert provinces(ev) == {"Cần Thơ", "Hà Tĩnh", "Nghệ An"}


def test_a_capital_bare_beside_its_partner():
    ev = main_event("Hà Nội và Minsk thúc đẩy hợp tác\n\n"
                    "Ngày 7/12, lãnh đạo thành phố đã tiếp đoàn đại biểu Belarus; hợp tác giữa Hà Nội và Minsk "
                    "được coi là điểm sáng.\n")
    assert set(ev["pair"]) == {"Hà Nội", "Minsk"}


# --- two units of one province ------------------------------------------------------------------

@pytest.mark.parametrize("text, units", [
    ("Tổng kết giao ước kết nghĩa giữa Bảo Yên và Bát Xát\n\n"
     "Ngày 12/5/2023, hai huyện Bảo Yên và Bát Xát tổng kết 5 năm thực hiện giao ước kết nghĩa.\n",
     {"Bảo Yên", "Bát Xát"}),
    (H + "Ngày 3/2/2021, Đoàn công tác của TP.Hội An do ông A dẫn đầu đã đến thăm, tặng quà Tết cho "
         "nhân dân huyện Tây Giang.\n", {"Hội An", "Tây Giang"}),
])
def test_two_units_of_one_province_are_the_pair(text, units):
    ev = main_event(text)
    assert {p["name"] for p in ev["parties"]} == units
    assert len(ev["pair"]) == 2 and len(set(ev["pair"])) == 1


@pytest.mark.parametrize("lead", [
    # the places one unnamed delegation visits are not two sides
    "Ngày 29/1/2024, Đoàn Quận ủy đã đến thăm xã Nhựt Ninh, huyện Tân Trụ và xã Thuận Mỹ, huyện Châu Thành, "
    "tỉnh Long An.",
    # a province and one of its own districts
    "Ngày 29/1/2024, UBND tỉnh Lào Cai làm việc với huyện Bát Xát về phát triển du lịch.",
])
def test_not_two_sides_of_one_province(lead):
    assert len(set(main_event(H + lead + "\n")["pair"])) == len(main_event(H + lead + "\n")["pair"])
