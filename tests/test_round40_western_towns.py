"""Round 40 (late40d): a Western town the gazetteer does not know, written with a small joining word between its
capitalised ones ("thành phố Choisy le Roi (Pháp)"), is a place of that country (places_foreign.WESTERN_PARTICLES);
and a delegation that attends, over several days, an occasion a locality of another place holds ("đã tham dự … do
thành phố B (Pháp) tổ chức") is on its visit (type_travel). Sentences written for the test (names, days and
wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event

from hoptac.core.places import find_places


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.candidates[0].name, m.candidates[0].country) for m in find_places(text)]


@pytest.mark.parametrize("text,name,country", [
    ("kết nghĩa với thành phố Choisy le Roi (Pháp) từ lâu", "Choisy le Roi", "Pháp"),
    ("đoàn thành phố Boulogne sur Mer (Pháp) sang thăm", "Boulogne sur Mer", "Pháp"),
    ("thành phố Montigny le Bretonneux, Cộng hòa Pháp", "Montigny le Bretonneux", "Pháp"),
])
def test_a_western_town_with_a_joining_word(text, name, country):
    assert (name, country) in _found(text)


@pytest.mark.parametrize("text,expected", [
    ("thành phố Ulyanovsk, Liên bang Nga", [("Ulyanovsk", "Nga")]),          # as before
    ("huyện Bát Xát - Lào Cai", [("Bát Xát", "Việt Nam"), ("Lào Cai", "Việt Nam")]),
    ("tỉnh Quảng Ninh và thành phố Lyon (Pháp)", [("Quảng Ninh", "Việt Nam"), ("Lyon", "Pháp")]),
])
def test_names_without_a_joining_word_as_before(text, expected):
    assert _found(text) == expected


def _page(lead: str) -> dict:
    return main_event("21:05 | 12/06/2024\n\nKỷ niệm 30 năm kết nghĩa\n\n" + lead + "\n\nHai bên trao đổi kinh "
                      "nghiệm quản lý đô thị.\n")


def test_a_delegation_attends_its_hosts_festival_over_several_days():
    e = _page("Từ ngày 4-8/6, Đoàn đại biểu huyện Gia Lâm (Hà Nội) do Chủ tịch UBND huyện dẫn đầu đã tham dự các hoạt "
              "động trong khuôn khổ Ngày hội do thành phố Choisy le Roi (Pháp) tổ chức.")
    assert e["type"] == "visit"
    assert sorted(e["pair"]) == ["Choisy le Roi", "Hà Nội"]


# counter-examples: the occasion stays 'other'

def test_a_festival_its_own_place_holds():
    e = _page("Từ ngày 4-8/6, Đoàn đại biểu huyện Gia Lâm do Chủ tịch UBND huyện dẫn đầu đã tham dự Ngày hội văn hóa "
              "do huyện Gia Lâm tổ chức, cùng đoàn nghệ nhân thành phố Choisy le Roi (Pháp).")
    assert e["type"] != "visit"


def test_a_festival_no_locality_holds():
    e = _page("Từ ngày 4-8/6, Đoàn đại biểu huyện Gia Lâm do Chủ tịch UBND huyện dẫn đầu đã tham dự Ngày hội văn hóa "
              "do Bộ Văn hóa tổ chức, cùng đoàn nghệ nhân thành phố Choisy le Roi (Pháp).")
    assert e["type"] != "visit"
