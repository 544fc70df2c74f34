"""Bytes in: clean NFC text from UTF-8, UTF-16, Windows-1258 and the legacy TCVN3/VNI encodings.

Everything that enters hoptac as bytes passes through :func:`decode`.
"""

from __future__ import annotations

import html
import re

from ..messages import M_
from ..text import clean, code_of, strip_ansi
from . import legacy

__all__ = ["DecodeError", "decode"]


class DecodeError(ValueError):
    """The bytes are not text in an encoding hoptac can read."""


# Letters that only Vietnamese text uses; their share tells a right decoding from
# mojibake (e.g. UTF-8 read as Windows-1258 gives "Ã", "Â" runs instead).
_VI_LETTERS = set(
    "ăâđêôơưĂÂĐÊÔƠƯ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
)

_NOT_TEXT_CHAR = re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")
_NOT_TEXT_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20))  # its controls, as UTF-8


def _looks_like_text(text: str) -> bool:
    """Few control characters: the bar a guessed (8-bit or UTF-16) decoding must pass."""
    sample = text[:20000]
    return len(_NOT_TEXT_CHAR.findall(sample)) <= max(2, len(sample) // 200)


def _binary_as_utf8(text: str) -> bool:
    """Valid UTF-8 is refused only when it is binary: more than one character in ten a
    control once terminal escape sequences are out (a few stray escapes in an article
    are removed by :func:`~hoptac.core.text.clean`, and the article kept)."""
    sample = strip_ansi(text[:20000])
    return len(_NOT_TEXT_CHAR.findall(sample)) * 10 > max(20, len(sample))


def decode(data: bytes) -> str:
    """Bytes to clean NFC text.

    Reads UTF-8 (with or without BOM), UTF-16 with a BOM, Windows-1258 (the
    legacy Vietnamese code page, whose text decodes to combining tone marks, hence
    NFC afterwards) and the legacy Vietnamese font encodings TCVN3 (ABC) and VNI,
    whether as raw bytes or as UTF-8 written by a program that read them as
    Windows-1252 (see :mod:`hoptac.core.extract.legacy`). Bytes that are none of these
    raise :class:`DecodeError` instead of being guessed into mojibake.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        raw = data[3:]
        try:
            return _unlegacy(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise DecodeError(M_("invalid UTF-8 after a UTF-8 byte-order mark (byte {at})", at=exc.start + 3)) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise DecodeError(M_("invalid UTF-16 after a UTF-16 byte-order mark")) from None
        if not _looks_like_text(text):
            raise DecodeError(M_("not text (binary data after a UTF-16 byte-order mark)"))
        return _unlegacy(text)
    head = data[:8192]
    if head.count(b"\x00") > max(2, len(head) // 100):
        # many NULs: binary data, or UTF-16 without its byte-order mark (not guessed)
        raise DecodeError(M_("not text (binary data with NUL bytes)"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # the control characters counted are single bytes in UTF-8, U+FFFD three: bytes
        # without them cannot be binary (one pass in C instead of a regex over the text)
        # a page all in scan.py's one-byte code (asked once here, kept for the legacy test
        # and clean) holds none of the controls but NUL, and no U+FFFD
        code = code_of(text)
        if (code is None or b"\x00" in code) and (len(data.translate(None, _NOT_TEXT_BYTES)) != len(data)
                                                  or b"\xef\xbf\xbd" in data) \
                and _binary_as_utf8(text):
            raise DecodeError(M_("not text (control characters throughout)"))
        return _unlegacy(text)
    return _decode_8bit(data)


_NOT_TEXT = M_("not text in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI")

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
    sample = text[:20000]
    if not ("Ã" in sample or "Ä" in sample or "Æ" in sample or "á»" in sample or "áº" in sample):
        return text  # none of the pairs can be there (the usual case: five substring scans, not a regex)
    if len(_DOUBLE_UTF8.findall(sample)) < 3:
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
    return clean(unmarkup(verdict.text))


# A page scraped with its HTML left in ("<p style=…><span>Vừa qua, Đo&agrave;n Thanh ni&ecirc;n …"):
# tags and entity references. A page is read as markup only when it holds several of either
# (MARKUP_MIN): a lone "<" or "&" in prose is left alone.
_TAG = re.compile(r"<(/?)(html|head|body|meta|title|p|div|span|br|strong|em|b|i|u|a|img|table|tbody|tr|td|th|ul|ol|li"
                  r"|h[1-6]|font|section|article|figure|figcaption|blockquote)\b[^<>]*>", re.IGNORECASE)
_BLOCK = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
                    "figure", "figcaption", "blockquote", "body", "html", "head", "ul", "ol"})
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,5}|#x[0-9A-Fa-f]{2,4});")
_HEAD_BLOCK = re.compile(r"<head\b.*?</head>|<(script|style)\b.*?</\1>", re.IGNORECASE | re.DOTALL)
MARKUP_MIN = 3


def unmarkup(text: str) -> str:
    """Text with the HTML a scraper left in read as text: a block tag ('<p>', '<br>', '<div>')
    ends a paragraph, an inline tag ('<span>', '<strong>', '<img …>') goes, entity references
    ('&agrave;', '&nbsp;', '&#7843;') become their characters; a head, script or style goes
    whole. Text without several tags or entities comes back unchanged."""
    if "<" not in text and "&" not in text:
        return text
    tags = len(_TAG.findall(text, 0, 20000)) if "<" in text else 0
    entities = len(_ENTITY.findall(text, 0, 20000)) if "&" in text else 0
    if tags < MARKUP_MIN:   # entities alone ('&nbsp;' left in plain text): the letters, nothing else
        return html.unescape(text).replace("\xa0", " ") if entities >= MARKUP_MIN else text
    text = _HEAD_BLOCK.sub(" ", text)
    text = _TAG.sub(lambda m: "\n\n" if m.group(2).lower() in _BLOCK else " ", text)
    text = re.sub(r"<meta\b[^<>]*(?:>|(?=<))", " ", text, flags=re.IGNORECASE)   # a meta tag cut before its '>'
    if entities >= MARKUP_MIN:   # after the tags: an escaped '&lt;p&gt;' is text, not a tag
        text = html.unescape(text).replace("\xa0", " ")
    text = re.sub(r"[ \t]*\n[ \t]*(?:\n[ \t]*)+", "\n\n", text)   # the blank lines the tags leave: one
    return re.sub(r"[ \t]{2,}", " ", text)


def _decode_8bit(data: bytes) -> str:
    """Bytes that are not UTF-8: Windows-1258, or TCVN3/VNI, whichever reads as
    Vietnamese (legacy.syllable_score); refused when neither does."""
    if not _looks_like_text(data[:20000].decode("latin-1")):
        raise DecodeError(M_("{not_text} (control characters throughout)", not_text=_NOT_TEXT))
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
