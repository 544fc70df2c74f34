"""Round 54 (late54c): communes named on pages of the old map, in sentences written for these tests.

- ``old_map_commune`` (core/extract/partner_places.py, core/extract/page_partners.py): on a page with no
  publication time whose headline or lead dates the occasion before July 2025 (and none after it), a commune
  is not placed by its unit of 2025's merger history ("xã Bình Hiệp" on a page of 2018 naming only tỉnh Gia
  Lai is not old Bình Định's commune of the Gia Lai of 2025): unknown, unless the page names its province.
- ``homonym_commune_unknown`` (partner_places.choose): a commune the partners left unplaced, whose name
  Vietnamese communes of several provinces bear, none named, is read as unknown by what comes after the
  partners (the venue, another event's sides, the explanation), not as the gazetteer's first namesake;
  ``commune_as_read`` (core/extract/event_location.py): the venue's commune as the partners placed it.
- ``township_commune`` (core/places_match.py): "thị trấn X" licenses the look-up of the communes of 2025 as
  xã/phường do ("thị trấn Lao Bảo" is the commune of 2025 xã Lao Bảo), also where the name begins like a
  country ("Lao"); a township is never placed by its unit of 2025.
"""

from __future__ import annotations

import pytest

from extract_support import events_of
from hoptac.core.extract.article import parse_article
from hoptac.core.extract.explain import explain_article
from hoptac.core.places import find_places


def _main(page: str) -> dict:
    return next(e for e in events_of(page)[1] if e["main"])


def _placed(page: str, written: str) -> list[str | None]:
    """The province each mention written so is read as (the explanation's places)."""
    ex = explain_article(parse_article(page))
    return [p["province"] for p in ex.places if p["text"] == written]


# --- old_map_commune ---------------------------------------------------------------------------

def _fair(day: str) -> str:
    return ("Tỉnh Gia Lai tổ chức hội thi văn nghệ quần chúng\n"
            f"Chiều {day}, tại thị trấn Chư Sê, UBND tỉnh Gia Lai tổ chức hội thi văn nghệ quần chúng với sự "
            "tham gia của đoàn xã Bình Hiệp và đoàn thị trấn Chư Sê.\nHội thi có 12 tiết mục.\n")


@pytest.mark.parametrize("day", ["14/9/2018", "3/4/2024"])
def test_a_commune_on_a_page_of_the_old_map_is_not_placed_by_its_unit_of_2025(day):
    page = _fair(day)
    assert _main(page)["pair"] == ["Gia Lai"]
    assert _placed(page, "xã Bình Hiệp") == [None]


def test_a_commune_on_a_page_stamped_before_july_2025_is_not_placed_by_its_unit_of_2025():
    page = ("Tỉnh Gia Lai tổ chức hội thi văn nghệ quần chúng\nCập nhật: 15/09/2018 - 10:10\n"
            "Chiều 14/9, UBND tỉnh Gia Lai tổ chức hội thi văn nghệ quần chúng với sự tham gia của đoàn xã Bình "
            "Hiệp.\nHội thi có 12 tiết mục.\n")
    assert _placed(page, "xã Bình Hiệp") == [None]


def test_a_commune_on_a_page_of_the_new_map_keeps_its_old_province():
    # counter-shape: after July 2025 xã Bình Hiệp of the Gia Lai of 2025 is old Bình Định's (as before)
    page = _fair("14/9/2025")
    assert _main(page)["pair"] == ["Bình Định", "Gia Lai"]
    assert _placed(page, "xã Bình Hiệp") == ["Bình Định"]


def test_an_anniversary_range_into_2025_is_no_old_map():
    # counter-shape: a first day of 1945 beside a day of 2025 in the lead does not date the page before the merger
    page = ("Tỉnh Gia Lai tổ chức hội thi văn nghệ quần chúng\n"
            "Nhân kỷ niệm 80 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2025), chiều 14/8/2025, UBND tỉnh Gia Lai "
            "tổ chức hội thi văn nghệ với sự tham gia của đoàn xã Bình Hiệp.\nHội thi có 12 tiết mục.\n")
    assert _placed(page, "xã Bình Hiệp") == ["Bình Định"]


def test_a_commune_whose_old_province_is_named_is_placed_on_the_old_map():
    # counter-shape: the province the page names holds a commune of that name
    page = ("Tỉnh Bình Định trao quà cho hộ nghèo\n"
            "Sáng 12/3/2019, đoàn công tác tỉnh Bình Định trao quà cho hộ nghèo xã Bình Hiệp.\nĐoàn thăm trường.\n")
    assert _placed(page, "xã Bình Hiệp") == ["Bình Định"]


# --- homonym_commune_unknown, commune_as_read -----------------------------------------------------

