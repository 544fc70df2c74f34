"""Round 43 (late43c): the misses of ocop43 and drug43 read, their general shapes fixed. Sentences written for
these tests (never a page's)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.partner_study import QUOTED_NAME_EXAMPLE, words_before_venue

from extract_support import main_event

HEAD = "Hai huyện trao đổi kinh nghiệm\n\n"


def event_of(lead: str) -> dict:
    return main_event(HEAD + lead + "\n")


# --- quoted_name_one_word: a campaign's name in quotes between the study words and "tại X" -------------------

@pytest.mark.parametrize("lead", [
    "Ngày 13/10, đoàn công tác Ủy ban MTTQ huyện Phú Lộc (tỉnh Thừa Thiên Huế) đến học tập kinh nghiệm triển khai "
    "cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” tại huyện Thăng Bình.",
    "Ngày 13/10, đoàn công tác huyện Phú Lộc (tỉnh Thừa Thiên Huế) đến học tập kinh nghiệm triển khai phong trào "
    "\"Toàn dân đoàn kết xây dựng nông thôn mới\" tại huyện Thăng Bình.",
])
def test_a_quoted_name_before_the_host_of_a_study_trip_is_one_word(lead):
    assert sorted(event_of(lead)["pair"]) == ["Quảng Nam", "Thừa Thiên Huế"]


def test_the_words_before_a_venue_fold_each_quoted_name_to_one_word():
    at = QUOTED_NAME_EXAMPLE.index("tại huyện C")
    near = words_before_venue(QUOTED_NAME_EXAMPLE, at)
    assert near.endswith("hoc tap kinh nghiem trien khai cuoc van dong ten ")


# counter-shapes (pass before and after): no study words, or the plain study trip already read
@pytest.mark.parametrize("lead, pair", [
    ("Ngày 13/10, Ủy ban MTTQ huyện Phú Lộc (tỉnh Thừa Thiên Huế) tổ chức cuộc vận động “Toàn dân đoàn kết xây "
     "dựng nông thôn mới, đô thị văn minh” tại huyện Thăng Bình.", ["Thừa Thiên Huế"]),
    ("Ngày 13/10, đoàn công tác huyện Phú Lộc (tỉnh Thừa Thiên Huế) đến học tập kinh nghiệm xây dựng nông thôn mới "
     "tại huyện Thăng Bình.", ["Quảng Nam", "Thừa Thiên Huế"]),
])
def test_counter_shapes_of_the_quoted_name(lead, pair):
    assert sorted(event_of(lead)["pair"]) == pair
