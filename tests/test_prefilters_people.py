"""Prefilters of the people's stage must never change an answer: honorifics, titles, names, units,
offices and departments, each beside the regex it stands for."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract import people as people_mod

from prefilter_support import NAME_TEXTS as _name_texts, TEXTS as _texts, TITLED_PIECES as _TITLED_PIECES


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
