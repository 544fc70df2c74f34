"""Prefilters of the page's text must never change an answer: spacing, folding, paragraphs, sentences,
legacy lines, keywords and the one-byte code's shapes, numbers and capitals, each beside the regex it stands for."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract import sentences as sentences_mod
from hoptac.core.extract import people as people_mod
from hoptac.core.extract.chrome import ABBREVIATION_END, ABBREVIATION_LAST

from prefilter_support import NAME_TEXTS as _name_texts, TEXTS as _texts, TITLED_PIECES as _TITLED_PIECES


def test_abbreviation_gate_letters_cover_every_abbreviation():
    """Each abbreviation ABBREVIATION_END knows ends with a letter of ABBREVIATION_LAST:
    a new one added to the regex alone fails here."""
    body = re.search(r"\)\(\?:(.*)\)\\\.\$$", ABBREVIATION_END.pattern).group(1)
    abbreviations = [a.replace("\\.", ".") for a in body.split("|")]
    assert abbreviations and all(a[-1] in ABBREVIATION_LAST for a in abbreviations)
    for a in abbreviations:  # and the regex takes each of them before a stop
        assert ABBREVIATION_END.search(f"Tại {a}.")


def _sentences_ungated(text, start, end, wrapped=False):
    spans, s = [], start
    rx = sentences_mod._SENTENCE_BREAK_WRAPPED if wrapped else sentences_mod._SENTENCE_BREAK
    for m in rx.finditer(text, start, end):
        e = m.start(1) if m.group(1) is not None else m.start()
        if text[e - 1:e] == "." and ABBREVIATION_END.search(text, max(s, e - 5), e):
            continue
        if text[s:e].strip():
            spans.append((s, e))
        s = m.end()
    if text[s:end].strip():
        spans.append((s, end))
    return spans


@settings(max_examples=600, deadline=None)
@given(_texts, st.booleans())
def test_sentence_split_gate_equals_the_regex(text, wrapped):
    assert sentences_mod.sentences(text, 0, len(text), wrapped) == _sentences_ungated(text, 0, len(text), wrapped)


_SPACES = [" ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", "\u2028", "\ue000", "a", "Đ", "x",
           "“", "–", "…", "lao cai", ".", ""]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_SPACES), max_size=20).map("".join))
def test_single_spacing_shortcut_equals_split_and_join(line):
    from hoptac.core.extract.page_lines import _single_spaced

    assert _single_spaced(line) == " ".join(line.split())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPACES + ["\u0301", "e\u0301", "Lào", "\n", "  Cai "]), max_size=12).map("".join))
def test_fold_query_collapses_space_as_the_regexes_did(s):
    from hoptac.core.text import _COMBINING, _SPACES as SPACES_RE, fold, fold_query, nfc

    want = SPACES_RE.sub(" ", _COMBINING.sub("", fold(nfc(s)))).strip()
    assert fold_query(s) == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\n\n", " ", "a", "Sáng 5/6", "\t"]), max_size=20).map("".join),
       st.integers(0, 30), st.integers(0, 60))
def test_paragraphs_split_at_every_line_break(text, a, b):
    start, end = min(a, len(text)), min(a + b, len(text))
    want, pos = [], start
    for m in re.finditer(r"\n", text[start:end]):
        e = start + m.start()
        if text[pos:e].strip():
            want.append((pos, e))
        pos = e + 1
    if text[pos:end].strip():
        want.append((pos, end))
    assert sentences_mod.paragraphs(text, start, end) == want


def _keyword_regex_plain(keys):
    """keyword_regex as first written: a word boundary, the class of first letters, the trie."""
    from hoptac.core.scan import trie_regex

    keys = list(keys)
    firsts = "".join(sorted({re.escape(k[0]) for k in keys if k}))
    return re.compile(rf"\b(?=[{firsts}])({trie_regex(keys, sep=' ')})\b")


def _keyword_lists():
    from hoptac.core.extract.type_vocab import MAIN_TYPE_PHRASES
    from hoptac.core.extract.vocab import MILESTONE_KEYWORDS, TYPE_KEYWORDS

    return [list(MILESTONE_KEYWORDS), [k for k, _, _ in TYPE_KEYWORDS], [p for p, _, _, _ in MAIN_TYPE_PHRASES],
            ["a", "ab", "ab c", "b", "1x", "x_y", "ky", "ky ket", "ky ket hop tac"]]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_keyword_regex_with_literals_first_equals_the_boundary_form(data):
    from hoptac.core.scan import keyword_regex

    keys = data.draw(st.sampled_from(_keyword_lists()))
    words = [w for k in keys for w in k.split()][:200]
    pieces = st.sampled_from(words + keys + [" ", "  ", ",", ".", "_", "x", "1", "-", "\n", "ʬ", "“"])
    text = data.draw(st.lists(pieces, max_size=40).map("".join))
    fast, plain = keyword_regex(keys), _keyword_regex_plain(keys)
    assert [(m.span(), m.group(1)) for m in fast.finditer(text)] == \
        [(m.span(), m.group(1)) for m in plain.finditer(text)]
    lo = data.draw(st.integers(0, len(text)))
    assert (fast.search(text, lo) and fast.search(text, lo).span()) == (plain.search(text, lo) and plain.search(text, lo).span())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["", "\n", "abc", "Hà", "Hà Nội", "c¸c", "vµ", "caùc", "\u00a0", "é",
                                 "\u0301", "Đ", "x\r\n", "\x85", "\u2028", "ẠB", "123"]), max_size=30).map("".join))
def test_legacy_line_kinds_skip_ascii_lines_without_changing_them(text):
    from hoptac.core.extract import legacy

    lines = text.splitlines(keepends=True)
    want_vi = [bool(legacy._UNICODE_VI.search(ln)) for ln in lines]
    want = [i for i, ln in enumerate(lines) if not want_vi[i] and legacy._SUSPECT.search(ln)]
    assert legacy._line_kinds(lines) == (want_vi, want)


@settings(max_examples=800, deadline=None)
@given(_name_texts)
def test_capitalised_words_on_the_shape_equal_the_class_regex(text):
    from hoptac.core import places_match
    from hoptac.core.scan import shape

    shaped = shape(text)
    if shaped is not None:
        assert ([m.span() for m in places_match._SHAPE_WORD.finditer(shaped)]
                == [m.span() for m in places_match._UPPER_START.finditer(text)])
        assert shaped.count(b"A") == len(places_match._UPPER.findall(text))


@settings(max_examples=400, deadline=None)
@given(_name_texts, st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=4))
def test_shape_of_a_masked_page_from_the_page_code_equals_its_own(page, spans):
    """extract_events hands keep's shape over from the page's code (scan.shape_masked):
    it must be the shape keep's own code gives, None included (a placeholder left in)."""
    from hoptac.core import scan
    from hoptac.core.extract.article import masked

    spans = [(min(a, b), max(a, b)) for a, b in spans]
    kept = masked(page, spans)
    want = [scan.shape(kept), scan.shape(kept, people_mod._SHAPE)]  # from kept's own code
    scan.fold_page(page)
    kept = masked(page, spans)  # a new string: shape() has kept nothing for it
    scan.shape_masked(page, kept, spans)
    assert [scan.shape(kept), scan.shape(kept, people_mod._SHAPE)] == want


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Lào Cai", " ", "\n", "\t", "“x”", "–", "\x00", "\x01", "\x7f", "\x85", "\u200b", "\u202e",
                                 "\ufeff", "\u2066", "©", "é", "Ç", "\u00a0", "\x1b[31m", "½", "\u2028"]),
                max_size=20).map("".join))
