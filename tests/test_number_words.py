"""One table of number words (core/extract/number_words.py): each rule's range is the words it read before."""

from hoptac.core.extract import number_words as nw
from hoptac.core.extract import occasion_length, partner_group_hosts, partner_lists, year_shapes, year_spans


def test_counting_keeps_the_counting_order_and_the_range():
    assert list(nw.counting(3, 5)) == ["ba", "bon", "nam"]
    assert nw.counting(1, 10) == nw.NUMBER_WORDS and nw.NUMBER_WORDS["muoi"] == 10


def test_each_rule_reads_its_own_range():
    assert occasion_length.COUNTS == {"hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7}
    assert year_shapes._NUMBERS == {"hai": 2, "ba": 3, "bon": 4, "nam": 5}
    assert min(partner_group_hosts._COUNT_WORDS.values()) == 3 and "hai" not in partner_group_hosts._COUNT_WORDS
    assert list(partner_lists._COUNT_WORDS)[0] == "hai" and year_spans._NUMBER_WORDS["mot"] == 1
