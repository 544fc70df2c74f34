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
| NOT: after "là"                | "sáu tỉnh giáp với Tây Nguyên là Quảng Nam, Quảng Ngãi, …": the   |
|                                | names the neighbours themselves bear, the subject of "giáp"       |
"""

from __future__ import annotations

from ..places import Place, PlaceMention

__all__ = ["NEIGHBOUR_WORDS", "neighbours"]

#   (words as written, example)
NEIGHBOUR_WORDS: tuple[tuple[str, str], ...] = (
    ("nối với", "tỉnh nối với Champasak của Lào và Quảng Nam qua con đường mới"),
    ("giáp", "phía Bắc giáp tỉnh Quảng Bình, phía Nam giáp Thừa Thiên Huế"),
    ("tiếp giáp", "huyện tiếp giáp với tỉnh Kon Tum"),
)
_WORDS = ("nối với", "giáp")   # searched as written; "tiếp giáp", "giáp ranh với" contain them
_AFTER = 40


def neighbours(text: str, mentions: list[PlaceMention], places: dict[int, Place]) -> set[int]:
    """The starts of the mentions named as a neighbour ("… nối với A và B qua cầu")."""
    out: set[int] = set()
    for word in _WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (word == "nối với" and text.endswith("kết ", 0, at)) and (at == 0 or not text[at - 1].isalnum()) \
                    and text[end:end + 1].isspace():
                for m in mentions:
                    if m.start in places and end < m.start <= end + _AFTER and \
                            not any(c in text[end:m.start] for c in ".;:\n") and " là " not in text[end:m.start]:
                        out.add(m.start)
            at = text.find(word, end)
    return out
