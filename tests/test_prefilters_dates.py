"""The date engine's cheap test of the word before a number (round 36, speed36): compiled as a trie of the
lead's last words, it says at every place what the words listed one by one say."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract import dates
from hoptac.core.extract.date_compile import lead_word_source
from hoptac.core.extract.date_rules import LEAD_LAST_WORDS

# The lead's last words as written (accents, capitals), words that begin or end like them, the
# separators the test lets stand between a word and its number, and other characters.
_PIECES = ["ngày", "Ngày", "NGÀY", "ngay", "ngáy", "hôm", "nay", "qua", "mai", "mùng", "mồng", "sáng", "Sáng",
           "chiều", "tối", "tới", "tôi", "trưa", "đêm", "khuya", "sớm", "muộn", "hai", "Hai", "ba", "tư", "năm",
           "Năm", "sáu", "bảy", "nhật", "đoạn", "kỳ", "kì", "khóa", "khoá", "học", "hết", "tháng", "THÁNG", "thắng",
           "quý", "I", "II", "III", "IV", "i", "v", "x", "2", "3", "7", "8", "1", "a", "g", "y", "n", "Việt Nam",
           "nam", "thứ", " ", "  ", "\t", "\n", "\u00a0", "(", ",", "/", ".", "-", "–", "—", ")", "_", "é", "ß"]
_BEFORE = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)


def test_the_compiled_test_is_the_trie():
    # (fails before round 36: the words were listed one by one)
    assert dates._tables().lead_word.pattern == lead_word_source()
    assert lead_word_source() != lead_word_source(trie=False)


def test_every_last_word_passes_reversed_after_its_separators():
    trie = re.compile(lead_word_source())
    for w in LEAD_LAST_WORDS:
        for sep in ("", " ", "(", " (", ", ", "/", "-", " – "):
            assert trie.match((w + sep)[::-1]), (w, sep)
        assert trie.match(("x" + w)[::-1] + "x") is None or w in ("i", "ii", "iii"), w   # glued to a word: no word



@settings(max_examples=3000, deadline=None)
@given(_BEFORE)
def test_the_trie_matches_where_the_listed_words_match(text):
    trie, listed = re.compile(lead_word_source()), re.compile(lead_word_source(trie=False))
    before = text[::-1]   # as _read_lead reads it: the text before the number, backwards
    for i in range(len(before) + 1):
        assert (trie.match(before, i) is None) == (listed.match(before, i) is None), (text, i)
