"""Fast scanning helpers shared by the extraction rules: a same-length fold in C, and
regexes built from word lists.

* :func:`fast_fold` equals :func:`hoptac.core.text.fold` on Vietnamese text, several
  times faster, so offsets in the folded text are offsets in the original;
* :func:`trie_regex` turns a list of folded keys into one regex (a trie: longest first
  at every branch), and :func:`keyword_regex` into a whole-word matcher of them.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable

from .text import fold

__all__ = ["VI_LETTERS", "capital_words", "fast_fold", "fold_page", "fold_slice", "four_digits", "read_folded", "number_starts", "shape", "shape_masked", "shape_table", "trie_regex", "keyword_regex"]


# --- a fast fold ----------------------------------------------------------------------
# text.fold() translates character by character (about 0.4 ms for 10 KB of Vietnamese).
# Here the text is encoded into a private one-byte code (ASCII, the 134 Vietnamese
# letters, Ð/ð and common punctuation), folded with bytes.translate and decoded: three
# passes in C. Any other character becomes a placeholder that is a word character if
# the original is one and not otherwise, so words, offsets and matches are the same as
# on fold(text); in the folded text, a Latin letter outside the code ("Î", "ü") is then
# folded as fold() does (_latin_folded).
VI_LETTERS = [c for c in "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđð"]
VI_LETTERS += [c.upper() for c in VI_LETTERS]
_WORD_PH, _OTHER_PH = "\u02ac", "\ue000"
_EXTRA = VI_LETTERS + list("\u00a0“”‘’–—…•«»©°·×²€½\u2010") + [_WORD_PH, _OTHER_PH]
_FREE = [i for i in range(256) if not (i in (0, 9, 10, 13) or 32 <= i < 127)]  # NUL must stay
assert len(_EXTRA) <= len(_FREE)
_DECODE = [chr(i) if i in (0, 9, 10, 13) or 32 <= i < 127 else "\ufffe" for i in range(256)]  # fffe: unused
for _i, _c in zip(_FREE, _EXTRA):
    _DECODE[_i] = _c
_ENCODING_MAP = codecs.charmap_build("".join(_DECODE))  # a fast EncodingMap (not a dict)
_BYTE_FOLD = bytes(ord(fold(c)) if fold(c).isascii() else i for i, c in enumerate(_DECODE))
_FOLDED_DECODE = "".join(_DECODE)


def _placeholders(err: UnicodeError):
    if not isinstance(err, UnicodeEncodeError):
        raise err
    run = err.object[err.start:err.end]
    return "".join(_WORD_PH if (c.isalnum() or c == "_") else _OTHER_PH for c in run), err.end


codecs.register_error("hoptac.places", _placeholders)


def fast_fold(text: str) -> str:
    """fold(text) for matching: equal to it on Vietnamese and ASCII letters, digits and
    common punctuation; other characters are replaced by placeholders of the same kind."""
    return _fold_coded(text)[0]


def _fold_coded(text: str) -> tuple[str, bytes | None]:
    """fast_fold(text), and the text in the one-byte code (None for ASCII: not encoded)."""
    if text.isascii():
        return text.lower(), None
    raw, _ = codecs.charmap_encode(text, "hoptac.places", _ENCODING_MAP)
    folded = codecs.charmap_decode(raw.translate(_BYTE_FOLD), "strict", _FOLDED_DECODE)[0]
    return (_latin_folded(text, folded) if _WORD_PH in folded else folded), raw


def _latin_folded(text: str, folded: str) -> str:
    """``folded`` with each word placeholder that stands for a Latin letter outside the code
    ("Î", "ü", "ō", "ç") replaced by the ASCII letter fold() gives it: "Île-de-France",
    "Thüringen", "Hachiōji" are then found as written. The code (and the shape) keep the
    placeholder: a capital outside Vietnamese still makes the shape unsure."""
    out = list(folded)
    i = folded.find(_WORD_PH)
    while i >= 0:
        f = fold(text[i])
        if len(f) == 1 and f.isascii() and f.isalpha():
            out[i] = f
        i = folded.find(_WORD_PH, i + 1)
    return "".join(out)


# --- the shape of a text: capitals, other word characters, the rest --------------------
# One byte a character, from the same one-byte code: "A" for a capital letter of
# Vietnamese or ASCII, "a" for any other word character, " " for the rest. Regexes over
# it (a bytes string of three values) find capitalised words far faster than a class of
# 700 capitals over the text. Only where the code knows every word character: a letter
# outside it (a placeholder: "Ç", "ñ", "ß") may be a capital, and the shape is None.
_SHAPE = bytes(
    ord("A") if c.isupper() and fold(c).isascii() and fold(c).isalpha()
    else ord("a") if (c.isalnum() or c == "_") else ord(" ")
    for c in _DECODE)
_WORD_PH_BYTE = bytes([_FREE[_EXTRA.index(_WORD_PH)]])
_LAST_CODED: tuple[str | None, bytes | None] = (None, None)


def shape_table(of: Callable[[str], str]) -> bytes:
    """A table for :func:`shape`: ``of(character)`` is the one ASCII character that stands
    for each character of the code (never asked of the word placeholder)."""
    return bytes(ord(of(c)) if c != "\ufffe" else ord(" ") for c in _DECODE)


def shape(text: str, table: bytes = _SHAPE, *, keep: bool = True) -> bytes | None:
    """The shape of ``text`` (same length: offsets are shared), by default "A" a capital,
    "a" another word character, " " the rest; or None when a word character outside the
    Vietnamese and ASCII letters makes it unsure. The text's code is kept for the last
    text asked (the places and the people of a page read the same text; ``keep=False``:
    not kept, for a text asked once)."""
    global _LAST_CODED
    last = _LAST_CODED
    if last[0] is text:
        raw = last[1]
    else:
        raw, _ = codecs.charmap_encode(text, "hoptac.places", _ENCODING_MAP)
        if _WORD_PH_BYTE in raw:
            raw = None
        if keep:
            _LAST_CODED = (text, raw)
    return raw.translate(table) if raw is not None else None


# Numbers: "0" an ASCII digit, "a" another word character, "," a comma or colon, " " the rest.
# A number starts at a digit after none of "a0," (``dates._NUMBER``: ``[0-9](?<![\w,:][0-9])``);
# the literal first lets the engine skip to digits (a class tried at every character is several
# times slower). tests/test_prefilters_*.py: the same places.
_NUMBER_SHAPE = shape_table(lambda c: "0" if c in "0123456789" else "a" if (c.isalnum() or c == "_")
                            else "," if c in ",:" else " ")
_NUMBER_START = re.compile(rb"0(?<![a0,].)")
# Four digits that start with 1 or 2 (``[12]\d{3}``): "1" for 1 and 2, "0" for another digit
# (no other character of the code is a decimal digit).
_YEAR_DIGITS = shape_table(lambda c: "1" if c in "12" else "0" if c in "0123456789" else " ")
_FOUR_DIGITS = re.compile(rb"1[10]{3}")


def number_starts(text: str) -> list[int] | None:
    r"""Where each number of ``text`` starts (``[0-9](?<![\w,:][0-9])``), in order; None: unsure
    (the caller uses the regex)."""
    shaped = shape(text, _NUMBER_SHAPE)
    return None if shaped is None else [m.start() for m in _NUMBER_START.finditer(shaped)]


def four_digits(text: str) -> list[tuple[int, int]] | None:
    r"""The spans ``re.finditer(r"[12]\d{3}", text)`` gives, in order; None: unsure."""
    shaped = shape(text, _YEAR_DIGITS, keep=False)
    return None if shaped is None else [m.span() for m in _FOUR_DIGITS.finditer(shaped)]


_CAPITAL_WORD = re.compile(rb"A(?<![Aa].)[Aa]*")  # on the shape: a capital after no word character, its word
_LAST_WORDS: tuple[str | None, list[tuple[int, int]] | None] = (None, None)


def capital_words(text: str, shaped: bytes | None = None) -> list[tuple[int, int]] | None:
    """(start, end) of each word of ``text`` that starts with a capital letter (one no word
    character comes before), from its :func:`shape` (``shaped``, if the caller has it); None
    where the shape is unsure. Kept for the last text asked: the places and the people of a
    page look for the same capitalised words."""
    global _LAST_WORDS
    last = _LAST_WORDS
    if last[0] is text:
        return last[1]
    if shaped is None:
        shaped = shape(text)
    spans = None if shaped is None else [m.span() for m in _CAPITAL_WORD.finditer(shaped)]
    _LAST_WORDS = (text, spans)
    return spans


_LAST_PAGE: tuple[str | None, str, bytes | None] = (None, "", None)


def fold_page(text: str) -> str:
    """:func:`fast_fold` of a whole page, kept for the last page asked: the article's lines
    and its events are read from the same folded page (one (text, folded, code) triple,
    replaced whole, so that threads never see a text with another's fold)."""
    global _LAST_PAGE
    last = _LAST_PAGE
    if last[0] is text:
        return last[1]
    folded, raw = _fold_coded(text)
    _LAST_PAGE = (text, folded, raw)
    return folded


def shape_masked(page: str, kept: str, spans: list[tuple[int, int]]) -> None:
    """Let :func:`shape` read ``kept`` -- ``page`` with ``spans`` blanked, as
    ``article.masked`` makes it (spaces, newlines kept) -- from the page's code that
    :func:`fold_page` kept, blanked the same way, instead of encoding it again."""
    global _LAST_CODED
    last = _LAST_PAGE
    if last[0] is not page or last[2] is None or len(kept) != len(page):
        return
    raw, out, pos = last[2], [], 0
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, len(raw))
        if e <= s:
            continue
        out.append(raw[pos:s])
        out.append(b"\n".join(b" " * len(part) for part in raw[s:e].split(b"\n")))
        pos = e
    out.append(raw[pos:])
    coded = b"".join(out)
    _LAST_CODED = (kept, None if _WORD_PH_BYTE in coded else coded)


