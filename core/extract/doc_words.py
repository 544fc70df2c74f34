"""Is the number at ``start`` a document's or a count's ("số 12/3", "Bài 3/4", "lần thứ 2/3", "chiếm 2/3", "Quyết
định 12/3", a draw "hòa 1/1")? :func:`doc_before` reads the one or two words before it against
date_rules.DOC_WORDS (folded: no accents); the rules ``not_doc`` and ``paren_dm`` refuse a date there.

Folded, some of those words are other words too (round 36), told apart two ways:

* by their accents (:data:`OTHER_SPELLINGS`): "tỉnh Yên Bái (5/3)" is no "Bài 5/3", "Bình Dương (5/3)" no "đường
  5/3", "Thái Lan (5/3)" no "lần", "lúa Hè Thu (29/8)" no "thứ", "Luông Pha Bang (15/12)" no "bằng"; only on a page
  written with accents;
* by their capitals (:data:`NAME_ENDINGS`), where the name is spelt as the word: written with a capital after
  another capitalised word, the end of a place's name: "Hải Phòng (5/3)" no room, "Sông Mã (5/3)" no code,
  "Sông Lô (5/3)" no lot, "Sông Cầu (5/3)" no bridge, "Khánh Hòa (5/3)" no draw; the word lower case, or
  capitalised alone, is still the document's or the count's ("phòng 3/2", "Quyết định 12/3", "hòa 1/1").
"""

from __future__ import annotations

import re

from .date_rules import DOC_WORDS
from ..text import fold

__all__ = ["NAME_ENDINGS", "OTHER_SPELLINGS", "doc_before"]

_WORD = re.compile(r"\w+")
_DOC_WORDS = frozenset(DOC_WORDS)
_DRAW = ("hòa", "hoà")

#: A document's or a count's word (folded) -> how other words folding the same are written (lower case), with
#: an example.
OTHER_SPELLINGS: dict[str, tuple[tuple[str, ...], str]] = {
    "bai": (("bái",), "Yên Bái"),
    "duong": (("dương",), "Bình Dương, Hải Dương"),
    "lan": (("lan",), "Thái Lan, Phần Lan"),
    "thu": (("thu",), "lúa Hè Thu, mùa thu"),
    "bang": (("bang",), "Luông Pha Bang, bang Bavaria"),
}
#: A document's or a count's word (folded) that, spelt the same, ends a place's name, with an example of the name.
NAME_ENDINGS: dict[str, str] = {
    "hoa": "Khánh Hòa",
    "phong": "Hải Phòng",
    "ma": "Sông Mã",
    "lo": "Sông Lô",
    "cau": "Sông Cầu",
}
#: Two capitalised words, the second ending at the window's end (after it only a space or "(").
_NAMED = re.compile(r"(?<!\w)[^\W\d_]\w*[ \t]+([^\W\d_])\w*[ \t]*\(?[ \t]*\Z")


def _named(text: str, lo: int, start: int) -> bool:
    m = _NAMED.search(text, lo, start)
    return m is not None and m.group(0)[0].isupper() and m.group(1).isupper()


def doc_before(text: str, start: int) -> bool:
    """One of DOC_WORDS (or two as one: "quyết định") just before ``start``, not written as another word
    (:data:`OTHER_SPELLINGS`) nor ending a place's name (:data:`NAME_ENDINGS`)."""
    lo = max(0, start - 24)
    written = _WORD.findall(text, lo, start)[-2:]
    words = [fold(w) for w in written]   # "hòa 1/1" is a draw, "văn hóa 8/3" no number:
    if not words:
        return False
    if " ".join(words) in _DOC_WORDS:
        return True
    last = words[-1]
    if last not in _DOC_WORDS or (last == "hoa" and written[-1].lower() not in _DRAW):
        return False
    if last in OTHER_SPELLINGS and written[-1].lower() in OTHER_SPELLINGS[last][0] \
            and not text[max(0, start - 80):start + 20].isascii():
        return False
    return not (last in NAME_ENDINGS and _named(text, lo, start))
