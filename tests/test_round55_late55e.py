"""Round 55, late55e: a person's title never ends in the middle of a compound word
(core/extract/title_compounds.py). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.people import find_people
from hoptac.core.extract.title_compounds import TITLE_COMPOUNDS, compound_at
from hoptac.core.places import resolve


def _is_place(name: str) -> bool:
    return resolve(name) is not None


def _people(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.title) for p in find_people(text, is_place=_is_place)]


@pytest.mark.parametrize("text, people", [
    # "name, title" (people.py): the title goes on through the compound
    ("Dự lễ có ông Trần Văn An, Ủy viên Trung ương Đảng Cộng sản Việt Nam, Bí thư Tỉnh ủy Lào Cai.",
     [("Trần Văn An", "Ủy viên Trung ương Đảng Cộng sản Việt Nam, Bí thư Tỉnh ủy Lào Cai")]),
    ("Đón đoàn có ông Khăm Sỉ Vông, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy.",
     [("Khăm Sỉ Vông", "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy")]),
    ("Ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh, Trưởng Ban tổ chức Tuần Văn hóa Lào Cai phát biểu.",
     [("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh, Trưởng Ban tổ chức Tuần Văn hóa Lào Cai")]),
    ("Ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức hội chợ; bà Lò Thị Hoa.",
     [("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức hội chợ"), ("Lò Thị Hoa", "")]),
    ("Có ông Đỗ Văn Cường, Phó Chủ nhiệm Ủy ban Biên giới quốc gia, Bộ Ngoại giao.",
     [("Đỗ Văn Cường", "Phó Chủ nhiệm Ủy ban Biên giới quốc gia")]),
    ("Ông Phạm Văn Dũng, Đại sứ đặc mệnh toàn quyền Việt Nam tại Lào cho biết.",
     [("Phạm Văn Dũng", "Đại sứ đặc mệnh toàn quyền Việt Nam")]),
    ("Có bà Ngô Thị Hoa, Trưởng đoàn Ủy ban hữu nghị tỉnh Lào Cai.",
     [("Ngô Thị Hoa", "Trưởng đoàn Ủy ban hữu nghị tỉnh Lào Cai")]),
    ("Có ông Hồ Văn Khải, Chủ tịch UBND thị trấn Sa Pa.",
     [("Hồ Văn Khải", "Chủ tịch UBND thị trấn Sa Pa")]),
    ("Có ông Đinh Văn Thắng, Đại sứ đặc mệnh toàn quyền Nước cộng hòa xã hội chủ nghĩa Việt Nam tại Pháp.",
     [("Đinh Văn Thắng", "Đại sứ đặc mệnh toàn quyền Nước cộng hòa xã hội chủ nghĩa Việt Nam")]),
    ("Có ông Lê Văn Bình, Chủ tịch Công đoàn ngành Giáo dục tỉnh Lào Cai phát biểu.",
     [("Lê Văn Bình", "Chủ tịch Công đoàn ngành Giáo dục tỉnh Lào Cai")]),
    # the title ends before a verb the table knows (today: "… Tỉnh ủy chỉ", "… tỉnh A tổ")
    ("Có ông Lê Văn Bình, Phó Bí thư Tỉnh ủy chỉ đạo các sở.", [("Lê Văn Bình", "Phó Bí thư Tỉnh ủy")]),
    ("Có ông Lê Văn Bình, Chủ tịch UBND tỉnh Lào Cai tổ chức buổi gặp.",
     [("Lê Văn Bình", "Chủ tịch UBND tỉnh Lào Cai")]),
    ("Có ông Lê Văn Bình, Chủ tịch UBND tỉnh Lào Cai chủ trì hội nghị.",
     [("Lê Văn Bình", "Chủ tịch UBND tỉnh Lào Cai")]),
    # a title, then the person (people_titled.py)
    ("Sáng nay, Ủy viên Trung ương Đảng Cộng sản Việt Nam, Bí thư Tỉnh ủy Lào Cai Trần Văn An phát biểu.",
     [("Trần Văn An", "Ủy viên Trung ương Đảng Cộng sản Việt Nam, Bí thư Tỉnh ủy Lào Cai")]),
    ("Sáng nay, Phó Chủ nhiệm Ủy ban Biên giới quốc gia Đỗ Văn Cường phát biểu.",
     [("Đỗ Văn Cường", "Phó Chủ nhiệm Ủy ban Biên giới quốc gia")]),
    ("Đón đoàn có Chủ tịch UBND thị trấn Sa Pa Hồ Văn Khải.",
     [("Hồ Văn Khải", "Chủ tịch UBND thị trấn Sa Pa")]),
])
def test_a_title_runs_through_the_compound(text, people):
    assert _people(text) == people


@pytest.mark.parametrize("text, people", [
    # counter-shapes: a verb after the title, a name after it, both forms (the same before and after)
    ("Có ông Lê Văn Bình, Chủ tịch UBND tỉnh Lào Cai làm việc với đoàn.", [("Lê Văn Bình", "Chủ tịch UBND tỉnh Lào Cai")]),
    ("Ông Lê Văn Bình, Bí thư Tỉnh ủy Lào Cai đã tiếp đoàn.", [("Lê Văn Bình", "Bí thư Tỉnh ủy Lào Cai")]),
    ("Ông Lê Văn Bình, Bí thư Tỉnh ủy cùng đoàn công tác.", [("Lê Văn Bình", "Bí thư Tỉnh ủy")]),
    ("Ông Lê Văn Bình, Bí thư Tỉnh ủy và bà Lò Thị Hoa.", [("Lê Văn Bình", "Bí thư Tỉnh ủy"), ("Lò Thị Hoa", "")]),
    ("Chủ tịch UBND tỉnh Lào Cai Lê Văn Bình làm việc với đoàn.", [("Lê Văn Bình", "Chủ tịch UBND tỉnh Lào Cai")]),
    ("Chủ tịch UBND tỉnh Lào Cai Lê Văn Bình tổ chức buổi gặp.", [("Lê Văn Bình", "Chủ tịch UBND tỉnh Lào Cai")]),
    ("Dự có đồng chí Lò Thị Hoa, Phó Chủ tịch Hội đồng nhân dân tỉnh.",
     [("Lò Thị Hoa", "Phó Chủ tịch Hội đồng nhân dân tỉnh")]),
])
def test_counter_shapes_stay(text, people):
    assert _people(text) == people


def test_each_row_has_its_example_and_reads_it():
    """Each row is named with an example written for it, holding the compound."""
    for compound, how, after, example in TITLE_COMPOUNDS:
        assert how in ("go", "back") and compound in example.lower(), compound
        assert not after or f"{after} {compound}" in example.lower(), compound


def test_compound_at_matches_where_the_title_stops():
    assert compound_at(["Đảng", "Cộng"], ["sản", "Việt", "Nam"]) == (0, 1)
    assert compound_at(["Ủy", "ban"], ["hữu", "nghị", "tỉnh"]) == (0, 2)
    assert compound_at(["Tỉnh", "ủy", "chỉ"], ["đạo", "các"]) == (1, 0)
    assert compound_at(["UBND", "tỉnh", "A", "tổ"], ["chức", "hội"]) == (1, 0)   # no Ban before it: the verb
    assert compound_at(["Đảng", "Cộng"], ["đồng"]) is None
    assert compound_at([], ["quốc"]) is None
