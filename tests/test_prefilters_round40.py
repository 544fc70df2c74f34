"""Round 40's shortcuts (speed40), each against what it replaced, exactly.

1. :func:`hoptac.core.text.clean` makes the code of the page it returns (scan.py's one-byte code, kept for
   ``code_of``/``page_code``) from the code the decoder made of the page it was given, by the same replacements
   on the bytes ("\\r\\n" and "\\r" to "\\n", U+00A0 to a space), instead of encoding the page a second time.
   The code must be the one a fresh encode gives, and the text the same as before."""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core import text as T
from hoptac.core.scan import _ENCODING_MAP


def _texts(pieces: list[str], size: int = 30):
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


_PIECES = ["Sáng", " ", "ngày", "5/3", "\r\n", "\r", "\n", "\n\r", "\r\r\n", "\xa0", "\u202f", "tỉnh A", "Đ", "\t",
           "“", "”", "–", "\x00", "\x1b[31m", "\x0b", "ü", "x", ".", "\u200b"]


def _fresh_code(text: str) -> bytes | None:
    try:
        return codecs.charmap_encode(text, "strict", _ENCODING_MAP)[0]
    except UnicodeError:
        return None


@settings(max_examples=500, deadline=None)
@given(_texts(_PIECES))
def test_clean_keeps_the_code_a_fresh_encode_gives(page):
    T._LAST_CODE = (None, b"")
    want = T.clean(page)   # without the decoder's code: clean encodes what it needs itself
    T._LAST_CODE = (None, b"")
    T.code_of(page)        # as decode() does before clean
    got = T.clean(page)
    assert got == want
    kept = T.page_code(got)
    if kept is not None:
        assert kept == _fresh_code(got)


def test_clean_encodes_a_page_with_windows_line_breaks_once(monkeypatch):
    """Before round 40 the page was encoded twice: by the decoder, then again by clean (its text was a new
    object after the replacements)."""
    page = "Sáng\r\nngày\xa05/3, hai tỉnh A và B\r\nđã ký kết\rbản ghi nhớ."
    calls = []
    real = T._charmap_encode

    def counting(s, *a):
        calls.append(len(s))
        return real(s, *a)

    T._LAST_CODE = (None, b"")
    T.code_of(page)
    monkeypatch.setattr(T, "_charmap_encode", counting)
    out = T.clean(page)
    assert out == "Sáng\nngày 5/3, hai tỉnh A và B\nđã ký kết\nbản ghi nhớ."
    assert [n for n in calls if n > 1] == []   # the page (or a part of it) is not encoded again
    assert T.page_code(out) == _fresh_code(out)
