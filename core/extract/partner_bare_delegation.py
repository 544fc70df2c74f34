"""The delegation named bare, at work abroad: where it works hosts it (round 38, late38d; used by :mod:`.partners`).

A page may name its one Vietnamese side in the headline or the lead ("Tuổi trẻ tỉnh A chung tay giúp đỡ nước bạn
Lào"), date a programme of that side with the foreign country only ("… tổ chức chương trình tình nguyện giúp đỡ
người dân nước bạn Lào"), and tell where the team worked only in a later sentence whose subject is the delegation
named bare: "Đoàn đã khám bệnh, phát thuốc cho 500 hộ dân tại tỉnh B (Lào)". The bare "Đoàn" is the side's own
delegation, the one the page has been telling of; the foreign place where it worked hosts it, as a foreign venue
does in a sentence that names the side (partners._foreign_host). Asked only when the page gives one Vietnamese
partner and neither that rule nor a Vietnamese venue the delegation came to (partner_study.came_to) finds the other.

| the sentence opens with (folded)                         | then, in the same sentence   | example (written for this table)               |
|----------------------------------------------------------|------------------------------|------------------------------------------------|
| đoàn / đoàn công tác / đoàn đại biểu / đoàn tình nguyện, | "tại" / "ở" a foreign place  | "Đoàn đã khám bệnh, phát thuốc cho 500 hộ dân  |
| then đã / cũng / tiếp tục / còn / sau đó / đến / sang    |                              | tại tỉnh B (Lào)."                              |
| NOT: a delegation named with its own place or side       | —                            | "Đoàn tỉnh C (Lào) đã thăm tại …": another's   |
| NOT: the place only in another sentence, or not a venue  | —                            | "Đoàn đã trao quà. Tỉnh B (Lào) cảm ơn …"      |
| NOT: two foreign provinces worked in                     | —                            | "Đoàn đã làm việc tại tỉnh B và tại tỉnh C"    |

Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from typing import Callable

from ..places import VIETNAM, Place, PlaceMention
from ..scan import fold_slice

__all__ = ["BARE_DELEGATION", "bare_delegation_host"]

#: The sentence's opening: the delegation named bare (no place, no side after it), then a verb of its own work.
BARE_DELEGATION = re.compile(r"\s*(?:doan|doan cong tac|doan dai bieu|doan tinh nguyen)\s+"
                             r"(?:da|cung|tiep tuc|con|sau do|den|sang|toi)\b")


def bare_delegation_host(text: str, mentions: list[PlaceMention], places: dict[int, Place], home: str,
                         a_venue: Callable[[str, PlaceMention], bool]) -> list[str]:
    """The one foreign province where the delegation named bare as a sentence's subject worked ("Đoàn đã … tại tỉnh
    B (Lào)"), for the side ``home`` (in a list, for ``chosen +=``); nothing when none or two."""
    out: list[str] = []
    for m in mentions:
        place = places.get(m.start)
        if place is None or place.country == VIETNAM or place.province == home or not a_venue(text, m):
            continue
        lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        lo += 1 if text[lo:lo + 1] == " " else 0
        if BARE_DELEGATION.match(fold_slice(text, lo, m.start)) is None:
            continue
        if place.province not in out:
            out.append(place.province)
    return out if len(out) == 1 else []
