"""Cheap tests put in front of regexes for speed must never change an answer: each gated
scan is compared with the ungated regex on generated text (hypothesis), and each gate's
table is checked against the regex it stands for."""

from __future__ import annotations

import datetime as dt
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract import article as article_mod
from hoptac.core.extract import sentences as sentences_mod
from hoptac.core.extract import people as people_mod
from hoptac.core.extract.chrome import ABBREVIATION_END, ABBREVIATION_LAST

# Pieces that make the shapes the gates look at: honorifics in several cases, colons,
# spaces of several kinds, abbreviations and stops, day-month numbers, capitals.
_PIECES = ["đồng chí", "Đồng Chí", "ĐỒNG CHÍ", "đ/c", "Đ/C", "ông", "Ông", "ÔNG", "bà", "BÀ", "dong chi",
           "d/c", "ong", "ONG", "İ", "ı", "chi", "CHİ", ":", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ",",
           "(", ")", "/", ".", "-", "Nguyễn Văn An", "Lê Thị Hoa", "TP", "Tp", "tp", "TX", "TT", "Q", "H",
           "X", "P", "TS", "PGS", "GS", "ThS", "Th.S", "Hồ Chí Minh", "x", "a", "S", "ấp", "12", "07", "7",
           "0", "1", "2", "22", "8", "08", "tháng", "THÁNG", "ngày", "٣", "/", "-", "…", "!", "?", "Sáng",
           "hội đàm", "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "ngài", "Ngài", "Thượng tướng", "đại tá", "TÁ"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _honorific_slow(text: str, start: int) -> bool:
    return people_mod._HONORIFIC_RE.search(text, max(0, start - people_mod._HONORIFIC_WINDOW), start) is not None


@settings(max_examples=600, deadline=None)
@given(_texts, st.integers(min_value=0, max_value=400))
def test_honorific_gate_equals_the_regex(text, start):
    start = min(start, len(text))
    assert people_mod._honorific_before(text, start) == _honorific_slow(text, start)


def test_honorific_gate_letters_are_what_the_regex_matches_case_blind():
    """The gate's letters: every character that the honorifics' last letters (chí, đ/c,
    ông, bà, chi, d/c, ong) match with IGNORECASE, over all of Unicode."""
    groups = re.findall(r"\(\?:([^)]*)\)", people_mod._HONORIFIC_RE.pattern)
    alternatives = next(g for g in groups if "ông" in g).split("|")
    last = re.compile("[" + "".join(sorted({a[-1] for a in alternatives})) + "]", re.IGNORECASE)
    matched = {chr(c) for c in range(sys.maxunicode + 1) if last.fullmatch(chr(c))}
    assert matched == set(people_mod._HONORIFIC_LAST)


def test_people_found_with_honorifics_in_any_case():
    found = people_mod.find_people("Tham dự có ÔNG: Trần Văn Bình và bà  Lê Thị Hoa.\n")
    assert [p.name for p in found] == ["Trần Văn Bình", "Lê Thị Hoa"]


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


def _names_day_slow(text: str, t: dt.datetime) -> bool:
    """The rule as it was first written: one regex compiled for each day."""
    return any(re.search(rf"(?<![\d/.\-])0?{d.day}\s*(?:[/.\-]|\s+tháng)\s*0?{d.month}(?!\d)", text, re.IGNORECASE)
               for d in (t, t - dt.timedelta(days=1)))


@settings(max_examples=600, deadline=None)
@given(_texts, st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_names_day_equals_the_day_regex(text, day):
    t = dt.datetime(day.year, day.month, day.day, 8, 30)
    assert article_mod._names_day(text, t) == _names_day_slow(text, t)


def test_names_day_reads_the_forms():
    t = dt.datetime(2022, 8, 22, 16, 19)
    assert article_mod._names_day("… sáng nay 22/8, …", t)
    assert article_mod._names_day("ngày 21 THÁNG 08", t)       # the day before, any case
    assert article_mod._names_day("Hôm qua (12 tháng 7 tháng 8 …) 22-08", t)
    assert not article_mod._names_day("ngày 122/8 và 2/88", t)  # other numbers
    assert not article_mod._names_day("số 1/22/8", t)           # a '/' before the day


_SPACES = [" ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", "\u2028", "\ue000", "a", "Đ", "x",
           "“", "–", "…", "lao cai", ".", ""]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_SPACES), max_size=20).map("".join))
def test_single_spacing_shortcut_equals_split_and_join(line):
    from hoptac.core.extract.page_lines import _single_spaced

    assert _single_spaced(line) == " ".join(line.split())


_TITLE_PIECES = [", ", ",", " - ", "  -  ", " -", "- ", " kiêm ", "kiêm", " KIÊM ", "; ", ".", "\n", "(", ")",
                 " – ", " — ", "–", " – Bí thư", " — Phó", " –  Chủ", " – Giám đốc", " \t", "\u00a0", " ",
                 "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Ủy viên", "x", "Lào Cai", "\u2003"]
_title_texts = st.lists(st.sampled_from(_TITLE_PIECES), max_size=30).map("".join)


@settings(max_examples=800, deadline=None)
@given(_title_texts)
def test_title_regexes_with_a_class_first_cut_where_the_rules_do(rest):
    slow, fast = people_mod._TITLE_END_RE.search(rest), people_mod._TITLE_END_FAST.search(rest)
    assert (slow and slow.span()) == (fast and fast.span())
    assert people_mod._TITLE_PARTS_FAST.split(rest) == people_mod._TITLE_PARTS_RE.split(rest)
    # the shortcuts taken where no dash, hyphen or "kiêm" stands
    assert people_mod._title_end(rest) == (slow.start() if slow else None)
    assert people_mod._title_parts(rest) == people_mod._TITLE_PARTS_RE.split(rest)


@settings(max_examples=800, deadline=None)
@given(_texts, st.integers(min_value=0, max_value=400))
def test_boundary_before_equals_its_regex(text, start):
    start = min(start, len(text))
    want = people_mod._BOUNDARY_RE.search(text[max(0, start - 3):start]) is not None
    assert people_mod._boundary_before(text, start) == want


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


# Capitalised runs and words, in every letter class the shapes tell apart: Vietnamese and
# ASCII capitals and small letters, Ð/ð (a letter of the code outside both), digits, "_",
# letters outside the code (the shape is then None and the class regexes run), blanks.
_NAME_PIECES = ["Nguyễn Văn An", "Lê Thị Hoa", "Lào Cai", "Bà Rịa - Vũng Tàu", "TP.HCM", "UBND", "Ðà", "ðà",
                "Xa-va-na-khệt", "Đắk R'Lấp", "quận 1", "Q.1", "Ça", "Ñ", "ß", "A1", "B_c", "x", " ", "  ",
                "\t", "\n", "\u00a0", ",", ".", "(", "-", "ông", "Hà Nội", "Yeoncheon", "Đồng Đăng", "ĐỒNG"]
_name_texts = st.lists(st.sampled_from(_NAME_PIECES), max_size=30).map("".join)


