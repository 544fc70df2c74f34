"""Communes listed after one level word (used by :mod:`hoptac.core.places_match`).

A commune's name (of the map of 1 July 2025) is found only after its level word ("xã Duy
Nghĩa", "phường Hải Châu"). Papers list several communes after one level word, the level word
standing before the first name only, or before the list with a colon:

| shape                                   | example (written for this table)                    |
|-----------------------------------------|-----------------------------------------------------|
| names joined by ",", "và" after a commune | "xã Tam Xuân, Tam Anh và Tam Hòa kết nghĩa với …"  |
| the level word, a colon, then the list  | "các xã: Điện Bàn, Hội An Tây, Thu Bồn (Đà Nẵng)"    |

Each further name is a commune of that level when the dictionary of 2025 has it (the longest
name of up to four words), it starts with a capital, and no other place was found there; the
list stops at the first name that is not one.
"""

from __future__ import annotations

import re

from .place_levels import _ACCENTED, _WORD, COMMUNE_LEVELS, LEVEL_WORDS
from .places_bare import same_marks
from .places_written import name_goes_on

__all__ = ["LIST_GLUE", "commune_at", "commune_lists"]

# What may stand between two items of a list: ", ", " và ", ", và ", " cùng ", " hoặc ".
LIST_GLUE = re.compile(r"[ \t\u00a0]*(?:,|;|[-\u2013\u2014]|,?[ \t\u00a0]+(?:va|cung|hoac|voi))[ \t\u00a0]*")
_NAME_GLUE = re.compile(r"[ \t\u00a0]*(?:,|,?[ \t\u00a0]+va)[ \t\u00a0]*")   # a list of communes: "," and "và"


_COLON_LEVEL = re.compile(r"(?<!\w)(xa|phuong): (?=\w)")
_ACCENTED_LEVEL = {"xa": "xã", "phuong": "phường"}


def _longest(text: str, folded: str, s: int, communes: dict, accented: bool = False) -> tuple[int, tuple] | None:
    ends = [w.end() for w in _WORD.finditer(folded, s, min(len(folded), s + 40))][:4]
    for e in reversed(ends):
        cands = communes.get(" ".join(folded[s:e].split()))
        if cands and accented:
            # in an accented text a listed name is the commune written with its own marks
            # ("phường Thanh Hà, Cẩm An" of Hội An: not phường Cam An of Khánh Hòa)
            cands = tuple(c for c in cands if same_marks(text[s:e], c.name))
        if cands:
            return e, cands
    return None


def commune_lists(text: str, folded: str, out: list[tuple], communes: dict, accented: bool = True) -> list[tuple]:
    """``out`` (the matcher's mentions, in order) with the communes listed after each commune's
    mention, or after the level word and a colon, added: (start, end, name_start, level_word,
    candidates)."""
    starts = {o[0] for o in out}
    added: list[tuple] = []
    heads = [(start, end, level) for start, end, _ns, level, _c in out if level in COMMUNE_LEVELS]
    colons = _COLON_LEVEL.finditer(folded) if "xa: " in folded or "phuong: " in folded else ()
    for c in colons:   # "các xã: A, B và C"
        s = c.end()
        word = c.group(1)
        if not text[s].isupper() or s in starts or (accented and text[c.start():c.start(1) + len(word)].lower()
                                                    != _ACCENTED_LEVEL[word]):
            continue
        found: tuple | None = _longest(text, folded, s, communes)
        if found is not None:
            level = _ACCENTED_LEVEL[word]
            added.append((c.start(), found[0], s, level, found[1]))
            starts.add(c.start())
            heads.append((c.start(), found[0], level))
    for start, end, level in heads:
        pos = end
        while (g := _NAME_GLUE.match(folded, pos)) is not None:
            s = g.end()
            if s >= len(text) or not text[s].isupper() or s in starts:
                break
            longest = _longest(text, folded, s, communes, accented)
            found = None if longest is None else (s, longest[0], s, level, longest[1])
            if found is None or any(s < o < found[1] for o in starts):
                break
            added.append(found)
            starts.add(s)
            pos = found[1]
    if not added:
        return out
    return sorted(out + added, key=lambda o: o[0])


# the level word of a commune right before its name, folded (moved from places_match, round 55, to keep it short)
_COMMUNE_LEVEL_BEFORE = re.compile(r"(?<!\w)(?:xa|phuong|dac khu|thi tran)(?= $)")


def commune_at(text: str, folded: str, ns: int, accented: bool, communes: dict[str, tuple]):
    """A commune of 2025 named at ``ns`` after xã, phường, đặc khu, thị trấn (its longest name of <= 4 words):
    (start, end, name start, level word, candidates), or None (``communes``: folded name -> communes of 2025)."""
    lm = _COMMUNE_LEVEL_BEFORE.search(folded, max(0, ns - 9), ns)
    if lm is None:
        return None
    written = " ".join(text[lm.start():lm.end()].lower().split())
    if accented and written not in _ACCENTED:
        return None  # "xa" (far) is not xã
    ends = [w.end() for w in _WORD.finditer(folded, ns, min(len(folded), ns + 40))][:4]
    for end in reversed(ends):
        cands = communes.get(" ".join(folded[ns:end].split()))
        if cands:
            if name_goes_on(text, end):
                return None   # "xã Tân Khánh Hòa": a longer name (places_written.name_goes_on)
            return (lm.start(), end, ns, LEVEL_WORDS[" ".join(folded[lm.start():lm.end()].split())], cands)
    return None
