"""Round 35 (late35a): two districts of one province as the two sides when the lead names each with its body
("Ban Chấp hành Hội LHPN huyện A và Ban Chấp hành LHPN huyện B") and puts their province in brackets before the
pairing verb ("(tỉnh C) tổ chức giao lưu kết nghĩa"): the pair is that province twice (partner_units). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.partner_sides import strip_bodies

from extract_support import main_event

HEAD = "Phụ nữ hai huyện giao lưu\n\n"


def pair_of(lead: str) -> list[str]:
    return main_event(HEAD + lead + "\n")["pair"]


@pytest.mark.parametrize("lead", [
    "Sáng 5/4, Ban Chấp hành Hội LHPN huyện Tây Sơn và Ban Chấp hành LHPN huyện Hoài Ân (tỉnh Bình Định) "
    "tổ chức giao lưu kết nghĩa.",
    "Sáng 5/4, huyện Tây Sơn và huyện Hoài Ân (tỉnh Bình Định) tổ chức giao lưu kết nghĩa.",
    "Sáng 5/4, Hội LHPN huyện Tây Sơn và Hội LHPN huyện Hoài Ân ký kết chương trình phối hợp.",
])
def test_two_districts_of_one_province_are_that_province_twice(lead):
    assert pair_of(lead) == ["Bình Định", "Bình Định"]


def test_the_women_s_union_abbreviated_is_a_body_between_two_places():
    assert strip_bodies("va ban chap hanh lhpn") == "va"
    assert strip_bodies("va hoi lhpn") == "va"


# --- counter-examples: one place twice, a province and its own district --------------------------------

@pytest.mark.parametrize("lead", [
    "Sáng 5/4, Hội LHPN huyện Tây Sơn và Ban Chấp hành LHPN huyện Tây Sơn (tỉnh Bình Định) tổ chức giao lưu.",
    "Sáng 5/4, Hội LHPN tỉnh Bình Định và Hội LHPN huyện Hoài Ân (tỉnh Bình Định) tổ chức giao lưu kết nghĩa.",
])
def test_one_place_named_twice_or_a_province_and_its_district_is_one_province(lead):
    assert pair_of(lead) == ["Bình Định"]