@settings(max_examples=800, deadline=None)
@given(_name_texts)
def test_people_names_on_the_shape_equal_the_class_regex(text):
    from hoptac.core.scan import shape

    shaped = shape(text, people_mod._SHAPE)
    if shaped is not None:
        assert len(shaped) == len(text)
        assert ([m.span() for m in people_mod._NAME_SHAPE_RE.finditer(shaped)]
                == [m.span() for m in people_mod._NAME_RE.finditer(text)])
    else:
        assert any(not c.isascii() and c.isalnum() and c.lower() not in "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđð"
                   for c in text)


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


_TITLED_PIECES = ["Phó", "phó", " ", "  ", "2", "_", "x2", "pho2", "Phó2", "Chủ tịch", "chủ tịch", "Bí thư", "bí thư", "Ủy viên", "ủy viên dự khuyết",
                  "Thường trực", "UBND", "tỉnh", "Tỉnh", "Lào Cai", "Nguyễn Văn An", ",", ", ", ".", "\n", "(", ")",
                  "Giám đốc Sở", "giám đốc", "Tổng Bí thư", "Thủ tướng", "Đỗ", "Đại sứ", "x", "ĐỖ", "Phó Chủ tịch UBND",
                  "chu tich", "Chu tich", "é", "Ç", "–", "-"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TITLED_PIECES), max_size=40).map("".join))
def test_title_starts_from_the_capitalised_words_equal_the_search_of_the_page(text):
    from hoptac.core.extract import people_titled as pt
    from hoptac.core.scan import capital_words, shape
    from hoptac.core.text import fold

    folded = fold(text)
    spans = capital_words(text)
    assert all(set(t) <= set("abcdefghijklmnopqrstuvwxyz ") for t in pt._STARTS)  # what _NOT_IN_START relies on
    if spans is None:
        return
    capitals = [s for s, e in spans if folded[s:e] in pt._FIRST_WORDS]
    breaks = shape(text, pt._BREAKS)
    for pos in range(len(text) + 1):
        slow, fast = pt._next_start(text, folded, pos, None), pt._next_start(text, folded, pos, capitals)
        assert (slow and slow.span()) == (fast and fast.span())
        within = pt._next_start(text, folded, pos, capitals, breaks)   # each search within its clause
        assert (slow and slow.span()) == (within and within.span())


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
    assert text_mod.clean(text) == text_mod.nfc(text_mod._CONTROL.sub("", text_mod.strip_ansi(text)))


def test_review_words_gate_holds_every_opening_of_the_years_since_rule():
    from hoptac.core.extract import year_cues

    # the alternatives _YEARS_SINCE opens with are exactly the gate's words
    opening = re.search(r"\\b\(\?:([^)]*)\)", year_cues._YEARS_SINCE.pattern).group(1).split("|")
    assert sorted(opening) == sorted(year_cues._REVIEW_WORDS)
    assert year_cues._YEARS_SINCE_FAR.pattern.startswith(year_cues._YEARS_SINCE.pattern[:40])
    for folded in ("so ket 1 nam thuc hien thoa thuan", "tong ket hai nam hop tac", "nhin lai 5 nam ky ket ",
                   "danh gia ket qua 3 nam trien khai"):
        assert year_cues._has_review_word(folded) and year_cues._YEARS_SINCE.search(folded)


def test_word_gates_name_a_word_their_regex_cannot_match_without():
    from hoptac.core.extract import verdicts, year_cues

    # "duoc" opens _PARTICIPLE; "ky" stands in _SIGNED_IN outside any optional part
    assert verdicts._PARTICIPLE.pattern.startswith(r"\bduoc\s+")
    assert r")\s+(?:duoc\s+)?ky(?:" in year_cues._SIGNED_IN.pattern
    assert verdicts._PARTICIPLE.search("hiep dinh duoc ky ket vao ") and year_cues._SIGNED_IN.search("da ky ket ")
    assert not verdicts._PARTICIPLE.search("hiep dinh dc ky ket vao ") and not year_cues._SIGNED_IN.search("da ki ket ")


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


# Level words in several cases and spellings, unknown names (hyphens, apostrophes, an
# abbreviation's stop, small syllables), blanks of several kinds, the glues, letters outside
# the code (a Kelvin sign K, a dotted İ: their fold is unsure), countries.
_UNKNOWN_PIECES = ["tỉnh", "Tỉnh", "TỈNH", "thành phố", "Thành Phố", "TP", "TP.", "tp.", "huyện", "HUYỆN", "quận",
                   "thị xã", "thị trấn", "xã", "Xã", "phường", "vùng lãnh thổ", "vùng", "Vùng", "bang", "tiểu bang",
                   "Tiểu Bang", "châu", "trấn", "khu", "Khu", "\u212ahu", "cộng hòa", "Cộng hoà", "hạt", "Hạt",
                   "Yeoncheon", "Ulyanovsk", "Ka-ga-oa", "St.", "Petersburg", "O'Neil", "xay", "Bolykhăm", "Peam",
                   "Ro", "İ", "các", "những", " ", "  ", "\u00a0", "\t", "\n", "(", ",", "-", "–", "—", "Lào",
                   "Hàn Quốc", "nước", "thuộc", "do", "ông", "Ngô Hạnh Phúc", "tình", "phát"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_UNKNOWN_PIECES), min_size=1, max_size=30).map("".join), st.data())
def test_the_unknown_names_gate_never_hides_a_match(text, data):
    from hoptac.core import places_foreign as pf
    from hoptac.core.places import _gazetteer

    foreign = _gazetteer().matcher._foreign
    glues = [i for i, c in enumerate(text) if c in pf._GLUE and i >= 1]
    if not glues:
        return
    glue = data.draw(st.sampled_from(glues))
    before = glue - 1
    while before > 0 and text[before] in " \t\u00a0":
        before -= 1
    a = max(0, glue - 70)
    found = (foreign._unknown.search(text, a, glue + 1) or foreign._unknown_loose.search(text, a, glue + 1))
    if found is not None:
        assert pf._may_name(text, glue, before)


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


_PHOTO_PIECES = ["img-", "IMG_", "PXL_", "dsc-", "anh_", "2024", "2023", "1999", "11", "08", "0315", "1108",
                 "-", "_", "~", "141402", "WA0012", ".jpg", ".JPEG", ".png", ".webp", ".heic", " ", "a", "\n",
                 "Sáng 8/11", "0", "9"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PHOTO_PIECES), max_size=30).map("".join),
       st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=31))
def test_the_photo_names_gate_never_hides_a_name(text, month, day):
    """``photo_year`` reads no page without the month and day as four digits: every name its
    patterns find for that day and month holds them."""
    from hoptac.core.extract import year_photo_names as yp

    for _, pat in yp._PATTERNS:
        for m in pat.finditer(text):
            if (int(m.group(2)), int(m.group(3))) == (month, day):
                assert f"{month:02d}{day:02d}" in text
    from hoptac.core.extract.dates import DateMention

    mention = DateMention(0, 0, "", day, month, None)
    with_gate = yp.photo_year(text, mention, clock=dt.date(2026, 12, 4))
    found = [m for _, pat in yp._PATTERNS for m in pat.finditer(text)
             if (int(m.group(2)), int(m.group(3))) == (month, day) and 2000 <= int(m.group(1)) <= 2026]
    assert (with_gate is not None) <= bool(found)


# --- stamps: the publication forms tried only on lines holding one of their opening words ---

