"""The type of an occasion told in one sentence and dated by the next, which places it inside a trip
("Đây là hoạt động nằm trong khuôn khổ chuyến thăm … từ ngày …"): the occasion's verb, not the trip's.
Sentences written for this test."""

import pytest

from extract_support import main_event
from hoptac.core.extract.type_framed import FRAMES, frames_the_occasion_before
from hoptac.core.text import fold

HEAD = "Hai địa phương tăng cường hợp tác\n\n"


def test_talks_told_before_a_sentence_that_dates_the_trip_are_a_conference():
    text = (HEAD + "Huyện đoàn A Lưới và Huyện đoàn Tà Ôi vừa tổ chức hội đàm trao đổi kinh nghiệm công tác "
            "thanh niên. Đây là hoạt động nằm trong khuôn khổ chuyến thăm và làm việc của đoàn tỉnh Salavan "
            "tại tỉnh Thừa Thiên Huế từ ngày 12 – 15/9/2022.\n\nHai bên thống nhất phối hợp tổ chức các "
            "hoạt động giao lưu.\n")
    main = main_event(text)
    assert main["date"].startswith("2022-09-12")
    assert main["type"] == "conference"


def test_a_lead_that_reports_the_trip_itself_stays_the_visit():
    text = (HEAD + "Trong khuôn khổ chuyến thăm và làm việc tại tỉnh Thừa Thiên Huế từ ngày 12 – 15/9/2022, "
            "đoàn đại biểu tỉnh Salavan đã đến thăm các di tích và cơ sở giáo dục của tỉnh.\n\n"
            "Hai bên thống nhất phối hợp tổ chức các hoạt động giao lưu.\n")
    assert main_event(text)["type"] == "visit"


@pytest.mark.parametrize("name,example,pattern", FRAMES)
def test_each_frame_row_reads_its_example(name, example, pattern):
    assert frames_the_occasion_before(fold(example)), name


def test_a_sentence_that_only_mentions_a_programme_later_is_no_frame():
    assert not frames_the_occasion_before(fold("Hai bên đã ký kết, đây là hoạt động nằm trong khuôn khổ chuyến thăm."))
