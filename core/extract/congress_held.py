"""A national Party Congress told as just held (round 59, late59c): the page's occasion congratulates its
success ("… sang thăm, chúc Tết và chúc mừng thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng Cộng
sản Việt Nam") or tells it held just now ("Đại hội … lần thứ XIV của Đảng … được tổ chức thành công vừa qua").
The congress is one of the reviewed table :data:`~hoptac.core.extract.anniversaries.KNOWN_CONGRESSES`, each held
in January of its year: the congratulation is the news of the months after it, so a day from February to
December is in the congress's year (the cue ``party_congress_held`` of
:data:`~hoptac.core.extract.year_cue_kinds.CUES`; the congress greeted *ahead* is ``party_congress``). A day in
January may lie before the congress or a year after it: no cue. The congress is a lower bound and its success
told as news the upper one; neither alone gives a year.

Only the national congress of Vietnam's Party: its number followed by "của Đảng" (or "của Đảng Cộng sản Việt
Nam") where the name ends. The Lao Party's congresses are held in the same Januaries with numbers two lower
("Đại hội XI của Đảng Nhân dân Cách mạng Lào", 2021, where Vietnam's XI is 2011), and a province's congress
("Đại hội Đảng bộ tỉnh …") is another occasion: neither is read. Matched on folded text (no accents, no case,
đ→d), from the "đại hội" that :func:`~hoptac.core.extract.congress_term.congress_term_cues` already walks,
behind the literal "thanh cong" near it.

Each shape, with a sentence of ours (the cue's year):

==================  ============================================================================  ==========
shape               example                                                                       year
==================  ============================================================================  ==========
congratulated       "Ngày 6/3, đoàn tỉnh A sang thăm, chúc mừng thành công Đại hội đại biểu toàn   2021
                    quốc lần thứ XIII của Đảng Cộng sản Việt Nam."
greeted after it    "… nhiệt liệt chào mừng sự thành công của Đại hội XIII của Đảng."             2021
held just now       "… thông báo Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã được tổ chức  2021
                    thành công tốt đẹp vừa qua"; "… Đại hội XIII của Đảng vừa thành công …"
the Lao Party's     "chúc mừng thành công Đại hội XI của Đảng Nhân dân Cách mạng Lào"             none
a province's        "chúc mừng thành công Đại hội Đảng bộ tỉnh B lần thứ XIII"                    none
no party named      "chúc mừng thành công Đại hội đại biểu toàn quốc lần thứ XII."                none
its resolution      "quyết tâm thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng"              none
a day in January    "Ngày 28/1, … chúc mừng thành công Đại hội XIII của Đảng"                     none
==================  ============================================================================  ==========
"""

from __future__ import annotations

import re

from .anniversaries import KNOWN_CONGRESSES
from .year_cue_kinds import YearCue, _cue

__all__ = ["CONGRESS_HELD", "national_congress_held"]

#: The shapes read (name, a sentence of ours); the table above gives their years.
CONGRESS_HELD: tuple[tuple[str, str], ...] = (
    ("congratulated", "Ngày 6/3, đoàn tỉnh A sang thăm, chúc mừng thành công Đại hội đại biểu toàn quốc lần thứ "
                      "XIII của Đảng Cộng sản Việt Nam."),
    ("greeted_after", "Hội nghị nhiệt liệt chào mừng sự thành công của Đại hội XIII của Đảng."),
    ("held_just_now", "Ông A thông báo Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã được tổ chức thành công "
                      "tốt đẹp vừa qua."),
)
_YEAR = {n: y for r, a, y in KNOWN_CONGRESSES for n in (r, a)}
_NUMBERS = "|".join(sorted(_YEAR, key=len, reverse=True))
#: The national congress from "đại hội" to the end of its name: its number, then "của Đảng (Cộng sản Việt Nam)"
#: where the name ends (a stop, or a word that goes on with the clause).
_NAME = re.compile(rf"dai hoi\s+(?:dai bieu\s+)?(?:dang\s+)?(?:toan quoc\s+)?(?:lan thu\s+)?(?P<n>{_NUMBERS})\b"
                   r"\s+cua dang(?:\s+cong san viet nam)?"
                   r"(?=\s*(?:[.,;:!?)\n]|$)|\s+(?:va|voi|da|vua|duoc|dien ra|to chuc)\b)")
#: Before it: its success congratulated or greeted ("chúc mừng (sự) thành công (của)").
_CONGRATULATED = re.compile(r"\b(?:chuc mung|chao mung)\s+(?:su\s+)?thanh cong\s+(?:tot dep\s+)?(?:cua\s+)?$")
#: After it: told held just now ("đã được tổ chức thành công tốt đẹp vừa qua", "vừa thành công").
_HELD_JUST_NOW = re.compile(r"\s+(?:da\s+)?(?:duoc\s+)?(?:to chuc|dien ra)\s+thanh cong(?:\s+(?:rat\s+)?tot dep)?\s+vua qua\b|"
                            r"\s+(?:da\s+)?vua\s+(?:duoc\s+)?(?:to chuc\s+|dien ra\s+)?thanh cong\b")
#: How far before "đại hội" the congratulation is looked for, and after it the words that must hold "thanh cong".
BEFORE, AFTER = 40, 200


def national_congress_held(folded: str, i: int) -> YearCue | None:
    """The cue ``party_congress_held`` for the "đại hội" at ``i`` of ``folded``, or None."""
    lo = max(0, i - BEFORE)
    if "thanh cong" not in folded[lo:i + AFTER]:
        return None   # (the literal gate: every shape holds it)
    m = _NAME.match(folded, i)
    if m is None:
        return None
    before = _CONGRATULATED.search(folded, lo, i)
    if before is not None:
        return _cue("party_congress_held", _YEAR[m.group("n")], m.start("n"), before.start(), m.end())
    after = _HELD_JUST_NOW.match(folded, m.end())
    if after is not None:
        return _cue("party_congress_held", _YEAR[m.group("n")], m.start("n"), i, after.end())
    return None
