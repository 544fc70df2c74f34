"""One side's trip, read from what the sides do where the lead's verbs said "other" (asked
by ``events._main_type`` after ``main_event_type``; split out of events.py in round 35).

| row | example (our own sentence) | module |
|---|---|---|
| units of two provinces hand over aid together | "Hội Chữ thập đỏ tỉnh A phối hợp với Sở Y tế tỉnh B trao tặng 200 suất quà" | ``type_joint_aid`` (type35) |
| one side's delegation pays tribute in the other side's province | "lãnh đạo huyện X (tỉnh A) đã đến dâng hương tại nghĩa trang liệt sĩ tỉnh B" | ``type_tribute_trips`` (late35b) |
| ... told with no verb of going | "lãnh đạo tỉnh A viếng hương Nghĩa trang liệt sĩ X (tỉnh B)" | ``type_travellers`` (type36) |
| one side's exchange held in the other side's place | "Ngày 8/11, tại huyện X, tỉnh B, Trường THPT Chuyên A đã có buổi giao lưu văn hóa với trường bạn" | ``type_exchange_abroad`` (late40b) |

All give a visit with the reason the detail pane shows; neither fires unless the two
provinces are the page's own sides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..messages import M_
from ..places import Place
from .dates import DateMention
from .type_exchange_abroad import exchange_abroad
from .type_joint_aid import joint_aid
from .type_travellers import tribute_here
from .type_tribute_trips import tribute_trip

__all__ = ["side_trip"]


def side_trip(dm: DateMention, own: str, folded: str, s: int, e: int, *, mentions: Iterable[Any],
              province_at: Callable[[Any], str | None], context: set[str], places: dict[int, Place],
              pair: list[str]) -> tuple[str, str] | None:
    """("visit", why) when the sentence that dates ``dm`` tells one side's trip by what its units
    do; ``own`` is that sentence as the page cuts it, ``folded[s:e]`` as the type reads it."""
    if (aid := joint_aid(own)) is not None and len(context & {   # the sides' units give together
            province_at(m) for m in mentions if s + aid[0] <= m.start < s + aid[1]}) >= 2:
        return "visit", M_("units of two provinces hand over aid together ('phối hợp với / cùng với … {verb}'): one side's "
                           "trip, a visit", verb=aid[2])
    if s <= dm.start < e and (trip := tribute_trip(folded, s, e, places, pair)):
        # "lãnh đạo huyện A đã đến dâng hương tại … (tỉnh B)": one side's trip to the other's (type_tribute_trips)
        return "visit", M_("one side's delegation goes to pay tribute in the other side's province ('{words}'): "
                           "its trip, a visit", words=trip)
    if s <= dm.start < e and (rite := tribute_here(folded, s, e, places, pair)):
        # "lãnh đạo tỉnh A viếng hương Nghĩa trang liệt sĩ X (tỉnh B)": no verb of going, the same trip (type_travellers)
        return "visit", M_("one side's delegation pays tribute in the other side's province ('{words}'), no verb of "
                           "going: its trip, a visit", words=rite)
    if s <= dm.start < e and (words := exchange_abroad(folded, s, e, places, pair)):
        # "Ngày 8/11, tại huyện X, tỉnh B, Trường THPT Chuyên A đã có buổi giao lưu …": one side's trip (type_exchange_abroad)
        return "visit", M_("one side's exchange held in the other side's place ('tại …, … {words}'): its trip, a visit",
                           words=words)
    return None
