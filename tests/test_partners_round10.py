"""Partner round 10: the shapes of unseen pages the round's learning set showed
(core/extract/partners.py, partner_routes.py, partner_lists.py). The sentences are written
for these tests; none is copied from a page."""

from __future__ import annotations

import pytest

from extract_support import main_event


def provinces(ev: dict) -> set[str]:
    return {p["province"] for p in ev["parties"]}


# --- a chain a plural level word introduces is a side, even after a route word --------------

SLOGAN = ("Với khẩu hiệu “Hai vùng đất – Một điểm đến”, mới đây các tỉnh Quảng Trị – Quảng Bình – Hà Tĩnh "
          "đã giới thiệu các sản phẩm du lịch mới của năm.\n")


def test_a_chain_introduced_by_a_plural_level_word_is_no_itinerary():
    ev = main_event("Ba tỉnh cùng quảng bá du lịch\n\n" + SLOGAN)
    assert provinces(ev) == {"Quảng Trị", "Quảng Bình", "Hà Tĩnh"}


def test_a_tour_after_its_route_word_stays_an_itinerary():
    ev = main_event("Khảo sát tour du lịch\n\n"
                    "Sáng 9/5/2024, đoàn công tác tỉnh Lạng Sơn bắt đầu khảo sát tour “Ba điểm đến”, "
                    "Cao Bằng – Bắc Kạn – Thái Nguyên, cùng đoàn tỉnh Quảng Tây (Trung Quốc).\n")
    assert "Bắc Kạn" not in provinces(ev)


# --- two places joined only to each other are not further partners -----------------------------

@pytest.mark.parametrize("lead, parties", [
    # the partner's earlier partners, named after "sau"
    ("Ngày 3/4/2024, tỉnh Chungcheongbuk (Hàn Quốc) và tỉnh Thái Bình đã ký kết thỏa thuận hợp tác, "
     "là địa phương thứ ba của Việt Nam hợp tác với tỉnh này, sau tỉnh Bắc Ninh và thành phố Hải Phòng.\n",
     {"Chungcheongbuk", "Thái Bình"}),
    # a third partner joined to the two keeps its place
    ("Ngày 3/4/2024, tỉnh Lạng Sơn, tỉnh Cao Bằng và tỉnh Quảng Tây (Trung Quốc) đã ký kết biên bản "
     "hợp tác về du lịch.\n",
     {"Lạng Sơn", "Cao Bằng", "Quảng Tây"}),
])
def test_further_partners_must_be_joined_to_the_two(lead, parties):
    ev = main_event("Ký kết hợp tác\n\n" + lead)
    assert provinces(ev) == parties


def test_a_glued_spelling_of_a_lao_province_with_vietnamese_accents():
    ev = main_event("Hội nghị hợp tác\n\n"
                    "Ngày 5/3/2024, tỉnh Quảng Nam và ba tỉnh Salavan, Sêkông, Attapư (Lào) đã tổ chức hội đàm "
                    "tại Tam Kỳ.\n")
    assert provinces(ev) == {"Quảng Nam", "Salavan", "Sê Kông", "Át-tạ-pư"}


# --- a commune's name that goes on is a longer name, not a shorter commune ----------------------

@pytest.mark.parametrize("tail, found", [
    ("Hòa cho biết, hai bên đã kết nghĩa.", False),          # one more syllable: a longer name
    ("Hòa, huyện Giang Thành, hai bên đã kết nghĩa.", False),
    ("Nguyễn Văn Hùng cho biết, hai bên đã kết nghĩa.", True),   # a person's name after it
    ("cho biết, hai bên đã kết nghĩa.", True),
])
def test_a_commune_whose_name_goes_on(tail, found):
    from hoptac.core.places import find_places
    text = "Ông Lê Văn Tâm, Chủ tịch UBND xã Tân Khánh " + tail
    names = [text[m.start:m.end] for m in find_places(text)]
    assert ("xã Tân Khánh" in names) is found


# --- a related article's card above the text is no lead -----------------------------------------

