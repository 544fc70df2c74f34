"""Foreign cities listed bare after their country's group (used by
:class:`hoptac.core.places_foreign.Foreign`, beside :mod:`hoptac.core.places_paired`; audit round 21).

A foreign city of the gazetteer ("Sakai", "Yokohama") is not taken alone: it may be a word or a
person's name. A list introduced by a group of that country's units names them plainly all the
same: "các thành phố Nhật Bản có quan hệ với Đà Nẵng như Sakai, Yokohama, Fukuoka …" (world21 11:
the seven partner cities of a festival notice, none of them read). The group ("các / những" and a
unit's level word), the country, then "như", "gồm", "bao gồm" or "là" right before the list, all in
one sentence; the list is capitalised names joined by commas, "và" or "cùng". Each listed name the
gazetteer knows in that country is that place; a name it does not know stays unread (no level word:
nothing says it is a place).

=====================================================  ==========================================
written                                                found
=====================================================  ==========================================
"các thành phố Nhật Bản như Sakai, Yokohama và Kobe"   Sakai, Yokohama, Kobe (Japan's cities)
"các tỉnh của Hàn Quốc là Gyeonggi, Jeollabuk"         Gyeonggi, Jeollabuk
"các địa phương Thái Lan gồm Udon Thani, Khon Kaen"    Udon Thani, Khon Kaen
"các thành phố như Sakai, Yokohama" (no country)       nothing
"các nước như Nhật Bản, Hàn Quốc"                      nothing here (countries, not a group of units)
"ông Sakai, Giám đốc …"                                nothing
=====================================================  ==========================================

Examples are sentences of our own (the shapes, not any page's words).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .places_match import _upper_class

__all__ = ["EXAMPLES", "intro_regex", "listed_bare"]

#: (sentence, the names found in it) -- the table above, for the tests
EXAMPLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Lễ hội có đại diện các thành phố Nhật Bản kết nghĩa với tỉnh như Sakai, Yokohama và Kobe tham dự.",
     ("Sakai", "Yokohama", "Kobe")),
    ("Tỉnh đã ký thỏa thuận với các tỉnh của Hàn Quốc là Gyeonggi, Jeollabuk.", ("Gyeonggi", "Jeollabuk")),
    ("Đoàn sẽ làm việc với các địa phương Thái Lan gồm Udon Thani, Khon Kaen.", ("Udon Thani", "Khon Kaen")),
    ("Tỉnh có quan hệ với các thành phố như Sakai, Yokohama.", ()),
)

# the group of units before the country ("các thành phố", "những tỉnh", "các địa phương")
_GROUP = r"(?<!\w)(?i:các|những)[ \t\u00a0]+(?i:thành phố|tỉnh|địa phương|bang|tiểu bang|vùng|quận|huyện|đô thị|thị trấn)(?!\w)"
# what stands between the group, the country and the word before the list: no sentence ends there
_WITHIN = r"[^.!?;:\n]{0,90}?"
# the word right before the list
_BEFORE_LIST = r"[ \t\u00a0]+(?i:như|gồm|bao gồm|là)[ \t\u00a0]*:?[ \t\u00a0]*$"


def intro_regex(countries: dict[str, str]) -> re.Pattern:
    """The introduction of a listed group, searched in the text before a list (``countries``: every
    way of writing a country, lower-case -> the country); group ``c``: the country as written."""
    alts = "|".join(re.escape(n) for n in sorted(countries, key=len, reverse=True))
    return re.compile(_GROUP + _WITHIN + r"(?<!\w)(?P<c>(?i:" + alts + r"))(?!\w)" + _WITHIN + _BEFORE_LIST)


_UPPER_WORD = _upper_class() + r"[\w'\u2019-]*"
_ITEM = re.compile(_UPPER_WORD + r"(?:[ \t\u00a0]+" + _UPPER_WORD + r"){0,2}")
_SEP = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+(?:và|cùng)[ \t\u00a0]+")
_LIST_WORD = re.compile(r"(?<!\w)(?i:như|gồm|là)(?!\w)")


def _list_end(text: str, start: int) -> int:
    """Where the list of capitalised names that opens at ``start`` ends (``start`` when none opens)."""
    end, pos = start, start
    while True:
        m = _ITEM.match(text, pos)
        if m is None:
            return end
        end = m.end()
        s = _SEP.match(text, end)
        if s is None:
            return end
        pos = s.end()


def listed_bare(text: str, out: list, refused: list[tuple[int, int, str]], intro: re.Pattern,
                countries: dict[str, str], lookup: Callable[[str, str], tuple]) -> list:
    """``out`` (the matcher's mentions: start, end, name start, level word, candidates) with the
    foreign names refused alone (``refused``: start, end, key) that stand in a list introduced by
    a group of their country's units (see the table); ``lookup(key, country)``: that country's
    places of that very name."""
    if not refused:
        return out
    taken = [(s, e) for s, e, *_ in out]
    extra = []
    lists: dict[int, tuple[int, str] | None] = {}   # a list word's end -> (list end, country)
    for a, b, key in refused:
        w = None
        for m in _LIST_WORD.finditer(text, max(0, a - 220), a):
            w = m
        if w is None:
            continue
        start = w.end()
        while start < a and text[start] in " \t\u00a0:":
            start += 1
        if start not in lists:
            head = intro.search(text, max(0, w.start() - 200), start)
            lists[start] = ((_list_end(text, start), countries[head.group("c").lower()])
                            if head is not None and head.end() == start else None)
        found = lists[start]
        if found is None or b > found[0] or any(x < b and a < y for x, y in taken):
            continue
        places = lookup(key, found[1])
        if places:
            extra.append((a, b, a, None, (places[0],)))
            taken.append((a, b))
    return sorted(out + extra) if extra else out
