"""The page's windows sliced from its fold (round 29, speed29): ``scan.fold_slice(text, a, b)`` must be
``fast_fold(text[a:b])`` (or ``fold(text[a:b])``) for every window of every text, whether the text is the page
``extract_events`` registered (``scan.read_folded``) or another one (hypothesis)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from hoptac.core import scan
from hoptac.core.extract.text_masks import masked
from hoptac.core.extract.wrapped_joins import unbroken
from hoptac.core.scan import fast_fold, fold_page, fold_slice, read_folded, shape, shape_masked
from hoptac.core.text import fold

# Pieces written for the tests: Vietnamese words in any case, ASCII, the code's punctuation, line breaks, and
# characters outside the one-byte code (a Latin letter fast_fold folds itself, a Greek capital sigma whose
# fold depends on what follows, a CJK ideograph, a combining mark, an emoji).
_PIECES = ["Ủy ban", "tỉnh", "TỈNH", "Lào Cai", "đoàn", "Đ", "và", " ", "  ", "\n", "\n\n", "\t", "\u00a0", ",", ".",
           "(", ")", "–", "—", "“", "”", "…", "2025", "TP.HCM", "Île", "ü", "Σ", "ΣΑ", "中", "e\u0301", "😀", "x", "Q"]
_texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join)
_spans = st.lists(st.tuples(st.integers(0, 80), st.integers(0, 20)), max_size=4)
_windows = st.lists(st.tuples(st.integers(-5, 90), st.integers(-5, 90)), min_size=1, max_size=12)


def _page(text: str, spans: list[tuple[int, int]], joins: bool) -> tuple[str, str]:
    """keep and folded as events.extract_events makes them (the chrome blanked; a hard-wrapped page's joins)."""
    cut = [(s, s + n) for s, n in spans]
    keep, folded = masked(text, cut), masked(fold_page(text), cut)
    if joins:
        at = tuple(i for i, c in enumerate(keep) if c == "\n")[::2]
        keep, folded = unbroken(keep, at), unbroken(folded, at)
    else:
        shape_masked(text, keep, cut)
    return keep, folded


@settings(max_examples=1500, deadline=None)
@given(_texts, _spans, st.booleans(), _windows)
@example("ΣΑ tỉnh\nLào Cai", [], False, [(0, 2), (0, 1)])
@example("Île x\nΣ", [(0, 3)], True, [(0, 9)])
def test_a_window_of_the_read_page_is_its_fold(text, spans, joins, windows):
    keep, folded = _page(text, spans, joins)
    shape(keep)   # (a hard-wrapped or ASCII page: the places' shape codes keep, as in extract_events)
    kept = read_folded(keep, folded)
    assert kept == (scan.folds_exactly(keep) and len(folded) == len(keep))
    for a, b in windows:
        assert fold_slice(keep, a, b) == fast_fold(keep[a:b])
        assert fold_slice(keep, a, b, fold) == fold(keep[a:b])
        other = "".join(list(keep))   # the same characters, another string: folded window by window
        assert fold_slice(other, a, b, fold) == fold(other[a:b])


def test_a_page_outside_the_code_is_not_read_from_its_fold():
    # "Σ" (outside scan.py's code) folds to "σ" or "ς" by what follows; the page's fold has a placeholder there
    keep, folded = _page("Chủ tịch ΣΑ tỉnh Lào Cai", [], False)
    shape(keep)
    assert not read_folded(keep, folded)
    assert fold_slice(keep, 9, 11, fold) == fold("ΣΑ")


def test_only_the_registered_text_is_sliced():
    keep, folded = _page("Ủy ban nhân dân tỉnh Lào Cai", [], False)
    assert read_folded(keep, folded)
    assert fold_slice(keep, 0, 6) == "uy ban"
    assert not read_folded(keep, folded[:-1])   # not the same length: not its fold
    assert fold_slice("Ủy ban", 0, 6) == "uy ban"   # another text: folded
