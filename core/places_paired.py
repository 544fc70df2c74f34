"""A foreign city or region named bare beside its Vietnamese partner (used by
:class:`hoptac.core.places_match.Matcher`, after the foreign names of
:mod:`hoptac.core.places_foreign`).

A foreign city of the gazetteer (a Japanese or Korean city, a border district) or a region
that needs a level word or its country is not taken alone: "Sakai", "Gunma" may be words or
names of people. One shape names it plainly all the same: joined to a Vietnamese place found
in the text by a dash or "và" / "với", on a page that names the country it lies in.

=================================================  ==========================================
written                                            found
=================================================  ==========================================
"quan hệ Sakai – Đà Nẵng" (the page names Nhật     Sakai (province Osaka), and every other
Bản), "giữa Đà Nẵng và Sakai", "Hải Phòng với      bare mention of that name in the text
Kitakyushu"
the same on a page that names no country of it     nothing: the name stays unread
"Ban Tuyên giáo và Hà Nội", "Nha Trang – Hà Nội"   nothing: no foreign place of that name
                                                   (never a name that only sounds near one)
=================================================  ==========================================
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from .places_match import VIETNAM

__all__ = ["paired_bare"]

# the glue between the two partners: a dash, "và", "với" (the whole text between them)
_GLUE_RE = re.compile(r"[ \t\u00a0]*[-\u2013\u2014][ \t\u00a0]*|[ \t\u00a0]+(?:và|với)[ \t\u00a0]+")


def paired_bare(text: str, out: list, refused: list[tuple[int, int, str]], countries: set[str],
                lookup: Callable[[str, str], tuple]) -> list:
    """``out`` (the matcher's mentions: start, end, name start, level word, candidates) with
    the foreign names the matcher refused alone (``refused``: start, end, key) that a glue
    joins to a Vietnamese mention (see the table); ``countries``: the foreign countries the
    text names, ``lookup(key, country)``: that country's places of that very name."""
    if not countries or not out:
        return out
    order = sorted(countries)
    starts = [o[0] for o in out]
    found: dict[str, tuple] = {}
    for a, b, key in refused:
        i = bisect_left(starts, a)   # the mention after the name; the one before it is i - 1
        after = out[i] if i < len(out) else None
        before = out[i - 1] if i else None
        if (before is not None and before[1] > a) or (after is not None and after[0] < b):
            continue   # read as (part of) another place since
        beside = (after is not None and after[4][0].country == VIETNAM and b < after[0] <= b + 6
                  and _GLUE_RE.fullmatch(text, b, after[0]) is not None) or \
                 (before is not None and before[4][0].country == VIETNAM and before[1] < a <= before[1] + 6
                  and _GLUE_RE.fullmatch(text, before[1], a) is not None)
        written = " ".join(text[a:b].split())
        if beside and written not in found:
            places = next((p for p in (lookup(key, c) for c in order) if p), ())
            if places:
                found[written] = (places[0],)
    if not found:
        return out
    extra, taken = [], [(s, e) for s, e, *_ in out]
    for a, b, _key in refused:   # every mention of that name alone
        written = " ".join(text[a:b].split())
        if written in found and not any(x < b and a < y for x, y in taken):
            extra.append((a, b, a, None, found[written]))
            taken.append((a, b))
    return sorted(out + extra)
