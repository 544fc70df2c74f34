"""A Chinese municipality of province rank called "tỉnh" ("tỉnh Trùng Khánh", as the press calls Chongqing
next to "tỉnh Vân Nam"): the Chinese unit, not the Vietnamese district of that name (huyện Trùng Khánh,
Cao Bằng), which no one calls "tỉnh" (meta30: a foreign region swapped into a page that read right)."""

from __future__ import annotations

from hoptac.core.extract.explain import explain_text

from places_support import mentions


def test_tinh_before_a_municipality_names_the_municipality():
    (surface, level_word, name, level), = mentions("Bí thư tỉnh Trùng Khánh")
    assert name == "Trùng Khánh (Trung Quốc)", name


def test_the_vietnamese_district_keeps_its_own_level_word():
    (surface, level_word, name, level), = mentions("huyện Trùng Khánh")
    assert (name, level) == ("Trùng Khánh", "huyện")


def test_the_pair_is_the_municipality_and_the_host():
    page = ("Hội kiến song phương\n\nNgày 27/3, Bí thư Tỉnh ủy Lào Cai hội kiến Bí thư tỉnh Trùng Khánh. "
            "Hai bên trao đổi về hợp tác giữa tỉnh Lào Cai và tỉnh Trùng Khánh trong thời gian tới.\n")
    assert sorted(explain_text(page).main["pair"]) == ["Lào Cai", "Trùng Khánh (Trung Quốc)"]
