"""Round 24 (type24): three shapes found reading leads of pages from used hosts (docs/accuracy.md, "type24").
Sentences written for this test (no page's own words).

- a context opener before the lead's date ("Ngay sau khi …, trên tinh thần …, ngày 25/3, …") is background, not
  the occasion (core/extract/type_openers.py);
- a dated sentence that names no occasion, followed by "Tại hội nghị, …" or "Buổi tọa đàm là dịp …": that
  occasion (core/extract/type_next_occasion.py; unions24 05);
- a delegation that goes "đến <place> làm việc", the place between the verbs: its trip (core/extract/type_travel_work.py).
"""

from __future__ import annotations

import pytest

from extract_support import type_of_main as _type
from hoptac.core.extract.type_next_occasion import NEXT_OCCASIONS, _NEXT
from hoptac.core.extract.type_openers import CONTEXT_OPENER_EXAMPLES, context_opener
from hoptac.core.extract.type_travel_work import TRAVEL_WORK_EXAMPLES, travels_to_work
from hoptac.core.text import fold


# --- a context opener before the date
@pytest.mark.parametrize("page", [
    # someone else's announcement in the opener (was 'announcement' from 'công bố')
    "Khẩu trang cho huyện bạn\nBiên phòng - Ngay sau khi huyện Sepon công bố dịch sốt xuất huyết, với tinh thần "
    "tương trợ láng giềng, ngày 14-4, Đồn Biên phòng Lao Bảo (Quảng Trị) đã tặng 3.000 khẩu trang cho huyện Sepon, "
    "tỉnh Savannakhet (Lào).\n",
    "Tân Biên hỗ trợ huyện bạn chống dịch\nSau khi tỉnh Tbong Khmum công bố các ca bệnh đầu tiên, ngày 2/4, UBND "
    "huyện Tân Biên (Tây Ninh) đã trao tặng 2.000 khẩu trang cho huyện Memot, tỉnh Tbong Khmum.\n",
    "Đà Nẵng hỗ trợ Quảng Nam\nTrước tình hình Chính phủ công bố tình trạng khẩn cấp tại tỉnh Quảng Nam, sáng 30/10, "
    "Ủy ban MTTQ thành phố Đà Nẵng đã trao 2 tỷ đồng cho tỉnh Quảng Nam.\n",
])
def test_a_context_opener_is_background(page):
    assert _type(page) == "other"


def test_an_opener_after_the_date_is_read_where_it_stands():
    # the date opens the sentence: the opener's words are no frame of it
    assert not context_opener(fold("Ngày 3/5, sau khi hội đàm, hai tỉnh đã ký biên bản."), 0)
    assert not context_opener(fold("Trên tinh thần hợp tác, hai tỉnh đã ký biên bản."), -1)


@pytest.mark.parametrize("sentence", CONTEXT_OPENER_EXAMPLES)
def test_the_opener_examples_read(sentence):
    folded = fold(sentence)
    assert context_opener(folded, folded.index(", ") + 2)   # the date right after the opener's comma


# --- the next sentence's "Tại hội nghị, …"
def test_the_occasion_the_next_sentence_points_back_to():
    page = ("Thành phố Cần Thơ và 6 tỉnh miền núi phía Bắc\n\n"
            "Chiều 14/5, UBND thành phố Cần Thơ cùng 6 tỉnh miền núi phía Bắc đã nhìn lại một năm triển khai văn bản "
            "hợp tác giai đoạn 2022 - 2025.\n\nTại hội nghị, các tỉnh nêu nhiều đề xuất mới.\n")
    assert _type(page) == "conference"


def test_the_occasion_as_the_next_sentence_subject():
    # a page with no headline of its own; the dated sentence in its second paragraph (unions24 05's shape)
    page = ("Thị đoàn Bảo Lộc phối hợp tổ chức chương trình giao lưu công tác Đội năm 2019 nhằm chào mừng ngày "
            "thành lập Đội (15/5/1941 – 15/5/2019).\n\n"
            "Ngày 10/5/2019, Thị đoàn Bảo Lộc phối hợp với Huyện đoàn Di Linh tổ chức chương trình giao lưu, chia sẻ "
            "cách làm công tác Đội trong trường học. Buổi tọa đàm là dịp để cán bộ Đội hai đơn vị giới thiệu các mô "
            "hình hay.\n")
    assert _type(page) == "conference"


def test_a_lead_that_names_its_occasion_keeps_it():
    page = ("Hai huyện kết nghĩa gặp gỡ đầu năm\n\n"
            "Sáng 2/2, đoàn công tác huyện Nghi Lộc đã đến thăm, chúc Tết huyện Đức Phổ.\n\n"
            "Tại buổi làm việc, hai bên điểm lại kết quả kết nghĩa.\n")
    assert _type(page) == "visit"


@pytest.mark.parametrize("words, expected", [(w, t) for w, t, _ in NEXT_OCCASIONS])
def test_the_next_occasion_table_reads(words, expected):
    assert _NEXT.match(fold(f"Tại {words}, hai bên trao đổi.")) is not None
    assert _NEXT.match(fold(f"{words} là dịp để hai bên trao đổi.")) is not None


# --- a trip to a place to work there
def test_a_delegation_that_goes_to_a_place_to_work_is_its_trip():
    page = ("Đoàn công tác Sở Tư pháp tỉnh Bạc Liêu học tập kinh nghiệm tại Bình Định\n"
            "Ngày 22/8, Đoàn công tác Sở Tư pháp tỉnh Bạc Liêu do Giám đốc Sở làm trưởng đoàn đã đến Bình Định làm "
            "việc, trao đổi kinh nghiệm về công tác hộ tịch.\n\nTiếp đoàn có lãnh đạo Sở Tư pháp tỉnh Bình Định.\n")
    assert _type(page) == "visit"


@pytest.mark.parametrize("sentence", [
    "Ngày 22/8, hai sở đã có buổi làm việc về công tác hộ tịch.",         # no travel named
    "Ngày 22/8, đoàn tỉnh A đến dự và làm việc với lãnh đạo tỉnh B.",     # attends an occasion
    "Đến nay, hai tỉnh đã làm việc với nhau nhiều lần.",                  # 'đến nay' is no trip
    "Ngày 22/8, đoàn tỉnh A đến tỉnh B hội đàm và làm việc.",             # talks named
])
def test_no_trip_to_work(sentence):
    assert travels_to_work(fold(sentence)) is None


@pytest.mark.parametrize("sentence", TRAVEL_WORK_EXAMPLES)
def test_the_travel_examples_read(sentence):
    assert travels_to_work(fold(sentence)) is not None
