"""Decoding bytes, folding, and cutting the article from its boilerplate."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.decode import DecodeError, decode
from hoptac.core.text import fold, fold_query, printable
from encoded import cp1258_bytes

VI = "Hội nghị sơ kết hợp tác giữa tỉnh Lào Cai và tỉnh Yên Bái"




@pytest.mark.parametrize(
    "data",
    [
        VI.encode("utf-8"),
        b"\xef\xbb\xbf" + VI.encode("utf-8"),
        VI.encode("utf-16"),  # with BOM
        "\ufeff".encode("utf-16-be") + VI.encode("utf-16-be"),
        cp1258_bytes(VI),
        unicodedata.normalize("NFD", VI).encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "windows-1258", "utf8-nfd"],
)
def test_decode_gives_nfc(data: bytes) -> None:
    assert decode(data) == VI


def test_crlf_and_control_characters_are_cleaned() -> None:
    # the whole escape sequence goes, not only its ESC (issue 10, item 18)
    assert decode("a\r\nb\rc\x00d\x1b[31me\u202e".encode()) == "a\nb\ncde"


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x00\x00\x00\x00abc", b"\xff\xfe\x00\xd8"])
def test_not_text_is_refused_not_guessed(data: bytes) -> None:
    with pytest.raises(DecodeError):
        decode(data)


def test_double_utf8_is_repaired() -> None:
    # UTF-8 bytes of Vietnamese read through a Western code page and saved as UTF-8 again
    mangled = VI.encode("utf-8").decode("latin-1").encode("utf-8")
    assert "á»" in mangled.decode("utf-8")
    assert decode(mangled) == VI


def test_text_with_a_few_western_letters_is_left_alone() -> None:
    text = "Café Ã Paris, tỉnh Lào Cai hợp tác."
    assert decode(text.encode("utf-8")) == text


def test_fold_keeps_length_and_removes_accents() -> None:
    s = "Đắk Lắk, Hoà Bình, THỪA THIÊN HUẾ, Lào Cai"
    assert fold(s) == "dak lak, hoa binh, thua thien hue, lao cai"
    assert len(fold(s)) == len(s)
    assert fold_query("  Lào   cai ") == "lao cai"
    assert fold_query("Hòa") == fold_query("Hoà") == "hoa"


def test_fold_gives_greek_sigma_one_form_wherever_it_stands() -> None:
    # str.lower() writes "ς" at a word's end ("ΑΣ" -> "ας") in Python, "σ" compiled by mypyc:
    # a folded key must not depend on the build, so fold makes every sigma "σ" (as casefold does)
    assert fold("ΚΑΛΟΣ ΚΑΙ") == fold("καλος και") == fold("καλοσ και") == "καλοσ και"
    assert len(fold("ΚΑΛΟΣ")) == 5


def _fold_by_table(s: str) -> str:
    """fold() the general way (a dict translate), without the one-byte fast path."""
    from hoptac.core import text

    out = s.translate(text._FOLD_TABLE).lower()
    if len(out) != len(s):
        out = "".join(c if len(c.lower()) != 1 else c.lower() for c in s.translate(text._FOLD_TABLE))
    return out


_VI_AND_MORE = st.sampled_from(
    list("aAdDđĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
         "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
         " ,.-–—“”…\n\t0123456789ÐðİΣς\u00a0\u02ac\ue000\ufffe\u0301ʼ€"))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(_VI_AND_MORE, max_size=40), st.text(max_size=20)))
def test_fold_fast_path_is_the_table(s: str) -> None:
    # news text folds through a one-byte code (three passes in C); anything outside it
    # takes the dict translate: either way the same string, character for character
    assert fold(s) == _fold_by_table(s)
    assert len(fold(s)) == len(s)


def _undouble_by_regex(text: str) -> str:
    """decode._undouble without its quick look for the marks first."""
    from hoptac.core.extract.decode import _DOUBLE_UTF8

    if len(_DOUBLE_UTF8.findall(text[:20000])) < 3:
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if not _DOUBLE_UTF8.search(fixed):
            return fixed
    return text


_MARKS = st.sampled_from(["á»", "áº", "Ã¡", "Ã ", "Ä‘", "Ä", "Æ°", "Æ¡", "á", "Ã", "Æ", "»", "º", "‘",
                          "a", " ", "Hội", "Ã©", "\xa0"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKS, max_size=12).map("".join))
def test_the_double_utf8_quick_look_changes_nothing(text: str) -> None:
    from hoptac.core.extract.decode import _undouble

    assert _undouble(text) == _undouble_by_regex(text)
    mangled = ("Hội nghị " + text).encode("utf-8").decode("latin-1").encode("utf-8").decode("utf-8")
    assert _undouble(mangled) == _undouble_by_regex(mangled)


def test_printable_makes_escapes_inert() -> None:
    shown = printable("a\x1b[2Jb\x07c\u202ed\x00")
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown and "\x00" not in shown
    assert shown.startswith("a␛[2Jb")


ARTICLE = """image banner
Hai tỉnh Lào Cai – Thái Bình tăng cường hợp tác toàn diện (08:10 09/03/2024)

