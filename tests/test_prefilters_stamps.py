"""Prefilters of the page's stamps and chrome must never change an answer: publication forms, the
day a page names, printed lines, junk rows, listed titles, credits and glued titles."""

from __future__ import annotations

import datetime as dt
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract import article as article_mod

from prefilter_support import TEXTS as _texts


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


_DAY_MONTH_PIECES = ["1", "12", "123", "0", "/", ".", "-", "tháng", "THÁNG", "Tháng", " ", "  ", "\n", "\u00a0", "x", "٣", "²", "a",
                     "ngày"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_DAY_MONTH_PIECES), max_size=14).map("".join))
def test_a_day_and_month_found_from_its_first_digit_equals_the_look_ahead(text):
    # stamp_choice: _A_DAY_MONTH finds one exactly when _DAY_MONTH_AT does
    from hoptac.core.extract import stamp_choice as sc

    for pos in range(len(text) + 1):
        assert (sc._A_DAY_MONTH.search(text, pos) is None) == (sc._DAY_MONTH_AT.search(text, pos) is None)


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
