"""Round 42 (late42a): the date in a programme's labelled time field ("Thời gian: 02 ngày 14-15/5/2024") names no
occasion; the prose before it tells it (docs/accuracy.md, "Round 42: late42a"). Sentences written for this test
(no page's own words).
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_time_field import TIME_FIELD, TIME_FIELD_EXAMPLES
from hoptac.core.text import fold

from extract_support import main_event

HEAD = "Phát triển rừng bền vững ở hai huyện miền núi\n\n"


def _type(text: str) -> str:
    return main_event(text)["type"]


@pytest.mark.parametrize("example, _reads", TIME_FIELD_EXAMPLES)
def test_the_tables_examples_are_time_fields(example, _reads):
    assert TIME_FIELD.match(fold(example))


def test_a_trip_told_before_its_time_field_is_a_visit():
    text = (HEAD + "    Thực hiện kế hoạch năm 2024, UBND huyện Anh Sơn, tỉnh Nghệ An tổ chức chuyến công tác học tập "
            "kinh nghiệm phát triển rừng tại huyện Hương Sơn, tỉnh Hà Tĩnh.\n\n"
            "    Thời gian: 02 ngày 14-15/5/2024\n\n"
            "    Thành phần đoàn: lãnh đạo huyện và cán bộ phòng nông nghiệp.\n")
    assert _type(text) == "visit"


def test_a_meeting_told_before_its_time_field_is_a_conference():
    text = (HEAD + "Hai huyện phối hợp tổ chức hội thảo về phát triển rừng "
            "bền vững tại huyện Hương Sơn, tỉnh Hà Tĩnh, với huyện Anh Sơn, tỉnh Nghệ An.\n\n"
            "Thời gian tổ chức: ngày 20/6/2024.\n\nĐịa điểm: hội trường UBND huyện Hương Sơn.\n")
    assert _type(text) == "conference"


# --- counter-shapes (pass before and after)
@pytest.mark.parametrize("prose", [
    "Thời gian qua, hai huyện đã trồng 5 ha rừng.",
    "Trong thời gian 2 ngày, đoàn đã trao đổi kinh nghiệm.",
    "Thời gian tới, hai bên sẽ tiếp tục phối hợp.",
])
def test_time_words_in_prose_are_no_field(prose):
    assert TIME_FIELD.match(fold(prose)) is None


def test_a_time_field_naming_its_occasion_keeps_it():
    text = (HEAD + "Huyện Anh Sơn, tỉnh Nghệ An tổ chức chuyến công tác học tập kinh nghiệm tại huyện Hương Sơn, "
            "tỉnh Hà Tĩnh.\n\nThời gian ký kết biên bản hợp tác: ngày 15/5/2024.\n")
    assert _type(text) == "signing"
