"""A meeting with the partner's side held to greet it on a National Day: a greeting, the visit (round 21,
typeconv21). Read by :mod:`.main_event_type` when the dated clause reads as 'other' (a mere meeting held for
a commemoration, :data:`.type_delegations.MERE_MEETINGS`).

The corpus labels delegations that come "thăm và chúc mừng nhân dịp kỷ niệm 80 năm Quốc khánh" a visit (a33),
and a greeting is a visit on every labelled page (68 of 68 golds, types round 17); commune21 04 labels a
province's foreign-affairs office meeting the neighbouring county's representatives at the border for the
founding day of their nation the same way. A meeting for a bond's own anniversary ("gặp mặt nhân dịp kỷ niệm
10 năm kết nghĩa") stays the celebration, 'other' (shapes19 11), and so does a celebration held at home with
no partner met. Both sides may be the sentence's subject ("Đoàn đại biểu đồn A và Đoàn đại biểu trạm B (Trung
Quốc) tổ chức gặp mặt, giao lưu nhân kỷ niệm … Quốc khánh", round 23, type23c): the same greeting, told from
neither side (a bond's anniversary told so stays the celebration). Matched on folded text (no accents, no case,
đ→d); sentences of our own in the examples.
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
    "Sáng 2/9, Đoàn đại biểu đồn biên phòng A và Đoàn đại biểu trạm biên phòng B (Trung Quốc) đã tổ chức gặp "
    "mặt, giao lưu hữu nghị nhân kỷ niệm 80 năm Ngày Quốc khánh.",
)
# a meeting (no agenda of its own) with the partner's representatives, then the nation's day it is held for
_GREETING_DAY = re.compile(
    r"\b(?:gap mat|gap go|hop mat)\b[^.;]{0,60}?\b(?:dai dien|doan|phai doan|lanh dao)\b[^.;]{0,220}?"
    r"\bnhan (?:dip )?(?:ky niem (?:\d+ nam )?)?(?:ngay )?(?:quoc khanh|thanh lap nuoc|doc lap)\b")
# both sides the subject: "đoàn (đại biểu) A và đoàn (đại biểu) B (đã) (tổ chức) gặp mặt … nhân … Quốc khánh"
_BOTH_GREET = re.compile(
    r"\b(?:doan|dai dien)\b[^.;]{0,200}?\bva (?:doan|dai dien)\b[^.;]{0,200}?\b(?:da )?(?:cung )?(?:to chuc )?"
    r"(?:gap mat|gap go|hop mat)\b[^.;]{0,80}?"
    r"\bnhan (?:dip )?(?:ky niem (?:\d+ nam )?)?(?:ngay )?(?:quoc khanh|thanh lap nuoc|doc lap)\b")

_NATION_DAYS = ("quoc khanh", "thanh lap nuoc", "doc lap")


def greets_on_national_day(folded_clause: str) -> bool:
    """Does the clause tell a meeting with the partner's side held for a nation's day (a greeting)?"""
    if not any(day in folded_clause for day in _NATION_DAYS):
        return False   # the patterns' last words, looked for first (no scan of a clause that names no nation's day)
    return _GREETING_DAY.search(folded_clause) is not None or _BOTH_GREET.search(folded_clause) is not None