def _ungated_forms(s):
    from hoptac.core.extract import stamps

    return stamps._PUBLISHED_RES if stamps._TIME_OF_DAY.search(s) else stamps._PUBLISHED_UNTIMED


def _parse_published_ungated(s):
    from hoptac.core.extract import stamps
    from hoptac.core.extract.month_words import numeric_months

    s = numeric_months(s)
    if not stamps._MAYBE_DATE.search(s) or (stamps._ALL_DATED and not stamps._FULL_DATE.search(s)):
        return None
    for rx in _ungated_forms(s):
        m = rx.search(s)
        if m:
            g = m.groupdict()
            y = int(g["y"])
            try:
                return dt.datetime(y + 2000 if y < 100 else y, int(g["m"]), int(g["d"]), int(g.get("H") or 0),
                                   int(g.get("M") or 0))
            except (ValueError, TypeError):
                continue
    return None


def _strip_time_ungated(title):
    from hoptac.core.extract import stamps

    if not stamps._ALL_DATED or stamps._FULL_DATE.search(title):
        timed = bool(stamps._TIME_OF_DAY.search(title))
        for rx, needs_time in zip(stamps._PUBLISHED_RES, stamps._TIMED):
            if needs_time and not timed:
                continue
            title, n = rx.subn("", title)
            if n:
                if stamps._ALL_DATED and not stamps._FULL_DATE.search(title):
                    break
                timed = bool(stamps._TIME_OF_DAY.search(title))
    return stamps._SPACES.sub(" ", title).strip(" -|–•")


_STAMP_PIECES = ["Đăng", "đăng", "ĐĂNG", "Đă", "ng", "Cập nhật", "CẬP NHẬT", "Ngày đăng", "Ngày đăng tin", "Xuất bản",
                 "xuất bản", "Thời gian đăng", "lúc", "vào", "ngày", "Ngày", "Thứ", "THỨ", "thứ", "Hai", "hai", "Bảy",
                 "Chủ", "CHỦ", "nhật", "Nhật", "T", "t", "CN", "cn", "Tháng", "tháng", "THÁNG", "Sáu", "Mười Hai",
                 "năm", "Th", "th", ":", " ", "  ", ",", ", ", "-", "|", "/", ".", "(", ")", "\n", "GMT+7", "AM",
                 "1", "2", "3", "5", "7", "9", "0", "12", "14", "03", "2022", "22", "19", "2009", "20", "h", "10:25",
                 "08:10", "İ", "ı", "ſ", "\u212a", "Ð", "Ă", "Ậ", "Ấ", "Ả", "Ứ", "Ủ", "Á", "a", "x"]
_stamp_texts = st.lists(st.sampled_from(_STAMP_PIECES), max_size=30).map("".join)


@settings(max_examples=600, deadline=None)
@given(_stamp_texts)
def test_publication_forms_gated_by_their_opening_words_equal_the_forms(text):
    from hoptac.core.extract import stamps

    assert stamps.parse_published(text) == _parse_published_ungated(text)
    assert stamps.strip_time(text) == _strip_time_ungated(text)
    want = next((m.span() for m in map(lambda rx: rx.search(text), _ungated_forms(text)) if m), (0, len(text)))
    assert stamps.stamp_span(text) == want


def _leading_strings(seq):
    """The strings an alternative opens with (its leading literals; a small class spelled out)."""
    from re import _constants as c

    outs = [""]
    for op, av in seq:
        if op is c.LITERAL:
            outs = [o + chr(av) for o in outs]
        elif op is c.IN and all(o in (c.LITERAL, c.RANGE) for o, _ in av):
            chars = [chr(v) for o, a in av for v in ([a] if o is c.LITERAL else range(a[0], a[1] + 1))]
            outs = [o + ch for o in outs for ch in chars]
        else:
            break
    return outs


def _literal_runs(seq):
    from re import _constants as c

    run, runs = "", []
    for op, av in seq:
        if op is c.LITERAL:
            run += chr(av)
        else:
            runs.append(run)
            run = ""
    return runs + [run]


def test_every_gated_form_opening_holds_one_of_its_words():
    """Read off the parsed regex: each alternative of a form's opening branch opens with one of
    the row's words (case-blind), or the words are a literal every match holds."""
    from re import _constants as c, _parser

    from hoptac.core.extract import stamps

    gated = [(p, w) for (p, _), (_, w) in zip(stamps.PUBLISHED_FORMS, stamps._GATED) if w is not None]
    assert len(gated) == 4   # the two labelled forms, the weekday's, the month's
    for p, words in gated:
        tree = _parser.parse(p, re.IGNORECASE).data
        op, av = tree[0]
        if op is c.BRANCH:
            for alt in av[1]:
                assert all(any(w in s.lower() for w in words) for s in _leading_strings(alt)), (p, alt)
        else:
            assert any(w in run.lower() for run in _literal_runs(tree) for w in words), p


def test_gate_words_hold_no_letter_lower_misses():
    """Every character that matches a gate word's letter case-blind lower-cases to it."""
    from hoptac.core.extract import stamps

    letters = sorted({ch for _, words in stamps._OPENING_WORDS for w in words for ch in w} - {" "})
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for x in set(re.findall("[" + re.escape("".join(letters)) + "]", every, re.IGNORECASE)):
        for ch in letters:
            if re.fullmatch(re.escape(ch), x, re.IGNORECASE):
                assert x.lower() == ch, (x, ch)


# --- chrome: the junk rows tried as one, the dear rows apart behind what each needs ---

_JUNK_PIECES = ["trang chu", "tin tuc", " / ", " > ", " » ", " › ", " | ", "/", ">", "»", "|", "›", " ", "  ", "\t",
                "http", "https://", "http://", "www.abc.vn", "32", "16", "5", "°", "°c", "c", " - ", "–", "~", ".", ",",
                ";", ":", "!", "ha noi", "ca mau", "luot xem", "in bai", "ban in", "gui email", "logo", "icon", "0:00",
                "a+", "a", "x", "bao", "nguon", "tinh a va tinh b ky ket hop tac", "12/3/2024", "abcdefgh"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_JUNK_PIECES), max_size=14).map("".join))
def test_junk_rows_gated_equal_the_one_regex(line):
    from hoptac.core.extract import chrome

    rows = [p for p, _ in chrome.JUNK_LINES if p is not chrome.CONTACT_NUMBERS]
    whole = re.compile("|".join(f"(?:{p})" for p in rows))
    assert chrome._ANY_JUNK_BUT_CONTACT.fullmatch(line) == bool(whole.fullmatch(line))
    for full, needs in chrome._ANY_JUNK_BUT_CONTACT.dear:
        if full(line):
            assert any(n in line for n in needs)


def test_junk_rows_kept_apart_are_the_four_dear_ones():
    from hoptac.core.extract import chrome

    assert [needs for _, needs in chrome._ANY_JUNK_BUT_CONTACT.dear] == [
        ("/", ">", "»", "›", "|"), (">", "»", "›"), ("http",), ("°",)]
    for line in ("Trang chủ / Thời sự / Hợp tác", "tin tuc > tin trong tinh", "xem tai https://abc.vn/x",
                 "ha noi: 16°c ha noi", "cỡ chữ: a a a | in bài | gửi email"):
        assert chrome._ANY_JUNK_BUT_CONTACT.fullmatch(line.lower())


