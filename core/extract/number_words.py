"""Vietnamese number words, folded ("một" → "mot"), as the rules count with them ("sơ kết 5 năm", "hai tỉnh",
"trong ba ngày", "9 tỉnh của 3 nước").

One table: each rule takes the range it reads with :func:`counting` (the same words in the same order, so a
pattern built from them stays the pattern it was). Ordinals ("lần thứ nhất", "thứ tư") are another table
(:mod:`.other_occasions`, :mod:`.year_shapes`): "tư" counts only after "thứ".
"""

from __future__ import annotations

__all__ = ["NUMBER_WORDS", "counting"]

NUMBER_WORDS: dict[str, int] = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
                                "chin": 9, "muoi": 10}


def counting(low: int, high: int) -> dict[str, int]:
    """The number words from ``low`` to ``high`` (both included), in counting order."""
    return {w: n for w, n in NUMBER_WORDS.items() if low <= n <= high}
