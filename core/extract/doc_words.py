"""Is the number at ``start`` a document's or a count's ("số 12/3", "Bài 3/4", "lần thứ 2/3", "chiếm 2/3", "Quyết
định 12/3", a draw "hòa 1/1")? :func:`doc_before` reads the one or two words before it against
date_rules.DOC_WORDS; the rules ``not_doc`` and ``paren_dm`` refuse a date there.

Some of those words, written with a capital after another capitalised word, end a place's name (round 36):
"Yên Bái (5/3)" is no "Bài 5/3", "tỉnh Bình Dương (5/3)" no "đường 5/3", "Khánh Hòa (5/3)" no draw, "Thái Lan
(5/3)" no "lần", "Hải Phòng (5/3)" no room, "Sông Mã (5/3)" no code, "Sông Lô (5/3)" no lot, "Sông Cầu (5/3)" no
bridge. Each row of :data:`NAME_ENDINGS` is such a word and a name it ends; the word lower case, or capitalised
alone, is still the document's or the count's ("đường 5/3", "Bài 3/4", "Quyết định 12/3").
"""

from __future__ import annotations

import re

from .date_rules import DOC_WORDS
from ..text import fold

__all__ = ["NAME_ENDINGS", "doc_before"]

_WORD = re.compile(r"\w+")
_DOC_WORDS = frozenset(DOC_WORDS)
_DRAW = ("hòa", "hoà")

#: A document's or a count's word (folded) that also ends a place's name, with an example of the name.
NAME_ENDINGS: dict[str, str] = {
    "bai": "Yên Bái",
    "duong": "Bình Dương, Hải Dương",
    "hoa": "Khánh Hòa, Thanh Hóa",
    "lan": "Thái Lan, Phần Lan",
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
    """One of DOC_WORDS (or two as one: "quyết định") just before ``start``, and not the end of a place's name
    (:data:`NAME_ENDINGS`)."""
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
    return not (last in NAME_ENDINGS and _named(text, lo, start))
