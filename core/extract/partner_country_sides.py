"""A Vietnamese side of several localities marked by its country, against a foreign side (round 37,
late37b; used by :mod:`.partners`).

A border occasion may name the Vietnamese side by two localities at once and mark it with the country,
then the other side with its own: "Đoàn đại biểu Cụm đồn Biên phòng tỉnh A, B (Việt Nam) và Đoàn đại biểu
Chi đội … C (Trung Quốc) đã hội đàm …". The two Vietnamese names, joined, score as the two principal
partners, and the foreign side, named once, was left out. The country's mark closing the joined names
tells they are one side; the foreign locality the same clause names after "và" / "với" / "cùng" is the
other, a party too.

| reading                                              | example (written for this table)                   | gives          |
|------------------------------------------------------|----------------------------------------------------|----------------|
| two Vietnamese localities joined and marked          | "Biên phòng tỉnh Lào Cai, Hà Giang (Việt Nam) và    | Lào Cai, Hà    |
| "(Việt Nam)", then "và/với/cùng" a foreign locality  | Công an châu Văn Sơn (Trung Quốc) hội đàm"          | Giang, Vân Nam |
| NOT: no country's mark after the joined names        | "tỉnh Lào Cai và tỉnh Hà Giang đón khách Vân Nam"   | the two        |
| NOT: the foreign place only a venue, or in another   | "tỉnh A, B (Việt Nam) dự hội chợ tại Côn Minh       | the two        |
| clause (after ";" or ".")                            | (Trung Quốc)"                                       |                |

Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..places import VIETNAM, Place, PlaceMention
from ..scan import fold_slice

__all__ = ["COUNTRY_MARK", "foreign_side"]

#: The Vietnamese side's mark right after its last name (folded).
COUNTRY_MARK = re.compile(r"\s*\(\s*viet nam\s*\)")
#: What every mark holds, in the text as in its fold (round 38): a lead with no bracket right after a name is not read.
MARK_OPENS = "("
#: The other side joined after the mark: "và", "với", "cùng" within a few words, no clause's end between.
_JOINS = re.compile(r"^[^;.]{0,24}?\b(?:va|voi|cung)\b")
#: How far the other side may be named after the mark, within the clause.
_SPAN = 240


def foreign_side(text: str, lead_mentions: list[PlaceMention], places: dict[int, Place], chosen: list[str],
                 is_venue: Callable[[str, PlaceMention], bool]) -> str | None:
    """The foreign province named as the other side after two Vietnamese principal partners joined and
    marked "(Việt Nam)" in the lead (``text``), or None."""
    if len(chosen) != 2 or not any(MARK_OPENS in text[m.end:m.end + 20] for m in lead_mentions):
        return None   # (cheap first: a mark opens with its bracket, and most leads mark no name so)
    ours = [m for m in lead_mentions if m.start in places and places[m.start].province in chosen]
    if {places[m.start].province for m in ours} != set(chosen) or any(places[m.start].country != VIETNAM for m in ours):
        return None
    for m in ours:
        mark = COUNTRY_MARK.match(fold_slice(text, m.end, m.end + 20))
        if mark is None or not any(places[o.start].province != places[m.start].province and 0 <= m.start - o.end <= 40
                                   for o in ours):
            continue   # the mark must close the two names joined ("tỉnh A, B (Việt Nam)")
        after = m.end + mark.end()
        window = fold_slice(text, after, after + _SPAN)
        if _JOINS.match(window) is None:
            continue
        stop = re.search(r"[;.](?:\s|$)", window)
        end = after + (stop.start() if stop else len(window))
        for o in lead_mentions:
            place = places.get(o.start)
            if (place is not None and after <= o.start < end and place.country != VIETNAM and place.is_province
                    and not is_venue(text, o)):
                return place.province
    return None
