"""Districts listed bare after "N địa phương" (used by :mod:`hoptac.core.places_match`).

A district's name alone is no place (see :mod:`hoptac.core.places_match`: "Bắc Hà", "Vinh" may be
words or people). Papers still list the districts of one province without a level word when a
count of "địa phương" (localities) introduces them: "Công an 3 địa phương Duy Xuyên, Điện Bàn và
Hội An ký quy chế phối hợp", "hai địa phương Tam Kỳ và Núi Thành". The introducing words say the
names are localities, and a list of several district names all of one province says which: a
careful reader knows them as that province's districts though the province is named nowhere.

Each name of such a list is then that district when

* the list follows "các / những / hai / ba / … / a number" + "địa phương" (and ":", "là", "gồm"),
  in one sentence, names joined by ",", "và" or "cùng", each capitalised and written with the
  district's own marks in an accented text;
* every name is a district-level unit of Việt Nam (thành phố, thị xã, huyện, quận) and none is a
  province's name (a province's list is read as before);
* there are two names or more, and the provinces of their districts have exactly one in common
  (one name alone, or names of two provinces, say nothing).

==============================================  ============================================
written (examples of our own)                   read
==============================================  ============================================
"Công an 3 địa phương Duy Xuyên, Điện Bàn và    thị xã Điện Bàn, huyện Duy Xuyên, thành phố
Hội An ký kết …"                                Hội An (Quảng Nam)
"hai địa phương Tam Kỳ và Núi Thành"            thành phố Tam Kỳ, huyện Núi Thành
"các địa phương Bắc Hà"                         nothing (one name)
"hai địa phương Sa Pa và Hội An"                nothing (no province in common)
"ba địa phương Lào Cai, Sa Pa và Bát Xát"       as before (Lào Cai is a province's name)
==============================================  ============================================
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["DISTRICT_LEVELS", "bare_district_lists"]

DISTRICT_LEVELS = ("thành phố", "thị xã", "huyện", "quận")
_S = r"[ \t\u00a0]"
_COUNT = r"(?:cac|nhung|hai|ba|bon|nam|sau|bay|tam|\d{1,2})"
_INTRO = re.compile(rf"(?<!\w){_COUNT}{_S}+dia{_S}+phuong(?:{_S}*:|{_S}+(?:la|gom))?{_S}*")
_BLANKS = " \t\u00a0"
_LONGEST_COUNT = 5   # "nhung"


def _intros(folded: str) -> list[re.Match]:
    """``_INTRO.finditer(folded)``, tried only just before each "dia": a match's count (five letters at
    most) ends where the blanks before its "dia" start (tests/test_prefilters_*.py; speed23b)."""
    out: list[re.Match] = []
    done = 0
    i = folded.find("dia")
    while i >= 0:
        j = i
        while j > 0 and folded[j - 1] in _BLANKS:
            j -= 1
        if j < i:
            for start in range(max(done, j - _LONGEST_COUNT), j):
                m = _INTRO.match(folded, start)
                if m is not None:
                    out.append(m)
                    done = m.end()
                    break
        i = folded.find("dia", i + 1)
    return out
_GLUE = re.compile(rf"(?:{_S}*,{_S}*|,?{_S}+(?:va|cung){_S}+)")


def _districts(lookup: Callable, key: str) -> tuple:
    """The Vietnamese district-level places of a name."""
    out: list = []
    for lvl in DISTRICT_LEVELS:
        out += [c for c in lookup(key, lvl) if c.level == lvl and c.country == "Việt Nam" and c not in out]
    return tuple(out)


def bare_district_lists(text: str, folded: str, match: Callable, key_of: Callable, is_bare: Callable[[str], bool],
                        lookup: Callable, same_marks: Callable[[str, str], bool],
                        accented: bool) -> dict[int, tuple[int, str, tuple]]:
    """Where each listed district's name starts -> (its end, its level, its places), for the lists
    described above. ``match(folded, pos)`` matches a gazetteer name; ``lookup(key, level)`` gives
    the places of a name at a level."""
    out: dict[int, tuple[int, str, tuple]] = {}
    if "dia phuong" not in folded:
        return out
    for intro in _intros(folded):
        pos = intro.end()
        names: list[tuple[int, int, tuple]] = []
        while pos < len(folded) and text[pos].isupper():
            m = match(folded, pos)
            if m is None:
                break
            key = key_of(m.group())
            if is_bare(key):
                names = []
                break   # a province's name in the list: read as before
            found = tuple(p for p in _districts(lookup, key)
                          if not accented or text[pos:m.end()].isascii() or same_marks(text[pos:m.end()], p.name))
            if not found:
                break
            names.append((pos, m.end(), found))
            g = _GLUE.match(folded, m.end())
            if g is None:
                break
            pos = g.end()
        if len(names) < 2:
            continue
        common = set.intersection(*({p.province for p in found} for _, _, found in names))
        if len(common) != 1:
            continue
        province = common.pop()
        for ns, ne, found in names:
            mine = tuple(p for p in found if p.province == province)
            out[ns] = (ne, mine[0].level, mine)
    return out
