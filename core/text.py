"""Text shared by extraction and the store: NFC, cleaning, and folding for accent-insensitive
matching, and making untrusted text safe for a terminal.

Decoding bytes into text is extraction's (:mod:`hoptac.core.extract.decode`).

Folding maps every character to exactly one character (or keeps it), so offsets in
the folded string are offsets in the original: ``fold("Lào Cai") == "lao cai"``
and ``fold("Đắk Lắk") == "dak lak"``.
"""

from __future__ import annotations

import re
import unicodedata
from codecs import charmap_decode as _charmap_decode, charmap_encode as _charmap_encode

__all__ = [
    "clean",
    "nfc",
    "fold",
    "fold_query",
    "printable",
    "typed",
    "strip_ansi",
    "shown_path",
    "json_escape_controls",
    "two_tones",
]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def typed(s: str) -> str:
    """What a user typed, as hoptac reads it: NFKC (full-width ``２０１９`` is ``2019``,
    ``ﬁ`` is ``fi``), white space at the ends removed."""
    return unicodedata.normalize("NFKC", s).strip()


#: The five tone marks (combining, as NFD writes them): grave, acute, tilde, hook above, dot below.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_TWO_TONES = re.compile(f"[{TONE_MARKS}].*[{TONE_MARKS}]")


def two_tones(word: str) -> bool:
    """Does ``word`` carry two tone marks? A Vietnamese syllable carries at most one: such a word
    ("ngàỵ", "Tháì") is a copy whose accents were scrambled, never a word of the language."""
    return not word.isascii() and _TWO_TONES.search(unicodedata.normalize("NFD", word)) is not None


# --- folding --------------------------------------------------------------------------

def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Every precomposed Latin letter in the ranges Vietnamese uses folds to its base
    # letter; đ/Đ fold to d (NFD does not decompose them).
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii():
            table[cp] = base.lower()
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    table[ord("Ð")] = "d"  # U+00D0, often typed for Đ
    # Greek sigma folds to σ wherever it stands: str.lower() gives "ς" at a word's end in
    # Python ("ΑΣ" -> "ας") but "σ" compiled by mypyc, and a folded key must not depend on
    # the build (casefold also makes both σ)
    table[ord("Σ")] = table[ord("ς")] = "σ"
    return table


_FOLD_TABLE = _build_fold_table()


def fold(s: str) -> str:
    """Lower-case, accent-free, đ→d; same length as ``s`` (offsets are shared).

    Combining marks left over (text that was not NFC) are kept, so the length is
    unchanged; :func:`fold_query` removes them for strings that are only compared.
    """
    if s.isascii():
        return s.lower()
    fast = _FAST or _fast_tables()
    if fast[0] is not None:
        # the usual case, Vietnamese letters and common punctuation only: scan.py's one-byte
        # code, three passes in C (3-7 times faster than translate with a dict); a character
        # outside the code raises and takes the general way below
        try:
            raw, _ = _charmap_encode(s, "strict", fast[0])
            return _charmap_decode(raw.translate(fast[1]), "strict", fast[2])[0]
        except UnicodeError:
            pass
    out = s.translate(_FOLD_TABLE).lower()
    if len(out) != len(s):  # a rare letter whose lower case is two characters (İ)
        out = "".join(c if len(c.lower()) != 1 else c.lower() for c in s.translate(_FOLD_TABLE))
    return out


_FAST: tuple = ()


def _fast_tables() -> tuple:
    """scan.py's one-byte code of the characters news text is made of, if it folds each
    of them exactly as :func:`fold` does (checked once, character by character: folding
    is character by character); else (None,) and fold never uses it."""
    global _FAST
    _FAST = (None,)  # meanwhile (scan.py folds while it builds its code): the general way
    try:
        from . import scan  # it imports this module: not at import time
    except ImportError:  # loaded alone, outside the package (scripts/build_gazetteer.py)
        return _FAST
    try:
        code, byte_fold, folded = scan._DECODE, scan._BYTE_FOLD, scan._FOLDED_DECODE
    except AttributeError:  # scan.py is being imported (it folds its own tables): later
        _FAST = ()
        return (None,)

    def slow(c: str) -> str:
        out = c.translate(_FOLD_TABLE).lower()
        return out if len(out) == 1 else c

    ok = all(c == "\ufffe" or slow(c) == folded[byte_fold[i]] for i, c in enumerate(code))
    _FAST = (scan._ENCODING_MAP, byte_fold, folded) if ok else (None,)
    return _FAST


