"""A military unit's or a court's name inside a person's title is one word (known22; read by
:func:`hoptac.core.extract.people._glue_departments`): a title stops at the first lower-case word
it does not know, and these names hold lower-case words ("Quân khu 1", "Bộ đội Biên phòng",
"Viện kiểm sát Quân sự"), so "Viện trưởng Viện kiểm sát Quân sự Quân khu 1" was cut after "Quân".
Matched on folded text (no accents, no case, đ→d). Each row: (folded pattern, example written for
the docs).
"""

from __future__ import annotations

import re

__all__ = ["UNITS", "unit_names"]

UNITS: tuple[tuple[str, str], ...] = (
    (r"quan (?:khu|doan) \d+", "Tư lệnh Quân khu 4; Chính ủy Quân đoàn 3"),
    (r"quan chung (?:hai quan|phong khong(?: [-–] | )khong quan|luc quan)", "Tư lệnh Quân chủng Hải quân"),
    (r"(?:binh|su|lu|trung|hai|tieu) doan \d+", "Sư đoàn trưởng Sư đoàn 316; Lữ đoàn 147"),
    (r"vung \d+ (?:hai quan|canh sat bien)", "Chính ủy Bộ Tư lệnh Vùng 2 Hải quân"),
    (r"bo doi bien phong", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh A"),
    (r"bo chi huy quan su", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh A"),
    (r"tieu khu quan su", "Chỉ huy trưởng Tiểu khu Quân sự tỉnh A (a Cambodian province's command)"),
    (r"(?:vien kiem sat|toa an) (?:nhan dan|quan su)", "Viện trưởng Viện kiểm sát Quân sự Quân khu 1"),
)

def _alternatives(row: str) -> list[str]:
    """A row's pattern as alternatives that each open with a plain letter: a leading group of
    words ("(?:binh|su|lu) doan \\d+") spread over the rest ("binh doan \\d+", "su doan \\d+", …), in order."""
    if not row.startswith("(?:"):
        return [row]
    depth, i = 0, 0
    for i, c in enumerate(row):
        depth += c == "("
        depth -= c == ")"
        if depth == 0:
            break
    inner, rest = row[3:i], row[i + 1:]
    assert "(" not in inner and "\\" not in inner, row   # plain words only (the rows above)
    return [a + rest for a in inner.split("|")]


_ALTS = [a for p, _ in UNITS for a in _alternatives(p)]
#: as written: r"(?<![\w])(?:" + "|".join(p for p, _ in UNITS) + r")(?![\w])"; compiled with each
#: alternative's first letter first and the look-behind after it (vocab.DEPARTMENT_RE's way: the engine
#: skips from one first letter to the next instead of trying every character; alternatives that open
#: with other letters never match at one place, so the order that matters is kept; the same
#: matches, tests/test_prefilters_*.py)
_UNIT_RE = re.compile("(?:" + "|".join(
    f"{first}(?<!\\w.)(?:" + "|".join(a[1:] for a in _ALTS if a[0] == first) + ")"
    for first in dict.fromkeys(a[0] for a in _ALTS)) + r")(?![\w])")
#: A word each row holds (most titles hold none: no search then).
_HINTS = ("quan", "doan", "bo doi", "toa an", "vien kiem sat")
#: ... found by one search of their alternation (the same answer as five `in` tests: tests/test_prefilters_stages.py)
_HINT_RE = re.compile("|".join(map(re.escape, _HINTS)))
#: A name runs on over the next unit's ("Viện kiểm sát Quân sự" + " " + "Quân khu 1").
_GAP = re.compile(r" ")


def unit_names(folded: str) -> list[tuple[int, int]]:
    """The spans of the units' and courts' names in ``folded`` (a title's folded text), units
    written one after the other taken as one name."""
    if _HINT_RE.search(folded) is None:
        return []
    out: list[tuple[int, int]] = []
    for m in _UNIT_RE.finditer(folded):
        if out and _GAP.fullmatch(folded, out[-1][1], m.start()):
            out[-1] = (out[-1][0], m.end())
        else:
            out.append(m.span())
    return out