# The text a page's rules read and its fold, character for character (``folded[a:b] ==
# fast_fold(text[a:b]) == fold(text[a:b])`` for every a, b): set by :func:`read_folded` for the
# page being read, replaced whole (a thread never sees one text with another's fold).
_READ_FOLDED: tuple[str | None, str] = (None, "")


def read_folded(text: str, folded: str) -> bool:
    """Let :func:`fold_slice` slice ``folded`` for windows of ``text``, when it is their fold:
    ``text`` is all in the one-byte code (:func:`folds_exactly`) and ``folded`` is its fast
    fold, blanked as it is (``extract_events``' page fold; the same length). True if kept."""
    global _READ_FOLDED
    if len(folded) != len(text) or not folds_exactly(text):
        return False
    _READ_FOLDED = (text, folded)
    return True


def fold_slice(text: str, a: int, b: int, fold_of: Callable[[str], str] = fast_fold) -> str:
    """``fold_of(text[a:b])`` (:func:`fast_fold`, or :func:`hoptac.core.text.fold`): sliced from
    the page's fold where ``text`` is the page being read (:func:`read_folded`), not folded again
    window by window (some 5 thousand instructions a window: encode, translate, decode)."""
    last = _READ_FOLDED
    if last[0] is text:
        return last[1][a:b]
    return fold_of(text[a:b])


