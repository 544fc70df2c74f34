"""Audit round 18: talks inside the trip's own noun phrase ("chuyến thăm và hội đàm với …": "chuyến" heads
both, no subject or verb between) are the trip's programme, a visit; talks held within a trip ("Trong chuyến
thăm, hai bên đã hội đàm …") stay the talks. Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest
from hoptac.core.extract.type_words import MORE_TYPE_PHRASES
from hoptac.core.text import fold

from extract_support import first_main as _main


HEAD = "Tăng cường quan hệ hữu nghị giữa tỉnh Kon Tum và tỉnh Attapeu (Lào)\n\n"


@pytest.mark.parametrize("lead", [
    "Ngày 9/4, đoàn đại biểu tỉnh Kon Tum có chuyến thăm và hội đàm với lãnh đạo tỉnh Attapeu (Lào).",
    "Ngày 9/4, đoàn đại biểu tỉnh Kon Tum có chuyến thăm, làm việc và hội đàm tại tỉnh Attapeu (Lào).",
    "Ngày 9/4, lãnh đạo tỉnh Kon Tum kết thúc chuyến công tác và hội đàm với chính quyền tỉnh Attapeu (Lào).",
    "Ngày 9/4, đoàn tỉnh Kon Tum có chuyến thăm hữu nghị và hội đàm với tỉnh Attapeu (Lào).",
    "Ngày 9/4, đoàn tỉnh Kon Tum vừa kết thúc chuyến thăm, hội đàm với tỉnh Attapeu (Lào).",
    "Ngày 9/4, đoàn tỉnh Kon Tum có chuyến thăm làm việc và hội đàm tại tỉnh Attapeu (Lào).",
])
def test_talks_the_trip_noun_heads_are_the_trip(lead):
    assert _main(HEAD + lead + "\n")["type"] == "visit"


def test_an_undated_page_that_sums_up_a_trip_with_talks():
    text = ("Đoàn hội đàm với tỉnh Attapeu. Ảnh: Minh An |\n"
            "Đoàn thăm và làm việc với lãnh đạo tỉnh Sê Kông. Ảnh: Minh An |\n"
            "Đánh giá kết quả chuyến thăm và hội đàm với các tỉnh Nam Lào, Chủ tịch UBND tỉnh Kon Tum cảm ơn sự "
            "đón tiếp của các tỉnh bạn.\n")
    assert _main(text)["type"] == "visit"


@pytest.mark.parametrize("lead", [
    # talks held within the trip, with a subject and verb of their own: the talks
    "Ngày 9/4, trong chuyến thăm tỉnh Attapeu (Lào), lãnh đạo hai tỉnh Kon Tum và Attapeu đã hội đàm.",
    # talks alone
    "Chiều 9/4, lãnh đạo tỉnh Kon Tum đã hội đàm với đoàn đại biểu tỉnh Attapeu (Lào).",
])
def test_talks_held_in_their_own_clause_stay_talks(lead):
    assert _main(HEAD + lead + "\n")["type"] == "conference"


def test_each_trip_row_reads_its_own_example():
    rows = [r for r in MORE_TYPE_PHRASES if r[0].startswith("chuyen") and r[0].endswith("hoi dam")]
    assert len(rows) >= 6
    for phrase, etype, rank, example in rows:
        assert etype == "visit" and rank == 5
        assert phrase in fold(example), phrase