def test_text_in_the_one_byte_code_holds_no_control_character(text):
    from hoptac.core import text as text_mod
    from hoptac.core.scan import _DECODE

    assert not any(text_mod._CONTROL.match(c) for c in _DECODE if c not in ("\x00", "\ufffe"))
    if text_mod._without_controls(text):
        assert text_mod._CONTROL.search(text) is None
    # (no-break spaces are spaces, round 35)
    assert text_mod.clean(text) == text_mod.nfc(text_mod._CONTROL.sub("", text_mod.strip_ansi(text.replace("\xa0", " ").replace("\u202f", " "))))


_NUMBER_PIECES = ["0", "1", "2", "9", "2020", "1999", "12", "/", ".", ",", ":", "-", "–", " ", "\n", "a", "Đ", "ngày", "²",
                  "½", "_", "(", "٣", "x1", "Q1", "\ue000", "ç", "20253"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=30).map("".join))
def test_numbers_and_years_from_the_one_byte_code_equal_the_regexes(text):
    from hoptac.core import scan
    from hoptac.core.extract import dates, year_names

    starts = scan.number_starts(text)
    if starts is not None:
        assert starts == [m.start() for m in dates._NUMBER.finditer(text)]
    spans = scan.four_digits(text)
    if spans is not None:
        assert spans == [m.span() for m in year_names._FOUR_DIGITS.finditer(text)]
    if "٣" not in text and "ç" not in text:   # (letters and digits outside the code: the regexes decide)
        assert starts is not None and spans is not None


