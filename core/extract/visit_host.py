"""The host of a one-party visit: the Vietnamese locality a visit's sentence names, first, as its venue
(round 55, late55c; read by :mod:`events` for the main event).

A main event with one party only is a pair nobody can use ("tỉnh A with nobody"). When it is a visit and its
sentence opens with where it took place ("tại <a venue> (<its district>, <its city>), <the guests> đã đến thăm …"),
the venue's province received the guests: it is the other side. Every labelled page has two sides; this reads only
when the partners (:mod:`partners`, :mod:`partner_hosts`) found one. The location is the event's own
(:mod:`event_location`: a venue phrase of the sentence, never a dateline or the page's chrome), and the venue must
come before the one side in the sentence: a venue at the end may belong to a noun ("các dự án tại tỉnh B") or to a
body visited there ("thăm Bộ Ngoại giao tại Hà Nội"). Other occasions held at a venue keep it a venue: one side's
own conference held away ("tại thành phố B, Sở Du lịch tỉnh A tổ chức hội nghị") or a national meeting a
delegation came to ("tại Hà Nội, đoàn tỉnh A (Lào) dự hội nghị") has no host named by its venue alone.

| rule            | shape                                          | example (written for this table)                      | gives     |
|-----------------|------------------------------------------------|-------------------------------------------------------|-----------|
| `fronted_visit` | one party; a visit; the sentence opens with a  | "Sáng 3/5, tại chùa Phước Lâm (quận Ngũ Hành Sơn, TP. | A and B   |
|                 | venue in a Vietnamese locality B of another    | B), tăng ni tỉnh A (Lào) đã đến thăm và tặng quà …"    |           |
|                 | province, before the side A                    |                                                       |           |
| NOT             | the one side is the venue's province           | "tại chùa X (huyện C, tỉnh A), đoàn tỉnh A đến thăm"  | A alone   |
| NOT             | two or more parties                            | (the partners' pair)                                  | unchanged |
| NOT             | the venue abroad                               | "tại tỉnh Kep (Campuchia), đoàn tỉnh A đến thăm …"    | A alone   |
| NOT             | the venue after the side                       | "đoàn tỉnh A (Lào) đến thăm Bộ Công an tại Hà Nội"    | A alone   |
| NOT             | not a visit                                    | "tại thành phố B, Sở Du lịch tỉnh A tổ chức hội nghị" | A alone   |
| NOT             | no venue in the sentence (a dateline, the      | "ĐÀ NẴNG – Sáng 3/5, tăng ni tỉnh A (Lào) đã đến thăm | A alone   |
|                 | headline)                                      | chùa Phước Lâm"                                       |           |

A foreign venue is left to the partners: a Vietnamese side's foreign host is read there from its own words
(``partners._foreign_host``, ``partner_bare_delegation``), and a place abroad named as a venue is more often a
fair's or a promotion's city than a partner.
"""

from __future__ import annotations

from typing import Any

from .event_location import _VENUE_ENDED_RE, venues
from .partners import Partners, _level, choose, party_dict
from ..messages import M_
from ..places import VIETNAM, PlaceMention
from ..places_match import COMMUNE_LEVELS
from ..text import fold

__all__ = ["one_party_host"]

#: the farthest a venue's place stands after its "tại"/"ở" ("tại chùa X (quận Y, TP. Z)"), as event_location reads it
_VENUE_REACH = 60


def one_party_host(pair: list[str], partners: Partners, loc: str | None, etype: str, folded: str,
                   mentions: list[PlaceMention], sentence: tuple[int, int], context: set[str]
                   ) -> tuple[list[str], list[dict[str, Any]], str]:
    """The main event's pair, parties and why: the partners' own, or with the host of a one-party visit added
    (``fronted_visit``, see the table); ``loc`` the event's location, ``sentence`` the span that dates it."""
    parties = [p.as_dict() for p in partners.parties]
    if len(pair) != 1 or loc is None or loc == pair[0] or etype != "visit":
        return pair, parties, ""   # (the gate: nearly every main event has two parties)
    s, e = sentence
    host = side = None
    for m in mentions:
        if not s <= m.start < e:
            continue
        place = (partners.places.get(m.start) if m.level_word in COMMUNE_LEVELS else None) or choose(m, context)
        if place is None:
            continue
        if host is None and place.province == loc:
            host = (m, place)
        if side is None and place.province == pair[0]:
            side = m
    if host is None or side is None or host[1].country != VIETNAM or host[0].start > side.start:
        return pair, parties, ""
    m, place = host
    if not any(v.end() <= m.start <= v.end() + _VENUE_REACH and not _VENUE_ENDED_RE.search(folded, v.end(), m.start)
               for v in venues(folded, s, m.start)):
        return pair, parties, ""   # not named as the venue ("Sáng 3/5, tỉnh B …" before the side)
    parties.append(party_dict(place, _level(m, place)))
    why = M_("the venue's province hosts a one-party occasion ({rule})", rule="fronted_visit")
    return sorted(pair + [place.province], key=fold), parties, why   # (sorted as the events' pairs are)
