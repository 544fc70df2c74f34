"""Prefilters of the dates' and years' stages must never change an answer: review and signing words,
photo names, year and trip rules, later occasions, unstopped blocks, delegations sent and the lead."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st


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
    from hoptac.core.extract import year_bounds as yb

    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text) + 2))
    for opened in (yb._PAST_WORDS_AT, yb._FOLLOW_WORDS_AT):
        for args in ((text,), (text, pos, endpos)):
            fast, slow = opened.search(*args), opened.rule.search(*args)
            assert (fast and fast.span()) == (slow and slow.span())


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
