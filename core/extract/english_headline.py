"""An English headline over the Vietnamese one (meta35): bilingual sites print the headline's English rendering on
the line above it. Read first, the English line was the headline, and the Vietnamese one under it a teaser: its
occasion ("Ký kết …") told the type no more.

    Hua Phan and Phu Tho step up cooperation                          (English: chrome)
    Ký kết bản ghi nhớ hợp tác hữu nghị giữa hai tỉnh Phú Thọ và Hủa Phăn   (the headline)

A line is English when it has no letter outside ASCII and holds an English function word (:data:`ENGLISH_WORDS`):
a Vietnamese headline written without its accents ("Tuan le xoai Son La tai Ha Noi") holds none. Only over a
line with Vietnamese letters that reads like a title.

Used by :func:`hoptac.core.extract.article.parse_article` once it has picked the headline.
"""

from __future__ import annotations

import re

from ..messages import M_
from .chrome import is_titlelike

__all__ = ["ENGLISH_WORDS", "WHY_ENGLISH", "english_over_headline"]

#: English function words (lower case), one of which an English headline holds: "Hua Phan and Phu Tho step up
#: cooperation", "Delegation of Quang Nam visits Sekong", "Training course for teachers in Kon Tum".
ENGLISH_WORDS = ("and", "of", "the", "with", "for", "to", "in", "on")
_ENGLISH_WORD = re.compile(r"\b(?:" + "|".join(ENGLISH_WORDS) + r")\b")

WHY_ENGLISH = M_("an English headline over the Vietnamese one")


def english_over_headline(top, title_i: int | None, reasons: list) -> int | None:
    """The Vietnamese headline's index when ``top[title_i]`` is its English rendering right over it, else None."""
    if title_i is None or title_i + 1 >= len(top) or title_i + 1 >= len(reasons) or reasons[title_i + 1] is not None:
        return None
    eng, vi = top[title_i].raw, top[title_i + 1]
    if not eng.isascii() or vi.raw.isascii() or not _ENGLISH_WORD.search(eng.lower()):
        return None
    return title_i + 1 if is_titlelike(vi.raw, vi.folded) else None
