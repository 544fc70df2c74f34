"""A place that ends a title, one of its syllables written small ("Bí thư Thành ủy Vũng tàu",
"Chủ tịch UBND tỉnh Bình định"): pages type a place's later syllables in lower case, and a
title read word by word stopped at the first of them ("… Thành ủy Vũng").

The rule, with its example: where a title stops at a lower-case word, the one to three
capitalised words that end it and the one or two lower-case words after them are kept when
together they are a place the gazetteer knows (matched folded, as the places are) and the
capitalised words alone are not one ("Vũng" is none, "Vũng tàu" is Vũng Tàu). A title ending
with a whole place ("… tỉnh Hà Tĩnh đã …") keeps its words as before.
"""

from __future__ import annotations

__all__ = ["place_tail"]

_STRIP = "\"'“”.…;:!?"


def place_tail(keep: list[str], rest: list[str], is_place) -> list[str]:
    """The lower-case words of ``rest`` (the first stopped a title whose words so far are
    ``keep``) that finish a place begun by the capitalised words ending ``keep``: none, one or
    two, without the marks around them."""
    if is_place is None or not keep or not rest:
        return []
    caps: list[str] = []
    for w in reversed(keep[-3:]):
        if not w[:1].isupper() or "\u2060" in w:
            break
        caps.insert(0, w)
    if not caps:
        return []
    for more in (2, 1):
        small = [w.strip(_STRIP) for w in rest[:more]]
        if len(small) < more or not all(w[:1].islower() and w.isalpha() for w in small):
            continue
        for k in range(len(caps), 0, -1):
            head = caps[-k:]
            if is_place(" ".join(head + small)) and not is_place(" ".join(head)):
                return small
    return []
