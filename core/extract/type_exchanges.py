"""A led delegation's friendly exchange with its hosts: the delegation's visit (round 23). Read by
:mod:`.main_event_type` when the dated clause reads as a meeting ("gặp mặt", "gặp gỡ": conference).

"Giao lưu" is a friendly get-together, with no agenda of its own; a delegation led by someone that comes to hold
one with its hosts ("Đoàn lãnh đạo huyện A do ông B làm trưởng đoàn đã có buổi giao lưu, gặp mặt với đơn vị kết
nghĩa huyện C") is on a friendship visit, as the labelled pages read the same get-together told with a trip
("tổ chức đoàn đi thăm và giao lưu với …", orgs20 03; "có chuyến thăm và giao lưu với …", river23 06) or from the
host's side ("Giao lưu, gặp mặt thân mật với đơn vị kết nghĩa" over "tiếp đón Đoàn … đến thăm, làm việc và giao
lưu", local22 01), and commune21 01 this very shape. What stays a meeting: a delegation that meets another
delegation ("giao lưu hữu nghị với đoàn đại biểu thành phố B": the row of type_vocab), an exchange with an agenda
("gặp gỡ, giao lưu, trao đổi với Thống đốc …", asia20 11; "hội đàm", "làm việc"), an exchange that is not the
delegation's first act, and a cultural or sports exchange ('other', type_vocab's rows). Matched on folded text (no
accents, no case, đ→d).
"""

from __future__ import annotations

import re

__all__ = ["EXCHANGE_EXAMPLES", "delegation_exchange"]

# (examples, sentences of our own)
EXCHANGE_EXAMPLES: tuple[str, ...] = (
    "Sáng 12/3, Đoàn lãnh đạo huyện A do ông Lê Văn B, Bí thư Huyện ủy làm trưởng đoàn đã có buổi giao lưu gặp mặt "
    "với đơn vị kết nghĩa huyện C (tỉnh D).",
    "Ngày 5/4, đoàn cán bộ xã A do bà Trần Thị B dẫn đầu đã có buổi giao lưu, gặp gỡ thân mật với lãnh đạo xã C.",
    "Chiều 8/6, Đoàn đại biểu Hội Cựu chiến binh huyện A do ông B làm trưởng đoàn đã giao lưu với Hội Cựu chiến binh "
    "huyện C.",
)
# the delegation led by someone, then (right after its leader) the exchange, then "với" its hosts
_EXCHANGE = re.compile(
    r"\bdoan\b[^;.]{0,200}?\b(?:dan dau|lam truong doan)\b\s*,?\s*(?:da |vua )?(?:co (?:buoi |cuoc )?)?"
    r"giao luu(?:\s*(?:,|va)?\s*(?:gap mat|gap go))?(?: than mat| huu nghi| than tinh)?\s+(?:voi|cung)\s+"
    r"(?!(?:cac |hai )?(?:doan|phai doan)\b)")
# an agenda or a working session named in the clause makes the get-together a meeting
_AGENDA = re.compile(r"\b(?:trao doi|hoi dam|lam viec|thao luan|ky ket|cuoc hop|buoi hop)\b")


def delegation_exchange(folded_clause: str) -> bool:
    """Does the clause tell a led delegation's friendly exchange with its hosts (no agenda named)?"""
    if "giao luu" not in folded_clause:
        return False
    m = _EXCHANGE.search(folded_clause)
    return m is not None and _AGENDA.search(folded_clause) is None
