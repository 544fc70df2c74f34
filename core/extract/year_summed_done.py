"""A year summed up as done in what a meeting said (round 49, late49a: army49b 07): "Trong cuộc hội đàm, hai bên nêu
rõ, trong năm 2029, hai đơn vị đã thường xuyên phối hợp chặt chẽ …".

A speaker (or the two sides) at the occasion sums up a whole year as done: at talks in January-February it is last
year's (the talks are in Y+1), in November-December the year about to close (Y); from March to October either (no
cue) -- the months of :mod:`.year_hardship`'s ``hard_year``, the same kind of telling without the hardships. Read as
any other "năm Y" it gave no year at all (army49b 07: talks on "13-2" that reviewed "trong năm 2019" had no year).
What the year will hold ("sẽ", "cần", "tiếp tục", "dự kiến") gives none, and so does a page that names a later year
(a history told on, not the year just closed). Matched on folded text (no accents, no case, đ→d); the examples are ours.

=========================================================================  ==============  ==============
written                                                                    on 13 February  on 20 December
=========================================================================  ==============  ==============
"hai bên nêu rõ, trong năm 2029, hai đơn vị đã thường xuyên phối hợp …"    2030            2029
"ông A cho biết, trong năm 2029, hai huyện đã tổ chức 12 đợt tuần tra …"   2030            2029
"Trước đó, trong năm 2029, hai đơn vị đã …" (no verb of saying)            —               —
"hai bên nêu rõ, trong năm 2030, hai đơn vị sẽ phối hợp …" (ahead)         —               —
"… nêu rõ, trong năm 2029, … đã …" on a page naming 2031                   —               —
=========================================================================  ==============  ==============
"""

from __future__ import annotations

import re

from ..text import fold
from .year_hardship import _later_year_named

__all__ = ["SUMMED_DONE", "summed_done"]

#: The verbs of saying or reviewing the clause opens after (folded), each with an example of ours.
SUMMED_DONE: tuple[tuple[str, str], ...] = (
    ("neu ro", "Tại hội đàm, hai bên nêu rõ, trong năm 2029, hai đơn vị đã thường xuyên phối hợp trao đổi thông tin."),
    ("cho biet", "Ông A cho biết, trong năm 2029, hai huyện đã tổ chức 12 đợt tuần tra song phương."),
    ("danh gia", "Hai bên đánh giá, trong năm 2029, các lực lượng đã phối hợp chặt chẽ."),
    ("thong bao", "Hai bên thông báo, trong năm 2029, tình hình biên giới đã được giữ vững."),
    ("khang dinh", "Ông B khẳng định, trong năm 2029, hai tỉnh đã triển khai hiệu quả các nội dung hợp tác."),
)
_OPENS = re.compile(r"\b(?:" + "|".join(w for w, _ in SUMMED_DONE) + r")\s*,\s*trong\s+$")
#: ... the clause: up to 60 characters of subject, then "đã" (not "sẽ", "cần", …, before it).
_DONE = re.compile(r"^\s*,[^.;!?\n]{0,60}?\bda\s+\w")
_AHEAD = re.compile(r"\b(?:se|can|du kien|tiep tuc|phan dau|ke hoach|muc tieu)\b")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def summed_done(text: str, start: int, end: int, folded: str | None = None) -> bool:
    """Does the 'năm Y' at ``text[start:end]`` open a clause after a verb of saying ("nêu rõ, trong năm Y, …") that
    tells the year as done ("… đã …"), on a page that names no later year?"""
    def fw(a: int, b: int) -> str:
        return folded[a:b] if folded is not None else fold(text[a:b])
    if not fw(start, end).strip().startswith("nam "):
        return False
    if _OPENS.search(fw(max(0, start - 30), start)) is None:
        return False
    rest = fw(end, end + 120)
    done = _DONE.match(rest)
    if done is None or _AHEAD.search(rest, 0, done.end()) is not None:
        return False
    return not _later_year_named(text, int(_ANY_YEAR.search(text, start, end).group(0)))
