"""Place shapes of the ninth partner round: spellings and lists of unseen pages (sentences
written for these tests; none is copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.places import find_places


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
