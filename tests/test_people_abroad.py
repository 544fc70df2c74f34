"""A guest whose title is a foreign locality's office is of the partner abroad, not of the host
(``core/store/people_places.py``): "Thị trưởng" at Yên Bái's meetings was read "of Yên Bái"."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import make_article, make_event

from hoptac.core.library import Library
from hoptac.core.store.people import people_of
from hoptac.core.store.people_places import holds_foreign_office
from hoptac.core.store.segments import IngestItem, Store


@pytest.mark.parametrize("title,foreign", [
    ("Thị trưởng thành phố", True),
    ("Bí thư Tỉnh ủy, Tỉnh trưởng", True),
    ("Phó Tỉnh trưởng tỉnh", True),
    ("Phó Bí thư Huyện ủy, Huyện trưởng", True),
    ("Quận trưởng quận", True),
    ("Chủ tịch Ủy ban chính quyền tỉnh", True),
    ("Phó Chủ tịch Chính phủ nhân dân huyện", True),
    ("Phó Giám đốc Sở Công Thương, phụ trách thị trường", False),   # a market, not a mayor
    ("Phó Chủ tịch UBND tỉnh", False),
    ("Bí thư Tỉnh ủy", False),
    ("Thống đốc tỉnh Gyeonggi", True),
    ("Phó Thống đốc Ngân hàng Nhà nước Việt Nam", False),   # Vietnam's State Bank (review23)
    ("Thống đốc NHNN", False),
])
def test_a_foreign_office_is_told_by_its_words(title: str, foreign: bool) -> None:
    assert holds_foreign_office([title]) is foreign


def _db(path: Path) -> Path:
    """Two meetings of Vĩnh Phúc and Bình Dương with Chăm-pa-sắc: Ông Xay Phon (Phó Tỉnh
    trưởng, no place in his title) at both; Lê Văn Hòa (Phó Chủ tịch UBND tỉnh) at Vĩnh
    Phúc's only; Ngô Thị Mai (Phó Giám đốc Sở, phụ trách thị trường) at both."""
    items = []
    for i, (host, day) in enumerate((("Vĩnh Phúc", 4), ("Bình Dương", 8))):
        people = [("Xay Phon", "Phó Tỉnh trưởng"), ("Ngô Thị Mai", "Phó Giám đốc Sở, phụ trách thị trường")]
        if i == 0:
            people.append(("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"))
        art = make_article(f"abroad/{i}.txt", f"{host} tiếp đoàn Chăm-pa-sắc\n\nNgày {day}/5/2022, tỉnh {host} "
                           f"tiếp đoàn tỉnh Chăm-pa-sắc do ông Xay Phon, Phó Tỉnh trưởng, dẫn đầu.\n")
        items.append(IngestItem(art, [make_event(
            art, f"Ngày {day}/5", f"2022-05-0{day}", "visit",
            [(host, "tỉnh", host), ("Chăm-pa-sắc", "tỉnh", "Chăm-pa-sắc")], people=people)]))
    Store(path).apply(items)
    return path


def test_a_foreign_office_holder_is_of_the_partner_abroad(tmp_path: Path) -> None:
    index = Library.open(_db(tmp_path / "hoptac.json")).index
    found = {p["name"]: p for p in people_of(index, range(len(index)), places=True)}
    assert found["Xay Phon"]["province"] is None
    assert found["Xay Phon"]["shared"] == ["Chăm-pa-sắc"]   # was [] (two hosts): never a host
    assert found["Lê Văn Hòa"]["shared"] == ["Vĩnh Phúc"]   # a Vietnamese title: the host
    assert found["Ngô Thị Mai"]["shared"] == []                   # a market in her title: still Vietnamese