# --- vocab: the departments' names, first letter first ---

_DEPT_PIECES = ["nong nghiep", "va", "phat trien", "nong thon", "moi truong", "tai chinh", "tai nguyen", "y te", "du lich",
                "xay dung", "noi vu", "ngoai vu", "cong thuong", "giao duc", "dao tao", "quan ly", "khu kinh te",
                " ", "  ", ",", "-", "–", "\n", "a", "x", "1", "_", "so ", "bo ", "anong", "tey te", "y", "te",
                "\u00a0", "é", "Y TE"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_DEPT_PIECES), max_size=25).map("".join), st.data())
def test_departments_first_letter_first_equal_the_look_behind_form(text, data):
    from hoptac.core.extract import vocab

    plain = re.compile(r"(?<![\w])(?:" + "|".join(vocab._DEPARTMENT_ALTS) + r")(?![\w])")
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    for args in ((text,), (text, pos, end)):
        assert [m.span() for m in vocab.DEPARTMENT_RE.finditer(*args)] == [m.span() for m in plain.finditer(*args)]


_PRINT_PIECES = ["In ngày", "in ngày", "IN NGÀY", "İn ngày", "ın ngày", "İN NGÀY", "Ngày in", "NGÀY İN", "ngày ın", "in lúc",
                 "İn LÚC", "Thời gian in", "THỜI GİAN İN", "ngày giờ in", "NGÀY GIỜ IN", "i\u0307n ngày", "in", "ngày",
                 "lúc", "tin", "bản in", ":", " ", "  ", "22/11/2024", "09:35", "a", "x", "_", "1", "\u0307", "İ", "ı",
                 "I", "\u212a"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PRINT_PIECES), max_size=20).map("".join))
def test_printed_gate_equals_the_regex(line):
    from hoptac.core.extract import stamps

    assert stamps._printed(line) == (stamps._PRINTED.search(line) is not None)


def test_printed_words_letters_lower_to_themselves_but_i():
    """Every character the print words' letters match case-blind lower-cases to that letter, but
    for "i" (also "ı", and "İ" whose lower case is "i" and a combining dot: _printed puts them right)."""
    from hoptac.core.extract import stamps

    letters = sorted({ch for w in stamps._PRINTED_WORDS for ch in w} - {" "})
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for x in set(re.findall("[" + re.escape("".join(letters)) + "]", every, re.IGNORECASE)):
        for ch in letters:
            if re.fullmatch(re.escape(ch), x, re.IGNORECASE):
                assert x.lower().replace("ı", "i").replace("\u0307", "") == ch, (x, ch)


_LISTED_PIECES = ["- ", "• ", "Hai tỉnh ký kết hợp tác", " ", "(", ")", "01-08-2009", "1/8/2009", "08:15", " 08:15", "\n",
                  ")\n", "abc", ".", "x"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LISTED_PIECES), max_size=12).map("".join))
def test_listed_title_needs_its_closing_bracket(line):
    from hoptac.core.extract import chrome

    if chrome._LISTED_TITLE.match(line):
        assert line.endswith((")", ")\n"))


# Folded clauses for the year and trip rules searched at their openings: their words, near misses.
_YEAR_RULE_PIECES = ["da ", "da duoc", "da ky", "dan", "truoc do", "tiep noi", "tiep theo", "vua qua", "hoi thang",
                     "lan truoc", "ky truoc", "nam ngoai", "nam truoc", "thuc hien ket luan", "ket qua", "ket qua ",
                     "cua ", "sau ", "sau khi ", "sau hoi nghi", "hoi nghi", "buoi", "chuyen", "hoi dam", "dot", "le",
                     "cuoc", "thuc hien", "trien khai", "cu the hoa", "thoa thuan", "cac ", "dat duoc tai ",
                     "thong nhat tai ", "ket thuc ", "tot dep ", "tham", "cong tac", "lam viec", "tien doan",
                     "tien dua doan", "ve nuoc", "nhap canh ve", "tro ve nuoc", "nuoc", "asau ", "xda ", " ", "  ",
                     ",", ".", "\n", "1", "_", "x"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_YEAR_RULE_PIECES), max_size=24).map("".join), st.data())
def test_year_and_trip_rules_searched_at_their_openings_equal_the_rules(text, data):
    from hoptac.core.extract import trips, year_bounds as yb

    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text) + 2))
    for opened in (trips._TRIP_END_AT, yb._PAST_WORDS_AT, yb._FOLLOW_WORDS_AT):
        for args in ((text,), (text, pos, endpos)):
            fast, slow = opened.search(*args), opened.rule.search(*args)
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


_LATER_PIECES = ["vua", "vua co", "vua duoc", "vua  tham", "vuaky", "hoi nghi so ket", "buoi tong ket", "le gap mat",
                 "le danh gia", "hoi nghi  so ket", "so  ket", "tai buoi tiep", "tai cuoc hop", "tai buoi gap go",
                 "chuyen tham", "chuyen cong tac", "buoi lam viec", "buoi tiep", " lan", " nay", "chuyen  tham",
                 "to chuc", "to chuc le", "ky niem", "ky  niem", " 30 ", "nam", "se ", "sap ", "sang nay", "chieu qua",
                 "hom nay", "vua qua", "moi day", "tuan qua", " ", "  ", "\u00a0", ",", ".", ";", "\n", "1", "_", "x",
                 "a", "tai", "buoi", "cuoc", "chuyen"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LATER_PIECES), max_size=16).map("".join), st.data())
def test_later_occasion_gates_equal_the_rule(text, data):
    from hoptac.core.extract import old_lead_days as old

    end = data.draw(st.integers(0, len(text)))
    for pos in range(end + 1):   # every start (the caller's are its sentences' starts)
        assert old.later_occasion(text, pos, end) == (old._LATER.match(text, pos, end) is not None)


def test_later_occasion_gates_name_the_rows():
    from hoptac.core.extract import old_lead_days as old

    names = {name for name, _, _ in old.LATER_OCCASION}
    assert set(old._LATER_WORDS) <= names
    for name, rx, example in old.LATER_OCCASION:   # each row's words stand in its pattern as written
        words = old._LATER_WORDS.get(name, ())
        assert not words or any(w.strip() in rx for w in words), name


def _unstopped_block_whole(text, lines, j):   # wrapped_leads.unstopped_block before its walk stopped early
    from hoptac.core.extract import wrapped_leads as wl

    first = last = j
    while first > 0 and text.count("\n", lines[first - 1].end, lines[first].start) == 1:
        first -= 1
    while last + 1 < len(lines) and text.count("\n", lines[last].end, lines[last + 1].start) == 1:
        last += 1
    return (last + 1 < len(lines) and last - first + 1 <= wl.TITLE_BLOCK
            and lines[last].raw.rstrip()[-1:] not in wl._CLOSED + (")",))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Hai huyện ký kết", "năm 2024.", "tổng kết (2024)", "x", "A;"]),
                          st.sampled_from(["\n", "\n\n", "\n \n"])), min_size=1, max_size=16))
