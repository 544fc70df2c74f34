"""Samples in legacy encodings, for the decoding tests."""

from __future__ import annotations

import unicodedata

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_bytes(s: str) -> bytes:
    """Windows-1258 as Vietnamese editors wrote it: the vowel (â, ơ, … exist in the code
    page) followed by a combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        parts = unicodedata.normalize("NFD", ch)
        tones = [c for c in parts if c in _TONES]
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258") + "".join(tones).encode("cp1258")
    return bytes(out)
