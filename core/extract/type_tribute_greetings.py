"""A side that comes to lay incense or flowers and to greet its partner (round 23, typewide23d): a greeting, the
visit.

A partner's delegation often pays its tribute first and greets after it, in one clause: "Tỉnh trưởng tỉnh A đã dẫn
đầu đoàn đến dâng hương tại Nhà tưởng niệm … và chúc mừng Tổng Lãnh sự quán B nhân dịp Quốc khánh". The greeting is
the visit (README: a greeting, a meeting with a partner's side for its National Day; "đến chúc mừng" is a row of
:mod:`.type_vocab`), but the tribute's words stood between the travel verb and the greeting, so no row matched and
the clause read as no occasion ('other'). A rite with no greeting ("hai đoàn đến đặt vòng hoa, dâng hương tại …")
stays the rite (:mod:`.type_joint_rites`); so does a tribute told after ";" as a step before the
sentence's own occasion ("hai tỉnh tổ chức lễ tưởng niệm; trước đó các đại biểu đến dâng hương … và chúc mừng …",
review23b). Matched on folded text (no accents, no case, đ→d).

| folded words                                                            | read as | example (our own)                        |
|-------------------------------------------------------------------------|---------|------------------------------------------|
| đến/sang/tới dâng hương / dâng hoa / đặt vòng hoa / viếng … và chúc mừng | visit   | "đoàn đến dâng hoa … và chúc mừng …"     |
| … và (thăm,) chúc Tết                                                    | visit   | "đến dâng hương … và thăm, chúc Tết …"   |
"""

from __future__ import annotations

import re

__all__ = ["TRIBUTE_GREETING_EXAMPLES", "pays_tribute_and_greets"]

TRIBUTE_GREETING_EXAMPLES: tuple[str, ...] = (
    "Nhân dịp Quốc khánh nước bạn, ông A, Tỉnh trưởng tỉnh Champasak, đã dẫn đầu đoàn đến dâng hương tại Nhà lưu "
    "niệm Chủ tịch Hồ Chí Minh và chúc mừng Tổng Lãnh sự quán Việt Nam tại Pakse.",
    "Sáng 2/12, đoàn đại biểu huyện A sang dâng hoa tại tượng đài Chủ tịch Kaysone Phomvihane và chúc mừng huyện B.",
)
# the travel verb straight before the tribute, then (same clause, no full stop) "và" and the greeting
_TRIBUTE_GREETING = re.compile(
    r"(?<!huong )(?<!tien )\b(?:den|sang|toi)\s+(?:dang huong|dang hoa|dat vong hoa|dat hoa|vieng)\b"
    r"[^.;]{0,200}?\bva\s+(?:tham,?\s+)?(?:chuc mung|chuc tet)\b")


def pays_tribute_and_greets(folded_clause: str) -> bool:
    """Does the folded clause tell a side that comes to pay a tribute and greet its partner ("đến dâng hương … và
    chúc mừng")?"""
    m = _TRIBUTE_GREETING.search(folded_clause)
    # (review23b) not told after ";": "A và B tổ chức lễ tưởng niệm; trước đó các đại biểu đến dâng hương … và
    # chúc mừng …" is a step before the sentence's own occasion, which stays the type
    return m is not None and ";" not in folded_clause[:m.start()]