def test_unstopped_block_walk_stopped_early_equals_the_whole_walk(rows):
    from types import SimpleNamespace

    from hoptac.core.extract import wrapped_leads as wl

    text, lines = "", []
    for raw, gap in rows:
        lines.append(SimpleNamespace(start=len(text), end=len(text) + len(raw), raw=raw))
        text += raw + gap
    for j in range(len(lines)):
        assert wl.unstopped_block(text, lines, j) == _unstopped_block_whole(text, lines, j)


_CREDIT_PIECES = ["Ảnh", "ảnh", "ẢNH", "Photo", "photo", "PHOTO", "Nguồn ảnh", "Nguồn", "null", "NULL", "null ", "Anh",
                  "anh", ":", " : ", " ", "\t", "\n", ".", "(", ")", "[", "]", "Hội nghị xúc tiến", "TTXVN", "Minh An",
                  "12/3/2024", "…"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=16).map("".join))
def test_headline_credit_cut_where_its_words_are_equals_the_rules(title):
    # article._without_credit: "^null\s+" only on a headline that opens with "null", PHOTO_CREDIT only
    # on one holding its words
    from hoptac.core.extract.chrome import PHOTO_CREDIT

    assert article_mod._without_credit(title) == PHOTO_CREDIT.sub("", re.sub(r"^null\s+", "", title))


_UNIT_PIECES = ["quan khu 4", "quan doan 3", "quan chung hai quan", "quan chung phong khong - khong quan",
                "quan chung luc quan", "binh doan 12", "su doan 316", "lu doan 147", "trung doan 9", "hai doan 1",
                "tieu doan 2", "tieu khu quan su", "vung 2 hai quan", "vung 3 canh sat bien", "bo doi bien phong",
                "bo chi huy quan su", "vien kiem sat nhan dan", "toa an quan su", "quan", "doan", "khu", "vung",
                "tieu", "bo", "an", "su", " ", "  ", "-", "–", ",", "\n", "1", "22", "a", "x", "_", "é", "tquan khu 1"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_UNIT_PIECES), max_size=20).map("".join))
def test_units_first_letter_first_equal_the_look_behind_form(text):
    from hoptac.core.extract import people_units as pu

    plain = re.compile(r"(?<![\w])(?:" + "|".join(p for p, _ in pu.UNITS) + r")(?![\w])")
    assert [m.span() for m in pu._UNIT_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_UNKNOWN_PIECES), min_size=1, max_size=30).map("".join), st.data())
def test_the_gate_before_a_foreign_province_never_hides_a_match(text, data):
    # places_foreign._may_name_before, in front of the search before a foreign province ("châu Văn Sơn (tỉnh …")
    from hoptac.core import places_foreign as pf
    from hoptac.core.places import _gazetteer

    foreign = _gazetteer().matcher._foreign
    # (mostly where a province's mention may start: after a bracket, a comma or blanks)
    s = data.draw(st.sampled_from([i for i in range(1, len(text) + 1) if text[i - 1] in "(, \t\u00a0"] or [0])
                  | st.integers(0, len(text)))
    if foreign._unknown_before.search(text, max(0, s - 60), s) is not None:
        assert pf._may_name_before(text, s)


_PART_PIECES = ["Phó Chủ tịch", "phó chủ tịch", "PHÓ CHỦ TỊCH", "Bí thư", "Chủ tịch", "Tham mưu trưởng", "Phó Tham mưu trưởng",
                "Ủy viên", "Uỷ viên", "Giám đốc", "Sở\u2060Ngoại\u2060vụ", "\u2061", "\u2062", " ", "  ", "-", "x", "1", "_",
                "İ", "ı", "Σ", "ΑΣ", "\u0301", "tỉnh", "Tỉnh ủy", "a", "Chánh Văn phòng", "Chánh", "Trưởng đoàn"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PART_PIECES), max_size=12).map("".join))
def test_a_title_part_start_read_on_its_first_characters_equals_the_whole(part):
    # people._title_after: is_title_start on the fold of the part's first _START_REACH characters
    from hoptac.core.extract.vocab import is_title_start
    from hoptac.core.text import fold

    assert is_title_start(fold(part[:people_mod._START_REACH])) == is_title_start(fold(part))


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


_SENDS_PIECES = ["cu", "cu ", "cu\t", "cu\u00a0", "doan", "dai bieu", "lanh dao", "ve viec", "ve viec ", " ", "  ", "\n",
                 ".", ";", "!", "?", ",", "a", "acu", "cuoc", "doanh", "1", "_", "x" * 30, "y" * 70]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_SENDS_PIECES), max_size=30).map("".join), st.integers(0, 200), st.integers(0, 200))
def test_a_delegation_sent_found_by_its_words_equals_the_rule(text, pos, reach):
    # year_bounds.find_bounds: whether _SENDS finds a match in a window = whether its words stand there
    from hoptac.core.extract import year_bounds as yb

    pos = min(pos, len(text))
    end = min(len(text), pos + reach)
    assert (yb._SENDS.search(text, pos, end) is None) == (yb._SENDS_WORDS.search(text, pos, end) is None)


_LEAD_PIECES = ["Ngày", "ngày", "NGÀY", "Sáng", "sáng", "chiều", "Tối", "rạng sáng", "chiều tối", "thứ Hai", "Thứ 2", "Chủ nhật",
                "từ", "Từ", "kể từ", "năm", "Năm", "tháng", "quý", "II", "IV", "giai đoạn", "đến năm", "tầm nhìn", "đầu", "cuối",
                "mùng", "hôm nay", "hôm qua", "(", ")", ",", ".", "/", "-", "Trăng", "và", "x", "2", "8",
                " ", "  ", "\n", "\n\n", "\t", "\u00a0", " " * 9, " " * 30, "\n" * 12, " \n" * 7, "\u2003" * 10]


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=14).map("".join))
def test_the_lead_read_with_long_blanks_squeezed_equals_the_regex(window):
    # dates._read_lead: lead_blanks.lead_match(lead, before) = lead.match(before), every group's span
    from hoptac.core.extract.dates import _tables
    from hoptac.core.extract.lead_blanks import lead_match

    lead = _tables().lead
    for before in (window[-40:][::-1], (window + " ")[-40:][::-1]):
        want, got = lead.match(before), lead_match(lead, before)
        assert (want is None) == (got is None)
        if want is not None:
            assert [(want.start(i), want.end(i)) for i in range(lead.groups + 1)] == \
                   [(got.start(i), got.end(i)) for i in range(lead.groups + 1)]
            assert want.groups() == got.groups()


def test_the_lead_regex_tells_blanks_apart_by_nothing_but_being_blanks():
    # lead_blanks' premise: every blank the lead regex reads is an unbounded \s (no bounded run, no
    # negated class or dot that a blank would match, no blank written as itself)
    from hoptac.core.extract.dates import _tables

    pattern = _tables().lead.pattern
    assert not re.search(r"\[\^|(?<!\\)\.|\\S|\\W| |\\n|\\t", pattern)
    quantifiers = re.findall(r"(?:\(\?:\[\\s\]\)|\\s)(\{[0-9,]*\}|[*+?]?)", pattern)
    assert quantifiers and set(quantifiers) <= {"{0,}", "{1,}", "*", "+"}