def trie_regex(keys: Iterable[str], sep: str) -> str:
    """One regex matching any of ``keys`` (folded, words separated by one space), longest
    first at every branch; a space in a key matches ``sep``."""
    trie: dict = {}
    for k in keys:
        node = trie
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = []
        for ch in sorted(c for c in node if c):
            head = sep if ch == " " else re.escape(ch)
            child = node[ch]
            if set(child) == {""}:
                alts.append(head)
            else:
                inner = emit(child)
                alts.append(f"{head}(?:{inner})?" if "" in child else f"{head}{inner}")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(trie)


def keyword_regex(keys: Iterable[str]) -> re.Pattern[str]:
    """Whole-word matches of any of ``keys`` (folded), as group 1.

    The trie's first letters come first, each followed by a look-behind that stands for
    the ``\\b`` before it (the character before that letter is not a word character):
    a pattern that begins with literals lets the regex engine skip from one of those
    letters to the next, instead of trying the pattern at every position (a quarter to a
    third faster than ``\\b(?=[first letters])(…)\\b``, which it equals: tests/test_prefilters_*.py).
    """
    keys = [k for k in keys if k]
    by_first: dict[str, list[str]] = {}
    for k in keys:
        by_first.setdefault(k[0], []).append(k[1:])
    if not keys or not all(_WORD_CHAR.match(c) for c in by_first):  # the look-behind is \b only before a word character
        firsts = "".join(sorted({re.escape(k[0]) for k in keys}))
        return re.compile(rf"\b(?=[{firsts}])({trie_regex(keys, sep=' ')})\b")
    alts = []
    for first in sorted(by_first):
        rests = [r for r in by_first[first] if r]
        inner = trie_regex(rests, sep=" ") if rests else ""
        if inner and len(rests) < len(by_first[first]):
            inner = f"(?:{inner})?"  # the key itself and longer ones: longest first, as in the trie
        alts.append(re.escape(first) + r"(?<!\w.)" + inner)
    return re.compile("(" + "|".join(alts) + r")\b")


_WORD_CHAR = re.compile(r"\w")


_OTHER_PH_BYTE = bytes([_FREE[_EXTRA.index(_OTHER_PH)]])


def kept_code(text: str) -> bytes | None:
    """The one-byte code :func:`shape` (or :func:`shape_masked`) kept, when it is ``text``'s;
    None otherwise (never encoded here: a page's encode costs more than most scans it saves)."""
    last = _LAST_CODED
    return last[1] if last[0] is text else None


def folds_exactly(text: str) -> bool:
    """Is ``text`` the text :func:`shape` kept last (or :func:`shape_masked` made), all in the
    one-byte code (no placeholder)? Then :func:`fast_fold` of it, and a page's fast fold
    blanked as it is, equal :func:`hoptac.core.text.fold` of it, character for character."""
    last = _LAST_CODED
    return last[0] is text and last[1] is not None and _OTHER_PH_BYTE not in last[1]


def fold_page_coded(text: str, raw: bytes) -> str:
    """:func:`fold_page` of a page whose one-byte code ``raw`` (``codecs.charmap_encode(text,
    "strict", _ENCODING_MAP)``: every character in the code) is made already -- by
    :func:`hoptac.core.text.clean`, which encodes the page to look for control characters --
    instead of encoding it again. Not for ASCII text (fold_page keeps no code for it)."""
    global _LAST_PAGE
    last = _LAST_PAGE
    if last[0] is text:
        return last[1]
    folded = codecs.charmap_decode(raw.translate(_BYTE_FOLD), "strict", _FOLDED_DECODE)[0]
    _LAST_PAGE = (text, folded, raw)
    return folded