_CAPITAL_PIECES = ["Lào Cai", "lào cai", "UBND", "McDonald", " ", "\n", "\t", "“", "”", "–", "-", ",", ".", "xã", "Xã",
                   "phường", "đặc khu", "é", "Ç", "ñ", "2", "_", "Ủy", "ĐỖ", "Đỗ", "İ", "x", "A", "\u00a0", "ɐ"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_CAPITAL_PIECES), max_size=40).map("".join))
def test_the_capitals_table_holds_the_capitalised_words(text):
    from hoptac.core import capitals as capitals_mod
    from hoptac.core.capitals import capitals
    from hoptac.core.places_match import _COMMUNE_BEFORE
    from hoptac.core.scan import _CAPITAL_WORD, fast_fold, shape
    from hoptac.core.text import fold

    shaped = shape(text, keep=False)
    capitals_mod._LAST = (None, None)   # not the table kept for an earlier text
    table = capitals(text, fold(text))
    if shaped is None:
        assert table is None
        return
    spans = [m.span() for m in _CAPITAL_WORD.finditer(shaped)]
    assert table.spans() == spans
    folded = fast_fold(text)
    assert table.words == [folded[s:e] for s, e in spans] == [fold(text)[s:e] for s, e in spans]
    keys = frozenset({"lao", "ubnd", "xa", "do"})
    assert table.starts_of(keys) == [s for s, e in spans if folded[s:e] in keys]
    assert table.starts_of_or_after(keys, folded, _COMMUNE_BEFORE) == [
        s for s, e in spans if folded[s:e] in keys or folded.endswith(_COMMUNE_BEFORE, 0, s)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CAPITAL_PIECES + _TITLED_PIECES + ["\ue000", "😀", "\u2003", "ông", "Ông Lê Văn Tám"]),
                max_size=40).map("".join))
def test_a_text_all_in_the_code_folds_fast_exactly(text):
    from hoptac.core.extract.people import find_people
    from hoptac.core.scan import fast_fold, folds_exactly, shape
    from hoptac.core.text import fold

    shape(text)
    if folds_exactly(text):
        assert fast_fold(text) == fold(text)
    assert not folds_exactly(text + "x")   # only the text kept last
    people = [p.as_dict() for p in find_people(text)]
    assert [p.as_dict() for p in find_people(text, folded=fast_fold(text))] == people


_LABEL_PIECES = ["Tin tức", "TIN TỨC", "Thông tin hoạt động", "XÂY DỰNG", "ĐOÀN KẾT", ";", ",", " ", "  ", "\t", "\u00a0",
                 "\u2003", "a", "A", "1", "…"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=60).map(lambda p: "".join(p).strip()))
def test_labels_and_slogans_split_only_as_far_as_their_counts_equal_the_rules(raw):
    # page_lines.is_doubled_label and is_slogan split a line into 18 and 20 pieces at most
    from hoptac.core.extract import page_lines as pl

    words = raw.split()
    n = len(words) // 2
    assert pl.is_doubled_label(raw) == (2 <= n <= 8 and len(words) % 2 == 0 and words[:n] == words[n:])
    assert pl.is_slogan(raw) == (len(words) >= pl.SLOGAN_MIN_WORDS and raw.upper() == raw
                                 and sum(c.isalpha() for c in raw) >= 60
                                 and (";" in raw or raw.count(",") >= pl.SLOGAN_MIN_COMMAS))


def test_only_b_a_y_in_any_case_lower_to_them_and_the_fold_lowers_them_in_place():
    from hoptac.core.scan import fast_fold

    assert {chr(c) for c in range(sys.maxunicode + 1) if set(chr(c).lower()) & set("bay")} == set("bBaAyY")
    assert fast_fold("bBaAyY") == "bbaayy"