_OFFICE_PIECES = ["Sở", "Bộ", "Ban", "Cục", "Tổng cục", "Chi cục", "Vụ", "Viện", "Học viện", "Phòng", "Hội", "Hiệp hội",
                  "Liên hiệp", "Liên đoàn", "Ủy ban", "Uỷ ban", "Trung tâm", "Văn phòng", "ban", "phòng", "Trưởng ", "trưởng ",
                  "Phó ", "phó ", "Tổng", "Sởi", "aSở", "_Ban", "1Vụ", " ", "  ", "\u00a0", ",", "-", "Nội vụ", "Kinh tế", "x"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_OFFICE_PIECES), max_size=16).map("".join))
def test_office_nouns_compiled_letter_first_equal_the_rule_as_written(text):
    # people_offices._NOUN (first letter first) finds what _NOUN_AS_WRITTEN finds, at every start
    from hoptac.core.extract import people_offices as po

    written = re.compile(po._NOUN_AS_WRITTEN)
    assert [m.span() for m in po._NOUN.finditer(text)] == [m.span() for m in written.finditer(text)]
    for pos in range(len(text) + 1):
        a, b = po._NOUN.search(text, pos), written.search(text, pos)
        assert (a and a.span()) == (b and b.span())


_DATE_PIECES = ["1", "12", "123", "0", "9", "/", ".", "-", "tháng", "THÁNG", "Tháng", "th", "TH", "năm", "NĂM", ",", " ", "  ",
                "\u00a0", "\n", "x", "٣", "²", "2024", "a"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=16).map("".join))
def test_dates_opening_with_one_digit_class_equal_the_rules_as_written(text):
    # stamps._MAYBE_DATE, _FULL_DATE open with \d\d? (a class the engine skips to), written \d{1,2}
    from hoptac.core.extract import stamps

    for rx in (stamps._MAYBE_DATE, stamps._FULL_DATE):
        written = re.compile(rx.pattern.replace(r"\d\d?", r"\d{1,2}", 1), rx.flags)
        for pos in range(len(text) + 1):
            a, b = rx.search(text, pos), written.search(text, pos)
            assert (a and a.span()) == (b and b.span())


_COUNT_PIECES = ["1", "12", "123", "0", "hai", "ba", "bay", "bon", "nam", "muoi", "mot so", "cac", "a", "x", "_", " ", "  ", "\n",
                 "\u00a0", "tinh", "tinh, thanh", "tinh, thanh pho", "tinh va thanh pho", "dia phuong", "huyen", "tinhx", ",", "2"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_COUNT_PIECES), max_size=14).map("".join))
def test_a_count_and_level_found_by_two_patterns_equals_the_rule(text):
    # partner_sides.add_counted: _COUNT_DIGITS_RE or _COUNT_WORDS_RE finds one exactly when _COUNT_LEVEL_RE does
    from hoptac.core.extract import partner_sides as ps

    either = ps._COUNT_DIGITS_RE.search(text) is not None or ps._COUNT_WORDS_RE.search(text) is not None
    assert either == (ps._COUNT_LEVEL_RE.search(text) is not None)


# Patterns put in a form whose first character is a literal or one class (the engine then skips to it instead
# of trying the pattern at every character), beside the form they were written in.
_FIRST_CHARACTER_FORMS = (
    ("hoptac.core.extract.stamps", "_SPACES", r"\s{2,}"),
    ("hoptac.core.place_levels", "_WORD", r"\w+"),
    ("hoptac.core.extract.location_shapes", "GUESTS_ORGANISER_RE", r"\bdoan\b[^.;]{0,60}\bdo\s+([^.;,]{0,70})$"),
    ("hoptac.core.extract.chrome", "_ARCHIVE_PHOTO", r"\banh\s*:?\s*(?:tu lieu|minh hoa)\b"),
    ("hoptac.core.extract.type_phrases", "CAPTION_CREDIT", r"\banh\s*:|\((?:phai|trai|giua|thu \w+ tu (?:phai|trai))\)"),
    ("hoptac.core.extract.event_type", "_ABBREVIATION_STOP", r"\b(?:tp|tx|tt|ts|gs|[qhxp])\.(?=\s)"),
    ("hoptac.core.extract.lead_blanks", "_LONG", r"\s{9,}"),
    ("hoptac.core.extract.stamps", "_WEEKDAY", r"\b(?:[Tt]hứ|THỨ|[Cc]hủ [Nn]hật|CN|T[2-7])\b"),
    ("hoptac.core.extract.type_joint_rites", "_RITE",
     r"\b(?:dang huong|dat vong hoa|dang hoa|vieng (?:nghia trang|dai tuong niem|den tho|tuong dai))\b"),
    ("hoptac.core.extract.trips", "_SIGNING_HEADLINE", r"\b(?:ky ket|le ky|ky bien ban|ky thoa thuan|ky ban ghi nho)\b"),
    ("hoptac.core.places", "_WORDS", r"\w+"),
    ("hoptac.core.extract.type_attended", "_SIGNS", r"\bky(?: ket)? (?:bien ban|thoa thuan|ban ghi nho|ghi nho|chuong trinh|"
                                                    r"quy che|hop tac|ke hoach|mou|ket nghia)\b"),
)


def _written_partner_sides() -> tuple:
    from hoptac.core.extract import partner_sides as ps
    from hoptac.core.extract import partner_venues as pv
    from hoptac.core.extract import verdict_shapes as vs
    from hoptac.core.extract import announced as an

    return (
        (ps._COUNTED_PARTNER_RE, r"(?<!\w)(?:voi|va|cung|giua)\s+(?:" + ps._BODY + r"\s+)?" + ps._N + r"\s+" + ps._LEVEL),
        (ps._COUNTED_STOPS_RE, r"(?<!\w)(?:tai|tham|den|khao sat)\s+" + ps._N + r"\s+" + ps._LEVEL),
        (ps._SOME_STOPS_RE, r"(?<!\w)(?:tai|tham|den|khao sat)\s+(?:mot so|cac)\s+" + ps._LEVEL),
        (vs._DOCUMENT, rf"\b(?:{vs._DOC_NOUNS})\s+(?:so\s+)?{vs._W}*\d{vs._W}*(?:\s+{vs._W}+)?\s*(?:cua\s+[^,;.()]{{0,80}})?\s*$"),
        (vs._SIGNED_DOC, r"\b(?:ban ghi nho|bien ban ghi nho|thoa thuan hop tac|ban thoa thuan|hiep dinh|"
                         r"nghi quyet|ke hoach so|ban ky ket)"
                         r"(?:(?!\b(?:dien ra|to chuc|ky|ky ket|vao|tai|hoi nghi|le)\b)[^,;.()\n]){0,60}$"),
        (vs._SIGNED_ON, r"\bky(?:\s+ket)?\s+(?:vao\s+)?$"),
        (an._ANNOUNCING, r"\b(?:%s)\b" % "|".join(w for w, _ in an.ANNOUNCING)),
        (pv._VENUE_ASIDE_RE, pv._VENUE_ASIDE_RE.pattern.replace(
            r"(?:t(?<!\w.)ại|T(?<!\w.)ại|ở(?<!\w.)|Ở(?<!\w.))", r"(?<!\w)(?:tại|Tại|ở|Ở)", 1)),
    )
