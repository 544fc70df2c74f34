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
    assert all(any(g in w + " " for g in tb.THANKS_GATE) for w in words)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_THANKS_POOL), min_size=1, max_size=12))
def test_the_thanks_gate_hides_no_thanked_deed(words):
    clause = " ".join(words)
    if re.compile(tb.THANKS_FOR).search(clause):
        assert any(g in clause for g in tb.THANKS_GATE)
