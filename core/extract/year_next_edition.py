"""The next edition of a yearly occasion told ahead with its year: the page's edition is the year before (round
33, late33a).

A yearly occasion ("hàng năm", "hằng năm", "thường niên") numbered by its edition: the page tells its own edition
("Hội trại … lần thứ 5 đã diễn ra …") and, at its end, the next one ahead with its year ("Hội trại … lần thứ 6 sẽ
được tổ chức vào năm 2013 tại tỉnh B"). One edition a year: the page's is the year before (round 33, social33k
09, where the next edition's year was the only year of the page, an upper bound only, and the days stayed without
a year).

==================  =======================================================================================  ======
shape               example (written for the table)                                                          reads
==================  =======================================================================================  ======
``next_edition``    "Ngày hội giao lưu lần thứ 3 diễn ra sôi nổi … Đây là hoạt động thường niên của hai      Y - 1
                    huyện. Ngày hội lần thứ 4 sẽ được tổ chức vào năm 2019 tại huyện B." -- the edition
                    after the page's, told ahead in year Y
==================  =======================================================================================  ======

Not this shape (no cue):

* no word says the occasion is yearly, or it is held every second year ("hai năm một lần", "2 năm/lần"): the next
  edition may be two years on;
* the page names no edition just before the next one ("lần thứ 6 sẽ …" with no "lần thứ 5" earlier in the page):
  which edition the page holds is not known;
* the page names the next edition before it tells its year ("Hai tỉnh họp bàn chuẩn bị Ngày hội lần thứ 4 …"): the
  page's occasion may be one on the way to it, in its year or the year before;
* the next edition not told ahead ("lần thứ 6 đã tổ chức năm 2013": an edition told as done, a bound at most).

Editions in digits or Roman numerals. Matched on folded text (no accents, no case, đ→d); gated on the letters
"lần" just before the year.
"""

from __future__ import annotations

import re

__all__ = ["NEXT_EDITION", "YEARLY", "next_edition"]

NEXT_EDITION: tuple[tuple[str, str], ...] = (
    ("next_edition", "Đây là hoạt động thường niên của hai huyện. Ngày hội lần thứ 4 sẽ được tổ chức vào năm 2019"),
)
#: Words that make the occasion yearly (folded).
YEARLY: tuple[str, ...] = ("hang nam", "thuong nien", "moi nam mot lan", "nam nao cung")
_YEARLY = re.compile(r"\b(?:%s)\b" % "|".join(YEARLY))
_EVERY_OTHER = re.compile(r"\b(?:hai|2)\s+nam\s*(?:mot\s+lan|/\s*lan|/\s*1\s+lan)")
#: "lần (thứ) N, sẽ (được) tổ chức / diễn ra (vào|trong) (năm)" right before the year; N in digits or Roman.
_AHEAD = re.compile(r"\blan\s+(?:thu\s+)?(\d{1,2}|[ivx]{1,5})\b[^.;:!?\n]{0,60}?\b(?:se|du kien)\s+(?:duoc\s+)?"
                    r"(?:to chuc|dien ra|dang cai|khai mac)(?:\s+[^\s.,;:!?]+){0,6}?\s+(?:vao\s+|trong\s+)?(?:nam\s+)?$")
_ROMAN = {"i": 1, "v": 5, "x": 10}


def _number(numeral: str) -> int:
    if numeral.isdigit():
        return int(numeral)
    total = 0
    for a, b in zip(numeral, numeral[1:] + " "):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def next_edition(folded: str, start: int) -> int | None:
    """Where the next edition's words open (a position in ``folded``, the page folded character by character),
    when the year mention at ``start`` dates the next edition of a yearly occasion told ahead and the page names the
    edition before it earlier (see the module); else None."""
    m = _AHEAD.search(folded, max(0, start - 150), start)
    if m is None:
        return None
    n = _number(m.group(1))
    if n < 2 or not _YEARLY.search(folded) or _EVERY_OTHER.search(folded):
        return None
    if _edition(n).search(folded, 0, m.start()):
        return None   # the next edition named before: a page about it ("họp bàn chuẩn bị Ngày hội lần thứ 4")
    return m.start() if _edition(n - 1).search(folded, 0, m.start()) else None


def _edition(n: int) -> re.Pattern[str]:
    """ "lần (thứ) N", N in digits or Roman numerals."""
    numerals = sorted({str(n)} | ({_roman(n)} if n <= 39 else set()))
    return re.compile(r"\blan\s+(?:thu\s+)?(?:%s)\b" % "|".join(numerals))


def _roman(n: int) -> str:
    out = ""
    for v, s in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out, n = out + s, n - v
    return out
