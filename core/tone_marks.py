"""Where a syllable's tone mark sits: the old style and the new one, made one.

Vietnamese is printed two ways in an open syllable of "oa", "oe" or "uy": the old style
marks the second vowel ("Hoà Bình", "Uỷ ban"), the new one the first ("Hòa Bình", "Ủy ban").
Both are correct and both appear on one page, so "Ủy viên" and "Uỷ viên" are one title. Folding
(:func:`hoptac.core.text.fold`) drops the marks and makes them alike already; this keeps the
accents and moves the mark, for text shown to people (the people view's titles).

=========  ==========  ==============================================================
old        new         only when
=========  ==========  ==============================================================
oà oá oả   òa óa ỏa    the syllable ends there (not "hoàng": its "a" closes on "ng")
oã oạ      õa ọa
oè oé oẻ   òe óe ỏe    the same
oẽ oẹ      õe ọe
uỳ uý uỷ   ùy úy ủy    the same, and not after "q" ("quý": "qu" is one consonant)
uỹ uỵ      ũy ụy
=========  ==========  ==============================================================
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["new_tone_placement"]

_TONES = "\u0300\u0301\u0309\u0303\u0323"   # grave, acute, hook above, tilde, dot below


def _pairs() -> dict[str, str]:
    out = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second), (first.upper(), second.upper())):
                old = unicodedata.normalize("NFC", f + s + tone)
                new = unicodedata.normalize("NFC", f + tone + s)
                out[old] = new
    return out


_NEW = _pairs()
_OLD = re.compile("(?<![qQ])(?:" + "|".join(sorted(_NEW)) + r")(?!\w)")


def new_tone_placement(s: str) -> str:
    """``"Uỷ viên"`` → ``"Ủy viên"``, ``"Hoà Bình"`` → ``"Hòa Bình"``; ``"hoàng"``, ``"quý"`` kept (NFC in, NFC out)."""
    return _OLD.sub(lambda m: _NEW[m.group()], s) if s else s
