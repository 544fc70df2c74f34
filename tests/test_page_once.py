"""Work done once a page (or only where it can matter) instead of once a line or a title must
give what the per-line or per-title form gives: each shortcut compared with the form it
stands for on generated text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core import text as text_mod
from hoptac.core.extract import page_lines
from hoptac.core.extract import people as people_mod
from hoptac.core.scan import fold_page

_TITLE_BITS = ["Sở Văn hóa", " ", ", ", "-", "–", "\u2060", "\u2061", "\u2062", "\u2063", "Bí thư", "tỉnh",
               "Lào Cai", "kiêm", "x", "Đ"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_BITS), max_size=20).map("".join))
def test_unglue_equals_the_translation(title):
    assert people_mod._unglue(title) == title.translate(people_mod._UNGLUE)


# lines of a page: Vietnamese and ASCII words, single and double spaces, every kind of white
# space str.split() knows (in the one-byte code: tab, CR, NBSP; outside it: em space, ideographic
# space, the ASCII separators), controls, spaces at the ends of lines
_LINE_BITS = ["Hà Giang", "hợp tác", "UBND", "x", "12/3", " ", "  ", "\n", "\n\n", " \n", "\n ", "\t", "\r",
              "\u00a0", "\u2003", "\u3000", "\x1c", "\x0b", "\x85", "\u2028", "“", "…", ".", "\x00", "\u200b"]


def _reference(page: str) -> list[tuple[int, int, str, str]]:
    """Each non-blank line as _lines read it before: its folded text single-spaced line by line."""
    folded_page = fold_page(page)
    out, pos = [], 0
    for raw in page.split("\n"):
        stripped = raw.strip()
        if stripped:
            s = pos + len(raw) - len(raw.lstrip())
            folded = " ".join(folded_page[s:s + len(stripped)].split())
            if folded:
                out.append((s, s + len(stripped), stripped, folded))
        pos += len(raw) + 1
    return out


# ... and only characters of the one-byte code, so that most pages keep their code
_CODED_LINE_BITS = ["Hà Giang", "hợp tác", "x", " ", "  ", "\n", "\n\n", " \n", "\t", "\u00a0", "“", "…", "."]


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_LINE_BITS), max_size=40),
                 st.lists(st.sampled_from(_CODED_LINE_BITS), max_size=40)).map("".join), st.booleans())
def test_lines_single_spaced_once_a_page(page, cleaned):
    if cleaned:   # the page as decoding leaves it: its one-byte code kept (text.page_code)
        page = text_mod.clean(page)
    got = [(ln.start, ln.end, ln.raw, ln.folded) for ln in page_lines._lines(page)]
    assert got == _reference(page)


# lines for the legacy test: Unicode Vietnamese, Latin-1 letters alone (a TCVN3 reading: "c¸c vµ"),
# ASCII, every line break str.splitlines knows, characters outside the one-byte code
_LEGACY_BITS = ["Hà Nội", "ư", "Đ", "c¸c", "vµ", "à", "é", "\u00a0", "abc", " ", "\n", "\r", "\r\n", "\x0b", "\x85",
                "\u2028", "\u0300", "Ç", "“", "1"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LEGACY_BITS), max_size=30).map("".join))
def test_no_legacy_line_once_a_page(page):
    from hoptac.core.extract import legacy

    candidates = legacy._line_kinds(page.splitlines(keepends=True))[1]
    if legacy._no_candidate_line(page):
        assert candidates == []
    elif text_mod.code_of(page) is not None:   # asked on the code: the same answer as the lines'
        assert candidates != []


_CLEAN_BITS = ["Hà Nội", "abc", "\x1b[31m", "\x1b[0m", "\x9b", "\x00", "\t", "\r\n", "\r", "\n", "\u200b", "e\u0301",
               "“", "Ç", " "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CLEAN_BITS), max_size=30).map("".join))
def test_clean_of_a_coded_page_equals_clean(page):
    """clean skips the escape-sequence pass on a page decode found all in the one-byte code."""
    fresh = "".join(list(page)) + ""   # the same text, another object: no code kept for it
    text_mod.code_of(page)
    assert text_mod.clean(page) == text_mod.clean(fresh if fresh is not page else page[:0] + page)


_SENTENCE_BITS = ["Hà Nội", "hợp tác", ". ", ".", "! ", "?", "…", "… ", "\n", "\n\n", " \n", "TP. Huế", "x", "“", "(", "A",
                  "12", " ", "\t", "\u00a0", "Ç", "ß", "e\u0301", "3.500"]


def test_sentence_breaks_of_a_span_ending_before_it_starts_are_none():
    # in Python a bytes slice [5:2] is b""; mypyc's raises SystemError, so the code's slice is guarded
    from hoptac.core import scan
    from hoptac.core.extract import sentences

    page = "Hà Nội hợp tác. Huế! Ở đâu?\nCâu khác."
    scan.shape(page)
    assert sentences.kept_code(page) is not None   # the coded way, the one with the slice
    assert list(sentences._matches(sentences._SENTENCE_BREAK, page, 9, 3)) == []
    assert sentences.sentences(page, 9, 3) == []


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_BITS), max_size=40).map("".join), st.integers(0, 30), st.integers(0, 30))
def test_sentence_breaks_found_on_the_code_equal_finditer(page, a, b):
    from hoptac.core import scan
    from hoptac.core.extract import sentences

    scan.shape(page)   # keep the page's code, as the events' pass does
    start, end = min(a, len(page)), max(min(len(page) - b, len(page)), 0)
    for rx in (sentences._SENTENCE_BREAK, sentences._SENTENCE_BREAK_WRAPPED):
        got = [(m.span(), m.span(1)) for m in sentences._matches(rx, page, start, end)]
        assert got == [(m.span(), m.span(1)) for m in rx.finditer(page, start, end)]
