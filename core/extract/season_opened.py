"""A season or a school year of two running years that the dated day opens (round 35, late35c): "Sáng
14/11, cảng A đón chuyến tàu đầu tiên, mở màn cho mùa du lịch tàu biển 2031–2032" -- the day that opens a
season Y–(Y+1) is at its start, so an occasion of July to December is in Y (the cue ``season_opened`` of
:data:`~hoptac.core.extract.year_cue_kinds.CUES`; no cue from January to June, when the day may close the
season, or belong to one that opened the year before). Matched on folded text (no accents, no case, đ→d).

Only in the lead's paragraph, only when the page names one such span there, and only with a verb of opening
right before the season's noun ("mở màn (cho)", "mở đầu", "khai mạc", "khai giảng", "khởi động", "khởi
tranh", "bắt đầu"; at most four words of the season's name between the noun and the years). Never a season
told ahead ("sẽ mở màn", "dự kiến khởi động", "chuẩn bị khai giảng"): the plan's day is not the opening's.

Each shape, with an example (the cue's year for an occasion in November):

=====================  ===========================================================================  =====
shape                  example                                                                      year
=====================  ===========================================================================  =====
season opened          "Sáng 14/11, cảng A đón tàu đầu tiên, mở màn cho mùa tàu biển 2031–2032"        2031
school year opened     "Sáng 5/9, trường tỉnh A khai giảng năm học 2031-2032 cho lưu học sinh tỉnh B"  2031
sports season opened   "Tối 20/9, hai đội khai mạc mùa giải 2031/2032 bằng trận giao hữu"             2031
told ahead             "… sẽ mở màn cho mùa du lịch 2031–2032"                                       none
no opening verb        "… chuẩn bị cho mùa du lịch 2031–2032", "… trong mùa du lịch 2031–2032"          none
two spans              "… mở màn mùa du lịch 2031–2032 … mùa 2030–2031 …"                            none
in January–June        "Sáng 10/4, … mở màn mùa du lịch 2031–2032"                                  none
=====================  ===========================================================================  =====
"""

from __future__ import annotations

import re

from .season_spans import SPAN_WORDS, running_spans
from .year_cue_kinds import YearCue, _cue

__all__ = ["SEASON_SHAPES", "season_opened_cues"]

SEASON_SHAPES: tuple[tuple[str, str, int | None], ...] = (
    ("season_opened", "Sáng 14/11, cảng A đón tàu đầu tiên, mở màn cho mùa tàu biển 2031–2032", 2031),
    ("school_year_opened", "Sáng 5/11, trường tỉnh A khai giảng năm học 2031-2032 cho lưu học sinh tỉnh B", 2031),
    ("sports_season_opened", "Tối 20/11, hai đội khai mạc mùa giải 2031/2032 bằng trận giao hữu", 2031),
    ("told_ahead", "Sáng 14/11, cảng A cho biết tàu đầu tiên sẽ mở màn cho mùa du lịch 2031–2032", None),
    ("no_opening_verb", "Sáng 14/11, cảng A chuẩn bị cho mùa du lịch 2031–2032", None),
)

#: A verb of opening, then the season's noun and at most four words of its name (season_spans' ``season_named``), then
#: the span (season_spans' ``running_years``: "2031–2032", "2031 - 2032", "2031/2032").
_OPENED = re.compile(r"\b(?:mo man|mo dau|khai mac|khai giang|khoi dong|khoi tranh|bat dau)\s+(?:cho\s+)?"
                     + SPAN_WORDS["season_named"] + r"$")
#: Right before the verb: told ahead, the opening not done on the day.
_AHEAD = re.compile(r"\b(?:se|du kien|chuan bi|ke hoach|nham|de)\s+(?:chinh thuc\s+)?$")


def season_opened_cues(folded: str, lead_paragraph: tuple[int, int]) -> list[YearCue]:
    """The one span Y–(Y+1) of the lead's paragraph that a verb of opening names as a season or a school year
    -> Y (for an occasion of July-December: the kind's shift)."""
    p0, p1 = lead_paragraph
    if "mua" not in folded[p0:p1] and "nam hoc" not in folded[p0:p1]:
        return []   # (speed: the span's regex opens with ``\b``, tried at every character otherwise)
    spans = running_spans(folded, p0, p1)
    if len({m.group(1) for m in spans}) != 1:
        return []   # none, or two spans: which is the occasion's?
    out = []
    for m in spans:
        head = folded[max(p0, m.start() - 70):m.start()]
        v = _OPENED.search(head)
        if v is None or _AHEAD.search(head, 0, v.start()):
            continue
        out.append(_cue("season_opened", int(m.group(1)), m.start(), m.start() - len(head) + v.start(), m.end()))
    return out[:1]