_COMBINING = re.compile(r"[\u0300-\u036f]")
_SPACES = re.compile(r"\s+")


def fold_query(s: str) -> str:
    """Fold a string that is only compared, never sliced: NFC, fold, drop stray
    combining marks, collapse white space. ``fold_query(" Lào  cai ") == "lao cai"``."""
    s = fold(nfc(s))
    if not s.isascii():  # (an ASCII string has no combining mark to drop)
        s = _COMBINING.sub("", s)
    # _SPACES.sub(" ", s).strip(), in C: str.split() and re's \s know the same white space
    return " ".join(s.split())


# --- cleaning -------------------------------------------------------------------------

# Terminal escape sequences, removed whole (ESC alone would leave "[31m" in a title):
# CSI "ESC [ … final" (and its one-character form U+009B), OSC/DCS/APC strings ended by
# BEL or ST (unended ones lose only their opening pair), and the short escapes terminals
# use (character sets, save/restore). A stray ESC before a letter loses only itself: the
# word ("\x1bSáng") stays whole.
_ANSI = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"                       # CSI: ESC[31m, ESC[2J, ESC[?1049h
    r"|(?:\x1b[\]P^_X]|[\x9d\x90\x9e\x9f\x98])[^\x07\x1b\x9c\n]{0,512}(?:\x07|\x1b\\|\x9c)"  # OSC … BEL
    r"|\x1b(?:[()*+\-./][0-9AB<>]|%[@G8]|[78=>\]\\^_])"             # ESC ( B, ESC 7, ESC =
)


def strip_ansi(text: str) -> str:
    """``"\x1b[31mĐỏ\x1b[0m"`` → ``"Đỏ"``: whole escape sequences out."""
    return _ANSI.sub("", text) if ("\x1b" in text or "\x9b" in text or "\x9d" in text
                                   or "\x90" in text or "\x9e" in text or "\x9f" in text
                                   or "\x98" in text) else text


# Control characters other than tab and newline; they are removed from text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


#: No-break spaces (U+00A0, the narrow U+202F) are spaces: an editor's "5\xa0/\xa03" or "ngày\xa05/3" is a date
#: like any other (round 35); one character for one, so offsets stay. (str.replace, not str.translate with a table:
#: translate looks every character of a Vietnamese page up in the table, +14% of a seed's instructions.)
_NO_BREAK = ("\xa0", "\u202f")


def clean(text: str) -> str:
    """NFC, newlines to ``\\n``, terminal escape sequences, control and bidi-override
    characters removed."""
    coded = page_code(text)   # the decoder's code of this page (code_of), if it made one
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\xa0" in text or "\u202f" in text:   # round 35: "sáng\xa05\xa0/\xa03" is "sáng 5 / 3" (one length)
        text = text.replace(_NO_BREAK[0], " ").replace(_NO_BREAK[1], " ")
    if coded is not None and _LAST_CODE[0] is not text:
        _recode(text, coded)   # (round 40) the same replacements on the code: the page is not encoded again
    if _LAST_CODE[0] is not text:   # (a page in the one-byte code holds no escape: see strip_ansi)
        text = strip_ansi(text)
    if not _without_controls(text):
        text = _CONTROL.sub("", text)
        return nfc(text)
    # all in scan.py's one-byte code: precomposed letters, no combining mark, no pair that
    # composes -- NFC already (tests/test_anchors.py checks every character and pair of the code)
    return text


def _recode(text: str, coded: bytes) -> None:
    """Keep for :func:`code_of` the code of ``text``, made from ``coded`` -- the code of the page
    :func:`clean` was given, ``text`` that page with its line breaks made "\\n" and its no-break
    spaces made spaces -- by the same replacements on the bytes (round 40): the code is one byte a
    character, "\\r" and "\\n" are their own bytes and U+00A0 has one byte of its own (U+202F has
    none: a page holding it has no code), so replacing there equals encoding the result again."""
    global _LAST_CODE
    coded = coded.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    nbsp = _NBSP_CODE or _nbsp_code()
    if nbsp in coded:
        coded = coded.replace(nbsp, b" ")
    if len(coded) == len(text):   # (always: one byte a character; a guard, not a branch taken)
        _LAST_CODE = (text, coded)


