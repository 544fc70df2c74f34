"""Round 44 (speed44): the gates put before rules of rounds 42 and 43 hide no match the rule would find.

Each gate is a literal test on text the rule already has; each test here fails when a word is taken out of a gate.
"""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from hoptac.core.extract import told_before as tb
from hoptac.core.extract.year_thanked_visit import THANKS_WORDS

_THANKS_POOL = ["cam on", "cam ta", "cam kich", "tri an", "biet on", "cam", "on", "tri", "biet", "an", "da", "ho tro",
                "tinh b", "ngay 3/11", "doan", "ket", "dang", "phuong", ","]


def test_every_thanks_word_holds_a_gate_word():
    words = THANKS_WORDS.strip("(?:)").split("|")
    assert len(words) == 5
    assert all(any(g in w for g in tb.THANKS_GATE) for w in words)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_THANKS_POOL), min_size=1, max_size=12))
def test_the_thanks_gate_hides_no_thanked_deed(words):
    clause = " ".join(words)
    if re.compile(tb.THANKS_FOR).search(clause):
        assert any(g in clause for g in tb.THANKS_GATE)


# --- event_type.main_type: a bracketed day is cut only where its opening stands ----------------------------------
from hoptac.core.extract import event_type as et  # noqa: E402

_BRACKET_POOL = ["(", ")", "(ngay", "(ngay ", "(ngay\t", "ngay", "21", "21.11", "3/8/2024", "-", ".", " ", "  ", "co",
                 "van ban", "gui", "(phai)", "(tinh b)"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_BRACKET_POOL), min_size=1, max_size=12), st.sampled_from(["", " "]))
def test_the_bracket_gate_hides_no_bracketed_day(parts, sep):
    clause = sep.join(parts) + " gui"
    if et._BRACKETED_DAY.sub("", clause) != clause:
        assert et.BRACKETED_DAY_OPENS.search(clause)


def test_a_bracketed_day_still_splits_no_phrase():
    assert et.main_type("ubnd tinh a vua co van ban (ngay 21.11) gui ubnd tinh b")[0] == \
        et.main_type("ubnd tinh a vua co van ban gui ubnd tinh b")[0]


# --- occasion_days.occasion_length asks the count gate from the day's end before it finds the sentence's end ------
from hoptac.core.extract import occasion_length as ol  # noqa: E402

_COUNT_POOL = ["trong", "thoi gian", "qua", "dien ra", "keo dai", "2", "ba", "nam", "20", " ngay", "ngay", " ", "  ",
               "\t", ".", ", ", "hoi thao"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_COUNT_POOL), min_size=1, max_size=14), st.integers(0, 40), st.integers(0, 40))
def test_a_count_found_from_a_later_point_is_found_from_an_earlier_one(parts, a, b):
    folded = " ".join(parts)
    lo, hi = min(a, b), max(a, b)
    if ol.counts_days(folded, hi):
        assert ol.counts_days(folded, lo)


# --- places_bare: a military unit's words are looked for before the pattern ---------------------------------------
from hoptac.core import places_bare as pb  # noqa: E402

_UNIT_POOL = ["tiểu", "trung", "sư", "lữ", "đại", "quân", "đoàn", "đội", "1", "12", "4b", " ", "  ", "cựu chiến binh",
              "xã", "và", ","]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_UNIT_POOL), min_size=1, max_size=6), st.sampled_from(["", " "]))
def test_the_unit_gate_hides_no_unit(parts, sep):
    before = " ".join(parts) + sep
    if pb._UNIT_BEFORE.search(before):
        assert any(w in before for w in pb.UNIT_NOUNS)
