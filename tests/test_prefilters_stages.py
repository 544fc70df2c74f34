"""Cheap forms of the people's, dates', years' and types' stages (round 24, speed24b) must never change an
answer: each is compared with the rule as written on generated text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract import people as people_mod
from hoptac.core.extract import people_units as units_mod

# Pieces of titles written for the tests: the hints themselves, pieces of them, their case forms, letters
# that fold to theirs, and the words around them.
_TITLE_PIECES = ["Sở", "Sơ", "SỞ", "sở", "Bộ", "Bô", "Ban", "ban", "BAN", "Ba", "n", "Cục", "Vụ", "Viện", "Việ",
                 "Phòng", "phòng", "Phong", "Hội", "Hiệp", "Liên", "Liê", "Ủy", "Uỷ", "ủy", "U", "y", "Trung", "Trun",
                 "Văn", "Van", "g", "ò", " ", "  ", ",", "-", "–", "\u2060", "quan", "qua", "n", "doan", "đoàn",
                 "do", "an", "bo doi", "bo", "doi", "toa an", "toa", "vien kiem sat", "vien kiem", "sat",
                 "Giám đốc", "Phó", "Chủ tịch", "tỉnh", "A", "x", "12"]
_texts = st.lists(st.sampled_from(_TITLE_PIECES), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_texts)
def test_office_hints_search_equals_the_in_tests(text):
    # people._glue_departments: one search of the hints' alternation, not sixteen `in` tests
    assert (people_mod._OFFICE_HINT_RE.search(text) is not None) == any(n in text for n in people_mod._OFFICE_HINTS)


@settings(max_examples=1500, deadline=None)
@given(_texts)
def test_unit_hints_search_equals_the_in_tests(text):
    # people_units.unit_names: one search of the hints' alternation, not five `in` tests
    assert (units_mod._HINT_RE.search(text) is not None) == any(h in text for h in units_mod._HINTS)
    folded = text.lower()
    assert (units_mod._HINT_RE.search(folded) is not None) == any(h in folded for h in units_mod._HINTS)
