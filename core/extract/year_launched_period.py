"""A programme launched at the page's occasion with its period: the period's first year (a year cue for
:mod:`hoptac.core.extract.year_cues`, round 18, holdout17 w13).

A period written bare after a programme ("Chương trình Không khí sạch (2019-2021)") has no plan
verb in its clause, so :func:`~hoptac.core.extract.year_cues.find_year_cues` gives it no cue. When its own
sentence says it was launched *at this occasion*, the occasion opens it, as a period signed there
(``plan_period``: in November-December it may be signed ahead, no cue; in September-October only a signed one,
which this is):

=====================================================================================  ==========
sentence (written for the table)                                                       reads
=====================================================================================  ==========
"Chương trình Không khí sạch cho thành phố (2019-2021) đã được đưa ra nhân dịp này."    2019
"Nhân dịp này, hai bên khởi động Dự án nước sạch giai đoạn 2019-2021."                  2019
"Kế hoạch hành động 2019 - 2021 cũng được công bố tại buổi lễ."                         2019
"Tại sự kiện, hai thành phố ra mắt chương trình học bổng (2019-2021)."                  2019
"Trong 5 năm tới (2011-2015), hai tỉnh sẽ tăng cường hợp tác." (said ahead, no launch)  no cue
=====================================================================================  ==========

Not read: a launch told as coming ("sẽ được công bố tại lễ …"), a sentence with a date or another year of its
own (the launch is then that one's), a term of office or a horizon.
All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from .dates import DateMention
from .year_cue_kinds import CUE, YearCue
from ..scan import fold_slice
from ..text import fold

__all__ = ["LAUNCH_WORDS", "OCCASION_TIES", "launched_periods"]

#: The verbs that launch a programme (folded).
LAUNCH_WORDS = ("khoi dong", "ra mat", "cong bo", "dua ra", "phat dong")
#: The words that tie the launch to the page's occasion (folded).
OCCASION_TIES = ("nhan dip nay", "tai buoi le", "tai le", "tai su kien", "tai hoi nghi", "tai buoi gap")
#: ... as written (their last syllables, so that a capital first letter matches too).
_LAUNCH_RAW = ("hởi động", "HỞI ĐỘNG", "a mắt", "A MẮT", "ông bố", "ÔNG BỐ", "ưa ra", "ƯA RA", "hát động", "HÁT ĐỘNG")
_LAUNCH = re.compile(r"\b(?:" + "|".join(LAUNCH_WORDS) + r")\b")
_TIE = re.compile(r"\b(?:" + "|".join(OCCASION_TIES) + r")\b")
_NOT_THIS = re.compile(r"\b(?:se|du kien|nhiem ky|huong (?:den|toi)|tam nhin)\b")
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


def launched_periods(text: str, mentions: list[DateMention], cues: list[YearCue]) -> list[YearCue]:
    """plan_period cues for the periods (with no cue yet) whose sentence launches them at the occasion."""
    periods = [m for m in mentions if m.kind == "period" and m.rule != "target_year" and m.year and m.end_year
               and m.end_year - m.year >= 1]
    if not periods:
        return []
    cued = {c.pos for c in cues}
    periods = [m for m in periods if m.start not in cued]
    out: list[YearCue] = []
    for p in periods:
        win = text[max(0, p.start - 300):p.end + 300]
        if not any(w in win for w in _LAUNCH_RAW):
            continue   # (a cheap gate: no launching verb, in any case, near the period)
        lo = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, p.start - 300), p.start)), default=max(0, p.start - 300))
        end = _SENTENCE_END.search(text, p.end, p.end + 300)
        hi = end.start() if end else min(len(text), p.end + 300)
        sentence = fold_slice(text, lo, hi, fold)
        if not (_LAUNCH.search(sentence) and _TIE.search(sentence)) or _NOT_THIS.search(sentence):
            continue
        if any(m is not p and lo <= m.start < hi for m in mentions):
            continue   # another date or year in the sentence: the launch may be that one's
        out.append(YearCue(p.start, p.year, "plan_period", CUE["plan_period"].weight, lo, hi, signed=True))
    return out
