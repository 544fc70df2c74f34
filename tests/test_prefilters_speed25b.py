"""Cheap forms of the dates', years', types' and page stages (round 25, speed25b) must never change an answer:
each gate is compared with the rule as written on generated text (hypothesis), or checked over its whole table."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.text import fold

# --- year_names.spring_cues: each group of written forms asked of the fold first --------------------------------
# Pieces written for the tests: every written form, pieces and look-alikes of them, what follows a spring word,
# years, letters outside the one-byte code and blanks.
_SPRING_PIECES = ["xuân", "Xuân", "XUÂN", "tết", "Tết", "TẾT", "xuan", "Xuan", "XUAN", "tet", "Tet", "TET",
                  "năm mới", "Năm mới", "NĂM MỚI", "nam moi", "Nam mới", "năm", "mới", "xuâ", "ân", "tế", "Tê",
                  " Nguyên đán", " cổ truyền", " Quý Mão", " Giáp Thìn", " Bính Dần", " Tý", " Tỵ", " năm", " 2020",
                  " 2017", "2024", " (1/1)", " ", "  ", "\n", ",", ".", "đầu ", "chúc ", "mừng ", "sẽ tổ chức ",
                  "ü", "Î", "α", "Đ", "a", "Lê Xuân Tân"]
_spring_texts = st.lists(st.sampled_from(_SPRING_PIECES), max_size=20).map("".join)


def test_every_spring_form_folds_to_its_group_word():
    # the fold's places stand for the text's only if each written form's fold, character for character, is its
    # group's word (then text[i:i+n] == form implies folded[i:i+n] == word)
    from hoptac.core.extract import year_names as yn
    forms = yn._SPRING_WORDS + yn._SPRING_WORDS_UNACCENTED + yn._NEW_YEAR_WORDS
    assert set(yn._SPRING_GROUP) == set(forms)
    for word in forms:
        assert "".join(fold(c) for c in word) == fold(word) == yn._SPRING_GROUP[word]


@settings(max_examples=1500, deadline=None)
@given(_spring_texts, st.sampled_from(["xuân", "Xuân", "XUÂN", "tết", "Tết", "TẾT", "xuan", "TET", "năm mới",
                                        "NĂM MỚI"]))
def test_finds_from_the_fold_are_the_finds_of_the_text(text, word):
    from hoptac.core.extract.year_names import _finds
    found, i = [], text.find(word)
    while i >= 0:   # the loop as it was written
        found.append(i)
        i = text.find(word, i + len(word))
    assert list(_finds(text, word, fold(text), {})) == found == list(_finds(text, word, None, {}))


@settings(max_examples=2000, deadline=None)
@given(_spring_texts)
def test_spring_cues_gated_on_the_fold_equal_the_cues_without_it(text):
    # spring_cues(text, folded) skips a group whose folded word the fold lacks; without a fold it scans every form
    from hoptac.core.extract.year_names import spring_cues
    assert spring_cues(text, fold(text)) == spring_cues(text, None)


# --- year_bounds._PROVINCE_MERGED: each branch's first letter first, the \b as a look-behind after it ------------
_MERGED_PIECES = ["tinh", "sau", "khi", "sap nhap", "hop nhat", "cac", "hai", "ba", "a", "b", "x", "tinh a",
                  "thanh", "sa", "tin", "au", "_", "9", "2025", "đ", "ü", " ", "  ", "\n", ",", ".", "(", "-",
                  "xtinh", "tsau", "1sau"]
_merged_texts = st.lists(st.sampled_from(_MERGED_PIECES), max_size=30).map(" ".join) | \
    st.lists(st.sampled_from(_MERGED_PIECES), max_size=30).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_merged_texts, st.integers(0, 60), st.integers(0, 300))
def test_province_merged_with_first_letters_finds_what_the_form_as_written_finds(text, lo, hi):
    from hoptac.core.extract.year_bounds import _PROVINCE_MERGED, _PROVINCE_MERGED_AS_WRITTEN as written
    hi = min(hi, len(text))
    for a, b in ((_PROVINCE_MERGED.search(text), written.search(text)),
                 (_PROVINCE_MERGED.search(text, lo, hi), written.search(text, lo, hi))):
        assert (a is None) == (b is None) and (a is None or a.span() == b.span())
    assert [m.span() for m in _PROVINCE_MERGED.finditer(text)] == [m.span() for m in written.finditer(text)]
    for i in range(len(text) + 1):
        a, b = _PROVINCE_MERGED.match(text, i), written.match(text, i)
        assert (a is None) == (b is None) and (a is None or a.span() == b.span())


# --- type_phrases: the answers kept for one page's strings (functools.lru_cache, emptied by forget_page) --------
_PHRASE_PIECES = ["ky ket", "hoi dam", "lam viec", "tham", "tham du", "tham gia", "den tham va lam viec",
                  "doan cong tac", "doan dai bieu", "hoi nghi", "trung tam hoi nghi", "le ky ket", "du le",
                  "du buoi le", "sau buoi hoi dam", "thong nhat se ban hanh", "ban hanh", "quy che", "can cu",
                  "nghi quyet so", "ky niem 10 nam", "45 nam ky", "nhan dip", "gap mat", "tiep", "Lao Cai:",
                  "a", "x", " ", "  ", ",", ".", ";", ":", "\n", "12/3", "2024", "thang lang", "tham lang"]
_phrase_texts = st.lists(st.sampled_from(_PHRASE_PIECES), max_size=24).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(_phrase_texts)
def test_type_phrases_kept_for_a_page_equal_the_functions_as_written(text):
    from hoptac.core.extract import type_phrases as tp
    for _ in range(2):   # asked, then asked again (kept)
        assert tp._blank(text) == tp._blank.__wrapped__(text)
        assert tp._found(text) == tp._found_uncached(text)
        assert tp._headline_occasion(text) == tp._headline_occasion.__wrapped__(text)
        assert tp._headline_verb(text) == tp._headline_verb.__wrapped__(text)
    found = tp.found(text)
    found.append((0, "x", 0, "x"))   # a caller's change to its list is not kept
    assert tp.found(text) == tp._found_uncached(text)


def test_a_new_page_forgets_the_kept_answers():
    from hoptac.core.extract import type_phrases as tp
    tp.headline_occasion("hoi nghi hop tac")
    tp.found("doan cong tac den tham va lam viec")
    assert any(f.cache_info().currsize for f in tp._cached)
    tp.forget_page()
    assert all(f.cache_info().currsize == 0 for f in tp._cached)
