"""One side's exchange held in the other side's place: its trip, a visit (round 40, late40b; asked by
:mod:`.type_side_trips` where the lead's verbs said "other").

An exchange ("giao lưu văn hóa, thể thao", row of :mod:`.type_exchange_trips`: 'other') held at home is the
exchange. Held in the partner's place, it is one side's trip, as :mod:`.type_exchange_trips` reads a group that
travels to an exchange ("sang / đến <place> giao lưu"). Here the trip is told with no verb of going: the sentence
opens on its venue ("tại <a place of side B>, ") and then names its subject by a place of side A before the
exchange's word. Read from the places of the dated sentence: those after "tại" up to the first place of another
province are the venue's (one province of the pair), the ones after them and before the exchange's word the
subject's (the pair's other province, after a comma that closes the venue).

| reading                                                | example (written for this table)                               | type  |
|--------------------------------------------------------|----------------------------------------------------------------|-------|
| the venue in side B's province, then side A's unit,    | "Ngày 8/11, tại huyện Hà Khẩu, tỉnh Vân Nam, Trường THPT Chuyên | visit |
| then the exchange                                      | Lào Cai đã có buổi giao lưu văn hóa với trường bạn"             |       |
| NOT: the venue in the subject's own province           | "Ngày 8/11, tại thành phố Lào Cai, Trường THPT Chuyên Lào Cai  | other |
|                                                        | đã có buổi giao lưu văn hóa với Trường Hà Khẩu (Vân Nam)"      |       |
| NOT: no venue opening the sentence                     | "Ngày 8/11, Trường THPT Chuyên Lào Cai giao lưu văn hóa với    | other |
|                                                        | Trường Hà Khẩu, tỉnh Vân Nam"                                  |       |
| NOT: both sides as the subject                         | "Ngày 8/11, tại tỉnh Vân Nam, học sinh hai tỉnh Lào Cai và Vân | other |
|                                                        | Nam giao lưu văn hóa"                                          |       |
"""

from __future__ import annotations

import re

from ..places import Place

__all__ = ["EXCHANGE_ABROAD", "exchange_abroad"]

#: (folded words of the exchange, example written for this table)
EXCHANGE_ABROAD: tuple[tuple[str, str], ...] = (
    ("giao luu", "Ngày 8/11, tại huyện Hà Khẩu, tỉnh Vân Nam, Trường THPT Chuyên Lào Cai đã có buổi giao lưu văn "
                 "hóa với trường bạn."),
)
_EXCHANGE = re.compile(r"\b(?:" + "|".join(w for w, _ in EXCHANGE_ABROAD) + r")\b")
_AT = re.compile(r"\btai\s+")
#: How far after "tại" the venue's first place may start (its level word: "tại huyện ", "tại thành phố ").
_VENUE_NEAR = 14


def exchange_abroad(folded: str, s: int, e: int, places: dict[int, Place], pair: list[str]) -> str | None:
    """The exchange's words in ``folded[s:e]`` (the dated sentence, offsets of the page) when the sentence opens its
    venue in one province of ``pair`` ("tại …, ") and then names its subject by a place of the other, before them."""
    if len(set(pair)) != 2 or "giao luu" not in folded[s:e]:
        return None
    g = _EXCHANGE.search(folded, s, e)
    at = _AT.search(folded, s, g.start()) if g is not None else None
    if at is None or "," in folded[s:at.start()].replace(",", "", 1):
        return None   # no venue, or one told after a clause of its own (more than the date's comma before it)
    seq = sorted((p, q.province) for p, q in places.items() if at.end() <= p < g.start())
    if not seq or seq[0][0] - at.end() > _VENUE_NEAR:
        return None
    venue = seq[0][1]
    i = 0
    while i < len(seq) and seq[i][1] == venue:
        i += 1
    subject = {prov for _, prov in seq[i:]}
    if i == len(seq) or len(subject) != 1 or subject | {venue} != set(pair):
        return None
    if "," not in folded[seq[i - 1][0]:seq[i][0]]:
        return None   # the venue's clause is not closed before the subject
    return g.group(0)
