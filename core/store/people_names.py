"""Who a person is: a name (compared folded: no accents, no case) and a province.

The province is read from the person's title as the article wrote it ("Bí thư Tỉnh ủy
Lào Cai", "Chủ tịch UBND huyện Tân Uyên"): the one party of the event the title names;
when it names none, or more than one, the province is unknown (``None``), never guessed.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Iterable

from ..text import fold_query

__all__ = ["person_province", "event_people", "name_matches", "folded_words", "one_line"]

_WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=1 << 16)  # titles and place names repeat: folded once each
def folded_words(text: str) -> str:
    """' folded words ' of ``text``, one space around each (the search lines' form)."""
    return " " + " ".join(_WORD.findall(fold_query(text))) + " "


def person_province(title: str, parties: Iterable[dict[str, Any]]) -> str | None:
    """The province of the one party of the event the ``title`` names, else None."""
    folded = folded_words(title)
    found = set()
    for p in parties:
        prov = p.get("province") or ""
        for name in {p.get("name") or "", prov}:
            if name and folded_words(name) in folded:
                found.add(prov)
    return found.pop() if len(found) == 1 else None


def event_people(ev: dict[str, Any]) -> list[tuple[str, str | None, str]]:
    """``(name, province or None, title)`` for each person named in the event."""
    parties = ev.get("parties") or ()
    out = []
    for p in ev.get("people") or ():
        name = (p.get("name") or "").strip()
        if name:
            title = (p.get("title") or "").strip()
            out.append((name, person_province(title, parties), title))
    return out


def name_matches(query: str, name: str) -> bool:
    """Does a typed name (accents optional) stand for ``name``: its syllables, adjacent
    ("xuan phong" is in "Đặng Xuân Phong"; "phong xuan" is not)."""
    needle = folded_words(query)
    return bool(needle.strip()) and needle in folded_words(name)


def one_line(text: str) -> str:
    """``text`` fit for a line of the table's name blob (no line break, no tab)."""
    return text.replace("\n", " ").replace("\t", " ")
