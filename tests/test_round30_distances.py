"""Round 30 (late30b): the place a distance is measured to is geography, not a party ("cây cầu rút
ngắn quãng đường từ Đồng Tháp đến thủ đô Viêng Chăn còn 90 km") (:func:`hoptac.core.extract.
partner_geography.distances`). Sentences written for the test (names, days and wording are ours)."""

from __future__ import annotations

from extract_support import main_event

from hoptac.core.extract.partner_geography import distances
from hoptac.core.places import find_places, resolve


def _far(text: str) -> list[str]:
    ms = find_places(text)
    places = {m.start: resolve(text[m.start:m.end]) or resolve(m.name) for m in ms}
    places = {k: v for k, v in places.items() if v is not None}
    return sorted(text[m.start:m.end] for m in ms if m.start in distances(text, ms, places))


def test_a_bridge_that_shortens_the_way_to_a_capital():
    e = main_event("Khánh thành cây cầu hữu nghị\n\n"
                   "Cây cầu hữu nghị rút ngắn quãng đường từ biên giới đến thủ đô Viêng Chăn còn khoảng 90 km, mở ra "
                   "cơ hội giao thương cho người dân vùng biên hai nước.\n\n"
                   "Ngày 18/5, lãnh đạo hai nước cắt băng khánh thành cây cầu bắc qua sông nối hai tỉnh Quảng "
                   "Trị (Việt Nam) và Savannakhet (Lào). Cầu giúp rút ngắn tuyến đường từ Việt Nam đến thủ đô "
                   "Viêng Chăn của Lào còn khoảng 90 km và thay cho bến phà cũ.\n")
    assert e["pair"] == ["Quảng Trị", "Savannakhet"]   # (the press name, names30)


def test_a_distance_from_a_city():
    assert _far("Cửa khẩu nằm cách thành phố Nam Ninh khoảng 180 km về phía nam.") == ["thành phố Nam Ninh"]


def test_a_distance_in_thousands():
    assert _far("Thành phố nằm cách thủ đô Viêng Chăn hơn 1.200 km. Đoàn tỉnh Hà Tĩnh đến thăm.") == ["thủ đô Viêng Chăn"]


def test_both_ends_of_a_shortened_way():
    assert len(_far("Tuyến đường mới rút ngắn đường từ Hà Tĩnh đến tỉnh Khammouane còn 60 km.")) == 2


def test_a_route_opened_without_a_distance_word_is_left():
    assert _far("Ngày 3/4, hai bên khai trương tuyến xe khách từ Lạng Sơn đến Nam Ninh dài 230 km.") == []


def test_learning_the_way_of_a_city_is_no_distance():
    assert _far("Đoàn học cách Đà Nẵng quản lý đô thị thông minh trong 5 năm qua.") == []
