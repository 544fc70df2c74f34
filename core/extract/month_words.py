"""Months written in words in a page's stamp, as blog and portal themes in Vietnamese print them:
"15 Tháng Sáu, 2009", "Thứ Hai, 15 Tháng Sáu 2009", "Tháng Sáu 15, 2009", "15 Tháng Mười Hai, 2014 - 08:30".
:func:`numeric_months` rewrites such a stamp with the month as a number, day first and a comma before the
year ("15 tháng 6, 2009"; "Thứ Hai, 15 Tháng 6 2009" gets its comma too), the shape the publication forms of :mod:`.stamps` read. Only stamps are rewritten
(:func:`.stamps.parse_published`): a sentence's "tháng Năm" is left as it is.

Each row of :data:`MONTH_WORDS` is a month's name (as written, any case) and its number.
"""

from __future__ import annotations

import re

from ..text import fold

__all__ = ["MONTH_WORDS", "check_month_word", "month_of_word", "numeric_months"]

#: (the month's name after "Tháng", its number); the longer names first.
MONTH_WORDS: tuple[tuple[str, int], ...] = (
    ("Mười Một", 11), ("Mười Hai", 12), ("Mười", 10), ("Giêng", 1), ("Một", 1), ("Hai", 2), ("Ba", 3),
    ("Tư", 4), ("Năm", 5), ("Sáu", 6), ("Bảy", 7), ("Tám", 8), ("Chín", 9), ("Chạp", 12),
)
_NUMBER = {w.lower(): n for w, n in MONTH_WORDS}
_NAMED = re.compile(r"\b[Tt]háng\s+(" + "|".join(w.replace(" ", r"\s+") for w, _ in MONTH_WORDS) + r")\b",
                    re.IGNORECASE)
#: "tháng 6 15, 2009" (the month first): the day first.
_MONTH_FIRST = re.compile(r"\btháng\s+(\d{1,2})\s+(\d{1,2}),\s*(\d{4})\b", re.IGNORECASE)
#: "tháng 6 2009" (no comma before the year): with one.
_NO_COMMA = re.compile(r"\b(tháng\s+\d{1,2})\s+(\d{4})\b", re.IGNORECASE)


def numeric_months(s: str) -> str:
    """``s`` with a month written in words ("Tháng Sáu") as "tháng 6", day first, a comma before a year that
    follows the month; unchanged when it names no month in words."""
    if "háng" not in s and "HÁNG" not in s:
        return s
    out = _NAMED.sub(lambda m: "tháng " + str(_NUMBER[" ".join(m.group(1).lower().split())]), s)
    out = _MONTH_FIRST.sub(r"\2 tháng \1, \3", out)
    return _NO_COMMA.sub(r"\1, \2", out)   # "Thứ Hai, 15 Tháng 6 2009" too


# --- a month in words in a sentence's date (round 35: date_rules' dm_month_word) ----------------------------

#: The solar months' names as a sentence writes them after "ngày 5 tháng" (capitalised; "Mười một" or "Mười
#: Một"); "Giêng" and "Chạp" name lunar months and are left out.
_SOLAR_WRITTEN = {w: n for w, n in MONTH_WORDS if w not in ("Giêng", "Chạp")}
_SOLAR_WRITTEN.update({"Mười một": 11, "Mười hai": 12})
#: After the month, a lunar day: "âm lịch", "AL", "năm Giáp Thìn" (a year named by its stem and branch).
_LUNAR_AFTER = re.compile(r"\s*(?:\(\s*)?(?:âm\s+lịch|ÂL\b|AL\b|(?:,\s*)?năm\s+(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\b)")


def month_of_word(written: str) -> int:
    """``"Mười Một"`` → 11 (the group the rule matched, any spacing)."""
    return {fold(w): n for w, n in MONTH_WORDS}[fold(" ".join(written.split()))]


def check_month_word(g, text, start, end) -> bool:
    """The month written as a name should be ("Ba", "Tư", "Mười Một"), after "ngày" or a part of the day, and no
    lunar day after it."""
    written = " ".join((g.get("mw") or "").split())
    if written not in _SOLAR_WRITTEN:
        return False
    return _LUNAR_AFTER.match(text, end) is None
