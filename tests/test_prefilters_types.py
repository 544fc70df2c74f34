"""Prefilters of the event types' stage must never change an answer: purposes and delegations,
occasions ahead and milestones, get-togethers and stays, each beside the rule as written."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


# Folded clauses: the rules' opening words, their near misses (inside longer words, after
# "van ", "chu ", "tieu "), what follows them, stops and blanks.
_OPENING_PIECES = ["de", "den", "ide", "nham", "chuan bi cho", "phuc vu cho", "van ", "chu ", "tieu ", "de nghi", "an",
                   "hoi nghi", "hoi nghiem", "hoi nghi gap go", "buoi gap mat, giao luu", " gap go", ", trao doi", " va ", "buoi gap mat", "buoi gap go", "gap go", "trao doi", "giao luu", " va ky ket",
                   " va ky", "doan", "doanh", "doan cong tac", "dan dau", "mot doan", "lam truong doan", "tham", " ",
                   "  ", ",", ".", ";", "\n", "x", "1", "_"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_PIECES), max_size=30).map("".join), st.data())
def test_rules_searched_at_their_openings_equal_the_rules(text, data):
    from hoptac.core.extract import event_type as et

    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text) + 2))
    for opened in (et._PURPOSE_AT, et._DELEGATION_AT):
        fast, slow = opened.search(text, pos, endpos), opened.rule.search(text, pos, endpos)
        assert (fast and fast.span()) == (slow and slow.span())
        fast, slow = opened.search(text), opened.rule.search(text)
        assert (fast and fast.span()) == (slow and slow.span())


_AHEAD_PIECES = ["loi moi", "thu moi", "giay moi", "de nghi", "keu goi", "mong muon", "ngo y", "tham du", "tham gia",
                 "du kien", "chuan bi", "ke hoach to chuc", "de xuat to chuc", "thong nhat", "nhat tri", "cung ", "se ",
                 "to chuc", "dang cai", "hen gap lai", "hen gap nhau", "hoi nghi", "hoi dam", "gap go", "chuc tet",
                 "le ky ket", "le ky", "le ket nghia", "ky ket", "ky", "den tham", "sang tham", "tham va lam viec",
                 "chuong trinh", "hop tac", "akhoi", "xloi moi", " ", "  ", ",", ".", ";", "(", "\n", "1", "_", "x"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_AHEAD_PIECES), max_size=24).map("".join))
def test_occasion_and_milestone_rules_searched_at_their_openings_equal_the_rules(text):
    from hoptac.core.extract import milestones as ms, occasions_ahead as oa

    for opened in (oa._BEFORE_AT, ms._YEAR_EVENT_VERB_AT, ms._YEAR_EVENT_NOUN_AT):
        fast, slow = opened.search(text), opened.rule.search(text)
        assert (fast and (fast.span(), fast.lastgroup)) == (slow and (slow.span(), slow.lastgroup))


_GATHERING_PIECES = ["gap mat", "gap go", "hop mat", "gap", "hop", "mat", "go", "agap mat", "gap matx", "gap  mat",
                     "tiep nhan", "sinh vien", "12", " ", ",", ".", "\n", "_", "x", "ngay lam viec", "3 ", "hai ",
                     "ba", "may", "ngay lam vie", "ngay  lam viec"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_GATHERING_PIECES), max_size=24).map("".join))
def test_get_together_searched_at_its_openings_and_stay_gate_equal_the_rules(text):
    from hoptac.core.extract import type_several_days, type_students as ts

    fast, slow = ts._GET_TOGETHER_AT.search(text), ts._GET_TOGETHER.search(text)
    assert (fast and fast.span()) == (slow and slow.span())
    # type_several_days: _STAY searched only in a clause holding its literal words
    assert ("ngay lam viec" in text and type_several_days._STAY.search(text) is not None) == \
        (type_several_days._STAY.search(text) is not None)
    assert "ngay lam viec" in type_several_days._STAY.pattern.replace(r"\s+", " ")
