"""A congress attended or held, named with the term it opens: "ông A … tham dự Đại hội đại biểu MTTQ
Việt Nam tỉnh B lần thứ XV, nhiệm kỳ 2024-2029" -- the congress elects the leadership of the term that
starts with it, so it is held in the term's first year (the cue ``congress_term`` of
:data:`~hoptac.core.extract.year_cue_kinds.CUES`). Matched on folded text (no accents, no case, đ→d).

The congress must be the page's occasion: the words before it attend, hold, open or close it, or
speak at it; or the words after its term say it was held. A congress named otherwise is no cue:
one whose resolution is carried out ("thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm
kỳ 2020-2025": any year of the term), one greeted or prepared ahead ("chào mừng Đại hội …",
"hướng tới", "chuẩn bị"), one before or after which something happened ("sau Đại hội …").

Only a congress named in the headline or in a sentence that gives a day and month (the occasion's own
sentence, "Ngày 12/3, ông A tham dự Đại hội …"): a congress named in the background of a meeting's
report ("Ngày 12/3, đoàn tỉnh A làm việc tại tỉnh B. … Tại Đại hội Đảng bộ tỉnh B lần thứ XVII, nhiệm kỳ
2020-2025, tỉnh đã xác định …") is not the page's occasion. Nor a congress at which something was
decided ("tại/trong Đại hội …, nhiệm kỳ …, tỉnh đã xác định / đề ra / đặt mục tiêu …"), nor a person's
past ("Ông A là đại biểu dự Đại hội …", "từng dự").

Each shape, with an example (the cue's year):

==========================  =====================================================================  =====
shape                       example                                                                year
==========================  =====================================================================  =====
attended                    "Chủ tịch tỉnh A tham dự Đại hội Hội Nông dân tỉnh B lần thứ X,        2023
                            nhiệm kỳ 2023 - 2028"
held, opened, closed        "… khai mạc Đại hội đại biểu Đảng bộ huyện C, nhiệm kỳ 2020-2025"      2020
at it                       "Tại Đại hội Công đoàn tỉnh D lần thứ XI, nhiệm kỳ 2023-2028, …"       2023
said held after its term    "Đại hội Đoàn TNCS tỉnh E, nhiệm kỳ 2022-2027 đã diễn ra …"           2022
its resolution              "thực hiện Nghị quyết Đại hội … nhiệm kỳ 2020-2025"                    none
background, undated         "Ngày 12/3, … làm việc tại tỉnh B. Tại Đại hội Đảng bộ tỉnh B …,        none
                            nhiệm kỳ 2020-2025, tỉnh đã xác định …" (no date in its sentence)
what it decided             "Ngày 5/4, … trong Đại hội …, nhiệm kỳ 2020-2025, tỉnh đặt mục tiêu …"  none
a person's past             "Ngày 5/4, … ông A là đại biểu dự Đại hội … nhiệm kỳ 2020-2025"       none
greeted ahead               "chào mừng Đại hội Công đoàn tỉnh … nhiệm kỳ 2023-2028"                none
==========================  =====================================================================  =====

A term runs TERM_YEARS (2 to 5 years: a cell's term may be shorter than five). In November and
December (the cue's shift) a congress may be held ahead of a term that starts the next year: no cue.
"""

from __future__ import annotations

import re
from typing import Sequence

from .congress_held import national_congress_held
from .year_cue_kinds import YearCue, _cue

__all__ = ["TERM_YEARS", "congress_term_cues"]

#: How many years a congress's term may run (its two years apart by this much).
TERM_YEARS = range(2, 6)
#: The words right before "Đại hội" that make it the page's occasion (attended, held, opened,
#: closed, congratulated at, spoken at).
_BEFORE = re.compile(r"(?:\b(?:tham du|du|to chuc|khai mac|be mac|chuc mung|phat bieu tai|tai|trong)\s+"
                     r"(?:(?:phien\s+)?(?:khai mac|be mac|tru bi|chinh thuc|thu nhat)\s+)?)$")
#: The congress, its name (at most 140 characters, no stop), and its term.
_TERM = re.compile(r"dai hoi\b[^.;!?\n]{0,140}?\bnhiem ky\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")
#: After the term, the words that say the congress was held (for a name that opens the sentence).
_HELD_AFTER = re.compile(r"\W*(?:(?:da|duoc|vua|long trong|chinh thuc)\s+){0,3}"
                         r"(?:dien ra|to chuc|khai mac|be mac|thanh cong)\b")
#: The words before "Đại hội" that make it another congress than the occasion: checked in the few
#: words before it even when _BEFORE matches ("sau khi tham dự", "chuẩn bị tổ chức").
_NOT_THE_OCCASION = re.compile(r"\b(?:nghi quyet|chao mung|huong toi|tien toi|chuan bi|sau|truoc|ket qua|"
                               r"se|du kien|ke hoach|la dai bieu|da tung|tung du|tung la)\b")
#: "tại/trong Đại hội …, nhiệm kỳ …, <someone> (đã) <decided>": what the congress decided, told as background.
_AT_IT = re.compile(r"\b(?:tai|trong)\s+$")
_DECIDED = re.compile(r"\b(?:xac dinh|de ra|dat muc tieu|dat ra|thong qua|chu truong|quyet tam|nhan dinh|"
                      r"khang dinh|lua chon|chon)\b")
#: Where a sentence ends (a headline ends at its line).
_STOP = re.compile(r"[.!?\n]")


def _sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in _STOP.finditer(folded, max(0, start - 400), start)), default=max(0, start - 400))
    hi = _STOP.search(folded, end)
    return lo, hi.start() if hi else len(folded)


def congress_term_cues(folded: str, skip: Sequence[tuple[int, int]] = (), title: tuple[int, int] = (0, 0),
                       dated: Sequence[int] = ()) -> list[YearCue]:
    """'tham dự Đại hội … lần thứ XV, nhiệm kỳ 2024-2029' -> 2024, read in the folded text (offsets shared
    with the text), and the national congress told as just held ('chúc mừng thành công Đại hội … lần thứ XIV
    của Đảng' -> 2026 from February, :mod:`.congress_held`: wherever the page says it); ``skip``: spans to
    leave out (related titles); ``title``: the headline's span; ``dated``: where the dates with a day and
    month start (a congress with its term elsewhere is no cue)."""
    out = []
    i = folded.find("dai hoi")
    while i >= 0:
        m = _TERM.match(folded, i)
        n = len(out)
        if m is not None and int(m.group(2)) - int(m.group(1)) in TERM_YEARS \
                and not any(a <= i < b for a, b in skip):
            lo = max(0, i - 40)
            before = folded[lo:i]
            held = _BEFORE.search(before) is not None or _HELD_AFTER.match(folded, m.end()) is not None
            s, e = _sentence(folded, i, m.end())
            own = title[0] <= i < title[1] or any(s <= d < e for d in dated)
            decided = _AT_IT.search(before) is not None and _DECIDED.search(folded, m.end(), e) is not None
            if held and own and not decided and not _NOT_THE_OCCASION.search(before[-28:]):
                out.append(_cue("congress_term", int(m.group(1)), m.start(1), i, m.end()))
        if len(out) == n and (just := national_congress_held(folded, i)) is not None \
                and not any(a <= i < b for a, b in skip):
            out.append(just)   # "chúc mừng thành công Đại hội … lần thứ XIV của Đảng" (congress_held)
        i = folded.find("dai hoi", i + 7)
    return out
