"""The gate of inside_span's counts (round 51 merge): found from their ends, they are the whole-page search's."""

from hypothesis import given, settings, strategies as st

from hoptac.core.extract import inside_span as ins

_PIECES = ["trong ", "qua ", "suot ", "trai qua ", "hon ", "gan ", "tron ", "15 ", "mot ", "muoi ", "nam qua",
           "nam  qua", "nam\u00a0qua", "nam quan", " ", ". ", ", ", "\n", "Trong ", "xtrong ", "ba ", "٣ ", "ß", "a"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_the_counts_found_from_their_ends_are_the_whole_page_search(pieces):
    folded = "".join(pieces)
    got = [(m.span(), m.group(1)) for m in ins.counts_of(folded)]
    assert got == [(m.span(), m.group(1)) for m in ins._COUNT.finditer(folded)]


def test_a_count_is_found_and_a_count_inside_a_word_is_not():
    folded = "ky ket nam 2008. trong 15 nam qua, hai tinh. xtrong 3 nam qua"
    assert [m.group(1) for m in ins.counts_of(folded)] == ["15"]
