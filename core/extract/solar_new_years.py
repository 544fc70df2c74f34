"""The month of a solar New Year (round 51, late51b): an occasion dated only by the year that names it.

Lao, Khmer and Thai New Years fall on fixed days of the solar calendar (13-17 April), unlike the
Vietnamese Tết Nguyên đán (a lunar date: January or February, so never given a month here). A page
that tells a greeting visit "nhân dịp Tết cổ truyền Bunpimay 2022" and no day gives the year from the
festival's name (cue ``named_year``); the festival's name gives its month as well: April. Only when the
cue that gives the year is that festival's own name (the words of the cue hold it) -- a year told
elsewhere on the page says nothing of the month.

Each pattern is named, with an example (our own sentence), matched on folded text (no accents, no
case, đ→d), in a table a linguist can review.
"""

from __future__ import annotations

import re

__all__ = ["SOLAR_NEW_YEARS", "month_of_named_year", "solar_new_year_month"]

#: (name, month, pattern on folded text, example of our own)
SOLAR_NEW_YEARS: tuple[tuple[str, int, str, str], ...] = (
    ("bunpimay", 4, r"\bbun\s*-?\s*pi\s*-?\s*ma[yi]\b",
     "Đoàn tỉnh A sang chúc mừng Tết cổ truyền Bunpimay 2023 của nhân dân tỉnh B (Lào)."),
    ("chol_chnam_thmay", 4, r"\bchol\s*-?\s*chnam\s*-?\s*thmay\b",
     "Đoàn tỉnh A thăm, chúc Tết cổ truyền Chôl Chnăm Thmây 2024 tỉnh B (Campuchia)."),
    ("songkran", 4, r"\bsongkran\b",
     "Đoàn thành phố A dự Tết té nước Songkran 2019 tại tỉnh B (Thái Lan)."),
)

_PATTERNS = tuple((name, month, re.compile(pat)) for name, month, pat, _ in SOLAR_NEW_YEARS)
_CLOSED = tuple((name, month, re.compile(pat + r"\s*,?\s*$")) for name, month, pat, _ in SOLAR_NEW_YEARS)
#: how far before the year the festival's name may start ("Chol Chnam Thmay 2024")
_REACH = 30


def solar_new_year_month(folded_words: str) -> int | None:
    """The month of the solar New Year the words name ("Bunpimay 2022": 4), or None."""
    for _name, month, pat in _PATTERNS:
        if pat.search(folded_words):
            return month
    return None


def month_of_named_year(folded: str, year_pos: int) -> int | None:
    """The month of the solar New Year whose name the year at ``year_pos`` closes ("Tết cổ truyền
    Bunpimay 2022": 4); None when the year closes another name."""
    window = folded[max(0, year_pos - _REACH):year_pos]
    for _name, month, pat in _CLOSED:
        if pat.search(window):
            return month
    return None
