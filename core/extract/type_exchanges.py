"""A led delegation's friendly exchange with its hosts: the delegation's visit (round 23). Read by
:mod:`.main_event_type` when the dated clause reads as a meeting ("gặp mặt", "gặp gỡ": conference).

"Giao lưu" is a friendly get-together, with no agenda of its own; a delegation led by someone that comes to hold
one with its hosts ("Đoàn lãnh đạo huyện A do ông B làm trưởng đoàn đã có buổi giao lưu, gặp mặt với đơn vị kết
nghĩa huyện C") is on a friendship visit, as the labelled pages read the same get-together told with a trip
("tổ chức đoàn đi thăm và giao lưu với …", orgs20 03; "có chuyến thăm và giao lưu với …", river23 06) or from the
host's side ("Giao lưu, gặp mặt thân mật với đơn vị kết nghĩa" over "tiếp đón Đoàn … đến thăm, làm việc và giao
lưu", local22 01), and commune21 01 this very shape. So is one that meets and trades experience with its hosts' leaders ("Đoàn cán bộ
huyện A do ông B làm trưởng đoàn gặp gỡ và giao lưu, trao đổi kinh nghiệm về công tác dân vận với lãnh đạo huyện C":
a study visit, as type_words' "sang giao lưu, trao đổi kinh nghiệm" and corpus a18; round 54, commune54 05). What stays a meeting: a delegation that meets another
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
    "Sáng 14/10, đoàn cán bộ huyện A (tỉnh B) do Phó Bí thư Huyện ủy C làm trưởng đoàn đã gặp gỡ và giao lưu, trao đổi "
    "kinh nghiệm về công tác dân vận với lãnh đạo huyện D.",
)
# the delegation led by someone, then (right after its leader) the exchange, then "với" its hosts
# (round 54, late54b, `exchange_of_experience`: the exchange may name the experience it trades and its field before
# "với" ("… làm trưởng đoàn đã giao lưu, trao đổi kinh nghiệm xây dựng nông thôn mới với lãnh đạo xã C"), and then
# the meeting word may come first ("… gặp gỡ và giao lưu, trao đổi kinh nghiệm về công tác dân vận với lãnh đạo huyện
# C"); "gặp gỡ, giao lưu với lãnh đạo tỉnh C" with no experience traded stays the meeting, as round 23 read it)
_EXPERIENCE = r"\s*(?:,|va)\s*trao doi (?:hoc tap |chia se )?kinh nghiem\b[^,;.:]{0,80}?"
_EXCHANGE = re.compile(
    r"\bdoan\b[^;.]{0,200}?\b(?:dan dau|lam truong doan)\b\s*,?\s*(?:da |vua )?(?:co (?:buoi |cuoc )?)?"
    r"(?:(?:gap mat|gap go)\s*(?:,|va)\s*giao luu(?: than mat| huu nghi| than tinh)?" + _EXPERIENCE
    + r"|giao luu(?:\s*(?:,|va)?\s*(?:gap mat|gap go))?(?: than mat| huu nghi| than tinh)?(?:" + _EXPERIENCE + r")?)"
    r"\s+(?:voi|cung)\s+(?!(?:cac |hai )?(?:doan|phai doan)\b)")
# an agenda or a working session named in the clause makes the get-together a meeting; experience traded is no
# agenda ("giao lưu, trao đổi kinh nghiệm": what a study visit does, as type_words' "sang giao lưu, trao đổi kinh
# nghiệm" and event_type's _STUDY), but "trao đổi" with no more is one ("gặp gỡ, giao lưu, trao đổi với Thống đốc …")
_AGENDA = re.compile(r"\b(?:trao doi(?! (?:hoc tap |chia se )?kinh nghiem\b)|hoi dam|lam viec|thao luan|ky ket|cuoc hop|"
                     r"buoi hop)\b")


def delegation_exchange(folded_clause: str) -> bool:
    """Does the clause tell a led delegation's friendly exchange with its hosts (no agenda named)?"""
    if "giao luu" not in folded_clause:
        return False
    m = _EXCHANGE.search(folded_clause)
    return m is not None and _AGENDA.search(folded_clause) is None
