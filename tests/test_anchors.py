"""Anchors found once on the folded page (core/extract/anchors.py) must give what the rule
they stand for gives: each shortcut is compared with its rule on generated text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core import scan
from hoptac.core.extract import year_cues
from hoptac.core.extract.anchors import FoldedKeywords, first_words
from hoptac.core.extract.date_compile import any_case_and_accent


def test_folding_a_coded_character_keeps_what_the_any_case_classes_see():
    """On every character of scan.py's one-byte code, matching a letter's any-case-and-accent
    class is matching the letter after the fast fold, and a space or a word character stays one."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    classes = {x: re.compile(any_case_and_accent(x)) for x in letters}
    for c in scan._DECODE:
        if c in ("\ufffe", scan._WORD_PH, scan._OTHER_PH):
            continue
        f = scan.fast_fold(c)
        assert len(f) == 1
        for x in letters:
            assert bool(classes[x].fullmatch(c)) == (f == x), (c, x)
        assert bool(re.fullmatch(r"\s", c)) == bool(re.fullmatch(r"\s", f)), c
        assert bool(re.fullmatch(r"\w", c)) == bool(re.fullmatch(r"\w", f)), c


def test_first_words_are_the_literal_openings():
    assert first_words(r"\b(?:ab\s+c|(?:d|de)f\s)") == {"ab", "df", "def"}
    with pytest.raises(ValueError):
        first_words(r"[ab]c")
    assert "tong" in first_words(year_cues.KEYWORDS, re.VERBOSE)


_KEYWORD_PIECES = ["Sơ kết", "so ket", "SƠ KẾT", "đã triển khai", "Đang  thực hiện", "tình hình việc triển khai",
                   "tổng kết", "kết quả", "đánh giá", "nhìn lại", "thành tựu", "năm liên tiếp", "phương hướng",
                   "ký kết", "ký thỏa thuận", "ký ghi nhớ", "triển khai", "xây dựng", "mục tiêu", "thống nhất",
                   "kế hoạch", "chương trình", "nhiệm vụ", "hội nghị", "hội đàm", "lễ ký", "bản ghi nhớ",
                   "biên bản", "dang", "danh", "kết", "kế", "năm", "2023", "giai đoạn 2020-2025", " ", "  ", "\n",
                   ",", ".", "(", "x", "_", "\u2003", "\u212a", "Kỳ", "hoi", "bienban", "a", "đ", "Đ", "ð"]
_texts = st.lists(st.sampled_from(_KEYWORD_PIECES), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_texts, st.integers(min_value=0, max_value=300), st.integers(min_value=0, max_value=300))
def test_year_cue_keywords_from_anchors_equal_the_any_case_regex(text, lo, hi):
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    fk = FoldedKeywords(year_cues.KEYWORDS, re.VERBOSE, year_cues._keywords())
    want = [(m.start(), m.end(), m.lastgroup) for m in year_cues._keywords().finditer(text, lo, hi)]
    assert fk.finditer(text, lo, hi) == want
    assert year_cues._keyword_matches(text, lo, hi) == want


def test_required_words_are_what_a_match_cannot_be_without():
    from hoptac.core.extract.anchors import required_words

    assert required_words(r"\b(?:truoc\s+do|\d+\s+nam\s+truoc|ke\s+tu)\s*$") == {"truoc", "ke"}
    assert required_words(r"(?:ab|cd)x?efg") == {"efg"}
    with pytest.raises(ValueError):
        required_words(r"\d+\s+(?:nam)?")
    with pytest.raises(ValueError):
        required_words(r"truoc", re.IGNORECASE)




_PAGE_PIECES = ["Hội nghị", "Đà Nẵng", "ký kết", "\n", "\r\n", " ", "  ", "\t", "“", "”", "–", "…", "A", "a", "2025",
                "\u00a0", "\u2003", "ç", "\x00", "\x1b[31m", "e\u0301", "ﬁ", ".", ","]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PAGE_PIECES), max_size=30).map("".join))
def test_a_page_folded_from_the_code_clean_made_equals_its_fold(text):
    from hoptac.core import text as text_mod

    cleaned = text_mod.clean(text)
    raw = text_mod.page_code(cleaned)
    if raw is not None:   # clean encoded this very text: every character is in the code
        assert raw == scan._fold_coded(cleaned)[1] or cleaned.isascii()
        scan._LAST_PAGE = (None, "", None)
        folded = scan.fold_page_coded(cleaned, raw)
        assert folded == scan.fast_fold(cleaned) == text_mod.fold(cleaned)
        assert scan._LAST_PAGE[2] == raw and scan.fold_page(cleaned) is folded
    assert text_mod.page_code(cleaned + "x") is None


def _gates():
    from hoptac.core.extract import verdicts, year_bounds

    return [(verdicts._PAST, verdicts._PAST_GATE), (verdicts._FOUNDING, verdicts._FOUNDING_GATE),
            (verdicts._HOLIDAY_BEFORE, verdicts._HOLIDAY_GATE), (year_bounds._FUTURE_WORDS, year_bounds._FUTURE_GATE)]


def test_each_gate_word_stands_in_every_word_its_rule_cannot_match_without():
    """A match holds a required word, and each required word holds a gate word: where no gate
    word stands the rule cannot match, and the search is skipped."""
    from hoptac.core.extract.anchors import required_words

    for rx, gate in _gates():
        for word in required_words(rx.pattern, rx.flags):
            assert any(g in word for g in gate), (rx.pattern, word)


_WINDOW_PIECES = ["truoc do", "truoc", "5 nam truoc", "hai nam truoc", "cach day hon 10 nam", "cach", "tu thoi diem",
                  "ke tu", "ke", "thanh lap", "tai lap", "giai phong", "ra doi", "khai sinh", "lap", "nghi le",
                  "ngay le", "ngay nghi", "nghi bu", "nghi tet", "duoc nghi", "se", "du kien", "du dinh",
                  "ke hoach to chuc", "phan dau", "chuan bi", "vao", "ngay", " ", "  ", ",", ".", "\n", "x", "12"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_WINDOW_PIECES), max_size=14).map("".join))
def test_gated_rules_equal_their_regexes(window):
    from hoptac.core.extract import year_bounds
    from hoptac.core.extract.anchors import holds_any

    for rx, gate in _gates():
        assert (holds_any(window, gate) and rx.search(window) is not None) == (rx.search(window) is not None)
    assert year_bounds._future(window) == (year_bounds._FUTURE_WORDS.search(window) is not None)


def test_text_in_the_one_byte_code_is_nfc_already():
    """clean() skips NFC for a text all in scan.py's code: no character of the code is a combining
    mark or changes under NFC, and no pair of them composes."""
    import unicodedata

    from hoptac.core import text as text_mod

    code = [c for c in scan._DECODE if c not in ("\ufffe", scan._WORD_PH, scan._OTHER_PH)]
    for c in code:
        assert unicodedata.combining(c) == 0 and unicodedata.normalize("NFC", c) == c, repr(c)
    for a in code:
        for b in code:
            assert unicodedata.is_normalized("NFC", a + b), repr(a + b)
    page = "Hội nghị Đà Nẵng “ký kết” – năm 2025…\nÐ ð ½ € ² ×"
    assert text_mod._without_controls(page) and text_mod.clean(page) == unicodedata.normalize("NFC", page)
    decomposed = "Hội nghi\u0323"   # a combining mark: outside the code, NFC composes it
    assert text_mod.clean(decomposed) == "Hội nghị"
