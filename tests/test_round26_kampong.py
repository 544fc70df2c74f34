"""Round 26 (late26pair): the Khmer first word "Kampong" that four provinces' names share is written
"Kampong", "Kompong", "Campong", "Công Pông", "Côm Pông", … on Vietnamese pages; the build gives every
"Kampong X" province each spelling (scripts/gazetteer_exonyms.SHARED_FIRST_WORDS), so a Cambodian
district named with its province ("huyện A (Campong Cham - Campuchia)") gives the province as the
partner. Sentences written for the test (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from hoptac.core.places import find_places

from extract_support import main_event


def foreign(text: str) -> list[str]:
    return [m.candidates[0].name for m in find_places(text) if m.candidates and m.candidates[0].country == "Campuchia"]


@pytest.mark.parametrize("text, name", [
    ("Đoàn công tác tỉnh Campong Cham thăm tỉnh Tây Ninh.", "Kampong Cham"),
    ("Lãnh đạo tỉnh Côm Pông Thom tiếp đoàn tỉnh Đồng Tháp.", "Kampong Thom"),
    ("Tỉnh Kôm-pông Chhnăng ký kết với tỉnh An Giang.", "Kampong Chhnang"),
    ("Đoàn tỉnh Cam Pông Spư làm việc với tỉnh Long An.", "Kampong Speu"),
    ("Hội đàm giữa tỉnh Bình Phước và tỉnh Công Pông Chàm.", "Kampong Cham"),
])
def test_each_spelling_of_kampong_finds_its_province(text, name):
    assert foreign(text) == [name]


def test_the_shared_word_alone_is_no_province():
    # "Công Pông" without the rest of a name: no Cambodian province
    assert foreign("Đoàn khách thăm bến Công Pông rồi về tỉnh Tây Ninh.") == []


def test_a_district_abroad_named_with_its_province_gives_the_province():
    e = main_event("Họp bàn phòng chống dịch bệnh vùng biên giới\n\n"
                   "Ngày 14/10/2011, Sở Y tế tỉnh Tây Ninh tổ chức cuộc họp giữa hai huyện Tân Biên (Tây Ninh – "
                   "Việt Nam) và Ô Rang Âu (Campong Cham - Campuchia) về phòng chống sốt xuất huyết.\n")
    assert e["pair"] == ["Kampong Cham", "Tây Ninh"]
