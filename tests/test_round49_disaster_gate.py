"""The page-wide gate before late49a's disaster_days (round 49 merge): a date passes disaster_days only on a page
that page_may_tell_disaster lets through, so asking the page first changes no answer."""

import re

from hypothesis import given, settings, strategies as st

from hoptac.core.extract import disaster_days as dd
from hoptac.core.extract.dates import find_dates

_PIECES = ["ngay 5/9/2030 ", "tu ngay 29/11 den ngay 17/12/2030 ", "con bao so 3 ", "mua lu ", "lu lut", "lua ",
           "luc ", "bao ", "xay ra ", "xay rat ", "gay ", "ngay ", "do bo", "do bong ", "tan pha", "lam thiet hai ",
           "trao ", "huyen b ", ", ", ". ", "\n", " ", "vui lap", "hoa hoan", "sat lo dat "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.integers(0, 200))
def test_no_date_passes_on_a_page_the_gate_stops(pieces, lead_end):
    folded = "".join(pieces)
    lead = (0, min(lead_end, len(folded)))
    for m in find_dates(folded):
        if dd.disaster_days(folded, m, lead):
            assert dd.page_may_tell_disaster(folded)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(0, 400), st.integers(0, 400))
def test_a_window_match_is_a_page_match(pieces, a, b):
    # A window's end counts as a word boundary: the page-wide patterns leave the closing boundary out.
    folded = "".join(pieces)
    s0, s1 = sorted((min(a, len(folded)), min(b, len(folded))))
    if dd._DISASTER_RE.search(folded, s0, s1):
        assert dd._DISASTER_OPEN.search(folded)
    if dd._HAPPENING.search(folded, s0, s1):
        assert dd._HAPPENING_OPEN.search(folded)


def test_the_closing_boundary_would_hide_a_window_match():
    # "mua lu" cut by a window before "a" of "mua lua": the window finds a flood, the whole page with the closing
    # boundary would not -- why the gate's patterns leave it out.
    folded = "mua lua"
    assert dd._DISASTER_RE.search(folded, 0, 6)
    assert not dd._DISASTER_RE.search(folded)
    assert dd._DISASTER_OPEN.search(folded)


def test_a_relief_page_is_let_through_and_a_plain_page_is_not():
    assert dd.page_may_tell_disaster("tu ngay 29/11 den ngay 17/12/2030, tren dia ban huyen b da xay ra cac dot mua lu lon.")
    assert not dd.page_may_tell_disaster("ngay 12/3, hai tinh ky ket thoa thuan hop tac.")
