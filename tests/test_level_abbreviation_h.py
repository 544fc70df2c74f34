"""A district's level word abbreviated "H." ("H. Mường Lát", "H.Duy Xuyên"), as some papers write it the way
they write "TP." and "TX.": the district is found with its level, and the pair follows it (meta30, round 30)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.explain import explain_text

from places_support import mentions


@pytest.mark.parametrize("text, name", [
    ("H. Mường Lát", "Mường Lát"),
    ("H.Duy Xuyên", "Duy Xuyên"),
    ("UBND H. Nông Cống", "Nông Cống"),
])
def test_h_dot_is_a_district(text, name):
    (surface, level_word, found, level), = mentions(text)
    assert (level_word, found, level) == ("huyện", name, "huyện")


def test_a_name_ending_in_an_initial_is_no_level_word():
    # a person's name shortened to its initial, then the verb: no place
    assert mentions("Ông Nguyễn Văn H. Cho biết thêm, năm nay mưa nhiều.") == []


def test_the_pair_follows_two_abbreviated_districts():
    text = ("Hai huyện kết nghĩa\n\nSáng 9/4, đoàn công tác H. Duy Xuyên đã đến thăm và làm việc với H. Mường Lát. "
            "Hai huyện trao đổi kinh nghiệm phát triển du lịch cộng đồng.\n")
    assert sorted(explain_text(text).main["pair"]) == ["Quảng Nam", "Thanh Hóa"]
