"""Legacy Vietnamese font encodings: TCVN3 (ABC) and VNI Windows, found and converted.

Before Unicode, Vietnamese web pages and documents were written with 8-bit *font
encodings*: the bytes are Windows-1252 bytes, and a special font (".VnTime",
"VNI-Times") draws them as Vietnamese letters. Read as what they claim to be,
they give plausible-looking garbage that must never be stored:

* TCVN3 (TCVN 5712:1993, VN3 font set): one byte per lower-case letter,
  ``"Hîp t¸c"`` for "Hợp tác", ``"®­îc"`` for "được". Upper-case letters
  with a tone mark have no code of their own: the .VnTimeH fonts draw the
  lower-case codes as capitals, so the case of such letters is lost.
* VNI Windows: a base letter followed by a modifier byte, ``"Hôïp taùc"`` for
  "Hợp tác", ``"ñöôïc"`` for "được"; a few letters have one byte (ơ ô, ư ö,
  đ ñ, ị ò, ỉ æ, ĩ ó, ỵ î, ì, í).

Such text reaches hoptac as raw bytes (not UTF-8; decoded here through
Windows-1252) or as UTF-8 written by a program that had read the bytes as
Windows-1252 or Latin-1. Both arrive here as a ``str`` whose suspect characters
are in U+00A0–U+00FF.

:func:`repair` decides by counting *Vietnamese syllables*: words that, once their
tone mark is removed, are an initial consonant, a vowel group and a final
consonant that Vietnamese spelling allows, with the tone mark on the vowel that
spelling puts it on, in lower case, capitalised or all capitals (``tỉnh``,
``Được``; not ``tØnh``, ``vaø``, ``chÕ``, ``cheỏ``). Only words with a non-ASCII
letter are counted, since ASCII words read the same in every interpretation.

Each line is read with the encoding that makes more of its words syllables (the
document's own, unless the other does better on that line). The text is
converted when that turns enough words into syllables (:data:`MIN_GAIN`,
:data:`MIN_GAIN_SHARE`) and most of its words then are syllables
(:data:`MIN_VALID_SHARE`). When a conversion gains something but not enough, on
text with many legacy-looking words, :func:`repair` reports it as unsure instead
of guessing. Lines that already hold Unicode-only Vietnamese letters (ơ, ư, đ,
ạ …) are never touched, so a page whose headline is Unicode and whose body is
TCVN3 gets only its body converted; normal Unicode text is left alone.

Limits: a text of only a few words can read as Vietnamese in both encodings
("chæ" is TCVN3 "chổ" and VNI "chỉ") and may be left as it is or reported;
TCVN3 capitals with a tone mark come back in lower case except at the start of
a sentence or in a word of capitals.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from ..messages import M_
from ..scan import _DECODE as _CODE_CHARS
from ..text import code_of
from .syllables import MAX_SYLLABLE, TONES, is_syllable, nonascii_words, syllable_score

__all__ = ["TCVN3", "VNI", "Verdict", "repair", "convert", "to_tcvn3", "to_vni", "is_syllable", "syllable_score"]

TCVN3 = "TCVN3"
VNI = "VNI"

# --- TCVN3 (TCVN 5712:1993, VN3) ---------------------------------------------------------
# Each pair is (the Windows-1252 character of the byte, the Vietnamese letter it draws).
_TCVN3_PAIRS = (
    "µà ¸á ¶ả ·ã ¹ạ "
    "¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ "
    "©â Çầ Êấ Èẩ Éẫ Ëậ "
    "®đ "
    "Ìè Ðé Îẻ Ïẽ Ñẹ "
    "ªê Òề Õế Óể Ôễ Öệ "
    "×ì Ýí Øỉ Üĩ Þị "
    "ßò ãó áỏ âõ äọ "
    "«ô åồ èố æổ çỗ éộ "
    "¬ơ êờ íớ ëở ìỡ îợ "
    "ïù óú ñủ òũ ôụ "
    "\u00adư õừ øứ öử ÷ữ ùự "
    "úỳ ýý ûỷ üỹ þỵ "
    "¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ"
).split()
TCVN3_TO_UNICODE: dict[str, str] = {p[0]: p[1] for p in _TCVN3_PAIRS}
_TCVN3_TABLE = {ord(k): v for k, v in TCVN3_TO_UNICODE.items()}
_TCVN3_LOWER = frozenset(k for k, v in TCVN3_TO_UNICODE.items() if v.islower())

# --- VNI Windows ------------------------------------------------------------------------
_TONES = TONES                                      # huyền, sắc, hỏi, ngã, nặng
_VNI_TONE = dict(zip(_TONES, "øùûõï"))              # lower-case modifier bytes; upper: ØÙÛÕÏ
_VNI_CIRC = "â"                                     # â ê ô
_VNI_CIRC_TONE = dict(zip(_TONES, "àáåãä"))
_VNI_BREVE = "ê"                                    # ă
_VNI_BREVE_TONE = dict(zip(_TONES, "èéúüë"))
_VNI_SINGLE = {  # letters with one byte of their own
    "ơ": "ô", "ư": "ö", "đ": "ñ", "ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î",
}


def _vni_pairs() -> dict[str, str]:
    """Unicode letter (NFC) → its VNI spelling (lower and upper case)."""
    enc: dict[str, str] = {}
    for letter, code in _VNI_SINGLE.items():
        enc[letter] = code
    for base in "aeiouy":
        for tone, mod in _VNI_TONE.items():
            enc.setdefault(unicodedata.normalize("NFC", base + tone), base + mod)
    for base in "aeo":
        enc[unicodedata.normalize("NFC", base + "\u0302")] = base + _VNI_CIRC
        for tone, mod in _VNI_CIRC_TONE.items():
            enc[unicodedata.normalize("NFC", base + "\u0302" + tone)] = base + mod
    enc["ă"] = "a" + _VNI_BREVE
    for tone, mod in _VNI_BREVE_TONE.items():
        enc[unicodedata.normalize("NFC", "a\u0306" + tone)] = "a" + mod
    for horn, code in (("ơ", "ô"), ("ư", "ö")):
        for tone, mod in _VNI_TONE.items():
            enc[unicodedata.normalize("NFC", horn + tone)] = code + mod
    for letter, code in list(enc.items()):
        enc[letter.upper()] = code.upper()
    return enc


UNICODE_TO_VNI: dict[str, str] = _vni_pairs()
VNI_TO_UNICODE: dict[str, str] = {v: k for k, v in UNICODE_TO_VNI.items()}
# Tolerated spellings: a modifier of the other case, and ỵ written y + dot.
for _code, _letter in list(VNI_TO_UNICODE.items()):
    if len(_code) == 2:
        VNI_TO_UNICODE.setdefault(_code[0] + _code[1].swapcase(), _letter)
VNI_TO_UNICODE.setdefault("yï", "ỵ")
VNI_TO_UNICODE.setdefault("YÏ", "Ỵ")
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(VNI_TO_UNICODE, key=len, reverse=True)))


def _from_vni(text: str) -> str:
    return _VNI_RE.sub(lambda m: VNI_TO_UNICODE[m.group()], text)


_CAPS_WORD = re.compile(r"(?<!\S)[^\sa-z]+(?!\S)")  # a word without ASCII lower case
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)[\"'“‘(\[]*", re.MULTILINE)


def _upper1(c: str) -> str:
    u = c.upper()
    return u if len(u) == 1 else c  # keep offsets: never one character to two (ß → SS)


def _from_tcvn3(text: str) -> str:
    out = text.translate(_TCVN3_TABLE)
    if out == text:
        return out
    chars = list(out)
    # .VnTimeH capitals: a word of capitals written with lower-case tone codes
    for m in _CAPS_WORD.finditer(out):
        word = m.group()
        if sum(1 for c in word if c.isupper()) >= 2:
            chars[m.start():m.end()] = [_upper1(c) for c in word]
    # a sentence starts with a capital, which TCVN3 could not write with a tone mark
    for m in _SENTENCE_START.finditer(text):
        i = m.end()
        if i < len(text) and text[i] in _TCVN3_LOWER:
            chars[i] = _upper1(chars[i])
    return "".join(chars)


# Windows-1252 for the C1 controls a Latin-1 reading makes of bytes 0x80–0x9F (“ ” – …);
# the five bytes Windows-1252 leaves undefined stay C1 controls.
CP1252_FROM_LATIN1: dict[int, str] = {
    b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def convert(text: str, encoding: str) -> str:
    """``text`` read as Windows-1252 (or Latin-1) characters of ``encoding`` (TCVN3 or
    VNI) → NFC."""
    text = text.translate(CP1252_FROM_LATIN1)
    if encoding == TCVN3:
        out = _from_tcvn3(text)
    elif encoding == VNI:
        out = _from_vni(text)
    else:
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    return unicodedata.normalize("NFC", out)


# --- encoders (for tests and the robustness bench: they make legacy samples) ------------

_UNI_TO_TCVN3 = {v: k for k, v in TCVN3_TO_UNICODE.items()}


def to_tcvn3(text: str) -> bytes:
    """Unicode → TCVN3 bytes. Capitals with a tone mark get the lower-case code, as
    the .VnTimeH fonts expect. Characters outside TCVN3 raise ``ValueError``."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = _UNI_TO_TCVN3.get(ch) or _UNI_TO_TCVN3.get(ch.lower())
        out.append(code if code is not None else ch)
    try:
        return "".join(out).encode("cp1252")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{exc.object[exc.start]!r} has no TCVN3 code") from None


