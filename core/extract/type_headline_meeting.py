"""A meeting the headline opens with, held within the delegation's trip the lead dates (round 23).

A page whose headline names a meeting ("Giao ban …", "Hội đàm …", "Hội nghị …", "Kỳ họp …") may date the
delegation's trip in its lead ("Từ ngày 5 đến ngày 8/4, Đoàn công tác tỉnh A … đã sang thăm và làm việc tại
tỉnh B") and tell the meeting itself only further down, in captions and in the body ("Quang cảnh Hội nghị",
"Dự buổi hội đàm có …"), with no day of its own. The occasion the page reports is the meeting its headline
names: every labelled page whose headline opens with one of the four is a conference (the corpus's a01, a13,
a28, a30, b12 and 16 pages of the sets, counted in round 23), none a visit. Round 20's
:mod:`type_headline_talks` read the talks told in the lead's next sentence on one day; this reads any of the
four meetings, told in the next sentences of the page (captions included), over one day or several.

=========================================  ==============================================  ==========
headline                                   lead, then the page                             type
=========================================  ==============================================  ==========
"Giao ban công tác quân sự hai tỉnh A và   "Từ ngày 5 đến 8/4, Đoàn công tác Bộ CHQS tỉnh   conference
B"                                         A … đã sang thăm và làm việc tại Bộ CHQS tỉnh
                                           B." "Quang cảnh Hội nghị" "Dự buổi hội đàm có …"
"Hội đàm giữa huyện A và huyện B"          "Trong hai ngày 3 và 4/6, đoàn huyện B … sang   conference
                                           thăm và làm việc tại huyện A." "Tại buổi hội
                                           đàm, hai bên …"
"Đoàn công tác tỉnh A thăm và làm việc     (the same)                                      visit
tại tỉnh B"
"Hội đàm giữa tỉnh A và tỉnh B"            "Ngày 5/2, đoàn tỉnh B sang thăm, chúc Tết      visit
                                           tỉnh A." (a greeting: the visit)
"Hội nghị …"                               a trip, and the page names no meeting after it  not this rule
=========================================  ==============================================  ==========
"""

from __future__ import annotations

import re
from typing import Sequence

from .type_phrases import headline_occasion as _headline_occasion

__all__ = ["HEADLINE_MEETINGS", "meeting_of_headline_in_trip"]

#: The meetings a headline may open with (folded), each with an example of our own.
HEADLINE_MEETINGS: tuple[tuple[str, str], ...] = (
    ("hoi dam", "Hội đàm giữa Đoàn đại biểu huyện A và huyện B (Lào)"),
    ("giao ban", "Giao ban, trao đổi kinh nghiệm công tác quân sự hai tỉnh A và B"),
    ("hoi nghi", "Hội nghị thường niên giữa tỉnh A và tỉnh B"),
    ("ky hop", "Kỳ họp lần thứ 5 Ủy ban hợp tác tỉnh A và tỉnh B"),
)
_MEETINGS = frozenset(m for m, _ in HEADLINE_MEETINGS)
#: ... and the page must name one of them after the dated sentence: the meeting was held on the trip
_HELD = re.compile(r"\b(?:hoi dam|giao ban|hoi nghi|ky hop)\b")
#: a greeting in the dated sentence leaves the trip the visit (the type's conventions: a greeting is a visit)
_GREETING = re.compile(r"\b(?:chuc tet|chao xa giao|tham xa giao|chuc xuan|tham hoi|vui tet|don tet)\b")
#: how many of the page's sentences after the dated one are read (captions are sentences of their own)
_NEXT = 6


def meeting_of_headline_in_trip(folded_title: str, folded: str, sentences: Sequence[tuple[int, int]],
                                dated: tuple[int, int]) -> str | None:
    """The meeting (folded) the headline opens with when the page names it again in the sentences after the
    dated one (``dated``: that sentence's span) and the dated sentence holds no greeting; else None."""
    head = _headline_occasion(folded_title) if folded_title else None
    if head is None or head[1] not in _MEETINGS:
        return None
    s, e = dated
    if _GREETING.search(folded, s, e) is not None:
        return None
    after = [(a, b) for a, b in sentences if a >= e][:_NEXT]
    if any(_HELD.search(folded, a, b) is not None for a, b in after):
        return head[1]
    return None
