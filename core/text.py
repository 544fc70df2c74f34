"""Text in: bytes to clean NFC text, and folding for accent-insensitive matching.

Everything that enters hoptac as bytes passes through :func:`decode`; everything
that is compared (places, search) passes through :func:`fold`.

Folding maps every character to exactly one character (or keeps it), so offsets in
the folded string are offsets in the original: ``fold("Lào Cai") == "lao cai"``
and ``fold("Đắk Lắk") == "dak lak"``.
"""

from __future__ import annotations

import re
import unicodedata

try:
    from . import legacy
except ImportError:  # loaded as a plain module (scripts/build_gazetteer.py puts core/ on the path)
    import legacy  # type: ignore[no-redef]

__all__ = [
    "DecodeError",
    "decode",
    "clean",
    "nfc",
    "fold",
    "fold_query",
    "printable",
]


class DecodeError(ValueError):
    """The bytes are not text in an encoding hoptac can read."""


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


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
    return table


_FOLD_TABLE = _build_fold_table()


def fold(s: str) -> str:
    """Lower-case, accent-free, đ→d; same length as ``s`` (offsets are shared).

    Combining marks left over (text that was not NFC) are kept, so the length is
    unchanged; :func:`fold_query` removes them for strings that are only compared.
    """
    if s.isascii():
        return s.lower()
    out = s.translate(_FOLD_TABLE).lower()
    if len(out) != len(s):  # a rare letter whose lower case is two characters (İ)
        out = "".join(c if len(c.lower()) != 1 else c.lower() for c in s.translate(_FOLD_TABLE))
    return out


_COMBINING = re.compile(r"[\u0300-\u036f]")
_SPACES = re.compile(r"\s+")


def fold_query(s: str) -> str:
    """Fold a string that is only compared, never sliced: NFC, fold, drop stray
    combining marks, collapse white space. ``fold_query(" Lào  cai ") == "lao cai"``."""
    s = fold(nfc(s))
    s = _COMBINING.sub("", s)
    return _SPACES.sub(" ", s).strip()


# --- decoding -------------------------------------------------------------------------

# Letters that only Vietnamese text uses; their share tells a right decoding from
# mojibake (e.g. UTF-8 read as Windows-1258 gives "Ã", "Â" runs instead).
_VI_LETTERS = set(
    "ăâđêôơưĂÂĐÊÔƠƯ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
)

# Control characters other than tab and newline; they are removed from text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def clean(text: str) -> str:
    """NFC, newlines to ``\\n``, control and bidi-override characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return nfc(text)


_NOT_TEXT_CHAR = re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    return len(_NOT_TEXT_CHAR.findall(sample)) <= max(2, len(sample) // 200)


def decode(data: bytes) -> str:
    """Bytes to clean NFC text.

    Reads UTF-8 (with or without BOM), UTF-16 with a BOM, Windows-1258 (the
    legacy Vietnamese code page, whose text decodes to combining tone marks, hence
    NFC afterwards) and the legacy Vietnamese font encodings TCVN3 (ABC) and VNI,
    whether as raw bytes or as UTF-8 written by a program that read them as
    Windows-1252 (see :mod:`hoptac.core.legacy`). Bytes that are none of these
    raise :class:`DecodeError` instead of being guessed into mojibake.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        raw = data[3:]
        try:
            return _unlegacy(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise DecodeError(f"invalid UTF-8 after a UTF-8 byte-order mark (byte {exc.start + 3})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise DecodeError("invalid UTF-16 after a UTF-16 byte-order mark") from None
        if not _looks_like_text(text):
            raise DecodeError("not text (binary data after a UTF-16 byte-order mark)")
        return _unlegacy(text)
    head = data[:8192]
    if head.count(b"\x00") > max(2, len(head) // 100):
        # many NULs: binary data, or UTF-16 without its byte-order mark (not guessed)
        raise DecodeError("not text (binary data with NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _looks_like_text(text):
            raise DecodeError("not text (control characters throughout)")
        return _unlegacy(text)
    return _decode_8bit(data)


_NOT_TEXT = "not text in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI"

# Windows-1252 with its five undefined bytes read as Latin-1 (C1 controls, which
# clean() removes): every byte string decodes, as a font-encoded file was typed.
_CP1252_FROM_LATIN1 = legacy.CP1252_FROM_LATIN1


# UTF-8 that was read as Windows-1252 or Latin-1 and saved as UTF-8 again ("double
# UTF-8"): Vietnamese letters turn into these pairs ("Há»™i nghá»‹", "Ä‘", "Æ°").
# (The lead characters as one class first, so that the engine skips to them.)
_DOUBLE_UTF8 = re.compile(r"[áÃÄÆ](?:(?<=á)[»º]|(?<=Ã)[\xa0-\xbf]|(?<=Ä)[\x80-\xbf‘’]|(?<=Æ)[°¡])")


def _undouble(text: str) -> str:
    """Undo a double UTF-8 encoding when the text plainly is one (several marks) and
    the repaired text decodes cleanly; otherwise leave it to the other checks."""
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


def _unlegacy(text: str) -> str:
    """Clean text, with TCVN3 or VNI text that was read as Windows-1252 or Latin-1
    converted to Unicode (see legacy.repair; it runs before :func:`clean`, which
    would drop the C1 characters a Latin-1 reading makes of Windows-1252 quotes),
    and double UTF-8 undone."""
    text = _undouble(text)
    verdict = legacy.repair(text)
    if verdict.unsure:
        raise DecodeError(verdict.unsure)
    return clean(verdict.text)


def _decode_8bit(data: bytes) -> str:
    """Bytes that are not UTF-8: Windows-1258, or TCVN3/VNI, whichever reads as
    Vietnamese (legacy.syllable_score); refused when neither does."""
    if not _looks_like_text(data[:20000].decode("latin-1")):
        raise DecodeError(f"{_NOT_TEXT} (control characters throughout)")
    try:
        t1258: str | None = clean(data.decode("cp1258"))
    except UnicodeDecodeError:
        t1258 = None
    if t1258 is not None and not (_looks_like_text(t1258) and _plausible_vietnamese(t1258)):
        t1258 = None
    verdict = legacy.repair(data.decode("latin-1").translate(_CP1252_FROM_LATIN1))
    if verdict.encoding is not None:
        converted = clean(verdict.text)
        if t1258 is None or legacy.syllable_score(converted) > legacy.syllable_score(t1258):
            return converted
    if t1258 is not None and not (verdict.unsure and legacy.syllable_score(t1258) <= 0):
        return t1258
    raise DecodeError(verdict.unsure or _NOT_TEXT)


def _plausible_vietnamese(text: str) -> bool:
    """Windows-1258 decodes any byte string; accept it only when the result reads as
    Vietnamese: some Vietnamese letters and no runs of Latin-1 symbols."""
    sample = text[:20000]
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters == 0:
        return False
    vi = sum(1 for ch in sample if ch in _VI_LETTERS)
    junk = sum(1 for ch in sample if "\u00a0" <= ch <= "\u00bf" or ch in "ÃÂÆÐÞßþ")
    return vi > 0 and junk * 20 < letters


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
