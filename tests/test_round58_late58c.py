"""Round 58, late58c: a Catholic deanery named after its district, a side's body that sets off for its host, and a
site's section glued before the headline.

Our own sentences. The first of each pair fails before the change; the counter-shapes pass before and after."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.partner_study import SET_OFF_TO_EXAMPLE, _CAME_TO
from hoptac.core.extract.section_glued import OPENINGS
from hoptac.core.places import find_places
from hoptac.core.text import fold


def _provinces(text: str) -> list[str]:
    return [m.candidates[0].province for m in find_places(text)]


def _parties(text: str) -> list[str]:
    return [p["province"] for p in main_event(text)["parties"]]


def _page(lead: str, headline: str = "Hội Phụ nữ trao quà vùng lũ") -> str:
    return f"{headline}\n\n{lead}\n\nCác phần quà gồm gạo, mì và tiền mặt.\n"


# -- places_institutions: a deanery (giáo hạt) named after its district --------------------------------------------------

@pytest.mark.parametrize("text, provinces", [
    ("Hội Phụ nữ Công giáo giáo hạt Cần Giờ tổ chức chuyến đi.", ["Hồ Chí Minh"]),
    ("Giáo hạt Xuân Lộc mừng lễ bổn mạng.", ["Đồng Nai"]),
])
def test_a_deanery_named_after_its_district_is_that_district(text, provinces):
    assert _provinces(text) == provinces


@pytest.mark.parametrize("text", [
    "Giáo phận Đà Lạt tổ chức tĩnh tâm.",      # a diocese: it covers more than its see's city
    "giáo xứ Di Linh mừng lễ.",                  # a parish: named after a village or a saint, not read bare
    "giáo hạt Tân Phú đón đoàn.",                # two provinces bear the name (quận of TP.HCM, huyện of Đồng Nai)
    "giáo hạt Kitô Vua họp mặt.",                # no place
    "Hạt Cần Giờ chào đón đoàn.",                # "hạt" alone (a seed, a nut) is no deanery
])
def test_no_place_after_other_church_units(text):
    assert _provinces(text) == []


def test_the_deanery_travels_to_its_host():
    text = _page("Sáng 3/6/2023, Hội Phụ nữ Công giáo giáo hạt Cần Giờ đã khởi hành đi thăm, tặng quà ở Kon Tum "
                 "dưới sự dẫn dắt của cha Giuse Trần Văn Lộc.", "Hội Phụ nữ giáo hạt Cần Giờ thăm đồng bào Tây Nguyên")
    assert _parties(text) == ["Hồ Chí Minh", "Kon Tum"]


# -- partner_study: a side's body sets off for its host ("khởi hành đi … ở B", "lên đường đi … tại B") -------------------

@pytest.mark.parametrize("lead", [
    "Sáng 3/6/2023, Hội Liên hiệp Phụ nữ huyện Đông Anh đã lên đường đi trao quà tại tỉnh Yên Bái cho 200 hộ dân bị lũ.",
    "Sáng 3/6/2023, Hội Liên hiệp Phụ nữ huyện Đông Anh đã khởi hành đi thăm, tặng quà ở tỉnh Yên Bái cho 200 hộ dân.",
])
def test_a_body_that_sets_off_for_a_place_is_hosted_there(lead):
    assert _parties(_page(lead)) == ["Hà Nội", "Yên Bái"]


def test_the_set_off_example_reads():
    text = SET_OFF_TO_EXAMPLE
    assert _CAME_TO.search(fold(text[:text.index("tỉnh B")]))


@pytest.mark.parametrize("lead, parties", [
    # its own province again: no second party
    ("Sáng 3/6/2023, Hội Liên hiệp Phụ nữ huyện Đông Anh đã lên đường đi trao quà tại xã Uy Nỗ cho 200 hộ dân.",
     ["Hà Nội"]),
    # the place it leaves is no host
    ("Sáng 3/6/2023, Hội Liên hiệp Phụ nữ huyện Đông Anh đã khởi hành từ trụ sở ở tỉnh Yên Bái về huyện.",
     ["Hà Nội"]),
])
def test_no_host_where_the_body_does_not_set_off_for_it(lead, parties):
    assert _parties(_page(lead)) == parties


# -- section_glued: a site's section glued before the headline ------------------------------------------------------------

def _title(headline: str, lead: str) -> str:
    return parse_article(f"{headline}\n\n{lead} Lễ ký kết diễn ra trang trọng tại hội trường với sự tham dự của "
                         "nhiều đại biểu.\n\nCác bên cam kết hợp tác.\n").title


@pytest.mark.parametrize("headline, lead, title", [
    ("Chính trị Phường Hòa An và xã Tân Lộc ký kết kết nghĩa", "ĐNA - Chiều 5/8, hai địa phương ký kết kết nghĩa.",
     "Phường Hòa An và xã Tân Lộc ký kết kết nghĩa"),
    ("Quốc phòng - An ninh Chủ tịch UBND tỉnh Quảng Trị thăm đồn biên phòng", "QTO – Chiều 5/8, đoàn đã thăm đồn.",
     "Chủ tịch UBND tỉnh Quảng Trị thăm đồn biên phòng"),
    ("Xã hội Các xã Hòa An, Tân Lộc kết nghĩa với xã Phú Mỹ", "ĐNA - Chiều 5/8, các xã ký kết kết nghĩa.",
     "Các xã Hòa An, Tân Lộc kết nghĩa với xã Phú Mỹ"),
])
def test_a_section_glued_before_the_headline_is_cut(headline, lead, title):
    assert _title(headline, lead) == title


@pytest.mark.parametrize("headline, lead", [
    ("Kinh tế Lào Cai tăng trưởng mạnh", "LCO - Năm 2024, kinh tế tỉnh tăng trưởng."),   # a place's name, no level word
    ("Văn hóa Khmer được gìn giữ", "STO - Năm 2024, đồng bào gìn giữ lễ hội."),
    ("Chính trị Phường Hòa An và xã Tân Lộc ký kết kết nghĩa", "Chiều 5/8, hai địa phương ký kết."),   # no agency tag
    ("Hợp Tác Tỉnh Bình Dương Và Tỉnh Bắc Ninh", "BDO - Chiều 5/8, hai tỉnh ký kết."),   # Title Case
    ("Thời sự: Huyện Hòa An đón đoàn huyện Tân Lộc", "ĐNA - Chiều 5/8, hai huyện ký kết."),   # a kicker's colon
])
def test_headlines_that_open_with_a_section_word_are_kept(headline, lead):
    assert _title(headline, lead) == headline


def test_every_opening_is_capitalised():
    assert all(o[:1].isupper() for o in OPENINGS)
