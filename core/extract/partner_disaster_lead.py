"""A lead that tells only a disaster names no sides (round 58, late58e: khmer58 02; used by :mod:`.page_partners`).

A relief page may open with the disaster the aid is for, told as already known ("Như đã đưa tin, ngày 3-4/5/2030,
tại nhiều địa phương ở tỉnh A, B và C đã xảy ra mưa đá, gây thiệt hại …"), and tell its occasion, the aid, in the
next paragraph ("Ngày 20/5/2030, Hội Chữ thập đỏ tỉnh D … trao quà cho người dân huyện E, tỉnh A"). The places of
that lead are where the disaster struck, not the sides of the occasion: a list of the places a hailstorm hit is no
list of partners, and read as the lead it outranked the sides the aid's paragraph names. The partners then read the
next paragraph as the lead; the first paragraph's places count as the body's (the struck province that receives
the aid is still named, and credited, there). Matched on folded text (no accents, no case, đ→d); every example is
ours.

=================  ===========================================================================  ====================
rule               example (written for the table)                                              the partners' lead
=================  ===========================================================================  ====================
disaster_lead      "Như đã đưa tin, ngày 3-4/5/2030, ở tỉnh A, B và C đã xảy ra mưa đá, gây     the next paragraph
                   thiệt hại nặng cho người dân." then "Ngày 20/5/2030, Hội Chữ thập đỏ tỉnh
                   D trao quà cho người dân tỉnh A."
NOT: help told     "Bão số 9 gây thiệt hại nặng cho tỉnh B; tỉnh A đã hỗ trợ 2 tỷ đồng."        the lead, as before
NOT: no disaster   "Tỉnh A và tỉnh B đã xảy ra nhiều hoạt động giao lưu …" (no disaster word)   the lead, as before
=================  ===========================================================================  ====================

The lead must name a disaster (:data:`.year_relief.DISASTERS`, and the storms of :data:`STORMS`) told as happening
(:data:`_STRUCK`'s words: "xảy ra", "xuất hiện", "gây", "thiệt hại", …) and no act of help or meeting (the words of
:func:`.disaster_days.disaster_days`, but "đưa tin", the reporter's own word); the body must hold a paragraph after it.
"""

from __future__ import annotations

import re

from .year_relief import _DISASTER

__all__ = ["STORMS", "disaster_lead"]

#: Storms the relief pages name besides year_relief's disasters (folded), each with an example of ours.
STORMS: tuple[tuple[str, str], ...] = (
    (r"mua da|gio loc|loc set|mua giong", "ở tỉnh A, B và C đã xuất hiện mưa đá kèm theo gió lốc"),
)
#: the lead's literal gate: a word the happening must contain (tested before any pattern)
_GATE = ("xay ra", "xuat hien", "thiet hai", "do bo", "tan pha", "thieu rui")
_DISASTER_LEAD = re.compile(r"\b(?:" + _DISASTER + "|" + "|".join(p for p, _ in STORMS) + r")\b")
_STRUCK = re.compile(r"\b(?:xay ra|xuat hien|gay(?: ra)?|do bo|tan pha|thieu rui|lam sap|cuon troi|vui lap|thiet hai)\b")
#: an act of help or a meeting (disaster_days' words; "đưa tin" is the reporter's: "Như đã đưa tin")
_HELP = re.compile(r"\b(?:trao|tang|ung ho|ho tro|tham|tiep nhan|ban giao|cuu tro|to chuc|lam viec|ky|chuyen|"
                   r"doan|phat dong|quyen gop|van chuyen|dua(?! tin))\b")


def disaster_lead(folded: str, lead: tuple[int, int], body_end: int) -> tuple[int, int] | None:
    """The next paragraph's span when the lead ``folded[lead[0]:lead[1]]`` tells only a disaster (the table above),
    else None."""
    l0, l1 = lead
    seg = folded[l0:l1]
    if not any(w in seg for w in _GATE):
        return None
    if _DISASTER_LEAD.search(seg) is None or _STRUCK.search(seg) is None or _HELP.search(seg) is not None:
        return None
    i = l1
    while i < body_end and folded[i].isspace():
        i += 1
    if i >= body_end:
        return None
    j = folded.find("\n", i, body_end)
    return (i, body_end if j == -1 else j)
