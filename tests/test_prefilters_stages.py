"""Cheap forms of the people's, dates', years' and types' stages (round 24, speed24b) must never change an
answer: each is compared with the rule as written on generated text (hypothesis)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from hoptac.core.extract import people as people_mod
from hoptac.core.extract import people_units as units_mod

# Pieces of titles written for the tests: the hints themselves, pieces of them, their case forms, letters
# that fold to theirs, and the words around them.
_TITLE_PIECES = ["Sở", "Sơ", "SỞ", "sở", "Bộ", "Bô", "Ban", "ban", "BAN", "Ba", "n", "Cục", "Vụ", "Viện", "Việ",
                 "Phòng", "phòng", "Phong", "Hội", "Hiệp", "Liên", "Liê", "Ủy", "Uỷ", "ủy", "U", "y", "Trung", "Trun",
                 "Văn", "Van", "g", "ò", " ", "  ", ",", "-", "–", "\u2060", "quan", "qua", "n", "doan", "đoàn",
                 "do", "an", "bo doi", "bo", "doi", "toa an", "toa", "vien kiem sat", "vien kiem", "sat",
                 "Giám đốc", "Phó", "Chủ tịch", "tỉnh", "A", "x", "12"]
_texts = st.lists(st.sampled_from(_TITLE_PIECES), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_texts)
def test_office_hints_search_equals_the_in_tests(text):
    # people._glue_departments: one search of the hints' alternation, not sixteen `in` tests
    assert (people_mod._OFFICE_HINT_RE.search(text) is not None) == any(n in text for n in people_mod._OFFICE_HINTS)


@settings(max_examples=1500, deadline=None)
@given(_texts)
def test_unit_hints_search_equals_the_in_tests(text):
    # people_units.unit_names: one search of the hints' alternation, not five `in` tests
    assert (units_mod._HINT_RE.search(text) is not None) == any(h in text for h in units_mod._HINTS)
    folded = text.lower()
    assert (units_mod._HINT_RE.search(folded) is not None) == any(h in folded for h in units_mod._HINTS)


# --- year cues: the windows sliced from the page's fold (round 24, speed24d) -----------------------------------
# Pieces written for the tests: the cues' words, pieces of them, years, separators, letters outside the one-byte
# code ("ü", "Î", "α") and a newline; joined at random.
_YEAR_PIECES = ["Năm 2024", "năm 2023", "Trong năm 2022", ", ", ". ", "\n", " ", "hai bên sẽ", "phối hợp", "đã ký kết",
                "ký kết", "Chương trình", "giai đoạn 2021 - 2025", "giai đoạn 2018-2023", "Từ đầu năm 2023 đến nay",
                "6 tháng đầu năm 2024", "cho biết", "cả nước đối diện với nhiều khó khăn", "Tết Nguyên đán 2020",
                "xuân Quý Mão", "năm mới 2017", "đầu xuân mới 2019", "tổng kết", "sơ kết", "kỷ niệm 5 năm",
                "(2009 - 2013)", "thường niên", "Hội nghị", "lần thứ 17", "tình hình", "kế hoạch", "vào năm 2050",
                "mục tiêu", "thực hiện", "Thỏa thuận", "đạt 500 triệu USD", "kim ngạch", "là năm kỷ niệm", "ü", "Î",
                "α", "Đ", "trên cơ sở", "quý 4/2025", "Hội đàm định kỳ", "ngày 14/5/2018", "đến năm 2025", "(", ")",
                "chỉ tính riêng", "Tính riêng", "khánh thành", "vào năm 2017", "sơ kết 1 năm thực hiện", "ký ngày",
                "Trong 5 năm qua", "Kế hoạch", "triển khai"]
_year_texts = st.lists(st.sampled_from(_YEAR_PIECES), max_size=24).map("".join)


@settings(max_examples=400, deadline=None)
@given(_year_texts)
def test_year_cues_read_from_the_fold_equal_the_cues_folded_one_by_one(text):
    # year_cues.find_year_cues(folded=…) and the helpers it passes the fold to (_so_far, hard_year, spring_cues,
    # _years_since, not_a_plan):
    # fold is character by character, so fold(text)[a:b] is fold(text[a:b]) for every window
    from hoptac.core.extract.year_cues import find_year_cues
    from hoptac.core.text import fold
    assert find_year_cues(text, folded=fold(text)) == find_year_cues(text)


@settings(max_examples=400, deadline=None)
@given(_year_texts, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60)), max_size=3))
def test_the_blanked_page_fold_is_the_fold_of_the_blanked_text(text, spans):
    # events: masked(fold_page(page), spans) is fold(masked(page, spans)) where scan.folds_exactly holds
    from hoptac.core.extract.text_masks import masked
    from hoptac.core.scan import fast_fold, folds_exactly, shape
    from hoptac.core.text import fold
    spans = [(s, s + n) for s, n in spans]
    shape(text)
    if folds_exactly(text):
        assert masked(fast_fold(text), spans) == fold(masked(text, spans))


# --- the school year: a gate on the fold's "nam hoc" (round 24, speed24e) ------------------------------------
# Pieces of folded text written for the tests: the words and pieces of them, other spaces between them, school
# years and lone years, dashes, and the words around them.
_SCHOOL_PIECES = ["nam hoc", "nam", "hoc", "nam  hoc", "nam\thoc", "nam\nhoc", "nam\u00a0hoc", "namhoc", "nam ho",
                  "am hoc", "n", "c", " ", "  ", "\n", ".", ",", "2025-2026", "2025 - 2026", "2025–2026", "2031",
                  "-", "–", "tu ", "tiep nhan", "sinh vien", "x", "_", "1"]
_school_texts = st.lists(st.sampled_from(_SCHOOL_PIECES), max_size=24).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_school_texts)
def test_a_fold_without_nam_hoc_names_no_school_year(text):
    # school_year.school_year_cues returns [] at once where "nam hoc" is not in the fold: _SCHOOL's literal
    # "nam hoc" (one space) must then match nowhere, so the loop as written would have named no school year
    from hoptac.core.extract.school_year import _SCHOOL, school_year_cues
    if "nam hoc" not in text:
        assert _SCHOOL.search(text) is None
        assert school_year_cues(text, (0, len(text)), [(0, len(text))]) == []
    elif _SCHOOL.search(text) is not None:
        assert "nam hoc" in text[_SCHOOL.search(text).start():]


# Words of partners' "visited before" pattern, pieces of them and the words and marks around them (speed24g).
_VISIT_PIECES = ["tham", "lam viec", "cong tac", "den", "toi", "sang", "va", "chuc", "tet", "mung nam moi",
                 "khao sat", "hoc tap", "tham quan", "trao doi kinh nghiem", "hoc hoi", "tim hieu", "cua", "cac",
                 "doan", "tai", "o", "ta", "th", "am", "hoc", "x-y", "b.c", "tinh a", "2", " ", "  ", "\n", "\t",
                 ",", ", ", ".", "-", "\u00a0"]
_visit_texts = st.lists(st.sampled_from(_VISIT_PIECES), max_size=40).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_visit_texts, st.integers(0, 200), st.integers(0, 200))
def test_visited_before_with_first_letters_finds_what_the_form_as_written_finds(text, lo, hi):
    # partners._VISITED_BEFORE_RE: one branch a word (sre skips to the first letters), the same language as
    # _VISITED_BEFORE_AS_WRITTEN; asked only whether it finds one, in a window ending where the text ends
    from hoptac.core.extract.partner_study import VISITED_BEFORE_AS_WRITTEN as _VISITED_BEFORE_AS_WRITTEN
    from hoptac.core.extract.partner_study import VISITED_BEFORE_RE as _VISITED_BEFORE_RE
    for t in (text, text + " tai ", text + " o  "):
        hi2 = min(hi, len(t)) if hi else len(t)
        assert (_VISITED_BEFORE_RE.search(t) is None) == (_VISITED_BEFORE_AS_WRITTEN.search(t) is None)
        assert (_VISITED_BEFORE_RE.search(t, lo, hi2) is None) == (_VISITED_BEFORE_AS_WRITTEN.search(t, lo, hi2) is None)
        for i in range(len(t) + 1):
            a, b = _VISITED_BEFORE_RE.match(t, i), _VISITED_BEFORE_AS_WRITTEN.match(t, i)
            assert (a is None) == (b is None) and (a is None or a.span() == b.span())


# --- the titled people's departments found up to the first stop character (round 25, speed25a) ----------------
# Pieces written for the tests: title starts, the head words departments follow, departments' and offices' names
# (whole, cut, joined by commas and dashes), the stop characters, a newline, people's names.
_DEPT_PIECES = ["Giám đốc ", "Phó Giám đốc ", "Chủ tịch ", "Trưởng ban ", "Phó trưởng phòng ", "Sở ", "Bộ ", "Ban ",
                "Hội ", "Phòng ", "Viện ", "Ủy ban ", "Trung tâm ", "Tài chính", "Kế hoạch và Đầu tư", "Kế hoạch",
                "Văn hóa, Thể thao và Du lịch", "Văn hóa", "Lao động - Thương binh và Xã hội", "Xã hội", "Ngoại vụ",
                "Nội vụ", "Nông dân", "Dân vận", "Nghiên cứu", "Khoa học và Công nghệ", "Tuyên giáo", " và ", ", ",
                " - ", " ", "  ", ".", ";", ":", "(", ")", "…", "\n", ". ", "tỉnh ", "Lào Cai ", "Nguyễn Văn An",
                "Trần Thị Bình", " phát biểu", "x", "Đ", "Đầu tư", "Văn hóa,", "Thể thao và Du lịch"]
_dept_texts = st.lists(st.sampled_from(_DEPT_PIECES), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_dept_texts, st.integers(0, 40), st.integers(0, 400))
@example("Giám đốc Sở Kế hoạch\nvà Đầu tư tỉnh Lào Cai", 0, 400)   # a department's name over a line break
@example("Chủ tịch Ủy ban Văn hóa; Ủy ban Nội vụ", 0, 400)
def test_departments_up_to_a_stop_then_past_it_equal_the_whole_window(text, start, length):
    # people_titled._departments_until: the names before the first stop character are the whole window's
    # names that start there, and adding the rest gives the whole window's
    from hoptac.core.extract import people_titled as titled
    from hoptac.core.text import fold
    folded = fold(text)
    start = min(start, len(text))
    end = min(len(text), start + length)
    whole = titled._departments(text, folded, start, end)
    depts, reach = titled._departments_until(text, folded, start, end, start, None, -1)
    assert depts == {k: v for k, v in whole.items() if k < reach}
    assert all(v <= reach for v in depts.values())
    depts, reach = titled._departments_until(text, folded, start, end, reach, depts, reach)
    assert (depts, reach) == (whole, end)


@settings(max_examples=800, deadline=None)
@given(_dept_texts)
@example("Giám đốc Sở. Tài chính Nguyễn Văn An phát biểu")   # the run goes on past a stop: its departments too
def test_titled_people_with_departments_up_to_a_stop_equal_the_whole_window(text):
    from hoptac.core.extract import people_titled as titled
    from hoptac.core.text import fold
    folded = fold(text)
    got = titled.titled_people(text, folded, lambda name: name == "Lào Cai")
    until = titled._departments_until
    try:   # the rule as written: the whole window's departments at once
        titled._departments_until = lambda text, folded, start, end, at, depts, reach: (
            (titled._departments(text, folded, start, end), end) if depts is None else (depts, reach))
        want = titled.titled_people(text, folded, lambda name: name == "Lào Cai")
    finally:
        titled._departments_until = until
    assert got == want
