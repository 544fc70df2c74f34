"""The first run of a new route welcomed (core/extract/type_route_openings.py, round 35 late35c): the
opening is the occasion ('other'), not the visit its tourists' sightseeing ("đi thăm quan") reads as.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_phrases import found
from hoptac.core.extract.type_route_openings import ROUTE_PHRASES
from hoptac.core.text import fold

from extract_support import first_main

_REST = "\n\nHai bên thống nhất tăng cường hợp tác phát triển du lịch.\n"


def _main_type(lead: str) -> str:
    return first_main(lead + _REST)["type"]


@pytest.mark.parametrize("lead", [
    "Chiều 5/4, tại cảng tàu khách quốc tế Tuần Châu, Sở Du lịch tỉnh Quảng Ninh đã tổ chức đón tàu Hải Âu "
    "đưa 300 khách du lịch và đại diện thành phố Khâm Châu (Trung Quốc) đi thăm quan vịnh Hạ Long.",
    "Sáng 9/12, cảng Chân Mây đón chuyến đầu tiên của tuyến du lịch tàu biển Bắc Hải - Huế, với 1.500 du khách "
    "đến tham quan thành phố Huế.",
    "Sáng 3/3, thành phố Hải Phòng đón chuyến bay đầu tiên chở các đoàn khách du lịch thành phố Nam Ninh "
    "(Trung Quốc) sang thăm quan.",
])
def test_a_first_run_welcomed_is_the_routes_opening_not_a_visit(lead):
    assert _main_type(lead) == "other"


@pytest.mark.parametrize("lead", [
    # a naval ship's call: the crew's visit
    "Sáng 7/5, thành phố Đà Nẵng tổ chức đón tàu Hải quân thành phố Thượng Hải (Trung Quốc) đến thăm hữu nghị "
    "thành phố.",
    # a delegation welcomed, and a delegation's own sightseeing: visits
    "Sáng 7/5, lãnh đạo tỉnh Quảng Ninh đón đoàn đại biểu thành phố Khâm Châu (Trung Quốc) đến thăm và làm việc.",
    "Sáng 7/5, đoàn công tác thành phố Khâm Châu (Trung Quốc) đã đến thăm và tham quan vịnh Hạ Long của tỉnh "
    "Quảng Ninh.",
])
def test_a_delegation_or_a_naval_call_stays_a_visit(lead):
    assert _main_type(lead) == "visit"


def test_every_row_of_the_table_is_read_in_its_example():
    for phrase, _, _, example in ROUTE_PHRASES:
        assert any(f[3] == phrase for f in found(fold(example))), phrase
