"""Two occasions held together, a meeting named first and a work's rite joined after it by "và": "Ngày 12/9, tại
tỉnh A diễn ra Hội nghị sơ kết 5 năm thực hiện mô hình kết nghĩa … và khánh thành Nhà văn hóa hữu nghị".
The type table (:mod:`.type_vocab`) ranks a work's rite ("khánh thành", "bàn giao", rank 3) above a meeting
(rank 5), so that a ceremony the meeting is part of wins ("Lễ khánh thành cầu … , sau lễ hai bên hội đàm").
When the sentence tells what took place ("diễn ra", "tổ chức") and names the meeting first, the rite after
"và" is added to it: the meeting is the occasion (:func:`meeting_then_rite`, asked by
:mod:`.main_event_type` when the sentence's type came out 'other').

A signing ceremony joined after the meeting the same way ("diễn ra Hội đàm cấp cao và Lễ ký kết Thỏa thuận hợp
tác …", round 27, asia27k 06) is the signing held at that meeting: read as "hội đàm và ký kết …" (a13), the talks
with a signing in them, which :mod:`.signing_or_talks` weighs (a headline that names the signing alone still makes
it the signing). The ceremony's own row ranks above the meeting ("lễ ký kết", rank 4: "đoàn tỉnh A dự Lễ ký kết
…", "Lễ ký kết …, sau lễ hai bên hội đàm"); only its "lễ" is set aside here (:func:`meeting_then_signing_rite`).

Each row of :data:`MEETINGS` and :data:`RITES` is a folded phrase (no accents, no case, đ→d) with an
example written for it. A meeting held to sign ("Hội nghị ký kết …") is a signing, not read here.

A signing ceremony named first and a work's rite joined after it by "và" ("tổ chức Lễ ký kết thỏa thuận hợp tác
giữa hai đơn vị và khánh thành Trạm phát sóng …", round 39, press39 03) is the signing: the partners' act is the
agreement, the work inaugurated at the same ceremony is its occasion's second item (:func:`signing_then_rite`).
The rite named first ("Lễ khánh thành cầu … và ký kết …", "khánh thành … Tại buổi lễ, hai bên ký kết") stays the
rite (rank 3 in the type table).
"""

from __future__ import annotations

import re

__all__ = ["HELD", "MEETINGS", "RITES", "SIGNING_RITES", "meeting_then_rite", "meeting_then_signing_rite",
           "signing_then_rite"]

#: What took place: the verb that opens the list of occasions (folded; example).
HELD: tuple[tuple[str, str], ...] = (
    ("dien ra", "Sáng 12/9, tại huyện A diễn ra Hội nghị tổng kết … và khánh thành …"),
    ("to chuc", "hai huyện đã tổ chức hội đàm và lễ bàn giao công trình …"),
    ("khai mac", "khai mạc Hội thảo hợp tác … và khánh thành …"),
)
#: The meeting named first (folded; example).
MEETINGS: tuple[tuple[str, str], ...] = (
    ("hoi nghi", "diễn ra Hội nghị sơ kết 5 năm kết nghĩa cụm dân cư và khánh thành Nhà văn hóa"),
    ("hoi dam", "hai huyện tổ chức hội đàm và bàn giao trường học cho huyện bạn"),
    ("hoi thao", "tổ chức Hội thảo hợp tác du lịch và khánh thành điểm đón khách"),
    ("toa dam", "tổ chức tọa đàm và khởi công nhà văn hóa"),
    ("so ket", "tổ chức sơ kết 3 năm kết nghĩa và bàn giao nhà đại đoàn kết"),
    ("tong ket", "diễn ra tổng kết 10 năm kết nghĩa và khánh thành cổng chào"),
)
#: A work's rite joined after the meeting by "và" (folded; example).
RITES: tuple[tuple[str, str], ...] = (
    ("khanh thanh", "… và khánh thành Nhà văn hóa hữu nghị"),
    ("ban giao", "… và lễ bàn giao công trình"),
    ("khoi cong", "… và khởi công nhà văn hóa"),
    ("gan bien", "… và lễ gắn biển công trình"),
)
_MEETING = re.compile(r"\b(?:" + "|".join(w for w, _ in HELD) + r")\s+(?:(?:le|buoi|cuoc)\s+)?("
                      + "|".join(w for w, _ in MEETINGS) + r")\b(?!\s+(?:ky|trien khai ky)\b)")
_RITE = re.compile(r"\bva\s+(?:le\s+)?(?:" + "|".join(w for w, _ in RITES) + r")\b")
_ANY_RITE = re.compile(r"\b(?:" + "|".join(w for w, _ in RITES) + r")\b")


def meeting_then_rite(clause: str) -> str | None:
    """The meeting's phrase when the folded ``clause`` tells a meeting held first and a work's rite joined
    after it by "và" (:data:`MEETINGS`, :data:`RITES`), no rite before the meeting; else None."""
    return _first_then_rite(_MEETING, clause, 1)


_SIGNING_RITE = re.compile(r"\bva\s+(le)\s+ky(?: ket)?\b")


def meeting_then_signing_rite(clause: str) -> str | None:
    """The folded ``clause`` with the "lễ" of a signing ceremony blanked when the ceremony is joined by "và" after a
    meeting the sentence tells as held first ("diễn ra Hội đàm … và Lễ ký kết …", :data:`HELD`, :data:`MEETINGS`),
    no rite before the meeting; else None."""
    if "le ky" not in clause:
        return None
    meeting = _MEETING.search(clause)
    if meeting is None or _ANY_RITE.search(clause, 0, meeting.start()) is not None or "le ky" in clause[:meeting.start()]:
        return None
    rite = _SIGNING_RITE.search(clause, meeting.end())
    if rite is None or re.search(r"[.;]", clause[meeting.end():rite.start()]):
        return None
    return clause[:rite.start(1)] + "  " + clause[rite.end(1):]


#: A signing ceremony named first (folded; example); a rite of :data:`RITES` joined after it by "và".
SIGNING_RITES: tuple[tuple[str, str], ...] = (
    ("le ky ket", "hai đài tổ chức Lễ ký kết thỏa thuận hợp tác và khánh thành trạm phát sóng"),
    ("le ky", "hai huyện tổ chức lễ ký biên bản ghi nhớ và bàn giao nhà văn hóa"),
    ("buoi ky ket", "diễn ra buổi ký kết chương trình phối hợp và gắn biển công trình"),
)
_SIGNING_FIRST = re.compile(r"\b(?:" + "|".join(w for w, _ in SIGNING_RITES) + r")\b")


def signing_then_rite(clause: str) -> str | None:
    """The signing ceremony's phrase when the folded ``clause`` names a signing ceremony (:data:`SIGNING_RITES`)
    and, after it, a work's rite joined by "và" (:data:`RITES`), no rite before the signing and no stop between;
    else None."""
    return _first_then_rite(_SIGNING_FIRST, clause, 0)


def _first_then_rite(first: re.Pattern[str], clause: str, group: int) -> str | None:
    """``first``'s phrase (its ``group``) when the folded ``clause`` names it with no work's rite before it and a rite
    after it (:data:`RITES`) with no stop between; else None."""
    found = first.search(clause)
    if found is None or _ANY_RITE.search(clause, 0, found.start()) is not None:
        return None
    rite = _RITE.search(clause, found.end())
    if rite is None or re.search(r"[.;]", clause[found.end():rite.start()]):
        return None
    return found.group(group)