_FORM_PIECES = ["anh", "Anh", "xanh", "_anh", "anh:", "anh :", " ", "  ", "\n", "\t", "\u00a0", " " * 9, "tu lieu", "minh hoa",
                "(phai)", "(trai)", "(thu hai tu trai)", "(", ")", "doan", "adoan", "doan cong tac", "do", "do ong a", ".", ";", ",",
                "tp.", "tx.", "tt.", "ts.", "gs.", "q.", "h.", "x.", "p.", "atp.", "h", "x", "1", "é", "_", "ı",
                "Thứ", "thứ", "THỨ", "Chủ nhật", "chủ Nhật", "CN", "T2", "T8", "aThứ", "dang huong", "vieng den tho", "dang hoa",
                "ky ket", "le ky", "ky ban ghi nho", "aky ket", "tại", "Tại", "ở", "Ở", "Hà Nội", "voi", "va", "cung", "giua", "tai",
                "tham", "den", "khao sat", "2 tinh", "hai tinh", "cong an", "mot so", "cac", "dia phuong", "avoi",
                "quyet dinh", "ke hoach", "so", "12/kh-ubnd", "luat", "aluat", "ban ghi nho", "bien ban ghi nho", "ky", "ky ket",
                "vao", "aky", "cua ubnd", "thoa thuan hop tac",
                "cho biet", "thong bao", "hop bao", "to chuc hop bao", "thong tin tu", "mou", "ket nghia", "aky ket mou"]


def _same_as_written(rx, written, text):
    """``rx`` (a pattern rewritten for speed) finds, searches and matches at every position of ``text``
    exactly as ``written`` (the form as first written) does."""
    assert rx.pattern != written
    was = re.compile(written, rx.flags)
    assert [(m.span(), m.groups()) for m in rx.finditer(text)] == [(m.span(), m.groups()) for m in was.finditer(text)]
    for pos in range(len(text) + 1):
        a, b = rx.search(text, pos), was.search(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
        a, b = rx.match(text, pos), was.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
    return was


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_FORM_PIECES), max_size=16).map("".join))
def test_patterns_with_a_first_character_equal_the_forms_as_written(text):
    import importlib

    pairs = [(getattr(importlib.import_module(m), n), w) for m, n, w in _FIRST_CHARACTER_FORMS] + list(_written_partner_sides())
    for rx, written in pairs:
        was = _same_as_written(rx, written, text)
        assert rx.sub("#", text) == was.sub("#", text)


_DAY_MONTH_PIECES = ["1", "12", "123", "0", "/", ".", "-", "tháng", "THÁNG", "Tháng", " ", "  ", "\n", "\u00a0", "x", "٣", "²", "a",
                     "ngày"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_DAY_MONTH_PIECES), max_size=14).map("".join))
def test_a_day_and_month_found_from_its_first_digit_equals_the_look_ahead(text):
    # stamp_choice: _A_DAY_MONTH finds one exactly when _DAY_MONTH_AT does
    from hoptac.core.extract import stamp_choice as sc

    for pos in range(len(text) + 1):
        assert (sc._A_DAY_MONTH.search(text, pos) is None) == (sc._DAY_MONTH_AT.search(text, pos) is None)


_FLIGHT_PIECES = ["đường", "Đường", "ĐƯỜNG", "tuyến", "chuyến", "chặng", "bay", "Bay", "BAY", "bAy", "bay thẳng", "thẳng", "rời",
                  "Rời", "RỜI", "khỏi", "rời khỏi", "trời", "x", "a", " ", "  ", "\n", "\u00a0", ".", ";", ",", "–", "Hà Nội",
                  "tỉnh A", "bayer", "_", "İ", "K"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_FLIGHT_PIECES), max_size=20).map("".join))
def test_flight_and_departure_gates_equal_the_patterns(text):
    # partner_venues: names_a_flight, on_a_flight_route, departed_from (asked only where "bay" / "ời" stands)
    # answer as their patterns searched everywhere; the case-blind "b", "a", "y" match nothing that lowers otherwise
    from hoptac.core.extract import partner_venues as pv

    assert pv.names_a_flight(text) == (pv._FLIGHT_RE.search(text + " ") is not None)
    for start in range(len(text) + 1):
        assert pv.on_a_flight_route(text, start) == (pv._FLIGHT_RE.search(text, max(0, start - 110), start) is not None)
        assert pv.departed_from(text, start) == (pv._DEPARTED_RE.search(text, max(0, start - 14), start) is not None)


def test_the_case_blind_flight_letters_match_only_what_lowers_to_them():
    for ch in "bay":
        rx = re.compile(ch, re.IGNORECASE)
        assert all(chr(c).lower() == ch for c in range(sys.maxunicode + 1) if rx.fullmatch(chr(c)))


_DISTRICT_LIST_PIECES = ["quan", "q.", "Quan", "aquan", "_q.", "q", "nhu", ":", "1", "3", "12", "123", "٣", "/", ".", "-", ",", " va ",
                         " ", "  ", "\t", "\u00a0", "\n", "phuong", "xa", "cac", "nhung", "hai", "ba", "bon", "nam", "sau", "bay",
                         "tam", "abay", "dia", "phuong", "dia phuong", "la", "gom", "Tam Ky", "x", "c", "h", "b", "s", "t", "n", "di", "a",
                         "hai dia phuong", " dia phuong: "]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_DISTRICT_LIST_PIECES), max_size=18).map("".join))
def test_district_lists_with_a_first_character_equal_the_forms_as_written(text):
    # places_numbered._LIST, first character first, against its look-behind form; places_bare_lists._intros
    # (tried just before each "dia") against _INTRO.finditer
    from hoptac.core import places_bare_lists as bl
    from hoptac.core import places_numbered as pn

    pairs = (
        (pn._LIST, pn._LIST.pattern.replace(r"q(?<!\w.)(?:uan|\.)", r"(?<!\w)q(?:uan|\.)", 1)),
    )
    for rx, written in pairs:
        _same_as_written(rx, written, text)
    assert [(m.span(), m.groups()) for m in bl._intros(text)] == [(m.span(), m.groups()) for m in bl._INTRO.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_FLIGHT_PIECES + ["bảy", "Bảy", "BÀY", "bấy", "ƀay", "ｂay", "baу"]), max_size=20).map("".join))
def test_flight_words_of_the_fold_keep_the_flight_answers(text):
    # partners (speed24): a window without a "bay" of the page's fold (flight_words) names no flight
    from hoptac.core.extract import partner_venues as pv
    from hoptac.core.scan import fast_fold

    bays = pv.flight_words(fast_fold(text))
    if not bays:
        assert not pv.names_a_flight(text)
    for start in range(len(text) + 1):
        assert pv.on_a_flight_route(text, start, bays) == pv.on_a_flight_route(text, start)


def test_only_b_a_y_in_any_case_lower_to_them_and_the_fold_lowers_them_in_place():
    from hoptac.core.scan import fast_fold

    assert {chr(c) for c in range(sys.maxunicode + 1) if set(chr(c).lower()) & set("bay")} == set("bBaAyY")
    assert fast_fold("bBaAyY") == "bbaayy"


