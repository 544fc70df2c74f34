"""Round 21 (audit21e): where an event took place, on pages about Cambodian and Lao partners of the
South and the Centre — a greeting visit's object ("đến thăm, chúc Tết Thành ủy, HĐND tỉnh B"), a host
named before its official ("Phó Chủ tịch UBND tỉnh B Nguyễn Văn C đã tiếp đoàn"), and a delegation
"do … tỉnh A tổ chức" (A sends the guests; it hosts nothing). Before, the first two were "unknown" and
the third gave the guests' home. Sentences written for the test (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import lead_event


@pytest.mark.parametrize("sentence, location", [
    # a greeting visit: the greeting's object is where the delegation went
    ("Ngày 12/2, đoàn đại biểu tỉnh Kratie (Campuchia) do ông Sam Vuthy làm trưởng đoàn đã đến thăm, chúc Tết "
     "Tỉnh ủy, HĐND, UBND tỉnh Bình Phước.", "Bình Phước"),
    ("Chiều 3/2, đoàn công tác tỉnh Sê Kông (Lào) đã sang thăm và chúc Tết Nguyên đán Giáp Thìn 2024 tỉnh "
     "Quảng Ngãi.", "Quảng Ngãi"),
    ("Sáng 11-4, đoàn đại biểu tỉnh Đồng Tháp đã đến thăm, chào xã giao và chúc Tết lãnh đạo tỉnh Prey Veng "
     "nhân dịp Tết Chôl Chnăm Thmây.", "Prey Veng"),
    ("Chiều 20/1, đoàn cán bộ huyện Svay Chrum đến thăm, chúc Tết Huyện ủy, UBND huyện Đức Huệ.", "Long An"),
    # a host named before its official
    ("Chiều 25/1, Phó Chủ tịch UBND tỉnh Kiên Giang Trần Văn Lộc đã tiếp đoàn đại biểu tỉnh Kampot "
     "(Campuchia) sang chúc Tết.", "Kiên Giang"),
    ("Chiều 6/2, lãnh đạo tỉnh Trà Vinh đã long trọng đón tiếp đoàn đại biểu tỉnh Kampong Cham (Campuchia).",
     "Trà Vinh"),
    # a delegation organised by a body of province A visits province B: B, not A
    ("Ngày 14/6/2014, đoàn công tác do Ban Dân vận Tỉnh ủy Hậu Giang tổ chức đã đến thăm và làm việc với Ban "
     "Dân vận Tỉnh ủy Kon Tum.", "Kon Tum"),
])
def test_where_the_delegation_went(sentence, location):
    assert lead_event(sentence)["location"] == location


@pytest.mark.parametrize("sentence, location", [
    # the greeting's object is no place: a venue or an occasion comes first, the rule says nothing
    ("Ngày 9/4, đoàn tỉnh Bình Dương đến thăm, chúc Tết nhân dịp Tết cổ truyền của tỉnh Kratie.", None),
    # a host of an undated conference keeps being the host ("tổ chức" after a body not a delegation's)
    ("Sáng 16/5, hội nghị do UBND tỉnh An Giang tổ chức đã đánh giá hợp tác với tỉnh Takeo (Campuchia).",
     "An Giang"),
    # "tiếp tục" is no reception
    ("Ngày 2/3, tỉnh Gia Lai Nguyễn Văn Hà tiếp tục hợp tác với tỉnh Attapeu (Lào).", None),
])
def test_no_place_where_the_shape_does_not_hold(sentence, location):
    assert lead_event(sentence)["location"] == location
