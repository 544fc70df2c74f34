"""Round 39 (late39a): people at work are no working session ("ngư dân làm việc trên biển"), and the
counter-shapes of the type splits this round left as decided (docs/accuracy.md, "Round 39: late39a").
Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest
from hoptac.core.extract.event_type import body_type
from hoptac.core.extract.type_phrases import WORKERS_AT_WORK, _found
from hoptac.core.text import fold

from extract_support import main_or_none as _main


def _words(sentence: str) -> list[str]:
    return [f[3] for f in _found(fold(sentence))]


# --- 1. "làm việc" after people at work names their job, not a meeting
@pytest.mark.parametrize("sentence", [
    "Hai huyện thống nhất phối hợp cấp cứu ngư dân làm việc trên biển.",
    "Hai bên bàn việc đưa lao động sang làm việc tại Hàn Quốc.",
    "Tỉnh có hơn 300 người lao động đang làm việc tại Nhật Bản.",
    "Nhà máy tạo việc làm cho công nhân làm việc theo ca.",
    "Chương trình đưa du học sinh sang học tập và làm việc tại tỉnh B.",
    "Thuyền viên làm việc trên tàu cá được hỗ trợ.",
])
def test_people_at_work_name_no_working_session(sentence):
    assert "lam viec" not in _words(sentence)


# --- counter-shapes: a working session is still one (pass before and after)
@pytest.mark.parametrize("sentence", [
    "Chiều 5/3, Sở Lao động làm việc với đoàn công tác tỉnh B.",
    "Sáng 5/3, đoàn công tác tỉnh A làm việc với ngư dân huyện đảo C.",
    "Ngày 5/3, lãnh đạo huyện A làm việc với Ban Quản lý cảng cá huyện B.",
    "Sáng 5/3, Bộ Lao động làm việc với UBND tỉnh B.",
])
def test_a_working_session_is_still_read(sentence):
    assert "lam viec" in _words(sentence)


def test_every_row_has_an_example_it_matches():
    for name, _, example in WORKERS_AT_WORK:
        assert example and name
    for example in ("ngư dân hai địa phương làm việc trên biển", "đưa lao động sang làm việc tại Hàn Quốc"):
        assert "lam viec" not in _words(example + ".")


# --- 2. a page that dates no occasion: its body's first sentence that names one types it; fishermen at work
# name none, so the signing told after them is the page's occasion (it was read as a working session)
def test_an_undated_body_is_not_typed_by_the_fishermens_work():
    body = [fold(s) for s in (
        "Hai huyện cũng thống nhất phối hợp khám, chữa bệnh cho nhân dân và ngư dân làm việc trên biển.",
        "Lãnh đạo huyện đảo A và huyện đảo B ký kết chương trình hợp tác giữa hai địa phương.",
    )]
    assert body_type(body)[0] == "signing"
    assert body_type(body[:1])[0] is None


# --- 3. the split left as decided (round 21): a host that receives and works with a delegation on its trip
# holds a working session (sea39 02, 03, 08 labelled visit; the labels tie, docs/accuracy.md)
def test_the_host_session_with_guests_on_a_trip_stays_a_conference():
    page = ("Hai thành phố cảng mở rộng hợp tác\n\n"
            "Sáng 9/11, Phó Chủ tịch UBND thành phố A tiếp và làm việc với đoàn đại biểu Hội đồng thành phố B "
            "(Nhật Bản) do ông C làm trưởng đoàn đến thăm và làm việc tại thành phố A.\n")
    assert _main(page)["type"] == "conference"