def to_vni(text: str) -> bytes:
    """Unicode → VNI Windows bytes. Characters outside VNI raise ``ValueError``."""
    out = "".join(UNICODE_TO_VNI.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
    try:
        return out.encode("cp1252")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{exc.object[exc.start]!r} has no VNI code") from None


# --- detection --------------------------------------------------------------------------

MIN_GAIN = 2            # at least this many more words must become syllables …
MIN_GAIN_SHARE = 0.3    # … and this share of the non-ASCII words
MIN_VALID_SHARE = 0.75  # the converted words must mostly be syllables
UNSURE_GAIN_SHARE = 0.15  # a conversion that gains this much but is not clear …
SUSPECT_SHARE = 0.3     # … on text with this share of legacy-looking words is reported

# A line with any of these already holds Unicode Vietnamese: it is never converted.
_UNICODE_VI = re.compile("[ĂăĐđĨĩŨũƠơƯư\u0300-\u0323\u1ea0-\u1ef9]")
_SUSPECT = re.compile("[\u00a0-\u00ff]")
# Latin-1 symbols that TCVN3 uses as letters, next to a letter ("c¸c", "vµ", "®­îc").
_TCVN3_SYMBOL = re.compile("[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be](?=[^\\W\\d_])|(?<=[^\\W\\d_])[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be]")
# A vowel and a VNI modifier ("caùc", "Hoäi"), or a VNI one-byte letter after a letter.
_VNI_SEQ = re.compile("[aeouyAEOUYôöÔÖ][øùûõïâêàáåãäèéúüëØÙÛÕÏÂÊÀÁÅÃÄÈÉÚÜË]|[a-zA-Z][ñæòî]")
# UTF-8 read as Windows-1252 or Latin-1 ("Há»™i", "tá»‰nh"): a lead byte, then a
# continuation byte. Not legacy Vietnamese, so never reported as such.
_UTF8_AS_LATIN = re.compile("[\u00c2-\u00f4][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                            "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def _looks_legacy(word: str) -> bool:
    """A word that is not a syllable as it is and has the marks of TCVN3 or VNI."""
    return bool((_TCVN3_SYMBOL.search(word) or _VNI_SEQ.search(word)) and not _UTF8_AS_LATIN.search(word))


@dataclass(slots=True)
class Verdict:
    """What :func:`repair` found: ``encoding`` is "TCVN3", "VNI", "TCVN3+VNI" (lines
    of both) or None (left as is); ``unsure`` is a reason when the text looks legacy
    but was not converted."""

    text: str
    encoding: str | None = None
    unsure: str | None = None
    words: int = 0                      # non-ASCII words on the lines that could be legacy
    gains: dict[str, int] | None = None


def _converts_to_syllable(word: str, encoding: str) -> bool:
    return len(word) <= 2 * MAX_SYLLABLE and _converted_ok(word, encoding)


@functools.lru_cache(maxsize=32768)
def _converted_ok(word: str, encoding: str) -> bool:
    return is_syllable(convert(word, encoding))


@dataclass(slots=True)
class _Line:
    """Counts for one line: its non-ASCII words, how many are syllables as they are and
    after each conversion, and how many look legacy."""

    words: int
    raw: int
    conv: dict[str, int]
    suspect: int

    def gain(self, encoding: str) -> int:
        return self.conv[encoding] - self.raw


def _line_stats(line: str) -> _Line:
    ws = nonascii_words(line)
    raw_ok = [is_syllable(w) for w in ws]
    conv = {enc: sum(_converts_to_syllable(w, enc) for w in ws) for enc in (TCVN3, VNI)}
    return _Line(len(ws), sum(raw_ok), conv, sum(1 for w, ok in zip(ws, raw_ok) if not ok and _looks_legacy(w)))


def _choose(line: _Line, major: str, minor: str) -> str:
    """The document's encoding, unless the other one reads this line better."""
    return minor if line.gain(minor) > max(line.gain(major), 0) else major


SAMPLE_WORDS = 20000    # the decision reads at most this many words of a long text


def _line_kinds(lines: list[str]) -> tuple[list[bool], list[int]]:
    """Which lines hold a Unicode Vietnamese letter, and which could be legacy text (no
    such letter, some Latin-1 letter). An ASCII line (``isascii``: a flag, no scan) holds
    neither: the regexes run on the others only (blank lines are a third of a page)."""
    unicode_vi = [not ln.isascii() and _UNICODE_VI.search(ln) is not None for ln in lines]
    candidates = [i for i, ln in enumerate(lines)
                  if not unicode_vi[i] and not ln.isascii() and _SUSPECT.search(ln) is not None]
    return unicode_vi, candidates


# The page's one-byte code (scan.py) read for _line_kinds' question, once a page: "V" a letter
# _UNICODE_VI finds, "S" a character _SUSPECT finds, a line break where str.splitlines breaks
# (of the code's characters, LF and CR), every other byte deleted. A line that could be legacy
# text is then a line of "S" alone.
_KIND_TABLE = bytes(ord("V") if _UNICODE_VI.match(c) else ord("S") if _SUSPECT.match(c)
                    else 10 if c in "\n\r" else 0 for c in _CODE_CHARS)
_KIND_DELETE = bytes(i for i, c in enumerate(_CODE_CHARS)
                     if not (_UNICODE_VI.match(c) or _SUSPECT.match(c) or c in "\n\r"))
# (after a line break put first: the literal lets the engine skip from line break to line break,
# where "^" in MULTILINE would be tried at every byte)
_SUSPECT_ONLY_LINE = re.compile(rb"\nS+(?![^\n])")


def _no_candidate_line(text: str) -> bool:
    """True when surely no line of ``text`` is one :func:`_line_kinds` would try (no Unicode
    Vietnamese letter, some Latin-1 letter): every Vietnamese page holds a Latin-1 letter,
    and its lines were split and searched one by one to find none. Asked on the page's
    one-byte code (:func:`hoptac.core.text.code_of`, kept for ``clean``); False where a
    character lies outside the code (the lines decide)."""
    code = code_of(text)
    if code is None:
        return False
    return _SUSPECT_ONLY_LINE.search(b"\n" + code.translate(_KIND_TABLE, _KIND_DELETE)) is None


def repair(text: str) -> Verdict:
    """Find TCVN3 or VNI text read as Windows-1252 in ``text`` and convert it.

    Returns the text unchanged (``encoding`` None) when it is not legacy text, and
    sets ``unsure`` when it looks legacy but no conversion reads as Vietnamese.
    Each line is converted with the document's encoding, or with the other one when
    that reads the line better (a page pieced together from TCVN3 and VNI sources).
    """
    if not _SUSPECT.search(text) or _no_candidate_line(text):
        return Verdict(text)
    lines = text.splitlines(keepends=True)
    unicode_vi, candidates = _line_kinds(lines)
    stats: dict[int, _Line] = {}
    n = 0
    for i in candidates:
        if n >= SAMPLE_WORDS:
            break
        stats[i] = _line_stats(lines[i])
        n += stats[i].words
    if n == 0:
        return Verdict(text)
    gains = {enc: sum(st.gain(enc) for st in stats.values()) for enc in (TCVN3, VNI)}
    major, minor = (TCVN3, VNI) if gains[TCVN3] >= gains[VNI] else (VNI, TCVN3)
    choice = {i: _choose(st, major, minor) for i, st in stats.items()}
    gain = sum(st.gain(choice[i]) for i, st in stats.items())
    valid = sum(st.conv[choice[i]] for i, st in stats.items())
    if not (gain >= max(MIN_GAIN, MIN_GAIN_SHARE * n) and valid >= MIN_VALID_SHARE * n):
        suspect = sum(st.suspect for st in stats.values())
        unsure = None
        if gain >= max(MIN_GAIN, UNSURE_GAIN_SHARE * n) and suspect >= max(3, SUSPECT_SHARE * n):
            unsure = M_("looks like TCVN3/VNI legacy Vietnamese but could not be converted "
                        "({suspect} of {n} words look legacy; after conversion {valid} read as Vietnamese)",
                        suspect=suspect, n=n, valid=valid)
        return Verdict(text, None, unsure, n, gains)
    # A page that is all legacy is converted throughout (lines that read no worse);
    # where Unicode lines are mixed in, a line is converted only when it reads better.
    pure = not any(unicode_vi)
    one_encoding = pure and all(c == major for c in choice.values())
    out = list(lines)
    used: set[str] = set()
    for i in candidates:
        if one_encoding and i not in stats:  # past the sample of a page all in one encoding
            out[i] = convert(lines[i], major)
            continue
        st = stats.get(i) or _line_stats(lines[i])
        enc = choice.get(i) or _choose(st, major, minor)
        g = st.gain(enc)
        if g > 0 or (pure and g == 0):
            out[i] = convert(lines[i], enc)
            used.add(enc)
    encoding = "+".join(e for e in (TCVN3, VNI) if e in used) or major
    return Verdict(unicodedata.normalize("NFC", "".join(out)), encoding, None, n, gains)
