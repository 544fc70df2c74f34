"""A meeting with the partner's side held to greet it on a National Day: a greeting, the visit (round 21,
typeconv21). Read by :mod:`.main_event_type` when the dated clause reads as 'other' (a mere meeting held for
a commemoration, :data:`.type_delegations.MERE_MEETINGS`).

The corpus labels delegations that come "thăm và chúc mừng nhân dịp kỷ niệm 80 năm Quốc khánh" a visit (a33),
and a greeting is a visit on every labelled page (68 of 68 golds, types round 17); commune21 04 labels a
province's foreign-affairs office meeting the neighbouring county's representatives at the border for the
founding day of their nation the same way. A meeting for a bond's own anniversary ("gặp mặt nhân dịp kỷ niệm
10 năm kết nghĩa") stays the celebration, 'other' (shapes19 11), and so does a celebration held at home with
no partner met. Matched on folded text (no accents, no case, đ→d); sentences of our own in the examples.
"""

from __future__ import annotations

import re

__all__ = ["GREETING_DAY_EXAMPLES", "greets_on_national_day"]

# (examples)
GREETING_DAY_EXAMPLES: tuple[str, ...] = (
    "Chiều 30/9, Sở Ngoại vụ tỉnh A đã gặp mặt, trao đổi thân tình với đại diện huyện B (Trung Quốc) nhân dịp "
    "kỷ niệm 75 năm Ngày thành lập nước Cộng hòa nhân dân Trung Hoa.",
    "Sáng 1/12, lãnh đạo huyện A gặp mặt đoàn đại biểu huyện B (Lào) nhân dịp kỷ niệm 49 năm Quốc khánh nước bạn.",
    "Chiều 8/10, tại cửa khẩu, Sở Ngoại vụ tỉnh A đã gặp mặt đại diện huyện B (Trung Quốc) nhân dịp kỷ niệm "
    "Quốc khánh nước bạn.",
)
# a meeting (no agenda of its own) with the partner's representatives, then the nation's day it is held for
_GREETING_DAY = re.compile(
    r"\b(?:gap mat|gap go|hop mat)\b[^.;]{0,60}?\b(?:dai dien|doan|phai doan|lanh dao)\b[^.;]{0,220}?"
    r"\bnhan (?:dip )?(?:ky niem (?:\d+ nam )?)?(?:ngay )?(?:quoc khanh|thanh lap nuoc|doc lap)\b")


def greets_on_national_day(folded_clause: str) -> bool:
    """Does the clause tell a meeting with the partner's side held for a nation's day (a greeting)?"""
    return _GREETING_DAY.search(folded_clause) is not None
