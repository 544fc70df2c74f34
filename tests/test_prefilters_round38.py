"""Round 38's shortcuts (speed38), each against the form it replaced: a pattern searched over the whole page is
matched only where the words it opens with stand. The generated texts mix those words with their near misses,
blanks, digits and punctuation; each shortcut must give the same matches as the search it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract.lead_new_year import _SUMMED_YEAR, summed_years
from hoptac.core.extract.year_names import _GREETED_YEAR, _greeted_years, spring_cues
from hoptac.core.text import fold


def _texts(pieces: list[str], size: int = 24):
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


_GREETINGS = ["chào", "Chào", "CHÀO", "chao", "chàoo", "xchào", " ", "  ", "\n", "đón", "Đón", "ĐÓN", "năm", "Năm",
              "NĂM", "2026", "1999", "2026/", "5", "-", ",", ".", "mừng", "tỉnh A", "“", "”", "à", "c"]


@settings(max_examples=400, deadline=None)
@given(_texts(_GREETINGS))
def test_greeted_years_equal_the_page_search(text):
    want = [m.span() for m in _GREETED_YEAR.finditer(text)]
    assert [m.span() for m in _greeted_years(text, None)] == want
    assert [m.span() for m in _greeted_years(text, fold(text))] == want


def test_greeted_years_read_each_form_once_and_in_order():
    text = "Chương trình “Du lịch A CHÀO 2026”, lễ hội Chào năm 2025 và chào đón 2024; chào mừng 2023 năm."
    assert [m.group(1) for m in _greeted_years(text, fold(text))] == ["2026", "2025", "2024"]
    assert [c.year for c in spring_cues(text, fold(text)) if c.name in ("spring", "spring_ahead")][:3] == [2026, 2025, 2024]


_SUMMED = ["trong nam ", "trong nam", "tu ", "ke tu ", "xtrong nam ", "2023", "2014", " ", ", ", "-", " va ", "den ",
           "hai tinh ", "da ", "co ", "to chuc ", "rat ", "nhung", "nhieu ", "cac", " chuyen tham", ".", "\n", "x"]


@settings(max_examples=400, deadline=None)
@given(_texts(_SUMMED, 30))
def test_summed_years_equal_the_page_search(folded):
    want: dict[int, tuple[int, int]] = {}
    for m in _SUMMED_YEAR.finditer(folded):
        want.setdefault(int(m.group(1)), m.span())
    assert summed_years(folded) == want


def test_summed_years_skip_a_year_inside_an_earlier_match_as_the_search_does():
    folded = "trong nam 2023, trong nam 2024 hai tinh da co nhung chuyen tham. trong nam 2025, ho da to chuc nhieu"
    assert summed_years(folded) == {2023: (0, 51), 2025: (65, 100)}   # not 2024, inside the first


from hoptac.core.extract.lead_tails import _TAIL, TAIL_WORDS, TAILS, main_clause  # noqa: E402


def test_every_tail_row_holds_one_of_the_gate_words():
    for name, rx, example in TAILS:
        m = _TAIL.search(fold(example))
        assert m is not None and m.lastgroup == name, name
        assert any(w in m.group(0) for w in TAIL_WORDS), name


_CLAUSES = ["; ", ", ", ",", ";", " ", "truoc do", "truoc  do", "tiep do", "tiep theo", "sau do", "sau  do", "doan",
            "hai ben", "ngay mai", "ngay hom sau", "hom sau", "hom", "sau", "do", "ky ket", "x", "\n"]


@settings(max_examples=400, deadline=None)
@given(_texts(_CLAUSES))
def test_main_clause_equals_the_search_without_the_gate(clause):
    def names(head: str) -> bool:
        return "ky ket" in head
    m = _TAIL.search(clause)
    want = clause if m is None else (clause[:m.start()] if names(clause[:m.start()]) else clause)
    assert main_clause(clause, names) == want


from hoptac.core.extract.partner_country_sides import COUNTRY_MARK, MARK_OPENS  # noqa: E402
from hoptac.core.scan import fast_fold  # noqa: E402

_MARKS = [" ", "(", "（", "[", "Việt Nam", "VIỆT NAM", "viet nam", "Viet  Nam", ")", "）", "Lào", "\n", "x"]


@settings(max_examples=300, deadline=None)
@given(_texts(_MARKS, 8))
def test_a_country_mark_is_read_only_where_its_bracket_stands(window):
    if COUNTRY_MARK.match(fast_fold(window)) is not None:
        assert MARK_OPENS in window


def test_the_mark_gate_lets_the_mark_through():
    assert COUNTRY_MARK.match(fast_fold(" (Việt Nam) và")) is not None and MARK_OPENS in " (Việt Nam) và"


from hoptac.core.extract.anniversary_apart import _APART, _APART_FOUND, APART  # noqa: E402
from hoptac.core.extract.event_type import _ISSUES_PLAN_FOR, _PLAN_DOCUMENTS  # noqa: E402
from hoptac.core.extract.plan_ties import _PREPARES, _PREPARES_FOUND, PREPARES  # noqa: E402

_ROW_WORDS = ["ban ", "ban", "ve ", "viec", "ke hoach", "len ", "xay dung ", "to chuc ", "cac ", "hoat dong ", "nam ngoai",
              "nam truoc", "truoc do", "lan truoc", "chuan bi", "cong tac to chuc", "don", "tiep", "tham", " ", ",", ".",
              "x", "a"]


@settings(max_examples=400, deadline=None)
@given(_texts(_ROW_WORDS))
def test_the_unnamed_rows_find_what_the_named_ones_do(clause):
    named, found = _APART.search(clause), _APART_FOUND.search(clause)
    assert (named and named.span()) == (found and found.span())
    if found is not None:
        assert _APART.match(clause, found.start()).lastgroup == named.lastgroup
    assert [m.span() for m in _PREPARES_FOUND.finditer(clause)] == [m.span() for m in _PREPARES.finditer(clause)]


def test_every_apart_and_prepares_row_is_found_by_its_unnamed_form():
    for name, _, example in APART:
        clause = fold(example)
        clause = clause[:clause.find("ky niem")]   # (the rows read the clause before "kỷ niệm")
        m = _APART_FOUND.search(clause)
        assert m is not None and _APART.match(clause, m.start()).lastgroup == name, name
    for name, _, example in PREPARES:
        assert _PREPARES_FOUND.search(fold(example)) is not None, name


_PLANS = ["ubnd tinh a ", "ban hanh ", "co ", "gui ", "ke hoach ", "thong bao ", "cong van ", "quyet dinh ", "so 12 ",
          "ve viec ", "to chuc ", "tuan van hoa ", "tu ngay ", "25", "-", "27", "/", "10", " ", ";", "."]


@settings(max_examples=400, deadline=None)
@given(_texts(_PLANS))
def test_a_plan_for_an_occasion_holds_the_gate_words(clause):
    if _ISSUES_PLAN_FOR.search(clause) is not None:
        assert "to chuc" in clause and any(w in clause for w in _PLAN_DOCUMENTS)


# The lead's round-38 gate on late38e's spring meetings (milestone_years.SPRING_MEETING_GATE): a body without "xuân"
# and its year is not searched; every meeting the full search finds in the body holds the gate's words there.
_SPRING = ["Chương trình gặp gỡ ", "gặp mặt ", "Hội nghị ", "hội đàm ", "đầu ", "Xuân ", "xuân", "XUÂN ", "2024",
           "1999", "2024x", " ", ", ", ".", "\n", "năm ", "chúc Tết ", "hai tỉnh ", "(", "x"]


@settings(max_examples=400, deadline=None)
@given(_texts(_SPRING), st.integers(min_value=0, max_value=40))
def test_spring_meeting_gate_never_hides_a_meeting(text, cut):
    from hoptac.core.extract.milestone_years import _SPRING_MEETING, SPRING_MEETING_GATE
    folded = fold(text)
    body = (min(cut, len(folded)), len(folded))
    if SPRING_MEETING_GATE.search(folded, *body) is None:
        assert list(_SPRING_MEETING.finditer(folded, *body)) == []


def test_spring_meeting_gate_lets_the_named_meeting_through():
    from hoptac.core.extract.milestone_years import SPRING_MEETING_GATE
    folded = fold("Đoàn sẽ tham dự Chương trình gặp gỡ đầu Xuân 2024 giữa các tỉnh.")
    assert SPRING_MEETING_GATE.search(folded, 0, len(folded)) is not None
    assert SPRING_MEETING_GATE.search(fold("Hội nghị gặp gỡ đầu năm giữa các tỉnh."), 0) is None


# The lead's gate on late38c's counted spans (span_started.COUNT_GATE): every count the rows find holds its words.
_COUNTS = ["Sau ", "sau ", "Qua ", "trải qua ", "hơn ", "15 ", "mười ", "năm ", "qua ", "thực hiện", "hợp tác",
           "kết nghĩa", "gắn bó", "hoạt động", " ", ", ", ".", "x", "nămx "]


@settings(max_examples=400, deadline=None)
@given(_texts(_COUNTS))
def test_count_gate_never_hides_a_counted_span(text):
    from hoptac.core.extract.span_started import _COUNT, COUNT_GATE
    folded = fold(text)
    if COUNT_GATE.search(folded) is None:
        assert _COUNT.search(folded) is None
