"""The gate before bond_anniversary's REVIEW (round 45 merge): the reviews found by trying the pattern only where
its first words stand are the ones a search of the whole page finds."""

from hypothesis import given, settings, strategies as st

from hoptac.core.extract import bond_anniversary as ba
from hoptac.core.extract.occasions_ahead import told_ahead

_PIECES = ["so ket ", "tong ket ", "15 nam ", "10 nam ", "ngay ", "ky ", "ket nghia", "thiet lap quan he", " ",
           ". ", "\n", "se ", "hai xa ", "uso ket ", "tong ketx ", "chinh thuc ", "nam "]


def _whole_page(text: str, folded: str):
    return [m for m in ba.REVIEW.finditer(folded) if told_ahead(text, m.start()) is None]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_gated_reviews_are_the_whole_page_search(pieces):
    folded = "".join(pieces)
    got = [(m.start(), m.group()) for m in ba._reviews(folded, folded)]
    assert got == [(m.start(), m.group()) for m in _whole_page(folded, folded)]


def test_a_review_inside_a_longer_word_is_not_one():
    folded = "hai ben dusso ket 15 nam ket nghia. hai xa so ket 15 nam ket nghia"
    assert [m.start() for m in ba._reviews(folded, folded)] == [folded.rindex("so ket")]


def test_the_gate_words_are_the_patterns_first_words():
    for word in ba.REVIEW_WORDS:
        assert ba.REVIEW.match(word + " 5 nam ket nghia")
