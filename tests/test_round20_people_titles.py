"""A person's title ends before "đại diện" (represents): "đại" is a title word only before
"biểu", "học", "sứ" …, as in "Trưởng đoàn đại biểu Quốc hội". Sentences written for the test."""

from __future__ import annotations

import pytest

from hoptac.core.extract.people import find_people


@pytest.mark.parametrize("sentence, name, title", [
    ("Tại buổi gặp, ông Lò Văn Tám, Chủ tịch UBND huyện Bảo Yên đại diện lãnh đạo huyện phát biểu.",
     "Lò Văn Tám", "Chủ tịch UBND huyện Bảo Yên"),
    ("Tại buổi lễ, bà Hà Thị Lan, Chánh văn phòng Sở Tư pháp đại diện đơn vị trao quà.",
     "Hà Thị Lan", "Chánh văn phòng Sở Tư pháp"),
    ("Dự có ông Lò Văn Tám, Phó Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh Lào Cai.",
     "Lò Văn Tám", "Phó Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh Lào Cai"),
])
def test_a_title_ends_before_a_verb_that_opens_like_a_title_word(sentence, name, title):
    assert (name, title) in [(p.name, p.title) for p in find_people(sentence)]
