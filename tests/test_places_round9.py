"""Place shapes of the ninth partner round: spellings and lists of unseen pages (sentences
written for these tests; none is copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.places import find_places

from extract_support import main_event


def found(text: str) -> list[tuple[str, str]]:
    return [(m.candidates[0].name, m.candidates[0].country) for m in find_places(text)]


@pytest.mark.parametrize("text, place", [
    # Latin names of Cambodian, Lao and Thai units glued into one word
    ("Đoàn đã thăm Tiểu khu Quân sự Preyveng, Campuchia.", ("Prey Veng", "Campuchia")),
    ("Đoàn công tác làm việc với tỉnh Kampongthom.", ("Kampong Thom", "Campuchia")),
    ("Hai bên hội đàm tại tỉnh Luangprabang.", ("Luông Pha Bang", "Lào")),
    ("Lãnh đạo tỉnh Preahvihear tiếp đoàn.", ("Preah Vihear", "Campuchia")),
])
def test_a_glued_latin_name_is_its_unit(text, place):
    assert place in found(text)


@pytest.mark.parametrize("text, expected", [
    # a US or Australian city named with a level word or its country is its state's
    ("Thị trưởng thành phố San Francisco (Hoa Kỳ) tiếp đoàn.", ("San Francisco", "California", "Hoa Kỳ")),
    ("Đoàn làm việc với Phó Thị trưởng TP Los Angeles.", ("Los Angeles", "California", "Hoa Kỳ")),
    ("Chương trình diễn ra tại thành phố Honolulu.", ("Honolulu", "Hawaii", "Hoa Kỳ")),
    ("Đoàn thăm thành phố Melbourne, bang Victoria.", ("Melbourne", "Victoria", "Australia")),
])
def test_a_us_or_australian_city_belongs_to_its_state(text, expected):
    got = [(m.candidates[0].name, m.candidates[0].province, m.candidates[0].country) for m in find_places(text)]
    assert got[0] == expected


@pytest.mark.parametrize("text", [
    # never bare: "Austin", "Phoenix", "Darwin" are also people's and things' names
    "Ông Austin phát biểu.", "Dự án Phoenix khởi công.", "Thuyết Darwin được giảng dạy.",
    "Tổng Lãnh sự quán Việt Nam tại San Francisco phối hợp tổ chức.",
])
def test_a_city_is_never_taken_bare(text):
    assert find_places(text) == []


def surfaces(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.level_word, m.candidates[0].province) for m in find_places(text)]


def test_communes_listed_after_one_level_word_are_communes():
    # after the first commune, names joined by "," and "và" are communes of 2025 of that level
    assert surfaces("Các xã Duy Nghĩa, Nam Phước và Thu Bồn ký kết nghĩa.") == [
        ("xã Duy Nghĩa", "xã", "Quảng Nam"), ("Nam Phước", "xã", "Quảng Nam"), ("Thu Bồn", "xã", "Quảng Nam")]
    # the level word, a colon, then the list
    assert [s for s, _, _ in surfaces("Lãnh đạo các xã: Duy Nghĩa, Thu Bồn (thành phố Đà Nẵng) dự lễ.")] == [
        "xã: Duy Nghĩa", "Thu Bồn", "thành phố Đà Nẵng"]


def test_a_commune_list_stops_at_a_name_that_is_no_commune():
    # a province after the commune is found as the province; a person's name ends the list
    assert surfaces("Tại xã Đồng Đăng, Lạng Sơn, hai bên hội đàm.") == [
        ("xã Đồng Đăng", "xã", "Lạng Sơn"), ("Lạng Sơn", None, "Lạng Sơn")]
    assert surfaces("Tại xã Đồng Đăng, Nguyễn Văn Bình phát biểu.") == [("xã Đồng Đăng", "xã", "Lạng Sơn")]


def test_a_partys_level_is_the_level_word_of_the_text():
    ev = main_event("Hai phường ký kết chương trình phối hợp\n\n"
                    "Ngày 2/10/2025, phường Pleiku (tỉnh Gia Lai) và phường Quy Nhơn (tỉnh Gia Lai) ký kết chương "
                    "trình phối hợp.\n")
    assert sorted((p["name"], p["level"], p["province"]) for p in ev["parties"]) == [
        ("Pleiku", "phường", "Gia Lai"), ("Quy Nhơn", "phường", "Bình Định")]
