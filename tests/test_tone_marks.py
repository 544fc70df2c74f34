"""The old and the new tone placement are one spelling (``core/tone_marks.py``); a person's
titles in the people view are listed once whichever a page printed ("Ủy viên" and "Uỷ viên"
were two lines)."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import make_article, make_event
from hypothesis import given, strategies as st

from hoptac.core.library import Library
from hoptac.core.store.people import people_of
from hoptac.core.store.segments import IngestItem, Store
from hoptac.core.text import fold
from hoptac.core.tone_marks import new_tone_placement


@pytest.mark.parametrize("old,new", [
    ("Uỷ viên Ban Thường vụ", "Ủy viên Ban Thường vụ"), ("Hoà Bình", "Hòa Bình"), ("HOÀ BÌNH", "HÒA BÌNH"),
    ("Thuỵ Anh", "Thụy Anh"), ("khoẻ mạnh", "khỏe mạnh"), ("toà án", "tòa án"), ("Khánh Hoà.", "Khánh Hòa."),
])
def test_the_old_placement_becomes_the_new(old: str, new: str) -> None:
    assert new_tone_placement(old) == new


@pytest.mark.parametrize("kept", ["Hoàng Văn Thụ", "quý khách", "Quỳnh Lưu", "Ủy ban", "hoạch định", "Thoại Sơn"])
def test_a_closed_syllable_and_qu_are_kept(kept: str) -> None:
    assert new_tone_placement(kept) == kept


@given(st.text(alphabet="oOuUyYaAeEqhn àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠ", max_size=30))
def test_only_the_mark_moves(s: str) -> None:
    """Same folding, same length: nothing but a tone mark's place changes."""
    out = new_tone_placement(s)
    assert len(out) == len(s) and fold(out) == fold(s)


def test_a_title_in_two_placements_is_listed_once(tmp_path: Path) -> None:
    items = []
    for i, (title, day) in enumerate((("Uỷ viên Ban Thường vụ Tỉnh ủy", 3), ("Ủy viên Ban Thường vụ Tỉnh ủy", 9),
                                      ("Phó Chủ tịch UBND tỉnh", 20))):
        art = make_article(f"tones/{i}.txt", f"Hai tỉnh hội đàm lần {i}\n\nNgày {day}/5/2021, ông Lò Văn Tâm, "
                           f"{title}, dự hội đàm giữa tỉnh Sơn La và tỉnh Điện Biên.\n")
        items.append(IngestItem(art, [make_event(
            art, f"Ngày {day}/5", f"2021-05-{day:02d}", "conference",
            [("Sơn La", "tỉnh", "Sơn La"), ("Điện Biên", "tỉnh", "Điện Biên")], people=[("Lò Văn Tâm", title)])]))
    Store(tmp_path / "hoptac.json").apply(items)
    index = Library.open(tmp_path / "hoptac.json").index
    (person,) = people_of(index, range(len(index)))
    assert [(t["title"], t["events"], t["first"], t["last"]) for t in person["titles"]] == [
        ("Uỷ viên Ban Thường vụ Tỉnh ủy", 2, "2021-05-03", "2021-05-09"),
        ("Phó Chủ tịch UBND tỉnh", 1, "2021-05-20", "2021-05-20")]
