"""A rite of remembrance the two sides hold TOGETHER: the rite, 'other' (round 22, type22). Read by
:mod:`.main_event_type` when the dated clause names no occasion but a delegation (a visit, rank 9).

The sets label a rite held by both sides' delegations at once ("Đoàn đại biểu cấp cao hai tỉnh A – B … đã đến
đặt vòng hoa, dâng hương tại …", sector21 07; types20 03 with a ceremony in it) 'other', as the corpus labels the
same day's anniversary ceremony (a03): no side is on a trip, no host receives anyone. One side's delegation at a
rite in its partner's land stays on its trip, a visit: round 12's rows for every rite turned such visits into
'other' on unread pages (holdout14) and were dropped; this reads only the joint subject. A visit, a meeting or a
ceremony named in the clause ("đến thăm và dâng hương") keeps its own type. Matched on folded text (no accents, no
case, đ→d); sentences of our own in the examples.
"""

from __future__ import annotations

import re

from .type_phrases import DELEGATION_NOUNS, found as phrases_in

__all__ = ["JOINT_RITE_EXAMPLES", "joint_rite"]

# (examples)
JOINT_RITE_EXAMPLES: tuple[str, ...] = (
    "Sáng 14/9, Đoàn đại biểu cấp cao hai tỉnh A – B do ông C và ông D làm trưởng đoàn đã đến đặt vòng hoa, "
    "dâng hương tại Nghĩa trang liệt sĩ E.",
    "Sáng 14/9, đoàn đại biểu hai huyện A và B đã dâng hoa, viếng Nghĩa trang liệt sĩ quân tình nguyện.",
    "Chiều 14/9, lãnh đạo hai tỉnh A và B đã dâng hương tưởng niệm các anh hùng liệt sĩ.",
    "Sáng 5/11, đoàn công tác 3 tỉnh A, B, C do các bí thư tỉnh ủy dẫn đầu đã đến dâng hoa tại Khu di tích D.",
)
# the rite: incense, wreaths, flowers, a visit to a cemetery or a memorial
_RITE = re.compile(r"(?:d(?<!\w.)ang huong|d(?<!\w.)at vong hoa|d(?<!\w.)ang hoa|"   # (\b(?:dang huong|…): first letters
                   r"v(?<!\w.)ieng (?:nghia trang|dai tuong niem|den tho|tuong dai))\b")     # first; test_prefilters)
# both sides as one subject: a delegation or the leaders "of two provinces / districts / … / sides", the number in the
# subject's own words ("đoàn công tác tỉnh A đến hai huyện …" is one side going somewhere); three sides as one
# subject too, the number in words or figures ("đoàn công tác 3 tỉnh …", "lãnh đạo ba tỉnh …": round 59, late59b)
_JOINT = re.compile(r"\b(?:(?:phai )?doan(?: (?:dai bieu|cong tac|can bo|lanh dao))?(?: cap cao)?|lanh dao|dai bieu|"
                    r"can bo) (?:hai|ba|2|3) (?:tinh|huyen|thanh pho|quan|thi xa|xa|ben|dia phuong|nuoc)\b")

# a delegation named before the joint subject is one side's, the joint leaders its company: its trip, a visit
# ("Sáng 14/9, đoàn đại biểu tỉnh A do ông C dẫn đầu cùng lãnh đạo hai tỉnh dâng hương tại …", review22)
_ONE_SIDE_FIRST = re.compile(r"\b(?:doan|lanh dao|dai bieu)\b")


def joint_rite(folded_clause: str) -> bool:
    """Does the clause tell a rite of remembrance held by both sides together, and no other occasion?"""
    rite = _RITE.search(folded_clause)
    if rite is None:
        return False
    joint = _JOINT.search(folded_clause, 0, rite.start())
    if joint is None or _ONE_SIDE_FIRST.search(folded_clause, 0, joint.start()):
        return False   # "đoàn đại biểu tỉnh A … cùng lãnh đạo hai tỉnh dâng hương": A's delegation on its trip (review22)
    return all(f[3] in DELEGATION_NOUNS for f in phrases_in(folded_clause))
