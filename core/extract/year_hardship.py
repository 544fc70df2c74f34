"""A year told as one of hardships met (round 21): "bà A cho biết, năm 2020, cả nước đối diện với nhiều khó khăn,
thách thức; …", "Năm 2023, dù đối mặt với nhiều khó khăn, tỉnh đã …".

A speaker who sums up a whole year by the hardships it held tells it as over or closing: at a meeting or a
pre-Tết visit in January-February it is last year's (a greeting on 17/1 that recalls "năm 2020 … bão lũ liên tiếp
cuối năm 2020" is in 2021), in November-December the year about to close; from March to October it may be the
year still running, no cue (``hard_year`` in :data:`year_cue_kinds.CUES`). Read as any other "năm Y" it gave no
year at all (sector21 01). What the year will hold ("năm 2021 sẽ còn nhiều khó khăn", "dự báo", "tiếp tục") is the
year ahead's and gives none.

=================================================================  ==============  ===================
written                                                            on 17 January   on 20 December
=================================================================  ==============  ===================
"cho biết, năm 2020, cả nước đối diện với nhiều khó khăn"          2021            2020
"Năm 2023, dù đối mặt với không ít khó khăn, tỉnh đã …"            2024            2023
"Năm 2021, tỉnh sẽ còn đối mặt với nhiều khó khăn" (ahead)         —               —
"Năm 2020, kim ngạch đạt 50 triệu USD" (no hardship: year_cues)     —               —
=================================================================  ==============  ===================
Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from ..text import fold

__all__ = ["HARDSHIP_VERBS", "hard_year"]

#: The verbs a year of hardship is told with (folded), with an example each.
HARDSHIP_VERBS: tuple[tuple[str, str], ...] = (
    ("doi dien", "năm 2020, cả nước đối diện với nhiều khó khăn, thách thức"),
    ("doi mat", "Năm 2023, dù đối mặt với không ít khó khăn, tỉnh đã hoàn thành …"),
    ("trai qua", "Năm 2021, tỉnh trải qua nhiều khó khăn do dịch bệnh"),
    ("gap", "Năm 2022, dù gặp rất nhiều khó khăn, hai huyện vẫn …"),
)
#: 'năm Y' opens its sentence, or a clause after a verb of saying ("cho biết, năm 2020, …").
_OPENS = re.compile(r"(?:^|[.!?…]\s+|\n\s*|\b(?:cho biet|nhan manh|khang dinh|chia se|thong tin|noi|phat bieu)\s*,\s*)$")
_HARDSHIP = re.compile(r"^\s*,[^.;!?\n]{0,60}?\b(?:" + "|".join(w for w, _ in HARDSHIP_VERBS)
                       + r")\s+(?:voi\s+)?(?:rat\s+)?(?:nhieu|khong it|muon van|vo van)\s+kho khan")
#: ... not the year ahead: "sẽ", "dự báo", "dự kiến", "tiếp tục", "còn" before the verb.
_AHEAD = re.compile(r"\b(?:se|du bao|du kien|tiep tuc|con|phan dau|ke hoach)\b")


def hard_year(text: str, start: int, end: int) -> bool:
    """Does the 'năm Y' at ``text[start:end]`` open a sentence or a reported clause that tells the whole year
    by the hardships it held ("năm 2020, cả nước đối diện với nhiều khó khăn")?"""
    if not fold(text[start:end]).strip().startswith("nam "):
        return False
    if _OPENS.search(fold(text[max(0, start - 24):start])) is None:
        return False
    rest = fold(text[end:end + 120])
    hard = _HARDSHIP.match(rest)
    return hard is not None and _AHEAD.search(rest, 0, hard.end()) is None
