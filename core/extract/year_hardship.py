"""A year told as one of hardships met (round 21): "bà A cho biết, năm 2020, cả nước đối diện với nhiều khó khăn,
thách thức; …", "ông B chia sẻ, năm 2023, dù đối mặt với nhiều khó khăn, tỉnh đã …".

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
"chia sẻ, năm 2023, dù đối mặt với không ít khó khăn, tỉnh đã …"  2024            2023
"Năm 2023, dù đối mặt với không ít khó khăn, …" (no speaker)       —               —
"Năm 2021, tỉnh sẽ còn đối mặt với nhiều khó khăn" (ahead)         —               —
"Năm 2020, kim ngạch đạt 50 triệu USD" (no hardship: year_cues)     —               —
"Năm 1972, dù đối mặt với muôn vàn khó khăn, tỉnh A vẫn chi viện"   —               —
"cho biết, năm 2019, … nhiều khó khăn" on a page naming 2022        —               —
=================================================================  ==============  ===================

Review round 21 (review21): only the reported clause counts, the speaker summing up the year at the occasion
("cho biết, năm Y, …"); a sentence that opens on "Năm Y, dù đối mặt với muôn vàn khó khăn, …" is as often a page's
history (a twinning's war years recalled at its anniversary: the year after 1972 given to a meeting in January) as
a year just closed. And a page that names a later year (a retrospective listing "năm 2021 …, năm 2022 …", an
anniversary's "(1972 - 2022)") is not summing up the year just closed: no cue, unless that later year is the
Tết's being greeted ("Tết Tân Sửu 2021", the year after Y at a pre-Tết visit).
Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from ..text import fold

__all__ = ["HARDSHIP_VERBS", "hard_year"]

#: The verbs a year of hardship is told with (folded), with an example each.
HARDSHIP_VERBS: tuple[tuple[str, str], ...] = (
    ("doi dien", "năm 2020, cả nước đối diện với nhiều khó khăn, thách thức"),
    ("doi mat", "chia sẻ, năm 2023, dù đối mặt với không ít khó khăn, tỉnh đã hoàn thành …"),
    ("trai qua", "cho biết, năm 2021, tỉnh trải qua nhiều khó khăn do dịch bệnh"),
    ("gap", "nhấn mạnh, năm 2022, dù gặp rất nhiều khó khăn, hai huyện vẫn …"),
)
#: 'năm Y' opens a clause after a verb of saying ("cho biết, năm 2020, …"): a speaker sums up the year.
_OPENS = re.compile(r"\b(?:cho biet|nhan manh|khang dinh|chia se|thong tin|noi|phat bieu)\s*,\s*$")
#: A year written on the page (a later one than Y voids the cue) and a Tết's or a spring's name before one.
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: ... told as a year of the story: "năm 2022", a range's end "(1972 - 2022)", "Xuân 2022" (not a site's footer
#: "© 2026" nor its header's clock "Thứ Sáu, 04/12/2026", which say nothing of the article).
_STORY_YEAR = re.compile(r"(?:\bnam\s+|\b(?:19|20)\d\d\s*[-–]\s*|\b(?:tet|xuan)\b[^.;\n]{0,30}?)((?:19|20)\d\d)(?!\d)")
_TET_BEFORE = re.compile(r"\b(?:tet|xuan)\b[^.;\n]{0,30}$")
_HARDSHIP = re.compile(r"^\s*,[^.;!?\n]{0,60}?\b(?:" + "|".join(w for w, _ in HARDSHIP_VERBS)
                       + r")\s+(?:voi\s+)?(?:rat\s+)?(?:nhieu|khong it|muon van|vo van)\s+kho khan")
#: ... not the year ahead: "sẽ", "dự báo", "dự kiến", "tiếp tục", "còn" before the verb.
_AHEAD = re.compile(r"\b(?:se|du bao|du kien|tiep tuc|con|phan dau|ke hoach)\b")


def hard_year(text: str, start: int, end: int, folded: str | None = None) -> bool:
    """Does the 'năm Y' at ``text[start:end]`` open a reported clause that tells the whole year by the hardships
    it held ("cho biết, năm 2020, cả nước đối diện với nhiều khó khăn"), on a page that names no later year?
    ``folded``: ``text`` folded character by character, if the caller has it (windows sliced from it)."""
    if not (folded[start:end] if folded is not None else fold(text[start:end])).strip().startswith("nam "):
        return False
    if _OPENS.search(folded[max(0, start - 24):start] if folded is not None
                     else fold(text[max(0, start - 24):start])) is None:
        return False
    rest = folded[end:end + 120] if folded is not None else fold(text[end:end + 120])
    hard = _HARDSHIP.match(rest)
    if hard is None or _AHEAD.search(rest, 0, hard.end()) is not None:
        return False
    return not _later_year_named(text, int(_ANY_YEAR.search(text, start, end).group(0)))


def _later_year_named(text: str, year: int) -> bool:
    """Does the page tell a year after ``year`` ("năm 2022", "(1972 - 2022)"), other than the next one as a Tết's
    or a spring's ("Tết Tân Sửu 2021", "Xuân 2021")?"""
    folded = fold(text)
    for m in _STORY_YEAR.finditer(folded):
        y = int(m.group(1))
        if y > year and not (y == year + 1 and _TET_BEFORE.search(folded, max(0, m.start(1) - 40), m.start(1))):
            return True
    return False