CARDS = ("Hà Nội thúc đẩy hợp tác với các địa phương châu Âu\n"
         "![]() Sáng 3/4, tại trụ sở UBND tỉnh Quảng Ngãi, Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Pháp tại "
         "thành phố Hồ Chí Minh để bàn hợp tác. |\n"
         "Ngày 12/4/2024, đoàn đại biểu thành phố Hà Nội đã làm việc với chính quyền thành phố Madrid, "
         "Tây Ban Nha, về hợp tác quản lý đô thị giữa hai thủ đô.\n")


def test_a_card_of_a_related_article_is_cut_and_a_city_named_with_its_country_is_a_partner():
    ev = main_event(CARDS)
    assert ev["date"] == "2024-04-12"
    assert set(ev["pair"]) == {"Hà Nội", "Madrid"}
    assert {p.get("country") for p in ev["parties"]} == {None, "Tây Ban Nha"}


@pytest.mark.parametrize("written, country", [
    ("thành phố Bologna, Italy", "Italia"),
    ("thành phố Kosice (Slovakia)", "Slovakia"),
    ("bang São Paulo (Brazil)", "Brazil"),
])
def test_a_locality_of_a_country_without_listed_regions(written, country):
    ev = main_event(f"Ký kết hợp tác\n\nNgày 12/4/2024, tỉnh Bắc Ninh và {written} đã ký kết thỏa thuận hợp tác.\n")
    assert country in {p.get("country") for p in ev["parties"]}


# --- the seat of a foreign mission in Vietnam is no partner -------------------------------------

@pytest.mark.parametrize("lead, parties", [
    ("Sáng 5/3/2024, Chủ tịch UBND tỉnh Tây Ninh tiếp Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh đến chào "
     "xã giao và bàn hợp tác với tỉnh Gyeonggi.\n", {"Tây Ninh", "Gyeonggi"}),
    # a Vietnamese mission abroad: the delegation is in that place
    ("Ngày 5/3/2024, đoàn công tác tỉnh Điện Biên đã đến thăm Tổng Lãnh sự quán Việt Nam tại tỉnh Luông Pha "
     "Bang (Lào).\n", {"Điện Biên", "Luông Pha Bang"}),
])
def test_a_foreign_missions_seat(lead, parties):
    assert provinces(main_event("Tiếp đoàn ngoại giao\n\n" + lead)) == parties


def test_a_foreign_missions_seat_is_never_the_second_partner():
    from hoptac.core.extract.article import parse_article
    from hoptac.core.extract.events import extract_events
    events, _ = extract_events(parse_article("Tiếp đoàn Tổng Lãnh sự quán Úc\n\nSáng 5/3/2024, đoàn công tác của Tổng Lãnh sự quán "
                        "Australia tại thành phố Hồ Chí Minh đã thăm và làm việc với tỉnh Tây Ninh.\n"), article_id="t", source="t.txt")
    assert all("Hồ Chí Minh" not in {p["province"] for p in e["parties"]} for e in events)


def test_an_agreement_signed_between_two_ministries_long_ago_is_background():
    # the signing's parties named at length between "được ký kết giữa" and its month
    ev = main_event("Tăng cường hợp tác đào tạo nghề giữa bang Sachsen và Nghệ An\n\n"
                    "Thứ hai - 04/03/2019 10:15\n"
                    "Nhận lời mời của Bộ Kinh tế bang Sachsen (CHLB Đức), đoàn công tác tỉnh Nghệ An có chuyến thăm và "
                    "làm việc tại bang này.\n\n"
                    "Cơ sở của chuyến đi là Bản ghi nhớ về đào tạo nghề được ký kết giữa Bộ Lao động Việt Nam và Bộ "
                    "Kinh tế bang Sachsen vào tháng 5/2016.\n")
    assert not (ev["date"] or "").startswith("2016")


@pytest.mark.parametrize("street", ["Đại lộ Hòa Bình", "đường Thái Nguyên", "Quảng trường Hà Nam"])
def test_a_province_named_street_is_no_partner(street):
    ev = main_event("Khai mạc hội chợ biên giới\n\n"
                    f"Sáng 11/12/2024, tại {street} (phường Trần Phú, thành phố Móng Cái), tỉnh Quảng Ninh và "
                    "tỉnh Quảng Tây (Trung Quốc) khai mạc hội chợ thương mại.\n")
    assert provinces(ev) == {"Quảng Ninh", "Quảng Tây"}
