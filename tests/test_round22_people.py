"""Round 22 (people22): a title keeps a place whose later syllable the page writes small."""

from hoptac.core.extract.events import _is_place_name
from hoptac.core.extract.people import find_people


def _titles(text: str) -> dict[str, str]:
    return {p.name: p.title for p in find_people(text, is_place=_is_place_name)}


def test_title_keeps_a_place_with_a_small_syllable():
    t = _titles("Tiếp đoàn có ông Trần Văn Bảo - Phó Bí thư Thành ủy Vũng tàu đã phát biểu chào mừng.")
    assert t["Trần Văn Bảo"] == "Phó Bí thư Thành ủy Vũng tàu"


def test_title_keeps_a_province_typed_small_after_a_comma():
    t = _titles("Bà Lê Thị Hoa, Chủ tịch UBND tỉnh Bình định cho biết hai bên sẽ ký kết.")
    assert t["Lê Thị Hoa"] == "Chủ tịch UBND tỉnh Bình định"


def test_a_whole_place_keeps_no_word_after_it():
    t = _titles("Ông Phạm Minh Tâm, Bí thư Tỉnh ủy Hà Tĩnh nam tiến cùng đoàn.")
    assert t["Phạm Minh Tâm"] == "Bí thư Tỉnh ủy Hà Tĩnh"


def test_a_verb_after_a_cut_name_is_not_kept():
    t = _titles("Ông Đỗ Văn Hùng, Chủ tịch UBND xã Vũng đã phát biểu.")
    assert t["Đỗ Văn Hùng"] == "Chủ tịch UBND xã Vũng"