admin
Chiều 8/3, tại thành phố Lào Cai đã diễn ra Hội nghị đánh giá kết quả hợp tác giữa hai tỉnh.

Chiều 8/3, tại thành phố Lào Cai đã diễn ra Hội nghị đánh giá kết quả hợp tác giữa hai tỉnh.

1.JPG
Quang cảnh hội nghị.

Hai tỉnh thống nhất nhiều nội dung hợp tác trong thời gian tới.

Ánh Tuyết

Tin khác
Sáng 19/11, đại biểu HĐND tiếp xúc cử tri tại thành phố Lào Cai.

Thống kê truy cập
  • Đang online: 1
"""


def test_article_parts() -> None:
    art = parse_article(ARTICLE)
    assert art.title == "Hai tỉnh Lào Cai – Thái Bình tăng cường hợp tác toàn diện"
    assert art.published is not None and art.published.isoformat() == "2024-03-09T08:10:00"
    body = art.body
    assert body.strip().startswith("Chiều 8/3")
    assert body.count("Chiều 8/3") == 1          # the lead printed twice is one paragraph
    assert "1.JPG" not in body                    # image file names are not the article
    assert "Quang cảnh hội nghị." in body         # captions are
    assert "Hai tỉnh thống nhất" in body
    for junk in ("Ánh Tuyết", "Tin khác", "Sáng 19/11", "Thống kê", "admin", "image banner"):
        assert junk not in body
    # the whole original is kept, with offsets into it
    assert art.text == ARTICLE
    s, e = art.body_span
    assert ARTICLE[s:e].startswith("Chiều 8/3") and ARTICLE[s:e].endswith("thời gian tới.")


@pytest.mark.parametrize(
    "header, iso",
    [
        ("05/03/2022 08:10", "2022-03-05T08:10:00"),
        ("Đăng ngày 05/03/2022", "2022-03-05T00:00:00"),
        ("Thứ Hai, ngày 14 tháng 03 năm 2022", "2022-03-14T00:00:00"),
        ("Cập nhật: 14/03/2022 - 10:25", "2022-03-14T10:25:00"),
    ],
)
def test_publication_time_in_header(header: str, iso: str) -> None:
    # a stamp just below the headline is the article's; above it only when it has a time
    # of day or a label ('Đăng ngày'): a bare date above the headline is the site's clock
    above = parse_article(f"{header}\nTỉnh Lào Cai và tỉnh Yên Bái tiếp tục hợp tác toàn diện\n\nChiều 18/2, tại thành phố Yên Bái đã diễn ra Hội nghị.\n")
    below = parse_article(f"Tỉnh Lào Cai và tỉnh Yên Bái tiếp tục hợp tác toàn diện\n{header}\n\nChiều 18/2, tại thành phố Yên Bái đã diễn ra Hội nghị.\n")
    for art in (above, below) if ":" in header or header.startswith("Đăng") else (below,):
        assert art.published is not None and art.published.isoformat() == iso
        assert art.title == "Tỉnh Lào Cai và tỉnh Yên Bái tiếp tục hợp tác toàn diện"


def test_a_bare_date_above_the_headline_is_a_clock_not_a_publication_date() -> None:
    art = parse_article("Thứ Năm, 07/08/2025\nHai huyện biên giới ký kết thỏa thuận hợp tác mới\n\n"
                        "Sáng 12/3, tại huyện A Lưới đã diễn ra lễ ký kết thỏa thuận hợp tác.\n")
    assert art.published is None
    assert art.clock is not None and art.clock.year == 2025
    assert art.title == "Hai huyện biên giới ký kết thỏa thuận hợp tác mới"


def test_publication_forms_keep_the_shortcuts_that_spare_most_lines() -> None:
    # stamps tries the publication forms only on lines holding a whole date, and the forms
    # with a time of day only where one is; a form whose examples break that turns its
    # shortcut off (slower, never wrong). The table as it stands keeps both on.
    from hoptac.core.extract import stamps

    assert stamps._ALL_DATED
    assert stamps._TIMED == [("(?P<H>" in p) for p, _ in stamps.PUBLISHED_FORMS]
    stamp = "Cập nhật lúc 10:25, ngày 14/03/22"
    assert stamps.parse_published(stamp) is not None and stamps.strip_time("Tiêu đề " + stamp) == "Tiêu đề Cập nhật lúc"
    assert stamps.parse_published("Sáng 14/3, lúc 10:25, hai tỉnh ký kết") is None  # no year: no stamp


def test_a_form_whose_examples_break_a_shortcut_is_always_tried() -> None:
    from hoptac.core.extract import stamps

    import re

    form = re.compile(r"(?:lúc\s+(?P<H>\d{1,2}):(?P<M>\d{2})\s+)?ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})", re.I)
    assert not stamps._fits(form, "lúc 10:25 ngày 14/3; ngày 14/3", stamps._TIME_OF_DAY)  # time optional
    assert not stamps._fits(form, "ngày 14/3", stamps._FULL_DATE)                           # no year
    assert stamps._fits(form, "lúc 10:25 ngày 14/3", stamps._TIME_OF_DAY)


@settings(max_examples=200, deadline=None)
@given(st.text(_VI_AND_MORE, max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4))
def test_a_page_folded_once_then_blanked_is_the_blanked_page_folded(text: str, spans) -> None:
    # extract_events folds the page once (kept from parse_article) and blanks what it
    # leaves out, instead of folding the blanked page again: the same string
    from hoptac.core.extract.article import masked
    from hoptac.core.scan import fast_fold, fold_page

    spans = [(min(a, b), max(a, b)) for a, b in spans]
    assert fold_page(text) == fast_fold(text)
    assert fold_page(text) is fold_page(text)   # kept for the last page
    assert masked(fold_page(text), spans) == fast_fold(masked(text, spans))


@pytest.mark.parametrize("data", [b"\x01\x02ab" * 100, "\ufffd\ufffdab".encode() * 100,
                                  b"\x1f\x0bTin t\xe1\xbb\xa9c " * 80])
def test_valid_utf8_that_is_control_characters_throughout_is_refused(data: bytes) -> None:
    # (the control characters are looked for in the bytes first: a file without any is text)
    with pytest.raises(DecodeError):
        decode(data)


def test_a_few_control_characters_in_utf8_are_removed_not_refused() -> None:
    text = "Sáng 5/6, tỉnh Lào Cai\x07 và tỉnh Yên Bái ký kết hợp tác.\n" * 5
    assert decode(text.encode()) == text.replace("\x07", "")


def test_a_caption_standing_for_the_headline_loses_its_photo_credit() -> None:
    from hoptac.core.extract.article import parse_article

    page = ("Lãnh đạo tỉnh Attapeu chúc Tết tại UBND tỉnh Kon Tum. Ảnh: Nguyễn Văn A-TTXVN\n"
            "Sáng 3/2, đoàn đại biểu tỉnh Attapeu (Lào) đến thăm, chúc Tết lãnh đạo tỉnh Kon Tum.\n")
    assert parse_article(page).title == "Lãnh đạo tỉnh Attapeu chúc Tết tại UBND tỉnh Kon Tum"
    bracketed = page.replace(". Ảnh: Nguyễn Văn A-TTXVN", " (Ảnh: Minh Đức)")
    assert parse_article(bracketed).title == "Lãnh đạo tỉnh Attapeu chúc Tết tại UBND tỉnh Kon Tum"
    # a headline about photographs keeps its words
    show = "Triển lãm ảnh: Hữu nghị Việt - Lào qua các thời kỳ\nSáng 3/4, hai tỉnh khai mạc triển lãm ở Kon Tum.\n"
    assert parse_article(show).title == "Triển lãm ảnh: Hữu nghị Việt - Lào qua các thời kỳ"


def test_an_abbreviation_does_not_cut_the_lead_standing_for_the_headline() -> None:
    from hoptac.core.extract.article import parse_article

    page = ("Tại TP. Pleiku vừa diễn ra lễ ký kết chương trình hợp tác giữa hai tỉnh Gia Lai và Kon Tum. "
            "Hai bên thống nhất nhiều nội dung.\nTheo đó, hai tỉnh phối hợp phát triển du lịch.\n")
    assert parse_article(page).title == ("Tại TP. Pleiku vừa diễn ra lễ ký kết chương trình hợp tác giữa "
                                         "hai tỉnh Gia Lai và Kon Tum")
