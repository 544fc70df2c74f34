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

__all__ = ["GET_TOGETHERS", "RECEIVE_VERBS", "STUDENTS", "STUDENT_GATHERINGS", "gathers_students", "receives_students",
           "welcomes_students"]

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


# --- students welcomed with no get-together named (round 28, late28b): "sáng 6/9, Trường Cao đẳng A tổ chức đón
# tiếp 10 lưu học sinh tỉnh B sang học tập tại trường". 'đón tiếp' alone reads as a host receiving guests (a visit,
# rank 7), but the guests here are the students who come to study: the reception, 'other', as at a get-together
# above. A delegation received ("đón tiếp đoàn cán bộ tỉnh B"), a visit named ("sang thăm", "chuyến công tác") or
# a meeting of the sides in the clause keeps its own type.
_VISIT_NAMED = re.compile(r"\b(?:tham(?!\s+(?:gia|du|quan|luan|muu|khao|dinh|tra)\b)|chuyen cong tac|xa giao|hoi kien)\b")


def welcomes_students(clause: str) -> bool:
    """Does the folded ``clause`` welcome students (:data:`RECEIVE_VERBS` then :data:`STUDENTS`), not merely
    planned, with no visit named and no talks, meeting or signing of the sides?"""
    if "hoc sinh" not in clause and "sinh vien" not in clause and "hoc vien" not in clause:
        return False
    got = _RECEIVES.search(clause)
    if got is None or _SIDES_MEET.search(clause) is not None or _VISIT_NAMED.search(clause) is not None:
        return False
    return _NOT_YET.search(clause, 0, got.start()) is None


# --- a get-together held WITH students (round 23): "Hội Hữu nghị tỉnh A tổ chức buổi tọa đàm, gặp mặt và giao lưu
# với đại diện sinh viên tỉnh B đang học tập tại tỉnh" (for the partner's National Day), "đã diễn ra diễn đàn 'Sinh
# viên A – B …' và chương trình nghệ thuật hữu nghị". The students are the guests, not the sides' officials: no
# meeting between the localities is held, and every labelled page of students is 'other' (border20 03, orgs20 10,
# sector21 04). A meeting of the sides ABOUT students ("tọa đàm về công tác đào tạo lưu học sinh tỉnh B") names
# them after "về" and stays a meeting; talks, a signing or a working session in the clause keep it one.
#: The get-togethers held with students (folded; example).
STUDENT_GATHERINGS: tuple[tuple[str, str], ...] = (
    ("toa dam", "Hội Hữu nghị tỉnh A tổ chức tọa đàm, gặp mặt với lưu học sinh tỉnh B"),
    ("gap mat", "Sở Ngoại vụ tỉnh A gặp mặt sinh viên tỉnh B nhân dịp Tết cổ truyền"),
    ("gap go", "lãnh đạo tỉnh A gặp gỡ 50 lưu học sinh tỉnh B"),
    ("giao luu", "Hội Hữu nghị tỉnh A giao lưu với đại diện sinh viên tỉnh B"),
    ("hop mat", "tỉnh A họp mặt lưu học sinh tỉnh B đón Tết"),
    ("dien dan", "đã diễn ra diễn đàn 'Sinh viên A – B cùng hội nhập'"),
)
_GATHERING = "|".join(sorted((w for w, _ in STUDENT_GATHERINGS), key=len, reverse=True))
# the get-togethers (one or several, joined by ",", "và"), then the students as those met, or a forum named for them
_WITH_STUDENTS = re.compile(
    r"\b(?:" + _GATHERING + r")(?:\s*(?:,|va)\s*(?:" + _GATHERING + r"))*\s+(?:voi|cung|cua)?\s*"
    r"(?:dai dien\s+)?(?:cac\s+|hon\s+|gan\s+|\d+\s+)?[\"'“”‘’«]?\s*(?:" + _alt(STUDENTS) + r")\b")
_SIDES_HOLD = re.compile(r"\b(?:hoi dam|ky ket|hoi nghi|lam viec|hoi kien|giao ban|thoa thuan|bien ban|ghi nho)\b")


def gathers_students(clause: str) -> bool:
    """Does the folded ``clause`` hold a get-together held with students (:data:`STUDENT_GATHERINGS`), no talks,
    working session or signing of the sides named in it?"""
    if "sinh vien" not in clause and "hoc sinh" not in clause and "hoc vien" not in clause:
        return False
    return _WITH_STUDENTS.search(clause) is not None and _SIDES_HOLD.search(clause) is None
