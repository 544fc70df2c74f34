"""A get-together named by what it is for (round 27, late27c): the celebration or the handover, not a meeting.

A bare get-together ("gặp mặt", "họp mặt", "gặp gỡ") is a meeting (rank 5 in :mod:`.type_vocab`) when nothing else
tells what it was. Two things told right with it make it another occasion, read by :mod:`.main_event_type` when the
dated clause reads as a conference and the get-together is the clause's only meeting, signing or visit:

| shape (folded words)                                         | read as | example (our own)                                        |
|--------------------------------------------------------------|---------|----------------------------------------------------------|
| get-together, up to 3 words, then a festive purpose          | other   | "buổi họp mặt hữu nghị mừng Xuân với huyện B"             |
| get-together joined by "," or "và" to gifts or aid handed over | other | "đoàn công tác tỉnh A đã gặp mặt, trao tặng quà hỗ trợ tỉnh B" |
| get-together of the people of a trade across the years (a reunion) | other | "Ban liên lạc tổ chức gặp mặt những người làm báo hai tỉnh qua các thời kỳ" |

The first is the table's "họp mặt mừng xuân" (rank 3, type_words) with the words a writer puts between
("hữu nghị", "thân mật", "truyền thống"); the second is the handover the corpus labels `other` when no trip is told
(a trip to hand it over stays a visit: :mod:`.type_aid_trips`, asked first). Not read: a get-together early in the
year ("gặp gỡ đầu xuân", a time: the leaders' meeting), a greeting ("gặp mặt, chúc Tết": the visit's row), an
exchange of views ("gặp mặt, trao đổi …": "trao đổi" hands nothing over), gifts given at talks or a working session
("hội đàm, tặng quà": the talks), and a get-together with a signing or a visit named with it (those rows decide).
Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from .type_phrases import found

__all__ = ["FESTIVE_PURPOSES", "GATHERINGS", "HANDOVERS", "REUNIONS", "gathering_for"]

#: The get-together's words (folded; example).
GATHERINGS: tuple[tuple[str, str], ...] = (
    ("hop mat", "hai huyện tổ chức buổi họp mặt thân mật mừng năm mới"),
    ("gap mat", "đoàn công tác tỉnh A gặp mặt, trao quà cho tỉnh B"),
    ("gap go", "lãnh đạo hai xã gặp gỡ, tặng quà các hộ nghèo"),
)
#: A festive purpose after it (folded; example).
FESTIVE_PURPOSES: tuple[tuple[str, str], ...] = (
    ("mung xuan", "buổi họp mặt hữu nghị mừng Xuân với các đại biểu huyện B"),
    ("mung tet", "họp mặt thân mật mừng Tết cổ truyền của nước bạn"),
    ("mung nam moi", "gặp mặt truyền thống mừng năm mới với lãnh đạo tỉnh B"),
    ("don xuan", "họp mặt hữu nghị đón xuân cùng đại diện tỉnh B"),
    ("don tet", "gặp mặt thân mật đón Tết với cán bộ huyện B"),
    ("vui xuan", "họp mặt vui xuân của hai đồn biên phòng"),
)
#: Gifts or aid handed over, joined right after it (folded; example).
HANDOVERS: tuple[tuple[str, str], ...] = (
    ("trao tang", "đã gặp mặt, trao tặng quà hỗ trợ tỉnh B"),
    ("trao qua", "gặp mặt và trao quà cho các gia đình chính sách của huyện B"),
    ("tang qua", "gặp gỡ, tặng quà cán bộ, chiến sĩ đồn biên phòng tỉnh B"),
    ("trao ho tro", "gặp mặt, trao hỗ trợ kinh phí khắc phục thiệt hại cho huyện B"),
    ("trao kinh phi", "gặp mặt và trao kinh phí xây dựng trường học cho tỉnh B"),
)
#: A reunion: the get-together of those who served in a trade or a body over the years (round 43, late43a: a
#: liaison board's "gặp mặt những người làm báo … qua các thời kỳ", attended by both localities' leaders), at
#: most 8 words after it (folded; example). Not a meeting of the two sides: 'other', as a celebration is.
REUNIONS: tuple[tuple[str, str], ...] = (
    ("qua cac thoi ky", "Ban liên lạc tổ chức gặp mặt những người làm báo hai tỉnh qua các thời kỳ"),
    ("cac the he", "hai huyện họp mặt các thế hệ cán bộ, giáo viên từng công tác tại xã biên giới"),
    ("truyen thong", "họp mặt truyền thống cựu thanh niên xung phong hai tỉnh (right after the get-together)"),
)
_G = "|".join(w for w, _ in GATHERINGS)
_FESTIVE = re.compile(rf"\b(?:{_G})\b((?:\s+[^\s,.;:]+){{0,3}}?)\s+(?<!\bchuc )"   # "chúc mừng năm mới": a greeting
                      rf"(?:{'|'.join(w for w, _ in FESTIVE_PURPOSES)})\b")
_REUNION = re.compile(rf"\b(?:{_G})\s+(?:truyen thong\b|(?:[^\s,.;:]+\s+){{0,8}}?(?:qua cac thoi ky|cac the he)\b)")
_HANDOVER = re.compile(rf"\b(?:{_G})(?:\s*,\s*|\s+va\s+)({'|'.join(w for w, _ in HANDOVERS)})\b")


def gathering_for(clause: str) -> tuple[str, str] | None:
    """The words that make the folded ``clause``'s get-together a celebration or a handover ("họp mặt … mừng xuân",
    "gặp mặt, trao tặng", "gặp mặt những người làm báo … qua các thời kỳ"), when it is the clause's only occasion of rank 7 or better, and the clause without the
    get-together's words before a handover ("… sang tỉnh B gặp mặt, trao tặng …" → "… sang tỉnh B trao tặng …", for
    :func:`.type_aid_trips.travels_to_give`); else None."""
    if "hop mat" not in clause and "gap mat" not in clause and "gap go" not in clause:
        return None
    m = _FESTIVE.search(clause) or _REUNION.search(clause)
    given = None if m is not None else _HANDOVER.search(clause)
    if m is None and given is None:
        return None
    if any(r <= 7 and not any(g in p for g, _ in GATHERINGS) and not (p == "to chuc hop" and "to chuc hop mat" in clause)
           for _, _, r, p in found(clause)):   # ("tổ chức họp mặt …": the get-together, not 'tổ chức họp', late43a)
        return None   # a signing, a visit, talks named with it: those rows decide
    if m is not None:
        return m.group(0), clause
    return given.group(0), clause[:given.start()] + clause[given.start(1):]
