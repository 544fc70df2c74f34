"""Is a word a Vietnamese syllable? The test legacy-encoding detection rests on.

A syllable is an optional initial consonant, a vowel nucleus (open, or closed by a final
consonant) and at most one tone mark placed where Vietnamese writes it: "nghiêng",
"khuếch", "hợp", "tác" are syllables; "c¸c" (TCVN3 read as Windows-1252), "caùc" (VNI) and
"hopw" are not. :func:`syllable_score` counts a text's non-ASCII words that are syllables
minus those that are not.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["TONES", "MAX_SYLLABLE", "is_syllable", "syllable_score", "nonascii_words"]

TONES = "\u0300\u0301\u0309\u0303\u0323"            # huyền, sắc, hỏi, ngã, nặng

_INITIALS = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split()
_OPEN = ("a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy ưa ưi ưu "
         "iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu").split()   # no final consonant
_CLOSED = "a ă â e ê i o ô ơ u ư oa oă oe oo uâ uê uô uy ươ iê yê uyê".split()  # before a final
_FINALS = "ch ng nh c m n p t".split()


def _alt(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


_SYLLABLE = re.compile(rf"(?:{_alt(_INITIALS)})?(?:(?P<open>{_alt(_OPEN)})|(?P<closed>{_alt(_CLOSED)})(?:{_alt(_FINALS)}))")
_TONE_MARKS = frozenset(TONES)


MAX_SYLLABLE = 12       # "nghiêng", "khuếch" … (legacy spellings are a little longer)


def is_syllable(word: str) -> bool:
    """A Vietnamese syllable in any normal form, lower case, capitalised or all
    capitals: ``tỉnh``, ``Được``, ``NGHỊ``; not ``tØnh``, ``chÕ``, ``vaø``, ``café``."""
    return (len(word) <= MAX_SYLLABLE and (word.islower() or word.isupper() or word[1:].islower())
            and _is_syllable(word))


@functools.lru_cache(maxsize=32768)
def _is_syllable(word: str) -> bool:
    bare = []
    tone_at = -1
    for i, ch in enumerate(unicodedata.normalize("NFC", word.lower())):
        parts = unicodedata.normalize("NFD", ch)
        kept = "".join(c for c in parts if c not in _TONE_MARKS)
        if len(kept) != len(parts):
            if tone_at >= 0 or len(parts) - len(kept) > 1:
                return False  # two tone marks
            tone_at = i
        kept = unicodedata.normalize("NFC", kept)
        if len(kept) != 1:
            return False
        bare.append(kept)
    m = _SYLLABLE.fullmatch("".join(bare))
    if m is None:
        return False
    if tone_at < 0:
        return True
    group = "open" if m.group("open") is not None else "closed"
    return _tone_in_place(m.group(group), tone_at - m.start(group), group == "closed")


def _tone_in_place(nucleus: str, pos: int, closed: bool) -> bool:
    """Where Vietnamese spelling puts the tone mark (old and new styles both accepted):
    on the vowel with a diacritic (ươ: on ơ); else before a final consonant on the last
    vowel; else on the first of two vowels (oa, oe, uy: either) and the middle of three."""
    marked = [k for k, c in enumerate(nucleus) if c in "ăâêôơư"]
    if marked:
        return pos == marked[-1]
    if closed:
        return pos == len(nucleus) - 1 or nucleus == "oo"
    if len(nucleus) == 1:
        return pos == 0
    if nucleus in ("oa", "oe", "uy"):
        return pos in (0, 1)
    return pos == (0 if len(nucleus) == 2 else 1)


# Words are split on white space and ASCII/typographic punctuation only: the Latin-1
# symbols (¸ ® µ «) are TCVN3 letters and stay inside their words.
_SPLIT = re.compile(r"[\s!-/:-@\[-`{-~\u2010-\u2027\u00a0]+")


def nonascii_words(line: str) -> list[str]:
    return [w for w in _SPLIT.split(line) if w and not w.isascii()]


def syllable_score(text: str) -> int:
    """Non-ASCII words that are Vietnamese syllables minus those that are not."""
    return sum(1 if is_syllable(w) else -1 for w in nonascii_words(text))
