"""The derived lookup of typed place names (``core/place_keys.py``) says what the gazetteer says."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from hoptac.core import place_keys, places
from hoptac.core.store.query import UnknownPlace, parse_pair, parse_province


def test_the_shipped_table_is_what_the_gazetteer_derives() -> None:
    spec = importlib.util.spec_from_file_location("hoptac_scripts_place_keys",
                                                  Path(__file__).resolve().parent.parent / "scripts" / "place_keys.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUT.read_bytes() == module.render(), "run python -m scripts.place_keys"


@pytest.mark.parametrize("typed", [
    "lao cai", "LÀO CAI", "Lào  Cai", "yen bai", "tp.hcm", "TP HCM", "sai gon", "ha noi", "Thủ đô Hà Nội", "hue",
    "thua thien hue", "sa pa", "huyen sa pa", "thành phố Lào Cai", "chau thanh", "vientiane", "vieng chan",
    "tinh vieng chan", "gunma", "tỉnh Gunma", "ha nam", "quan 1", "1", "nowhere at all", "ba ria vung tau",
    "Bà Rịa - Vũng Tàu", "dak lak", "đắk lắk", "daklak"])
def test_a_typed_name_resolves_as_the_gazetteer_resolves_it(typed: str) -> None:
    place = places.resolve(typed)
    assert place_keys.province_of_typed(typed) == (place.province if place else None)


def test_the_table_is_not_trusted_for_another_places_json(monkeypatch: pytest.MonkeyPatch) -> None:
    place_keys._table.cache_clear()
    monkeypatch.setattr(place_keys.zlib, "crc32", lambda data: 1)  # as if places.json had changed
    try:
        assert place_keys._table() is None
        assert place_keys.province_of_typed("lao cai") == "Lào Cai"  # the gazetteer answers
    finally:
        monkeypatch.undo()
        place_keys._table.cache_clear()
    assert place_keys._table() is not None


def test_filters_read_names_through_it() -> None:
    assert parse_pair("yen bai,lao cai") == ("Lào Cai", "Yên Bái")
    assert parse_province("tp.hcm") == "Hồ Chí Minh"
    with pytest.raises(UnknownPlace):
        parse_province("nowhere at all")
