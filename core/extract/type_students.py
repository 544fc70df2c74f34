"""A reception of students sent by the partner: "Ngày 20-10, Trường Đại học A tổ chức buổi gặp mặt, tiếp nhận
12 sinh viên tỉnh B sang học tập tại trường". Provinces that train each other's students (Lao provinces
sending students to a Vietnamese province's schools) report the students' arrival as a ceremony of its own; the
"buổi gặp mặt" it is held as names no meeting between the sides, and the type table (:mod:`.type_vocab`) would
read it as one (rank 5). The reception is the occasion: type other, as a handover (:func:`receives_students`,
asked by :mod:`.main_event_type` when the sentence's type came out 'conference' from a bare get-together).

Read only when the clause names nothing but the get-together ("gặp mặt", "gặp gỡ", "họp mặt"): talks or a signing
in the same sentence ("hội đàm, ký kết thỏa thuận tiếp nhận 50 lưu học sinh") stay what they are, and what is
agreed for later is not received yet. Matched on folded text (no accents, no case, đ→d).

| folded words before the students          | example (our own)                                                        |
|-------------------------------------------|--------------------------------------------------------------------------|
| tiep nhan                                 | "Trường Cao đẳng A tổ chức buổi gặp mặt, tiếp nhận 15 lưu học sinh tỉnh B" |
| don tiep, chao don                        | "Trường Đại học A tổ chức gặp mặt, chào đón 20 sinh viên tỉnh B"          |
| ban giao, nhan ban giao                   | "tỉnh A họp mặt, nhận bàn giao 18 học viên tỉnh B sang học tiếng Việt"    |

The students: "lưu học sinh", "sinh viên", "học viên", "học sinh", "du học sinh", with or without their
number before them.
"""

from __future__ import annotations

import re

from .anchors import first_words
from .openings import Opened

__all__ = ["GET_TOGETHERS", "RECEIVE_VERBS", "STUDENTS", "receives_students"]

#: The bare get-together the reception is held as (folded; example).
GET_TOGETHERS: tuple[tuple[str, str], ...] = (
    ("gap mat", "Trường Đại học A tổ chức buổi gặp mặt, tiếp nhận 12 sinh viên tỉnh B"),
    ("gap go", "Trường Cao đẳng A gặp gỡ, tiếp nhận 10 học viên tỉnh B"),
    ("hop mat", "tỉnh A họp mặt, nhận bàn giao 18 học viên tỉnh B"),
)
#: The verb that receives the students (folded; example).
RECEIVE_VERBS: tuple[tuple[str, str], ...] = (
    ("tiep nhan", "tiếp nhận 15 lưu học sinh tỉnh B sang học tập"),
    ("don tiep", "đón tiếp 20 sinh viên tỉnh B"),
    ("chao don", "chào đón 20 sinh viên tỉnh B đến học tập"),
    ("nhan ban giao", "nhận bàn giao 18 học viên tỉnh B"),
    ("ban giao", "bàn giao 25 lưu học sinh tỉnh B cho trường"),
)
#: The students (folded; example).
STUDENTS: tuple[tuple[str, str], ...] = (
    ("luu hoc sinh", "15 lưu học sinh tỉnh B"),
    ("du hoc sinh", "20 du học sinh tỉnh B"),
    ("sinh vien", "12 sinh viên tỉnh B"),
    ("hoc vien", "18 học viên tỉnh B"),
    ("hoc sinh", "30 học sinh tỉnh B"),
)


def _alt(rows: tuple[tuple[str, str], ...]) -> str:
    return "|".join(sorted((w for w, _ in rows), key=len, reverse=True))


_GET_TOGETHER = re.compile(r"\b(?:" + _alt(GET_TOGETHERS) + r")\b")
_GET_TOGETHER_AT = Opened(_GET_TOGETHER, tuple(sorted(first_words(_GET_TOGETHER.pattern))))  # at its words only (test_prefilters)
_RECEIVES = re.compile(r"\b(?:" + _alt(RECEIVE_VERBS) + r")\s+(?:(?:\d+|hon \d+|gan \d+)\s+)?(?:" + _alt(STUDENTS)
                       + r")\b")
# what is only agreed or planned ("thống nhất tiếp nhận", "sẽ tiếp nhận", "kế hoạch tiếp nhận"): not received yet
# an occasion of the sides themselves in the sentence: the sentence is that occasion, not the reception
_SIDES_MEET = re.compile(r"\b(?:hoi dam|ky ket|hoi nghi|hoi thao|toa dam|lam viec|hoi kien|giao ban|thoa thuan|bien ban|"
                         r"ghi nho)\b")
_NOT_YET = re.compile(r"\b(?:se|thong nhat|dong y|de nghi|ke hoach|du kien|chuan bi)\s+(?:\w+\s+){0,2}$")


def receives_students(clause: str) -> bool:
    """Does the folded ``clause`` hold a get-together (:data:`GET_TOGETHERS`) at which students are received
    (:data:`RECEIVE_VERBS` then :data:`STUDENTS`), after it in the same sentence and not merely planned, with
    no talks, meeting or signing of the sides named in the clause?"""
    meet = _GET_TOGETHER_AT.search(clause)
    if meet is None or _SIDES_MEET.search(clause) is not None:
        return False
    got = _RECEIVES.search(clause, meet.end())
    if got is None or re.search(r"[.;]", clause[meet.end():got.start()]):
        return False
    return _NOT_YET.search(clause, 0, got.start()) is None
