"""Round 45 (late45b): the misses of pages never seen before, fixed as general shapes (sentences written for
these tests, none copied from a page).

- a review of N years of a bond ("hội nghị sơ kết 15 năm kết nghĩa") is dated as the bond's anniversary is
  (bond_anniversary.REVIEW): the founding year plus N, when the review's sentence dates the occasion near the
  founding's day -- a month alone counts -- and the founding sentence may list its pairs between ";".
"""

from __future__ import annotations

import pytest

from extract_support import first_main

HEAD = "Tình đoàn kết hai bên biên giới\n\n"


def _date(text: str) -> str:
    return first_main(HEAD + text)["date"]


FOUNDED = ("Ông Chủ tịch UBND xã cho biết, ngày 14/8/2009, các cặp thôn gồm: thôn Tà Rụt với bản Na Lay; "
           "thôn Khe Mây với bản Pa Xăng tổ chức kết nghĩa. Sau 15 năm, hai bên đã giao ban hằng quý.\n")


@pytest.mark.parametrize("lead, date", [
    # a month alone in the review's sentence, the founding's pairs listed between ";"
    ("Những ngày cuối tháng 8, cán bộ các thôn, bản hai bên biên giới về dự hội nghị sơ kết 15 năm kết nghĩa "
     "tại trụ sở UBND xã A Dơi.\n", "2024-08"),
    # a day near the founding's day
    ("Ngày 20/8, UBND xã A Dơi tổ chức hội nghị tổng kết 15 năm kết nghĩa với các bản của huyện Sê Pôn.\n",
     "2024-08-20"),
])
def test_a_review_of_the_bonds_years_is_dated_from_its_founding_day(lead, date):
    assert _date(lead + FOUNDED) == date


@pytest.mark.parametrize("lead, date", [
    # the review told as coming: the founding day gives the page nothing
    ("Ngày 20/8, UBND xã A Dơi họp bàn, thống nhất sẽ tổ chức hội nghị sơ kết 15 năm kết nghĩa vào cuối năm.\n",
     "--08-20"),
    # the review held far from the founding's day: N years or N - 1, no year
    ("Ngày 20/3, UBND xã A Dơi tổ chức hội nghị sơ kết 15 năm kết nghĩa với các bản của huyện Sê Pôn.\n",
     "--03-20"),
])
def test_no_year_from_a_review_told_ahead_or_held_far_from_the_founding_day(lead, date):
    assert _date(lead + FOUNDED) == date


def test_two_founding_years_give_no_year_and_never_the_foundings():
    text = ("Ngày 20/8, UBND xã A Dơi tổ chức hội nghị sơ kết 15 năm kết nghĩa với các bản của huyện Sê Pôn.\n"
            + FOUNDED + "Ngày 2/9/2012, thôn Xa Re và bản Tà Ôi cũng tổ chức kết nghĩa.\n")
    assert _date(text) == "--08-20"


# --- a Japanese town a district's delegation meets (gazetteer_cities.TOWNS: Iwata, Shizuoka) ---------------

def test_a_japanese_town_met_by_its_mayor_is_a_party_without_its_country_beside_it():
    body = ("Trong 2 ngày 10 và 11/5/2024, Đoàn công tác huyện Xuyên Mộc đã đến làm việc với Thị trưởng thành "
            "phố Iwata và tham quan mô hình trồng dưa lưới trong nhà kính của các nông hộ Nhật Bản.")
    event = first_main("Huyện Xuyên Mộc kết nối hợp tác nông nghiệp\n\n" + body)
    assert "Iwata" in event["pair"] and "Bà Rịa - Vũng Tàu" in event["pair"]


def test_iwata_is_no_place_without_a_level_word_or_its_country():
    from hoptac.core.places import find_places
    names = {m.candidates[0].name for m in find_places("Ông Iwata, giám đốc công ty, giới thiệu giống dưa mới.")
             if m.candidates}
    assert "Iwata" not in names