_MISSION_PIECES = ["Đại sứ", "đại sứ", "ĐẠI SỨ", "Lãnh sự", "lãnh sự", "LÃNH SỰ", "Ại Sứ", "ại Sứ", "ẠI sứ", "dai su", "DAI SU",
                   "Dai Su", "lanh su", "LANH SU", "hai sự", "tại sự", "tai su", "anh sư", "ãnh sư", "ai", "anh", " ", "  ", "\n",
                   "\u00a0", "sự", "su", "SỰ", "quán", "x", "ı", "İ", "ẞ"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_MISSION_PIECES), max_size=16).map("".join))
def test_the_mission_gate_asked_where_the_fold_stands_equals_the_scans(text):
    # partner_seats (speed24): the gate's words asked where their fold stands in the page's fold
    from hoptac.core.extract import partner_seats as ps
    from hoptac.core.scan import fast_fold

    assert ps._names_a_mission(text, fast_fold(text)) == ps._names_a_mission(text, None) == any(w in text for w in ps._GATE)


def test_the_kept_level_answers_equal_the_index():
    # places (speed24): has_level's answers kept once asked equal the index's entries, asked again or not
    from hoptac.core import places
    from hoptac.core.place_levels import LEVEL_WORDS

    g = places._gazetteer()
    levels = sorted(set(LEVEL_WORDS.values()))
    for key in list(g.index)[::7] + ["khong co", ""]:
        for level in levels:
            want = any(level in e.levels for e in g.index.get(key, ()))
            assert g.has_level(key, level) == want and g.has_level(key, level) == want


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_FLIGHT_PIECES + ["người", "rồi", "RỜI KHỎI", "rờI"]), max_size=20).map("".join))
def test_a_text_without_rời_has_no_place_left(text):
    # partners (speed24): departed_from is asked only of a text that may_leave says holds "rời" or "Rời"
    from hoptac.core.extract import partner_venues as pv

    if not pv.may_leave(text):
        assert not any(pv.departed_from(text, start) for start in range(len(text) + 1))


_DATELINE_PIECES = ["(", ")", "TTXVN", "ttxvn", "TTXVN/Vietnam+", "Vietnam+", "VİETNAM+", "Vıetnam+", "VNA", "vna", "VOV", "VOVworld",
                    "VOV5", "Chinhphu.vn", "CHİNHPHU.VN", "chınhphu.vn", "VGP", "vgp", "ſ", "K", "İ", "ı", "Việt Nam", " ", "\u00a0",
                    "\n", ", ", "14/1", "ngày ", "2025", "-", "–", ":", "Hà Nội", "x", "/"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=16).map("".join))
def test_a_page_without_an_agency_in_parentheses_has_no_dateline(text):
    # partner_datelines (speed24c): a page _GATE finds nothing in matches _AFTER nowhere
    from hoptac.core.extract import partner_datelines as pd

    if pd._GATE.search(text) is None:
        assert not any(pd._AFTER.match(text, pos) for pos in range(len(text) + 1))


def _introduced_lists_as_written(text, groups, places, body):
    # partner_lists.introduced_lists before speed24c (every run's members gathered, then its length asked)
    out = []
    for group in groups:
        if len(group) < 2:
            continue
        i = 0
        while i < len(group):
            j = i + 1
            while j < len(group) and group[j][1] == "list":
                j += 1
            joined = group[i - 1][0] if i and group[i][1] == "pair" else None
            run = [m for m, _ in group[i:j] if m.start in places]
            i = j
            if len(run) < 2:
                continue
            members = ([joined] if joined and joined.start in places else []) + run
            provs = list(dict.fromkeys(places[m.start].province for m in members))
            if len(provs) >= 2:
                out.append((provs, text, run, body))
    return out


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from(["list", "pair", "other"]), st.booleans(), st.sampled_from("ABC")),
                         max_size=7), max_size=5))
def test_introduced_lists_skipping_lone_names_equals_the_runs_as_written(spec):
    # partner_lists (speed24c): a run of fewer than two links is skipped before its members are gathered
    from hoptac.core.extract import partner_lists as pl
    from hoptac.core.places import Place, PlaceMention

    groups, places, at = [], {}, 0
    for g in spec:
        group = []
        for kind, known, prov in g:
            m = PlaceMention(at, at + 3, at, "x", None, ())
            if known:
                places[at] = Place(prov, "tỉnh", prov, "Việt Nam", prov, True)
            group.append((m, kind))
            at += 5
        groups.append(group)
    for body in (False, True):
        assert pl.introduced_lists("t", groups, places, body) == _introduced_lists_as_written("t", groups, places, body)


_GREETING_TEXT = st.lists(st.sampled_from(["tham ", "tham, ", "va ", "chao xa giao ", "chuc ", "chuc  ", "tet",
                                           " mung nam moi", "x", " ", ".", "ha noi ", "chu", "c tet"]),
                          max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_GREETING_TEXT, st.data())
def test_greeted_place_gate_answers_as_the_regex_alone(folded, data):
    from hoptac.core.extract import location_shapes as ls
    n = len(folded)
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    starts = sorted(data.draw(st.lists(st.integers(s, max(s, e - 1)), max_size=3)))

    def ungated():
        for g in ls.GREETED_RE.finditer(folded, s, e):
            nxt = [i for i, p in enumerate(starts) if p >= g.end()]
            if not nxt:
                return None
            gap = folded[g.end():starts[nxt[0]]]
            if len(gap) <= ls.GREETED_GAP_MAX and not ls.GREETED_GAP_STOP.search(gap):
                return nxt[0]
        return None

    assert ls.greeted_place(folded, s, e, starts) == ungated()


_END_TEXT = st.lists(st.sampled_from([".", "./.", "/", "!", "?", "…", '"', "”", ")", " ", "\n", "A", "b", "1", "_"]),
                     max_size=20).map("".join)


@settings(max_examples=500, deadline=None)
@given(_END_TEXT)
def test_glued_titles_end_with_its_punctuation_first_equals_the_form_as_written(text):
    from hoptac.core.extract import glued_titles as gt
    written = re.compile(gt._END_AS_WRITTEN)
    assert [m.span() for m in gt._END.finditer(text)] == [m.span() for m in written.finditer(text)]
    for i in range(len(text) + 1):
        a, b = gt._END.search(text, i), written.search(text, i)
        assert (a and a.span()) == (b and b.span())
        a, b = gt._END.match(text, i), written.match(text, i)
        assert (a and a.span()) == (b and b.span())
        assert [m.span() for m in gt._END.finditer(text, 0, i)] == [m.span() for m in written.finditer(text, 0, i)]


_VENUE_TEXT = st.lists(st.sampled_from(["t", "a", "i", "o", " ", "  ", ",", "(", "\n", ".", "x", "tai ", " o ", "o"]),
                       max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_VENUE_TEXT, st.data())
def test_venues_with_a_class_first_equal_the_regex_as_written(folded, data):
    from hoptac.core.extract.event_location import _VENUE_RE, venues
    n = len(folded)
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    assert [v.span() for v in venues(folded, s, e)] == [v.span() for v in _VENUE_RE.finditer(folded, s, e)]
    assert [v.span() for v in venues(folded, 0, n)] == [v.span() for v in _VENUE_RE.finditer(folded)]
