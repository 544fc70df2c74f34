"""A letter the page reports as just sent, dated by its number's day (round 43, late43a).

"Vừa qua, UBND thành phố A đã có văn bản số 123/UBND ngày 5/10/2021 thống nhất chủ trương …": the news is the
letter (an announcement, the type table's "có văn bản"), and the day after its number is the day it was sent,
the page's occasion — as "ban hành Quyết định số … ngày …" (verdict "issued") already was. Read only when the
sentence tells the letter as new ("vừa", "vừa qua", "mới"), the subject having it ("(đã) có văn bản / công văn"):
without that word the same words cite an earlier letter ("Trước đó, UBND tỉnh đã có văn bản số … ngày …"), a
document's day. And not when the letter asks for an occasion ("… đề nghị tỉnh B cử đoàn sang dự …": round 20's
split, `other_occasions.ASKED_OCCASION`: the occasion asked for is the news).

| shape (folded)                                   | example (our own)                                                   |
|--------------------------------------------------|---------------------------------------------------------------------|
| vừa (qua), … (đã) có văn bản / công văn số …     | "Vừa qua, UBND huyện A đã có văn bản số 45/UBND ngày 3/8/2022 đồng ý …" |
| vừa / mới (đã) có văn bản / công văn số …        | "UBND tỉnh A vừa có công văn số 12/UBND-VX ngày 9/5/2023 thống nhất …" |
"""

from __future__ import annotations

import re

from .other_occasions import ASKED_OCCASION

__all__ = ["JUST_SENT", "just_sent_letter"]

#: (name, example) — the shapes of :data:`_JUST_SENT`.
JUST_SENT: tuple[tuple[str, str], ...] = (
    ("vua_qua_co_van_ban", "Vừa qua, UBND huyện A đã có văn bản số 45/UBND ngày 3/8/2022 đồng ý xây dựng nhà truyền thống"),
    ("vua_co_cong_van", "UBND tỉnh A vừa có công văn số 12/UBND-VX ngày 9/5/2023 thống nhất chủ trương kết nghĩa"),
)
_JUST_SENT = re.compile(r"(?:\bvua(?:\s+qua)?\b(?:[^.;\n]{0,80}?\s)?(?:da\s+)?|\b(?:vua|moi)\s+(?:da\s+)?)co\s+$")
_NOUN = re.compile(r"(?:van ban|cong van)\s")
_ASKED = re.compile(ASKED_OCCASION[0])


def just_sent_letter(near: str, at: int, after: str) -> bool:
    """Does the folded ``near`` tell, right before the document noun at ``at``, a letter just sent ("vừa qua, …
    đã có văn bản" ), and the folded ``after`` (after its day) ask for no occasion?"""
    return (_NOUN.match(near, at) is not None and _JUST_SENT.search(near, 0, at) is not None
            and _ASKED.match(after) is None)
