"""The delegation named bare, at work abroad or at a Vietnamese venue: where it works hosts it (round 38: late38d, used
by :mod:`.partners`; late38b's Vietnamese venue, used by :func:`.partner_study.came_to`).

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
| (a Vietnamese venue, :data:`GOES_ON_TO`) an optional "Dự   | trao / tặng / hỗ trợ / (đến) | "Đoàn công tác tỉnh A lên đường chiều 5/10.    |
| kiến," or day, then đoàn (sẽ / đã / tiếp tục / còn), the  | thăm … "tại" / "ở" the place | Ngày 6/10, đoàn sẽ trao quà … tại tỉnh B."     |
| side named in one of the two sentences before             |                              |                                                |

Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from typing import Callable

from ..places import VIETNAM, Place, PlaceMention
from ..scan import fold_slice

__all__ = ["BARE_DELEGATION", "GOES_ON_NOT", "GOES_ON_TO", "bare_delegation_host", "goes_on_to"]

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


# ... or the delegation goes on in a sentence of its own, its subject "đoàn" (the partner named in one of the two
# sentences before it), handing over or visiting at the place: "Sáng 18-10, đoàn xuất phát từ trụ sở Hội Chữ thập
# đỏ tỉnh A … . Dự kiến, ngày 19-10, đoàn sẽ trao quà hỗ trợ người dân … tại tỉnh B." (round 38, late38b, mass38
# 08; used by partner_study.came_to for a Vietnamese venue: the same bare delegation as above, one module for both).
# (name, folded words, example of our own)
GOES_ON_TO: tuple[tuple[str, str, str], ...] = (
    ("hands_over", "đoàn (sẽ / đã / tiếp tục) trao, tặng, trao tặng, hỗ trợ … tại / ở",
     "Đoàn công tác Hội Chữ thập đỏ tỉnh A lên đường chiều 5/10. Ngày 6/10, đoàn sẽ trao quà cho người dân vùng lũ tại tỉnh B."),
    ("visits", "đoàn (sẽ / đã / tiếp tục) đến thăm, thăm hỏi, thăm và tặng quà … tại / ở",
     "Đoàn đại biểu huyện A do Phó Chủ tịch UBND huyện dẫn đầu. Sau đó, đoàn đến thăm hỏi các gia đình chính sách tại tỉnh B."),
)
GOES_ON_NOT: tuple[str, ...] = (
    # the delegation's own province again: no second partner
    "Đoàn công tác tỉnh A lên đường sáng 5/10. Đoàn sẽ trao quà tại huyện C của tỉnh A.",
    # a delegation of another side named in the sentence ("đoàn tỉnh C"): came_to's own rule, not this one
    "Đoàn công tác tỉnh A lên đường sáng 5/10. Đoàn công tác tỉnh C cũng trao quà tại tỉnh B.",
)
_GOES_ON_TO = re.compile(r"\W*(?:(?:du kien|sau do|tiep do|tiep theo|cung ngay)\s*,?\s*)?"
                         r"(?:(?:sang|chieu|toi|trua)?\s*(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*,?\s*)?"
                         r"doan\s+(?:(?:se|da|tiep tuc|con)\s+)?(?:trao|tang|ho tro|den tham|tham)\b"
                         r"[^.;]{0,120}?\b(?:tai|o)\s+$")


def _home_just_before(text: str, lo: int, homes: list[int]) -> bool:
    """Is ``home`` named in one of the two sentences before the one at ``lo``?"""
    back = lo - 1
    for _ in range(2):
        back = max(text.rfind(". ", 0, back - 1), text.rfind("\n", 0, back - 1))
    return any(back < h < lo for h in homes)


def goes_on_to(text: str, lo: int, end: int, homes: list[int]) -> bool:
    """Does the sentence at ``lo`` go on with the bare delegation handing over or visiting at the place that starts
    at ``end`` (:data:`GOES_ON_TO`), its side named (``homes``) in one of the two sentences before?"""
    return _home_just_before(text, lo, homes) and _GOES_ON_TO.match(fold_slice(text, lo, end)) is not None
