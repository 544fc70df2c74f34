"""The merge of round 46: a date in brackets after "ngày tái lập/thành lập X" that an anniversary frames dates the
anniversary's occasion (kept as a milestone), not a founding told in passing (late46a's founded_name_bracket)."""

from hoptac.core.extract.verdict_shapes import founded_in_brackets
from hoptac.core.text import fold


def test_an_anniversary_of_the_refounding_is_no_founding():
    near = fold("Tiếp đó, nhân dịp kỷ niệm 25 năm ngày tái lập tỉnh Hà Giang (")
    assert not founded_in_brackets(near)


def test_a_founding_in_passing_still_is_one():
    assert founded_in_brackets(fold("Từ sau khi thành lập Tổ công tác liên ngành hai tỉnh ("))


def test_a_celebration_of_the_founding_is_no_founding_in_passing():
    assert not founded_in_brackets(fold("Hai bên gặp mặt mừng ngày thành lập Hội hữu nghị ("))
