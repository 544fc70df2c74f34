"""Places named as geography are no partners (used by :mod:`.partners`).

A profile of a partner often says where it lies: what it borders or what a bridge or road
joins it to ("Tỉnh A nối với tỉnh B của Lào và tỉnh C của Việt Nam qua cầu …", "phía Bắc
giáp tỉnh D"). The places named right after such a word are its neighbours, not sides of
the occasion. The words (in the sentence, at most ``_AFTER`` characters before the place,
lower-case as written: "Giáp" opens names and years; "kết nối với" is a link between
partners and is left alone):

| words                          | example (written for this table)                                 |
|--------------------------------|------------------------------------------------------------------|
| nối với                        | "tỉnh nối với Champasak của Lào và Quảng Nam qua con đường …"     |
| giáp, giáp với, giáp ranh (với) | "phía Bắc giáp tỉnh Quảng Bình, phía Nam giáp Thừa Thiên Huế"     |
| tiếp giáp (với)                | "huyện tiếp giáp với tỉnh Kon Tum"                                |
"""

from __future__ import annotations

import re

from ..places import Place, PlaceMention

__all__ = ["NEIGHBOUR_WORDS", "neighbours"]

#   (words as written, example)
NEIGHBOUR_WORDS: tuple[tuple[str, str], ...] = (
    ("nối với", "tỉnh nối với Champasak của Lào và Quảng Nam qua con đường mới"),
    ("giáp", "phía Bắc giáp tỉnh Quảng Bình, phía Nam giáp Thừa Thiên Huế"),
    ("tiếp giáp", "huyện tiếp giáp với tỉnh Kon Tum"),
)
_WORD_RE = re.compile(r"(?<!\w)(?<!kết )(?:nối với|(?:tiếp )?giáp(?: ranh)?(?: với)?)\s")
_AFTER = 40
_GATE = ("nối với", "giáp")


def neighbours(text: str, mentions: list[PlaceMention], places: dict[int, Place]) -> set[int]:
    """The starts of the mentions named as a neighbour ("… nối với A và B qua cầu")."""
    out: set[int] = set()
    if not any(w in text for w in _GATE):
        return out
    for w in _WORD_RE.finditer(text):
        for m in mentions:
            if m.start in places and w.end() <= m.start <= w.end() + _AFTER and \
                    not any(c in text[w.end():m.start] for c in ".;:\n"):
                out.add(m.start)
    return out
