"""Round 20 (audit20l, set laos20: education, health and army ties between Vietnamese and Lao provinces).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.plan_ties import NOT_PREPARES, PREPARES, prepares_for
from hoptac.core.text import fold

from extract_support import date_or_empty as _date


@pytest.mark.parametrize("name,pattern,example", NOT_PREPARES)
def test_each_not_row_stops_its_example(name, pattern, example):
    folded = fold(example)
    at = folded.index("chuan bi")
    assert not prepares_for(folded, at, at + 10), name


@pytest.mark.parametrize("name,pattern,example", PREPARES)
def test_the_prepares_rows_still_read_their_examples(name, pattern, example):
    folded = fold(example)
    assert prepares_for(folded, 0, 5), name


def test_a_meeting_that_prepares_a_tet_visit_still_prepares_it():
    folded = fold("Chiều 5-1, Sở Ngoại vụ họp chuẩn bị đón đoàn tỉnh B sang chúc Tết.")
    assert prepares_for(folded, 0, 9)


def test_a_tet_greeting_visit_keeps_its_tet_year_against_a_plan_told_ahead():
    # "chuẩn bị đón Tết … 2021" names the season of the visit; a week planned for March of the next year is another
    # occasion, an upper bound only: the day keeps the Tết's year
    page = ("Ban Chỉ huy Quân sự tỉnh Bô-ly-khăm-xay thăm, chúc Tết Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh\n\n"
            "Nhân dịp chuẩn bị đón Tết Nguyên đán Tân Sửu 2021, chiều 28-1, đoàn công tác Bộ Chỉ huy Quân sự tỉnh "
            "Bô-ly-khăm-xay do Đại tá Xổm Phết làm trưởng đoàn đã đến thăm, chúc Tết Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh.\n"
            "Theo kế hoạch, Hội thao lực lượng vũ trang hai tỉnh sẽ diễn ra từ ngày 6 đến 10/3/2022 tại tỉnh bạn.\n"
            "Hai bên đã thông báo cho nhau tình hình xây dựng lực lượng trong năm qua.\n")
    assert _date(page) == "2021-01-28"