_NBSP_CODE = b""


def _nbsp_code() -> bytes:
    """The byte of U+00A0 in scan.py's one-byte code (asked once)."""
    global _NBSP_CODE
    fast = _FAST or _fast_tables()
    _NBSP_CODE = _charmap_encode(_NO_BREAK[0], "strict", fast[0])[0]
    return _NBSP_CODE


def _without_controls(text: str) -> bool:
    """True when ``text`` surely holds none of ``_CONTROL``'s characters: it is all in scan.py's
    one-byte code (one pass in C, where the regex tries its class at every character), which
    holds none of them but NUL. False: not known (the regex decides). The code is kept for
    :func:`page_code` (the page is folded from it next)."""
    raw = code_of(text)
    return raw is not None and b"\x00" not in raw


def code_of(text: str) -> bytes | None:
    """``text`` in scan.py's one-byte code (None: a character outside it), kept for
    :func:`page_code` and :func:`clean`: the decoder asks it of the page before cleaning it
    (``legacy.repair``), and a page that comes out of the steps between as the same object is
    not encoded again."""
    global _LAST_CODE
    last = _LAST_CODE
    if last[0] is text:
        return last[1]
    fast = _FAST or _fast_tables()
    if fast[0] is None:
        return None
    try:
        raw, _ = _charmap_encode(text, "strict", fast[0])
    except UnicodeError:
        return None
    _LAST_CODE = (text, raw)   # one pair, replaced whole (threads never see a text with another's code)
    return raw


_LAST_CODE: tuple[str | None, bytes] = (None, b"")


def page_code(text: str) -> bytes | None:
    """``text`` in scan.py's one-byte code, when :func:`clean` encoded this very text last (a page
    already in NFC comes out of it as the same object); None otherwise."""
    last = _LAST_CODE
    return last[1] if last[0] is text else None


# --- display --------------------------------------------------------------------------

def _build_printable_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x20):
        if chr(cp) not in "\n\t":
            table[cp] = chr(0x2400 + cp)  # ␀ ␁ … ␛ …: visible, inert control pictures
    table[0x7F] = "\u2421"
    for cp in range(0x80, 0xA0):
        table[cp] = "\ufffd"
    for cp in (0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069):
        table[cp] = "\ufffd"  # bidirectional overrides must not reorder the terminal
    return table


_PRINTABLE_TABLE = _build_printable_table()


def printable(s: str, *, newlines: bool = True) -> str:
    """Text safe to hand to a terminal: control and bidi-override characters become
    visible inert symbols (ESC → ␛), so nothing in an article can change the
    terminal's state. With ``newlines=False`` line breaks become spaces."""
    out = s.translate(_PRINTABLE_TABLE)
    if not newlines:
        out = out.replace("\n", " ").replace("\t", " ")
    return out


def shown_path(path: object) -> str:
    """A path as hoptac shows and stores it: bytes that are not UTF-8 as ``\\xff`` escapes
    (the same text on the screen, in messages and in the database)."""
    import os

    return os.fsencode(os.fspath(path)).decode("utf-8", "backslashreplace")  # type: ignore[arg-type]


# --- JSON -----------------------------------------------------------------------------

# In UTF-8 JSON from orjson: DEL, C1 controls, bidirectional overrides and isolates, line
# and paragraph separators — characters a terminal or an editor acts on — are kept raw.
# Each of these byte sequences can only be a whole character inside a string.
_JSON_RAW = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]|\xef\xbb\xbf")


def _json_escape(m: "re.Match[bytes]") -> bytes:
    return b"\\u%04x" % ord(m.group().decode("utf-8"))


def json_escape_controls(data: bytes) -> bytes:
    """UTF-8 JSON with every C0/C1 control and bidi override written as ``\\uXXXX``
    (orjson escapes C0 only): the same JSON value, inert on a terminal."""
    return _JSON_RAW.sub(_json_escape, data)
