"""Round 59, late59c: a national Party Congress whose success the occasion congratulates, or told held just now,
gives its year to a day from February on (core/extract/congress_held.py, the cue ``party_congress_held``, read from
the "đại hội" that congress_term walks). Counter-shapes: the Lao Party's congress, a province's, a congress named
with no party, its resolution, a day in January, a congress greeted ahead. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from extract_support import year_or_unknown
from hoptac.core.extract.congress_term import congress_term_cues
from hoptac.core.extract.year_cue_kinds import CUE
from hoptac.core.text import fold


def _held(sentence: str) -> list[tuple[str, int]]:
    return [(c.name, c.year) for c in congress_term_cues(fold(sentence))]


# --- the shapes: the congress's year ------------------------------------------------------------------------
# (congress_held is imported inside the tests that need it, so that the counter-shapes also run on the base)

_SHAPES = (
    ("congratulated", "Ngày 6/3, đoàn tỉnh A sang thăm, chúc mừng thành công Đại hội đại biểu toàn quốc lần thứ "
                      "XIII của Đảng Cộng sản Việt Nam."),
    ("greeted_after", "Hội nghị nhiệt liệt chào mừng sự thành công của Đại hội XIII của Đảng."),
    ("held_just_now", "Ông A thông báo Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã được tổ chức thành công "
                      "tốt đẹp vừa qua."),
)


def test_the_modules_table_is_these_shapes():
    from hoptac.core.extract.congress_held import CONGRESS_HELD
    assert CONGRESS_HELD == _SHAPES


@pytest.mark.parametrize("name, sentence", _SHAPES)
def test_each_shape_of_the_table_gives_the_congress_year(name, sentence):
    assert _held(sentence) == [("party_congress_held", 2021)], name


@pytest.mark.parametrize("sentence, year", [
    ("Đoàn tỉnh Bokeo sang chúc Tết và chúc mừng thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.", 2026),
    ("Ông A chúc mừng sự thành công tốt đẹp của Đại hội XII của Đảng Cộng sản Việt Nam, nhiệm kỳ 2016-2021.", 2016),
    ("Ông B cho biết Đại hội lần thứ XIV của Đảng vừa được tổ chức thành công.", 2026),
    ("Ông C thông tin Đại hội lần thứ 14 của Đảng diễn ra thành công rất tốt đẹp vừa qua.", 2026),
])
def test_other_wordings_of_the_shapes(sentence, year):
    assert _held(sentence) == [("party_congress_held", year)]


@pytest.mark.parametrize("sentence", [
    "Đoàn chúc mừng thành công Đại hội XI của Đảng Nhân dân Cách mạng Lào.",        # the Lao Party's (2021, not 2011)
    "Đoàn chúc mừng thành công Đại hội đại biểu toàn quốc lần thứ XII Đảng NDCM Lào.",
    "Đoàn chúc mừng thành công Đại hội Đảng bộ tỉnh Hà Tiên lần thứ XIII.",         # a province's
    "Đoàn chúc mừng thành công Đại hội đại biểu toàn quốc lần thứ XII.",            # no party named
    "Hai bên quyết tâm thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng.",       # its resolution
    "Hai tỉnh tiến tới chào mừng Đại hội XIV của Đảng.",                              # ahead: party_congress's
    "Đại hội XIII của Đảng đã đề ra mục tiêu phát triển đến năm 2030.",              # no success told
    "Sau thành công của Đại hội XIII của Đảng, hai bên đẩy mạnh hợp tác.",            # not congratulated, not just now
])
def test_counter_shapes_give_no_held_cue(sentence):
    assert ("party_congress_held", 2011) not in _held(sentence)
    assert not [n for n, _ in _held(sentence) if n == "party_congress_held"]


def test_the_literal_gate_stands_before_the_patterns():
    from hoptac.core.extract.congress_held import national_congress_held
    text = fold("Hai tỉnh dự Đại hội XIV của Đảng tại Hà Nội.")
    assert national_congress_held(text, text.find("dai hoi")) is None
    assert CUE["party_congress_held"].weight == CUE["party_congress"].weight


# --- on a page ----------------------------------------------------------------------------------------------

_HEAD = "Lãnh đạo thành phố Đông Hà tiếp đoàn công tác tỉnh Xiêng Khoảng\n"
_LEAD = ("{day}, Phó Chủ tịch UBND thành phố Đông Hà Lê Văn Tâm đã tiếp đoàn công tác tỉnh Xiêng Khoảng (Lào) "
         "đến thăm, chúc Tết và {words}. Đoàn do ông Bun Nhăng, Phó Tỉnh trưởng tỉnh Xiêng Khoảng làm trưởng đoàn.\n")
_BODY = "Tại buổi tiếp, hai bên trao đổi về hợp tác giáo dục, y tế và thương mại giữa hai địa phương.\n"
_CONGRATULATED = "chúc mừng thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng Cộng sản Việt Nam"


def _page(day: str, words: str, body: str = _BODY) -> str:
    return _HEAD + _LEAD.format(day=day, words=words) + body


@pytest.mark.parametrize("day", ["Chiều 10/2", "Sáng 3-3", "Ngày 12/11"])
def test_a_congratulated_congress_dates_the_visit(day):
    assert year_or_unknown(_page(day, _CONGRATULATED)) == "2026"


def test_the_congratulation_said_in_the_body():
    body = ("Tại buổi tiếp, ông Bun Nhăng nhiệt liệt chào mừng sự thành công của Đại hội XIV của Đảng; hai bên "
            "trao đổi về hợp tác giáo dục.\n")
    assert year_or_unknown(_page("Chiều 10/2", "trao quà", body)) == "2026"


def test_a_congress_told_held_just_now_dates_the_talks():
    body = ("Ông Lê Văn Tâm thông tin với đoàn về Đại hội đại biểu toàn quốc lần thứ XIV của Đảng Cộng sản Việt "
            "Nam được tổ chức thành công vừa qua.\n")
    assert year_or_unknown(_page("Chiều 10/2", "trao quà", body)) == "2026"


@pytest.mark.parametrize("day, words", [
    ("Sáng 27/1", _CONGRATULATED),                                                  # January: before or a year after
    ("Chiều 10/2", "chúc mừng thành công Đại hội XII của Đảng Nhân dân Cách mạng Lào"),   # the Lao Party's
    ("Chiều 10/2", "chúc mừng thành công Đại hội Đảng bộ thành phố lần thứ XIV"),        # the city's own
    ("Chiều 10/2", "trao quà cho các gia đình chính sách"),                           # nothing: unknown as before
])
def test_counter_pages_keep_their_year_unknown(day, words):
    assert year_or_unknown(_page(day, words)) == "unknown"


def test_a_stamp_that_agrees_keeps_its_year():
    page = _HEAD + "15/02/2026 09:30\n" + _LEAD.format(day="Chiều 10/2", words=_CONGRATULATED) + _BODY
    assert year_or_unknown(page) == "2026"


def test_a_later_stamp_gives_no_wrong_year():
    # a stamp of the next year and the congratulation disagree: never 2026 from the cue, never a guess
    page = _HEAD + "15/02/2027 09:30\n" + _LEAD.format(day="Chiều 10/2", words=_CONGRATULATED) + _BODY
    assert year_or_unknown(page) in ("2027", "unknown")


def test_a_congress_greeted_ahead_keeps_the_year_before():
    page = _page("Sáng 10/10", "tiến tới chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng")
    assert year_or_unknown(page) == "2025"