_GIFTS = ("Tỉnh Quảng Nam trao quà cho hộ nghèo\nSáng 9/5/2023, tại xã Trường Sơn, đoàn công tác tỉnh Quảng Nam "
          "trao 20 suất quà cho hộ nghèo.\nĐoàn cũng thăm trường học.\n")


def test_a_homonym_commune_is_no_venue_nor_a_place_of_the_explanation():
    # xã Trường Sơn: Bắc Giang's and old Quảng Bình's in the gazetteer, neither named
    assert _main(_GIFTS)["location"] is None
    assert set(_placed(_GIFTS, "xã Trường Sơn")) == {None}


def test_a_homonym_commune_gives_no_other_event_its_sides():
    page = ("Tỉnh Quảng Nam và tỉnh Thừa Thiên Huế ký kết hợp tác\nSáng 9/5/2023, tỉnh Quảng Nam và tỉnh Thừa "
            "Thiên Huế ký kết thỏa thuận hợp tác phát triển du lịch.\nTrước đó, ngày 2/3/2021, xã Trường Sơn và "
            "phường Bình Định đã ký kết nghĩa.\n")
    others = [e for e in events_of(page)[1] if not e["main"]]
    assert others and all("Bắc Giang" not in e["pair"] for e in others)


def test_a_commune_placed_by_its_district_is_the_venue():
    # the partners place it by the district named after it: the venue is that province
    page = ("Xã Điện Hòa kết nghĩa với xã Trường Sơn\nSáng 2/9/2024, tại xã Trường Sơn (huyện Nông Cống, tỉnh "
            "Thanh Hóa) đã diễn ra lễ kết nghĩa giữa xã Điện Hòa (huyện Điện Bàn, tỉnh Quảng Nam) và xã Trường Sơn.\n"
            "Hai xã ký biên bản ghi nhớ.\n")
    assert _main(page)["location"] == "Thanh Hóa"


def test_a_homonym_commune_in_a_named_province_is_read_there():
    # counter-shape: tỉnh Bắc Giang named, the commune is its
    page = ("Tỉnh Bắc Giang trao quà cho hộ nghèo\nSáng 9/5/2023, tại xã Trường Sơn, đoàn công tác tỉnh Bắc Giang "
            "trao 20 suất quà cho hộ nghèo.\nĐoàn cũng thăm trường học.\n")
    assert _main(page)["location"] == "Bắc Giang"
    assert set(_placed(page, "xã Trường Sơn")) == {"Bắc Giang"}


def test_a_commune_of_one_province_keeps_its_place_when_not_named():
    # counter-shape: xã Đồng Đăng is Lạng Sơn's only (no homonym): read as before
    page = ("Đoàn công tác tỉnh Cao Bằng thăm cửa khẩu\nSáng 9/5/2023, đoàn công tác tỉnh Cao Bằng thăm và làm "
            "việc tại xã Đồng Đăng.\nĐoàn trao đổi kinh nghiệm.\n")
    assert set(_placed(page, "xã Đồng Đăng")) == {"Lạng Sơn"}


# --- township_commune --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Lễ hội diễn ra tại thị trấn Lao Bảo, huyện Hướng Hóa.", "Lao Bảo"),
    ("Đoàn thăm thị trấn Đồng Đăng của tỉnh Lạng Sơn.", "Đồng Đăng"),
])
def test_a_township_is_looked_up_among_the_communes_of_2025(sentence, name):
    found = [m for m in find_places(sentence) if m.level_word == "thị trấn"]
    assert found and found[0].candidates[0].name == name


def test_a_township_of_the_named_province_is_placed_on_the_old_map():
    page = ("Thị trấn Lao Bảo tổ chức liên hoan văn nghệ\nTối 20/7/2018, tại thị trấn Lao Bảo, Bộ Chỉ huy Bộ đội "
            "Biên phòng tỉnh Quảng Trị tổ chức liên hoan văn nghệ.\nLiên hoan có 10 tiết mục.\n")
    assert set(_placed(page, "thị trấn Lao Bảo")) == {"Quảng Trị"}


@pytest.mark.parametrize("sentence", [
    # the name goes on past the commune's: "Krông Klang" is no "xã Krông"
    "Học sinh thị trấn Krông Klang nhận quà tặng.",
    # lower case after thị trấn: no name
    "Các thị trấn lao động sôi nổi.",
])
def test_a_township_not_named_as_a_commune_stays_out(sentence):
    assert not [m for m in find_places(sentence) if m.level_word == "thị trấn" and m.candidates
                and m.candidates[0].level in ("xã", "phường")]


def test_a_country_after_a_commune_level_word_is_still_a_country():
    # counter-shape: "Lào" after no commune's level word stays a country, not a place
    assert [m.candidates[0].province for m in find_places("Huyện Kỳ Sơn giáp Lào, tỉnh Nghệ An.")
            if m.candidates] == ["Nghệ An", "Nghệ An"]
